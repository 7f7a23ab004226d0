"""The conferral cue tables are phrase sets of the shared lower-case PhraseMatcher (conferrals.ConferralLinker.cue_tables):
positions checked by hand on a sentence of our own, and each table's matches as its own matcher finds them."""
from extractors.nlp import get_nlp

SENTENCE = "Anh Lê Văn Tâm được trao tặng bằng khen và lần lượt nhận danh hiệu này."


def _linker_and_doc():
    nlp = get_nlp()
    return dict(nlp.pipeline)["sovang_conferrals"], nlp.make_doc(SENTENCE)


def test_cue_tables_by_hand():
    linker, doc = _linker_and_doc()
    assert [t.text for t in doc][10:16] == ["lần", "lượt", "nhận", "danh", "hiệu", "này"]
    assert [(s, e) for _, s, e in linker.cue_tables["=respectively"](doc)] == [(10, 12)]  # "lần lượt"
    assert [(s, e) for _, s, e in linker.cue_tables["=anaphor"](doc)] == [(13, 16)]  # "danh hiệu này"
    assert linker.cue_tables["=return"](doc) == []  # no "nộp lại"


def test_each_table_finds_what_its_own_matcher_finds():
    linker, doc = _linker_and_doc()
    for key, table in linker.cue_tables.items():
        assert [(s, e) for _, s, e in table(doc)] == [(s, e) for _, s, e in table.alone(doc)], key
