"""Look-ups of the nouns that describe a person (occupations, degrees, roles), shared by the engine's choice of a
person's position (:mod:`extractors.engine`) and the knowledge base's reading of occupations
(:mod:`outputs.join_evidence`): one spelling fold and one beginning look-up, so that both read a position alike."""
from __future__ import annotations


def fold_sy(text: str) -> str:
    """"sỹ" written "sĩ" (both spellings are allowed, Quyết định 240/QĐ 1984): "ca sỹ" → "ca sĩ"."""
    return text.replace("sỹ", "sĩ")


def opens_with_word(text: str, words: frozenset[str]) -> bool:
    """``text`` is one of ``words`` or opens with one followed by a space ("học sinh lớp 9A4" with "học sinh"): the
    text itself and its beginnings up to each space looked up in the set, in place of a ``startswith`` per word of
    ``words`` (some 500 descriptor nouns)."""
    return text in words or any(text[:i] in words for i, c in enumerate(text) if c == " ")


def longest_opening(text: str, words: frozenset[str]) -> str | None:
    """The longest of ``words`` that ``text`` is or opens with, followed by a space ("phi công lái" → "phi công"),
    looked up as :func:`opens_with_word` does; None when none does."""
    if text in words:
        return text
    return next((text[:i] for i in range(len(text) - 1, 0, -1) if text[i] == " " and text[:i] in words), None)
