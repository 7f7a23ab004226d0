"""Persons written short: a pronoun or an address word standing for the last person named, a surname or one syllable
of a name written in full elsewhere in the document ("ông Obama", "anh Trung"), and names known elsewhere.
"""
from __future__ import annotations

import bisect

from ..gazetteer import table, word_list
from .base import LOWERED, Ent, is_cap, opens_unit_head
from .conferral_words import ADDRESS, FRONTING, PRONOUNS, QUOTES, adverbs_start

#: words opening a fronted phrase past whose comma a short name is read ("Nhờ màn trình diễn …, Quang Hải đạt …"):
#: the clause openers and the prepositions "tại", "trong" of conferral_words.TIME_FRONT (fronted_openers.txt)
SHORT_NAME_FRONTS = FRONTING | {"tại", "trong"}
#: the sex an address word speaks of a person with ("ông": male, "bà": female; ``address_genders.tsv``)
ADDRESS_SEX = {w: sex for w, sex in table("address_genders.tsv")}
#: tokens after which a word opens a clause, where a name written short is a subject ("…, Schneider đã …")
SUBJECT_BREAKS = {".", "!", "?", ",", ";", ":", "\n"}
#: conjunctions after which a pronoun is the subject of its own clause (clause_conjunctions.txt,
#: :meth:`References._pronoun_resumes`)
CLAUSE_CONJUNCTIONS = frozenset(word_list("clause_conjunctions.txt"))


class References:
    """Short references to persons; mixed into :class:`~extractors.components.conferrals.ConferralLinker`."""

    def _pronoun_referent(self, d, lo, pron):
        """The person a pronoun subject at ``lo`` stands for: the last person named before, passing over
        (up to three) persons whose own sentence uses the same pronoun for someone else ("Thủ tướng B đã
        giao trâu cho ông chăm sóc. … ông được phong …": "ông" is not B)."""
        prev = self._person_before(d, lo)
        if prev is None or pron is None:
            return prev
        later = self._short_mention_after(d, prev, lo, pron)
        if later is not None:
            return later  # "… cùng Phạm Tuân … Gorbatko đã nhiều lần đến … mà ông được trao tặng …": Gorbatko
        if self._sex_disagrees(d, prev.text, pron):
            prev = self._earlier_person(d, prev, pron)  # "Bà Lan … Ông Minh là hàng xóm. Bà được …": Lan
            if prev is None:
                return None
        pron = pron.lower()
        cand = prev
        for _ in range(3):
            ss, se = self._idx.sentence(cand.start)
            other = any(LOWERED[d.words[j]] == pron and d.words[j + 1][:1].islower() and
                        not (cand.start - 2 <= j < cand.end) and not self._pronoun_resumes(d, cand, j)
                        for j in range(ss, min(se, lo) - 1))
            if not other:
                return cand
            cand = self._earlier_person(d, cand, pron)
            if cand is None:
                break
        return prev

    @staticmethod
    def _pronoun_resumes(d, cand, j) -> bool:
        """The pronoun at ``j``, after person ``cand`` in that person's sentence, opens a clause of its own
        after a conjunction (CLAUSE_CONJUNCTIONS: "Nhà giáo A là … khi ông được đưa vào …", "A …, nhưng ông vẫn
        …"), so it speaks of the sentence's person again, not of someone else as an object does ("Thủ tướng B đã
        giao trâu cho ông chăm sóc").  After a bare comma it does not: "Năm 1977, khi … tặng Thủ tướng B, ông
        chuyển …" opens the main clause after a fronted one that named B."""
        return cand.start < j and d.words[j - 1].lower() in CLAUSE_CONJUNCTIONS

    def _earlier_person(self, d, cand, pron):
        """The last person named before person ``cand`` under another name, passing over those the document
        addresses with a word of the other sex than the pronoun ``pron`` (:meth:`_sex_disagrees`); None when there
        is none."""
        k = bisect.bisect_left(self._person_starts, cand.start) - 1
        while k >= 0 and (self._persons[k].text == cand.text or self._persons[k].end > cand.start or
                          self._sex_disagrees(d, self._persons[k].text, pron)):
            k -= 1
        return self._persons[k] if k >= 0 else None

    #: tokens looked back over, from a pronoun, for a person's name written short (:meth:`_short_mention_after`)
    SHORT_MENTION_REACH = 120

    def _short_mention_after(self, d, prev, lo, pron=None):
        """The last person written short between the person ``prev`` and token ``lo``, when that person is not
        ``prev``; else None.  A short mention is one capitalised syllable ending exactly one longer name written
        before it ("Gorbatko" for "Viktor Vaxilievich Gorbatko") as the subject of its clause: opening a sentence
        or written after a comma (SUBJECT_BREAKS), a lower-case word after it ("…, Gorbatko đã …"), not in a
        dictionary word with it ("An toàn"); a syllable after a noun ("ở miền Nam", "phía Bắc") or in a
        capitalised run is none.  The person must agree in sex with the pronoun ``pron`` (ADDRESS_SEX) when the
        document addresses him or her with a word of a sex ("Bà Trần Thị Lan … Lan kể … ông được tặng": not
        Lan)."""
        for i in range(lo - 1, max(prev.end, lo - self.SHORT_MENTION_REACH) - 1, -1):
            w = d.words[i]
            if not (is_cap(w) and w.isalpha()) or w in PRONOUNS or i + 1 >= len(d.words) or \
                    not (d.words[i + 1].isalpha() and d.words[i + 1].islower()) or \
                    (w + " " + d.words[i + 1]).lower() in self.words or \
                    not (i == 0 or d.words[i - 1] in SUBJECT_BREAKS or self._idx.sentence(i)[0] == i):
                continue
            full = {q.text for q in self._by_last.get(w, ()) if q.end <= i and len(q.text.split()) > 1}
            if len(full) == 1 and full != {prev.text}:
                name = full.pop()
                if self._sex_disagrees(d, name, pron):
                    continue
                return Ent("person", i, i + 1, name, {"kind": "short"})
        return None

    def _sex_disagrees(self, d, name, pron) -> bool:
        """The pronoun ``pron`` speaks of one sex (ADDRESS_SEX) and the document addresses the person ``name``
        with a word of the other one, right before a mention in full ("Bà Trần Thị Lan")."""
        sex = ADDRESS_SEX.get((pron or "").lower())
        if sex is None:
            return False
        said = {ADDRESS_SEX.get(d.words[q.start - 1].lower()) for q in self._persons if q.text == name and q.start}
        return bool(said - {None, sex})

    def _person_before(self, d, lo):
        """The last person named (ending) before token ``lo``, found by bisection."""
        persons = self._persons
        k = bisect.bisect_left(self._person_starts, lo) - 1
        while k >= 0 and (persons[k].end > lo or self._in_compound_word(d, persons[k])):
            k -= 1
        return persons[k] if k >= 0 else None

    def _in_compound_word(self, d, p) -> bool:
        """A one-syllable "name" that is the first half of a common word ("Vì an ninh Tổ quốc"): no person."""
        if p.end - p.start != 1 or p.end >= len(d.words):
            return False
        return (d.words[p.start] + " " + d.words[p.end]).lower() in self.words

    def _known_name_at(self, d, i, se):
        """A person the document names elsewhere, written at token ``i`` (its words exactly), else None."""
        if not is_cap(d.words[i]):
            return None
        if self._names_by_first is None:
            self._names_by_first = {}
            for p in self._persons:
                w = tuple(p.text.split())
                if len(w) >= 2:
                    self._names_by_first.setdefault(w[0], set()).add(w)
        for w in sorted(self._names_by_first.get(d.words[i], ()), key=len, reverse=True):
            if i + len(w) <= se and tuple(d.words[i:i + len(w)]) == w and \
                    not (i + len(w) < se and is_cap(d.words[i + len(w)])):
                return Ent("person", i, i + len(w), " ".join(w), {"kind": "known"})
        return None

    def _short_subject(self, d, lo, p):
        """A short form of a person's name as the subject before ``p``: at the clause's opening
        (_short_opening), else right before the verb (_short_before_verb); else None."""
        x = self._short_opening(d, lo, p)
        return x if x is not None else self._short_before_verb(d, lo, p)

    def _short_opening(self, d, lo, p):
        """"Moloney sau đó được trao tặng …", "Ông Khánh được tặng …": a clause opening with one capitalised
        syllable (after an optional address word) that ends exactly one full name written before is that
        person; else None."""
        commas = [j for j in range(lo, p) if d.words[j] == ","]
        if commas and d.words[lo].lower() in SHORT_NAME_FRONTS:
            lo = commas[0] + 1  # "Nhờ màn trình diễn ấn tượng, Quang Hải đạt …": past a fronted phrase
        i = lo + (d.words[lo].lower() in ADDRESS and lo + 1 < p)
        if i >= p or not is_cap(d.words[i]) or (d.words[i] in PRONOUNS and i == lo):
            return None  # (after an address word a pronoun's syllable is a name: "Bà Anh nhận …")
        n = 2 if i + 1 < p and is_cap(d.words[i + 1]) else 1  # "Quang Hải": the end of "Nguyễn Quang Hải"
        if i + n < p and is_cap(d.words[i + n]):
            return None
        words = tuple(d.words[i:i + n])
        full = {q.text for q in self._by_last.get(words[-1], ()) if q.end <= lo
                and tuple(q.text.split()[-n:]) == words and len(q.text.split()) > n}
        if len(full) != 1:
            return None
        x = Ent("person", i, i + n, full.pop(), {"kind": "short"})
        return None if self._speaker(d, x, p) else x  # "Ông Ngữ cho biết, … nhận huân chương"

    def _short_before_verb(self, d, lo, p):
        """The subject written right before the receiving verb at ``p`` (adverbs between) when the clause opens
        on something else: a fronted time ("Năm 1943, Pavlichenko được trao …"), a copula ("Đại diện của Việt
        Nam là Khả Trang đã được trao …"), a causative ("giúp Mỹ Duyên có được danh hiệu …"). One or two
        capitalised syllables, with no capitalised word before them, that end exactly one longer person name
        written earlier in the document are that person; else None."""
        j = adverbs_start(d.words, lo, p)
        if j > lo and d.words[j - 1].lower() == "có" and d.words[p].lower() == "được":
            j -= 1  # "có được danh hiệu": "có được" is the verb
        for n in (2, 1):
            i = j - n
            if i < lo or not all(is_cap(w) and w.isalpha() for w in d.words[i:j]):
                continue
            if i > lo and (is_cap(d.words[i - 1]) or d.words[i - 1] in QUOTES):
                return None  # part of a longer capitalised run: the person finder's business
            if i == lo or d.words[i].lower() in PRONOUNS or i in self._in_title:
                return None  # a clause opening on the name is _short_subject's case; "Em", a title: not a name
            words = tuple(d.words[i:j])
            full = {q.text for q in self._by_last.get(words[-1], ()) if q.end <= lo
                    and tuple(q.text.split()[-n:]) == words and len(q.text.split()) > n}
            if len(full) != 1:
                return None
            x = Ent("person", i, j, full.pop(), {"kind": "short"})
            return None if self._speaker(d, x, p) else x
        return None

    def _short_name(self, d, start, se):
        """"… truy tặng anh Trung": an address word and one capitalised syllable name the person written in
        full earlier ("Hồ Sỹ Trung"), when exactly one such full name ends with that syllable."""
        if start + 1 >= se or d.words[start].lower() not in ADDRESS or not is_cap(d.words[start + 1]):
            return None
        if start + 2 < se and is_cap(d.words[start + 2]):
            return None
        full = {p.text for p in self._by_last.get(d.words[start + 1], ()) if p.end <= start}
        if len(full) != 1:
            return None
        return Ent("person", start + 1, start + 2, full.pop(), {"kind": "short"})

    def _short_form(self, d, start, stop):
        """"trao Huân chương Hữu nghị cho Putin", "… cho ông Obama": one or two capitalised syllables after
        "cho" (an address word or a title may stand first) that end exactly one full name of the document,
        written before or after ("Vladimir Putin"), and are followed by no other capitalised word."""
        i = start
        while i < stop and (d.words[i].lower() in ADDRESS or i in self._in_title):
            i += 1
        for n in (2, 1):
            j = i + n
            if j > stop or not all(is_cap(w) and w.isalpha() for w in d.words[i:j]) or \
                    (j < len(d.words) and is_cap(d.words[j])) or opens_unit_head(d.words, j - 1, self.lex.unit_heads):
                continue  # ("cho Trung tâm …": a centre, no "Lê Văn Trung")
            tail = tuple(d.words[i:j])
            full = {p.text for p in self._by_last.get(tail[-1], ())
                    if tuple(p.text.split()[-n:]) == tail and len(p.text.split()) > n}
            if len(full) == 1:
                return Ent("person", i, j, full.pop(), {"kind": "short"})
        return None
