"""Full-text search over block text, diacritic-insensitive (tone marks and đ→d folded)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from pipeline.normalize import fold


@dataclass
class Hit:
    """One search result: the document, the block and the matching sentence."""

    path: str
    title: str | None
    block: int
    page: int | None
    sentence: str
    score: float


def fts_query(query: str) -> str:
    """The FTS5 query for a user's words: each word folded and quoted, all required.

    ``fts_query("Đặng  Hạnh") == '"dang" "hanh"'``.  A trailing ``*`` on a word
    keeps prefix search (``"ngu"*``).
    """
    terms = []
    for word in re.findall(r"[\w*]+", fold(query)):
        prefix = word.endswith("*")
        word = word.strip("*")
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms)


def best_sentence(text: str, query: str) -> str:
    """The sentence of ``text`` containing most of the folded query words."""
    words = set(fold(query).split())
    sentences = re.split(r"(?<=[.!?;])\s+", text)
    return max(sentences, key=lambda s: len(words & set(re.findall(r"\w+", fold(s)))))


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[Hit]:
    """Ranked (bm25) blocks matching every word of ``query`` in their folded text."""
    q = fts_query(query)
    if not q:
        return []
    rows = db.execute(
        """SELECT b.text, b.idx, b.page, d.title,
                  (SELECT path FROM document_paths WHERE sha256 = b.document ORDER BY id LIMIT 1),
                  bm25(blocks_fts) AS score
           FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid JOIN documents d ON d.sha256 = b.document
           WHERE blocks_fts MATCH ? ORDER BY score LIMIT ?""",
        [f"folded : ({q})", limit],
    ).fetchall()
    return [Hit(path=p, title=t, block=i, page=pg, sentence=best_sentence(text, query), score=s)
            for text, i, pg, t, p, s in rows]
