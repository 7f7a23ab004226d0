"""The spaCy frame: a blank Vietnamese pipeline with a punctuation-aware tokenizer.

:func:`get_nlp` builds the pipeline once per process (module-level cache) with
the sovang components in order::

    sovang_sentences → sovang_units → sovang_awards → sovang_collectives → sovang_persons
      → sovang_campaigns → sovang_officials → sovang_conferrals

Components store spans in ``doc.spans["unit" | "person" | "award" |
"campaign"]`` and their structured records in ``doc._.sv`` (a dict, see
:mod:`extractors.components.base`).
"""
from __future__ import annotations

import functools
import gc

import spacy
from spacy.attrs import LOWER
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

PIPE_NAMES = ("sovang_sentences", "sovang_units", "sovang_awards", "sovang_collectives", "sovang_persons",
              "sovang_campaigns", "sovang_officials", "sovang_conferrals", "sovang_championships")

#: space-separated chunks whose tokens the tokenizer keeps; past spaCy's default, 10,000 (soon reached: the
#: matchers' phrases are tokenized too), a chunk not kept is split by the affix rules again at each occurrence
#: (~10% of the tokenizer's time on real/news + dev; a chunk's kept tokens are those the rules give it, so the
#: output is the same either way)
TOKENIZER_CACHE = 200_000

if not Doc.has_extension("sv"):
    Doc.set_extension("sv", default=None)


def make_tokenizer(nlp) -> Tokenizer:
    """A rule tokenizer splitting on spaces and punctuation ("Hạnh," → "Hạnh" ","; "GD-ĐT" → "GD" "-" "ĐT")."""
    infixes = list(TOKENIZER_INFIXES) + [r"[/&()“”\"’‘;:]", r"(?<=[^\W\d])\.(?=[^\W\d])"]
    prefixes = list(TOKENIZER_PREFIXES) + [r"[“”‘’\"(–-]"]
    suffixes = list(TOKENIZER_SUFFIXES) + [r"[“”‘’\"),;:–-]"]
    return Tokenizer(nlp.vocab,
                     prefix_search=_NotOnLetters(compile_prefix_regex(prefixes)).search,
                     suffix_search=_NotOnLetters(compile_suffix_regex(suffixes)).search,
                     infix_finditer=_NotOnLetters(compile_infix_regex(infixes)).finditer,
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
    return nlp
