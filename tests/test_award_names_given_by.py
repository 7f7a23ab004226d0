"""Session 43 of award names (conferral_award_names.AwardNames._given_by): a certificate, an open prize or a badge
written without its conferrer and followed by "do <conferrer> trao tặng" takes that conferrer (GUIDELINES.md: the
award's name with the conferrer the document gives); an order "do Chủ tịch nước truy tặng" keeps its name.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_certificate_given_by_an_association():
    g = facts_of("Anh Lê Văn Bình nhận bằng khen do Hội Nghệ nhân Việt Nam trao tặng.")
    assert people(g) == {("Lê Văn Bình", "Bằng khen của Hội Nghệ nhân Việt Nam")}


def test_prize_given_by_an_acronym_body():
    """The conferrer is no unit the finder knows: the capitalised run up to the give verb."""
    g = facts_of("Dự án giúp Lê Văn Bình giành thêm giải đặc biệt do IEEE trao tặng.")
    assert people(g) == {("Lê Văn Bình", "giải đặc biệt của IEEE")}


def test_badge_takes_its_giver_and_an_order_keeps_its_name():
    g = facts_of("Em Lê Văn Bình được nhận huy hiệu Tuổi trẻ dũng cảm do Trung ương Đoàn trao tặng.",
                 "Ngày 2/1, Huân chương Lao động hạng Ba do Chủ tịch nước truy tặng ông Trần Văn An đã được trao cho "
                 "gia đình.")
    assert ("Lê Văn Bình", "huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn") in people(g)
    assert ("Trần Văn An", "Huân chương Lao động hạng Ba") in people(g)


def test_a_person_presenting_the_prize_is_no_conferrer():
    """Session 43 review (rvb): "do <a person> trao tặng" names who handed the prize over, not the body that gives it
    (GUIDELINES.md: a conferrer is a body or an office, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"); the
    capitalised run up to the give verb holds a person's name the finder read: the prize keeps its name."""
    g = facts_of("Chị Phạm Thị Hoa nhận giải đặc biệt do NSND Trần Văn Hùng trao tặng.")
    assert people(g) == {("Phạm Thị Hoa", "giải đặc biệt")}
    g = facts_of("Chị Phạm Thị Hoa nhận giải Nhất do Nguyễn Văn Tâm trao tặng.")
    assert people(g) == {("Phạm Thị Hoa", "giải Nhất")}


def test_a_prize_of_the_winners_own_team_or_school_keeps_its_name():
    """Session 43 review (rvb): "giải X của <body>" after a prize names, as often as its giver, the side that won it
    (the contestant's team or school: "giải Ba của đội tuyển tỉnh", "the province team's third prize"); only a badge,
    which bodies alone give, takes the body written after it "của" ("huy hiệu … của Trung ương Đoàn")."""
    g = facts_of("Em Lê Văn Bình giành giải Ba của Đội tuyển tỉnh Nghệ An.")
    assert people(g) == {("Lê Văn Bình", "giải Ba")}
    g = facts_of("Em Lê Văn Bình giành giải Nhất của Trường THPT chuyên Phan Bội Châu tại kỳ thi học sinh giỏi "
                 "quốc gia.")
    assert people(g) == {("Lê Văn Bình", "giải Nhất")}
    g = facts_of("Em Lê Văn Bình nhận huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn.")
    assert people(g) == {("Lê Văn Bình", "huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn")}
