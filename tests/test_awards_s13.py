"""Awards and their recipients (session 13). Sentences written for these tests; the expected names and awards are
worked out by hand from the annotation guidelines."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def names(*lines: str) -> set:
    """The names of every official of ``lines``."""
    return {o["name"] for o in facts_of(*lines)["officials"]}


def test_a_stage_name_opening_on_truong_after_an_honorific_is_a_person():
    # "Trường" heads a school's name, but a two-syllable name after a role noun or an address word is a person's
    assert "Trường Giang" in names("Tối qua, MC Trường Giang dẫn chương trình ca nhạc.")
    assert "Trường Chinh" in names("Ông Trường Chinh từng giữ nhiều trọng trách.")
    g = facts_of("Danh sách đề nghị xét tặng danh hiệu NSƯT có nghệ sĩ Quang Minh (Nhà hát Chèo), "
                 "nghệ sĩ Trường Bắc (Nhà hát Kịch) và ca sĩ Hoàng Lan (Nhà hát Tuổi trẻ).")
    assert ("Trường Bắc", "Nghệ sĩ Ưu tú") in people(g)


def test_a_school_after_a_title_or_a_pupil_stays_a_school():
    # a title whose body is the school, a pupil of it, or a school type after "Trường": no person
    assert "Trường Ams" not in names("Thầy Nguyễn Văn Hải, Hiệu trưởng Trường Ams, được tặng bằng khen.")
    assert "Trường Ams" not in names("Em Lê Văn An, học sinh Trường Ams, được tặng giấy khen.")
    assert "Trường Đại" not in names("Anh Lê Văn An, kỹ sư Trường Đại học Y, được tặng giấy khen.")
    assert "Trường Lê Quý Đôn" not in names("Ông Lê Văn Tú, Trường Lê Quý Đôn, được tặng giấy khen.")
