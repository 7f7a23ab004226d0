"""Prizes named in a list after a plural prize head ("nhiều giải thưởng uy tín như “A”; “B”", "nhiều giải thưởng
danh giá: A, B…"): :class:`PrizeLists`, a part of :class:`~extractors.components.awards.AwardRecognizer` (which gives
it ``lex`` and ``_quoted``), and the word lists the list parser reads.
"""
from __future__ import annotations

from ..gazetteer import section
from .base import LOWERED, QUOTES_CLOSE, QUOTES_OPEN, Ent, is_cap, span_text

PLURAL_HEADS = {"nhiều", "các", "những"}  # "nhiều giải thưởng … như …": a list of named prizes follows
#: a prize list's unquoted item (AwardRecognizer._list_item): at most this many words; it ends at ITEM_ENDS or before a
#: word of ITEM_STOPS ("Sản phẩm công nghiệp chủ lực Thủ đô các năm 2014, 2015": who chose it, when; press usage)
LIST_ITEM_MAX = 12
ITEM_ENDS = {",", ".", ";", ":", "(", ")", "…", "...", "\n", "và", "hay", "hoặc"} | QUOTES_OPEN | QUOTES_CLOSE
ITEM_STOPS = {"do", "các", "vào", "tại", "trong", "cùng", "đã", "từ"}
#: aspect and tense words: an unquoted item holding one is a clause (prize_list_words.txt, first section)
ITEM_ASPECT = frozenset(section("prize_list_words.txt", "# Aspect and tense markers"))
#: cues of nominations: a prize list after one in its clause names no award (prize_list_words.txt, second section)
NOMINATION_CUES = tuple(section("prize_list_words.txt", "# Nomination cues"))
SENTENCE_BACK = 40  # tokens looked at before a prize list's head for its sentence's recipient and its clause
#: a descriptor after an item up to the next ";" ("“Hàng Việt Nam chất lượng cao” do người tiêu dùng bình chọn các
#: năm 2012, 2014; “Doanh nghiệp …”): at most this many tokens
ITEM_TAIL_MAX = 16
LIST_DESCRIPTORS = 3  # words between that head and "như" ("uy tín", "danh giá", "quốc tế khác")
#: marks closing a prize's tail or a clause (awards._tail_word, _nominated)
TAIL_ENDS = {",", ".", ";", ":", "(", ")", "”", "“", "\n"}


class PrizeLists:
    """The prize-list parser of the award recognizer."""

    def _named_list(self, doc, matches, found=(), entry=None) -> list:
        """Names listed after a plural prize head and "như" / ":" ("nhiều giải thưởng uy tín như
        “Thương hiệu mạnh Việt Nam 2013”; “Hàng Việt Nam chất lượng cao”", "nhiều giải thưởng danh giá: Ngân
        hàng số sáng tạo nhất Việt Nam, Ngân hàng bán lẻ tốt nhất Việt Nam…"): one award per name, quoted or
        not (:meth:`_list_item`), the name itself (held-out gold writes it without "Giải thưởng"); at most
        LIST_DESCRIPTORS words between the head and "như". An unquoted name holding an award of ``found`` (the
        catalogue's: "Huân chương Lao động hạng Ba") is that award, not another. Each award is of ``entry`` (the
        catalogue's entry of a named title)."""
        out = []
        n = len(doc)
        taken = {i for x in found for i in range(x.start, x.end)}
        for s, e in matches:
            if s == 0 or LOWERED[doc.words[s - 1]] not in PLURAL_HEADS or \
                    self.lex.award_aliases[span_text(doc, s, e).lower()].canonical != "Giải thưởng":
                continue
            k = e
            while k < n and k - e < LIST_DESCRIPTORS and doc.words[k].isalpha() and doc.words[k].islower() \
                    and doc.words[k] != "như":
                k += 1
            if k >= n or doc.words[k] not in ("như", ":") or _nominated(doc, s):
                continue
            k += 1
            if k < n and doc.words[k] == ":":
                k += 1  # "như: …"
            heads = self._subject_heads(doc, s)
            quoted_only = False
            while True:
                item = self._list_item(doc, k, heads, quoted_only)
                if item is None:
                    break
                a, b, ta, tb, k = item
                end, k = k, _past_item_tail(doc, k)
                quoted_only = k > end and doc.words[end] not in (",", ";", "và")  # past a descriptor: quoted only
                if ta == a and taken.intersection(range(a, b)):
                    continue
                out.append(Ent("award", a, b, span_text(doc, ta, tb).strip(), {"entry": entry}))
        return out

    def _subject_heads(self, doc, s) -> set:
        """The unit heads ("công ty", "ngân hàng") written in the sentence before a prize list's head at ``s``:
        the recipient's, lower-cased."""
        heads = set()
        for i in range(s - 1, max(-1, s - SENTENCE_BACK), -1):
            if doc.words[i] in (".", "\n", "!", "?"):
                break
            for L in (1, 2, 3):
                if i + L <= s and span_text(doc, i, i + L).lower() in self.lex.unit_heads:
                    heads.add(span_text(doc, i, i + L).lower())
        return heads

    def _list_item(self, doc, k, heads=(), quoted_only=False):
        """(start, end, name start, name end, next) of one prize name of a list at token ``k``: quoted (the quotes
        in the span, not in the name), or unquoted (not when ``quoted_only``): a capitalised word and the words after
        it up to a list separator, a bracket or a word of ITEM_STOPS, two to LIST_ITEM_MAX words ("Ngân hàng bán lẻ
        tốt nhất Việt Nam"), neither holding an aspect word (ITEM_ASPECT: "Công ty cũng xuất khẩu …") nor opening on
        one of the recipient's ``heads`` with no capital after it ("Công ty được vinh danh …"); None when neither."""
        q = self._quoted(doc, k, limit=14)
        if q:
            return q[0] - 1, q[1] + 1, q[0], q[1], q[1] + 1
        n = len(doc)
        if quoted_only or k >= n or not is_cap(doc.words[k]) or not doc.words[k].isalpha():
            return None
        j = k + 1
        while j < n and j - k < LIST_ITEM_MAX and doc.words[j] not in ITEM_ENDS and \
                doc.words[j].lower() not in ITEM_STOPS:
            j += 1
        if j - k < 2 or (j < n and j - k >= LIST_ITEM_MAX and doc.words[j] not in ITEM_ENDS):
            return None  # one word, or a run too long to be a name (a clause)
        if any(w.lower() in ITEM_ASPECT for w in doc.words[k + 1:j + 1]) or _opens_on_head(doc, k, j, heads):
            return None  # a clause of the recipient ("Công ty cũng xuất khẩu …", "Công ty được vinh danh …")
        return k, j, k, j, j


def _nominated(doc, s) -> bool:
    """A nomination cue (NOMINATION_CUES: "đề cử", "tranh giải") stands before the prize head at ``s`` in its clause
    ("nhận được nhiều đề cử tại các giải thưởng lớn như …")."""
    lo = s
    while lo > 0 and s - lo < SENTENCE_BACK and doc.words[lo - 1] not in TAIL_ENDS:
        lo -= 1
    text = " " + " ".join(doc.words[lo:s]).lower() + " "
    return any(f" {c} " in text for c in NOMINATION_CUES)


def _opens_on_head(doc, k, j, heads) -> bool:
    """The unquoted item ``k:j`` opens on one of the recipient's unit ``heads`` and writes no capital after it
    ("Công ty được vinh danh", a clause of the recipient; "Ngân hàng số tốt nhất Việt Nam" is a prize)."""
    for L in (1, 2, 3):
        if k + L <= j and span_text(doc, k, k + L).lower() in heads:
            return not any(is_cap(w) for w in doc.words[k + L:j])
    return False


def _past_item_tail(doc, k) -> int:
    """Where a prize list's next item starts after an item ending at ``k``: past the separators (",", ";", "và"),
    or past a descriptor up to the next ";" within ITEM_TAIL_MAX tokens; ``k`` itself (the list ends) else."""
    n = len(doc)
    if k < n and doc.words[k] not in (",", ";", "và"):
        j = next((i for i in range(k, min(n, k + ITEM_TAIL_MAX)) if doc.words[i] in (";", ".", "\n")), None)
        if j is None or doc.words[j] != ";":
            return k
        k = j
    while k < n and doc.words[k] in (",", ";", "và"):
        k += 1
    return k
