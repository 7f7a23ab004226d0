"""A foreign holder's name written right after the body of his title closes the body's name.

The press writes a foreign office-holder as title, body, name, with nothing between ("Chủ tịch Ủy ban Tình báo Thượng
viện | <Given Surname> nói", "Thứ trưởng Bộ Quốc phòng | <Given Surname> cho biết", "Chủ tịch Hạ viện Mỹ | <Given
Surname>"): the Vietnamese rules end a name before a Vietnamese holder by his surname (``surnames.txt``) and before
any holder after a place (``unit_places._place_ends``), but a foreign name after a body's own words ran into the
body's name, which then left its holder out of the officials.  Observed in bulk news (vi_news_50k, session 42: 4 of
the 1,200 stories of bulk600 and bulk600b, 106 of a pool of 300 stories holding a title, a body and a foreign name).

The chamber look-ups (:func:`chamber_at`, :func:`chamber_before`, :data:`CHAMBER_FIRSTS`) are also read by the persons
component, which reads the holder after "<title> Hạ viện" as a person.
"""
from __future__ import annotations

from ..foreign import designators, is_common_noun, is_foreign_word, organisation_words, product_makers
from ..gazetteer import word_list
from .base import is_cap, span_text, title_case

#: the fewest and most words of a holder's name (given name and surname, up to two middle names between)
HOLDER_WORDS = (2, 4)
#: chambers of foreign legislatures whose head alone is the body of a title, so that a holder's name may follow it
#: with no name of the body between ("Chủ tịch Hạ viện | <Given Surname>"; ``chambers.txt``), lower-case
CHAMBERS = frozenset(word_list("chambers.txt"))
#: the most words of a chamber's name
CHAMBER_WORDS = max(len(c.split()) for c in CHAMBERS)
#: the first words of the chambers, lower-case (a token opens none unless it is one of them: one set look-up)
CHAMBER_FIRSTS = frozenset(c.split()[0] for c in CHAMBERS)
#: the longest place (in words) looked up right before the holder's name or across its start
PLACE_WORDS = 3
#: kinds of body (``unit_types.tsv``) whose names are often a person's name or two ("Công ty dịch vụ năng lượng Baker
#: Hughes", "Ngân hàng đầu tư Goldman Sachs"): a holder's name ends one only after a place
NAMED_BY_PERSONS = {"company"}


def chamber_before(words, k) -> bool:
    """A chamber of ``CHAMBERS`` ends right before token ``k`` ("Chủ tịch Hạ viện | <Given Surname>")."""
    return any(k - L >= 0 and " ".join(words[k - L:k]).lower() in CHAMBERS for L in range(1, CHAMBER_WORDS + 1))


def chamber_at(words, k) -> int:
    """The number of words of a chamber of ``CHAMBERS`` written from token ``k`` on, 0 when none is."""
    return next((L for L in range(CHAMBER_WORDS, 0, -1) if " ".join(words[k:k + L]).lower() in CHAMBERS), 0)


class Holders:
    """The foreign holder after his title's body; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _foreign_holder_at(self, doc, start, end, i, named, kind) -> bool:
        """A foreign person's full name starts at token ``i`` inside the name of the body whose head opens at
        ``start`` and ends at ``end``, and a position title (``positions.txt``) ends right before that head: the
        body's name ends before token ``i``.  The name is the whole capitalised run from ``i`` (:data:`HOLDER_WORDS`
        words of one capital each, no capitalised word after it, its last word no first syllable of a dictionary word
        going on in lower case: "Duma Quốc | gia"), at least half its words foreign (:func:`is_foreign_word`), none a
        designator, a common noun's ending, an honorific or a place, and no maker's name opening it.  The body has a
        name of its own before it (``named``), or its head alone names it (a chamber of :data:`CHAMBERS`); that name
        ends on a place ("Hội đồng Lập pháp Hong Kong | <Given Surname>"), or on a word no foreign name continues: a
        lower-case word, an acronym or a syllable with its tone marks ("Bộ Quốc phòng | <Given Surname>"; not "Bộ
        Tài chính <Surname> | <Given> <Given>", one name written surname first), and no place runs across token ``i``
        ("Bộ Ngoại giao Ấn | Độ …").
        A company's name after its field is often a person's or two ("Công ty dịch vụ năng lượng Baker Hughes"): only
        a place ends one (:data:`NAMED_BY_PERSONS`)."""
        words = doc.words
        n = len(words)
        if not title_case(words[i]):
            return False  # (the common case for a Vietnamese name: a syllable with its tone marks, one test)
        if not self._after_title(doc, start):
            return False  # (asked first, as it decides last: most bodies follow no title, and the tests below walk
            # the name; every test is a pure one, so the answer is the same in any order)
        chamber = not named and i - start <= CHAMBER_WORDS and chamber_before(words, i)
        if not (named or chamber):
            return False
        j = i
        while j < n and j - i < HOLDER_WORDS[1] + 1 and title_case(words[j]):
            j += 1
        if not HOLDER_WORDS[0] <= j - i <= HOLDER_WORDS[1] or (j < n and (is_cap(words[j]) or (
                words[j].islower() and f"{words[j - 1].lower()} {words[j]}" in self.words))):
            return False
        run = words[i:j]
        if sum(map(is_foreign_word, run)) * 2 < len(run) or run[0] in product_makers() or run[0] in self.lex.honorifics:
            return False
        if any(w in designators() or w in organisation_words() or is_common_noun(w) for w in run):
            return False
        places = self.lex.places
        if any(w in places for w in run) or any(span_text(doc, a, b) in places
                                                 for a in range(max(start, i - PLACE_WORDS + 1), i + 1)
                                                 for b in range(i + 1, min(n, a + PLACE_WORDS) + 1) if b - a >= 2):
            return False  # ("Ấn | Độ Gopal …", "Hong Kong | Andrew …": a place, not the name)
        if not chamber:
            if not any(is_cap(words[k]) for k in range(end, i)):
                return False
            prev = words[i - 1]
            placed = any(span_text(doc, i - L, i) in places for L in range(1, PLACE_WORDS + 1) if i - L > start)
            if not placed and (kind in NAMED_BY_PERSONS or (title_case(prev) and prev.isascii())):
                return False
        return True
