"""Counted recipients ("hai sinh viên", "45 trường hợp"): the persons a nearby sentence names for a counted subject
or object with the same count and noun, and counts that stand where a name would.
"""
from __future__ import annotations

import bisect
from itertools import compress

from ..gazetteer import section
from .base import LOWERED, WordTest
from .conferral_words import ADDRESS, COUNT_WORDS

#: word -> True when it may write a count: one or two digits, or a number word of ``COUNT_WORDS`` in any letter case
#: (the tokens of a stretch that may, found by a C-level scan: ``compress`` over the words' look-ups)
COUNT_WORD = WordTest(lambda word: (word.isdigit() and len(word) < 3) or word.lower() in COUNT_WORDS)
#: word -> True when it is "được" in any letter case
_DUOC = WordTest(lambda word: word.lower() == "được")
#: words of a counted phrase that name no kind of person ("hai … đã được", "các")
COUNT_STOP = {"được", "đã", "đều", "cùng", "các", "những", "này", "đó", "khác", "người", "vừa", "cũng", "năm", "trên"}
#: nouns of a counted group of recipients ("45 trường hợp", "20 cá nhân"; compiled by sovang from press usage)
COUNT_NOUNS = {"trường hợp", "cá nhân", "tập thể", "người", "đơn vị", "nghệ sĩ", "cán bộ", "học sinh", "em",
               "giáo viên", "đồng chí", "chiến sĩ", "hộ", "gia đình", "doanh nghiệp", "tác giả", "công trình",
               "nhà giáo", "thầy thuốc", "hồ sơ", "đảng viên", "sinh viên", "vận động viên", "công dân"}
#: words making a plural group of a noun of COUNT_NOUNS ("các tập thể", "nhiều cá nhân", "những đơn vị"; _count_between)
PLURAL_QUANTIFIERS = frozenset(section("group_words.txt", "# Plural quantifiers"))
#: words joining a group to the name right before it as a co-subject ("X và các đơn vị thành viên", "X cùng nhiều
#: tập thể"; _count_between)
CO_SUBJECT_JOINERS = frozenset(section("coordinators.txt", "# Coordinators") + section("coordinators.txt", "# Comitatives"))


class CountedRecipients:
    """Counted recipients; mixed into :class:`~extractors.components.conferrals.ConferralLinker`."""

    def _counted_subject(self, d, ss, a, cues):
        """The subject of the receive verb (or "được") before award ``a`` when it is a counted group ("hai cựu sinh
        viên … đã được trao A", "hai sinh viên trên được Chủ tịch UBND tỉnh tặng A"): the persons a nearby sentence
        names with the same count and noun (:meth:`_counted_names`); [] otherwise."""
        p = max([c[0] for c in cues if c[2] == "receive" and ss <= c[0] < a.start] +
                list(compress(range(ss, a.start), map(_DUOC.__getitem__, d.words[ss:a.start]))), default=None)
        return [] if p is None else self._counted_names(d, max(ss, p - 16), p, ss)

    def _counted_object(self, d, a, se):
        """The persons a nearby sentence names for the counted group after "cho" that follows award ``a`` in its
        clause ("tặng bằng khen … cho hai ông": :meth:`_counted_names`); [] otherwise."""
        k = a.end
        while k < se and k - a.end < 12 and d.words[k] not in (".", ";") and d.words[k].lower() != "cho":
            k += 1
        if not (k < se and d.words[k].lower() == "cho"):
            return []
        return self._counted_names(d, k + 1, min(se, k + 3), self._idx.sentence(a.start)[0])

    def _counted_names(self, d, lo, hi, ss, taken=()):
        """A counted group written in [lo, hi) ("2 bạn cùng xóm", "hai sinh viên trên": a number from two to ten
        and lower-case noun words) whose members a sentence near the one starting at ``ss`` names with the same
        count and noun ("… cùng hai bạn là A và B", "2 sinh viên được khen thưởng gồm: A và B"): those persons,
        exactly as many as counted; [] when none (see :meth:`_group_named`)."""
        for q in compress(range(lo, hi - 1), map(COUNT_WORD.__getitem__, d.words[lo:hi - 1])):
            w = d.words[q].lower()
            n = COUNT_WORDS.get(w) or (int(w) if w.isdigit() and len(w) < 3 else None)
            if q in taken or n is None or not 2 <= n <= 10:
                continue
            k = q + 1
            while k < min(hi, q + 4) and d.words[k].isalpha() and d.words[k].islower():
                k += 1
            nouns = {t.lower() for t in d.words[q + 1:k]} - COUNT_STOP
            if nouns:
                got = self._group_named(d, n, nouns, ss)
                if got:
                    return got
        return []

    def _group_named(self, d, n, nouns, ss):
        """The ``n`` persons a sentence near the one starting at ``ss`` (four either side, nearest first) names as
        "<n> <noun words> là|gồm|: A và B", the noun words sharing two of ``nouns`` (one when either side has
        only one: "hai bạn"); [] when none."""
        idx = self._idx
        k = bisect.bisect_right(idx.starts, ss) - 1
        order = sorted((j for j in range(k - 4, k + 5) if 0 <= j < len(idx.sents) and j != k),
                       key=lambda j: (abs(j - k), j < k))
        if self._named_groups_at is None:
            # sentence index -> its counted groups written before names (_named_groups), found once per sentence
            # (the nouns and the count asked of them differ from call to call; where the groups stand does not)
            self._named_groups_at = {}
        for j in order:
            ns, ne = idx.sents[j]
            groups = self._named_groups_at.get(j)
            if groups is None:
                groups = self._named_groups_at[j] = self._named_groups(d, ns, ne)
            if not groups:
                continue
            _, ents, _ = idx.local(ns, ne)
            for q, m, other in groups:
                if len(nouns & other) < min(2, len(nouns), len(other)) or not nouns & other:
                    continue
                w = d.words[q].lower()
                if COUNT_WORDS.get(w) != n and not (w.isdigit() and int(w) == n):
                    continue
                first = next((x for x in ents if x.kind == "person" and m + 1 <= x.start <= m + 3 and
                              all(t.lower() in ADDRESS or t == ":" for t in d.words[m + 1:x.start])), None)
                if first is None:
                    continue
                people_ = [x for x in ents if x.kind == "person"]  # (a unit in an aside is no list member)
                names = self._coordinated(d, people_, first, ne)
                if len(names) == n:
                    return names
        return []

    def _named_groups(self, d, ns, ne) -> list:
        """The counted groups of the sentence [ns, ne) written right before names: (q, m, other) for each count word
        at q (COUNT_WORD) followed within six words by "là", "gồm" or ":" at m ("2 sinh viên được khen thưởng gồm:
        A và B"), or by address words and a person's name opening two or three words after it ("cho 2 ông A và B";
        m the last word before the name); ``other`` the group's lower-case noun words between (less COUNT_STOP).
        Read by :meth:`_group_named`, once per sentence."""
        words = d.words
        _, ents, _ = self._idx.local(ns, ne)
        person_at = {x.start for x in ents if x.kind == "person"}
        out = []
        for q in compress(range(ns, ne - 3), map(COUNT_WORD.__getitem__, words[ns:ne - 3])):
            m = next((j for j in range(q + 2, min(ne, q + 7)) if LOWERED[words[j]] in ("là", "gồm", ":")), None)
            if m is None:
                if q + 2 not in person_at and q + 3 not in person_at:
                    continue  # (no name opens two or three words after the count)
                # "cho 2 ông A và B", "hai em A và B": the count and an address word right before the names
                x = next((x for x in ents if x.kind == "person" and q + 2 <= x.start <= q + 3), None)
                if x is None or not all(t.lower() in ADDRESS for t in words[q + 1:x.start]):
                    continue
                other = {t.lower() for t in words[q + 1:x.start]} - COUNT_STOP
                m = x.start - 1
            else:
                other = {t.lower() for t in words[q + 1:m] if t.isalpha()} - COUNT_STOP
            out.append((q, m, other))
        return out

    @staticmethod
    def _count_between(d, lo, hi) -> bool:
        """A counted group stands in [lo, hi) ("X đã lấy ý kiến 45 trường hợp … được đề nghị"), or a plural one
        (PLURAL_QUANTIFIERS: "Công ty X tổ chức hội nghị, vinh danh các tập thể, cá nhân … được trao tặng …", "X có
        nhiều cá nhân được tặng …"): the group, not the name before it, is the subject of the verb at ``hi``. A
        group the name belongs to ("X là một trong 20 cá nhân …", "X là một trong những đơn vị …") leaves the name
        a subject, and so does a plural group joined right to the name by a word of CO_SUBJECT_JOINERS ("X và các
        đơn vị thành viên được tặng …", "X cùng nhiều tập thể, cá nhân được …": co-subjects, the name receives too)."""
        for q in range(lo, hi - 1):
            w = LOWERED[d.words[q]]
            if w in PLURAL_QUANTIFIERS and q > lo and all(t.lower() in CO_SUBJECT_JOINERS for t in d.words[lo:q]):
                continue
            if (d.words[q].isdigit() or w in PLURAL_QUANTIFIERS) and d.words[q - 1].lower() != "trong":
                nxt = d.words[q + 1].lower()
                two = nxt + " " + d.words[q + 2].lower() if q + 2 < hi else ""
                if nxt in COUNT_NOUNS or two in COUNT_NOUNS:
                    return True
        return False
