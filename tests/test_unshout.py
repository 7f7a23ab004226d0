"""ONE rule writes an upper-case name in running text (extractors.canonical.unshout), and the engine's letterhead
bodies use it (engine._unshout): Nghị định 30/2020/NĐ-CP, Phụ lục II — the first syllable of the body's kind
capitalised, the first word of its own name and of each field after "và", a dash or a comma capitalised, field
words lower-case otherwise, places and persons with a capital on every syllable.  Expected values written by hand."""
import pytest

from extractors.canonical import unshout
from extractors.engine import _unshout

CASES = [
    # a body named_units.txt lists, as listed (with the dash as written)
    ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động – Thương binh và Xã hội"),
    ("BỘ NỘI VỤ", "Bộ Nội vụ"),
    # a head that needs a name: its first word and each field capitalised (ministry_fields.txt for the fields)
    ("SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động – Thương binh và Xã hội"),
    ("SỞ TƯ PHÁP TỈNH NAM ĐỊNH", "Sở Tư pháp tỉnh Nam Định"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH BÌNH", "Sở Giáo dục và Đào tạo tỉnh Ninh Bình"),
    ("SỞ NỘI VỤ TỈNH HÀ TĨNH", "Sở Nội vụ tỉnh Hà Tĩnh"),
    ("ỦY BAN DÂN TỘC", "Ủy ban Dân tộc"),
    ("SỞ TƯ PHÁP", "Sở Tư pháp"),  # a one-syllable country inside a name is no place
    ("SỞ Y TẾ", "Sở Y tế"),
    ("PHÒNG THI ĐUA, KHEN THƯỞNG", "Phòng Thi đua, Khen thưởng"),
    # a head inside a head's name is a head ("Đại học"), a place closing the name keeps its capitals
    ("TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI", "Trường Đại học Bách khoa Hà Nội"),
    ("ĐẠI HỌC BÁCH KHOA", "Đại học Bách khoa"),
    # a head complete in itself: what follows is lower-case ("tối cao" is no name)
    ("TÒA ÁN NHÂN DÂN TỐI CAO", "Tòa án nhân dân tối cao"),
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "Viện kiểm sát nhân dân tối cao"),
    # abbreviated heads kept; a place after its level word with a capital on each syllable, listed or not
    ("UBND TỈNH HẬU GIANG", "UBND tỉnh Hậu Giang"),
    ("UBND XÃ TÂN LẬP", "UBND xã Tân Lập"),
    ("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", "Ủy ban nhân dân huyện Cam Lộ"),
    # a person's name opening a school's name; a branch letter closing a name
    ("TRƯỜNG THPT NGUYỄN DU", "Trường THPT Nguyễn Du"),
    ("TRƯỜNG THPT KIM SƠN A", "Trường THPT Kim Sơn A"),
    # "xã" in "xã hội" is no level word
    ("VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM", "Viện Hàn lâm Khoa học xã hội Việt Nam"),
]


@pytest.mark.parametrize("shout, name", CASES)
def test_one_rule_for_canonical_names_and_letterheads(shout, name):
    assert unshout(shout) == name
    assert _unshout(shout) == name


@pytest.mark.parametrize("shout, name", [
    # headings mixing an award, "của", a position and a body
    ("BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"),
    ("Bằng khen của CHỦ TỊCH UBND TỈNH", "Bằng khen của Chủ tịch UBND tỉnh"),
    ("CỜ THI ĐUA CỦA BỘ CÔNG AN", "Cờ thi đua của Bộ Công an"),
    ("BẰNG KHEN CỦA BỘ TRƯỞNG BỘ Y TẾ", "Bằng khen của Bộ trưởng Bộ Y tế"),
    # running text is left alone; a word in capitals without a vowel is an acronym, kept
    ("Sở Y tế tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An"),
    ("Cục Kiểm tra VBQPPL, Bộ Tư pháp", "Cục Kiểm tra VBQPPL, Bộ Tư pháp"),
    ("ĐOÀN TNCS HỒ CHÍ MINH", "Đoàn TNCS Hồ Chí Minh"),
    # every province is listed: an unlisted word after "TỈNH" is no place
    ("ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH THÀNH LẬP", "Ủy ban nhân dân tỉnh quyết định thành lập"),
])
def test_headings_and_running_text(shout, name):
    assert unshout(shout) == name


def test_the_engine_reads_a_mixed_case_letterhead_as_capitals():
    assert _unshout("Sở nội vụ") == "Sở Nội vụ"
