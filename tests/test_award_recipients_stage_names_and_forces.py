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


def test_a_force_written_in_lower_case_after_cho_is_a_collective_recipient():
    # "lực lượng" and the words naming the force up to the clause's end, a span of years after "giai đoạn" kept
    g = facts_of("Thường trực Ban Bí thư trao Huân chương Sao Vàng cho lực lượng chuyên gia giúp cách mạng Lào "
                 "giai đoạn 1975-1985.")
    assert {a["recipient"] for a in g["awards"]} == {"lực lượng chuyên gia giúp cách mạng Lào giai đoạn 1975-1985"}
    g = facts_of("Năm 2019, Chủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho lực lượng "
                 "công an chi viện chiến trường Tây Nguyên.")
    assert {(a["recipient"], a["recipient_type"]) for a in g["awards"]} == {
        ("lực lượng công an chi viện chiến trường Tây Nguyên", "collective")}


def test_the_force_of_the_story_or_a_clause_running_on_names_no_recipient():
    assert facts_of("Bộ trưởng trao Bằng khen cho lực lượng này vì thành tích xuất sắc.")["awards"] == []
    assert facts_of("Bộ trưởng trao Bằng khen cho lực lượng.")["awards"] == []
