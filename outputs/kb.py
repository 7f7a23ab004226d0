"""The SQLite knowledge base: schema and the writer (sqlite-utils).

Tables (see README "The knowledge base"):

- ``documents``: one row per distinct content, keyed by ``sha256`` of the
  file's bytes (of the line, for a JSON Lines article); format, encoding,
  title, date, pages, status (ok / partial / failed), error, warnings.
- ``document_paths``: every (ingest root, relative path) where a content was
  found, pointing at its ``documents.sha256``.
- ``blocks``: the normalised text in order with page and table coordinates,
  the original text and a folded copy; FTS5 over ``text`` and ``folded``.
- ``entities``: one row per (kind, canonical name): unit, person, campaign,
  award; with the folded name; FTS5 over both.
- ``mentions``: entity × document × block × character offsets × sentence;
  ``listed`` marks the unit and campaign mentions that are facts of the document.
- ``conferrals``: award × recipient × year × status × decision × conferrer ×
  evidence mention; ``revoked`` with its evidence and the decision that revoked it (``revoked_by``,
  ``revoked_date``; ``decision`` stays the conferring one).
- ``positions``: person × position × unit × document date (every official of a
  document has one row, position "" when none is stated).
- ``recipient_units``: a table row's recipient (unit or person entity) × the
  unit its "Đơn vị" column names × document: a collective's managing unit
  (``Trường THPT X | Sở GD&ĐT Y``, the canonical layer's ``units.parent`` where
  the unit's own name gives none), a person's unit when the document's
  officials give the person none (``awards --unit``).

Every document is written in one transaction, so a crash leaves either the
whole document or nothing; re-ingesting the same bytes writes nothing.
"""
from __future__ import annotations

import datetime as _dt
import functools
import json
import os
import re
import sqlite3
import stat
import time
import unicodedata
from pathlib import Path
from typing import Callable

import sqlite_utils

from extractors.canonical import head_referent
from pipeline.discover import on_disk
from pipeline.interrupts import held
from pipeline.model import Document
from pipeline.normalize import fold, fold_all

SCHEMA_VERSION = 2  # 2: conferrals.revoked_by, revoked_date (see migrate)

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    encoding TEXT,
    title TEXT,
    date TEXT,
    pages INTEGER,
    blocks INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
    error TEXT,
    warnings TEXT,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_paths (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES documents(sha256),
    size INTEGER,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    UNIQUE (root, path)
);
CREATE INDEX IF NOT EXISTS document_paths_sha256 ON document_paths(sha256);
CREATE INDEX IF NOT EXISTS document_paths_path ON document_paths(path);
CREATE TABLE IF NOT EXISTS blocks (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(sha256),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    page INTEGER,
    table_no INTEGER,
    row_no INTEGER,
    cells TEXT,
    source TEXT NOT NULL DEFAULT 'text',
    confidence REAL,
    text TEXT NOT NULL,
    original TEXT,
    folded TEXT NOT NULL,
    UNIQUE (document, idx)
);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('unit', 'person', 'campaign', 'award')),
    canonical_name TEXT NOT NULL,
    folded TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (kind, key)
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    entity INTEGER NOT NULL REFERENCES entities(id),
    document TEXT NOT NULL REFERENCES documents(sha256),
    block INTEGER NOT NULL REFERENCES blocks(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence TEXT,
    listed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document);
CREATE TABLE IF NOT EXISTS conferrals (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(sha256),
    award INTEGER NOT NULL REFERENCES entities(id),
    award_name TEXT NOT NULL,
    recipient INTEGER NOT NULL REFERENCES entities(id),
    recipient_name TEXT NOT NULL,
    recipient_type TEXT NOT NULL CHECK (recipient_type IN ('person', 'collective')),
    year INTEGER,
    status TEXT NOT NULL CHECK (status IN ('conferred', 'proposed')),
    decision TEXT,
    decision_date TEXT,
    conferrer TEXT,
    revoked INTEGER NOT NULL DEFAULT 0,
    evidence INTEGER REFERENCES mentions(id),
    recipient_mention INTEGER REFERENCES mentions(id),
    revoked_by TEXT,
    revoked_date TEXT
);
CREATE INDEX IF NOT EXISTS conferrals_document ON conferrals(document);
CREATE INDEX IF NOT EXISTS conferrals_award ON conferrals(award);
CREATE INDEX IF NOT EXISTS conferrals_recipient ON conferrals(recipient);
CREATE INDEX IF NOT EXISTS conferrals_year ON conferrals(year);
CREATE TABLE IF NOT EXISTS positions (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(sha256),
    person INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    unit_entity INTEGER REFERENCES entities(id),
    document_date TEXT,
    evidence INTEGER REFERENCES mentions(id)
);
CREATE INDEX IF NOT EXISTS positions_document ON positions(document);
CREATE INDEX IF NOT EXISTS positions_person ON positions(person);
CREATE TABLE IF NOT EXISTS path_history (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    replaced_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS recipient_units (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(sha256),
    recipient INTEGER NOT NULL REFERENCES entities(id),
    unit INTEGER NOT NULL REFERENCES entities(id),
    evidence INTEGER REFERENCES mentions(id)
);
CREATE INDEX IF NOT EXISTS recipient_units_document ON recipient_units(document);
CREATE INDEX IF NOT EXISTS recipient_units_recipient ON recipient_units(recipient, document);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
-- for the Datasette site (outputs/site.py): a unit's officials, a person's posts in a document, failed
-- and partial documents; the views
-- otherwise use the primary keys and the canonical layer's indexes (outputs/canonical.py)
CREATE INDEX IF NOT EXISTS positions_unit_entity ON positions(unit_entity);
CREATE INDEX IF NOT EXISTS positions_person_document ON positions(person, document);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status);
-- documents_view is shown sorted by title (outputs/site.py TABLE_OPTIONS): read in this index's order, a page
-- computes its own rows only, not every document's type, paths and counts before a sort (newcomer, session 37:
-- on 5,000 documents each page of the CSV download took 0.45 s, and Datasette's time limit cut the file short)
CREATE INDEX IF NOT EXISTS documents_title ON documents(title);
"""

#: the rows of ``conferrals_resolved`` (alias ``r``) a user sees: not rejected by a correction, and not a revocation
#: attached to the conferral it revokes in another document (:mod:`outputs.canonical`: that conferral is the one
#: row, revoked, with both documents' evidence); :data:`VIEWS` write it out
SHOWN = "r.rejected = 0 AND r.attached_to IS NULL"


def shown(db) -> str:
    """The condition :data:`SHOWN`, or the rejection test alone for a canonical layer built by an older sovang
    (no ``attached_to`` column until its next build)."""
    cols = {c[1] for c in db.execute("PRAGMA table_info(conferrals_resolved)")}
    return SHOWN if "attached_to" in cols else "r.rejected = 0"


#: two revocations ``{a}`` and ``{b}`` of one revoking decision number agree on its date (one or both give none)
_SAME_DATE = "({a}.revoked_date IS NULL OR {b}.revoked_date IS NULL OR {a}.revoked_date = {b}.revoked_date)"

#: the longest title stored, in characters: a text of one long line (a news dump with no line breaks) had its whole
#: text, half a million characters, as its title, printed by every search hit and page (a newcomer, session 26)
TITLE_MAX = 300


def shortened_title(title: str | None) -> str | None:
    """``title`` as stored: itself when it has at most :data:`TITLE_MAX` characters (or is None), else its words up
    to that length followed by "…" (one word longer than that is cut).  The extractors read the whole title."""
    if title is None or len(title) <= TITLE_MAX:
        return title
    cut = title[:TITLE_MAX + 1]  # (a space just after the limit ends the last word whole: a reviewer, session 26)
    return (cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut[:TITLE_MAX]).rstrip(" ,;:") + "…"


def stored_file_there(root: str, path: str, listings: dict | None = None) -> bool:
    """Whether the file of the stored path ``root``/``path`` may still exist: its name as stored, or with its
    ``\\xNN`` escapes turned back into the bytes :func:`pipeline.discover.path_text` wrote them for (a name in
    another encoding than UTF-8), exists; or, for an article ``file#id`` of a JSON Lines file, the file before one of
    its "#" does (the file's own name may hold one: "bao cao #3.txt" is a file, "tin #2.jsonl#7" an article of
    "tin #2.jsonl").  Only a file the system says is missing (no such file or folder) is not there: one it cannot
    tell about (a folder it may not read) is, so :meth:`Writer.drop_moved` never takes out a path a user still has
    (a reviewer, session 26: a file named with "#" or in TCVN3 was taken out at each ingest).  A name stored composed
    (NFC, :func:`pipeline.discover.path_text`) whose file a Mac named with decomposed letters is found by
    :func:`pipeline.discover.on_disk`, tried last since it lists folders (each once for all the calls given one
    ``listings`` dict, see there)."""
    full = os.path.join(root, path)
    escaped = re.sub(r"\\x([89a-f][0-9a-f])", lambda m: chr(0xDC00 + int(m.group(1), 16)), full)
    return any(_there(name, len(root), str) for name in dict.fromkeys((full, escaped))) or \
        (not full.isascii() and _there(full, len(root), functools.partial(on_disk, listings=listings)))  # (an ASCII name has no other normal form)


def _there(name: str, root_length: int, spelt: Callable[[str], str]) -> bool:
    """Whether ``name`` (or the file before one of its "#" after the root's ``root_length`` characters), as
    ``spelt`` gives its spelling on disk, exists (see :func:`stored_file_there`); True when the system cannot tell."""
    for cut in [name] + [name[:k] for k in range(len(name) - 1, root_length, -1) if name[k] == "#"]:
        try:
            mode = os.stat(spelt(cut)).st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue
        except (OSError, ValueError):
            return True  # cannot tell (a folder it may not read): kept
        if cut == name or stat.S_ISREG(mode):  # (an article's file is a file, not a folder "q" of "q#3/a.txt")
            return True
    return False


def _folder_prefixes(folders: list[str]) -> tuple[str, ...]:
    """The absolute ``folders`` each ending in one separator, for ``str.startswith``: a path lies under one of them
    ("/kho/a.txt" under "/kho", not "/kho2/a.txt"). Built once per call of :meth:`Writer.drop_moved` and
    :meth:`Writer.drop_listed_folders`, not once per stored path."""
    return tuple(f.rstrip(os.sep) + os.sep for f in folders)


def shown_path(alias: str) -> str:
    """SQL: how the ``document_paths`` row ``alias`` names its file to a reader: its path within its ingest folder
    ("qd01.doc", as the ingest summary names it), or the folder and the path ("/kho/2019/qd01.doc") when a file of
    another ingested folder has the same path (a newcomer, session 24, could not tell two folders' "qd01.doc"
    apart in ``search`` and ``awards``)."""
    return (f"CASE WHEN EXISTS (SELECT 1 FROM document_paths o WHERE o.path = {alias}.path AND o.root != {alias}.root) "
            f"THEN {alias}.root || '/' || {alias}.path ELSE {alias}.path END")


def composed(path: str | None) -> str | None:
    """``path`` (a stored path as shown, or None) with composed letters (NFC), as :func:`pipeline.discover.path_text`
    stores it: a knowledge base of a sovang before session 36 holds a name a Mac wrote with decomposed letters as it
    was, which only a writing open composes (:func:`compose_paths`); opened read-only for a query (``who``,
    ``awards``, ``search``), it is composed on output, the file untouched (session 37)."""
    return unicodedata.normalize("NFC", path) if path else path


def first_path(sha256: str) -> str:
    """SQL: the first stored path of the document ``sha256`` (an SQL expression), as :func:`shown_path` shows it."""
    return f"(SELECT {shown_path('fp')} FROM document_paths fp WHERE fp.sha256 = {sha256} ORDER BY fp.id LIMIT 1)"


def other_paths(sha256: str) -> str:
    """SQL: the stored paths of the document ``sha256`` after its first (:func:`first_path`), in the order they
    were stored, as :func:`shown_path` shows them, joined by "; " (NULL for a document stored under one path):
    the copies of one content under other names, which ``awards`` and ``who`` name beside the first (a newcomer,
    session 25, found only the first name of a report filed twice)."""
    return (f"(SELECT group_concat(path, '; ') FROM (SELECT {shown_path('op')} AS path FROM document_paths op "
            f"WHERE op.sha256 = {sha256} ORDER BY op.id LIMIT -1 OFFSET 1))")


#: the further revocations of a conferral (a second decision revoking an award, told in another document than the
#: first revocation and attached to the conferral by :mod:`outputs.canonical`), earliest first: columns ``target``
#: (the conferral's key), ``revoked_by``, ``revoked_date``, ``document`` (its path), ``sentence``, ``key`` (of the
#: revocation's own telling) and ``text`` ("QĐ 915/QĐ-UBND 2025-10-20 in qd915.txt"); ``{target}`` is the condition
#: on the attached row ``x`` ("x.attached_to = r.key").  Only another decision than the first revocation's is a
#: further one: the same decision told again (one story stored twice, a news copy of the decision) is no second
#: revocation, and one decision told in several documents is listed once (its telling of the smallest key).
#: The one definition read by conferrals_view's
#: ``revoked_again`` and by :func:`outputs.queries.with_further_revocations`.
FURTHER_REVOCATIONS = """
    SELECT target, revoked_by, revoked_date, document, sentence, key,
           trim(coalesce('QĐ ' || revoked_by, '') || coalesce(' ' || revoked_date, '') ||
                coalesce(' in ' || document, '')) AS text
    FROM (SELECT x.attached_to AS target, x.revoked_by, x.revoked_date, x.sentence, x.key,
                 """ + first_path("x.document") + """ AS document
          FROM conferrals_resolved x JOIN conferrals_resolved t ON t.key = x.attached_to
          WHERE x.document IS NOT t.revocation_document AND {target}
                AND NOT (x.revoked_by = t.revoked_by AND """ + _SAME_DATE.format(a="x", b="t") + """)
                AND NOT EXISTS (SELECT 1 FROM conferrals_resolved y WHERE y.attached_to = x.attached_to
                                AND y.document IS NOT t.revocation_document AND y.revoked_by = x.revoked_by
                                AND """ + _SAME_DATE.format(a="x", b="y") + """ AND y.key < x.key)
          ORDER BY x.revoked_date IS NULL, x.revoked_date, x.key)"""


def _document_types_view() -> str:
    """SQL of the ``document_types`` view: (sha256, document_type) for every document, its type read from its
    title's first words or else from a line in capitals among its first 8 blocks, one branch per entry of
    ``corpora/gazetteers/document_types.txt`` (Nghị định 30/2020/NĐ-CP, Điều 7; Luật Ban hành văn bản quy phạm
    pháp luật 2015, Điều 4), longest first (a name before one it opens, were the list to hold both: "THÔNG TƯ
    LIÊN TỊCH" before "THÔNG TƯ"), names of one length in code-point order (the same text in every process),
    shown as the list writes it ("Luật", "Pháp lệnh"); a document of which no text was read (failed, a blank scan) is "Chưa rõ", any other
    "Tin, bài, khác".  A type must be a whole word: "LUẬT", "LUẬT …", "LUẬT:" or "LUẬT" and a line break, never a
    prefix of a longer word, nor a noun of ``document_type_lookalikes.txt`` ("LUẬT SƯ …", a lawyer) (SQLite's LIKE
    folds ASCII letters only, so the capitals and the sentence case are tested apart); a title
    in sentence case counts for the types of ``sentence_case_document_types.txt`` only."""
    from extractors.gazetteer import word_list

    # longest first, names of one length in their own order: the text is the same in every process (a set's order
    # changes with the string hash; site.missing_views compares the stored text)
    names = sorted({" ".join(t.split()) for t in word_list("document_types.txt")}, key=lambda t: (-len(t), t))
    # the types also read from a title in sentence case; the others only in capitals ("Luật sư …" is no law)
    sentence_case = frozenset(word_list("sentence_case_document_types.txt"))

    def quoted(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    # nouns a type word opens ("Luật sư"), each tested in the case of the type's own test
    lookalikes = sorted({" ".join(t.split()) for t in word_list("document_type_lookalikes.txt")})

    def starts(column: str, text: str) -> str:
        """The column opens with the type ``text`` as a whole word (the end, or a space, a colon or a line break
        after it: "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "THÔNG TƯ\nHướng dẫn …"), not with a noun of the lookalikes
        ("LUẬT SƯ")."""
        whole = (f"{column} = {quoted(text)} OR {column} LIKE {quoted(text + ' %')} OR "
                 f"{column} LIKE {quoted(text + ':%')} OR {column} LIKE {quoted(text)} || char(10) || '%'")
        upper = text.isupper()
        unlike = [w.upper() if upper else w for w in lookalikes if w.upper().startswith(text.upper() + " ")]
        if not unlike:
            return f"({whole})"
        nots = " OR ".join(f"{column} = {quoted(w)} OR {column} LIKE {quoted(w + ' %')}" for w in unlike)
        return f"(({whole}) AND NOT ({nots}))"

    title, block = [], []
    for name in names:
        tests = [starts("d.title", name.upper())]
        if name in sentence_case:
            tests.append(starts("d.title", name))
        title.append(f"WHEN {' OR '.join(tests)} THEN {quoted(name)}")
        block.append(f"WHEN {starts('b.text', name.upper())} THEN {quoted(name)}")
    firsts = ", ".join(sorted({quoted(n.upper()[:4]) for n in names}))
    nl = "\n" + " " * 21
    return f"""
        SELECT d.sha256,
               CASE
                 WHEN d.blocks = 0 THEN 'Chưa rõ (không đọc được văn bản)'
                 {nl.join(title)}
                 ELSE coalesce(
                    (SELECT CASE {nl.join(block)} END
                     FROM blocks b WHERE b.document = d.sha256 AND b.idx < 8 AND substr(b.text, 1, 4) IN ({firsts})
                     ORDER BY b.idx LIMIT 1),
                    'Tin, bài, khác') END AS document_type
        FROM documents d
    """


VIEWS = {
    # The site's views (outputs/site.py describes each column); award form and class
    # are read from the folded key, the document type from the title's first words (a document of which no text
    # was read, failed or a blank scan, has none: "Chưa rõ", not news).  documents_view lists a
    # version no path holds any more (a file changed, e.g. a failed file fixed and ingested again) with its
    # former paths marked "(superseded <when>)", never with none.
    "document_types": _document_types_view(),
    # The canonical layer (outputs/canonical.py: persons, units, awards, conferrals_resolved) with names.
    "awards_view": """
        SELECT a.id, a.canonical_name AS award, CASE a.form WHEN 'order' THEN 'Huân chương' WHEN 'medal' THEN 'Huy chương'
                    WHEN 'honorary' THEN 'Danh hiệu vinh dự Nhà nước' WHEN 'emulation' THEN 'Danh hiệu thi đua'
                    WHEN 'certificate' THEN 'Bằng khen, Giấy khen' WHEN 'commemorative' THEN 'Kỷ niệm chương'
                    WHEN 'prize' THEN 'Giải thưởng' ELSE 'Khác' END AS form,
               a.base, a.award_class AS class, CASE a.level WHEN 'national' THEN 'Nhà nước' WHEN 'ministry' THEN 'Bộ, ngành, trung ương'
                    WHEN 'province' THEN 'Tỉnh, thành phố' WHEN 'other' THEN 'Khác' END AS level, a.source,
               (SELECT count(*) FROM conferrals_resolved r WHERE r.award = a.id AND r.rejected = 0 AND r.attached_to IS NULL) AS conferrals,
               a.folded
        FROM awards a
    """,
    "conferrals_view": """
        SELECT r.conferral AS id, r.recipient, r.recipient_as_written, r.recipient_type,
               coalesce(u.canonical_name,
                        (SELECT coalesce(pu.canonical_name, ps.unit) FROM positions ps
                         LEFT JOIN unit_names un ON un.entity = ps.unit_entity
                         LEFT JOIN units pu ON pu.id = un.unit
                         WHERE ps.person = c.recipient AND ps.document = r.document AND ps.unit <> ''
                         LIMIT 1)) AS unit,
               a.canonical_name AS award, r.award_as_written, CASE a.form WHEN 'order' THEN 'Huân chương' WHEN 'medal' THEN 'Huy chương'
                      WHEN 'honorary' THEN 'Danh hiệu vinh dự Nhà nước' WHEN 'emulation' THEN 'Danh hiệu thi đua'
                      WHEN 'certificate' THEN 'Bằng khen, Giấy khen' WHEN 'commemorative' THEN 'Kỷ niệm chương'
                      WHEN 'prize' THEN 'Giải thưởng' ELSE 'Khác' END AS award_form,
               a.award_class, r.year, r.status, r.revoked, r.posthumous, r.decision, r.decision_date, r.revoked_by,
               r.revoked_date, """ + shown_path("rp") + """ AS revocation_path, r.revocation_sentence,
               (SELECT group_concat(text, '; ') FROM (""" + FURTHER_REVOCATIONS.format(target="x.attached_to = r.key") +
    """)) AS revoked_again,
               r.conferrer, r.corrected,
               d.title AS document_title, t.document_type, d.format AS document_format,
               """ + shown_path("p") + """ AS document_path, r.sentence, m.block, r.person AS person_id,
               coalesce(r.unit, (SELECT un.unit FROM positions ps JOIN unit_names un ON un.entity = ps.unit_entity
                                 WHERE ps.person = c.recipient AND ps.document = r.document LIMIT 1)) AS unit_id,
               r.award AS award_id, r.key, r.document
        FROM conferrals_resolved r
        JOIN conferrals c ON c.id = r.conferral
        JOIN documents d ON d.sha256 = r.document
        LEFT JOIN document_types t ON t.sha256 = r.document
        LEFT JOIN awards a ON a.id = r.award
        LEFT JOIN units u ON u.id = r.unit
        LEFT JOIN mentions m ON m.id = c.evidence
        LEFT JOIN document_paths p ON p.id = (SELECT min(id) FROM document_paths WHERE sha256 = r.document)
        LEFT JOIN document_paths rp ON rp.id = (SELECT min(id) FROM document_paths WHERE sha256 = r.revocation_document)
        WHERE r.rejected = 0 AND r.attached_to IS NULL
    """,
    "officials_view": """
        SELECT ps.id, ps.name, ps.position, coalesce(u.canonical_name, ps.unit) AS unit, ps.document_date,
               d.title AS document_title, """ + shown_path("p") + """ AS document_path, m.sentence, m.block,
               pd.person AS person_id, un.unit AS unit_id, ps.document
        FROM positions ps
        JOIN documents d ON d.sha256 = ps.document
        LEFT JOIN person_documents pd ON pd.entity = ps.person AND pd.document = ps.document
        LEFT JOIN unit_names un ON un.entity = ps.unit_entity
        LEFT JOIN units u ON u.id = un.unit
        LEFT JOIN mentions m ON m.id = ps.evidence
        LEFT JOIN document_paths p ON p.id = (SELECT min(id) FROM document_paths WHERE sha256 = ps.document)
    """,
    "documents_view": """
        SELECT d.sha256, d.title, d.format, t.document_type, d.encoding, d.status, d.error, d.date,
               substr(d.date, 1, 4) AS year, d.pages, d.blocks,
               coalesce((SELECT group_concat(path, ' | ') FROM document_paths WHERE sha256 = d.sha256),
                        (SELECT group_concat(path || ' (superseded ' || replaced_at || ')', ' | ')
                         FROM path_history WHERE sha256 = d.sha256)) AS paths,
               (SELECT count(*) FROM conferrals WHERE document = d.sha256) AS conferrals,
               (SELECT count(*) FROM positions WHERE document = d.sha256) AS officials
        FROM documents d
        LEFT JOIN document_types t ON t.sha256 = d.sha256
    """,
    "persons_view": """
        SELECT pe.id, pe.canonical_name AS name,
               (SELECT ps.position FROM person_documents pd
                JOIN positions ps ON ps.person = pd.entity AND ps.document = pd.document
                WHERE pd.person = pe.id AND ps.position <> ''
                ORDER BY ps.document_date DESC, ps.id DESC LIMIT 1) AS position,
               (SELECT coalesce(u.canonical_name, ps.unit) FROM person_documents pd
                JOIN positions ps ON ps.person = pd.entity AND ps.document = pd.document
                LEFT JOIN unit_names un ON un.entity = ps.unit_entity LEFT JOIN units u ON u.id = un.unit
                WHERE pd.person = pe.id AND ps.unit <> ''
                ORDER BY ps.document_date DESC, ps.id DESC LIMIT 1) AS unit,
               pe.units, pe.province,
               (SELECT count(*) FROM conferrals_resolved r WHERE r.person = pe.id AND r.rejected = 0 AND r.attached_to IS NULL) AS awards,
               pe.documents, pe.folded,
               (SELECT min(entity) FROM person_documents WHERE person = pe.id) AS entity
        FROM persons pe
    """,
    "units_view": """
        SELECT u.id, u.canonical_name AS name, parent.canonical_name AS parent, u.province, u.successor,
               u.valid_until, coalesce(cr.awards, 0) AS awards, cr.award_names,
               coalesce(o.officials, 0) AS officials, coalesce(md.documents, 0) AS documents,
               u.folded, md.entity
        FROM units u
        LEFT JOIN units parent ON parent.id = u.parent
        LEFT JOIN (SELECT r.unit, count(*) AS awards, json_group_array(DISTINCT a.canonical_name) AS award_names
                   FROM conferrals_resolved r JOIN awards a ON a.id = r.award
                   WHERE r.rejected = 0 AND r.attached_to IS NULL AND r.unit IS NOT NULL AND r.recipient_type = 'collective'
                   GROUP BY r.unit) cr ON cr.unit = u.id
        LEFT JOIN (SELECT un.unit, count(DISTINCT pd.person) AS officials
                   FROM unit_names un JOIN positions ps ON ps.unit_entity = un.entity
                   JOIN person_documents pd ON pd.entity = ps.person AND pd.document = ps.document
                   GROUP BY un.unit) o ON o.unit = u.id
        LEFT JOIN (SELECT un.unit, min(un.entity) AS entity, count(DISTINCT m.document) AS documents
                   FROM unit_names un LEFT JOIN mentions m ON m.entity = un.entity
                   GROUP BY un.unit) md ON md.unit = u.id
    """,
    "entities_view": """
        SELECT e.id, e.kind, e.canonical_name, e.folded,
               (SELECT count(*) FROM mentions WHERE entity = e.id) AS mentions,
               (SELECT count(DISTINCT document) FROM mentions WHERE entity = e.id) AS documents
        FROM entities e
    """,
}


def now() -> str:
    """Current UTC time as an ISO string (seconds)."""
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def entity_key(name: str) -> str:
    """The identity key of a name: folded, punctuation removed, spaces collapsed.

    Tone marks are removed by folding, so this key joins spelling variants;
    ``canonical_name`` keeps the first spelling seen.
    """
    return " ".join(fold(_KEY_PUNCT.sub(" ", name)).split())


#: the punctuation :func:`entity_key` drops
_KEY_PUNCT = re.compile(r"[\"“”‘’'«»()\[\]{},;:.!?…]+")


#: the tables with an FTS5 index (``<table>_fts``, its content read from the table) and their indexed columns.
#: Deletes and updates reach the index by triggers (:func:`_fts_statements`); inserts by :meth:`Writer._index_new`
FTS_COLUMNS = {"blocks": ("folded",), "entities": ("canonical_name", "folded")}


class NotAKnowledgeBase(ValueError):
    """A file given as the knowledge base is not one sovang can use: not an SQLite database, another program's
    database, a new file where no folder is, or one on read-only media that must be written, or read while its
    ``-wal`` holds changes (its path and what it is are in the message)."""


class AmbiguousPath(ValueError):
    """A path relative to its ingest folder given to :meth:`Writer.forget` that is stored under several folders
    given to ``ingest`` (``qd01.txt`` of both ``/kho/2019`` and ``/kho/2020``): ``roots`` lists them, and nothing is
    removed (a newcomer, session 36: ``sovang forget qd01.txt`` removed the documents of both folders)."""

    def __init__(self, target: str, roots: list[str]):
        self.target, self.roots = target, roots
        super().__init__(f"{target} is stored under {len(roots)} folders given to 'sovang ingest' ({', '.join(roots)})"
                         f": nothing removed; give its full path, such as {roots[0]}/{target}")


#: the first 16 bytes of every SQLite 3 database file (https://www.sqlite.org/fileformat.html, section 1.3.1)
SQLITE_HEADER = b"SQLite format 3\x00"


def _check_is_sqlite(path: Path) -> None:
    """Raise :class:`NotAKnowledgeBase` when ``path`` is an existing, non-empty file that does not start with the
    SQLite header (a report, a .jsonl given to --db by mistake), before SQLite says "file is not a database"
    with a traceback, or ingest writes into it; a missing or empty file is a new knowledge base."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise NotAKnowledgeBase(f"{path} is a folder, not a knowledge base file") from None
    except OSError as exc:  # a file where a folder should be, no permission …
        raise NotAKnowledgeBase(f"{path} cannot be opened as a knowledge base: {exc.strerror or exc}") from None
    if head and head != SQLITE_HEADER:
        raise NotAKnowledgeBase(f"{path} is not a knowledge base (not an SQLite database file)")


def _check_is_sovang(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`NotAKnowledgeBase` when the SQLite database ``conn`` holds tables but no ``documents`` table
    keyed by ``sha256`` (the first table of every sovang knowledge base): another program's database, which sovang
    must neither write its 50 tables into nor query into "no such table" errors (review, session 25), even one with
    a ``documents`` table of its own (second reader, session 25: it was switched to WAL and failed on "no such
    column: status")."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    if tables and ("documents" not in tables or
                   "sha256" not in {c[1] for c in conn.execute("PRAGMA table_info(documents)")}):
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise NotAKnowledgeBase(f"{path} is an SQLite database of another program (tables: {shown}), "
                                f"not a sovang knowledge base")


def _writable(folder: Path) -> bool:
    """Whether files can be made in ``folder`` (False on read-only media: a CD, a read-only mount or share)."""
    return os.access(folder, os.W_OK)


#: seconds every connection to a knowledge base waits for another writer to let go of it before SQLite says
#: "database is locked" (``busy_timeout`` of a writing connection, ``timeout`` of a reading one; the message a
#: command then prints, :func:`pipeline.cli.sqlite_error_message`, says it)
BUSY_TIMEOUT = 30.0


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file ``path``, by a URI in which the path is quoted (a name holding
    ``#``, ``?`` or ``%`` is the file it names, not a URI's fragment or query; newcomer, session 28).

    A knowledge base is in WAL mode, and SQLite opens one read-only only where it can make its ``-shm`` file: on
    read-only media (a folder that cannot be written) it said "unable to open database file" to every reading
    command. There the file is opened ``immutable`` (nothing can write it there), unless a ``-wal`` file beside
    it holds changes not yet merged, which ``immutable`` would not read: then :class:`NotAKnowledgeBase` says so.
    Raises :class:`sqlite3.DatabaseError` for other failures, as :func:`sqlite3.connect` does.
    """
    from urllib.parse import quote

    path = Path(path)
    uri = "file:" + quote(str(path.absolute()))
    conn = None
    try:
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        if conn is not None:
            conn.close()
        if not read_only_media(path):
            raise
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise NotAKnowledgeBase(f"{path} cannot be read in this read-only folder: {wal.name} beside it holds changes "
                                f"not yet written into it; copy both files to a folder that can be written and "
                                f"read the copy")
    return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True)


def read_only_media(path: str | Path) -> bool:
    """Whether the knowledge base ``path`` lies in a folder that cannot be written (read-only media)."""
    return not _writable(Path(path).absolute().parent)


def open_db(path: str | Path, readonly: bool = False) -> sqlite_utils.Database:
    """Open (and create, unless ``readonly``) the knowledge base at ``path``.

    Creates the schema, FTS tables and views on first use and switches the
    file to WAL mode so readers (Datasette, ``sovang search``) work during a
    load.  Raises FileNotFoundError when ``readonly`` and the file is missing, :class:`NotAKnowledgeBase` when
    ``path`` is a file that is not an SQLite database, another program's database (:func:`_check_is_sovang`),
    a new file in a folder that does not exist, or (not ``readonly``) a file or folder that cannot be written;
    read-only, it opens a file on read-only media (:func:`connect_read_only`).
    """
    path = Path(path)
    _check_is_sqlite(path)
    if readonly:
        if not path.exists():
            raise FileNotFoundError(f"no knowledge base at {path}")
        conn = connect_read_only(path)
        _check_is_sovang(conn, path)
        return sqlite_utils.Database(conn)
    if not path.parent.is_dir():
        raise NotAKnowledgeBase(f"{path}: cannot create a knowledge base there: no folder {path.parent}")
    if read_only_media(path) or (path.exists() and not os.access(path, os.W_OK)):
        raise NotAKnowledgeBase(f"{path} cannot be written: the file or its folder is read-only (search, awards, "
                                f"who, failures and export still read it)")
    db = sqlite_utils.Database(path)
    _check_is_sovang(db.conn, path)
    db.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
    _enable_wal(db)
    _create_schema(db.conn)
    migrate(db)
    compose_paths(db)
    return db


def _enable_wal(db: sqlite_utils.Database, wait: float = BUSY_TIMEOUT) -> None:
    """Switch the file to WAL mode.  Two connections switching one new file at the same instant can get
    "database is locked" at once, without the busy timeout being waited (seen in about 1 pair of opens in 30 in
    ``tests/test_kb_open_race.py``), so the switch is tried again every 50 ms for up to ``wait`` seconds;
    then the error is raised."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _statements(script: str) -> list[str]:
    """The SQL statements of ``script``, one string each (split where :func:`sqlite3.complete_statement` says a
    statement ends, so a ``;`` inside a trigger body or a string does not split it)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def _fts_statements(table: str, columns: tuple[str, ...]) -> list[str]:
    """The SQL that gives ``table`` its FTS5 index ``<table>_fts`` (content read from the table, diacritics
    removed by the tokenizer) and the delete/update triggers that keep it in step, as sqlite-utils'
    ``enable_fts(create_triggers=True)`` writes them.  There is no insert trigger: new rows are indexed by
    :meth:`Writer._index_new`, a batch at a time.  Every statement is ``IF NOT EXISTS``."""
    cols = ", ".join(f"[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    fts = f"[{table}_fts]"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING FTS5 ({cols}, "
        f"tokenize='unicode61 remove_diacritics 2', content=[{table}])",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_ad] AFTER DELETE ON [{table}] BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.rowid, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_au] AFTER UPDATE ON [{table}] BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.rowid, {old}); "
        f"INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new}); END",
        f'DROP TRIGGER IF EXISTS "{table}_ai"',
    ]


def _create_schema(conn: sqlite3.Connection) -> None:
    """Create the tables, FTS indexes and views of :data:`SCHEMA`, :data:`FTS_COLUMNS` and :data:`VIEWS` in one
    ``BEGIN IMMEDIATE`` transaction, so that two processes opening one new knowledge base at the same instant
    do not both create a table or a view (the second waits for the lock and finds them made).  An FTS index made
    here for a table that already holds rows (a knowledge base older than its index) is filled from the table."""
    level, conn.isolation_level = conn.isolation_level, None  # explicit BEGIN / COMMIT
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql in _statements(SCHEMA):
                conn.execute(sql)
            for table, columns in FTS_COLUMNS.items():
                made = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [f"{table}_fts"]).fetchone()
                for sql in _fts_statements(table, columns):
                    conn.execute(sql)
                if not made:
                    conn.execute(f"INSERT INTO [{table}_fts]([{table}_fts]) VALUES('rebuild')")
            for name, sql in VIEWS.items():
                conn.execute(f"DROP VIEW IF EXISTS [{name}]")
                conn.execute(f"CREATE VIEW [{name}] AS {sql}")
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                         [str(SCHEMA_VERSION)])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.isolation_level = level


def migrate(db: sqlite_utils.Database) -> None:
    """Bring a knowledge base of an older schema up to this one.  Schema 1 had no ``conferrals.revoked_by``,
    ``revoked_date``: they are added, and each stored revocation's decisions are derived again from its sentence
    and its document's header and title as the extractor now does (:mod:`extractors.revocation`), so that the
    conferring decision the sentence cites ("… đã tặng tại Quyết định số 210/QĐ-UBND") is no longer taken for the
    revoking one.  The canonical layer is marked stale (meta ``canonical_stale``), so the next ingest or
    :func:`outputs.site.prepare` rebuilds it from the migrated rows.  A second writer that waited for the lock
    finds the columns added and does nothing."""
    if "revoked_by" in db["conferrals"].columns_dict:
        return
    from extractors.engine import document_decision
    from extractors.revocation import own_decision, revocation_decisions
    from pipeline.model import Block

    with db.conn:  # one transaction: the columns and the rows derived again, or nothing
        db.conn.execute("BEGIN IMMEDIATE")
        if any(c[1] == "revoked_by" for c in db.execute("PRAGMA table_info(conferrals)")):
            return  # another writer migrated it while this one waited for the lock
        db.execute("ALTER TABLE conferrals ADD COLUMN revoked_by TEXT")
        db.execute("ALTER TABLE conferrals ADD COLUMN revoked_date TEXT")
        rows = db.execute("""SELECT c.id, c.document, m.sentence, d.title FROM conferrals c
                             JOIN documents d ON d.sha256 = c.document LEFT JOIN mentions m ON m.id = c.evidence
                             WHERE c.revoked = 1""").fetchall()
        own = {}
        for cid, sha, sentence, title in rows:
            if sha not in own:
                head = [Block(t) for (t,) in db.execute(
                    "SELECT text FROM blocks WHERE document = ? ORDER BY idx LIMIT 12", [sha])]
                own[sha] = own_decision(title, document_decision(Document(path="", sha256=sha, format="",
                                                                          blocks=head)))
            (decision, ddate), (by, by_date) = revocation_decisions(sentence or "", own[sha])
            db.execute("UPDATE conferrals SET decision = ?, decision_date = ?, revoked_by = ?, revoked_date = ? "
                       "WHERE id = ?", [decision, ddate, by, by_date, cid])
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '1')")


def compose_paths(db: sqlite_utils.Database) -> None:
    """Store the roots and paths of ``document_paths`` and ``path_history`` composed (NFC), as
    :func:`pipeline.discover.path_text` now gives them: a sovang before session 36 stored a name a Mac wrote with
    decomposed letters as it was, which the next ingest, finding the file under its composed name, would have
    stored a second time.  A decomposed path whose composed form is stored too is dropped (the composed one is the
    file's path now).  Done once (meta ``paths_composed``), in one transaction; the canonical layer is marked stale
    when a path changed, so that the next ingest rebuilds it."""
    done = "SELECT 1 FROM meta WHERE key = 'paths_composed'"
    if db.execute(done).fetchone():
        return
    with db.conn:
        db.conn.execute("BEGIN IMMEDIATE")
        if db.execute(done).fetchone():
            return  # another writer composed them while this one waited for the lock
        changed = False
        for table in ("document_paths", "path_history"):
            for pid, root, path in db.execute(f"SELECT id, root, path FROM {table}").fetchall():
                nfc = [unicodedata.normalize("NFC", text) for text in (root, path)]
                if nfc == [root, path]:
                    continue
                changed = True
                if table == "document_paths" and db.execute(
                        "SELECT 1 FROM document_paths WHERE root = ? AND path = ?", nfc).fetchone():
                    db.execute("DELETE FROM document_paths WHERE id = ?", [pid])
                else:
                    db.execute(f"UPDATE {table} SET root = ?, path = ? WHERE id = ?", [*nfc, pid])
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('paths_composed', '1')")
        if changed:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '1')")


#: the pragmas a :class:`Writer` sets on its connection while it is open (given back by :meth:`Writer.close`).
#: Each document is written inside a savepoint, and SQLite copies every page a savepoint changes first into a
#: sub-journal, a temporary file (``temp_store`` DEFAULT): 270 documents of ../shared/corpora (9.8 MB stored)
#: wrote 75 MB in 37,000 write calls; with temporary storage in memory, 20 MB in 10,000 calls.  A larger page
#: cache (32 MiB, against SQLite's 2 MB) keeps a batch's changed pages from being spilled to the WAL before the
#: commit (7,300 calls).  Same rows, same ids: only where SQLite keeps its scratch pages changes.
WRITER_PRAGMAS = {"temp_store": 2, "cache_size": -32768}  # (temp_store 2 = MEMORY; cache_size < 0: KiB)

#: how much of a document was read, to compare a re-extraction with what is stored (:meth:`Writer.add`)
STATUS_RANK = {"failed": 0, "partial": 1, "ok": 2}


class Writer:
    """Writes read-and-extracted documents into the knowledge base.

    One process owns a Writer.  Each document is written inside a savepoint,
    so it is stored whole or not at all; documents are committed in batches
    (``batch`` documents or ``seconds`` seconds, whichever comes first) and on
    :meth:`close`.  A crash loses at most the uncommitted batch, which the next
    ingest stores again (its contents are not yet known).
    """

    def __init__(self, db: sqlite_utils.Database, batch: int = 200, seconds: float = 2.0):
        self.db = db
        self.db.conn.isolation_level = None  # explicit BEGIN / SAVEPOINT / COMMIT
        self._pragmas = {name: db.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in WRITER_PRAGMAS}
        for name, value in WRITER_PRAGMAS.items():
            db.conn.execute(f"PRAGMA {name} = {value}")
        self.batch = batch
        self.seconds = seconds
        self._pending = 0
        self._since = time.monotonic()
        self._entity_ids: dict[tuple[str, str], int] = {}
        #: (kind, name as written) -> id: a name seen before skips computing its key (most look-ups)
        self._entity_names: dict[tuple[str, str], int] = {}
        self._new_entities: list[tuple] = []  # (id, kind, name, folded, key) not yet inserted (see _flush_entities)
        self._next_entity: int | None = None
        #: every entity of the knowledge base is in ``_entity_ids``: it held none when this Writer opened (a new
        #: knowledge base) and no other connection has committed since, so a name not cached there is new,
        #: without a query per new name (:meth:`entity`); false after a rollback empties the cache, and once
        #: another writer (a second ingest into the same knowledge base) has committed (:meth:`_begin`)
        self._data_version = self._version()  # read before the entities: a commit in between drops the shortcut
        self._all_entities_cached = db.conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is None
        #: table -> the first id inserted since its FTS5 index was last brought up to date (None: nothing new)
        self._unindexed: dict[str, int | None] = dict.fromkeys(FTS_COLUMNS)
        #: table -> the id its next row gets (:meth:`_next_id`), counted on within one write transaction (no
        #: other connection inserts while this one holds the lock); emptied when a transaction opens, when rows
        #: are deleted or a document's savepoint rolled back (SQLite's max + 1 may then be lower)
        self._next_ids: dict[str, int] = {}
        self._stale = False  # a document stored in this batch: meta ``canonical_stale`` is set at its commit

    # -- transactions -------------------------------------------------------------------
    def _begin(self) -> None:
        """Open a batch's write transaction (waiting for another writer's to end, ``busy_timeout``).

        ``PRAGMA data_version`` changes only when another connection commits: if it did since this Writer
        opened, the knowledge base holds entities this Writer has not cached, and :meth:`entity` looks each
        new name up again (one pragma a batch while the shortcut holds)."""
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self._since = time.monotonic()
            self._next_ids.clear()
            if self._all_entities_cached and self._version() != self._data_version:
                self._all_entities_cached = False

    def _version(self) -> int:
        """This connection's ``PRAGMA data_version`` (unchanged by its own commits)."""
        return self.db.conn.execute("PRAGMA data_version").fetchone()[0]

    def _done_one(self) -> None:
        self._pending += 1
        if self._pending >= self.batch or time.monotonic() - self._since >= self.seconds:
            self.commit()

    def idle(self) -> None:
        """Commit the open batch once it is ``seconds`` old, called by the local and Dask executors while they wait
        for a document.  Without it the batch's write transaction stayed open until the next document was stored:
        while a worker read a long file (OCR, a 6 MB text) for minutes, ``sovang correct`` and ``forget`` waited out
        their 30 s and failed "database is locked" (newcomer, session 29).  The inline executor (``--workers 1``)
        reads each document in this process and does not call it: it calls :meth:`commit` before each read instead
        (:func:`pipeline.executors.run_inline`'s ``release``, session 30)."""
        if self.db.conn.in_transaction and time.monotonic() - self._since >= self.seconds:
            self.commit()

    def commit(self) -> None:
        """Commit the current batch, with Ctrl-C and SIGTERM held until it is done (:func:`pipeline.interrupts.held`:
        an interrupt between its statements made the commit at :meth:`close` insert the batch's entities or index
        its rows a second time)."""
        with held():
            self._flush_entities()
            self._index_new()
            if self._stale:  # (once a batch, in its transaction: the canonical layer is rebuilt after the ingest)
                self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '1')")
                self._stale = False
            if self.db.conn.in_transaction:
                self.db.execute("COMMIT")
            self._pending = 0

    def close(self) -> None:
        """Commit what is pending and give the connection its pragmas back (:data:`WRITER_PRAGMAS`); the Writer
        may not be used afterwards."""
        self.commit()
        for name, value in self._pragmas.items():
            self.db.conn.execute(f"PRAGMA {name} = {value}")

    # -- queries used by the ingest job -------------------------------------------------
    def known(self, sha256: str) -> str | None:
        """The stored status of a content hash, or None when it is not stored."""
        row = self.db.execute("SELECT status FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def failure(self, sha256: str) -> str | None:
        """The stored reason (``documents.error``) of a content hash, or None when it is not stored or has none."""
        row = self.db.execute("SELECT error FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def add_path(self, root: str, path: str, sha256: str, size: int | None) -> str | None:
        """Record that content ``sha256`` was found at ``root``/``path`` (upsert).  Returns the content the path
        held before (None: it held none): when that is not ``sha256``, ``ingest`` checks the name against the
        reading of the content's first path, and names a file changed, without a query of its own for what the
        path held."""
        self._begin()
        before = self._upsert_path(root, path, sha256, size, now())
        self._done_one()
        return before

    def _upsert_path(self, root, path, sha256, size, ts) -> str | None:
        """Point (root, path) at ``sha256``; a path whose content changed keeps its old version in history.
        Returns the content the path held before (None: it held none).

        The canonical layer holds the contents some path holds now: one that none held (an older version of a
        changed file, now found again at a path) joins it only when the layer is rebuilt, so the ingest is marked
        to rebuild it (newcomer, session 37: a copy of a file's earlier version, kept under a new name, was
        "already known" and its facts stayed out of ``awards``, ``who`` and the site)."""
        old = self.db.execute("SELECT sha256, first_seen FROM document_paths WHERE root = ? AND path = ?",
                              [root, path]).fetchone()
        if (old is None or old[0] != sha256) and not self._stale and self.db.execute(
                "SELECT 1 FROM document_paths WHERE sha256 = ? LIMIT 1", [sha256]).fetchone() is None:
            self._stale = True  # (meta canonical_stale at the batch's commit)
        if old and old[0] != sha256:
            self.db.execute("INSERT INTO path_history (root, path, sha256, first_seen, replaced_at) VALUES (?,?,?,?,?)",
                            [root, path, old[0], old[1], ts])
            self.db.execute("DELETE FROM document_paths WHERE root = ? AND path = ?", [root, path])
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '1')")
        self.db.execute(
            """INSERT INTO document_paths (root, path, sha256, size, first_seen, last_seen)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(root, path) DO UPDATE SET sha256 = excluded.sha256,
                   size = excluded.size, last_seen = excluded.last_seen""",
            [root, path, sha256, size, ts, ts],
        )
        return old[0] if old else None

    def entity(self, kind: str, name: str) -> int:
        """The id of the entity (kind, name), created when new."""
        cached = self._entity_names.get((kind, name))
        if cached:
            return cached
        key = entity_key(name)
        cached = self._entity_ids.get((kind, key))
        if cached:
            self._entity_names[(kind, name)] = cached
            return cached
        row = None if self._all_entities_cached else \
            self.db.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", [kind, key]).fetchone()
        if row:
            eid = row[0]
        else:  # the id SQLite would give (max + 1); the row is inserted with the document's other new entities
            if self._next_entity is None:
                self._next_entity = self._next_id("entities")
                if self._unindexed["entities"] is None:
                    self._unindexed["entities"] = self._next_entity
            eid = self._next_entity
            self._next_entity += 1
            self._new_entities.append((eid, kind, name, fold(name), key))
        self._entity_ids[(kind, key)] = eid
        self._entity_names[(kind, name)] = eid
        return eid

    def _flush_entities(self) -> None:
        """Insert the entities created by :meth:`entity` since the last flush."""
        if self._new_entities:
            self.db.conn.executemany("INSERT INTO entities (id, kind, canonical_name, folded, key) VALUES (?,?,?,?,?)",
                                     self._new_entities)
        if self._next_entity is not None:
            self._next_ids["entities"] = self._next_entity
        self._new_entities = []
        self._next_entity = None

    def _index_new(self) -> None:
        """Add the blocks and entities inserted since the last call to their FTS5 indexes, one statement a table.

        An insert trigger indexed them row statement by row statement, and FTS5 writes a new index segment at
        every statement (later merged into larger ones): indexed a batch at a time, they make one segment per
        batch, and the writer spends about a fifth less time (same index contents: the same rows, ids and
        text).  Called before each commit, and before rows are deleted (the delete trigger removes a row's
        terms from the index, which must hold them)."""
        for table, columns in FTS_COLUMNS.items():
            first = self._unindexed[table]
            if first is not None:
                cols = ", ".join(columns)
                self.db.conn.execute(f"INSERT INTO {table}_fts (rowid, {cols}) SELECT id, {cols} FROM {table} "
                                     "WHERE id >= ?", [first])
                self._unindexed[table] = None

    # -- the document transaction -------------------------------------------------------
    def add(self, doc: Document, facts, root: str, path: str, size: int | None = None,
            replace: bool = False) -> str:
        """Store one document, its blocks, mentions and facts, and its path, atomically.

        ``facts`` is an :class:`extractors.facts.DocumentFacts` or None (for a
        failed document).  Returns ``"stored"``, or ``"known"`` when the content
        was already stored (then only the path is recorded).  A previously
        *failed* or *partial* content, or any content when ``replace`` is true
        (re-extraction after an upgrade), is replaced by the new result, except
        that a re-extraction read worse than what is stored (a stored ``ok``
        content now ``partial`` or ``failed``, a ``partial`` one now ``failed``:
        a crash, a missing OCR engine) keeps the stored facts and returns
        ``"kept"`` (only the path is recorded): nothing stored is lost.
        """
        self._begin()
        status = self.known(doc.sha256)
        ts = now()
        unindexed = dict(self._unindexed)
        self.db.execute("SAVEPOINT document")
        try:
            if status is not None and status not in ("failed", "partial") and not replace:
                self._upsert_path(root, path, doc.sha256, size, ts)
                result = "known"
            elif replace and status is not None and STATUS_RANK[doc.status] < STATUS_RANK[status]:
                self._upsert_path(root, path, doc.sha256, size, ts)
                result = "kept"
            else:
                if status is not None:
                    self._delete_content(doc.sha256)
                self._insert(doc, facts, ts)
                self._upsert_path(root, path, doc.sha256, size, ts)
                self._stale = True  # (before RELEASE: an interrupt after it must not commit the document unmarked)
                result = "stored"
            self.db.execute("RELEASE document")
        except BaseException:
            # A full disk or an I/O error may have made SQLite roll back the whole batch, savepoint and all:
            # "ROLLBACK TO" would then raise "no such savepoint" in place of that error (newcomer, session 29).
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK TO document")
                self.db.execute("RELEASE document")
            self._entity_ids.clear()  # ids created in the rolled-back savepoint are gone
            self._entity_names.clear()
            self._all_entities_cached = False  # (the entities of earlier documents are stored, no longer cached)
            self._new_entities = []
            self._next_entity = None
            self._next_ids.clear()
            self._unindexed = unindexed  # (rows an earlier document left unindexed: their index rows rolled back too)
            raise
        self._done_one()
        return result

    def forget(self, target: str) -> list[str]:
        """Remove a path, or every path under a folder, from the knowledge base.

        ``target`` is an absolute path (a file, a folder, or a JSON Lines
        article ``file#id``) or a path as stored relative to its ingest root.
        The older versions of a matched path (``path_history``: the file as it
        was before it was changed and ingested again) go too, so that the text
        of a forgotten file is no longer found by ``search`` (newcomer, session
        28).  A content left with no path and no older-version record is
        deleted with its blocks, mentions and facts.  Returns the paths removed
        (root/path), then each path known only by its older versions, marked
        "(older versions)".  Raises :class:`AmbiguousPath`, removing nothing, for a relative ``target`` stored
        under several ingest folders.
        """
        self._begin()
        full = "root || '/' || path"
        where = f"{full} = ? OR {full} LIKE ? OR {full} LIKE ? OR path = ? OR path LIKE ?"
        args = [target, target.rstrip("/") + "/%", target + "#%", target, target.rstrip("/") + "/%"]
        rows = self.db.execute(f"SELECT id, root, path, sha256 FROM document_paths WHERE {where}", args).fetchall()
        history = self.db.execute(f"SELECT id, root, path, sha256 FROM path_history WHERE {where}", args).fetchall()
        # a path within its ingest folder (a stored root is absolute, so only "path" matched it): of one folder
        # only, else which is meant?
        if not os.path.isabs(target) and len(roots := sorted({root for _, root, _, _ in rows + history})) > 1:
            self.commit()  # (nothing written: the transaction only ends)
            raise AmbiguousPath(target, roots)
        for pid, _root, _path, _sha in rows:
            self.db.execute("DELETE FROM document_paths WHERE id = ?", [pid])
        for hid, _root, _path, _sha in history:
            self.db.execute("DELETE FROM path_history WHERE id = ?", [hid])
        first_path: dict[str, str] = {}  # sha -> its first path matched (root/path)
        for _, root, path, sha in rows + history:
            first_path.setdefault(sha, f"{root}/{path}")
        gone = {sha: path for sha, path in first_path.items()  # contents left with no path nor older version
                if not self.db.execute("SELECT 1 FROM document_paths WHERE sha256 = ? UNION ALL "
                                       "SELECT 1 FROM path_history WHERE sha256 = ?", [sha, sha]).fetchone()}
        if gone:
            from .canonical import note_forgotten

            note_forgotten(self.db.conn, gone)  # a correction of their facts waits for them to come back
        for sha in gone:
            self._delete_content(sha)
        if rows or history:
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '1')")
        self.commit()
        current = [f"{r}/{p}" for _, r, p, _ in rows]
        return current + [f"{path} (older versions)" for path in dict.fromkeys(f"{r}/{p}" for _, r, p, _ in history)
                          if path not in current]

    def drop_moved(self, walked: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
        """Take out the paths under ``walked`` (the absolute folders an ingest has just walked in full) whose file
        is no longer there while their content is at another path whose file is (a file renamed or moved, or one of
        two copies deleted): the old path would name a file that does not exist and export the same facts twice
        (a newcomer, session 26).  A path whose content is at no other existing file (a file deleted, or a folder
        gone) is kept, with its document and facts: deleting a file from a folder never deletes knowledge; ``sovang
        forget`` does.  Returns (the (old, new) root/path pairs taken out, the root/path of the gone files kept).
        A path is there when :func:`stored_file_there` says so (an article ``file#id`` of a JSON Lines file while
        its file is, a name holding "#" or stored with ``\\xNN`` escapes while it exists)."""
        prefixes = _folder_prefixes(walked)
        root_is_dir = functools.lru_cache(maxsize=None)(os.path.isdir)  # a few roots, thousands of paths
        listings: dict = {}  # each folder of a Mac-named path listed once for the call, not once per path

        def under(root: str, path: str) -> bool:
            return os.path.join(root, path).startswith(prefixes)

        def there(root: str, path: str) -> bool:
            return stored_file_there(root, path, listings)

        rows = self.db.execute("SELECT id, root, path, sha256 FROM document_paths ORDER BY id").fetchall()
        gone = [(pid, root, path, sha) for pid, root, path, sha in rows
                if under(root, path) and root_is_dir(root) and not there(root, path)]
        moved, kept = self._drop_renamed_roots([row for row in rows if not root_is_dir(row[1])], under, there), []
        for pid, root, path, sha in gone:
            # the new path: one in the folders walked before a copy elsewhere (a reviewer, session 26, read "moved
            # sub/a.txt -> /other/a.txt", an older copy in another folder, for a file moved to b.txt), and of those
            # the one stored last, as the path this ingest found is (a newcomer, session 36, read "moved Kho A/x.txt
            # -> Kho B/x.txt", a copy stored long before, for a folder renamed "Kho C")
            live = next((f"{r}/{p}" for _, r, p in sorted(self.db.execute(
                "SELECT id, root, path FROM document_paths WHERE sha256 = ? AND id != ?", [sha, pid]),
                key=lambda row: (not under(row[1], row[2]), -row[0])) if there(r, p)), None)
            if live is None:
                kept.append(f"{root}/{path}")
                continue
            self._begin()
            self.db.execute("DELETE FROM document_paths WHERE id = ?", [pid])
            moved.append((f"{root}/{path}", live))
        if moved:
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '1')")
            self.commit()
        return moved, kept

    def _drop_renamed_roots(self, rows: list[tuple], under: Callable[[str, str], bool],
                            there: Callable[[str, str], bool]) -> list[tuple[str, str]]:
        """Take out the paths of ``rows`` ((id, root, path, sha256) whose root folder is no longer there) whose
        content is at the same relative path under a folder just walked (``under``) and there (``there``, as
        :func:`stored_file_there` tells): a folder given to
        ``ingest`` renamed or moved as a whole ("Kho A" now "Kho B") and ingested under its new name, whose every
        document kept its old path beside the new one, exported twice and named first by the folder gone (a
        newcomer, session 34).  A root gone whose contents are not so found (an archive disc not mounted) keeps its
        paths.  Returns the (old, new) root/path pairs taken out; the caller commits."""
        moved = []
        for pid, root, path, sha in rows:
            live = next((f"{r}/{p}" for r, p in self.db.execute(
                "SELECT root, path FROM document_paths WHERE sha256 = ? AND path = ? AND id != ? ORDER BY id",
                [sha, path, pid]) if under(r, p) and there(r, p)), None)
            if live is not None:
                self._begin()
                self.db.execute("DELETE FROM document_paths WHERE id = ?", [pid])
                moved.append((f"{root}/{path}", live))
        return moved

    def drop_listed_folders(self, walked: list[str]) -> list[str]:
        """Remove the failed documents that stand for a folder that could not be listed (error "cannot list folder:
        …", stored by ingest as an unreadable file is) when the folder can be listed now and lies in one of
        ``walked`` (the absolute folders this ingest walks, so that its files are read by this ingest; a closed
        folder of another root keeps its failure until that root is ingested again).  Only that path and its
        failed content go, never the documents under the folder.  Returns the paths removed (root/path)."""
        rows = self.db.execute("""SELECT p.id, p.root, p.path, p.sha256 FROM document_paths p
                                  JOIN documents d ON d.sha256 = p.sha256
                                  WHERE d.status = 'failed' AND d.error LIKE 'cannot list folder:%'""").fetchall()
        dropped, prefixes = [], _folder_prefixes(walked)
        for pid, root, path, sha in rows:
            folder = os.path.join(root, path)
            if folder not in walked and not folder.startswith(prefixes):
                continue  # not walked by this ingest: its files would not be read
            try:
                os.listdir(folder)
            except OSError:
                continue  # still closed (or gone: 'sovang failures' says so)
            self._begin()
            self.db.execute("DELETE FROM document_paths WHERE id = ?", [pid])
            if not self.db.execute("SELECT 1 FROM document_paths WHERE sha256 = ?", [sha]).fetchone():
                self._delete_content(sha)
            dropped.append(f"{root}/{path}")
        if dropped:
            self.commit()
        return dropped

    def _delete_content(self, sha: str) -> None:
        self._index_new()  # (the delete trigger takes a row's terms out of the index)
        self._next_ids.clear()
        for table in ("conferrals", "positions", "recipient_units", "mentions", "blocks"):
            self.db.execute(f"DELETE FROM {table} WHERE document = ?", [sha])
        self.db.execute("DELETE FROM documents WHERE sha256 = ?", [sha])

    def _next_id(self, table: str) -> int:
        """The id SQLite would give a new row of ``table`` (max + 1), read once a transaction (see ``_next_ids``)."""
        nxt = self._next_ids.get(table)
        if nxt is None:
            nxt = self._next_ids[table] = self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0] + 1
        return nxt

    def _insert(self, doc: Document, facts, ts: str) -> None:
        """Insert a document's rows (ids assigned here: this process is the only writer).

        Each table's rows go in by ``executemany`` of one statement, which sqlite3 prepares once and reuses for
        every row: about 5% less time for the writer than one ``INSERT … VALUES (…), (…), …`` per document,
        whose text changed with its row count and was compiled anew each time (since the FTS5 insert trigger
        gave way to :meth:`_index_new`, one row per statement no longer costs an index segment per row)."""
        db = self.db
        db.execute(
            """INSERT INTO documents (sha256, format, encoding, title, date, pages, blocks, status, error,
                                      warnings, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
            [doc.sha256, doc.format, doc.encoding, shortened_title(doc.title), doc.date, doc.pages, len(doc.blocks),
             doc.status, doc.error, json.dumps(doc.warnings, ensure_ascii=False) if doc.warnings else None, ts],
        )
        first_block = self._next_id("blocks")
        if self._unindexed["blocks"] is None:
            self._unindexed["blocks"] = first_block
        block_ids = [first_block + i for i in range(len(doc.blocks))]
        self._next_ids["blocks"] = first_block + len(block_ids)
        db.conn.executemany(
            """INSERT INTO blocks (id, document, idx, kind, page, table_no, row_no, cells, source, confidence,
                                   text, original, folded) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [(block_ids[i], doc.sha256, i, b.kind, b.page, b.table, b.row,
              json.dumps(b.cells, ensure_ascii=False) if b.cells is not None else None,
              b.source, getattr(b, "confidence", None), b.text, b.original if b.original != b.text else None, folded)
             for i, (b, folded) in enumerate(zip(doc.blocks, fold_all([b.text for b in doc.blocks])))],
        )
        if facts is None or not block_ids:
            return
        rows: dict[int, list] = {}  # id(mention object) -> row
        next_mention = self._next_id("mentions")

        def mention(m, listed: bool = False) -> int:
            row = rows.get(id(m))
            if row is None:
                block = block_ids[m.block] if 0 <= m.block < len(block_ids) else block_ids[0]
                row = [next_mention + len(rows), self.entity(m.kind, m.text), doc.sha256, block, m.start, m.end,
                       m.text, m.sentence, 0]
                rows[id(m)] = row
            if listed:
                row[-1] = 1
            return row[0]

        for m in facts.mentions:
            mention(m)
        for m in facts.units:
            mention(m, listed=True)
        for m in facts.campaigns:
            mention(m, listed=True)
        # an official's unit written as a bare head ("Phó Giám đốc Trung tâm") is linked to the one unit of that head
        # the document names, its words kept as written (extractors.canonical.head_referent)
        named = [m.text for m in facts.units]
        positions = [(doc.sha256, self.entity("person", o.name.text), o.name.text, o.position or "", o.unit or "",
                      self.entity("unit", head_referent(o.unit, named) or o.unit) if o.unit else None, doc.date,
                      mention(o.name))
                     for o in facts.officials]
        conferrals = [(doc.sha256, self.entity("award", c.award.text), c.award.text,
                       self.entity(c.recipient.kind, c.recipient.text), c.recipient.text, c.recipient_type,
                       c.year, c.status, c.decision, c.decision_date, c.conferrer, int(bool(c.revoked)),
                       mention(c.award), mention(c.recipient), c.revoked_by, c.revoked_date)
                      for c in facts.conferrals]
        placed = {o.name.text for o in facts.officials if o.unit}  # (a person's stated unit links through positions)
        row_units = [(doc.sha256, self.entity(c.recipient.kind, c.recipient.text), self.entity("unit", c.row_unit.text),
                      mention(c.row_unit)) for c in facts.conferrals if getattr(c, "row_unit", None) is not None
                     and not (c.recipient.kind == "person" and c.recipient.text in placed)]
        self._flush_entities()
        self._next_ids["mentions"] = next_mention + len(rows)
        db.conn.executemany(
            """INSERT INTO mentions (id, entity, document, block, start, "end", text, sentence, listed)
               VALUES (?,?,?,?,?,?,?,?,?)""", list(rows.values()))
        db.conn.executemany(
            """INSERT INTO positions (document, person, name, position, unit, unit_entity, document_date, evidence)
               VALUES (?,?,?,?,?,?,?,?)""", positions)
        db.conn.executemany(
            """INSERT INTO conferrals (document, award, award_name, recipient, recipient_name, recipient_type,
                   year, status, decision, decision_date, conferrer, revoked, evidence, recipient_mention,
                   revoked_by, revoked_date)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", conferrals)
        db.conn.executemany("INSERT INTO recipient_units (document, recipient, unit, evidence) VALUES (?,?,?,?)",
                            row_units)
