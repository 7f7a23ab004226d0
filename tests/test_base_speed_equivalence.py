"""The faster forms of base.py and resolve.py give what the plain forms gave (values worked out by hand)."""
from extractors.components.base import Toks, is_cap, longest_first, toks
from extractors.nlp import get_nlp
from extractors.resolve import PLACE, YEAR_IN, _has_year, _places


def test_places_skip_a_level_word_inside_a_word():
    # "xtỉnh" is no level word (no word boundary before "tỉnh"); "TP Hà Nội" after it still is one
    text = "xtỉnh TP Hà Nội và tỉnh Phú Thọ, quận_ Ba Đình"
    found = [(m.group(1), m.group(2)) for m in _places(text)]
    assert found == [("TP", "Hà Nội"), ("tỉnh", "Phú Thọ")]
    assert found == [(m.group(1), m.group(2)) for m in PLACE.finditer(text)]


def test_has_year_needs_a_word_boundary():
    assert _has_year("năm 2019.") and YEAR_IN.search("năm 2019.")
    assert not _has_year("số 12019") and not YEAR_IN.search("số 12019")  # 2019 inside a longer number
    assert not _has_year("x2019") and not YEAR_IN.search("x2019")
    assert _has_year("x2019 (1999)")


def test_is_cap_and_cached_answers():
    assert [is_cap(w) for w in ("Hà", "hà", "Đà", "1", "", "(", "Ⅷ")] == [True, False, True, False, False, False, False]
    assert is_cap("Hà") and not is_cap("hà")  # asked again: the kept answer


def test_longest_first_prefers_longer_then_earlier():
    matches = [(0, 0, 2), (0, 1, 4), (0, 3, 5), (0, 5, 6)]
    assert longest_first(matches) == [(1, 4), (5, 6)]
    assert longest_first([]) == []


def test_toks_is_a_sequence_of_light_tokens():
    doc = get_nlp().make_doc("Ông A, ở Hà Nội")
    d = toks(doc)
    assert isinstance(d, Toks) and len(d) == 6 and d.words == ["Ông", "A", ",", "ở", "Hà", "Nội"]
    assert [w.text for w in d] == d.words and [w.i for w in reversed(d)] == [5, 4, 3, 2, 1, 0]
    assert d[-1].text == "Nội" and d[-1].idx == 12 and [w.text for w in d[1:3]] == ["A", ","]
    assert "A" not in d  # (its items are tokens made anew, as before)
    assert d != list(d.words) and list(d.words) != d and d == d and {d: 1}[d] == 1


def test_whole_writings_are_found_apart_from_word_characters():
    from extractors.components.base import whole_writings
    # "Lan" at 0, 7 and 16; "Lanh", "_Lan", "2Lan" and "Lan_" are parts of longer words
    assert list(whole_writings("Lan và Lan Anh, Lan", "Lan")) == [0, 7, 16]
    assert list(whole_writings("Lanh _Lan 2Lan Lan_", "Lan")) == []
    assert list(whole_writings("Thuý (Lan)", "Lan")) == [6]


def test_whole_writings_go_on_after_a_taken_writing_and_past_a_refused_one():
    from extractors.components.base import whole_writings
    # the writing at 0 is taken, so the one at 4 (which overlaps it) is not: as re.finditer gives them
    assert list(whole_writings("Kim Kim Kim", "Kim Kim")) == [0]
    # refused at 0 by the further condition, the search goes on from the next character and takes 4
    assert list(whole_writings("Kim Kim Kim", "Kim Kim", lambda a, b: a > 0)) == [4]


def test_a_name_alone_elsewhere_has_no_dash_beside_it_and_no_capital_after_it():
    from extractors.components.persons import _alone_elsewhere
    assert _alone_elsewhere("Kim và Jong đi", "Jong")
    assert not _alone_elsewhere("Kim và Jong đi", "Jong", skip=7)  # its only writing is the one asked about
    assert not _alone_elsewhere("Kim – Jong đi", "Jong")  # an en dash and a space before it
    assert not _alone_elsewhere("Kim-Jong đi", "Jong")  # a hyphen right before it
    assert not _alone_elsewhere("Jong -Kim đi", "Jong")  # a space and a hyphen after it
    assert not _alone_elsewhere("Jong Kim đi", "Jong")  # a capitalised word after it
    assert _alone_elsewhere("Jong Kim đi, Jong về", "Jong")  # the second writing stands alone


def test_extraction_under_the_built_pipeline_runs_with_the_young_threshold_raised(monkeypatch):
    # extractors.nlp.get_nlp promises: once the pipeline is built, young collections of the cyclic garbage collector
    # wait for more objects than Python's default (700), the older generations' thresholds as they were; nothing
    # in extraction sets them back.  What the threshold is while a document is extracted is read from inside it.
    import gc

    from extractors import engine, extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document
    get_nlp()
    before = gc.get_threshold()
    assert before[0] > 700
    seen = []
    inner = engine._signatures

    def watched(*args, **kwargs):
        seen.append(gc.get_threshold())
        return inner(*args, **kwargs)
    monkeypatch.setattr(engine, "_signatures", watched)
    text = "Bà Vi Thị Mận, Phó Giám đốc Sở Tư pháp, được tặng Bằng khen."
    extract(normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=text)])))
    assert seen == [before] and gc.get_threshold() == before
