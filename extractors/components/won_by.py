"""``sovang_won_by``: a title or prize said to belong to its winner ("… thuộc về X"), as an award fact.

Shapes (Vietnamese press usage of contest results; bulk news vi_news_50k, session 30)::

    <prize found> (đã|chính thức|lần lượt …) thuộc về <winner> (và <winner>)   "giải nhất kéo co thuộc về Chi đoàn X"
    (Ở) hạng mục <category> ((…)) (đã) thuộc về <winner>                     "hạng mục thủ môn hay nhất năm đã thuộc về Y"
    (ngôi vị|danh hiệu) Quán quân|Á quân (N) (<Contest>) thuộc về <winner>    "Ngôi vị Quán quân The Voice thuộc về Z"

The prize is an award the recogniser found ending right before the verb (past its adverbs and a parenthesis: "giải
ba", "Huy chương Bạc", "giải nhì cuộc thi …") that no earlier component linked, or a category after a category noun
("hạng mục", won_by_cues.txt), written without the noun and without a closing time word ("năm nay"). The winner
is the person or unit found by the earlier components after the verb, past lower-case descriptors and a nickname
in quotes ("thuộc về ca sĩ X", "thuộc về “Vua phòng trà” Đức Minh"), and each further one joined by "và" or a
comma ("thuộc về ca sĩ A và ca sĩ B"). Not a win: a future, a condition, a guess or a standing anywhere in the
clause before the verb (championship_cues.txt "Aims", won_by_cues.txt "Not yet": "sẽ thuộc về", "nếu thua … thuộc
về", "đang thuộc về"). eval GUIDELINES: contest prizes count when the text says someone received them; the year is
the engine's, as for every award fact.

Runs after ``sovang_parenthesised_titles``: each prize linked here becomes a conferral record
(``st["conferrals"]``); a category becomes an award span too. A document without a verb of belonging ("thuộc
về") costs one string test per verb.
"""
from __future__ import annotations

from spacy.language import Language

from ..facts import outermost
from ..gazetteer import section
from ..lowered import lowered_text
from .base import LOWERED, QUOTES_CLOSE, QUOTES_OPEN, Ent, is_cap, lower_in, positions, span_text, state, toks, \
    year_word
from .championships import AIMS, SENTENCE_MARKS, cue_in_clause
from .conferral_words import phrase_tuples

CUES = "won_by_cues.txt"
#: verbs of belonging, word tuples ("thuộc về")
VERBS = phrase_tuples(CUES, "# Verbs of belonging")
VERB_TEXTS = tuple(" ".join(v) for v in VERBS)  # (a document holding none of them is passed by)
_VERB_FIRST = lower_in(v[0] for v in VERBS)  # (a verb is read only where its first word stands)
#: adverbs between the prize and the verb, word tuples, longest first
ADVERBS = phrase_tuples(CUES, "# Adverbs written between")
RESPECTIVELY = ("lần", "lượt")  # the adverb that pairs a list of prizes with the list of winners in written order
#: ranks written after one prize head in a list won in turn ("giải nhì và ba lần lượt thuộc về …")
RANKS = frozenset(section(CUES, "# Ranks written after one prize head"))
PRIZE_HEAD = "giải"  # the head the ranks of such a list follow
#: words of a clause that leave its result unwon: championship_cues.txt "Aims" and won_by_cues.txt "Not yet"
NOT_YET = tuple(AIMS) + tuple(section(CUES, "# Not yet won"))
CATEGORY_NOUNS = phrase_tuples(CUES, "# Category nouns")
TIME_WORDS = phrase_tuples(CUES, "# Time words closing")
CLAUSE_MARKS = SENTENCE_MARKS | {"\n"}  # marks that close the clause a result is read in, and a line end
#: words after "và" or a comma that open another clause, not a further winner's descriptor: the verbs of a result
#: and the nouns of a prize (won_by_cues.txt "Words of another clause")
CLAUSE_WORDS = frozenset(section(CUES, "# Words of another clause"))
#: the ranks of a contest's result and the nouns of a title dropped before them (won_by_cues.txt), word tuples,
#: longest first (_title_before)
TITLE_HEADS = phrase_tuples(CUES, "# Title heads")
TITLE_NOUNS = phrase_tuples(CUES, "# Title nouns dropped")
BARE_TITLES = frozenset({("quán", "quân"), ("á", "quân")})  # heads read without a contest's name after them
TITLE_NAME_MAX = 6  # capitalised words of the contest named after a title head ("Asia’s Next Top Model")
CATEGORY_MAX = 10  # words of a category's name ("cầu thủ trẻ hay nhất năm")
DESCRIPTOR_WORDS = 2  # words of a capitalised descriptor opening a list item ("Cầu thủ", "Nhà báo")
DESCRIPTOR_MAX = 6  # lower-case words before a winner ("cầu thủ mới 16 tuổi", "người đẹp")


class WonBy:
    """Links prizes said to belong to a winner ("… thuộc về X"); see module doc."""

    def __call__(self, doc):
        d = toks(doc)
        text = lowered_text(d)
        if not any(v in text for v in VERB_TEXTS):
            return doc
        st = state(doc)
        words = d.words
        low = list(map(LOWERED.__getitem__, words))
        sents = st.get("sents") or [(0, len(words))]
        ents = outermost(list(st["person"]) + list(st["unit"]))
        by_start = {}
        for x in ents:
            by_start.setdefault(x.start, x)
        linked = {id(c["award"]) for c in st["conferrals"]}
        for ss, se in sents:
            for i in positions(_VERB_FIRST, words, ss + 1, se - 2):
                verb = next((v for v in VERBS if tuple(low[i:i + len(v)]) == v), None)
                if verb is None or cue_in_clause(low, ss, i, NOT_YET, CLAUSE_MARKS):  # "… sẽ thuộc về X"
                    continue
                p, passed = _past_adverbs(low, ss, i)  # (once: both readers start where the adverbs begin)
                prizes = self._respective_prizes(d, low, ss, p, passed, st["award"], linked)
                if prizes is None:
                    prize = self._prize_before(d, low, ss, p, st["award"], linked)
                    prizes = [prize] if prize is not None else []
                winners = _winners(words, i + len(verb), se, by_start)
                if not prizes or not winners:
                    continue
                if len(prizes) > 1:  # "giải nhì và giải ba lần lượt thuộc về A và B": A–nhì, B–ba
                    if len(prizes) != len(winners):
                        continue  # unpaired: no prize is told as any one winner's
                    pairs = list(zip(prizes, winners))
                else:
                    pairs = [(prizes[0], r) for r in winners]
                for prize, r in pairs:
                    if not any(prize is a for a in st["award"]):
                        st["award"].append(prize)
                    linked.add(id(prize))
                    st["conferrals"].append({"award": prize, "name": prize.text, "recipient": r,
                                             "status": "conferred", "revoked": False, "sent": (ss, se),
                                             "how": "won by"})
        return doc

    @staticmethod
    def _respective_prizes(d, low, ss, p, passed, awards, linked):
        """The prizes of a list won in turn, in written order, when "lần lượt" stands between them and the verb
        (``p``, ``passed``: where the adverbs before the verb begin and the adverbs, :func:`_past_adverbs`) ("giải nhì
        và giải ba lần lượt thuộc về …": the two awards found, joined by "và" or a comma; "hai giải nhì và ba lần lượt
        …", "các giải nhất, nhì, ba lần lượt …": one head and its ranks (RANKS or a number of one or two digits), each
        a new award Ent "giải <rank>"). None when the adverb is not there or fewer than two prizes are listed (the
        caller then reads one prize as before)."""
        if RESPECTIVELY not in passed:
            return None
        ends = {a.end: a for a in awards if a.start >= ss and id(a) not in linked}
        found = []
        while p in ends:  # awards found, each closing right before a comma or "và" or the adverbs
            a = ends[p]
            found.insert(0, a)
            if a.start - 1 <= ss or low[a.start - 1] not in (",", "và"):
                break
            p = a.start - 1
        if len(found) > 1:
            return found
        k = found[0].end - 1 if found else p - 1  # the last rank ("… nhì, ba lần lượt")
        ranks = []
        while k > ss and (low[k] in RANKS or (low[k].isdigit() and len(low[k]) <= 2)):
            ranks.insert(0, k)
            if low[k - 1] != PRIZE_HEAD and low[k - 1] not in (",", "và"):
                return None
            k -= 1 if low[k - 1] == PRIZE_HEAD else 2
        if len(ranks) < 2 or low[k] != PRIZE_HEAD or k + 1 != ranks[0]:
            return None
        for a in awards:  # the award read at the head ("giải Nhì" of "giải Nhì và Ba") is the list's first prize
            if a.start == k:
                linked.add(id(a))
        return [Ent("award", r if n else k, r + 1, f"{d.words[k]} {d.words[r]}", {"kind": "rank"})
                for n, r in enumerate(ranks)]

    @staticmethod
    def _prize_before(d, low, ss, p, awards, linked):
        """The prize whose name ends before the verb's adverbs, which begin at ``p`` (:func:`_past_adverbs`; past
        a parenthesis and a time word): an award found there that no component linked, else a category after a
        category noun (a new award Ent); None when neither."""
        if p - 1 > ss and low[p - 1] == ")":
            q = next((x for x in range(p - 2, ss, -1) if low[x] in ("(", ")")), None)
            if q is None or low[q] != "(":
                return None
            p = q
        for tw in TIME_WORDS:
            if p - len(tw) > ss and tuple(low[p - len(tw):p]) == tw:
                p -= len(tw)
                break
        found = next((a for a in awards if a.end == p and a.start >= ss), None)
        if found is not None:
            return None if id(found) in linked else found
        title = _title_before(d, low, ss, p, awards)
        if title is not None:
            return title
        for k in range(p - 1, max(ss, p - CATEGORY_MAX - 2) - 1, -1):
            if low[k] in CLAUSE_MARKS or low[k] in (",", "(", ")"):
                return None
            noun = next((n for n in CATEGORY_NOUNS if tuple(low[k:k + len(n)]) == n), None)
            if noun is not None:
                a = k + len(noun)
                if a >= p or any(x.start < p and a < x.end for x in awards):
                    return None
                return Ent("award", a, p, span_text(d, a, p), {"kind": "category"})
        return None


def _title_before(d, low, ss, p, awards):
    """The title of a contest's result written right before ``p`` with no award found there: a head of TITLE_HEADS
    ("quán quân", "á quân", "(chức) vô địch"), a noun of TITLE_NOUNS before it or not ("ngôi vị", "danh hiệu"), and
    the contest's name after it, capitalised words (at most TITLE_NAME_MAX) ending before a year ("Ngôi vị Quán quân
    The Voice 2017 thuộc về A" -> "Quán quân The Voice"; "chức vô địch Liga 2016/17" -> "chức vô địch Liga"); the
    rank alone for BARE_TITLES ("Á quân (1) thuộc về B"). The head opens its clause (the sentence's start, a mark) or
    follows a noun of TITLE_NOUNS. A new award Ent, the noun left out; None when no head stands there, a word
    between the head and ``p`` is none of the name's, "vô địch" names no competition, or another word stands before
    the head ("kỷ lục vô địch Australian Open thuộc về A": a record held)."""
    for k in range(p - 1, max(ss, p - TITLE_NAME_MAX - 3) - 1, -1):
        head = next((h for h in TITLE_HEADS if tuple(low[k:k + len(h)]) == h), None)
        if head is None:
            continue
        a = k + len(head)
        if a < p and d.words[a].isdigit() and len(d.words[a]) == 1:
            a += 1  # "Á quân 1", "Á quân 2": the rank's number is the title's
        end = next((x for x in range(a, p) if year_word(d.words[x]) or d.words[x][:1].isdigit()), p)
        if any(not is_cap(w) for w in d.words[a:end]) or any(
                not (year_word(w) or w[:1].isdigit() or w == "/") for w in d.words[end:p]):
            return None  # (a lower-case word: "quán quân | của …", "vô địch | mùa này"; the year's parts only after)
        if end == a and head not in BARE_TITLES:
            return None  # "ngôi vô địch thuộc về X": the competition left unnamed
        if any(x.start < p and k < x.end for x in awards):
            return None
        if k > ss and d.words[k - 1].isalnum() and \
                not any(tuple(low[k - len(n):k]) == n for n in TITLE_NOUNS if k - len(n) >= ss):
            return None  # another word before the head: "kỷ lục vô địch X thuộc về …" (a record), part of a name
        return Ent("award", k, end, span_text(d, k, end), {"kind": "title won"})
    return None


def _past_adverbs(low, ss, i):
    """(token where the adverbs written before the verb at ``i`` begin, the adverbs passed as word tuples): "giải ba
    đã lần lượt thuộc về" → the index of "đã", {("đã",), ("lần", "lượt")}. ADVERBS, won_by_cues.txt."""
    p, passed = i, set()
    moved = True
    while moved:
        moved = False
        for adv in ADVERBS:
            if p - len(adv) > ss and tuple(low[p - len(adv):p]) == adv:
                p -= len(adv)
                passed.add(adv)
                moved = True
                break
    return p, passed


def _winners(words, j, se, by_start) -> list:
    """The winners named from token ``j`` (right after the verb): the person or unit starting past lower-case
    descriptors and a quoted nickname, then each joined by "và" or a comma the same way; [] when none."""
    out = []
    while j < se:
        r = _winner_at(words, j, se, by_start, further=bool(out))
        if r is None:
            break
        out.append(r)
        j = r.end
        if j < se and words[j] == "(":  # "(SBD 20)", "(Trường THPT …)": a note on the winner
            j = next((x + 1 for x in range(j + 1, min(se, j + 12)) if words[x] == ")"), se)
        if j + 1 < se and words[j] in ("và", ","):
            j += 1
            continue
        break
    return out


def _winner_at(words, j, se, by_start, further=False):
    """The person or unit starting at ``j`` or past at most DESCRIPTOR_MAX lower-case words or numbers and a
    quoted nickname ("ca sĩ X", "cầu thủ mới 16 tuổi X", "“Vua phòng trà” X", "Cầu thủ X": a two-word descriptor
    capitalised as a list item opens, _descriptor_at); None when another capitalised word, a
    mark or the clause's end comes first. A ``further`` winner (after "và" or a comma) is not past a word of
    another clause (CLAUSE_WORDS: "…, giải ba là chim của anh Y", "…, đều là học sinh trường Z")."""
    k = j
    while k < se and k - j <= DESCRIPTOR_MAX + 4:
        r = by_start.get(k)
        if r is not None:
            return r
        w = words[k]
        if further and w.lower() in CLAUSE_WORDS:
            return None
        if w in QUOTES_OPEN:
            close = next((x for x in range(k + 1, min(se, k + 6)) if words[x] in QUOTES_CLOSE), None)
            if close is None:
                return None
            k = close + 1
            continue
        if k == j and w[:1].isupper() and w.isalpha() and _descriptor_at(words, k):  # "Cầu thủ B"
            k += DESCRIPTOR_WORDS
            continue
        if not (w.isdigit() or (w.isalpha() and w.islower())) or k - j >= DESCRIPTOR_MAX:
            return None
        k += 1
    return None


def _descriptor_at(words, k) -> bool:
    """The two words at ``k`` are a noun describing a person without naming an office ("Cầu thủ", "Ca sĩ"): the
    engine's descriptors (honorifics.tsv roles, role_nouns.txt, positions.txt "# Occupations"), "sỹ" read as "sĩ"
    as the engine reads them ("Nghệ sỹ", "Bác sỹ": engine.is_descriptor)."""
    from ..engine import is_descriptor  # (the engine imports the components: read here, when first needed)
    return is_descriptor(" ".join(words[k:k + DESCRIPTOR_WORDS]))


@Language.factory("sovang_won_by")
def make_won_by(nlp, name):
    """Factory of :class:`WonBy`."""
    return WonBy()
