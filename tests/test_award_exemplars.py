"""Session 31: the exemplars listed after a clause that reports an honour ("Tiêu biểu như: Anh hùng Lao động A; các
Anh hùng lực lượng vũ trang B, C") are honoured with the title each is written after
(extractors/components/conferral_exemplars.py).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import awards, facts_of

HONOURED = "Trong hai cuộc kháng chiến, nhiều xã và cá nhân của huyện Kim Sơn được tuyên dương Anh hùng."


def test_each_exemplar_takes_the_title_it_is_written_after():
    """A sentence opening on "Tiêu biểu như:" after the honour: one title before one name (through other titles
    after a comma, "Giáo sư, Viện sĩ"), and a plural title ("các …") before every name of its ";" item (before:
    none of the four)."""
    g = facts_of(HONOURED + " Tiêu biểu như: Thiếu tướng, Anh hùng Lao động, Giáo sư, Viện sĩ Trần Văn Hải; Anh hùng "
                 "Lao động Lê Minh Đức; các Anh hùng lực lượng vũ trang Trần Văn Hòa, Phạm Thị Lan.")
    assert awards(g) == {("Trần Văn Hải", "Anh hùng Lao động", "conferred"),
                         ("Lê Minh Đức", "Anh hùng Lao động", "conferred"),
                         ("Trần Văn Hòa", "Anh hùng Lực lượng vũ trang", "conferred"),
                         ("Phạm Thị Lan", "Anh hùng Lực lượng vũ trang", "conferred")}


def test_exemplars_after_a_comma_of_the_honoured_clause():
    """"…, điển hình là <title> A": the honour stands in the clause before the comma (before: no fact)."""
    g = facts_of("Năm 2023, nhiều cá nhân của ngành được khen thưởng, điển hình là Chiến sĩ thi đua toàn quốc Lê Minh "
                 "Đức.")
    assert awards(g) == {("Lê Minh Đức", "Chiến sĩ thi đua toàn quốc", "conferred")}


def test_no_exemplar_without_an_honour_given_before():
    """A title before a name stays a descriptor when the clause before reports no honour given ("có nhiều người
    con ưu tú") or only a proposal ("được đề nghị xét tặng"), when the item has a verb of its own, and when a
    lower-case word stands between title and name ("…, nhà giáo A")."""
    assert awards(facts_of("Tỉnh có nhiều người con ưu tú, tiêu biểu như Anh hùng Lao động Lê Minh Đức.")) == set()
    assert awards(facts_of("Nhiều cá nhân được đề nghị xét tặng danh hiệu Anh hùng. Tiêu biểu như Anh hùng Lao "
                           "động Lê Minh Đức.")) == set()
    assert awards(facts_of(HONOURED + " Tiêu biểu như Anh hùng Lao động, nhà giáo Lê Minh Đức.")) == set()
    assert awards(facts_of(HONOURED + " Tiêu biểu như Anh hùng Lao động Lê Minh Đức phát biểu tại buổi lễ.")) == set()


def test_one_title_goes_to_the_first_name_only():
    """Without "các"/"những" a title is one person's: "Anh hùng Lao động A và ông B" gives A alone."""
    g = facts_of("Nhiều cá nhân được tuyên dương. Tiêu biểu như: Anh hùng Lao động Lê Minh Đức và ông Trần Văn Hòa.")
    assert awards(g) == {("Lê Minh Đức", "Anh hùng Lao động", "conferred")}


# reviewer, session 31: the tests above pass with conferral_exemplars._agrees always true and with NOT_HONOURED empty
# (their proposal sentence holds no receive or give cue, so HONOURED alone turns it down); each test below fails
# without its mechanism.
def test_an_exemplar_of_another_title_than_the_honour_said_is_none():
    """The clause before says "Anh hùng Lao động" given: an item's "Chiến sĩ thi đua toàn quốc" is no kind of it and
    stays a descriptor (_agrees); the item with the honour said is an exemplar."""
    g = facts_of("Trong năm, nhiều cá nhân được tặng danh hiệu Anh hùng Lao động. Tiêu biểu như: Chiến sĩ thi đua toàn "
                 "quốc Lê Minh Đức; Anh hùng Lao động Trần Văn Hòa.")
    assert awards(g) == {("Trần Văn Hòa", "Anh hùng Lao động", "conferred")}


def test_no_exemplar_after_a_clause_that_also_proposes():
    """A give cue and a proposal in the sentence before ("được khen thưởng, … được đề nghị tặng danh hiệu Anh
    hùng"): the proposal makes it no report of an honour given (NOT_HONOURED), so no exemplar is honoured."""
    g = facts_of("Huyện có 5 cá nhân được khen thưởng, 2 cá nhân được đề nghị tặng danh hiệu Anh hùng. Tiêu biểu "
                 "như Anh hùng Lao động Lê Minh Đức.")
    assert awards(g) == set()
