"""Session 36's speed change: components that read a cue only where its first word stands visit those tokens alone
(base.positions over a base.lower_in test, a C-level scan) instead of testing every token in Python.  The facts
are the same; the tests pin the helpers' answers and the work the scans do (values worked out by hand; every sentence written for these tests)."""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_positions_lists_the_words_passing_the_test_inside_the_bounds():
    """positions(test, words, lo, hi): the indices in [lo, hi) whose word passes, in order; lower_in reads a word's
    lower case."""
    from extractors.components.base import lower_in, positions

    test = lower_in({"vô", "lên"})
    words = ["Đội", "vô", "địch", "rồi", "LÊN", "ngôi", "Vô"]
    assert list(positions(test, words, 0, 7)) == [1, 4, 6]
    assert list(positions(test, words, 2, 6)) == [4]
    assert list(positions(test, words, 5, 3)) == []  # (an empty range: nothing)
    assert list(positions(test, [], 0, 0)) == []


class _Counted(tuple):
    """A tuple that counts how often it is walked (a component's cue table, to measure the tokens it visits)."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_won_by_reads_its_verb_only_where_its_first_word_stands(monkeypatch):
    """won_by's verb table is walked once per token whose word opens a verb ("thuộc"), not once per token: a
    sentence of 60 words with one "thuộc về" walks it once; the prize and the winner are found as before."""
    from extractors.components import won_by

    _Counted.walks = 0
    monkeypatch.setattr(won_by, "VERBS", _Counted(won_by.VERBS))
    filler = " ".join(["trong buổi chiều rất đông khán giả cổ vũ nhiệt tình"] * 6)
    got = facts_of(f"Ở vòng chung kết {filler}, giải nhì thuộc về vận động viên Trần Thu Hằng.")
    assert {(a["recipient"], a["award"]) for a in got["awards"]} == {("Trần Thu Hằng", "giải nhì")}
    assert _Counted.walks == 1


def test_championships_read_their_cue_only_where_its_first_word_stands(monkeypatch):
    """championships look a token's pair of words up (LOWERED, the crowning verbs) only where "vô" or a crowning
    verb's first word stands: a document of about 70 words with one "vô địch" asks LOWERED a handful of times, not
    twice a token; the title and its winner are found as before."""
    from extractors.components import base, championships

    class CountingLowered(dict):
        asked = 0

        def __getitem__(self, word):
            CountingLowered.asked += 1
            return base.LOWERED[word]

    monkeypatch.setattr(championships, "LOWERED", CountingLowered())
    filler = " ".join(["sau một mùa giải dài với nhiều trận đấu khó khăn"] * 6)
    got = facts_of(f"Người hâm mộ chờ đợi {filler}. Sông Lam Nghệ An vô địch V-League năm 2000.")
    assert {(a["recipient"], a["award"]) for a in got["awards"]} == {("Sông Lam Nghệ An", "vô địch V-League")}
    assert CountingLowered.asked < 20


def test_a_one_word_name_seeds_a_list_wherever_it_is_written():
    """persons._coordinated (each new one-word name found by a scan for that word): "Zoltarev" read after a title
    makes the later "Zoltarev, Brannick" a list of two, and "Brannick" so found makes "Brannick hay Okonkwo" one, in
    a second round."""
    text = "Tiền vệ Zoltarev ghi bàn. HLV cho Zoltarev, Brannick cùng nghỉ. Brannick hay Okonkwo sẽ đá chính?"
    assert {o["name"] for o in facts_of(text)["officials"]} == {"Zoltarev", "Brannick", "Okonkwo"}


def test_conferral_cues_are_tested_only_in_a_document_with_an_award(monkeypatch):
    """conferrals: the cue tests (a possession cue "có" asks _counted_award whether a counted award follows) run
    only when the document holds an award; the cues are read for awards alone, so a document without one skips
    them, and one with an award still reads them (its conferral is found)."""
    from extractors.components import conferrals

    asked = []

    def counting(words, s, e, award_starts):
        asked.append(s)
        return real(words, s, e, award_starts)

    real = conferrals._counted_award
    monkeypatch.setattr(conferrals, "_counted_award", counting)
    got = facts_of("Năm nay xã Tân Phước có 3 trạm y tế mới và có thêm hai chợ.")
    assert got["awards"] == [] and asked == []
    got = facts_of("Bà Lê Thị Mai có 2 Bằng khen của Thủ tướng Chính phủ.")
    assert asked  # (the document names an award: its possession cue is tested)
    assert {(a["recipient"], a["award"]) for a in got["awards"]} == {("Lê Thị Mai", "Bằng khen của Thủ tướng Chính phủ")}
