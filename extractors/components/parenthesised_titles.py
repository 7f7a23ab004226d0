"""``sovang_parenthesised_titles``: a contest title noted in parentheses after a name, as an award fact.

Shape (Vietnamese press usage: guests and performers introduced by the contest they won; general news, bulk
vi_news_50k: "Nhật Minh (Quán quân The Voice Kids 2016)", "Phương Nga (Hoa hậu người Việt tại Nga)")::

    <person or unit> (<crowned title> [<year>])      "Trần Minh Khôi (Quán quân Giọng hát Việt nhí 2016)"

The title is the one the award recogniser marks ``noted`` (awards._noted_after_name: a crowned title of
awards.tsv, "Hoa hậu", "Á hậu", "Quán quân", "Á quân" …, naming its pageant or show, alone in the parentheses
but for its edition's year). Its recipient is the person or unit found by the earlier components ending
right before the opening parenthesis; without one ("Miss World (Hoa hậu Thế giới)": a translation) no fact.
eval GUIDELINES: contest prizes count when the text says someone received them; the year is the engine's, as
for every award fact.

Runs after ``sovang_championships``: each title linked here becomes a conferral record (``st["conferrals"]``)
unless the linker already gave it one. A document without a noted title costs one scan of its awards.
"""
from __future__ import annotations

from spacy.language import Language

from ..facts import outermost
from .base import state, toks


class ParenthesisedTitles:
    """Links titles noted in parentheses to the name before them; see module doc."""

    def __call__(self, doc):
        st = state(doc)
        noted = [a for a in st["award"] if a.info.get("noted")]
        if not noted:
            return doc
        linked = {id(c["award"]) for c in st["conferrals"]}
        by_end = {}
        for x in outermost(list(st["person"]) + list(st["unit"])):
            by_end.setdefault(x.end, x)
        sents = st.get("sents") or [(0, len(toks(doc).words))]
        for a in noted:
            r = by_end.get(a.start - 1)
            if r is None or id(a) in linked:
                continue
            sent = next(((ss, se) for ss, se in sents if ss <= a.start < se), (a.start, a.end))
            st["conferrals"].append({"award": a, "name": a.text, "recipient": r, "status": "conferred",
                                     "revoked": False, "sent": sent, "how": "noted"})
        return doc


@Language.factory("sovang_parenthesised_titles")
def make_parenthesised_titles(nlp, name):
    """Factory of :class:`ParenthesisedTitles`."""
    return ParenthesisedTitles()
