"""The spaCy frame: a blank Vietnamese pipeline with a punctuation-aware tokenizer.

:func:`get_nlp` builds the pipeline once per process (module-level cache) with
the sovang components in order::

    sovang_sentences → sovang_units → sovang_awards → sovang_collectives → sovang_persons
      → sovang_campaigns → sovang_officials → sovang_conferrals → sovang_championships
      → sovang_parenthesised_titles → sovang_won_by

Components store spans in ``doc.spans["unit" | "person" | "award" |
"campaign"]`` and their structured records in ``doc._.sv`` (a dict, see
:mod:`extractors.components.base`); inside :func:`extractors.engine.extract`, which reads only the records,
they make no spans (``base.set_spans``).
"""
from __future__ import annotations

import functools
import gc
import re

import spacy
from spacy.attrs import LOWER
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

PIPE_NAMES = ("sovang_sentences", "sovang_units", "sovang_awards", "sovang_collectives", "sovang_persons",
              "sovang_campaigns", "sovang_officials", "sovang_conferrals", "sovang_championships",
              "sovang_parenthesised_titles", "sovang_won_by")

#: space-separated chunks whose tokens the tokenizer keeps; past spaCy's default, 10,000 (soon reached: the
#: matchers' phrases are tokenized too), a chunk not kept is split by the affix rules again at each occurrence
#: (~10% of the tokenizer's time on real/news + dev; a chunk's kept tokens are those the rules give it, so the
#: output is the same either way)
TOKENIZER_CACHE = 200_000

#: the young generation's threshold of Python's cyclic garbage collector once the pipeline is built (its default,
#: 700, is a collection at every 700 more container objects alive than freed): extraction makes and frees short-lived
#: lists, tuples and records by the hundred thousand, nearly all of them freed by their reference counts, so a young
#: collection there walks objects that are no garbage.  At 700, 60-65 young collections (and 5-6 of the middle
#: generation) a pass over dev and real/news took 24-53 ms of CPU; at 20,000, none in a pass (session 37, spd).
#: Garbage in reference cycles waits for at most this many objects more before it is freed.
GC_YOUNG = 20_000

if not Doc.has_extension("sv"):
    Doc.set_extension("sv", default=None)


def make_tokenizer(nlp) -> Tokenizer:
    """A rule tokenizer splitting on spaces and punctuation ("Hạnh," → "Hạnh" ","; "GD-ĐT" → "GD" "-" "ĐT")."""
    infixes = list(TOKENIZER_INFIXES) + [r"[/&()“”\"’‘;:]", r"(?<=[^\W\d])\.(?=[^\W\d])"]
    prefixes = list(TOKENIZER_PREFIXES) + [r"[“”‘’\"(–-]"]
    suffixes = list(TOKENIZER_SUFFIXES) + [r"[“”‘’\"),;:–-]"]
    return Tokenizer(nlp.vocab,
                     prefix_search=_ByEdge(prefixes, compile_prefix_regex(prefixes), first=True).search,
                     suffix_search=_ByEdge(suffixes, compile_suffix_regex(suffixes), first=False).search,
                     infix_finditer=_Infixes(infixes, compile_infix_regex(infixes)).finditer,
                     max_cache_size=TOKENIZER_CACHE)


class _NotOnLetters:
    """A compiled affix regex that is not run over a string of letters alone ("Hạnh", "UBND"), for which it
    finds nothing: every prefix, suffix and infix above takes a punctuation mark, symbol, digit or currency
    sign, or follows a digit ("5km"); ``str.isalpha`` is far cheaper than the regexes (thousands of
    alternatives) on the words the tokenizer sees first.  ``pattern`` is kept for spaCy's serialisation
    (``Tokenizer.to_bytes`` reads ``prefix_search.__self__.pattern``)."""

    def __init__(self, regex):
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags

    def search(self, string: str):
        """``regex.search(string)``; None at once for letters alone."""
        return None if string.isalpha() else self.regex.search(string)

    def finditer(self, string: str):
        """``regex.finditer(string)``; nothing at once for letters alone."""
        return () if string.isalpha() else self.regex.finditer(string)


class _Infixes(_NotOnLetters):
    """The infix regex of spaCy's tokenizer, not run over a string of letters and digits alone ("2020", "U23",
    "H5N1") when no infix can begin with a letter or a digit: every infix above is a punctuation mark, symbol or
    hyphen (behind a look-behind, which takes no character: "5-7" splits at "-"), so a match, which begins on a
    character of the string, finds none in such a string.  What each entry can begin with is read from its parsed
    form (:func:`_seq_edge`); when one could begin with a letter or a digit, or with any character, every string
    but letters alone is searched, as :class:`_NotOnLetters` does."""

    def __init__(self, entries, regex):
        super().__init__(regex)
        self.alnum_free = all(_begins_apart(e) for e in entries if e.strip())

    def finditer(self, string: str):
        """``regex.finditer(string)``; nothing at once for letters and digits alone (where no infix begins)."""
        if string.isalpha() or (self.alnum_free and string.isalnum()):
            return ()
        return self.regex.finditer(string)


def _begins_apart(entry: str) -> bool:
    """A match of ``entry`` (an infix regex) begins with a character known from its parsed form, never a letter or a
    digit (``str.isalnum``) and never the empty string."""
    p = _parsed(entry)
    if p is None or p[1]:
        return False
    chars, empty = _seq_edge(p[0], True)
    return chars is not None and not empty and not any(c.isalnum() for c in chars)


def _parsed(entry: str):
    """(the top-level items of regex ``entry`` as ``re._parser`` parses it, whether it matches in any case
    (``re.IGNORECASE``)); None when it does not parse.  Read by :func:`_begins_apart` and :func:`_edge_chars`."""
    import re._parser as P

    try:
        parsed = P.parse(entry)
    except re.error:
        return None
    return list(parsed), bool(parsed.state.flags & re.IGNORECASE)


class _ByEdge(_NotOnLetters):
    """The prefix (``first``) or suffix regex of spaCy's tokenizer, searched with only the alternatives that can
    begin (end) with the string's first (last) character.

    spaCy joins the entries into one alternation, ``^entry|…`` or ``entry$|…``, which ``search`` tries entry by
    entry at every position; most entries are single punctuation marks, so most cannot match a given string at
    all.  A prefix match starts at 0 and a suffix match ends at the end of the string (a string of the
    tokenizer holds no line break, so ``$`` is its end), so its first (last) character is the string's: an
    entry that cannot begin (end) with that character never matches, and leaving it out changes neither where
    the search matches nor which entry matches first (the others keep their order).  What each entry can begin
    or end with is read from its parsed form (:func:`_edge_chars`); an entry it cannot read, or one that can
    match the empty string, is kept for every character.  The tokenizer reads only ``start()`` and ``end()``
    of the match."""

    def __init__(self, entries, regex, first: bool):
        super().__init__(regex)
        self.first = first
        pieces = [("^" + e if first else e + "$") for e in entries if e.strip()]  # (as spaCy's compile_*_regex)
        edges = [_edge_chars(piece, first) for piece in pieces]
        if any(e is False for e in edges):  # an entry not anchored as expected: search the whole regex
            self.by_char, self.other = {}, regex
            return
        always = [k for k, e in enumerate(edges) if e is None]
        chars = set().union(*(e for e in edges if e is not None))
        compiled: dict[tuple, object] = {}

        def joined(ks):
            key = tuple(sorted(set(ks) | set(always)))
            if key not in compiled:
                compiled[key] = re.compile("|".join(pieces[k] for k in key)) if key else None
            return compiled[key]

        self.by_char = {c: joined([k for k, e in enumerate(edges) if e is not None and c in e]) for c in chars}
        self.other = joined([])

    def search(self, string: str):
        """``regex.search(string)`` (same span), trying only the entries that can match ``string``."""
        if string.isalpha():
            return None
        if not string or string[-1] == "\n":
            return self.regex.search(string)
        r = self.by_char.get(string[0] if self.first else string[-1], self.other)
        return r.search(string) if r is not None else None


def _edge_chars(piece: str, first: bool):
    """The characters a match of ``piece`` can begin with (``first``) or end with, read from its parsed form;
    None when any character may (a class by category, a negated class, ``.``, a case-insensitive part, a
    match of nothing); False when ``piece`` does not open on ``^`` (close on ``$``) at its top level."""
    import re._constants as C

    p = _parsed(piece)
    if p is None:
        return False
    items, caseless = p
    if caseless:
        return None
    anchor = items[0] if first else items[-1]
    if anchor != (C.AT, C.AT_BEGINNING if first else C.AT_END):
        return False
    chars, empty = _seq_edge(items, first)
    return None if chars is None or empty else chars


def _seq_edge(items, first: bool):
    """(characters a match of the sequence ``items`` can begin/end with or None for any, whether it can be empty)."""
    out: set | None = set()
    for op, av in (items if first else reversed(items)):
        chars, empty = _item_edge(op, av, first)
        out = None if chars is None or out is None else out | chars
        if not empty:
            return out, False
    return out, True


def _item_edge(op, av, first: bool):
    """(first/last characters or None for any, can be empty) of one parsed item."""
    import re._constants as C

    if op is C.LITERAL:
        return {chr(av)}, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # takes no character
    if op is C.IN:
        chars = set()
        for kind, v in av:
            if kind is C.LITERAL:
                chars.add(chr(v))
            elif kind is C.RANGE:
                chars.update(map(chr, range(v[0], v[1] + 1)))
            else:  # NEGATE, CATEGORY
                return None, False
        return chars, False
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _, sub = av
        chars, empty = _seq_edge(list(sub), first)
        return chars, empty or lo == 0
    if op is C.SUBPATTERN:
        _, add, _, sub = av
        if add & re.IGNORECASE:
            return None, True
        return _seq_edge(list(sub), first)
    if op is C.ATOMIC_GROUP:
        return _seq_edge(list(av), first)
    if op is C.BRANCH:
        out: set | None = set()
        empty = False
        for seq in av[1]:
            chars, e = _seq_edge(list(seq), first)
            out = None if chars is None or out is None else out | chars
            empty = empty or e
        return out, empty
    return None, True  # anything else (ANY, NOT_LITERAL, a group reference, …): any character, maybe none


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The sovang pipeline (built once per process). Raises ImportError if spaCy is missing."""
    from . import components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    # the components read a token's text (ORTH) and LOWER only (PhraseMatcher attr="LOWER"); spaCy's other
    # lexical attributes (NORM, SHAPE, PREFIX, IS_STOP, LIKE_URL, … 24 getters) cost ~25 µs for every
    # new word the tokenizer meets and are never read, so only LOWER is computed
    nlp.vocab.lex_attr_getters = {LOWER: nlp.vocab.lex_attr_getters[LOWER]}
    nlp.tokenizer = make_tokenizer(nlp)
    # no parser or NER runs, so spaCy's 1,000,000-character guard does not apply; documents longer
    # than extractors.CHUNK_CHARS are extracted in parts (see extractors.extract)
    nlp.max_length = 5_000_000
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    # the lexicons, gazetteers and matchers just built are ~100,000 long-lived containers that
    # Python's cyclic garbage collector would otherwise walk again at every full collection (~5% of extract()):
    # move them, and everything else alive now, to the permanent generation (gc.freeze; nothing of it is garbage)
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    return nlp


@functools.lru_cache(maxsize=4)
def pipeline_steps(nlp) -> tuple:
    """The component callables of ``nlp`` in pipeline order (what ``nlp.pipeline`` lists), read once per pipeline.

    spaCy's ``Language.pipeline`` builds a new frozen list, with its error message formatted, at every read
    (~40 µs, against ~12 µs for tokenizing a short sentence); :func:`extractors.engine.extract` runs the
    components of :func:`get_nlp`, whose pipeline is never changed once built, once per document."""
    return tuple(proc for _, proc in nlp.pipeline)
