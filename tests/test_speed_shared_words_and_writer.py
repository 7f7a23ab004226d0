"""Session 15's speed changes give the same results as before (values worked out by hand, sentences of our own).

- ``base.Toks`` reads a token's text by its ORTH id from one table for the run (``base._Words``): the same words
  as slicing the text, and one ``str`` object per distinct word across documents;
- ``awards._state_head_end`` and ``counted_groups.noun_at`` answer a word opening no head or noun at once;
- ``kb.Writer`` looks a new name up in the knowledge base only when the knowledge base held entities when it
  opened (or after a rollback).
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from extractors.components import counted_groups
from extractors.components.awards import AwardRecognizer
from extractors.components.base import Toks, _Words, toks
from extractors.facts import DocumentFacts, Mention
from extractors.nlp import get_nlp
from outputs.kb import Writer, open_db
from pipeline.model import Block, Document


def test_words_are_the_token_texts_shared_across_documents():
    nlp = get_nlp()
    a = nlp.make_doc("Hội Nông dân xã Tân Phú (huyện Đông Hải) nhận cờ.")
    b = nlp.make_doc("Xã Tân Phú nhận cờ")
    wa, wb = toks(a).words, toks(b).words
    assert wa == ["Hội", "Nông", "dân", "xã", "Tân", "Phú", "(", "huyện", "Đông", "Hải", ")", "nhận", "cờ", "."]
    assert wb == ["Xã", "Tân", "Phú", "nhận", "cờ"]
    assert wa[4] is wb[1] and wa[12] is wb[4]  # "Tân", "cờ": one object for the run
    assert toks(a).starts[:3] == [0, 4, 9] and toks(a).ends[:3] == [3, 8, 12]


def test_words_table_fills_on_demand_and_stays_bounded():
    nlp = get_nlp()
    table = _Words(nlp.vocab.strings, limit=2)
    orth = [nlp.vocab.strings.add(w) for w in ("khen", "thưởng", "tặng")]
    assert table[orth[0]] == "khen" and table[orth[1]] == "thưởng"
    assert len(table) == 2
    assert table[orth[2]] == "tặng" and len(table) == 1  # full at 2 words: emptied, then the new one kept
    assert _Words.of(nlp.vocab) is _Words.of(nlp.vocab)


@pytest.fixture(scope="module")
def awards():
    return next(p for _, p in get_nlp().pipeline if isinstance(p, AwardRecognizer))


@pytest.mark.parametrize("words, i, end", [
    (["của", "Chính", "phủ", "Lào"], 1, 3),
    (["của", "Hội", "đồng", "Nhà", "nước"], 1, 5),
    (["của", "Hội", "đồng", "nhân", "dân"], 1, 1),  # "hội" opens "hội đồng nhà nước" only
    (["của", "Nhà", "nước"], 1, 3),
    (["của", "tỉnh", "Lào", "Cai"], 1, 1),  # no state head
    (["của", "Nước"], 2, 2),  # past the last word
])
def test_state_head_end(awards, words, i, end):
    assert awards._state_head_end(SimpleNamespace(words=words), i) == end


def test_group_nouns_first_words_and_noun_at():
    nouns = counted_groups.GroupNouns({("cá", "nhân"), ("ngư", "dân"), ("sinh",), ("nam", "sinh")})
    assert [len(n) for n in nouns] == [2, 2, 2, 1]  # longest first
    assert nouns.first == {"cá", "ngư", "sinh", "nam"}
    words = ["Ba", "Ngư", "dân", "và", "hai", "nam", "sinh"]
    assert counted_groups.noun_at(words, 1, nouns) == ("ngư", "dân")
    assert counted_groups.noun_at(words, 5, nouns) == ("nam", "sinh")
    assert counted_groups.noun_at(words, 6, nouns) == ("sinh",)
    assert counted_groups.noun_at(words, 0, nouns) is None and counted_groups.noun_at(words, 7, nouns) is None


def _doc(n: int) -> Document:
    return Document(path=f"d{n}.txt", sha256=f"{n:064x}", format="txt", status="ok",
                    blocks=[Block(f"Hợp tác xã Ánh Dương {n} nhận giấy khen")])


def _facts(names) -> DocumentFacts:
    facts = DocumentFacts()
    for name in names:
        m = Mention("unit", name, 0, 0, 5, "")
        facts.units.append(m)
        facts.mentions.append(m)
    return facts


def test_writer_new_names_without_a_query_on_a_new_knowledge_base(tmp_path):
    db = open_db(tmp_path / "kb.sqlite")
    writer = Writer(db)
    assert writer._all_entities_cached  # a new knowledge base: every entity is this writer's
    writer.add(_doc(1), _facts(["Hợp tác xã Ánh Dương", "Hợp tác xã Bình An"]), str(tmp_path), "d1.txt")
    writer.add(_doc(2), _facts(["HỢP TÁC XÃ ÁNH DƯƠNG", "Hợp tác xã Cửu Long"]), str(tmp_path), "d2.txt")
    writer.close()
    rows = db.execute("SELECT id, canonical_name FROM entities ORDER BY id").fetchall()
    assert rows == [(1, "Hợp tác xã Ánh Dương"), (2, "Hợp tác xã Bình An"), (3, "Hợp tác xã Cửu Long")]
    # a writer opened on a knowledge base holding entities looks each new name up
    again = Writer(db)
    assert not again._all_entities_cached
    assert again.entity("unit", "Hợp tác xã Bình An") == 2 and again.entity("unit", "Hợp tác xã Đồng Tâm") == 4


def test_writer_looks_names_up_after_a_rollback(tmp_path):
    db = open_db(tmp_path / "kb.sqlite")
    writer = Writer(db)
    writer.add(_doc(1), _facts(["Hợp tác xã Ánh Dương"]), str(tmp_path), "d1.txt")

    class Boom(DocumentFacts):
        @property
        def conferrals(self):
            raise RuntimeError("boom")

        @conferrals.setter
        def conferrals(self, value):
            pass

    with pytest.raises(RuntimeError):
        writer.add(_doc(2), Boom(), str(tmp_path), "d2.txt")
    assert not writer._all_entities_cached  # the cache was emptied: stored names are found by a query
    assert writer.entity("unit", "Hợp tác xã Ánh Dương") == 1
    writer.close()
