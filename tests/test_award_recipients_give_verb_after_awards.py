"""A give verb written after a run of awards names the recipient of each award of the run
(``conferral_recipients.Recipients._recipients``: the words between an award and the verb may be words of the
next awards, read from a set of the words the sentence's awards cover, built only when such a verb follows).

Every sentence here was written for these tests; the expected facts are worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_give_verb_after_two_awards_gives_both():
    # "Huân chương … hạng Nhì" | "và" | "Bằng khen" (covered by the second award) | "truy tặng" | "ông …":
    # three words stand between the first award and the verb, none of them outside an award or "và"
    g = facts_of("Năm 2021, Chủ tịch nước đã ký quyết định: Huân chương Lao động hạng Nhì và Bằng khen truy tặng "
                 "ông Trần Văn Bình.")
    assert people(g) == {("Trần Văn Bình", "Huân chương Lao động hạng Nhì"), ("Trần Văn Bình", "Bằng khen")}


def test_give_verb_right_after_the_award():
    # one award, the verb right after it: no covered words needed
    g = facts_of("Năm 2021, Chủ tịch nước đã ký quyết định: Huân chương Lao động hạng Nhì truy tặng ông Trần Văn Bình.")
    assert people(g) == {("Trần Văn Bình", "Huân chương Lao động hạng Nhì")}
