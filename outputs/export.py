"""Exporters: the facts JSON Lines of GUIDELINES.md (the contract the scorer reads)."""
from __future__ import annotations

import json
import unicodedata
from pathlib import PurePath
from typing import IO, Iterator

import sqlite_utils

from extractors.facts import award_recipient, unique_names

from .canonical import conferral_key


def _facts_of(db: sqlite_utils.Database, sha: str) -> dict:
    units = [r[0] for r in db.execute(
        """SELECT m.text FROM mentions m JOIN entities e ON e.id = m.entity JOIN blocks b ON b.id = m.block
           WHERE m.document = ? AND m.listed = 1 AND e.kind = 'unit' ORDER BY b.idx, m.start""", [sha])]
    campaigns = [r[0] for r in db.execute(
        """SELECT m.text FROM mentions m JOIN entities e ON e.id = m.entity JOIN blocks b ON b.id = m.block
           WHERE m.document = ? AND m.listed = 1 AND e.kind = 'campaign' ORDER BY b.idx, m.start""", [sha])]
    officials = [{"name": n, "position": p, "unit": u} for n, p, u in db.execute(
        "SELECT name, position, unit FROM positions WHERE document = ? ORDER BY id", [sha])]
    awards = [{"recipient": award_recipient(r, t), "recipient_type": t, "award": a, "year": y, "status": s}
              for r, t, a, y, s in db.execute(
                  """SELECT recipient_name, recipient_type, award_name, year, status FROM conferrals
                     WHERE document = ? ORDER BY id""", [sha])]
    return {"units": unique_names(units), "officials": _uniq(officials), "campaigns": _uniq(campaigns),
            "awards": _uniq(awards)}


def _canonical_of(db: sqlite_utils.Database, sha: str) -> dict:
    """Canonical names of a document's facts (from the canonical layer of outputs.canonical)."""
    units = {t: (c, i) for t, c, i in db.execute(
        """SELECT m.text, u.canonical_name, u.id FROM mentions m JOIN unit_names un ON un.entity = m.entity
           JOIN units u ON u.id = un.unit WHERE m.document = ? AND m.listed = 1""", [sha])}
    persons = {n: (c, i) for n, c, i in db.execute(
        """SELECT ps.name, p.canonical_name, p.id FROM positions ps JOIN person_documents pd
           ON pd.entity = ps.person AND pd.document = ps.document JOIN persons p ON p.id = pd.person
           WHERE ps.document = ?""", [sha])}
    cols = {c[1] for c in db.execute("PRAGMA table_info(conferrals_resolved)")}
    posthumous = "r.posthumous" if "posthumous" in cols else "0"  # a layer built by an older sovang: 0
    # a revocation attached to the conferral it revokes (outputs.canonical) carries that conferral's key
    key = "coalesce(r.attached_to, r.key)" if "attached_to" in cols else "r.key"
    # keyed by the recipient as :func:`_facts_of` writes it (a place's level word in lower case: "xã X" of "Xã X")
    awards, by_key = {}, {}
    for r, t, a, own_key, *rest in db.execute(
            f"""SELECT c.recipient_name, c.recipient_type, c.award_name, r.key, r.recipient, aw.canonical_name,
                       {key}, {posthumous}, r.revoked, r.decision, r.decision_date, r.conferrer, r.year, r.status,
                       r.rejected, r.corrected
                FROM conferrals c JOIN conferrals_resolved r ON r.conferral = c.id JOIN awards aw ON aw.id = r.award
                WHERE c.document = ?""", [sha]):
        # (and the kept telling as written: the one fact of its key in the line, _one_fact_per_key)
        awards[(award_recipient(r, t), a)] = by_key[own_key] = [*rest, (award_recipient(r, t), t, a)]
    # the layer keeps one telling per conferral key (outputs.canonical._one_per_fact); another telling of it written
    # otherwise ("… Chính Phủ" and "… Chính phủ", one key) is the same conferral: it gets that row, key included
    for r, t, a in db.execute("SELECT recipient_name, recipient_type, award_name FROM conferrals WHERE document = ?",
                              [sha]):
        written = (award_recipient(r, t), a)
        if written not in awards and (told := by_key.get(conferral_key(sha, r, a))) is not None:
            awards[written] = told
    return {"units": units, "persons": persons, "awards": awards}


def _add_canonical(facts: dict, canonical: dict) -> dict:
    # each unit's canonical name and the canonical unit's stable id ("U…", the ``units`` table's, as ``person_id`` is
    # the ``persons`` table's): an analyst joins units across documents by it (None where the layer has no unit)
    units = [canonical["units"].get(u, (u, None)) for u in facts["units"]]
    facts["units_canonical"], facts["unit_ids"] = [c for c, _ in units], [i for _, i in units]
    for o in facts["officials"]:
        name, pid = canonical["persons"].get(o["name"], (o["name"], None))
        o["canonical_name"], o["person_id"] = name, pid
    facts["awards"] = _one_fact_per_key(facts["awards"], canonical["awards"])
    return facts


def _one_fact_per_key(facts: list[dict], rows: dict) -> list[dict]:
    """The award ``facts`` of one document (the plain export's dicts, completed in place) with the fields of their
    canonical ``rows`` (:func:`_canonical_of`'s "awards"), one fact per conferral key; a rejected conferral (a staff
    correction, ``sovang correct``) is left out; a fact without a row keeps its own values and a key of None.

    The plain export (the scorer's) keeps each telling of an award as the document writes it: a proposal and the
    conferral of the same award to the same recipient ("đề nghị tặng Bằng khen … cho ông A" in 2022, "Quyết định
    … tặng Bằng khen … cho ông A" in 2023), or one award written two ways ("… Chính Phủ", "… Chính phủ"), are two
    facts.  They are one conferral of the canonical layer: one :func:`outputs.canonical.conferral_key`, one row of
    ``conferrals_resolved``, kept from the telling that says most of it (outputs.canonical._one_per_fact: a
    revocation, then the one naming the conferrer, then the one naming a decision; the first on a tie), a year its
    telling leaves out taken from another telling.  Here that conferral is one fact, at the place of its first
    telling, as the kept telling writes it (recipient, recipient type, award) with the layer's year and status (a
    staff correction's, when one fixes them): a key an analyst joins on is never two facts with two statuses or
    years (session 39's newcomer)."""
    kept, keys = [], set()
    for a in facts:
        (recipient, award, key, posthumous, revoked, decision, decision_date, conferrer, year, status, rejected,
         corrected, told) = rows.get((a["recipient"], a["award"]), (
            a["recipient"], a["award"], None, 0, 0, None, None, None, a["year"], a["status"], 0, None, None))
        if rejected or key in keys:
            continue
        if key is not None:
            keys.add(key)
            (a["recipient"], a["recipient_type"], a["award"]), a["year"], a["status"] = told, year, status
        a["recipient_canonical"], a["award_canonical"], a["key"] = recipient, award, key
        a["posthumous"], a["revoked"] = bool(posthumous), bool(revoked)
        # by which decision: the conferring decision's number and ISO date, and the body that conferred
        a["decision"], a["decision_date"], a["conferrer"] = decision, decision_date, conferrer
        # which fields a staff correction fixed, with their values (the fixed year and status are the layer's)
        a["corrected"] = (json.loads(corrected) if corrected else None) or None
        kept.append(a)
    return kept


def _uniq(items: list) -> list:
    seen, out = set(), []
    for it in items:
        key = json.dumps(it, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def in_folder(folder: str, root: str, path: str) -> bool:
    """True when the stored ``path`` ingested from ``root`` lies within ``folder`` (all absolute or relative to
    ``root``): ``folder`` is the ingest root itself or a folder under it (``docs/news`` of an ingested ``docs``).
    An article of a JSON Lines file (``bulk.jsonl#id``) lies where its file does."""
    if folder == root:
        return True
    return PurePath(root, path.split("#", 1)[0]).is_relative_to(PurePath(folder))


def paths_in_folder(db: sqlite_utils.Database, folder: str) -> int:
    """How many stored paths (of any status) lie within ``folder`` (absolute; see :func:`in_folder`): 0 tells a
    ``--root`` that selects nothing before any output is created."""
    return sum(in_folder(folder, root, path) for root, path in db.execute("SELECT root, path FROM document_paths"))


def iter_facts(db: sqlite_utils.Database, root: str | None = None, canonical: bool = False,
               contents: set[str] | None = None) -> Iterator[dict]:
    """One GUIDELINES.md object per stored path (``document`` relative to its ingest root); ``contents``, when
    given, gets the sha256 of the document of each line yielded (two paths of one content: one document).

    ``root``: only paths within that folder (absolute path: a folder given to ``ingest`` or one under it, see
    :func:`in_folder`).  Failed
    documents give a line with empty lists, so every path is accounted for; a failed or partial document's line
    also has ``status`` ("failed" / "partial") and ``error`` (the reason), and the line of a relative path stored
    under two or more ingest roots has ``root`` (that line's folder), all of which the scorer ignores.
    ``document`` is in composed letters (Unicode NFC) whatever the file system's spelling (a Mac writes names
    decomposed, NFD: a user and the scorer match NFC names; session 35).  Names are as written in each document;
    ``canonical`` adds
    ``units_canonical`` and ``unit_ids`` (in the order of ``units``), and per official
    ``canonical_name``/``person_id``, per
    award ``recipient_canonical``/``award_canonical``/``key``,
    ``posthumous`` (true for an award "truy tặng", :mod:`outputs.posthumous`),
    ``revoked``, and ``decision``/``decision_date`` (ISO)/``conferrer`` of the
    conferring decision, each ``None`` where the document gives none (the
    scorer ignores these fields); the award facts of one conferral (a proposal and its conferral, or its recipient
    and award written two ways in the document, "Cờ thi đua của Thủ tướng Chính Phủ" and "… Chính phủ": one
    :func:`outputs.canonical.conferral_key`) are one fact, with the layer's year and status
    (:func:`_one_fact_per_key`); with ``canonical`` the staff corrections apply too (``sovang correct``): a rejected conferral is left out, a fixed one has the corrected
    values (year, status, recipient and award canonical, decision and its date) and ``corrected``, a dict of the
    fields fixed and their values (else ``None``).
    """
    rows = db.execute("""SELECT p.root, p.path, p.sha256, d.status, d.error FROM document_paths p
                         LEFT JOIN documents d ON d.sha256 = p.sha256 ORDER BY p.root, p.path""").fetchall()
    cache: dict[str, dict] = {}
    roots_of: dict[str, set] = {}
    for _root, path, *_ in rows:
        roots_of.setdefault(path, set()).add(_root)
    for _root, path, sha, status, error in rows:
        if root and not in_folder(root, _root, path):
            continue
        # the same relative path under two ingest roots: the line names its root, so the two are told apart
        where = {"root": _root} if len(roots_of[path]) > 1 else {}
        if sha not in cache:
            facts = _facts_of(db, sha)
            cache = {sha: _add_canonical(facts, _canonical_of(db, sha)) if canonical else facts}
        trouble = {"status": status, "error": error or ""} if status in ("failed", "partial") else {}
        if contents is not None:
            contents.add(sha)
        # the name in composed letters (NFC), as typed and as gold files write it, whatever the file system holds
        # (a Mac's decomposed NFD; the stored path keeps the file's own spelling, which ingest and forget find)
        yield {"document": unicodedata.normalize("NFC", path), **where, **json.loads(json.dumps(cache[sha])),
               **trouble}


#: the kinds of facts a line holds, counted by :func:`write_facts`
KINDS = ("units", "officials", "campaigns", "awards")


def write_facts(db: sqlite_utils.Database, out: IO[str], root: str | None = None, canonical: bool = False,
                counts: dict | None = None) -> int:
    """Write the facts JSON Lines to ``out``; returns the number of lines (see :func:`iter_facts`).  ``counts``,
    when given, is filled with the number of facts of each of :data:`KINDS` written (summed over the lines) and,
    under "documents", the number of documents (distinct contents) the lines are of."""
    n = 0
    contents: set[str] = set()
    for obj in iter_facts(db, root, canonical, contents if counts is not None else None):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
        if counts is not None:
            for kind in KINDS:
                counts[kind] = counts.get(kind, 0) + len(obj.get(kind, ()))
    if counts is not None:
        counts["documents"] = len(contents)
    return n
