"""A name written in sentence case whose field goes on after "và" in lower case ("Trung tâm Quản lý và điều hành
giao thông đô thị", "Ngân hàng TMCP Đầu tư và phát triển Việt Nam", "Chi cục Chăn nuôi và thú y tỉnh Đồng Nai"):
the head, one capitalised dictionary word, then "và" and the rest of the field, all one name.
"""
from __future__ import annotations

from ..gazetteer import unit_fields
from .base import LOWERED, is_cap, span_text
from .conferral_subjects import PLACE_COMMUNITIES
from .unit_words import LEVELS, NO_SANDWICH, STOP

#: the ministries' fields of one word (``ministry_fields.txt``: "y tế", "tài chính", "nội vụ"), lower case: a body
#: named by one of them is whole ("Sở Y tế | và bệnh viện …", "Bộ Tài chính | và ngân hàng …"); what follows "và"
#: is a second party, not the rest of its field
WHOLE_FIELDS = frozenset(f.lower() for f in unit_fields("ministry_fields.txt") if f.count(" ") == 1)
#: the kinds of heads (``unit_types.tsv``) named by no such field: a group ("nhóm Hàng ăn | và dịch vụ ăn uống": a
#: group of goods in a price index, not a body)
UNJOINED_KINDS = {"group"}
#: the marks a joined field may close on, as the name's end or before its acronym ("(BIDV)"); a blank token (a line's
#: end) closes it too (``not nxt.strip()`` in :meth:`JoinedTails._joined_lower_field`)
FIELD_CLOSES = frozenset({",", ".", "(", ")", ";", ":", "-", "–"})
#: the kind of the words of ``honorifics.tsv`` that address a person ("đồng chí", "ông"): persons follow them
ADDRESS = "address"
#: the most lower-case syllables read after "và"
MOST_SYLLABLES = 10


class JoinedTails:
    """Sentence-case fields joined by "và"; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _joined_lower_field(self, doc, start, end, i, kind) -> int | None:
        """End of the lower-case rest of a field joined by the "và" at token i, the head [start, end) of ``kind``
        (none of :data:`UNJOINED_KINDS`).

        The name so far is the head, perhaps an enterprise's legal forms (``company_forms.txt``) or a short
        acronym of them ("TMCP"), then one capitalised two-syllable dictionary word that no ministry's field is
        alone ("Quản lý", "Đầu tư", "Chăn nuôi"; not "Y tế": :data:`WHOLE_FIELDS`), and the name is not a listed body
        whole by itself ("Hội Nông dân | và nhân dân tỉnh …": :meth:`_closed_name`).  After "và": two-syllable
        dictionary words in lower case, no verb of the clause (``self.words_verbs``), unit's head nor persons
        (:meth:`_persons_at`), perhaps
        with single syllables between them (at most :data:`MOST_SYLLABLES` syllables), that close on a mark
        (:data:`FIELD_CLOSES`), a capitalised word (the body's name or place) or a place level before one.
        Returns the token after the run, where the name's loop goes on; None when the words are not so ("Ngân
        hàng Nhà nước | và các tổ chức tín dụng", "Chi cục Hải quan | và tương đương có …": a clause goes on)."""
        if kind in UNJOINED_KINDS:
            return None
        w, n = doc.words, len(doc)
        k = self._legal_form_end(doc, end)
        if k < i and w[k].isupper() and w[k].isalpha() and len(w[k]) <= 4 and k + 3 == i:
            k += 1  # ("Ngân hàng TMCP | Đầu tư")
        if k + 2 != i or not is_cap(w[k]) or not w[k + 1].islower():
            return None
        field = LOWERED[w[k]] + " " + w[k + 1]
        if field not in self.words or field in self.words_verbs or field in WHOLE_FIELDS or \
                span_text(doc, k, i) in self.lex.places or self._closed_name(doc, start, i):
            return None
        j = i + 1
        if j >= n or self._starts_unit(doc, j) or self._persons_at(doc, j):
            return None  # ("Sở Giáo dục | và trường …": a second body; "Hội Nông dân | và nhân dân tỉnh …", "Ban
            # Huấn luyện | và cầu thủ …": persons)
        last_pair = None
        while j + 1 < n and j - i <= MOST_SYLLABLES and w[j].isalpha() and w[j].islower():
            pair = w[j] + " " + w[j + 1]
            if w[j] not in NO_SANDWICH and w[j] not in LEVELS and w[j + 1].islower() and pair in self.words \
                    and pair not in self.words_verbs:
                j += 2
                last_pair = j
                continue
            if last_pair == j and w[j] not in STOP and w[j] not in NO_SANDWICH and w[j] not in LEVELS and \
                    j + 2 < n and (w[j + 1] + " " + w[j + 2]) in self.words:
                j += 1  # ("kinh doanh | vốn | nhà nước")
                continue
            break
        if last_pair is None or j != last_pair or j >= n:
            return None
        nxt = w[j]
        if nxt in FIELD_CLOSES or not nxt.strip() or is_cap(nxt) or \
                (nxt in LEVELS and j + 1 < n and is_cap(w[j + 1])):
            return j
        return None

    def _persons_at(self, doc, j) -> bool:
        """Persons are written from token j: a place's people (``place_communities.txt``: "nhân dân"), an address
        word of ``honorifics.tsv`` ("đồng chí") or a title of persons (:meth:`_title_of_persons`); not a role word of
        ``honorifics.tsv`` alone, a field's word too ("bảo vệ": a guard, and "bảo vệ thực vật")."""
        w = doc.words
        pair = " ".join(w[j:j + 2])
        return any(tuple(w[j:j + len(c)]) == c for c in PLACE_COMMUNITIES if c[0] == w[j]) or \
            ADDRESS in (self.lex.honorifics.get(w[j]), self.lex.honorifics.get(pair)) or self._title_of_persons(doc, j)

    def _title_of_persons(self, doc, j) -> bool:
        """A position title (``positions.txt``) at token j names persons: a name or a unit follows it ("cầu thủ |
        đội tuyển U22", "giám đốc | Nguyễn …"); a title word before a lower-case word is a field's ("bảo vệ | thực
        vật", "cán bộ | quản lý")."""
        if not self._starts_title(doc, j):
            return False
        w = doc.words
        k = j + 2 if j + 1 < len(w) and LOWERED[w[j]] + " " + LOWERED[w[j + 1]] in self.titles else j + 1
        return k < len(w) and (is_cap(w[k]) or self._starts_unit(doc, k))
