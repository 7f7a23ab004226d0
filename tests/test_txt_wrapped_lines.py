"""A .txt whose sentences are broken across lines (copied out of a PDF) reads as the same blocks, and gives the
same awards, as the text with whole lines (pipeline.wrap.join_wrapped)."""
import unicodedata

from pipeline.readers import txt
from pipeline.wrap import join_wrapped, opens_block, text_wraps

# our own wording: a made-up decision of a made-up provincial department, whole lines
WHOLE = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "QUYẾT ĐỊNH\n"
    "Về việc tặng Giấy khen của Giám đốc Sở\n"
    "\n"
    "Điều 1. Tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho các tập thể và cá nhân đã có nhiều đóng góp "
    "trong phong trào thi đua dạy tốt năm học 2025 - 2026, gồm:\n"
    "1. Trường Tiểu học Tân Mỹ, huyện Lạc Sơn;\n"
    "2. Bà Lò Thị Mai, Hiệu trưởng Trường Mầm non Hoa Sen, huyện Lạc Sơn;\n"
    "3. Ông Đinh Công Tráng, Phó Trưởng Phòng Giáo dục và Đào tạo huyện Kim Bôi.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)
# the same text hard-wrapped near 70 characters, CRLF, doubled spaces
WRAPPED = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n"
    "QUYẾT ĐỊNH\r\n"
    "Về việc tặng Giấy khen của Giám đốc Sở\r\n"
    "\r\n"
    "Điều 1.  Tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho các\r\n"
    "tập thể và cá nhân đã có nhiều đóng góp trong phong trào thi đua dạy\r\n"
    "tốt năm học 2025  -  2026, gồm:\r\n"
    "1.  Trường Tiểu học Tân Mỹ, huyện Lạc Sơn;\r\n"
    "2.  Bà Lò Thị Mai, Hiệu trưởng Trường Mầm non Hoa Sen, huyện Lạc Sơn;\r\n"
    "3.  Ông Đinh Công Tráng, Phó Trưởng Phòng Giáo dục và Đào tạo huyện\r\n"
    "Kim Bôi.\r\n"
    "Điều 2.  Quyết định này có hiệu lực kể từ ngày ký.\r\n"
)


def _texts(raw: str) -> list[str]:
    return [" ".join(b.text.split()) for b in txt.read(raw.encode("utf-8"), "qd.txt").blocks]


def test_wrapped_lines_read_as_the_whole_lines():
    assert _texts(WRAPPED) == _texts(WHOLE)
    assert len(_texts(WRAPPED)) == 8  # letterhead, type, subject, Điều 1, three items, Điều 2


def test_a_text_of_whole_lines_is_unchanged():
    lines = WHOLE.splitlines()
    assert join_wrapped(lines) == [ln for ln in lines if ln]


def test_what_starts_a_block_is_never_joined():
    assert opens_block("2. Bà Lò Thị Mai")
    assert opens_block("Điều 3. Chánh Văn phòng")
    assert opens_block("a) các tập thể")
    assert opens_block("- Lưu: VT")
    assert not opens_block("tập thể và cá nhân")
    # a full line without a stop: a lower-case line goes on, a list item does not
    long = "Tặng Giấy khen cho các tập thể và cá nhân đã có nhiều đóng góp trong"
    assert text_wraps(long, "phong trào thi đua", width=70)
    assert not text_wraps(long, "1. Trường Tiểu học", width=70)
    # a table row typed with spaces between its cells opens a block (review finding: rows were joined)
    assert opens_block("1    Ông Hờ A Chử    Trưởng phòng    Sở Y tế")
    assert not text_wraps(long, "2    Bà Lò Thị Mai    Phó Trưởng phòng", width=70)
    assert not opens_block("15 cá nhân")
    assert not text_wraps(long + ".", "phong trào", width=70)
    # a heading in capitals is not continued; a short title line is not continued by a capital
    assert not text_wraps("QUYẾT ĐỊNH", "về việc tặng", width=70)
    assert not text_wraps("Kết quả năm học", "Căn cứ Luật", width=70)


def test_a_name_goes_on_only_in_a_hard_wrapped_text():
    first = "Phó Trưởng Phòng Giáo dục và Đào tạo Lạc Sơn phát biểu tại buổi Lễ"
    # one paragraph a line (news): a caption without a stop before a capital stays apart
    news = [first, "Kim Bôi có nhiều trường đạt chuẩn."]
    assert join_wrapped(news) == news
    assert text_wraps(first, "Kim Bôi", width=70, names=True)
    assert not text_wraps(first, "Kim Bôi", width=70, names=False)


def _awards(raw: str) -> set:
    from extractors import extract
    from pipeline.normalize import normalize_document
    doc = normalize_document(txt.read(raw.encode("utf-8"), "qd.txt"))
    return {(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("qd.txt")["awards"]}


def test_wrapped_lines_give_the_same_awards():
    got = _awards(WRAPPED)
    assert got == _awards(WHOLE)
    assert {r for r, _ in got} == {"Trường Tiểu học Tân Mỹ, huyện Lạc Sơn", "Lò Thị Mai", "Đinh Công Tráng"}
    assert {a for _, a in got} == {"Giấy khen của Giám đốc Sở Giáo dục và Đào tạo"}


# session 16 newcomer: a short story hard-wrapped near 80 characters (our own wording)
STORY_WHOLE = ("Sáng 12/3, tại Hạ Long, Bộ trưởng Bộ Công an đã trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Công an "
               "tỉnh Quảng Ninh vì thành tích xuất sắc trong công tác bảo đảm an ninh trật tự. Dịp này, Đại tá "
               "Nguyễn Văn Thủy, Phó Giám đốc Công an tỉnh được tặng Bằng khen của Thủ tướng Chính phủ.\n")
STORY_LOWER_BREAK = ("Sáng 12/3, tại Hạ Long, Bộ trưởng Bộ Công an đã trao Huân\n"
                     "chương Bảo vệ Tổ quốc hạng Ba cho Công an tỉnh Quảng Ninh vì thành tích xuất\n"
                     "sắc trong công tác bảo đảm an ninh trật tự. Dịp này, Đại tá Nguyễn Văn Thủy,\n"
                     "Phó Giám đốc Công an tỉnh được tặng Bằng khen của Thủ tướng Chính phủ.\n")
STORY_AWARDS = {("Công an tỉnh Quảng Ninh", "Huân chương Bảo vệ Tổ quốc hạng Ba"),
                ("Nguyễn Văn Thủy", "Bằng khen của Thủ tướng Chính phủ")}


def test_a_line_going_on_with_a_lower_case_part_word_continues_its_sentence():
    # "chương", "điều", "mục", "phần" open a block only written as a part's heading ("Chương II", "ĐIỀU 2")
    assert not opens_block("chương Bảo vệ Tổ quốc hạng Ba") and not opens_block("điều kiện làm việc")
    assert opens_block("Chương II") and opens_block("ĐIỀU 2. Hiệu lực") and opens_block("Mục 1")
    assert _texts(STORY_LOWER_BREAK) == _texts(STORY_WHOLE)
    assert _awards(STORY_LOWER_BREAK) == STORY_AWARDS


def test_a_stack_of_captions_of_even_length_stays_apart():
    # captions without a stop, each near one length, then a wrapped tail: not a wrapped paragraph (review, s16)
    lines = ["Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng trao Bằng khen cho các tập thể",
             "Phó Chủ tịch UBND tỉnh Hoàng Nam trao Giấy khen cho Trường Tiểu học Gio Mai",
             "Lãnh đạo Sở Nội vụ tỉnh Quảng Trị chụp ảnh lưu niệm với các điển hình tiên",
             "tiến của tỉnh năm 2024."]
    assert join_wrapped(lines) == lines[:2] + [lines[2] + " " + lines[3]]


def test_a_decomposed_text_is_measured_as_it_shows():
    # an NFD file: a short heading over a name stays apart, as in the same text composed (review, s16)
    lines = ["Sáng ngày 5 tháng 3 năm 2024, tại hội trường Ủy ban nhân dân huyện Đức Thọ đã diễn",
             "ra lễ tổng kết công tác thi đua khen thưởng năm 2023 và triển khai nhiệm vụ năm",
             "mới với sự tham dự của đông đảo cán bộ, công chức và người lao động trên địa bàn.",
             "",
             "Hội nghị biểu dương điển hình tiên tiến huyện Đức Thọ",
             "Nguyễn Văn An, Chủ tịch UBND huyện trao Giấy khen cho Trường Tiểu học Tùng Ảnh."]
    composed = join_wrapped(lines)
    assert len(composed) == 3
    assert [unicodedata.normalize("NFC", b) for b in join_wrapped(
        [unicodedata.normalize("NFD", ln) for ln in lines])] == composed


def test_lines_of_one_paragraph_each_stay_apart():
    # one paragraph a line: two short lines set a margin that the long ones run far past; no name goes on
    lines = ["Lễ trao tặng diễn ra trang trọng tại hội trường Ủy ban nhân dân tỉnh",
             "Ông Trần Văn Bình phát biểu cảm ơn các cấp, các ngành đã quan tâm, hỗ trợ đơn vị trong suốt quá "
             "trình triển khai nhiệm vụ năm qua và hứa sẽ tiếp tục phấn đấu",
             "Bà Lê Thị Hoa đại diện gia đình nhận bằng khen của Chủ tịch tỉnh",
             "Ông Phạm Văn Nam cho biết đó là niềm vinh dự lớn lao"]
    assert join_wrapped(lines) == lines


def test_a_line_going_on_with_the_number_a_word_ending_the_line_above_takes():
    # session 17 newcomer: "… Bằng khen năm" / "2024 vì …" was two blocks, and the award took an earlier year
    long = "Ông Đặng Hữu Lộc, Trưởng thôn Phú Mỹ, được Chủ tịch UBND huyện tặng Giấy khen năm"
    assert text_wraps(long, "2025 vì có nhiều đóng góp.", width=len(long))
    assert text_wraps("Quyết định số 41/QĐ-UBND ngày 9 tháng 4 năm", "2025 của Chủ tịch", width=70)
    assert text_wraps("… được khen thưởng ngày 15 tháng", "10 năm 2025", width=34)
    # a number after any other word, a list item, and a short line do not go on
    assert not text_wraps(long.replace("năm", "cho"), "2025 hộ gia đình", width=len(long), names=False)
    assert text_wraps(long, "2025 vì có nhiều đóng góp.", width=len(long), names=False)
    assert not text_wraps(long, "2. Bà Lê Thị Na", width=len(long))
    assert not text_wraps("Khen thưởng năm", "2025 vì …", width=80)
    # a syllable of another tone or vowel is another word ("Sô" is no "số", "Thăm" no "năm"); any case counts
    assert not text_wraps("Hợp tác xã nông nghiệp bản Bồ Sô", "2025 hộ gia đình", width=32, names=False)
    assert not text_wraps("Hợp tác xã nông nghiệp xóm Thăm", "2025 hộ gia đình", width=31, names=False)
    assert text_wraps("Hợp tác xã nông nghiệp bản Bồ, số", "2025 hộ gia đình", width=33, names=False)
    # a decomposed (NFD) text ends on its number word too; a line of digits alone (a page's number) never goes on
    nfd = unicodedata.normalize("NFD", long)
    assert nfd != long and text_wraps(nfd, "2025 vì có nhiều đóng góp.", width=len(long), names=False)
    assert not text_wraps(long, "12", width=len(long), names=False)


def test_a_year_wrapped_onto_the_next_line_is_the_awards_year():
    raw = ("Năm 2023, Hợp tác xã Tân Lập được tặng Cờ thi đua của Ủy ban nhân dân tỉnh. Ông Đặng Hữu Lộc, trưởng\n"
           "thôn Phú Mỹ, được Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen năm\n"
           "2025 vì có nhiều đóng góp trong phong trào thi đua xây dựng nông thôn mới.\n")
    from extractors import extract
    from pipeline.normalize import normalize_document
    doc = normalize_document(txt.read(raw.encode("utf-8"), "tin.txt"))
    awards = extract(doc).to_guidelines("tin.txt")["awards"]
    assert {(a["recipient"], a["year"]) for a in awards if a["award"].startswith("Giấy khen")} == {("Đặng Hữu Lộc", 2025)}
