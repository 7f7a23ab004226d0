"""Full-text search over block text, diacritic-insensitive (tone marks and đ→d folded)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from pipeline.normalize import fold, normalize_text

from .kb import composed, first_path, shown_path
from .queries import expand_award_aliases, key
from .unit_spellings import unit_spellings


@dataclass
class Hit:
    """One search result: the document, the block and the matching sentence.

    ``path``: where the document is stored now, or, for an older version of a changed file (its text is still
    searchable), the path it had; ``replaced``: for such an older version, when it was replaced (ISO time),
    else None; ``paths``: every path where the same content is stored now (one document, a hit of its own: the
    same file kept in two folders is found once), ``path`` first; ``[path]`` for an older version;
    ``more_in_document``: on a document's ``per_document``-th hit, how many more of its blocks match, else 0 (see
    :func:`search`; none is told when ``limit`` cuts the list before that hit)."""

    path: str
    title: str | None
    block: int
    page: int | None
    sentence: str
    score: float
    replaced: str | None = None
    paths: list[str] | None = None
    #: matching blocks of the same document left out after this hit, its ``per_document``-th, else 0
    more_in_document: int = 0


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


def award_written_out(query: str) -> str:
    """The folded words of ``query`` with each award abbreviation of the award catalogue written out
    (:func:`outputs.queries.expand_award_aliases`, ``awards.tsv``: "HCLĐ hạng Ba" → "huan chuong lao dong hang
    ba", "NSƯT" → "nghe si uu tu"), or "" when it holds none or searches a prefix (``*``): staff type an award short
    as ``sovang awards --award`` reads it, and the documents write it out (a newcomer, session 40: ``search "hcld
    hang ba"`` found nothing beside a dozen stories of the Huân chương Lao động hạng Ba)."""
    if "*" in query:
        return ""
    typed = key(query)
    written = expand_award_aliases(typed)
    return written if written != typed else ""


def as_phrase(terms: str) -> str:
    """The terms of :func:`fts_query` as one FTS5 phrase (``'"a" "b"'`` → ``'"a b"'``)."""
    return '"' + " ".join(t.strip('"') for t in terms.split()) + '"'


_DOTTED: frozenset[str] | None = None


def _dotted() -> frozenset[str]:
    """Folded, lower-cased abbreviations written with a full stop ("tp.", "ts.", "gs.ts"): a stop after one is
    no sentence end.  From ``abbreviations.tsv`` (Thông tư 01/2011/TT-BNV) and ``honorifics.tsv`` (academic titles,
    Quyết định 37/2018/QĐ-TTg), read once."""
    global _DOTTED
    if _DOTTED is None:
        from extractors.gazetteer import table

        words = {row[0] for name in ("abbreviations.tsv", "honorifics.tsv") for row in table(name) if "." in row[0]}
        _DOTTED = frozenset(fold(w).lower().rstrip(".") for w in words)
    return _DOTTED


def _sentence_spans(folded: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``folded``: cut after ".", "!", "?" or ";" and a space or the end, but not
    after a dotted abbreviation ("TP. Hồ Chí Minh", "TS. Nguyễn …"; newcomer's finding, session 24: a snippet
    began "HCM, ông …")."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?;]+(?=\s|$)", folded):
        word = re.search(r"[^\s(\[\"“]*$", folded[start:m.start()]).group(0).lower()
        if m.group(0) == "." and word in _dotted():
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(folded):
        spans.append((start, len(folded)))
    return spans


def best_sentence(text: str, query: str, width: int = 400) -> str:
    """The sentence of ``text`` containing most of the folded query words (cut to ``width`` characters)."""
    words = set(re.findall(r"\w+", fold(query)))
    folded = fold(text)  # same length as text for NFC Vietnamese (one character per character)
    best, best_score, start = text, -1, 0
    for a, b in _sentence_spans(folded):
        score = len(words & set(re.findall(r"\w+", folded[a:b])))
        if score > best_score:
            best_score, start = score, a
            best = text[a:b] if len(folded) == len(text) else text
    best = best.strip()
    return best if len(best) <= width else best[:width].rsplit(" ", 1)[0] + " …"


#: ranking window: at most this many matching blocks (the most recently stored) are ranked by bm25
WINDOW = 2000

#: hits of one document shown at most by default: one long document (a 5 MB compilation of news) filled every
#: place of a search with its blocks (newcomer, sessions 29 and 30)
PER_DOCUMENT = 3


def search(db: sqlite_utils.Database, query: str, limit: int = 20, exhaustive: bool = False,
           per_document: int = PER_DOCUMENT) -> list[Hit]:
    """Blocks matching every word of ``query`` in their folded text, best first (bm25).

    A word common to most of an archive ("nguyen", "viet nam") matches
    hundreds of thousands of blocks, and bm25 costs about 20 µs a block; so
    unless ``exhaustive`` is set, only the :data:`WINDOW` most recently stored
    matching blocks are ranked (all of them when there are fewer, as for any
    name).  A query of several words returns the blocks holding them as a
    phrase, or, only when the phrase occurs nowhere, those holding the words
    anywhere; when the query has
    diacritics, blocks that contain it exactly as typed come before the others
    ("Đặng" before "đáng"); an older version of a changed file comes after every current document (newcomer's
    finding, session 23).  An award typed short ("hcld hang ba") finds it as typed or written out
    (:func:`award_written_out`), the phrase in either form first; so does a unit typed short or written out
    (:func:`outputs.unit_spellings.unit_spellings`: "ubnd tinh binh phuoc" finds "Ủy ban nhân dân tỉnh Bình Phước"),
    in the other spelling as a phrase only.
    Returns at most ``limit`` hits, and at most ``per_document`` of one document (its best
    ones; 0: no cap), the last of them telling in ``more_in_document`` how many more of its blocks match (among
    those ranked).
    """
    terms = fts_query(query)
    if not terms:
        return []
    award = award_written_out(query)
    units = unit_spellings(query)
    written = " ".join((award,) + units).strip()
    variants = [terms] + ([fts_query(award)] if award else [])
    queries = [" OR ".join(f"({t})" for t in variants)]
    # a unit's other spellings as a phrase only: their words apart ("uy ban nhan dan tinh quang nam" anywhere:
    # "nam" is every "năm") are noise
    phrases = list(dict.fromkeys(variants + [fts_query(u) for u in units]))
    if "*" not in terms and any(" " in t for t in phrases):  # the words as a phrase; anywhere only if that fails
        queries.insert(0, " OR ".join(as_phrase(t) for t in phrases))
    rows, seen = [], set()
    for q in queries:
        for row in _ranked(db, f"folded : ({q})", limit, exhaustive, per_document):
            if row[-1] not in seen and len(rows) < limit:
                seen.add(row[-1])
                rows.append(row)
        if rows:  # the phrase occurs: blocks merely holding its words somewhere are noise beside it
            break
    exact = normalize_text(query).lower()
    if exact != fold(exact):  # the user typed diacritics: blocks written exactly so come first
        rows.sort(key=lambda r: exact not in r[0].lower())
    rows.sort(key=lambda r: r[4] is None)  # an older version of a changed file after every current document
    return [Hit(path=composed(p if p is not None else old), title=t, block=i, page=pg,
                sentence=best_sentence(text, f"{query} {written}"), score=s, replaced=None if p is not None else replaced,
                paths=list(dict.fromkeys(map(composed, ps.split("\n")))) if p is not None else [composed(old)],
                more_in_document=more if per_document and rank == per_document else 0)
            for text, i, pg, t, p, ps, old, replaced, s, rank, more, _ in rows]


def _ranked(db, match: str, limit: int, exhaustive: bool, per_document: int = 0) -> list[tuple]:
    """Rows of at most ``limit`` blocks matching ``match``: blocks of current documents (a path holds them) first,
    then those of older versions, each by bm25, so that ``limit`` never cuts a current hit for an old one
    (second reader, session 24: with ``--limit 1`` the old version alone came back); at most ``per_document``
    blocks of one document (0: no cap), its best, each row with its rank in its document and how many of that
    document's matching blocks are left out."""
    floor = 0
    if not exhaustive:
        row = db.execute("SELECT rowid FROM blocks_fts WHERE blocks_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                         [match, WINDOW - 1]).fetchone()
        floor = row[0] if row else 0
    return db.execute(
        """SELECT b.text, b.idx, b.page, d.title,
                  """ + first_path("b.document") + """,
                  (SELECT group_concat(path, char(10)) FROM (SELECT """ + shown_path("dp") + """ AS path FROM document_paths dp
                                                              WHERE sha256 = b.document ORDER BY id)),
                  h.path, h.replaced_at, hits.score, hits.rank, max(hits.n - ?, 0), b.id
           FROM (SELECT * FROM (SELECT m.rowid, m.score, mb.document,
                                       row_number() OVER (PARTITION BY mb.document ORDER BY m.score) AS rank,
                                       count(*) OVER (PARTITION BY mb.document) AS n
                                FROM (SELECT rowid, bm25(blocks_fts) AS score FROM blocks_fts
                                      WHERE blocks_fts MATCH ? AND rowid >= ?) AS m
                                JOIN blocks mb ON mb.id = m.rowid)
                 WHERE ? = 0 OR rank <= ?
                 ORDER BY NOT EXISTS (SELECT 1 FROM document_paths p WHERE p.sha256 = document), score
                 LIMIT ?) AS hits
           JOIN blocks b ON b.id = hits.rowid JOIN documents d ON d.sha256 = b.document
           LEFT JOIN path_history h ON h.id = (SELECT max(id) FROM path_history WHERE sha256 = b.document)
           ORDER BY hits.score""",
        [per_document, match, floor, per_document, per_document, limit],
    ).fetchall()
