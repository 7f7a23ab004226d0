"""Exporters: the facts JSON Lines of GUIDELINES.md (the contract the scorer reads)."""
from __future__ import annotations

import json
from typing import IO, Iterator

import sqlite_utils


def _facts_of(db: sqlite_utils.Database, sha: str) -> dict:
    units = [r[0] for r in db.execute(
        """SELECT m.text FROM mentions m JOIN entities e ON e.id = m.entity JOIN blocks b ON b.id = m.block
           WHERE m.document = ? AND m.listed = 1 AND e.kind = 'unit' ORDER BY b.idx, m.start""", [sha])]
    campaigns = [r[0] for r in db.execute(
        """SELECT m.text FROM mentions m JOIN entities e ON e.id = m.entity JOIN blocks b ON b.id = m.block
           WHERE m.document = ? AND m.listed = 1 AND e.kind = 'campaign' ORDER BY b.idx, m.start""", [sha])]
    officials = [{"name": n, "position": p, "unit": u} for n, p, u in db.execute(
        "SELECT name, position, unit FROM positions WHERE document = ? ORDER BY id", [sha])]
    awards = [{"recipient": r, "recipient_type": t, "award": a, "year": y, "status": s}
              for r, t, a, y, s in db.execute(
                  """SELECT recipient_name, recipient_type, award_name, year, status FROM conferrals
                     WHERE document = ? ORDER BY id""", [sha])]
    return {"units": _uniq(units), "officials": _uniq(officials), "campaigns": _uniq(campaigns),
            "awards": _uniq(awards)}


def _uniq(items: list) -> list:
    seen, out = set(), []
    for it in items:
        key = json.dumps(it, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def iter_facts(db: sqlite_utils.Database, root: str | None = None) -> Iterator[dict]:
    """One GUIDELINES.md object per stored path (``document`` relative to its ingest root).

    ``root``: only paths ingested from that root folder (absolute path).  Failed
    documents give a line with empty lists, so every path is accounted for.
    """
    sql = "SELECT root, path, sha256 FROM document_paths"
    params: list = []
    if root:
        sql += " WHERE root = ?"
        params.append(root)
    sql += " ORDER BY root, path"
    cache: dict[str, dict] = {}
    for _root, path, sha in db.execute(sql, params).fetchall():
        if sha not in cache:
            cache = {sha: _facts_of(db, sha)}
        yield {"document": path, **cache[sha]}


def write_facts(db: sqlite_utils.Database, out: IO[str], root: str | None = None) -> int:
    """Write the facts JSON Lines to ``out``; returns the number of lines."""
    n = 0
    for obj in iter_facts(db, root):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n
