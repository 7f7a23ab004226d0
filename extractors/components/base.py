"""Shared helpers of the sovang components: records, token tests, the PhraseMatcher builder."""
from __future__ import annotations

import functools
import weakref
from itertools import compress, islice
from operator import itemgetter, le
from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH, ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..lexicon import cap, lexicon, variants
from ..lowered import lowered_text

PUNCT = {",", ".", ";", ":", "(", ")", "“", "”", "\"", "!", "?", "…", "–", "-", "'", "‘", "’"}
QUOTES_OPEN = {"“", "\"", "‘", "«"}
QUOTES_CLOSE = {"”", "\"", "’", "»"}


@dataclass
class Ent:
    """A recognised span: ``kind`` (unit/person/award/campaign), token ``start``/``end``, ``text`` (canonical or as written)."""

    kind: str
    start: int
    end: int
    text: str
    info: dict = field(default_factory=dict)


class W:
    """A light token: ``text``, ``idx`` (char offset in the block) and ``i`` (token index)."""

    __slots__ = ("text", "idx", "i")

    def __init__(self, text: str, idx: int, i: int):
        self.text, self.idx, self.i = text, idx, i


class Toks(list):
    """The tokens of a Doc as light :class:`W` objects made on access (spaCy Token objects are slow to
    create), with ``.doc``, ``.text`` and the plain lists ``.words``, ``.starts``, ``.ends``.

    A list of the words, so that ``len(d)`` (asked ~400 times a document) is a C call, with its attributes in
    slots, which are read as fast as a plain instance's (a list subclass without slots read ``.words`` and
    ``.starts`` from an instance dict, and ran 1.4% slower in all; with slots the components run ~0.8% faster).
    Reading an item or iterating gives :class:`W` objects, as before; a ``__dict__`` is kept for the memos
    some components keep on it; equality and hashing are by identity, as for a plain object."""

    __slots__ = ("doc", "st", "text", "words", "starts", "ends", "__dict__")
    __hash__ = object.__hash__

    def __eq__(self, other) -> bool:
        return self is other

    def __ne__(self, other) -> bool:
        return self is not other

    def __init__(self, doc, st):
        text = doc.user_data.get("sovang_text")  # the engine passes the text it built the Doc from
        if text is None:
            text = doc.text
        arr = doc.to_array([IDX, LENGTH, ORTH])  # (one call; ends added up by numpy)
        starts = arr[:, 0].tolist()
        ends = (arr[:, 0] + arr[:, 1]).tolist()
        self.doc = doc
        self.st = st
        self.text = text
        self.words = list(map(_Words.of(doc.vocab).__getitem__, arr[:, 2].tolist()))  # (one str per distinct
        # word for the whole run, read by its ORTH id: see _Words)
        self.starts = starts
        self.ends = ends
        super().__init__(self.words)  # (its length is len(d); its items are read through __getitem__ below)

    @functools.cached_property
    def lower_text(self):
        """The document's text lower-cased (:func:`extractors.lowered.lowered_text`, one copy a document) when the
        lower case of each character stands at that character's offset, so that a slice of it is the slice of the
        text lower-cased (:func:`lower_span`); else None.  ``str.lower`` maps one character to one character but for
        "İ" (U+0130, two: the length differs then) and a capital sigma, whose lower case depends on the letters
        around it (a final "ς" or "σ": it may differ between a slice and the whole text)."""
        low = lowered_text(self)
        return low if len(low) == len(self.text) and "Σ" not in self.text else None

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [W(self.words[k], self.starts[k], k) for k in range(*i.indices(len(self.words)))]
        if i < 0:
            i += len(self.words)
        return W(self.words[i], self.starts[i], i)

    def __iter__(self):
        return (W(w, a, k) for k, (w, a) in enumerate(zip(self.words, self.starts)))

    def __reversed__(self):
        return (W(self.words[k], self.starts[k], k) for k in range(len(self.words) - 1, -1, -1))

    def __contains__(self, x) -> bool:
        return any(t is x or t == x for t in self)  # (its items are the tokens made anew, as before: no word is)


class _Words(dict):
    """A token's text by its ORTH id (spaCy's hash of the text), one ``str`` object per distinct word for the
    whole run: the words of every document's :class:`Toks` are these same objects, so each word's hash is
    computed once and the components' many dict and set look-ups of a word (``is_cap``, ``WordTest``, the word
    lists) find an equal key by identity, without comparing characters; a word sliced out of each document
    anew was hashed and compared again in every document.  Filled on demand from the vocabulary's strings,
    cleared when it holds ``limit`` words (a long run keeps it bounded)."""

    __slots__ = ("strings", "limit")
    _by_vocab: dict = {}

    def __init__(self, strings, limit: int = 200_000):
        super().__init__()
        self.strings = strings
        self.limit = limit

    @classmethod
    def of(cls, vocab) -> "_Words":
        """The table of ``vocab`` (made on first use; a vocabulary is kept by its pipeline, so its id stays its own)."""
        table = cls._by_vocab.get(id(vocab))
        if table is None or table.strings is not vocab.strings:
            table = cls._by_vocab[id(vocab)] = cls(vocab.strings)
        return table

    def __missing__(self, orth: int) -> str:
        if len(self) >= self.limit:
            self.clear()
        word = self[orth] = self.strings[orth]
        return word



def toks(doc) -> Toks:
    """The cached :class:`Toks` of ``doc`` (components index tokens through it)."""
    if isinstance(doc, Toks):
        return doc
    st = state(doc)
    t = st.get("toks")
    if t is None:
        t = st["toks"] = Toks(doc, st)
    return t


def frame(doc) -> None:
    """Make the frame of ``doc`` now: its :class:`Toks` (:func:`toks`) and the matches of every shared phrase
    matcher of its vocabulary (:class:`_SharedPhrases`), which the components would otherwise make on first use.
    Nothing else changes: the components read the same Toks and matches, made once per Doc either way.  The engine
    makes the frames of a batch of documents back to back (:func:`extractors.engine.extract_batch`)."""
    toks(doc)
    if len(doc):  # (an empty Doc's phrases are never asked of the shared matcher: Phrases.__call__)
        for shared in _SHARED.values():
            if shared.vocab is doc.vocab:
                shared.by_key(doc)


def state(doc) -> dict:
    """The per-doc record store ``doc._.sv`` (created on first use)."""
    if isinstance(doc, Toks):
        return doc.st
    st = doc.user_data.get(_KEY)
    if st is None:
        st = doc.user_data[_KEY] = {"unit": [], "person": [], "award": [], "campaign": [], "officials": [],
                                    "conferrals": []}
    return st


_KEY = ("._.", "sv", None, None)  # where spaCy keeps the ``doc._.sv`` extension value


def release(doc) -> None:
    """Drop the records the components kept on ``doc`` once its facts are read.

    Its :class:`Toks` and its record store refer to each other and to the Doc (``st["toks"].st is st``,
    ``.doc``), a reference cycle that only Python's cyclic garbage collector would free: the 10^3-10^4
    objects a document leaves (tokens, records, spans) then pile up until a collection walks them
    (~3% of extraction).  Emptied here, they are freed at once when the Doc goes."""
    if isinstance(doc, Toks):
        doc = doc.doc
    st = doc.user_data.get(_KEY)
    if st is not None:
        st.clear()
    doc.user_data.clear()


#: ``doc.user_data`` key set by :func:`extractors.engine.extract`: it reads the records (``doc._.sv``) and drops the
#: Doc, so the components make no spaCy Spans for it (:func:`set_spans`)
RECORDS_ONLY = "sovang_records_only"


def set_spans(doc, key: str, records, label: str) -> None:
    """``doc.spans[key]``: ``records`` (with ``start``/``end``) as spaCy Spans labelled ``label``, for callers of
    the spaCy pipeline itself (``get_nlp()(text)``); none inside the engine (:data:`RECORDS_ONLY`), where making
    them was about 1.4% of extraction for spans nobody read."""
    if not doc.user_data.get(RECORDS_ONLY):
        doc.spans[key] = [Span(doc, r.start, r.end, label=label) for r in records]


def covered(ents, start: int, end: int) -> bool:
    """True when [start, end) overlaps any of ``ents``."""
    return any(e.start < end and start < e.end for e in ents)


def phrase_matcher(nlp, phrases, attr="ORTH", case_variants=True) -> "Phrases":
    """A matcher over ``phrases`` (each also with first letter lower/upper when ``case_variants``).

    Called on a Doc it returns what a PhraseMatcher holding these phrases under the key "P" returns:
    ``[(hash("P"), start, end), …]`` in order of start, then end.  The phrases of every matcher of one
    vocabulary on ORTH or LOWER are kept in one shared PhraseMatcher walking LOWER, each set under its own key, so
    one pass over a document serves them all (:class:`_SharedPhrases`; an ORTH set's matches are those whose words
    are one of its phrases as written).  Another attribute has a shared PhraseMatcher of its own."""
    seen = set()
    docs = []
    for p in phrases:
        for v in (variants(p) if case_variants else {p}):
            if v not in seen:
                seen.add(v)
                docs.append(nlp.make_doc(v))
    walk = "LOWER" if attr in ("ORTH", "LOWER") else attr
    shared = _SHARED.get((id(nlp.vocab), walk))
    if shared is None or shared.vocab is not nlp.vocab:
        shared = _SHARED[(id(nlp.vocab), walk)] = _SharedPhrases(nlp.vocab, walk)
    return Phrases(shared, docs, attr)


class _SharedPhrases:
    """One PhraseMatcher for every :func:`phrase_matcher` of a vocabulary on its attribute ``attr`` (LOWER serves
    the ORTH sets too), a key per phrase set; its matches are found once per Doc and kept in ``doc.user_data`` split
    by key.

    PhraseMatcher walks its trie from every token and lists each (key, start, end) as it passes the end of a
    phrase, in order of start and then end; the phrases of one key are found exactly where their own trie
    would find them (the walk only goes on further where another set's phrase goes on), so the matches of
    one key, in the order listed, are what a PhraseMatcher of that set alone returns.  A set on ORTH (``exact``)
    is walked on LOWER: words equal as written are equal lower-cased, so the LOWER matches of its phrases hold every
    ORTH match, in the same order, and those whose words are not one of its phrases as written (``exact[key]``, word
    tuples) are dropped: what a PhraseMatcher of the set on ORTH returns.  One walk of a document instead of one per
    attribute (spaCy reads each token's attribute with the interpreter lock taken and released: session 45)."""

    def __init__(self, vocab, attr: str):
        self.vocab = vocab
        self.attr = attr
        self.matcher = PhraseMatcher(vocab, attr=attr)
        self.keys: list[int] = []
        self.exact: dict[int, frozenset] = {}  # key of an ORTH set -> its phrases' words as written (tuples)
        self.slot = ("sovang_phrases", attr)

    def add(self, docs, exact: bool) -> int:
        """A key for the phrase set ``docs`` (phrase Docs), matched on this matcher's attribute, or as written
        (``exact``, a set on ORTH walked on LOWER)."""
        name = f"sovang_phrases_{len(self.keys)}"
        self.matcher.add(name, docs)
        key = self.vocab.strings.add(name)
        self.keys.append(key)
        if exact:
            self.exact[key] = frozenset(tuple(t.text for t in d) for d in docs)
        return key

    def matches(self, doc, key: int) -> list:
        """The matches of ``key`` in ``doc`` as (hash("P"), start, end) tuples (a new list)."""
        return list(self.by_key(doc)[key])

    def by_key(self, doc) -> dict:
        """Every key's matches in ``doc`` ({key: [(hash("P"), start, end), …]}), found on the first call for
        ``doc`` and kept in its ``user_data``."""
        cached = doc.user_data.get(self.slot)
        # first call on this Doc, a set added since, or user_data copied from another Doc
        if cached is None or cached[0] != len(self.keys) or cached[2]() is not doc:
            label = self.vocab.strings.add("P")
            by_key = {k: [] for k in self.keys}
            for k, s, e in self.matcher(doc):
                by_key[k].append((label, s, e))
            if self.exact:
                words = toks(doc)
                words = words.words if words.doc is doc else [t.text for t in doc]  # (not a copied record's)
                for k, written in self.exact.items():
                    if by_key[k]:
                        by_key[k] = [m for m in by_key[k] if tuple(words[m[1]:m[2]]) in written]
            cached = doc.user_data[self.slot] = (len(self.keys), by_key, weakref.ref(doc))
        return cached[1]


#: (id of the vocabulary, attribute walked) -> its shared PhraseMatcher (the vocabulary is kept, so the id stays its
#: own)
_SHARED: dict[tuple[int, str], _SharedPhrases] = {}


class Phrases:
    """A phrase set of :func:`phrase_matcher`: ``phrases(doc)`` gives the PhraseMatcher matches of the set on its
    attribute ``attr``.

    A Doc's tokens are never changed after the tokenizer (no component retokenizes), so the matches found
    for a Doc stay right for it.  A Span, or a call with keywords (``as_spans``), goes to a PhraseMatcher
    of this set alone (built on first such use)."""

    def __init__(self, shared: _SharedPhrases, docs: list, attr: str):
        self.shared = shared
        self.docs = docs
        self.attr = attr
        self.key = shared.add(docs, exact=self.attr != shared.attr)
        self._alone = None

    def __call__(self, doclike, **kwargs):
        if not kwargs and doclike.__class__ is Doc and len(doclike):
            return self.shared.matches(doclike, self.key)
        return self.alone(doclike, **kwargs)

    def alone(self, doclike, **kwargs):
        """What a PhraseMatcher of this set alone returns for ``doclike``."""
        if self._alone is None:
            self._alone = PhraseMatcher(self.shared.vocab, attr=self.attr)
            self._alone.add("P", self.docs)
        return self._alone(doclike, **kwargs)

    def __len__(self) -> int:
        return len(self.docs)


def longest_first(matches):
    """Non-overlapping (start, end) pairs from PhraseMatcher output, preferring longer, then earlier.

    Most calls (about two thirds over real/news and dev) get matches none of which overlaps another: in start order
    each then begins at or after the end of the one before, and all of them are the answer, in that order, without
    the sort by length and the greedy pass (:func:`_disjoint`)."""
    pairs = [(s, e) for _, s, e in matches]
    if _disjoint(pairs):
        return pairs
    spans = sorted([(s - e, s, e) for s, e in pairs])  # (minus the length first: a plain tuple sort, no key)
    if not spans:
        return []
    used = bytearray(max([e for _, _, e in spans]))  # 1 where a taken span lies
    taken = []
    for _, s, e in spans:
        if used.find(1, s, e) < 0:
            taken.append((s, e))
            used[s:e] = b"\x01" * (e - s)
    return sorted(taken)


def _disjoint(pairs) -> bool:
    """Each (start, end) of ``pairs`` begins at or after the end of the one before: they are in order and none
    overlaps another (what :func:`longest_first` would keep of them is all of them, in this order)."""
    return all(map(le, map(itemgetter(1), pairs), map(itemgetter(0), islice(pairs, 1, None))))  # (a[1] <= b[0], in C)


def token_set(ents) -> set:
    """The token indices covered by ``ents``."""
    out = set()
    for e in ents:
        out.update(range(e.start, e.end))
    return out


def name_run(doc, i: int, words, limit: int = 12) -> int:
    """End of a proper-name run from token i: capitalised words, numbers after them, and lower-case
    syllables completing a dictionary word begun by a capitalised one ("Công an", "Xây dựng").
    ``words`` is :func:`extractors.gazetteer.dictionary_words`."""
    n = len(doc)
    j = i
    while j < n and j - i < limit:
        w = doc[j].text
        if is_cap(doc[j]) or (w.isdigit() and j > i):
            j += 1
            continue
        if j > i and w.isalpha() and w.islower() and is_cap(doc[j - 1]) and \
                (doc[j - 1].text.lower() + " " + w) in words:
            j += 1
            continue
        break
    return j


class _Capitalised(dict):
    """word -> True when it starts with an upper-case letter (what :func:`is_cap` answers), filled on demand.

    Its ``__getitem__`` is :func:`is_cap`: for a word already asked, a C-level dict look-up with no Python
    call at all (the components ask ~90,000 times a run, over far fewer distinct words); a token (a
    :class:`W` or spaCy Token) is answered by its text, which alone is kept.  Cleared when it holds _CAPS_MAX
    words, so a long run keeps it bounded."""

    __slots__ = ()

    def __missing__(self, tok) -> bool:
        if tok.__class__ is not str:
            return self[tok.text]
        if len(self) >= _CAPS_MAX:
            self.clear()
        c = tok[:1]
        cap = self[tok] = c.isupper() and c.isalpha()
        return cap


_CAPS_MAX = 200_000
#: is_cap(tok) -> bool: the token (or word) starts with an upper-case letter ("Hà", "Đà"; not "hà", "1", "(")
is_cap = _Capitalised().__getitem__


class WordTest(dict):
    """word -> ``test(word)``, computed once per distinct word and then read by a C-level dict look-up: mapped
    over a document's words (``compress(range(n), map(t.__getitem__, words))``) it finds the tokens passing the
    test without a Python call per token.  Cleared when it holds ``limit`` words, so a long run keeps it bounded."""

    __slots__ = ("test", "limit")

    def __init__(self, test, limit: int = 200_000):
        super().__init__()
        self.test = test
        self.limit = limit

    def __missing__(self, word: str):
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.test(word)
        return value


#: a word's lower case by a C-level look-up, ``LOWERED[w] == w.lower()`` (computed once per distinct word): read in
#: the components' scans of single words in place of ``w.lower()``, a method call each time (``str.lower`` was the
#: most called function of extraction, about 515,000 calls a pass over dev and real/news; session 35)
LOWERED = WordTest(str.lower)


def lower_in(words) -> WordTest:
    """A :class:`WordTest` telling whether a word's lower case is one of ``words`` (lower-case strings): the
    test of a scan for the first words of a component's cue phrases (:func:`positions`)."""
    words = frozenset(words)
    return WordTest(lambda w: w.lower() in words)


def positions(test: WordTest, words, lo: int, hi: int):
    """The indices k in [lo, hi) of ``words`` (a list of str) whose word passes ``test`` (a :class:`WordTest`), in
    increasing order, by a C-level scan (no Python step per token): a component that reads a cue only where its
    first word stands visits those tokens alone instead of testing every token of the document (session 36)."""
    return compress(range(lo, hi), map(test.__getitem__, words[lo:hi]))


def year_word(w: str) -> bool:
    """``w`` is a year of four digits from 1900 to 2099 ("2017": a pageant's edition, a title's year)."""
    return len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")


def fullest(names) -> str | None:
    """The longest of ``names`` (strings: a document's names of one body), of several of that length the first in
    alphabetical order, so that the answer does not hang on the order of a set (which changes with Python's string
    hashing from one process to the next); None when there are none (GUIDELINES: a unit is written under the fullest
    name the document gives)."""
    return max(sorted(names), key=len, default=None)


def title_case(word: str) -> bool:
    """An alphabetic word written with one capital, first ("Masami"; not "TTr", "FrieslandCampina", "FIFA")."""
    return word.isalpha() and word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def span_text(doc, start: int, end: int) -> str:
    """Text of tokens [start, end) exactly as in the block."""
    if start >= end:
        return ""
    if doc.__class__ is not Toks:  # (Toks, the common case, without a call)
        doc = toks(doc)
    return doc.text[doc.starts[start]: doc.ends[end - 1]]


def lower_span(doc, start: int, end: int) -> str:
    """``span_text(doc, start, end).lower()``: the text of tokens [start, end) lower-cased, sliced from the document's
    text lower-cased once (:attr:`Toks.lower_text`) instead of lower-casing each span anew (a Vietnamese span is
    lower-cased character by character); lower-cased as a span where that copy is not aligned with the text."""
    if start >= end:
        return ""
    if doc.__class__ is not Toks:
        doc = toks(doc)
    low = doc.lower_text
    if low is None:
        return doc.text[doc.starts[start]: doc.ends[end - 1]].lower()
    return low[doc.starts[start]: doc.ends[end - 1]]


__all__ = ["RECORDS_ONLY", "set_spans", "WordTest", "LOWERED", "lower_in", "positions", "token_set", "Ent", "Toks", "toks", "state", "release", "covered", "phrase_matcher", "longest_first", "is_cap", "span_text", "lower_span", "year_word", "fullest",
           "PUNCT", "QUOTES_OPEN", "QUOTES_CLOSE", "lexicon", "cap", "indices", "opens_unit_head"]


def opens_unit_head(words, i: int, unit_heads) -> bool:
    """Token ``i`` of ``words`` (a capitalised syllable, read as a person's given name or a name's last syllables)
    opens a unit head of two words with the word after it (``unit_heads``, Lexicon.unit_heads from
    ``unit_types.tsv``: "Trung tâm", "Trung đoàn"): "… cho Trung tâm cứu hộ hàng hải" names a centre, not the
    person "Lê Văn Trung" by his given name."""
    return i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in unit_heads


def _word_char(c: str) -> bool:
    """``c`` (one character) is what ``\\w`` of Python's ``re`` matches in a str: a letter, digit or number, or "_"."""
    return c.isalnum() or c == "_"


def whole_writings(text: str, name: str, fits=None):
    """The starts of the writings of ``name`` in ``text`` with no word character right before or after, in order,
    each search going on after the last writing taken: what ``m.start()`` gives over ``re.finditer(r"(?<!\\w)" +
    re.escape(name) + r"(?!\\w)" + …, text)``, by ``str.find`` instead of a pattern compiled per name (a different
    name in each call, so none stayed in ``re``'s cache: each was compiled, then tried at every character of the
    document behind its look-behinds).  ``fits(start, end)``, when given, is a further condition of a writing
    (the pattern's other look-arounds); a writing failing it is not taken, and the search goes on from the next
    character, as the pattern's would.  ``name`` must not be empty."""
    n = len(name)
    last = len(text)
    i = text.find(name)
    while i >= 0:
        end = i + n
        if (i == 0 or not _word_char(text[i - 1])) and (end == last or not _word_char(text[end])) \
                and (fits is None or fits(i, end)):
            yield i
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)


def indices(words, word) -> list:
    """Indices of ``word`` in the list ``words`` (list.index: a C-level scan, far cheaper than a comparison per
    token in Python)."""
    out = []
    k = -1
    try:
        while True:
            k = words.index(word, k + 1)
            out.append(k)
    except ValueError:
        return out
