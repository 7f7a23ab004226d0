"""A hard-wrapped .txt line that ends on a word no sentence or heading ends on ("… được tặng danh hiệu", "… của",
"… và"; corpora/gazetteers/open_end_words.txt) goes on in the next line whatever its width, so the award named
there is read whole (pipeline.wrap.text_wraps, join_wrapped)."""
from pipeline.wrap import join_wrapped, text_wraps

# our own wording: a made-up district report, hard-wrapped near 70 characters; the fourth line with the next one's first word runs to about 83%
# of the widest, and the line after it opens with a capital
REPORT = [
    "Năm qua, các phong trào thi đua ở huyện Đồng Xuân được triển khai sâu",
    "rộng đến từng thôn, bản; nhiều mô hình hay được nhân rộng trong toàn",
    "huyện và được các cấp ghi nhận, biểu dương kịp thời.",
    "Ông Phạm Hưng, Trưởng phòng, được tặng danh hiệu",
    "Chiến sĩ thi đua cơ sở năm 2025.",
]


def test_a_line_ending_on_danh_hieu_goes_on_before_a_capital():
    width = max(len(x) for x in REPORT)
    assert (len(REPORT[3]) + 1 + len("Chiến")) / width < 0.85  # the width rule alone keeps it apart
    blocks = join_wrapped(REPORT)
    assert blocks[-1] == ("Ông Phạm Hưng, Trưởng phòng, được tặng danh hiệu "
                          "Chiến sĩ thi đua cơ sở năm 2025.")
    assert len(blocks) == 2


def test_a_short_line_ending_on_va_goes_on_in_lower_case():
    # 20 of 70 characters: far under the 60% a lower-case line needs otherwise
    assert text_wraps("Bộ Lao động - Thương binh và", "xã hội đã tặng", width=70, names=False)
    assert not text_wraps("Bộ Lao động - Thương binh", "xã hội đã tặng", width=70, names=False)


def test_a_title_of_one_line_stays_apart_from_its_body():
    # a text of one paragraph a line (no lower-case continuations): the title ends on "danh hiệu" but the next line
    # opens the story
    story = ["Huyện Đồng Xuân tổ chức lễ trao tặng danh hiệu",
             "Sáng 3/4, tại hội trường huyện, Ủy ban nhân dân huyện Đồng Xuân đã trao Bằng khen cho ba tập thể.",
             "Bà Lê Thị Thu, Chủ tịch Hội Nông dân huyện, được tặng Giấy khen."]
    assert join_wrapped(story) == story


def test_a_word_that_ends_a_heading_is_no_open_end():
    # "khen thưởng" closes "Về việc khen thưởng"; a stop ends a sentence even after an open word
    assert not text_wraps("Về việc khen thưởng", "Chủ tịch Ủy ban nhân dân huyện", width=30, names=True)
    assert not text_wraps("Các tập thể được trao.", "Ông Lê Văn Tâm", width=30, names=True)
    assert text_wraps("Cờ thi đua của", "Ủy ban nhân dân tỉnh", width=70, names=True)


# our own wording: a decision typed one sentence a line (not hard-wrapped as a whole), its article cut after an
# open word ("cho", "danh hiệu") before the recipient or the title in capitals
DECISION_CHO = ("UBND TỈNH HÀ TĨNH\nSố: 77/QĐ-UBND\n"
                "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho\n"
                "Trường Tiểu học Thạch Long, huyện Thạch Hà đã có thành tích xuất sắc trong năm học 2024-2025.\n"
                "Điều 2. Chánh Văn phòng và Thủ trưởng các cơ quan liên quan thi hành Quyết định này.\n")
DECISION_TITLE = ("UBND TỈNH HÀ TĨNH\nSố: 78/QĐ-UBND\nĐiều 1. Tặng danh hiệu\n"
                  "Tập thể lao động xuất sắc năm 2025 cho Trường Mầm non Thạch Kênh, huyện Thạch Hà.\n")


def test_an_open_end_goes_on_before_a_capital_in_a_text_not_hard_wrapped():
    blocks = join_wrapped(DECISION_CHO.splitlines())
    assert blocks[2] == ("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho Trường Tiểu học Thạch Long, "
                         "huyện Thạch Hà đã có thành tích xuất sắc trong năm học 2024-2025.")
    assert blocks[3].startswith("Điều 2.")  # a new article is a new block after any line
    # a blank line, an article's heading and a list item part blocks after an open end as before
    assert join_wrapped(["Ông A được tặng danh hiệu", "", "Chiến sĩ thi đua"]) == \
        ["Ông A được tặng danh hiệu", "Chiến sĩ thi đua"]
    assert join_wrapped(["Một dòng văn bản khen tặng cho", "Điều 3. Hiệu lực"])[1] == "Điều 3. Hiệu lực"
    assert join_wrapped(["Một dòng văn bản khen tặng cho", "1. Ông Lê Văn Tâm"])[1] == "1. Ông Lê Văn Tâm"


def test_the_conferrals_of_such_a_decision_through_the_cli(tmp_path):
    import json

    from tests.cli import run_cli
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "qd_cho.txt").write_text(DECISION_CHO, encoding="utf-8")
    (corpus / "qd_dh.txt").write_text(DECISION_TITLE, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", corpus, "--db", db, "--workers", "1")
    facts = {d["document"]: d for d in map(json.loads, run_cli("export", "facts", "--db", db).splitlines())}
    cho = facts["qd_cho.txt"]["awards"]
    assert [(a["recipient"], a["award"]) for a in cho] == \
        [("Trường Tiểu học Thạch Long, huyện Thạch Hà", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")]
    title = facts["qd_dh.txt"]["awards"]
    assert [(a["recipient"], a["award"], a["year"]) for a in title] == \
        [("Trường Mầm non Thạch Kênh, huyện Thạch Hà", "Tập thể lao động xuất sắc", 2025)]


# our own wording: a news story typed one paragraph a line (no lower-case continuations), a date line above the
# title; lines of the story and a caption end on an open word before a capital that opens a sentence of its own
STORY = ["Thứ Hai, 12/5/2025",
         "Xã Hòa Phong đón nhận danh hiệu",
         "Nông thôn mới nâng cao năm 2025 về đích sớm.",
         "Niềm vinh dự lớn khi xã được công nhận danh hiệu",
         "Thủ tướng Chính phủ đã ký quyết định vào tháng trước.",
         "Ảnh: Tư liệu của",
         "Đài Phát thanh huyện Hòa Vang"]


def test_a_line_of_running_text_ending_open_stays_apart_from_a_capital():
    # none of these lines opens an article or an item: each stays a block (the date line above the title counts
    # as much as the title)
    assert join_wrapped(STORY) == STORY


def test_an_item_or_a_conferral_verb_ending_open_goes_on_before_a_capital():
    lines = ["Tặng danh hiệu", "Tập thể lao động xuất sắc năm 2025 cho Phòng Kế hoạch.",
             "2. Bà Trần Thị Hoa, được tặng danh hiệu", "Chiến sĩ thi đua cơ sở."]
    assert join_wrapped(["Quyết định khen thưởng"] + lines) == [
        "Quyết định khen thưởng",
        "Tặng danh hiệu Tập thể lao động xuất sắc năm 2025 cho Phòng Kế hoạch.",
        "2. Bà Trần Thị Hoa, được tặng danh hiệu Chiến sĩ thi đua cơ sở."]


def test_ends_open_is_the_wrap_modules_public_rule():
    """pipeline.wrap.ends_open: the rule the text readers and the OCR reader's paragraphs (pipeline.ocr) share, a
    public function of the module (our own lines)."""
    import unicodedata

    from pipeline.wrap import ends_open

    assert ends_open("Tổ Văn phòng được tặng danh hiệu")  # "danh hiệu" of open_end_words.txt
    assert ends_open("Chị Vũ Thị Hạnh, kế toán của")  # "của"
    assert ends_open(unicodedata.normalize("NFD", "Bà Lưu Thị Gấm được tặng"))  # any Unicode form
    assert not ends_open("Buổi lễ kết thúc lúc 11 giờ.")
    assert not ends_open("")
