"""The conferral linker carries nothing from one document to the next: what its public ``unfound_subject`` reads of a
document (the tokens of its titles, its names in order), which the championships component calls after it, is kept
on that document, not on the component.  Two documents in a row give the facts each gives alone, also when every
component runs over both before the next (as spaCy's ``nlp.pipe`` runs them).  Sentences of our own wording."""
from __future__ import annotations

from extractors import extract
from extractors.components.base import state
from extractors.nlp import get_nlp
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document

#: a club named in full, then by its short name as the winner: the short name is the club's (the linker's names)
CLUB = ("Câu lạc bộ Bóng đá Sông Lam Nghệ An đã thi đấu rất hay.", "Sông Lam vô địch Cúp Quốc gia năm 2023.")
#: another document, naming neither the club nor its title
OTHER = ("Ông Trần Văn Bình, Giám đốc Sở Xây dựng, được tặng Bằng khen của Bộ trưởng Bộ Xây dựng năm 2022.",)


def _document(lines) -> Document:
    return normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=t) for t in lines]))


def _facts(lines) -> dict:
    return extract(_document(lines)).to_guidelines("t.txt")


def test_two_documents_in_a_row_give_the_facts_of_each_alone():
    club, other = _facts(CLUB), _facts(OTHER)
    assert ["Câu lạc bộ Bóng đá Sông Lam Nghệ An", "vô địch Cúp Quốc gia"] in \
        [[c["recipient"], c["award"]] for c in club["awards"]]
    assert _facts(OTHER) == other and _facts(CLUB) == club and _facts(OTHER) == other


def _linked(texts, batch: bool) -> list:
    """(recipient, award) of each text's conferrals, the pipeline run on one document after the other, or (``batch``)
    each component over all documents before the next component."""
    nlp = get_nlp()
    docs = []
    for t in texts:
        doc = nlp.make_doc(t)
        doc.user_data["sovang_ctx"] = {"letterhead": ()}
        doc.user_data["sovang_text"] = t
        docs.append(doc)
    if batch:
        for _, proc in nlp.pipeline:
            docs = [proc(doc) for doc in docs]
    else:
        for i, doc in enumerate(docs):
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            docs[i] = doc
    return [[(c["recipient"].text, c["award"].text) for c in state(doc)["conferrals"]] for doc in docs]


def test_a_winner_named_short_is_read_from_its_own_document_in_a_batch():
    texts = ["\n".join(_document(CLUB).blocks[i].text for i in range(2)), _document(OTHER).blocks[0].text]
    alone = _linked(texts, batch=False)
    assert ("Câu lạc bộ Bóng đá Sông Lam Nghệ An", "vô địch Cúp Quốc gia") in alone[0]
    assert _linked(texts, batch=True) == alone
