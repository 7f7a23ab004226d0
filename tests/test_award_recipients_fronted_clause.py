"""A receive clause fronted before its subject (conferral_recipients._fronted_clause; sentences written for these
tests, facts computed by hand).

The fronted clause may open after a comma inside the sentence ("Ông B cho biết, từ năm 2005, sau khi nhận A, ca sĩ X
…"), not only at its start, and may close with "nhưng" before a person ("Được phong A nhưng nghệ sĩ X …"); the
subject after it may be a short form of a name written in full before; a negation in the subject's own clause
("…, ca sĩ X không …") is not the award's."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_fronted_clause_after_a_comma_with_a_short_name():
    g = facts_of("Ca sĩ Hoàng Minh Khuê là giọng ca chính của đoàn ca múa tỉnh.",
                 "Ông Đặng Văn Lộc nói rằng, từ năm 2005, sau khi nhận danh hiệu NSƯT, ca sĩ Minh Khuê không còn biểu "
                 "diễn nhiều.")
    assert ("Hoàng Minh Khuê", "Nghệ sĩ Ưu tú") in people(g)
    assert "Đặng Văn Lộc" not in {r for r, _ in people(g)}


def test_fronted_clause_closed_by_nhung_before_a_person():
    g = facts_of("Gần 50 năm đứng trên sân khấu, được Nhà nước phong tặng danh hiệu NSƯT nhưng nghệ sĩ Lò Văn Sáng vẫn "
                 "sống trong căn nhà nhỏ.")
    assert people(g) == {("Lò Văn Sáng", "Nghệ sĩ Ưu tú")}


def test_fronted_clause_negated_before_the_award_gives_nothing():
    g = facts_of("Ông Đặng Văn Lộc nói rằng, năm 2005, sau khi không được xét tặng danh hiệu NSƯT, ca sĩ Hoàng Minh "
                 "Khuê rời đoàn.")
    assert "Hoàng Minh Khuê" not in {r for r, _ in people(g)}
