"""Speed changes of session 10 keep what they replace (values worked out by hand or against the plain code)."""
import gc
import random


def _tokenizer():
    import spacy

    from extractors.nlp import make_tokenizer

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    return make_tokenizer(nlp)


def _span(m):
    return None if m is None else m.span()


def test_affix_search_by_edge_character_finds_what_the_whole_regex_finds():
    """extractors.nlp._ByEdge: the prefix (suffix) regex tried with only the entries that can begin (end) with
    the string's first (last) character gives the same span as the whole regex: on every character of the Basic
    Multilingual Plane alone and after a digit, a letter, a capital and '°C', and on random strings of marks,
    digits and letters."""
    tok = _tokenizer()
    searches = [tok.prefix_search.__self__, tok.suffix_search.__self__]
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for s in searches:
        for c in chars:
            for x in (c, "0" + c, "a" + c, "A" + c, "°C" + c, c + "."):
                assert _span(s.search(x)) == _span(s.regex.search(x)), repr(x)
    pool = [c for c in chars if not c.isalpha()][:3000] + list("aAđĐsSkmgh0123456789.,'’°FCK$-–()“”…") * 30
    rng = random.Random(10)
    for _ in range(30000):
        x = "".join(rng.choice(pool) for _ in range(rng.randint(1, 6)))
        for s in searches:
            assert _span(s.search(x)) == _span(s.regex.search(x)), repr(x)


def test_affix_search_by_edge_character_by_hand():
    tok = _tokenizer()
    assert tok.suffix_search("Hạnh,").span() == (4, 5)
    assert tok.suffix_search("2020...").span() == (4, 7)  # a run of dots: one suffix
    assert tok.suffix_search("5km").span() == (1, 3)  # a unit after a digit
    assert tok.suffix_search("GD-ĐT") is None
    assert tok.prefix_search("(UBND").span() == (0, 1)
    assert tok.prefix_search("……Ông").span() == (0, 1)  # "…" listed before "……": the first entry that matches
    assert tok.prefix_search("Ông") is None


def test_extract_leaves_no_cycle_for_the_garbage_collector():
    """base.release: after extract() the document's Doc, its Toks and its records are freed by reference counting
    (before, each document left a cycle Doc -> records -> Toks -> Doc for the cyclic collector)."""
    from extractors import extract
    from extractors.components.base import Toks
    from pipeline.model import Block, Document

    doc = Document(path="x.txt", sha256="0", format="txt",
                   blocks=[Block(text="Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Hà Tĩnh, nhận Huân chương Lao động hạng Nhì.")])
    extract(doc)
    gc.collect()
    gc.disable()
    try:
        gc.set_debug(gc.DEBUG_SAVEALL)
        extract(doc)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, Toks) or type(o).__name__ == "Doc"]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left == []
