"""Word lists that lived inline in the extractors beside the corpora (the function words ending an enterprise's trade,
the demonstratives that are no place's syllable, the openers of a narrowing sentence) are read from
corpora/gazetteers/, each with its source in the README (review 21, finding 6)."""
from __future__ import annotations

from extractors.gazetteer import section, word_list


def test_the_trade_stops_are_read_from_their_file():
    from extractors.components.persons import TRADE_STOPS
    assert {"được", "nhưng"} <= set(section("trade_stops.txt", "# Function words")) <= TRADE_STOPS


def test_the_demonstratives_are_read_from_their_file():
    from extractors.components.unit_places import DEMONSTRATIVES
    assert DEMONSTRATIVES == set(word_list("demonstratives.txt")) and "Đó" in DEMONSTRATIVES


def test_the_narrowing_openers_are_read_from_their_file():
    from extractors.components.counted_groups import NARROWING
    assert NARROWING == word_list("narrowing_openers.txt") and "trong số đó" in NARROWING
