"""sovang extractors: the domain layer (units, officials, campaigns, awards).

Public entry point: :func:`extract`, which turns a normalised
:class:`pipeline.model.Document` into :class:`extractors.facts.DocumentFacts`.
"""
from __future__ import annotations

from .facts import Conferral, DocumentFacts, Mention, Official

__all__ = ["extract", "Conferral", "DocumentFacts", "Mention", "Official"]


def extract(document) -> DocumentFacts:
    """Extract all facts from a normalised document (see :mod:`extractors.engine`)."""
    from .engine import extract as _extract

    return _extract(document)
