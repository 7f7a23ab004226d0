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
