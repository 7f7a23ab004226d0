"""Award names: the hero titles of the renovation period, "Anh hùng Lao động thời kỳ đổi mới" and "Anh hùng Lực
lượng vũ trang nhân dân thời kỳ đổi mới", are named whole (corpora/gazetteers/awards.tsv rows of session 35), not
cut at "Lao động" / "nhân dân" (GUIDELINES.md: the award's name as the document gives it).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of
from tests.test_extractors import people as awards


def test_labour_hero_of_the_period_given_to_a_hospital():
    """"trao danh hiệu … thời kỳ đổi mới cho <unit>": the title with its period."""
    g = facts_of("Phó Thủ tướng trao danh hiệu Anh hùng Lao động thời kỳ đổi mới cho Bệnh viện Đa khoa tỉnh Kon Tum.")
    assert awards(g) == {("Bệnh viện Đa khoa tỉnh Kon Tum", "Anh hùng Lao động thời kỳ đổi mới")}


def test_armed_forces_hero_of_the_period_in_lower_case():
    """Written in lower case after the unit received it: the canonical capitals and the period kept."""
    g = facts_of("Năm 2019, Lữ đoàn 167 đón nhận danh hiệu Anh hùng lực lượng vũ trang nhân dân thời kỳ đổi mới.")
    assert awards(g) == {("Lữ đoàn 167", "Anh hùng Lực lượng vũ trang nhân dân thời kỳ đổi mới")}


def test_abbreviated_title_with_the_period():
    """"AHLĐ thời kỳ đổi mới": the abbreviation spelled out, the period kept."""
    g = facts_of("Năm 2014, Công ty Cổ phần Cơ khí Hòa Bình được phong tặng danh hiệu AHLĐ thời kỳ đổi mới.")
    assert awards(g) == {("Công ty Cổ phần Cơ khí Hòa Bình", "Anh hùng Lao động thời kỳ đổi mới")}


def test_title_without_the_period_stays_as_it_was():
    """No period written: the plain title, as before."""
    g = facts_of("Năm 2014, Công ty Cổ phần Cơ khí Hòa Bình được phong tặng danh hiệu Anh hùng Lao động.")
    assert awards(g) == {("Công ty Cổ phần Cơ khí Hòa Bình", "Anh hùng Lao động")}


def test_period_title_in_a_story_that_also_writes_the_plain_title():
    """The story writes the plain title once and the period form once for the same company: one fact, named
    with the plain title the story uses (extractors.resolve._plain_titles_written)."""
    g = facts_of("Bộ Công Thương xem xét danh hiệu Anh hùng lao động của Công ty Cổ phần Cơ khí Hòa Bình. "
                 "Năm 2014, Công ty Cổ phần Cơ khí Hòa Bình được phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới.")
    assert awards(g) == {("Công ty Cổ phần Cơ khí Hòa Bình", "Anh hùng Lao động")}
