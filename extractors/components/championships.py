"""``sovang_championships``: championship titles won, as award facts (general news: sports, contests).

Shapes (Vietnamese press usage; eval GUIDELINES count sports titles and contest prizes when the text says
someone won them)::

    <winner> (đã|từng|N lần|lần đầu) vô địch <Competition>      "Real Madrid vô địch Champions League"
    <winner> giành|đoạt|có|lên ngôi|đăng quang (chức) vô địch <Competition>
    <winner> giành|đoạt (được) N chức vô địch <Competition>       a count of the titles won ("3", "hai") before "chức"
    <winner> (N lần vô địch <Competition>)                       a parenthesis after the name
    chức vô địch <Competition> của <winner>                      "mừng chức vô địch Champions League của Real"
    vô địch <Competition> (2015), <Competition> (2014)           one title per competition of a list
    vô địch <Competition> (2017) và|lẫn|, <Competition>            the same, a competition named after the joiner
    <winner> vô địch đơn nữ|đôi nam nữ|nội dung <Competition>    an event before the competition, kept
    <winner> vô địch tại|ở <Competition>                          the venue word left out of the title
    <winner> vô địch giải cờ vua châu Á / Giải cầu lông vô địch quốc gia   a competition noun's name
    <winner> là nhà (đương kim) vô địch <Competition>             a title held, written from "vô địch"
    <winner> giành|đoạt|bảo vệ thành công đai vô địch <Competition> (hạng bán trung)   a belt won, "đai" kept
    <winner> giành|đoạt ngôi|danh hiệu vô địch <Competition>       the noun left out: "vô địch <Competition>"
    <winner> vô địch bóng đá nữ|cầu lông nam                      a sport's event with its sex (lower case)
    <winner> đăng quang|lên ngôi (tại) <Competition>              sports stories only: "vô địch <Competition>"
    “<nickname>” vô địch <Competition>                            the club the nickname names (team_nicknames.tsv)
    <winner> … (sau) khi (giành chức) vô địch <Competition>        a when-clause: the main clause's subject wins
    Sau khi|Vừa|Đã (giành chức) vô địch <Competition> …, <winner>  a fronted clause: the subject after its comma wins
    <winner> vô địch <Competition> (2017) ở nội dung <event>       the event after the competition kept in the title
    <A>, <B> và <C> vô địch <Competition>; <A> (đã) cùng <B> vô địch …  each coordinated name wins (co_winners.py)

The title is written as the text writes it, from "vô địch" ("chức vô địch" where the text has "chức") to the
end of the competition's name: a run of capitalised words (hyphens inside a word: "Monte-Carlo"), or a
listed competition (competitions.txt), ending before a year, a lower-case word or punctuation; after a
competition noun ("giải") the name runs over lower-case words to its last capitalised name or scope. A
place after a venue word ("vô địch tại Tây Ban Nha") is no competition. A winner's title written twice, with
and without "chức", is one title (the first written).
Not a win (championship_cues.txt): "vô địch" as a holder's (but after "là"), a competition's or a prize's noun ("nhà vô
địch", "cựu vô địch", "giải vô địch", "ngôi vô địch"), and an aim, a future or a question ("sẽ vô địch",
"mục tiêu vô địch", "cơ hội vô địch", "có thể vô địch"), also before the winner ("hy vọng X vô địch").
The winner is a person or unit found by the earlier components ending where the verb's adverbs begin, else
the capitalised subject the conferral linker's unfound-subject finder reads (sports news names foreign
winners the person finder misses), else a country or city alone opening the clause, its team ("Pháp vô địch
World Cup", "Năm 2008, Việt Nam vô địch AFF Cup"; places.txt), else a club's nickname in quotes, the club as the
document names it ("giúp “Kền kền trắng” vô địch …" in a story naming Real Madrid). The year is the engine's, as for
every award fact.

Runs after ``sovang_conferrals``: each title is a new award span (``st["award"]``) and a conferral record
(``st["conferrals"]``). A document without "vô địch" costs one string test.
"""
from __future__ import annotations

import bisect
import functools
import re

from spacy.language import Language

from ..facts import outermost
from ..gazetteer import competitions, dictionary_words, section, table, triggers
from ..lexicon import FIRST_FACT_YEAR, LAST_FACT_YEAR
from ..sports import sports_story
from .base import LOWERED, QUOTES_CLOSE, QUOTES_OPEN, Ent, covered, is_cap, lexicon, name_run, phrase_matcher, \
    span_text, state, toks, year_word
from .co_winners import co_winners
from .collectives import CLUB_ALIASES
from .conferral_counts import COUNT_WORD
from .conferral_cues import WISH_BEFORE, WISHES
from .conferral_recipients import SPEECH_VERBS
from .conferral_subjects import UNFOUND_OPENERS
from .conferral_words import FRONTING, PRONOUNS, TIME_FRONT, adverbs_start
from .unit_words import COUNTERS
from .persons import CLAUSE_OPENERS, connective

CUES = "championship_cues.txt"
WIN_VERBS = tuple(tuple(v.split()) for v in section(CUES, "# Winning verbs"))
HOLDER_WORDS = frozenset(section(CUES, "# Title holders"))
AIMS = tuple(section(CUES, "# Aims"))
SENTENCE_MARKS = frozenset({".", ";", ":", "?", "!"})  # marks closing the clause cue_in_clause reads back to
FRONTED = frozenset(section(CUES, "# Fronted clauses"))
FRONTED_HOLDERS = tuple(tuple(x.split()) for x in section(CUES, "# Fronted holders"))  # longest first, as listed
APPOSED_HOLDERS = tuple(tuple(x.split()) for x in section(CUES, "# Apposed holders"))  # longest first, as listed
APPOSITION_MARKS = {"-", "–", ","}  # marks closing a name before an apposed holder's noun
SCOPES = tuple(tuple(x.split()) for x in section(CUES, "# Scopes"))
EVENTS = tuple(tuple(x.split()) for x in section(CUES, "# Events"))  # longest first, as the file lists them
VENUE_WORDS = frozenset(section(CUES, "# Venue words"))
COMPETITION_NOUNS = frozenset(section(CUES, "# Competition nouns"))
COMPETITION_WORDS = frozenset(section(CUES, "# Competition words"))
#: a competition noun and a demonstrative naming the competition last named ("giải này", "giải đấu đó"): word tuples,
#: longest first, as listed (_named_again)
NAMED_AGAIN = tuple(tuple(x.split()) for x in section(CUES, "# Competitions named again"))
#: how many words back from "giải này" the competition it names again may stand (about two sentences of news)
REFERENT_REACH = 80
NAME_STOPS = frozenset(section(CUES, "# Name stops"))
PREDICATES = tuple(tuple(x.split()) for x in section(CUES, "# Predicates"))  # longest first, as listed
#: nouns of the title between a winning verb and "vô địch": (words, kept in the title), longest first, as listed
TITLE_NOUNS = tuple((tuple(x.split()), True) for x in section(CUES, "# Title nouns of a win kept")) + \
    tuple((tuple(x.split()), False) for x in section(CUES, "# Title nouns of a win dropped"))
#: verbs of a crowning ("đăng quang", "lên ngôi"), word pairs: __call__ compares the two words at each token that
#: opens a cue (CUE_PHRASES)
CROWNING_VERBS = tuple(tuple(x.split()) for x in section(CUES, "# Crowning verbs"))
#: verbs of a taking ("giành", "đoạt được"), word tuples, longest first: before a named competition, no "vô địch"
#: between, in a sports story, the competition is won ("Federer giành Wimbledon 2017"), as after a crowning verb
TAKING_VERBS = tuple(tuple(x.split()) for x in section(CUES, "# Taking verbs"))
#: the cues __call__ reads a title or a win at: "vô địch", the crowning verbs and the taking verbs, matched case-blind
#: (``ChampionshipFinder.cues``, on the shared phrase walk every document makes): a token where none starts is one
#: where __call__ reads nothing, so a document without one is left at once and the tokens visited are the matches'
#: starts (session 47: a search of the lower-cased text for each cue and a scan of every word for a cue's first word
#: cost about 0.3% of extraction)
CUE_PHRASES = ("vô địch",) + tuple(" ".join(v) for v in CROWNING_VERBS + TAKING_VERBS)
SPORTS = tuple(tuple(x.split()) for x in section(CUES, "# Sport disciplines"))  # longest first, as listed
SEXES = frozenset(section(CUES, "# Sexes of an event"))
WEIGHT_CLASSES = tuple(tuple(x.split()) for x in section(CUES, "# Weight classes"))  # longest first, as listed
NOUN_NAME_MAX = 10  # words of a competition noun's name ("giải bóng đá các quốc gia châu Phi")
#: words between a winner and the verb besides ADVERBS: counts of wins ("9 lần", "lần đầu tiên")
WIN_COUNT_WORDS = {"lần", "đầu", "tiên", "thứ", "nhiều"}
#: two-word adverbs between a winner and the verb ("X chính thức vô địch …"), lower case
WIN_ADVERB_PAIRS = frozenset(tuple(x.split()) for x in section(CUES, "# Two-word adverbs of a win"))
#: words after a number that make it a count, not a league's tier ("vô địch La Liga 3 mùa", "… Wimbledon 7 lần"):
#: the counters of unit_words.COUNTERS and of wins, and the nouns of a season, an edition or a match
TIER_COUNTS = frozenset(COUNTERS | WIN_COUNT_WORDS | {"mùa", "kỳ", "trận"})
#: the word after a number that makes it the part of a share ("vô địch Premier League 2 trong 3 mùa": two of three
#: seasons), when a number follows it, "số" between or not ("2 trong số 4 lần"); Diệp Quang Ban, Ngữ pháp tiếng
#: Việt: "trong (số)" of a part among a whole
SHARE_WORDS = ("trong", "số")
COMPETITION_MAX = 6  # words of a competition's name ("World Superbike Championship", "AMA SuperBike")
TITLE_LIST_GLUE = {",", "và"}
JOINERS = frozenset(section(CUES, "# Joined competitions"))  # joiners of a title's competitions ("và", "lẫn", ",")
PLACE_MAX = 4  # words of a place naming a team ("Bosnia và Herzegovina")
#: clubs' nicknames the press writes in quotes, lower case -> the club's name (team_nicknames.tsv)
NICKNAMES = {row[0].lower(): row[1] for row in table("team_nicknames.tsv")}
NICKNAME_MAX = max(len(n.split()) for n in NICKNAMES)
#: links opening the when-clause of a win inside a sentence ("… khi vô địch X", "… sau khi giành chức vô địch X"), its
#: winner the main clause's subject: championship_cues.txt, word tuples, longest first (_when_subject)
WHEN_LINKS = tuple(tuple(x.split()) for x in section(CUES, "# When links"))
#: words right before a When link that make its clause none of a win ("ngay cả khi", "trừ khi"): championship_cues.txt
NOT_WHEN = frozenset(section(CUES, "# Not a when of a win"))
#: words between a fronted clause's title and the comma closing the clause ("… Miami Open | hồi tháng Ba |, …",
#: "… châu Á 2017 | ở nội dung cờ tiêu chuẩn |, …"): _fronted_winner
FRONTED_TAIL = 8
EVENT_TAIL_MAX = 5  # words of an event after its head ("nội dung | 400 m rào nữ", "nội dung | cờ tiêu chuẩn"): _event_after
#: marks that end a fronted clause's tail (a comma closes the clause; the others end it unclosed)
CLAUSE_MARKS = SENTENCE_MARKS | {",", "(", ")"}
SUBJECT_LEAD = 3  # words before a clause's subject past its opening ("Huyền thoại | A", "Tay vợt người Anh | B")
#: words opening a fronted phrase, not a subject's descriptor ("Theo A, …", "Tại B, …"): the conferral linker's
#: fronting words (fronted_openers.txt) and the openers of its unfound subjects
FRONT_WORDS = FRONTING | TIME_FRONT | UNFOUND_OPENERS
#: a gift in a when-clause's main clause, its subject the giver, no winner ("Công ty A tặng mỗi cầu thủ … khi vô
#: địch …"): the give cues of triggers.tsv and championship_cues.txt's "Gifts in a main clause", word tuples
GIFTS = tuple(tuple(x.split()) for x in set(triggers()["give"]) | set(section(CUES, "# Gifts in a main clause")))
#: words before a gift that make its subject the receiver ("A được thưởng … khi vô địch …"): championship_cues.txt
GIFT_PASSIVES = frozenset(section(CUES, "# Receivers before a gift"))


def _asked(words, end: int) -> bool:
    """Whether the competition's name ending at ``end`` closes a question ("Nadal vô địch Wimbledon? …": a headline
    asking whether the title will be won, no title won; session 34, bulk sports news), a year between them or not."""
    k = end + 1 if end < len(words) and year_word(words[end]) else end
    return k < len(words) and words[k] == "?"


def cue_in_clause(words, lo: int, k: int, cues, marks=SENTENCE_MARKS) -> bool:
    """Whether a phrase of ``cues`` (lower case, whole words) stands among ``words[lo:k]`` (any case) after the last
    of ``marks`` there: a word before a title or a result that leaves it unwon (AIMS: "X sẽ vô địch"; won_by's
    NOT_YET: "giải nhất đang thuộc về X")."""
    lo = max([lo] + [x + 1 for x in range(lo, k) if words[x] in marks])
    gap = " " + " ".join(w.lower() for w in words[lo:k]) + " "
    return any(f" {a} " in gap for a in cues)


def _tier(words, i: int, c: int, se: int) -> bool:
    """Whether the number ``words[i]`` closing a capitalised competition's name opened at ``c`` (sentence end
    ``se``) is the league's tier, part of its name ("vô địch Ligue 1", "Bundesliga 2", "Liga 1"): one digit after
    the name, no counter after it (TIER_COUNTS: "La Liga 3 mùa" is a count) nor a whole it is a share of
    (:func:`_share_at`: "Premier League 2 trong 3 mùa"); a longer number is a year or an
    edition, the fact's year (national league names of the football associations: Ligue 1 and 2, LFP; 2.
    Bundesliga, DFL)."""
    return len(words[i]) == 1 and i > c and (i + 1 >= se or LOWERED[words[i + 1]] not in TIER_COUNTS) and \
        not _share_at(words, i + 1, se)


def _share_at(words, k: int, se: int) -> bool:
    """Whether ``words[k:]`` (before the sentence end ``se``) opens the whole a number before it is a part of:
    "trong", "số" optional, then a number ("2 | trong 3 mùa", "1 | trong số 4 lần"; SHARE_WORDS)."""
    if k >= se or LOWERED[words[k]] != SHARE_WORDS[0]:
        return False
    k += 1 + (k + 1 < se and LOWERED[words[k + 1]] == SHARE_WORDS[1])
    return k < se and words[k].isdigit()


class ChampionshipFinder:
    """Finds championship titles won and their winners; see module doc."""

    def __init__(self, nlp):
        self.nlp = nlp
        #: competitions.txt (gazetteer.Competitions, for ``entry_at``) and its first word -> word tuples, longest first
        self.competition_table = competitions()
        self.competitions = self.competition_table.first
        self.words = dictionary_words()
        lex = lexicon()
        #: titles and honorifics, lower case: a possessor opening with one is a person's ("của HLV …")
        self.person_cues = frozenset(p.lower() for p in lex.positions) | frozenset(h.lower() for h in lex.honorifics)
        self._linker = None
        self.cues = phrase_matcher(nlp, CUE_PHRASES, attr="LOWER", case_variants=False)

    def linker(self):
        """The pipeline's conferral linker, whose public :meth:`unfound_subject` reads the names the linker found in
        the document it has just seen (this component runs right after it)."""
        if self._linker is None and "sovang_conferrals" in self.nlp.pipe_names:
            self._linker = self.nlp.get_pipe("sovang_conferrals")
        return self._linker

    def __call__(self, doc):
        cued = sorted({s for _, s, _ in self.cues(doc)})  # (the tokens opening a cue, each once, in order)
        if not cued:
            return doc
        d = toks(doc)
        st = state(doc)
        words = d.words
        sents = st.get("sents") or [(0, len(words))]
        starts = [s for s, _ in sents]
        ents = outermost(list(st["person"]) + [u for u in st["unit"] if not covered(st["award"], u.start, u.end)])
        by_end, by_start = {}, {}
        for x in ents:
            by_end.setdefault(x.end, x)
            by_start.setdefault(x.start, x)
        seen = {}
        sports = None  # whether the document is a sports story, asked only at a crowning verb
        for i in cued:  # (only where a cue stands)
            if not 1 <= i < len(words) - 2:
                continue
            crowning = tuple(map(LOWERED.__getitem__, words[i:i + 2])) in CROWNING_VERBS
            crowned = 2 if crowning else next((len(v) for v in TAKING_VERBS if _written(words, i, v)), 0)
            if not crowned and (LOWERED[words[i]] != "vô" or LOWERED[words[i + 1]] != "địch"):
                continue
            ss, se = sents[max(0, bisect.bisect_right(starts, i) - 1)]
            if crowned:
                if sports is None:
                    sports = sports_story(d)
                found = self._crowned(d, i, i + crowned, not crowning, ss, se, ents, by_end, st) if sports else []
            else:
                found = self._titles(d, i, ss, se, ents, by_end, by_start, st)
            for title, r in found:
                key = (r.text, title_key(title.text))
                year = _sentence_year(d, ss, se)
                if key in seen and (year is None or seen[key] in (None, year)):
                    continue  # "giành chức vô địch X" and later "vô địch X" of the same winner: one title
                seen.setdefault(key, year)  # (a win written in another year is another conferral: "năm 2022 … lại vô địch X")
                if not st["award"] or st["award"][-1] is not title:
                    st["award"].append(title)  # (once for the co-winners of one title: co_winners)
                st["conferrals"].append({"award": title, "name": title.text, "recipient": r, "status": "conferred",
                                         "revoked": False, "sent": (ss, se), "how": "championship"})
        return doc

    def _titles(self, d, i, ss, se, ents, by_end, by_start, st):
        """The (title Ent, winner Ent) pairs of the "vô địch" at token ``i`` of sentence [ss, se)."""
        words = d.words
        k = i - 1 if i > ss and words[i - 1].lower() == "chức" else i
        noun = self._won_noun(words, i, ss)  # "giành đai vô địch …", "đoạt ngôi vô địch …"
        if noun is not None:
            anchor, kept = noun
            k = anchor if kept else i
            said = held = None
        else:
            anchor = k
            said = self._predicate_before(words, k, ss)  # "X là nhà vô địch …": the winner ends before "là"
            held = None if said is not None else self._fronted_holder(words, k, ss)  # "Nhà vô địch X, Y …"
            if said is None and held is None:
                said = self._apposed_holder(words, k, ss)  # "Uruguay - nhà vô địch Nam Mỹ"
            if said is None and held is None and k > ss and (words[k - 1].lower() in HOLDER_WORDS or
                                                             words[k - 1] in HOLDER_WORDS) and \
                    _verb_start(words, k, ss) is None:
                return []  # (a winning verb ending in a holder's word is a win: "X lên ngôi vô địch …")
        c = self._past_event(words, i + 2, se)
        v = c + 1 if c < se and words[c].lower() in VENUE_WORDS else c
        end = self._competition_end(d, v, se)
        again = None if end is not None else self._named_again(d, v, se, st)  # "vô địch giải này"
        if again is not None:
            end, named = again
        if end is not None:
            end = _past_weight_class(words, end, se)
        if end is None or covered(st["award"], k, end) or (v > c and not self._named_competition(d, v, end)):
            return []
        apposed = said is not None and words[said] in APPOSITION_MARKS  # "gặp Chile - đội vô địch Copa America"
        if held is not None:
            winner = self._fronted_winner(d, held, end, ss, se, by_start)
        elif apposed:
            winner = by_end.get(said) or self._place_team(d, said, ss, apposed=True) or \
                self._winner_before(d, said, ss, ents, by_end, st)
        else:
            winner = self._winner_before(d, anchor if said is None else said, ss, ents, by_end, st)
        if winner is None and said is None and held is None:  # a predicate's winner is its subject alone
            if k < i and end + 1 < se and words[end] == "của":
                winner = by_start.get(end + 1) or self._possessor(d, end + 1, se, st["person"])
            if winner is None:
                winner = self._fronted_winner(d, k, end, ss, se, by_start)
        if apposed and words[said] == "," and winner is not None and winner.start != ss:
            winner = None  # "Theo Reuters, nhà vô địch …": a fronted clause, no name apposed
        if winner is None or _asked(words, end) or self._aimed(
                d, winner.end if apposed else min(winner.start, k) - WISH_BEFORE, k, ss,
                anchor if said is None and held is None else None, winner):
            return []  # (an apposition's title is the name's whatever the sentence's verb: "X sẽ gặp Y - nhà vô địch …")
        text = span_text(d, k, end) if v == c else f"{span_text(d, k, c)} {span_text(d, v, end)}"
        if again is not None:
            text = f"{span_text(d, k, c)} {named}"  # "vô địch | giải này" -> "vô địch Roland Garros"
        event = _event_after(words, end, se)
        if event is not None:  # "vô địch giải cờ vua châu Á | 2017 ở | nội dung cờ tiêu chuẩn"
            text = f"{text} {span_text(d, *event)}"
        winners = _with_co_winners(d, winner, ss, by_end)
        title = Ent("award", k, end, text, {"kind": "championship"})
        out = [(title, w) for w in winners]
        lead = span_text(d, k, i + 2)
        for a, b in self._listed(d, end, se):
            if not covered(st["award"], a, b):
                title = Ent("award", a, b, f"{lead} {span_text(d, a, b)}", {"kind": "championship"})
                out.extend((title, w) for w in winners)
        return out

    def _crowned(self, d, i, c, taken, ss, se, ents, by_end, st):
        """The (title Ent, winner Ent) pair of a crowning verb (CROWNING_VERBS: "đăng quang", "lên ngôi") at token
        ``i`` followed (past a venue word) by a named competition, no "vô địch" between: "Serena Williams đăng quang
        Wimbledon năm 2016" -> ("vô địch Wimbledon", Serena Williams). The title's span is the competition's name;
        none when the name is an award already found ("đăng quang Hoa hậu …"), no winner stands before the verb or
        an aim does ("chưa thể đăng quang …"). ``c``: the token after the verb; ``taken``: the verb is a taking verb
        (TAKING_VERBS: "giành", "đoạt được"), not a crowning one."""
        words = d.words
        v = c + 1 if c < se and words[c].lower() in VENUE_WORDS and not taken else c
        if v >= se or not is_cap(words[v]) or (taken and LOWERED[words[v]] in COMPETITION_NOUNS):
            return []  # (a taking verb's "Giải …", "Cúp …" is a prize's or a trophy's: the awards recogniser's)
        end = self._competition_end(d, v, se)
        if end is None or covered(st["award"], v, end) or not self._named_competition(d, v, end):
            return []
        winner = self._winner_before(d, c, ss, ents, by_end, st)
        if winner is None or _asked(words, end) or self._aimed(d, min(winner.start, i) - WISH_BEFORE, i, ss, c, winner):
            return []
        title = Ent("award", v, end, f"vô địch {span_text(d, v, end)}", {"kind": "championship"})
        return [(title, w) for w in _with_co_winners(d, winner, ss, by_end)]

    def _named_again(self, d, v, se, st):
        """(end, competition) when a competition noun and a demonstrative (NAMED_AGAIN: "giải này", "giải đấu đó")
        are written at ``v``, before the sentence end ``se``, and a competition is named in the REFERENT_REACH words
        before them: the last one named there, a competitions.txt entry as written ("Roland Garros"; with the
        capitalised words of Latin letters before it, none opening its sentence: "Club World Cup", not "World Cup";
        not "Giải", "Sau" at a sentence's start) or the
        competition of a title found before ("vô địch Confederations Cup" -> "Confederations Cup"); None otherwise
        (no competition named near: "giải này" is left unread), and None when a competition outside
        competitions.txt is named after the last entry (:meth:`_unlisted_competition_at`: "… AFF Cup. Sau đó Giải
        bóng đá Cúp Quốc gia khởi tranh, X vô địch giải này" names the nearer one, which is left unread)."""
        words = d.words
        phrase = next((p for p in NAMED_AGAIN if v + len(p) <= se and _written(words, v, p)), None)
        if phrase is None:
            return None
        lo = max(0, v - REFERENT_REACH)
        best = None  # (start, text)
        floor = lo  # where an unlisted competition named nearer stands: nothing named before it is the referent
        for i in range(v - 1, lo - 1, -1):
            entry = self.competition_table.entry_at(words, i)
            if entry is not None and i + len(entry) <= v:
                a = i
                while a - 1 > lo and is_cap(words[a - 1]) and words[a - 1].isascii() and words[a - 1].isalpha() \
                        and words[a - 2] not in SENTENCE_MARKS:
                    a -= 1  # "Club | World Cup": the entry closes a longer (foreign) name, the competition named
                best = (a, span_text(d, a, i + len(entry)))
                break
            if self._unlisted_competition_at(d, i, v):
                floor = i  # "… AFF Cup. Sau đó Giải bóng đá Cúp Quốc gia khởi tranh, X vô địch giải này": not AFF Cup
                break
        for t in st["award"]:
            if t.info.get("kind") == "championship" and lo <= t.start and floor < t.end <= v and \
                    (best is None or t.start > best[0]):
                low = t.text.lower()
                at = low.find("vô địch ")
                if at >= 0:
                    best = (t.start, t.text[at + len("vô địch "):])
        return None if best is None else (v + len(phrase), best[1])

    def _unlisted_competition_at(self, d, i, v) -> bool:
        """Whether a competition outside competitions.txt is named from token ``i`` (a capitalised word opening its
        run, before ``v``): a name :meth:`_competition_end` reads there that :meth:`_named_competition` takes for a
        competition ("Giải bóng đá Cúp Quốc gia", "Confederations Cup"; not "Đội tuyển Singapore", "Sau")."""
        words = d.words
        if not is_cap(words[i]) or (i > 0 and is_cap(words[i - 1])):
            return False
        end = self._competition_end(d, i, v)
        return end is not None and end > i and self._named_competition(d, i, end)

    @staticmethod
    def _won_noun(words, i, ss):
        """Where a noun of the title (TITLE_NOUNS: "đai", "ngôi", "danh hiệu") written right before the "vô địch" at
        ``i`` starts, and whether the title keeps it, when a winning verb (WIN_VERBS) stands right before the noun
        ("giành đai vô địch WBO" -> (index of "đai", True); "đoạt ngôi vô địch AFF Cup" -> (index of "ngôi",
        False)); None otherwise (the noun is then a holder's: "bảo vệ đai vô địch", "ngôi vô địch thuộc về …")."""
        for noun, kept in TITLE_NOUNS:
            a = i - len(noun)
            if a > ss and _written(words, a, noun) and \
                    any(a - len(v) >= ss and _written(words, a - len(v), v) for v in WIN_VERBS):
                return a, kept
        return None

    @staticmethod
    def _predicate_before(words, k, ss):
        """Where the predicate (PREDICATES: "là nhà", "là nhà đương kim") written right before the title at ``k``
        starts ("Chelsea | là nhà vô địch …"), or None."""
        for pred in PREDICATES:
            n = len(pred)
            if k - n > ss and _written(words, k - n, pred):
                return k - n
        return None

    def _possessor(self, d, j, se, persons):
        """The winner named by a capitalised run at ``j`` after "chức vô địch <Competition> của" that no finder
        named: a club's short name ("mừng chức vô địch Champions League của Real hôm …"; sports news names
        clubs by one word), as a collective. A person of ``persons`` starting inside the run is the winner ("của
        HLV Park Hang-seo": the person after his title); None when no capital stands there, the run opens with
        a title or an honorific (positions.txt, honorifics.tsv: a person's, never a club's) or is a place of
        places.txt ("của Việt Nam" names no team)."""
        words = d.words
        if not is_cap(words[j]):
            return None
        e = min(se, name_run(d, j, self.words, COMPETITION_MAX))
        person = next((p for p in persons if j <= p.start < e), None)
        if person is not None:
            return person
        if any(" ".join(words[j:j + L]).lower() in self.person_cues for L in (1, 2)):
            return None
        text = span_text(d, j, e)
        if text in lexicon().places:
            return None
        return Ent("unit", j, e, text, {"kind": "unfound"})

    @staticmethod
    def _apposed_holder(words, k, ss):
        """Where the mark closing a name starts when a holder's noun (APPOSED_HOLDERS: "nhà", "đội bóng") written
        right before the title at ``k`` follows it (APPOSITION_MARKS): "Uruguay | - nhà vô địch Nam Mỹ", "Cameroon |
        , đội bóng vô địch …"; the winner is then the name ending at the mark, as a predicate's subject. A comma
        counts only when capitalised words run from the sentence's start to it and the winner found starts the
        sentence ("Theo Independent, nhà vô địch …": a fronted clause). None otherwise."""
        for noun in APPOSED_HOLDERS:
            m = k - len(noun) - 1
            if m > ss and _written(words, m + 1, noun) and words[m] in APPOSITION_MARKS:
                if words[m] == "," and not all(is_cap(w) for w in words[ss:m]):
                    return None
                return m
        return None

    @staticmethod
    def _fronted_holder(words, k, ss):
        """Where a holder's noun (FRONTED_HOLDERS: "nhà", "nhà đương kim", "tân") written right before the title at
        ``k`` starts, when it opens the sentence, alone or after a fronted clause of FRONTED ("Nhà vô địch
        Ukraine, Shakhtar Donetsk …"); None otherwise (the noun is then a holder's, no title won)."""
        for noun in FRONTED_HOLDERS:
            h = k - len(noun)
            if h >= ss and _written(words, h, noun) and \
                    (h == ss or " ".join(words[ss:h]).lower() in FRONTED):
                return h
        return None

    @staticmethod
    def _past_event(words, c, se) -> int:
        """Past the event (EVENTS: "đơn nữ", "đôi nam nữ", "nội dung") written at ``c`` after "vô địch", if any."""
        for ev in EVENTS:
            if c + len(ev) < se and _written(words, c, ev):
                return c + len(ev)
        return c

    def _named_competition(self, d, v, end) -> bool:
        """Whether the name ``v``..``end`` after a venue word is a competition, not a city, a country or a stadium
        ("vô địch ở Doha", "tại Mỹ Đình", "tại Tây Ban Nha"): an entry of competitions.txt, a name opening with a
        competition noun ("giải") or holding a word of COMPETITION_WORDS ("Qatar Open", "SEA Games")."""
        words = d.words
        if words[v].lower() in COMPETITION_NOUNS or any(w.lower() in COMPETITION_WORDS for w in words[v:end]):
            return True
        return any(tuple(words[v:v + len(e)]) == e and v + len(e) == end for e in self.competitions.get(words[v], ()))

    def _competition_end(self, d, c, se):
        """End of the competition's name opening at ``c``: the longest competitions.txt entry written there, else
        a run of capitalised words (joined by hyphens without spaces: "Monte-Carlo"), else a competition noun's
        name (:meth:`_noun_name_end`); None when none."""
        words = d.words
        if c >= se:
            return None
        sport = _sport_event_end(words, c, se)
        if sport is not None:
            return sport
        if words[c].lower() in COMPETITION_NOUNS and (words[c].islower() or c + 1 >= se or not is_cap(words[c + 1])):
            return self._noun_name_end(d, c, se)
        entry = self.competition_table.entry_at(words, c)
        if entry is not None:
            return c + len(entry)
        j = c
        while j < se and is_cap(words[j]):
            j = min(se, name_run(d, j, self.words, COMPETITION_MAX - (j - c)))
            while j > c and words[j - 1].isdigit() and not _tier(words, j - 1, c, se):
                j -= 1  # a year after the name ("World Cup 2014") is the fact's year, not its name
            if j + 1 < se and words[j] == "-" and d.ends[j - 1] == d.starts[j] == d.ends[j] - 1 and \
                    d.ends[j] == d.starts[j + 1] and is_cap(words[j + 1]) and j - c < COMPETITION_MAX:
                j += 1
            else:
                break
        j = _before_clause_opener(words, c, j)
        if j > c:
            for scope in SCOPES:  # "U18 thế giới", "U23 châu Á"
                if _written(words, j, scope) and j + len(scope) <= se:
                    return j + len(scope)
        return j if j > c else None

    def _noun_name_end(self, d, c, se):
        """End of the name of a competition noun (COMPETITION_NOUNS: "giải") at ``c`` that runs on over lower-case
        words ("Giải cầu lông vô địch quốc gia", "giải cờ vua châu Á", "giải Ngoại hạng Anh"): where its last
        capitalised name or scope ends, the scan stopping at punctuation, a number or a word of NAME_STOPS;
        None when neither is written ("giải lần thứ 8", "giải đấu này")."""
        words = d.words
        j, end = c + 1, None
        while j < se and j - c <= NOUN_NAME_MAX:
            w = words[j]
            scope = next((len(x) for x in SCOPES if tuple(y.lower() for y in words[j:j + len(x)]) == x), 0)
            if scope and j + scope <= se:
                j = end = j + scope
            elif is_cap(w):
                j = end = self._competition_end(d, j, se)
            elif w.isalpha() and w not in NAME_STOPS:
                j += 1
            else:
                break
        return end

    def _winner_before(self, d, k, ss, ents, by_end, st):
        """The winner written before the title at ``k``: past a winning verb, counts and adverbs (and an opening
        parenthesis or "– người" of an apposition), a person or unit ending there, else the linker's unfound
        subject, else a place's team (:meth:`_place_team`) or a club's nickname in quotes (:func:`_nicknamed_team`);
        None when an aim or a future stands between or just before it."""
        words = d.words
        j = _win_start(words, k, ss)
        link = _when_link(words, ss, j)
        if link is not None:  # "Đội A làm nên lịch sử khi vô địch …": the main clause's subject
            return _when_subject(words, link, ss, ents) if link >= 0 else None
        if j > ss + 1 and words[j - 1] == "người" and words[j - 2] in (",", "–", "-"):
            j -= 2
        elif j > ss and words[j - 1] == "(":
            j -= 1
        winner = by_end.get(j)
        if winner is not None and winner.start > ss and words[winner.start - 1].lower() == "của":
            return None  # "Brazil của Neymar vô địch …": the possessor is not the winner
        if winner is None:
            linker = self.linker()
            if linker is not None and j > ss:
                winner = linker.unfound_subject(d, ss, j, ents, st["award"])
        if winner is None:
            winner = self._place_team(d, j, ss) or _nicknamed_team(d, j, ss)
        if winner is None or not winner.text:
            return None
        return winner

    def _place_team(self, d, j, ss, apposed=False):
        """The winner named by a country or city alone (places.txt) ending at ``j`` and opening its clause: the
        sentence's start, a comma, a word of FRONTED or a nickname's closing quote before it ("Pháp vô địch World
        Cup", "Năm 2008, Việt Nam vô địch AFF Cup", "“Sư tử bất khuất” Cameroon lần thứ 5 vô địch …": the team
        of that place), as a collective; None otherwise ("tại Pháp", "người Việt Nam"; "Anh", a pronoun of PRONOUNS
        written alone, is "he", not England). Before an apposed holder (``apposed``: "gặp Chile - đội vô địch …")
        the place need not open its clause."""
        words = d.words
        places = lexicon().places
        for n in range(min(PLACE_MAX, j - ss), 0, -1):
            k = j - n
            if span_text(d, k, j) in places:
                if n == 1 and words[k] in PRONOUNS:
                    return None  # "Anh đã vô địch …": the pronoun (he), not England
                before = words[k - 1] if k > ss else ""
                if apposed or k == ss or before == "," or before in QUOTES_CLOSE or \
                        " ".join(words[ss:k]).lower() in FRONTED:
                    return Ent("unit", k, j, span_text(d, k, j), {"kind": "place team"})
                return None
        return None

    @staticmethod
    def _fronted_winner(d, k, end, ss, se, by_start):
        """The winner named after a title that opens its sentence (alone or after a word of FRONTED, a winning verb
        and its adverbs between or not) and the comma closing that fronted clause: the clause has no subject of its
        own, so the win is the subject's after the comma ("Vô địch Australian Open 2017, Serena Williams …", "Sau
        khi giành chức vô địch Miami Open hồi tháng Ba, Roger Federer …", "Đã đoạt chức vô địch tại giải cờ vua châu
        Á, nữ kỳ thủ A …"). The comma is the first after the title, at most FRONTED_TAIL words on (a year, a time or
        an event); the name follows it or a descriptor of at most SUBJECT_LEAD lower-case words ("nữ kỳ thủ", "tay
        vợt"). None otherwise. Vietnamese grammar: a fronted adverbial clause of time shares the main clause's
        subject (Diệp Quang Ban, Ngữ pháp tiếng Việt: trạng ngữ chỉ thời gian)."""
        words = d.words
        opening = " ".join(words[ss:_win_start(words, k, ss)]).lower()
        if opening and opening not in FRONTED:  # (none: the title opens the sentence)
            return None
        j = next((x for x in range(end, min(se, end + FRONTED_TAIL + 1)) if words[x] in CLAUSE_MARKS), None)
        if j is None or words[j] != ",":
            return None
        for s in range(j + 1, min(se, j + 2 + SUBJECT_LEAD)):
            if s in by_start:
                return by_start[s]
            if not (words[s].isalpha() and words[s].islower()):
                return None
        return None

    @staticmethod
    def _aimed(d, lo, k, ss, at=None, winner=None) -> bool:
        """Whether a word of an aim, a future or a question (AIMS) stands among the words ``lo``..``k`` before the
        title, back to a sentence mark ("hy vọng X vô địch", "X sẽ vô địch", "khả năng bảo vệ chức vô địch";
        :func:`cue_in_clause`). For a ``winner`` of a when-clause (:func:`_when_link` before the win whose verb and
        adverbs end at ``at``), AIMS are read from the link on only; the main clause before it leaves the title
        unwon only by a future, a condition or a wish (WISHES, wishes.txt: "A sẽ giải nghệ khi vô địch X"), not by
        its own negations and modals ("A không giấu được niềm vui khi vô địch X", "A đã để lại dấu ấn khi …")."""
        words = d.words
        link = _when_link(words, ss, _win_start(words, at, ss)) if winner is not None and at is not None else None
        if link is not None and winner.end <= link:
            return cue_in_clause(words, link, k, AIMS) or cue_in_clause(words, max(ss, lo), link, WISHES)
        return cue_in_clause(words, max(ss, lo), k, AIMS)

    def _listed(self, d, end, se):
        """Further competitions of a list after a title ending at ``end``, each a (start, end): a capitalised name
        after a year in parentheses and a comma or "và" ("Roland Garros (2015), Australian Open (2014)"), or a named
        competition (:meth:`_named_competition`) right after a joiner (JOINERS: "và", "lẫn", a comma; a year between
        left out): "vô địch La Liga và Champions League", "vô địch World Cup 1998 và EURO 2000" (not "vô địch
        Pháp và Hy Lạp", "vô địch Europa League và giành vé …": no competition named after the joiner)."""
        words = d.words
        out = []
        while True:
            a = _after_parenthesised_year(words, end, se)
            joined = a is None
            if joined:
                a = _after_joiner(words, end, se)
            nxt = self._competition_end(d, a, se) if a is not None else None
            if nxt is None or (joined and not self._named_competition(d, a, nxt)):
                return out
            out.append((a, nxt))
            end = nxt


def _after_parenthesised_year(words, end: int, se: int) -> int | None:
    """Where the next competition of a list starts after a year in parentheses and a comma or "và" written at ``end``
    ("… | (2015), Australian Open"), or None."""
    if end + 4 < se and words[end] == "(" and words[end + 1].isdigit() and words[end + 2] == ")" \
            and words[end + 3] in TITLE_LIST_GLUE:
        return end + 4
    return None


def _after_joiner(words, end: int, se: int) -> int | None:
    """Where the next competition of a list starts after a joiner (JOINERS) written at ``end``, a year before it
    passed ("… | 1998 và EURO 2000": :func:`~extractors.components.base.year_word`), or None."""
    g = end + 1 if end < se and year_word(words[end]) else end
    return g + 1 if g + 1 < se and words[g].lower() in JOINERS else None


def _when_link(words, ss: int, j: int) -> int | None:
    """Where a When link (WHEN_LINKS: "khi", "sau khi") written right before token ``j`` (the win's verb, adverbs and
    counts) starts, inside sentence ``ss`` and after a word that is no comma; -1 when one is written there after a
    comma, at the sentence's start or after a word of NOT_WHEN ("ngay cả khi", "trừ khi": no win told, or a fronted
    clause whose winner follows it); None when none is written there."""
    for link in WHEN_LINKS:
        a = j - len(link)
        if a >= ss and _written(words, a, link):
            return a if a > ss and words[a - 1] != "," and LOWERED[words[a - 1]] not in NOT_WHEN else -1
    return None


def _when_subject(words, a: int, ss: int, ents):
    """The winner of a win told in a when-clause opening at ``a`` (:func:`_when_link`) of sentence ``ss``: the person
    or unit of ``ents`` that opens the main clause before it, at the sentence's start or right after a comma, past
    at most SUBJECT_LEAD lower-case or capitalised words of a descriptor ("Huyền thoại A … khi vô địch X", "Năm 2016,
    đội B … khi vô địch X"); or the name right before an opening parenthesis holding the link ("C (… khi vô địch X
    1978)"). None when no such name stands there, a word of a fronted phrase opens the words before it ("Theo HLV
    A, …"), another name stands between it and the link ("A đánh bại B khi …": who won is left unread) or a verb of
    saying does ("A cho biết … khi …", SPEECH_VERBS of the conferral linker)."""
    opened = next((x for x in range(a - 1, ss - 1, -1) if words[x] in ("(", ")")), None)
    if opened is not None and words[opened] == "(":
        return next((x for x in ents if x.end == opened and x.start >= ss), None)
    starts = [ss] + [x + 1 for x in range(ss, a) if words[x] == ","]
    subject = None
    for x in ents:
        if ss <= x.start and x.end <= a and any(
                s <= x.start <= s + SUBJECT_LEAD and all(w.isalpha() for w in words[s:x.start]) and
                (s == x.start or LOWERED[words[s]] not in FRONT_WORDS) for s in starts):
            subject = x if subject is None or x.start > subject.start else subject
    if subject is None or any(subject.end <= x.start < a for x in ents) or \
            cue_in_clause(words, subject.end, a, SPEECH_VERBS, ()) or _gives(words, subject.end, a):
        return None
    return subject


def _with_co_winners(d, winner, ss: int, by_end) -> list:
    """``winner`` and, when it is a name the earlier components found (``by_end``), the names coordinated before it
    in sentence ``ss`` ("A, B và C vô địch …", "A vừa cùng B vô địch …": :func:`co_winners.co_winners`, the adverbs
    before a comitative read as before a win, :func:`_win_start`), first written first."""
    if by_end.get(winner.end) is not winner:
        return [winner]
    return co_winners(d, winner, ss, by_end, _win_start) + [winner]


def _gives(words, lo: int, a: int) -> bool:
    """Whether a gift (GIFTS: "tặng", "trao", "thưởng") stands among ``words[lo:a]``, no receiver's word
    (GIFT_PASSIVES: "được", "nhận") before it there: the main clause's subject gives a bonus for a win, it won
    nothing ("Công ty A thưởng 1 tỷ đồng cho đội B khi vô địch C"; "A được thưởng … khi vô địch C" is A's)."""
    low = [LOWERED[w] for w in words[lo:a]]
    for x in range(len(low)):
        if low[x] in GIFT_PASSIVES:
            return False
        if any(tuple(low[x:x + len(g)]) == g for g in GIFTS):
            return True
    return False


def _verb_start(words, p: int, ss: int) -> int | None:
    """Where a winning verb (WIN_VERBS) written right before token ``p`` starts, not before ``ss``; None when none
    is written there."""
    for verb in WIN_VERBS:
        n = len(verb)
        if p - n >= ss and _written(words, p - n, verb):
            return p - n
    return None


def _win_start(words, k: int, ss: int) -> int:
    """Where the win told by the title at ``k`` starts in sentence ``ss``: before a winning verb (WIN_VERBS), a count
    of the titles won between them or not ("giành | 2 | chức vô địch La Liga", "đoạt hai chức vô địch …": COUNT_WORD,
    before "chức" only), then adverbs ("đã", "chính thức") and counts ("lần thứ 10", "3 lần") before it."""
    p = _verb_start(words, k, ss)
    if p is None and k - 1 > ss and LOWERED[words[k]] == "chức" and COUNT_WORD[words[k - 1]]:
        p = _verb_start(words, k - 1, ss)
    j = k if p is None else p
    while j > ss:
        k = adverbs_start(words, ss, j, WIN_ADVERB_PAIRS)
        if k < j:
            j = k
        elif LOWERED[words[j - 1]] in WIN_COUNT_WORDS or words[j - 1].isdigit():
            j -= 1
        else:
            break
    return j


def _nicknamed_team(d, j, ss):
    """The club a nickname in quotes ending at token ``j`` names (team_nicknames.tsv: "“Kền kền trắng”" -> Real
    Madrid), not before the sentence start ``ss``, as an Ent of kind "unit" written as the document names the club
    (:func:`team_written`), spanning the quoted nickname; None when no listed nickname in quotes ends there or the
    document names the club in none of its forms."""
    words = d.words
    if j - 2 < ss or words[j - 1] not in QUOTES_CLOSE:
        return None
    q = next((q for q in range(j - 2, max(ss, j - 2 - NICKNAME_MAX) - 1, -1) if words[q] in QUOTES_OPEN), None)
    club = NICKNAMES.get(span_text(d, q + 1, j - 1).lower()) if q is not None else None
    name = team_written(club, d.text) if club else None
    return Ent("unit", q, j, name, {"kind": "nickname"}) if name else None


def team_written(club: str, text: str) -> str | None:
    """The longest form of ``club`` (a club's name of team_nicknames.tsv) that ``text`` writes as whole words: the
    name itself, a short name of club_aliases.tsv ("MU"), or its opening word when no other club listed opens with
    it ("Real" of "Real Madrid", not "Manchester"); None when it writes none."""
    forms = [name for name, whole in _club_forms().get(club, ()) if whole.search(text)]
    return max(forms, key=len) if forms else None


@functools.lru_cache(maxsize=1)
def _club_forms() -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    """Each club of team_nicknames.tsv -> the forms the press names it by (:func:`team_written`), each with the
    regex finding it as whole words, compiled once."""
    clubs = sorted(set(NICKNAMES.values()))
    openers = [c.split()[0] for c in clubs]
    out = {}
    for club in clubs:
        forms = [club] + sorted(short for short, full in CLUB_ALIASES.items() if full == club)
        first = club.split()[0]
        if first != club and openers.count(first) == 1:
            forms.append(first)
        out[club] = tuple((form, re.compile(r"(?<!\w)%s(?!\w)" % re.escape(form))) for form in forms)
    return out


def _written(words, i, phrase: tuple) -> bool:
    """The words from token ``i`` on, lower-cased, are ``phrase`` (a tuple of lower-case words of a cue list).  The
    callers keep ``i`` within the sentence."""
    return tuple(w.lower() for w in words[i:i + len(phrase)]) == phrase


def _before_clause_opener(words, c: int, j: int) -> int:
    """``j``, or where a capitalised clause opener inside the name ``words[c:j]`` (past its first word) starts: a
    scraped story that lost the stop after a heading glues the next sentence to the competition's name ("vô địch
    La Liga | Trong thành công …", "… Roland Garros | Tuy nhiên, …"); the openers are persons.CLAUSE_OPENERS and
    CONNECTIVES (clause_openers.txt), which a name never holds."""
    for p in range(c + 1, j):
        if words[p] in CLAUSE_OPENERS or (p + 1 < len(words) and words[p][:1].isupper() and
                                          connective(words[p], words[p + 1])):
            return p
    return j


def _sport_event_end(words, c, se) -> int | None:
    """End of a sport's event written in lower case at ``c`` (SPORTS then a word of SEXES: "bóng đá | nữ", "cầu lông
    nam"), or None (a sport alone, "vô địch bóng đá", names no event won)."""
    for sport in SPORTS:
        e = c + len(sport)
        if e < se and _written(words, c, sport) and words[e] in SEXES:
            return e + 1
    return None


def _event_after(words, end: int, se: int):
    """The (start, end) of the event written after a competition's name ending at ``end``, a year between or not, past
    a venue word (VENUE_WORDS): an event of EVENTS ("ở | nội dung cờ tiêu chuẩn", "tại | đơn nữ"), its lower-case
    words and numbers after it (at most EVENT_TAIL_MAX, to a mark, a capitalised word, a year or a word of NAME_STOPS:
    "nội dung 400 m rào nữ", "đơn nữ | năm 2017");
    kept in the title as an event before the competition is (eval gold of the held-out news: "Chức vô địch giải cờ
    vua châu Á nội dung cờ tiêu chuẩn"). None when none is written there."""
    t = end + 1 if end < se and year_word(words[end]) else end
    if t + 1 >= se or LOWERED[words[t]] not in VENUE_WORDS:
        return None
    ev = next((e for e in EVENTS if t + 1 + len(e) <= se and _written(words, t + 1, e)), None)
    if ev is None:
        return None
    stop = t + 1 + len(ev)
    while stop < se and stop - t - 1 - len(ev) < EVENT_TAIL_MAX and not year_word(words[stop]) and \
            LOWERED[words[stop]] not in NAME_STOPS and (
            words[stop].isdigit() or (words[stop].isalpha() and words[stop].islower())):
        stop += 1  # (a name stop ends it: "… đơn nữ | năm 2017", "… | tại …")
    return t + 1, stop


def _past_weight_class(words, end, se) -> int:
    """Past the weight class (WEIGHT_CLASSES: "hạng bán trung", or "hạng N kg") written right after a competition's
    name ending at ``end`` ("WBO | hạng bán trung"), if any; else ``end``."""
    for wc in WEIGHT_CLASSES:
        if end + len(wc) <= se and _written(words, end, wc):
            return end + len(wc)
    if end + 3 <= se and words[end].lower() == "hạng" and words[end + 1].isdigit() and words[end + 2].lower() == "kg":
        return end + 3
    return end


def title_key(text: str) -> str:
    """A title's text without its leading "chức" and case ("chức vô địch Premier League" and "vô địch Premier
    League" are one title of a winner; a document often writes both)."""
    t = text.lower()
    return t[5:] if t.startswith("chức ") else t


@Language.factory("sovang_championships")
def make_championships(nlp, name):
    """Factory of :class:`ChampionshipFinder`."""
    return ChampionshipFinder(nlp)


def _sentence_year(d, ss, se) -> int | None:
    """The first year written in sentence [``ss``, ``se``) of ``d`` (a token of four digits from
    ``lexicon.FIRST_FACT_YEAR`` to ``LAST_FACT_YEAR``, 1940 to 2049), or None: two wins of one title by one winner
    are one conferral unless their sentences name different years."""
    for w in d.words[ss:se]:
        if len(w) == 4 and w.isdigit() and FIRST_FACT_YEAR <= int(w) <= LAST_FACT_YEAR:
            return int(w)
    return None
