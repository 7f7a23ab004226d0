"""Linking round 2: award recipients and names on sentences written for these tests (expected values by hand)."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_named_force_subject_receives_listed_awards():
    """"lực lượng <proper name>" as the subject of "được … trao tặng" receives each listed award."""
    g = facts_of("Nhờ những đóng góp đó, lực lượng Kiểm lâm đã được Nhà nước trao tặng Huân chương lao động, "
                 "Bằng khen của Thủ tướng Chính phủ.")
    assert people(g) == {("lực lượng Kiểm lâm", "Huân chương Lao động"),
                         ("lực lượng Kiểm lâm", "Bằng khen của Thủ tướng Chính phủ")}


def test_unnamed_force_is_no_recipient():
    """A force without a proper name ("lực lượng chức năng") is nobody's recipient."""
    g = facts_of("Lực lượng chức năng đã được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert people(g) == set()


def test_minister_certificate_is_the_ministry_one_the_document_writes():
    """"Bộ trưởng bộ Y tế … trao Bằng khen cho A" beside "nhận bằng khen của bộ Y tế": one name, the ministry's."""
    g = facts_of("Ông Trần Văn Bình - Bộ trưởng bộ Y tế đã trao Bằng khen cho bác sĩ Nguyễn Thị Lan.",
                 "Bác sĩ Lan rất vui khi nhận bằng khen của bộ Y tế.")
    assert ("Nguyễn Thị Lan", "Bằng khen của bộ Y tế") in people(g)
    assert not any("Bộ trưởng" in award for _, award in people(g))


def test_minister_certificate_stays_without_the_ministry_form():
    """Without "bằng khen của bộ …" written anywhere the minister's certificate keeps its office."""
    g = facts_of("Ông Trần Văn Bình - Bộ trưởng bộ Y tế đã trao Bằng khen cho bác sĩ Nguyễn Thị Lan.")
    assert people(g) == {("Nguyễn Thị Lan", "Bằng khen của Bộ trưởng bộ Y tế")}
