"""``sovang_collectives``: named collectives without a Vietnamese unit-type head.

News name many collectives bare or after a classifier noun rather than a unit-type head (``unit_types.tsv``):
newspapers and channels ("tờ The Sun", "kênh VTV6", "theo Telegraph"), bands ("ban nhạc Maroon 5"), sports teams
("tuyển Bồ Đào Nha", "U20 Bồ Đào Nha", "Man Utd"), foreign companies and brands ("hãng hàng không Vietjet",
"Canon"). GUIDELINES.md counts every named collective.  This component runs after ``sovang_units`` and
``sovang_awards`` and adds such units to ``st["unit"]`` and ``doc.spans["unit"]`` as :class:`Ent` records shaped like
those of ``sovang_units`` (``info``: ``kind``, ``head_end``, ``listed``), so persons, officials, conferrals and the
export treat them as units.  Three sources, all in ``corpora/gazetteers/``:

* ``collective_classifiers.tsv``: a classifier followed by a capitalised name (written with or without the classifier),
  and a company classifier with a business field of ``company_fields.txt`` before a foreign firm's name;
* ``collectives_named.txt``: well-known names matched bare, as a whole capitalised run;
* ``english_body_heads.txt``: a capitalised run closed by an English body's head ("Kaspersky Lab", "Bank of America";
  :mod:`~extractors.components.english_bodies`).

Nothing is added where a unit, an award or a photo credit already lies.
"""
from __future__ import annotations

import bisect
import re

from spacy.language import Language

from ..foreign import designators, is_foreign_word
from ..gazetteer import dictionary_words, section, table, word_list
from ..sports import placed, sports_story, sports_team_set, sports_teams
from .base import Ent, fullest, is_cap, lexicon, longest_first, phrase_matcher, set_spans, span_text, state, toks
from .conferral_words import _opening
from .english_bodies import HEADS, TITLES, english_bodies
from .unit_words import AGE_TEAM, FOREIGN_WORD, collective_classifiers
from .units import UnitRecognizer

#: most tokens of a name after a classifier ("Paris Saint - Germain", "Gazzetta dello Sport")
MAX_NAME = 6
#: an age-group team's code as text (unit_words.AGE_TEAM; written "U -23" by some papers: the tokens "U", "-", "23")
AGE_TEAM_TEXT = re.compile(r"U\d\d(?!\w)")  # (a literal first: the regex engine skips to each "U")
#: words of a line that is a source credit: "Theo X" alone on its line ("Theo TTXVN") is no mention
CREDIT_FIRST = {"Theo", "Nguồn"}
#: connectors inside a name between capitalised words ("Procter & Gamble", "Dong - A Ilbo")
NAME_JOINERS = {"&", "-"}
#: regions written like a place after an age code: a tournament ("giải U23 châu Á"), not a team
REGIONS = {"Đông Nam Á", "Châu Á", "Châu Âu", "Châu Phi", "Châu Mỹ", "Nam Mỹ", "Bắc Mỹ", "Trung Đông", "Thế giới"}
#: {short name: full name} of football clubs whose short name neither opens nor ends their full name ("MU" ->
#: "Manchester United", "Barca" -> "Barcelona"; ``club_aliases.tsv``), read by CollectiveRecognizer._club_aliases
CLUB_ALIASES = {row[0]: row[1] for row in table("club_aliases.tsv")}
#: social networks and video sites (``social_platforms.txt``): a page on one is where a person posts, no unit
SOCIAL_PLATFORMS = frozenset(word_list("social_platforms.txt"))
#: words naming a tournament, within TOURNAMENT_SPAN words before an age team ("Giải bóng đá vô địch U23 …")
TOURNAMENT_WORDS = {"giải", "vck", "vòng"}
TOURNAMENT_SPAN = 5
#: words opening the examples of a classifier written with no name of its own ("các tờ báo Anh như The Sun, Mirror
#: …"), as lower-case word tuples (``collective_list_openers.txt``), longest first
LIST_OPENERS = tuple(sorted((tuple(p.lower().split()) for p in section("collective_list_openers.txt", "# Openers")),
                            key=len, reverse=True))
LIST_OPENER_MAX = len(LIST_OPENERS[0])  # (the words of the longest opener: "chẳng hạn như")
#: quantifiers of many right before such a classifier ("các", "hàng loạt"), as lower-case word tuples, and their
#: lengths in words, shortest first
LIST_PLURALS = frozenset(tuple(p.lower().split()) for p in section("collective_list_openers.txt", "# Plurals"))
LIST_PLURAL_LENGTHS = tuple(sorted({len(p) for p in LIST_PLURALS}))
#: demonstratives that make the classifier point back to bodies named before ("các CLB này như …": their players)
LIST_POINTING_BACK = frozenset(section("collective_list_openers.txt", "# Pointing back"))
#: the most words between such a classifier and the opener of its examples: lower-case words and places ("tờ báo
#: danh tiếng của Anh | như"); a longer gap holds another noun the list is of ("đội bóng … chào đón những người mới
#: như Lindelof, …": players)
LIST_GAP = 4
#: words joining the examples after the opener ("A, B và C", "A hay B"; ``collective_list_openers.txt``)
LIST_JOINERS = frozenset(section("collective_list_openers.txt", "# Joiners"))
#: kinds of body that define a foreign name written right before them ("Krystos Logic, một công ty an ninh mạng",
#: "Kaspersky là công ty …"), and the links between the two (a comma, "là"); ``collective_definitions.txt``
DEFINING_NOUNS = section("collective_definitions.txt", "# Nouns")
DEFINING_LINKS = frozenset(section("collective_definitions.txt", "# Links"))
#: what may stand right before such a name: marks and prepositions ("cho | Krystos Logic, một công ty …")
DEFINED_AFTER = frozenset(section("collective_definitions.txt", "# Before"))
#: "one", optional between the link and the defining noun ("…, một công ty …")
ONE = "một"
#: words that end a sentence before a name, so that a capitalised word before it opens the sentence
SENTENCE_ENDS = {".", "!", "?", ":", "\n", "“", "\"", "(", "-", "–"}


def _fullest_ending(texts, name: str) -> str | None:
    """The fullest (:func:`~extractors.components.base.fullest`: the longest, ties in alphabetical order) of ``texts``
    (the names of a document) that is ``name`` or ends with it after a space ("Borussia Dortmund" for "Dortmund", "CLB
    Manchester United" for "Manchester United"); None when none is."""
    return fullest(u for u in texts if u == name or u.endswith(" " + name))


def _acronym(word: str) -> bool:
    """``word`` is an acronym: two letters or more, all capitals ("AV", "IBM")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _foreign_run(words) -> bool:
    """Every word of ``words`` is a foreign word (unit_words.FOREIGN_WORD), an acronym or a joiner of
    ``NAME_JOINERS``, one at least a foreign word, and no joiner at either end ("Krystos Logic", "AV - Test"; not
    "Minh Long", a Vietnamese name, nor "MTTQ" alone, a Vietnamese body's acronym that is part of a longer name)."""
    return all(FOREIGN_WORD(x) or _acronym(x) or x in NAME_JOINERS for x in words) and \
        any(FOREIGN_WORD(x) for x in words) and words[0] not in NAME_JOINERS and words[-1] not in NAME_JOINERS


def _after_plural(words, s) -> bool:
    """A quantifier of many of ``LIST_PLURALS`` (of ``LIST_PLURAL_LENGTHS`` words, any case) ends right before token
    ``s`` ("các | tờ báo", "Hàng loạt | tờ báo")."""
    return any(s >= L and tuple(w.lower() for w in words[s - L:s]) in LIST_PLURALS for L in LIST_PLURAL_LENGTHS)


def _opens_sentence(words, i) -> bool:
    """Token ``i`` opens its sentence: the first token, or one after a mark of ``SENTENCE_ENDS`` or a blank token
    (a line's start)."""
    return i == 0 or words[i - 1] in SENTENCE_ENDS or not words[i - 1].strip()


class CollectiveRecognizer:
    """Adds the units named by a classifier + name or by a well-known bare name (see the module docstring)."""

    def __init__(self, nlp):
        lex = lexicon()
        self.lex = lex
        self.classifiers = collective_classifiers()
        self.classifier_matcher = phrase_matcher(nlp, [" ".join(k) for k in self.classifiers], attr="LOWER",
                                                 case_variants=False)
        self.named = phrase_matcher(nlp, word_list("collectives_named.txt"), case_variants=False)
        self.defining = phrase_matcher(nlp, DEFINING_NOUNS, attr="LOWER", case_variants=False)
        self.teams = phrase_matcher(nlp, sports_teams(), case_variants=False)
        #: the heads of English bodies' names as written, one word each: their matches are where english_bodies looks
        self.english_heads = phrase_matcher(nlp, sorted(HEADS), case_variants=False)
        self.places = lex.places
        self.titles = {" ".join(p.lower().split()[:2]) for p in lex.positions}
        #: written abbreviations of honorifics and roles ("HLV", "NSND", "GS.TS"); a capitalised syllable such as
        #: "Anh" is a name's syllable ("CLB Hoàng Anh Gia Lai")
        self.abbr_honorifics = frozenset(h for h in lex.honorifics if h[1:] != h[1:].lower() or "." in h)
        self.words = dictionary_words()
        #: words that close an English body's name on the left ("Theo Kaspersky Lab", "HĐQT Danko Group", "HLV …")
        self.english_stops = frozenset({x.capitalize() for x in DEFINED_AFTER if x.isalpha()} | set(lex.abbreviations)
                                       | self.abbr_honorifics)

    # --- the name after a classifier -------------------------------------------------------------------------
    def _name_end(self, d, i) -> int:
        """End of the capitalised name starting at token i (i when none): capitalised words, codes ("VTV6",
        "U23"), a number after a word ("Maroon 5") and "&"/"-" between capitalised words; at most MAX_NAME
        tokens, never into a position title ("… Tổng thống …")."""
        w, n = d.words, len(d)
        k = i
        while k < n and k - i < MAX_NAME:
            t = w[k]
            if _glued_full_stop(t):
                break  # "tập đoàn X SpaceX. Elon Musk …": the sentence ends on the word, its stop kept in the token
            if is_cap(t) or (t[:1].isupper() and t.isalnum()):
                if self._starts_title(w, k):
                    break
                k += 1
            elif t.isdigit() and k > i and len(t) <= 3:
                k += 1
                break  # "Maroon 5": a number closes the name
            elif t in NAME_JOINERS and k > i and k + 1 < n and (is_cap(w[k + 1]) or w[k + 1].isdigit()):
                k += 1
            else:
                break
        return k

    def _starts_title(self, w, k) -> bool:
        """A position title or an abbreviated honorific starts at token k ("Tổng thống", "HLV", "Giám đốc")."""
        return w[k] in self.abbr_honorifics or \
            (k + 1 < len(w) and (w[k] + " " + w[k + 1]).lower() in self.titles)

    def _cut_word(self, d, end) -> bool:
        """The name before ``end`` stops inside a word: its last syllable and the lower-case one after it make a
        dictionary word ("kênh Truyền hình Thông | tấn": "Thông tấn")."""
        w = d.words
        return end < len(w) and w[end].isalpha() and w[end].islower() and \
            (w[end - 1] + " " + w[end]).lower() in self.words

    def _person_shaped(self, d, s, e) -> bool:
        """[s, e) is shaped like a Vietnamese person's name: a surname and one to three more capitalised
        syllables ("Nguyễn Văn An")."""
        return d.words[s] in self.lex.surnames and 2 <= e - s <= 4 and all(d.words[k].isalpha() for k in range(s, e))

    def _team_name(self, d, s, e) -> int:
        """End of a team's name at s: an age code and a place ("U20 Bồ Đào Nha", "U -23 Việt Nam") or a place
        alone ("Bồ Đào Nha"); s when neither."""
        w = d.words
        k = s
        if k < len(w) and AGE_TEAM.fullmatch(w[k]):
            k += 1
        elif k + 2 < len(w) and w[k] == "U" and w[k + 1] == "-" and w[k + 2].isdigit():
            k += 3
        end = self._place_end(d, k, e)
        if end == k or not w[k][:1].isupper() or span_text(d, k, end) in REGIONS:
            return s  # "U23 châu Á": a tournament's region, no team
        if k > s and any(x.lower() in TOURNAMENT_WORDS for x in w[max(0, s - TOURNAMENT_SPAN):s]):
            return s  # "Giải bóng đá vô địch U23 Việt Nam": a tournament
        return end

    def _place_end(self, d, s, e) -> int:
        """End of the longest place of ``places.txt`` starting at s and ending by e; s when none."""
        for b in range(min(e, s + 4), s, -1):
            if span_text(d, s, b) in self.places:
                return b
        return s

    def _after_classifier(self, d, s, e, kind, keep, takes):
        """The unit named after the classifier [s, e) as (start, end), or None."""
        w = d.words
        if takes == "team":
            if s > 0 and w[s - 1].lower() == "đội":
                return None  # "đội tuyển …": a unit head of unit_types.tsv
            end = self._team_name(d, e, min(len(w), e + MAX_NAME))
            return (s if keep else e, end) if end > e else None
        end = self._name_end(d, e)
        if end == e or self._cut_word(d, end):
            return None
        first = self._place_end(d, e, end)  # "tờ Anh The Sun", "hãng thông tấn Nga Tass": the country of the body
        if first > e and _city_named(w[e:first], w[first:end]):
            first = e  # "tờ New York Post", "tờ Moscow Times": the city opens the paper's name
        if first == end:
            return None  # "hãng Nhật Bản", "tờ báo Philippines": a kind of body from a country, no name
        if takes == "foreign" and not all(FOREIGN_WORD(t) or t.isupper() for t in w[first:end] if t.isalpha()):
            return None  # "trang Tin tức": a page of the paper, not a site's name
        if kind == "press" and end - first == 1 and w[first] in SOCIAL_PLATFORMS:
            return None  # "trên trang Facebook cá nhân": a person's page on a network, where a post is
        if takes != "club" and self._person_shaped(d, first, end):
            return None  # "nhóm Nguyễn Văn An": a person
        if kind == "company" and _ends_on_initial(w, end):
            return None  # "tiệm vàng Kim Ngọc M", "tiệm vàng H.": a name the press hides behind its initial (a
            # private business's; a team's, a band's, a paper's letter is its own: "đội bóng Hà Nội B", "Barcelona B")
        return (s if keep else first, end)

    def _list_opener_after(self, d, e) -> int | None:
        """The token after the opener of examples (``LIST_OPENERS``: "như", "bao gồm") that follows the classifier
        ending at token ``e`` over at most ``LIST_GAP`` lower-case words or places ("tờ báo danh tiếng của Anh | như
        |"); None when no opener follows so, or when a demonstrative of ``LIST_POINTING_BACK`` stands between
        ("các CLB này như …": the list is of something of bodies named before)."""
        w, n = d.words, len(d)
        k = e
        while k < n and k - e <= LIST_GAP:
            opener = _opening([x.lower() for x in w[k:k + LIST_OPENER_MAX]], LIST_OPENERS)
            if opener:
                return k + len(opener)
            if w[k] in LIST_POINTING_BACK:
                return None
            if w[k].isalpha() and w[k].islower():
                k += 1
            elif (end := self._place_end(d, k, min(n, k + 4))) > k:
                k = end  # ("các tờ báo Ý như …": the papers' country)
            else:
                return None
        return None

    def _examples(self, d, e, kind, takes) -> list:
        """(start, end) of the collectives listed as examples of the classifier ending at token ``e`` that names
        none of its own ("các tờ báo danh tiếng của Anh như Manchester Evening News, The Sun hay Mirror": three
        papers; "những hãng taxi lớn như Vinasun hay Mai Linh"): each item a name the classifier takes
        (:meth:`_after_classifier`, written bare), the items joined by ``LIST_JOINERS``; the list stops at the first
        item that is none (a place, a person's name, a lower-case word). Held-out 10 gold lists such papers bare."""
        k = self._list_opener_after(d, e)
        out = []
        w, n = d.words, len(d)
        while k is not None and k < n:
            span = self._after_classifier(d, k, k, kind, False, takes)
            if not span:
                break
            out.append((k, span[1]))  # (written whole: "Hà Nội T&T", "Paris Saint Germain" keep their place)
            k = span[1] + 1 if span[1] + 1 < n and w[span[1]] in LIST_JOINERS else None
        return out

    @staticmethod
    def _in_heading(w, s, e) -> bool:
        """True when the classifier w[s:e] stands on a line set wholly in capitals (a document's heading)."""
        if not all(x.isupper() for x in w[s:e]):
            return False
        a = s
        while a > 0 and w[a - 1] != "\n":
            a -= 1
        b = e
        while b < len(w) and w[b] != "\n":
            b += 1
        return all(x.isupper() for x in w[a:b] if x.isalpha())

    def classified(self, d, taken) -> list:
        """Units named after a classifier, as [(start, end, kind, head_end)]."""
        out = []
        for s, e in longest_first(self.classifier_matcher(d.doc)):
            if taken.find(1, s, e) >= 0 or (s > 0 and d.words[s - 1] in NAME_JOINERS):
                continue  # (and "GD&ĐT Hà Nội": inside a compound name, "ĐT" is "Đào tạo")
            if self._in_heading(d.words, s, e):
                continue  # "TỜ TRÌNH", the heading of a proposal: no classifier
            key = tuple(x.lower() for x in d.words[s:e])
            kind, keep, takes = self.classifiers[key]
            span = self._after_classifier(d, s, e, kind, keep, takes)
            if span and taken.find(1, *span) < 0:
                out.append((span[0], span[1], kind, e if keep else span[0] + 1))
            elif not span and _after_plural(d.words, s):
                out.extend((a, b, kind, a + 1) for a, b in self._examples(d, e, kind, takes) if taken.find(1, a, b) < 0)
        out.extend(self._age_teams(d, taken))
        return out

    def _age_teams(self, d, taken) -> list:
        """Age-group teams named bare by their code and country ("U20 Bồ Đào Nha"); the codes are found in the
        text by AGE_TEAM_TEXT (one regex pass, not a test of every token)."""
        out = []
        for m in AGE_TEAM_TEXT.finditer(d.text):
            if m.start() and d.text[m.start() - 1].isalnum():
                continue
            k = bisect.bisect_left(d.starts, m.start())
            if k < len(d) and d.starts[k] == m.start() and d.words[k] == m.group() and taken[k] == 0:
                end = self._team_name(d, k, len(d))
                if end > k + 1 and taken.find(1, k, end) < 0:
                    out.append((k, end, "group", k + 1))
        return out

    # --- foreign names defined as bodies ------------------------------------------------------------------------
    def _defined(self, d, taken) -> list:
        """Foreign names defined as a body by the noun after them, as [(start, end, kind, head_end)]: a capitalised
        run, then a link of ``DEFINING_LINKS`` (a comma, "là"), "một" optional and a noun of ``DEFINING_NOUNS``
        ("Krystos Logic, một công ty an ninh mạng", "Kaspersky là công ty …", "AV-Test, tổ chức …"). The run is
        read from its end back, capitalised words and codes only, a preposition opening it dropped ("Theo |
        PageFair"), after a mark or a preposition of ``DEFINED_AFTER`` only (not "sân Old Trafford, đội bóng …"); after
        a comma with no "một" the name opens its sentence (not "Với Ronaldo, đội bóng …": a fronted phrase);
        every word a foreign word or an acronym (:func:`_foreign_run`), no place, no social network, nothing found
        there before. Held-out 10 and 11 gold list such bodies bare."""
        w = d.words
        out = []
        for s, _ in longest_first(self.defining(d.doc)):
            k = s - 1 if s > 0 and w[s - 1].lower() == ONE else s
            if k < 2 or w[k - 1] not in DEFINING_LINKS:
                continue
            end = k - 1
            start = self._run_start(w, end)
            if start < end and w[start].lower() in DEFINED_AFTER:
                start += 1  # ("Theo PageFair, công ty …": the preposition opening the sentence)
            if start == end or (start > 0 and w[start - 1].strip() and w[start - 1].lower() not in DEFINED_AFTER):
                continue  # ("sân Old Trafford, đội bóng …": a venue of the word before)
            if w[end] == "," and k == s and not _opens_sentence(w, start):
                continue  # ("Với Ronaldo, đội bóng …", "Trước chia sẻ của X, tổ chức …": a fronted phrase's comma;
                # an apposition not opening its sentence says "một": "cho Krystos Logic, một công ty …")
            if _foreign_run(w[start:end]) and taken.find(1, start, end) < 0 and \
                    (name := span_text(d, start, end)) not in self.places and name not in SOCIAL_PLATFORMS:
                out.append((start, end, "collective", start + 1))
        return out

    @staticmethod
    def _run_start(w, end) -> int:
        """Start of the run of capitalised words, codes and joiners between them ("AV - Test") ending at ``end``, at
        most ``MAX_NAME`` tokens; ``end`` when the run is longer (no name's start found)."""
        b = end
        while b > 0 and end - b < MAX_NAME and (w[b - 1][:1].isupper() or
                                               (w[b - 1] in NAME_JOINERS and b - 2 >= 0 and w[b - 2][:1].isupper())):
            b -= 1
        return b if b == 0 or not w[b - 1][:1].isupper() else end

    # --- bare well-known names --------------------------------------------------------------------------------
    def _matches(self, d) -> list:
        """(start, end) of the names of ``collectives_named.txt`` and, in a sports story (:func:`sports_story`), of
        ``sports_teams.txt`` not written as a place ("tại Valencia"), the longest first."""
        found = self.named(d.doc)
        teams = self.teams(d.doc)
        if teams and sports_story(d):  # (the story is read for cues only where a team is named: most are not)
            w = d.words
            found = found + [m for m in teams if not placed(w, m[1]) and
                             not (m[1] > 0 and is_cap(w[m[1] - 1]) and is_foreign_word(w[m[1] - 1]))]
            # ("Antonio Valencia": a foreign given name before the word makes it a person's surname)
        return longest_first(sorted(found, key=lambda m: (m[1], m[2])))

    def bare(self, d, taken) -> list:
        """Listed names standing alone, as [(start, end, kind, head_end)]: not inside a longer capitalised run
        (before it, unless it opens the sentence; after it, unless a place: "Honda Việt Nam"), not a credit."""
        w, n = d.words, len(d)
        out = []
        for s, e in self._matches(d):
            if taken.find(1, s, e) >= 0:
                continue
            if s > 0 and is_cap(w[s - 1]) and not _opens_sentence(w, s - 1) and w[s - 1] not in TITLES:
                continue  # "Keisuke Honda", "Huy hiệu Tuổi Trẻ": part of a longer name (not "CEO | Apple": a title)
            end = e
            if e < n and (is_cap(w[e]) or (w[e][:1].isdigit() and w[e].isalnum() and not w[e].isdigit())):
                end = self._place_end(d, e, min(n, e + 4))
                if end == e:
                    continue  # "Samsung Galaxy", "Toyota Hiace", "Samsung A5": a product
            if self._credited(d, s, end):
                continue
            out.append((s, end, "collective", e))
        return out

    @staticmethod
    def _aliases(d, found, units) -> dict:
        """{name: unit's name} for the names written in parentheses right after a unit of ``sovang_units``
        ("Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)"): the unit's short name, so that the name
        written alone elsewhere is that unit (the dev gold lists "TCty điện lực Việt Nam (EVN)" once)."""
        ends = {u.end: u.text for u in units}
        out = {}
        for s, e, _, _ in found:
            if s >= 2 and d.words[s - 1] == "(" and s - 1 in ends and e < len(d) and d.words[e] == ")":
                out.setdefault(span_text(d, s, e), ends[s - 1])
        return out

    @staticmethod
    def _short_forms(d, found) -> dict:
        """{name: longer name} for the listed names found bare that open another one found bare in the document
        ("Bayern" and "Bayern Munich", "Tottenham" and "Tottenham Hotspur"): one club or paper, written under its
        longer name (GUIDELINES: the fullest name the document gives); of two longer names of one length, the first
        in alphabetical order (:func:`~extractors.components.base.fullest`: not the order of a set)."""
        bare = {span_text(d, s, e) for s, e, kind, _ in found if kind == "collective"}
        if len(bare) < 2:
            return {}
        longer = {t: fullest(u for u in bare if u.startswith(t + " ")) for t in bare}
        return {t: u for t, u in longer.items() if u}

    @staticmethod
    def _team_forms(texts) -> dict:
        """{team: longer name} for the names of ``sports_teams.txt`` found bare that end another name found in the
        document ("Monaco" and "AS Monaco", "Dortmund" and "Borussia Dortmund", "Red Bull" and "đội đua Red
        Bull"), written before or after: one club, under its longer name (GUIDELINES: the fullest name).
        ``texts``: the set of the texts of the names found here."""
        teams = sports_team_set()
        out = {}
        for t in texts & teams:
            full = _fullest_ending(texts, t)
            if full != t:  # (a longer name ends with it)
                out[t] = full
        return out

    @staticmethod
    def _club_aliases(texts, units) -> dict:
        """{short name: full name} for the clubs' short names of ``club_aliases.tsv`` found bare whose club the
        document also names in full, bare or after a classifier ("MU" and "CLB Manchester United" -> "CLB
        Manchester United"; "Barca" and "Barcelona" -> "Barcelona"): one club, written under its full name
        (GUIDELINES: the fullest name the document gives).  ``texts``: the set of the texts of the names found here
        (not changed); ``units``: the units of ``sovang_units``.  A short name whose club is not named in full is
        left out (it stays as written)."""
        shorts = texts.intersection(CLUB_ALIASES)
        if not shorts:
            return {}
        texts = texts.union(u.text for u in units)
        out = {}
        for t in shorts:
            full = _fullest_ending(texts, CLUB_ALIASES[t])
            if full is not None:
                out[t] = full
        return out

    @staticmethod
    def _written_before(text: str, units) -> str:
        """The name of a unit of the document whose name ends with ``text`` (without its classifier), so that
        a short mention is the same unit: "tuyển U23 Việt Nam", "U23 Việt Nam" -> "đội tuyển U23 Việt Nam";
        "Arsenal" -> "CLB Arsenal"; ``text`` when none."""
        words = text.split()
        for k in range(len(words)):
            tail = " " + " ".join(words[k:])
            for u in units:
                if u.text.endswith(tail) and len(u.text) > len(tail):
                    return u.text
            if k == 0 and len(words) > 1 and words[0][:1].isupper():
                break  # a capitalised name is matched whole; a lower-case classifier may be left out
        return text

    def _credited(self, d, s, e) -> bool:
        """The name [s, e) credits a photo or the story, no mention: within a credit (``UnitCues._in_credit``:
        "Ảnh: X", "(Nguồn: X)") or alone on a source line (:meth:`_credit_line`: "Theo X")."""
        return UnitRecognizer._in_credit(d, s, e) or self._credit_line(d, s, e)

    @staticmethod
    def _credit_line(d, s, e) -> bool:
        """"Theo X" or "Nguồn: X" alone on its line: the story's source credit, no mention."""
        w, n = d.words, len(d)
        k = s - 1
        while k >= 0 and w[k] == ":":
            k -= 1
        if k < 0 or w[k] not in CREDIT_FIRST or (k > 0 and w[k - 1].strip()):
            return False
        return e >= n or not w[e].strip() or w[e] in (".", ")")

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        taken = bytearray(len(d) + 1)
        for x in st["unit"] + st["award"]:
            taken[x.start:x.end] = b"\x01" * (x.end - x.start)
        added = []
        found = sorted(self.classified(d, taken) + self.bare(d, taken) + self._defined(d, taken) +
                       [b for b in english_bodies(d.words, taken, self.english_stops, self.places,
                                                       [s for _, s, _ in self.english_heads(doc)])
                        if not self._credited(d, b[0], b[1])])  # ("Nguồn: X News", "Ảnh: X Times": a credit)
        aliases = self._aliases(d, found, st["unit"])
        aliases.update((k, v) for k, v in self._short_forms(d, found).items() if k not in aliases)
        texts = {span_text(d, s, e) for s, e, _, _ in found}  # (read by both: the texts of the names found)
        aliases.update((k, v) for k, v in self._team_forms(texts).items() if k not in aliases)
        aliases.update((k, v) for k, v in self._club_aliases(texts, st["unit"]).items() if k not in aliases)
        for s, e, kind, head_end in found:
            if taken.find(1, s, e) >= 0:
                continue  # (a span found twice: classifier and list)
            taken[s:e] = b"\x01" * (e - s)
            text = span_text(d, s, e)
            text = aliases.get(text) or self._written_before(text, st["unit"] + added)
            added.append(Ent("unit", s, e, text, {"kind": kind, "head_end": head_end, "listed": False}))
        if added:
            st["unit"] = sorted(st["unit"] + added, key=lambda x: (x.start, -x.end))
            set_spans(doc, "unit", st["unit"], "UNIT")
        return doc


@Language.factory("sovang_collectives")
def make_collectives(nlp, name):
    """Factory of :class:`CollectiveRecognizer`."""
    return CollectiveRecognizer(nlp)


def _city_named(place: list[str], rest: list[str]) -> bool:
    """The place words ``place`` after a classifier are a foreign city opening the body's name, not the country the
    body is of: the place is spelt in a foreign language (a word of it is no Vietnamese syllable, unit_words.FOREIGN_WORD:
    "New York", "Moscow", "Tokyo"; the countries the press writes before a paper are Vietnamese, "tờ Anh", "báo Nga")
    and the words ``rest`` after it are only designators of ``foreign_designators.txt`` ("Post", "Times", "Daily
    News"), no name of their own. Observed in bulk news, session 40 ("tờ New York Post" gave the unit "Post")."""
    return any(FOREIGN_WORD(x) for x in place) and bool(rest) and all(x in designators() for x in rest)



#: capital letters that as a word of their own are roman numerals, not initials ("Hãng phim truyện I", "Kim Dũng II")
ROMAN_LETTERS = {"I", "V", "X"}


def _ends_on_initial(w, end: int) -> bool:
    """The name ending at token ``end`` closes on an initial: a capital letter alone ("K"), perhaps with its dot ("H."
    or "H" "."), not a roman numeral (``ROMAN_LETTERS``); how the press hides a person's or a shop's name. Read only
    after a classifier of a business (kind "company" in collective_classifiers.tsv): a sports team's closing letter
    names its second side ("đội bóng Hà Nội B", "Barcelona B")."""
    last = w[end - 1] if end else ""
    if last == "." and end >= 2:
        last = w[end - 2]
    letter = last[:-1] if last.endswith(".") else last
    return len(letter) == 1 and letter.isupper() and letter not in ROMAN_LETTERS


def _glued_full_stop(token: str) -> bool:
    """``token`` is a word of mixed case written with the full stop that ends its sentence, kept in one token
    ("SpaceX."): no name goes on past it; an abbreviation ("TP.", "Corp.") or an initial ("J.") is none."""
    word = token[:-1]
    return token.endswith(".") and len(word) >= 3 and word.isalnum() and not word.isupper() and \
        any(c.isupper() for c in word[1:])
