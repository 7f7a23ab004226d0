"""A document's whole text lower-cased, made once per document and shared by the steps that read it.

The components that first test a document's text for their cue words (``won_by``, ``championships``) and the
sports gate (:func:`extractors.sports.sports_story`) each lower-cased the whole text of every document, two to
four times a document; a Vietnamese text is lower-cased character by character (``str.lower`` of a non-ASCII
string), so they now read one copy kept in the Doc's ``user_data`` (cleared with the rest when the engine releases
the Doc, :func:`extractors.components.base.release`).  No import of the components here, so that
:mod:`extractors.sports`, which the components import, can read it too.
"""
from __future__ import annotations

from spacy.tokens import Doc

#: where the lower-cased text is kept in a Doc's ``user_data``
KEY = "sovang_text_lower"
#: the text the engine built the Doc from (``extractors.engine``; a Doc made elsewhere: its own ``.text``)
TEXT_KEY = "sovang_text"


def lowered_text(doc) -> str:
    """The lower-cased text of ``doc``, a spaCy Doc or its :class:`extractors.components.base.Toks` (the Toks'
    ``.text``, which is the Doc's ``user_data["sovang_text"]`` when the engine set it, else ``doc.text``), computed on
    the first call for the Doc and then read from its ``user_data``."""
    is_doc = doc.__class__ is Doc
    data = doc.user_data if is_doc else doc.doc.user_data  # (a Toks: its Doc's store, its own text)
    low = data.get(KEY)
    if low is None:
        text = data.get(TEXT_KEY) if is_doc else None
        low = data[KEY] = (doc.text if text is None else text).lower()
    return low
