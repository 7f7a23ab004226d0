"""The cues the championships component reads a title or a win at ("vô địch", the crowning and the taking verbs of
championship_cues) as it finds them: from the shared phrase walk (``ChampionshipFinder.cues``, case-blind), the tokens
visited being the matches' starts, where it searched the lower-cased text for each cue and scanned every word for a
cue's first word.  A token where no cue starts is one where nothing was read, so the titles found are the same.
Sentences and names of our own; indices by hand."""
from __future__ import annotations

from extractors.components.championships import CUE_PHRASES, ChampionshipFinder
from extractors.nlp import get_nlp
from tests.test_championships import awards_of


def _cued(text: str) -> list[int]:
    nlp = get_nlp()
    finder = next(p for _, p in nlp.pipeline if isinstance(p, ChampionshipFinder))
    return sorted({s for _, s, _ in finder.cues(nlp.make_doc(text))})


def test_each_cue_is_read_as_its_words():
    nlp = get_nlp()
    assert all([t.text for t in nlp.make_doc(p)] == p.split() for p in CUE_PHRASES)
    assert "vô địch" in CUE_PHRASES and "giành" in CUE_PHRASES


def test_the_cues_are_found_case_blind_at_their_first_word_once():
    # tokens: Năm(0) 2019(1) ,(2) Vorlan(3) FC(4) Vô(5) Địch(6) giải(7) X(8) ,(9) giành(10) được(11) cúp(12) .(13)
    assert _cued("Năm 2019, Vorlan FC Vô Địch giải X, giành được cúp.") == [5, 10]  # ("giành" and "giành được": once)
    assert _cued("Đội bóng thắng trận đầu tiên.") == []  # (no cue: the component reads nothing)


def test_a_title_is_still_read_at_its_cue():
    assert awards_of("Năm 2018, Vorlan United vô địch Westbury Cup sau khi thắng Korvan.") == \
        [("Vorlan United", "vô địch Westbury Cup", 2018)]
