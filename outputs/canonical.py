"""The canonical layer: one record per real unit, award and person across the knowledge base.

:func:`build` derives these tables from the extracted ones (and is re-run
after every ingest, so it always matches them); staff corrections, kept apart
in ``corrections``, are re-applied on every build.

- ``units``: canonical unit (abbreviations expanded, aliases joined), its
  ``parent``, the province named in it, that province's ``successor`` from
  1 July 2025 and ``valid_until``; ``unit_names`` maps each written unit
  entity to its canonical unit.
- ``awards``: catalogue entry (form, base award, class, conferring level,
  article) or an "other award" kept with its text; ``award_names`` maps
  written award entities to it.
- ``persons``: people; ``person_documents`` maps (written name entity,
  document) to a person with the ``reason`` for the join.
Only current documents count: those with at least one path (a file changed
at a known path is a new version; the old one stays in ``documents`` as
history, listed in ``path_history``, but leaves this layer).

- ``conferrals_resolved``: every conferral with its canonical award,
  recipient (person or unit), decision, corrections applied (``rejected``,
  fixed fields), and its stable ``key``.  A revocation told in another document than the conferral it revokes
  (same recipient, canonical award and conferring decision) is attached to it: the conferral is marked revoked
  and carries the revoking document and sentence (``revocation_document``, ``revocation_sentence``), the
  revoking document's row names it in ``attached_to`` and is not listed on its own (:data:`outputs.kb.SHOWN`), so the award
  is one row, revoked, with both documents' evidence.  Its award is named with the
  conferrer extraction completed from the document (``conferrals.conferrer``,
  :func:`extractors.conferrers.complete_conferrers`, placed there once): "Bằng
  khen của Chủ tịch UBND tỉnh" in a decision of Hà Tĩnh is "Bằng khen của Chủ
  tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Bằng khen của Bộ trưởng" in a decision
  of BỘ Y TẾ "Bằng khen của Bộ trưởng Bộ Y tế"
  (:func:`extractors.canonical.with_conferrer`); the facts as written keep the
  document's words.  ``conferrer`` is that conferrer, canonical (for an award
  its name gives none, in a decision that confers it: the decision's issuing
  body, unless only the State confers that award; a committee below a province
  or a provincial department with the document's province: "Chủ tịch Ủy ban
  nhân dân huyện Đức Thọ, tỉnh Hà Tĩnh", "Giám đốc Sở Y tế tỉnh Nghệ An").  ``posthumous`` is 1 for an
  award "truy tặng" (:mod:`outputs.posthumous`, read from the award's sentence).

Person joins (same folded name, and the same marks where the name is written with two sets of them: "Hoa" and
"Hòa" are two names; see :func:`_name_groups`): two documents' mentions are one person when
their evidence agrees (a shared unit, counting parents, the same province or
the same position); apart when both have evidence and none of it is shared; a mention without
evidence joins the one person of that name that has evidence, or, when there
are several, stays with the others that have none (reason says so). Persons known only by a title without its unit
("Phó Thủ tướng", in stories that name no body) join the one person of the name with a unit whose title opens with it
("Phó Thủ tướng Chính phủ, Bộ trưởng" of "Bộ Ngoại giao"); with two or more such persons they join none
(:func:`_title_only_joins`).
An occupation ("diễn viên", "sinh viên": honorifics.tsv kind ``role``) is no office and no evidence for a join, but
it tells who a person is (:mod:`outputs.join_evidence`): two mentions whose occupations share no family
(``occupation_families.tsv``: a "phi công" and a "nghệ sĩ cải lương") are never joined, and one known by an occupation
that holds no office ("sinh viên") never joins one known by an office ("Bộ trưởng"); any other occupation may hold an
office (a "tỷ phú" is a "Giám đốc điều hành"), since bulk news names people so.  Mentions known by an occupation alone
join each other when their occupations share a family ("diễn viên", "nghệ sĩ": the arts), then the one person of
the name they are compatible with; with none or several they stay apart (:func:`_trade_joins`): where unsure, not
joined, since a wrong join mixes two people's awards and a missed one only shows two rows.
"""
from __future__ import annotations

import hashlib
import json
import logging
import posixpath
import re
import unicodedata
from collections import defaultdict

import sqlite_utils

from extractors.canonical import canonical_award, canonical_unit, full_office, key, spelt_key, with_conferrer

from .correction_values import CHECKS, checked_value
from .join_evidence import Who, compatible, occupations_only, position_parts
from .posthumous import in_block

#: the reason stored (``person_documents.reason``) for a person's first (name, document): no join
FIRST_MENTION = "first mention"

log = logging.getLogger(__name__)

DERIVED = """
DROP TABLE IF EXISTS units;
DROP TABLE IF EXISTS unit_names;
DROP TABLE IF EXISTS awards;
DROP TABLE IF EXISTS award_names;
DROP TABLE IF EXISTS persons;
DROP TABLE IF EXISTS person_documents;
DROP TABLE IF EXISTS conferrals_resolved;
CREATE TABLE units (id TEXT PRIMARY KEY, canonical_name TEXT NOT NULL, folded TEXT NOT NULL,
    parent TEXT REFERENCES units(id), province TEXT, successor TEXT, valid_until TEXT);
CREATE TABLE unit_names (entity INTEGER PRIMARY KEY REFERENCES entities(id), unit TEXT NOT NULL REFERENCES units(id));
CREATE TABLE awards (id TEXT PRIMARY KEY, canonical_name TEXT NOT NULL, folded TEXT NOT NULL, form TEXT NOT NULL,
    base TEXT, award_class TEXT, level TEXT, source TEXT);
CREATE TABLE award_names (entity INTEGER PRIMARY KEY REFERENCES entities(id), award TEXT NOT NULL REFERENCES awards(id));
CREATE TABLE persons (id TEXT PRIMARY KEY, canonical_name TEXT NOT NULL, folded TEXT NOT NULL, province TEXT,
    units TEXT, documents INTEGER NOT NULL);
CREATE TABLE person_documents (entity INTEGER NOT NULL REFERENCES entities(id), document TEXT NOT NULL,
    person TEXT NOT NULL REFERENCES persons(id), reason TEXT NOT NULL, PRIMARY KEY (entity, document));
CREATE TABLE conferrals_resolved (key TEXT PRIMARY KEY, conferral INTEGER NOT NULL REFERENCES conferrals(id),
    document TEXT NOT NULL, award TEXT NOT NULL REFERENCES awards(id), award_as_written TEXT NOT NULL,
    recipient_type TEXT NOT NULL, person TEXT REFERENCES persons(id), unit TEXT REFERENCES units(id),
    recipient_as_written TEXT NOT NULL, recipient TEXT NOT NULL, year INTEGER, status TEXT NOT NULL,
    revoked INTEGER NOT NULL, decision TEXT, decision_date TEXT, conferrer TEXT, sentence TEXT,
    rejected INTEGER NOT NULL DEFAULT 0, corrected TEXT, revoked_by TEXT, revoked_date TEXT,
    posthumous INTEGER NOT NULL DEFAULT 0, attached_to TEXT, revocation_document TEXT, revocation_sentence TEXT);
CREATE INDEX person_documents_person ON person_documents(person);
CREATE INDEX conferrals_resolved_person ON conferrals_resolved(person);
CREATE INDEX conferrals_resolved_unit ON conferrals_resolved(unit);
CREATE INDEX conferrals_resolved_award ON conferrals_resolved(award);
CREATE INDEX conferrals_resolved_year ON conferrals_resolved(year);
CREATE INDEX units_folded ON units(folded);
CREATE INDEX persons_folded ON persons(folded);
"""

CORRECTIONS = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'reject', 'fix')),
    kind TEXT NOT NULL CHECK (kind IN ('person', 'unit', 'conferral')),
    target TEXT NOT NULL,
    other TEXT,
    field TEXT,
    value TEXT,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT
);
"""

#: the version of the folding that builds this layer (:func:`extractors.canonical.canonical_unit`, its abbreviation
#: expansion): raised when it changes, so that the next ingest (or ``serve``) rebuilds a layer built by an older
#: sovang (meta ``canonical_version``; see :func:`layer_outdated`).  1: a department's abbreviation read with "&", "-"
#: or nothing between its parts ("Sở GD-ĐT" = "Sở GD&ĐT"), district departments ("Phòng GD&ĐT") written out.
#: 2: places written short in unit names ("TP.HCM", place_abbreviations.tsv) written out whole; a second decision
#: revoking an award attached to it.  3: places written short in an award's conferrer written out as a unit's are
#: ("Bằng khen của LĐLĐ TP HCM" = "… thành phố Hồ Chí Minh", canonical_award); a further revocation of an award whose
#: conferring decision is not in the knowledge base attached to the first revocation.
#: 4: a unit head inside another head ("Tổng Công ty", "Trường Đại học", compound_unit_heads.txt) opens no parent;
#: a merged unit leaves the layer (parents pointing to it point to the unit it was merged into).
#: 5: persons of one folded name written with different marks ("Lê Thị Hoa", "Lê Thị Hòa") are not joined.
#: 6: persons named by a title alone ("Phó Thủ tướng") join the one person of that name whose titles open with it
#: and who has a unit (:func:`_title_only_joins`).
#: 7: an award's conferrer named by a title that is one office alone ("Bằng khen của Thủ tướng") written as that
#: office in full ("… Thủ tướng Chính phủ", :func:`extractors.canonical.full_office`).
#: 8: a Bằng khen or Giấy khen given by a people's committee or a ministry written as given by its head ("… của UBND
#: tỉnh Đồng Nai" = "… của Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai", :func:`extractors.canonical.head_conferrer`).
#: 9: persons apart when their occupations share no family (a pilot and an actor) or one is a student and the other
#: holds an office (outputs.join_evidence; a newcomer, session 39, found such people joined as one).
LAYER_VERSION = "9"


def layer_outdated(db) -> bool:
    """True when the canonical layer of ``db`` (a sqlite_utils Database or sqlite3 connection) was built by a sovang
    whose folding differs (meta ``canonical_version`` other than :data:`LAYER_VERSION`, or none)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
        return True
    row = db.execute("SELECT value FROM meta WHERE key = 'canonical_version'").fetchone()
    return not row or row[0] != LAYER_VERSION


def layer_state(db) -> str:
    """How far the canonical layer of ``db`` (a sqlite_utils Database or sqlite3 connection) can be read:
    ``"missing"`` when it was never built (the first ingest interrupted or still running: no ``conferrals_resolved``
    table), ``"stale"`` when documents were stored or paths changed since it was built (meta ``canonical_stale`` is
    ``"1"``: an ingest interrupted or still running), else ``"ok"``.  Read-only: nothing is built here."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'conferrals_resolved'").fetchone():
        return "missing"
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
        row = db.execute("SELECT value FROM meta WHERE key = 'canonical_stale'").fetchone()
        if row and row[0] == "1":
            return "stale"
    return "ok"


def stable_id(prefix: str, *parts: str) -> str:
    """A short id that stays the same for the same content across rebuilds: prefix + 10 hex digits."""
    return prefix + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


def conferral_key(document: str, recipient: str, award: str) -> str:
    """The stable key of a conferral: document sha256, recipient and award keys."""
    return stable_id("C", document, key(recipient), key(award))


class _UnionFind:
    def __init__(self):
        self.parent: dict = {}
        self.sets: dict = {}  # root → the members of its set

    def find(self, x):
        if x not in self.parent:
            self.parent[x] = x
            self.sets[x] = [x]
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def members(self, x) -> list:
        """The members of ``x``'s set (``x`` among them)."""
        return self.sets[self.find(x)]

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.join(min(ra, rb), max(ra, rb))

    def join(self, target, other):
        """Put ``other``'s set under ``target``'s root (the root of a set is the id it is known by)."""
        rt, ro = self.find(target), self.find(other)
        if rt != ro:
            self.parent[ro] = rt
            self.sets[rt] += self.sets.pop(ro)


def _sets_fit(uf: _UnionFind, a, b, who: dict) -> bool:
    """Whether the sets of ``a`` and ``b`` in ``uf`` may be one person: every node of one is
    :func:`outputs.join_evidence.compatible` with every node of the other (``who``: node → its
    :class:`outputs.join_evidence.Who`).  Tested set against set, not node against node, so that one node whose
    occupation has two families ("huấn luyện viên": sport and the arts) does not link a "cầu thủ" and a "ca sĩ" that
    share none."""
    return all(compatible(who.get(x, Who()), who.get(y, Who())) for x in uf.members(a) for y in uf.members(b))


def _told(row: dict) -> tuple[bool, bool, bool]:
    """What a sentence tells of its conferral beyond recipient and award: whether it revokes it, names the
    conferrer, names a decision.  A headline ("Trường A đón nhận Huân chương Lao động hạng Ba") names neither; the
    story's sentence ("thừa ủy quyền của Chủ tịch nước, … trao Huân chương … cho Trường A") names the conferrer: it
    is the evidence.  A revocation ("Thu hồi Bằng khen … đối với ông A") outranks every other telling, so that a
    conferral told again in the revoking decision's grounds stays revoked."""
    return bool(row["revoked"]), row["conferrer"] is not None, \
        (row["decision"] or row["revoked_by"]) is not None


#: Fields of a conferral that another telling of it in the same document may supply when the chosen sentence
#: leaves them empty (a headline's year, the story's conferrer, the grounds' decision).
FILLED_FROM_OTHER_TELLINGS = (("conferrer",), ("decision", "decision_date"), ("year",))


def _one_per_fact(rows: list[dict]) -> list[dict]:
    """One row per conferral key: the telling that says most (:func:`_told`, the first on a tie), its empty
    :data:`FILLED_FROM_OTHER_TELLINGS` filled from the first other telling that has them (a decision with its
    date, together).  A revoked telling's revoking decision is apart, in ``revoked_by`` (extractors.revocation), so
    a revoking decision never becomes a conferring one."""
    by_key: dict[str, list[dict]] = {}
    for row in rows:
        by_key.setdefault(row["key"], []).append(row)
    chosen = []
    for tellings in by_key.values():
        best = tellings[0]
        for row in tellings[1:]:
            if _told(row) > _told(best):
                best = row
        for fields in FILLED_FROM_OTHER_TELLINGS:
            if best[fields[0]] is None:
                source = next((r for r in tellings if r[fields[0]] is not None), None)
                for field in fields if source else ():
                    best[field] = source[field]
        chosen.append(best)
    return chosen


def _dates_agree(a: dict, b: dict) -> bool:
    """Whether rows ``a`` and ``b`` may name one conferring decision: their decision dates are equal where both give
    one (an issuer's numbers restart each year: "12/QĐ-UBND" of 2023 is not that of 2024)."""
    return not (a["decision_date"] and b["decision_date"] and a["decision_date"] != b["decision_date"])


def _may_revoke(source: dict, row: dict) -> bool:
    """Whether the revoked row ``source`` (another document's revocation) may revoke ``row`` of the same
    recipient, award and conferring decision number: their decision dates agree where both give one (an issuer's
    numbers restart each year: "12/QĐ-UBND" of 2023 is not that of 2024), and ``row``'s decision is not dated
    after the revoking decision (a decision revokes only what was given before it)."""
    if source["document"] == row["document"] or (row["revoked"] and not row["revocation_document"]):
        return False  # (a row another document's revocation marked already takes this one as well)
    if not _dates_agree(source, row):
        return False
    return not (source["revoked_date"] and row["decision_date"] and row["decision_date"] > source["revoked_date"])


def _revoke_across_documents(rows: list[dict]) -> int:
    """Mark revoked, in place, each conferral that a revocation told in ANOTHER document revokes: a revoked row
    (``revoked`` = 1: "Thu hồi Bằng khen … đã tặng cho ông A tại Quyết định số 1234/QĐ-UBND", decision 1234) revokes
    a row of another document with the same recipient (person or unit id), the same award id and the same
    conferring decision, dated as :func:`_may_revoke` says; it takes the revoking decision and date
    (``revoked_by``, ``revoked_date``) and the revocation's evidence (``revocation_document``,
    ``revocation_sentence``), and the revoking row is attached to the first row it marks (``attached_to``, its
    key), so the award is listed once.  Revocations are read earliest first (by the revoking decision's date):
    the first marks the conferral; a further one of the same award (a second decision revoking it again) finds
    its targets marked and is attached to the first of them as well, so the award stays one row, its revoking
    decisions all shown on it (``outputs.queries``: ``further_revocations``; the views' ``revoked_again``), and
    forgetting either revoking document leaves it revoked by the other.  When the conferring decision is not in
    the knowledge base, the earliest revocation's own row stands for the award, revoked, and a further one (of
    another document, dates agreeing (:func:`_dates_agree`)) is attached to it.  A revocation that names no conferring
    decision revokes nothing outside its document (a person may hold the same award twice), nor does one a user
    rejected (``sovang correct``), nor one that gives no date for the conferring decision when decisions of that
    number on two dates would match (which one it revokes is not said).  Only the knowledge base's flag changes: ``export facts`` keeps such an award
    conferred (GUIDELINES.md).  Returns the number of rows marked.  Dates are ISO strings (YYYY-MM-DD)."""
    def key(row: dict) -> tuple:
        return row["person"], row["unit"], row["award"], row["decision"]

    sources = [r for r in rows if r["revoked"] and r["decision"] and (r["person"] or r["unit"]) and not r["rejected"]]
    if not sources:
        return 0
    wanted = {key(r) for r in sources}
    candidates: dict[tuple, list[dict]] = {}
    for row in rows:
        if key(row) in wanted:
            candidates.setdefault(key(row), []).append(row)
    marked, standing = 0, {}  # standing: revocations that found no conferral, earliest first, by key
    for source in sorted(sources, key=lambda r: (r["revoked_date"] is None, r["revoked_date"] or "")):
        targets = [r for r in candidates[key(source)] if _may_revoke(source, r)]
        if not source["decision_date"] and len({r["decision_date"] for r in targets}) > 1:
            continue
        mine = [row for row in targets if not row["revocation_document"]]  # the first revocation told is its evidence
        for row in mine:
            row.update(revoked=1, revoked_by=source["revoked_by"], revoked_date=source["revoked_date"],
                       revocation_document=source["document"], revocation_sentence=source["sentence"])
        marked += len(mine)
        # revoked again: shown on the row an earlier revocation marked (its decision and sentence listed there)
        again = [row for row in targets if row["revocation_document"] not in (None, source["document"])]
        if mine or again:
            source["attached_to"] = (mine or again)[0]["key"]
            continue
        # the conferring decision not in the knowledge base: the earliest revocation of the award stands for it
        first = next((r for r in standing.get(key(source), ()) if r["document"] != source["document"] and
                      _dates_agree(r, source)), None)
        if first is not None:
            source["attached_to"] = first["key"]
        else:
            standing.setdefault(key(source), []).append(source)
    return marked


def build(db: sqlite_utils.Database) -> dict:
    """Rebuild the canonical tables from the extracted ones, then apply corrections.

    Returns counts: units, awards, persons, conferrals, corrections applied.
    Runs in one transaction: readers see the old layer or the new one.
    """
    conn = db.conn
    conn.isolation_level = None  # explicit transactions
    conn.executescript(CORRECTIONS)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in DERIVED.split(";"):
            if statement.strip():
                conn.execute(statement)  # DDL is transactional in SQLite
        counts = _build(conn)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_stale', '0')")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('canonical_version', ?)", [LAYER_VERSION])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk): keep its error, not ROLLBACK's
            conn.execute("ROLLBACK")
        raise
    return counts


def _corrections(conn) -> list[dict]:
    cols = [c[1] for c in conn.execute("PRAGMA table_info(corrections)")]
    return [dict(zip(cols, row)) for row in conn.execute("SELECT * FROM corrections ORDER BY id")]


def _carried_keys(conn) -> dict[str, str]:
    """Conferral key of a replaced version → key of the same fact (same recipient and award as written) in the
    content now at that path: a file edited and ingested again is a new document (a new sha256, so new keys), and a
    staff correction made on its older version follows the fact to it instead of silently ceasing to apply.
    Versions come from ``path_history`` (each replaced content of a (root, path)); {} when no path was replaced."""
    current = {}
    for root, path, old in conn.execute(
            "SELECT h.root, h.path, h.sha256 FROM path_history h WHERE h.sha256 NOT IN "
            "(SELECT sha256 FROM document_paths)"):
        now_at = conn.execute("SELECT sha256 FROM document_paths WHERE root = ? AND path = ?", [root, path]).fetchone()
        if now_at:
            current[old] = now_at[0]
    if not current:
        return {}
    marks = ",".join("?" * len(current))
    return {conferral_key(doc, rec, award): conferral_key(current[doc], rec, award)
            for doc, rec, award in conn.execute(
                f"SELECT document, recipient_name, award_name FROM conferrals WHERE document IN ({marks})",
                list(current))}


#: the contents the knowledge base holds at a path now (not forgotten, not an older version of a replaced file)
_AT_A_PATH = "document IN (SELECT sha256 FROM document_paths)"


def _live_entities(conn) -> set[int]:
    """Ids of the entities that a content stored at a path names (a mention, a position's unit, a recipient's
    unit, a conferral's recipient or award): an entity only a forgotten document (``sovang forget``) or a replaced
    version named stays in ``entities`` (the writer keeps its id) but gets no canonical unit or award."""
    return {eid for (eid,) in conn.execute(
        f"""SELECT entity FROM mentions WHERE {_AT_A_PATH}
            UNION SELECT unit_entity FROM positions WHERE {_AT_A_PATH}
            UNION SELECT unit FROM recipient_units WHERE {_AT_A_PATH}
            UNION SELECT recipient FROM conferrals WHERE {_AT_A_PATH}
            UNION SELECT award FROM conferrals WHERE {_AT_A_PATH}""")}


def _build(conn) -> dict:
    corrections = _corrections(conn)
    stored = len(corrections)
    carried = _carried_keys(conn)
    if carried:  # a correction of a replaced version applies to the same fact of the version now at its path
        corrections = corrections + [dict(c, target=carried[c["target"]]) for c in corrections
                                     if c["kind"] == "conferral" and c["target"] in carried]
    # units ---------------------------------------------------------------------------
    unit_rows: dict[str, tuple] = {}

    def add_unit(cu) -> str:
        uid = stable_id("U", cu.key)
        if uid not in unit_rows:
            parent = add_unit(cu.parent) if cu.parent else None
            unit_rows[uid] = (uid, cu.name, key(cu.name), parent, cu.province, cu.successor, cu.valid_until)
        return uid

    live = _live_entities(conn)
    unit_of_entity: dict[int, str] = {}
    for eid, name in conn.execute("SELECT id, canonical_name FROM entities WHERE kind = 'unit'"):
        if eid in live:
            unit_of_entity[eid] = add_unit(canonical_unit(name))
    # a merge into a unit no live document names any more (its documents replaced or removed) has nothing to join
    # into: the other unit stays, with its names (dropping it left its names pointing at no unit)
    unit_merge = {c["other"]: c["target"] for c in corrections
                  if c["action"] == "merge" and c["kind"] == "unit" and c["target"] in unit_rows}
    for eid, uid in unit_of_entity.items():
        unit_of_entity[eid] = _merged(uid, unit_merge)
    _merge_unit_rows(unit_rows, unit_merge)
    _stated_parents(conn, unit_rows, unit_of_entity)
    conn.executemany("INSERT INTO units VALUES (?,?,?,?,?,?,?)", list(unit_rows.values()))
    conn.executemany("INSERT INTO unit_names VALUES (?,?)", list(unit_of_entity.items()))
    # awards --------------------------------------------------------------------------
    award_rows: dict[str, tuple] = {}
    award_of_entity: dict[int, str] = {}
    canonical_of_entity = {}

    def add_award(ca) -> str:
        aid = stable_id("A", ca.key)
        award_rows.setdefault(aid, (aid, ca.name, key(ca.name), ca.form, ca.base, ca.award_class, ca.level, ca.source))
        return aid

    for eid, name in conn.execute("SELECT id, canonical_name FROM entities WHERE kind = 'award'"):
        if eid in live:
            canonical_of_entity[eid] = full_office(canonical_award(name))
            award_of_entity[eid] = add_award(canonical_of_entity[eid])
    conn.executemany("INSERT INTO award_names VALUES (?,?)", list(award_of_entity.items()))
    # persons -------------------------------------------------------------------------
    person_of, persons = _cluster_persons(conn, unit_rows, unit_of_entity, corrections)
    conn.executemany("INSERT INTO persons VALUES (?,?,?,?,?,?)", list(persons.values()))
    conn.executemany("INSERT INTO person_documents VALUES (?,?,?,?)",
                     [(e, d, p, r) for (e, d), (p, r) in person_of.items()])
    # conferrals ----------------------------------------------------------------------
    rejected = {c["target"] for c in corrections if c["action"] == "reject" and c["kind"] == "conferral"}
    fixes: defaultdict = defaultdict(dict)  # conferral key -> field -> corrected value
    for c in corrections:
        if c["action"] == "fix" and c["kind"] == "conferral":
            try:
                fixes[c["target"]][c["field"]] = checked_value(c["field"], c["value"])
            except ValueError as exc:  # stored by an older sovang, which did not check values: skipped, not a crash
                log.warning("warning: correction %s (fix %s %s %r) skipped: %s (withdraw it: sovang correct undo %s)",
                            c["id"], c["target"], c["field"], c["value"], exc, c["id"])
    rows = []
    for (cid, doc, award_e, award_name, rec_e, rec_name, rtype, year, status, revoked, decision, ddate, conferrer,
         revoked_by, revoked_date, sentence, block_text, a_start, a_end, r_start) in conn.execute(
            """SELECT c.id, c.document, c.award, c.award_name, c.recipient, c.recipient_name, c.recipient_type,
                      c.year, c.status, c.revoked, c.decision, c.decision_date, c.conferrer, c.revoked_by,
                      c.revoked_date, m.sentence,
                      CASE WHEN instr(lower(m.sentence), 'truy') THEN b.text END, m.start, m."end",
                      CASE WHEN rm.block = m.block THEN rm.start END
               FROM conferrals c LEFT JOIN mentions m ON m.id = c.evidence
               LEFT JOIN blocks b ON b.id = m.block LEFT JOIN mentions rm ON rm.id = c.recipient_mention
               WHERE c.document IN (SELECT sha256 FROM document_paths) ORDER BY c.id"""):
        ck = conferral_key(doc, rec_name, award_name)
        person = unit = None
        if rtype == "person":
            person = person_of.get((rec_e, doc), (None,))[0]
            recipient = persons[person][1] if person in persons else rec_name
        else:
            unit = unit_of_entity.get(rec_e)
            recipient = unit_rows[unit][1] if unit in unit_rows else rec_name
        fix = fixes.get(ck, {})
        if "award" in fix:
            ca = full_office(canonical_award(fix["award"]))
        else:  # named with the conferrer extraction completed from its document ("Bằng khen của Bộ trưởng" in a
            # decision of BỘ Y TẾ: "… Bộ trưởng Bộ Y tế"; "Bằng khen của Chủ tịch UBND tỉnh": "… tỉnh Hà Tĩnh")
            ca = full_office(with_conferrer(canonical_of_entity[award_e], conferrer))
        award = add_award(ca)
        conferrer = ca.conferrer or conferrer
        row = {"key": ck, "conferral": cid, "document": doc, "award": award, "award_as_written": award_name,
               "recipient_type": rtype, "person": person, "unit": unit, "recipient_as_written": rec_name,
               "recipient": fix.get("recipient", recipient),
               "year": _fixed(fix, "year", year, int),
               "status": fix.get("status", status), "revoked": revoked,
               "decision": _fixed(fix, "decision", decision), "decision_date": _fixed(fix, "decision_date", ddate),
               "conferrer": conferrer, "sentence": sentence, "rejected": int(ck in rejected),
               "corrected": json.dumps(fix, ensure_ascii=False) if fix else None,
               "revoked_by": revoked_by, "revoked_date": revoked_date,
               # "truy tặng" (outputs.posthumous): read from the award's sentence, the fact carries no flag
               "posthumous": int(bool(block_text) and in_block(block_text, sentence, a_start, a_end, r_start)),
               "attached_to": None, "revocation_document": None, "revocation_sentence": None}
        rows.append(row)
    live = {row["key"] for row in rows}
    _warn_unmatched_conferrals(corrections[:stored], live, carried, forgotten_keys(conn, live, carried))
    # the same fact twice in one document (two sentences, a headline and its story) is one conferral
    chosen = _one_per_fact(rows)
    _revoke_across_documents(chosen)  # a revoking decision stored apart from the decision it revokes
    unique = [tuple(row.values()) for row in chosen]
    conn.executemany("INSERT INTO awards VALUES (?,?,?,?,?,?,?,?)", list(award_rows.values()))
    conn.executemany(f"INSERT INTO conferrals_resolved VALUES ({','.join('?' * 25)})", unique)
    return {"units": len(unit_rows), "awards": len(award_rows), "persons": len(persons),
            "conferrals": len(unique), "corrections": stored}


def _merged(uid: str, merge: dict[str, str]) -> str:
    """The unit ``uid`` stands for after the merges ``merge`` (other id → target id), followed to the end (a chain of
    merges: B into A, C into B); a cycle (A into B, then B into A) ends at the last unit before it repeats."""
    seen = {uid}
    while uid in merge and merge[uid] not in seen:
        uid = merge[uid]
        seen.add(uid)
    return uid


def _merge_unit_rows(unit_rows: dict, merge: dict[str, str]) -> None:
    """Apply unit merges (``merge``: other id → target id, staff corrections) to ``unit_rows`` in place: a merged
    unit's row goes (its names already point to the target), every parent link to it points to the target, and a
    unit that would become its own parent (the target was the other's sub-unit, or the other the target's) takes the
    next unit up that is neither.  A merge whose other unit is not in the layer (gone after a re-ingest) does
    nothing; nor does one whose target is not (the caller leaves such merges out of ``merge``)."""
    gone = {uid for uid in merge if uid in unit_rows and _merged(uid, merge) != uid
            and _merged(_merged(uid, merge), merge) == _merged(uid, merge)}
    if not gone:
        return
    old_parent = {uid: row[3] for uid, row in unit_rows.items()}
    for uid in gone:
        del unit_rows[uid]
    for uid, row in unit_rows.items():
        up, walked = row[3], {uid}
        while up is not None and (up in gone and _merged(up, merge) in walked or up in walked):
            walked.add(up)
            up = old_parent.get(up)
        if up is not None:
            up = _merged(up, merge) if up in gone else up
        unit_rows[uid] = row[:3] + (up if up in unit_rows else None,) + row[4:]


def _stated_parents(conn, unit_rows: dict, unit_of_entity: dict) -> None:
    """Give a canonical unit whose own name names no parent the managing unit its documents state
    (``recipient_units`` of a unit: an award table's "Đơn vị" column beside a collective recipient), in ``unit_rows``
    in place: the one most documents state (then the first by name), never the unit itself nor one of its own
    sub-units.  Nothing for a knowledge base written before ``recipient_units`` existed."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'recipient_units'").fetchone():
        return
    votes: defaultdict[str, defaultdict[str, set]] = defaultdict(lambda: defaultdict(set))
    for unit, parent, doc in conn.execute(
            "SELECT recipient, unit, document FROM recipient_units WHERE document IN "
            "(SELECT sha256 FROM document_paths)"):
        child, up = unit_of_entity.get(unit), unit_of_entity.get(parent)
        if child and up and child != up and unit_rows[child][3] is None:
            votes[child][up].add(doc)
    for child, ups in sorted(votes.items()):
        for up in sorted(ups, key=lambda u: (-len(ups[u]), unit_rows[u][1])):
            if child not in _chain(up, unit_rows):
                row = unit_rows[child]
                unit_rows[child] = row[:3] + (up,) + row[4:]
                break


def _chain(uid: str, unit_rows: dict) -> list[str]:
    """``uid`` and its parents up the ``unit_rows`` links (stops at a repeat)."""
    seen = []
    while uid and uid not in seen:
        seen.append(uid)
        uid = unit_rows[uid][3] if uid in unit_rows else None
    return seen


def _describe(evidence: str, unit_rows: dict) -> str:
    """A join reason for one piece of shared evidence."""
    kind, _, value = evidence.partition(":")
    if kind == "province":
        return f"shared province: {value}"
    if kind == "position":
        return f"shared position: {value}"
    return f"shared unit: {unit_rows[evidence][1]}"


def _title_only_joins(nodes: list, uf: "_UnionFind", evidence: dict, titles: dict, who: dict) -> list[tuple]:
    """Joins of persons known only by a title without its unit: ``nodes`` are (name entity, document) nodes of one
    name with evidence, already joined in ``uf`` where they share some; ``evidence`` their evidence sets
    ("position:…", unit ids "U…", "province:…"), ``titles`` the folded titles of each node's compound positions
    ("Phó Thủ tướng Chính phủ, Bộ trưởng" → its parts), ``who`` what each node's positions tell of who he is
    (:func:`outputs.join_evidence.position_parts`).  A cluster whose evidence is positions only ("Phó Thủ tướng",
    a story naming no body) is the same person as a cluster with a unit when each of its titles opens one of that
    cluster's titles, as the same title or followed by more words ("pho thu tuong" opens "pho thu tuong chinh
    phu"): the title is the same office told without its body.  With two or more such clusters (two "Nguyễn Văn
    Hùng", "Giám đốc" of two units) it joins none, as a mention without evidence joins none of several; nor one whose
    occupations and offices are not :func:`outputs.join_evidence.compatible` with the title-only cluster's.  Returns (first node of the title-only
    cluster, a node of the cluster it joins, the join's reason), for the caller to union."""
    members: defaultdict = defaultdict(list)
    for n in nodes:
        members[uf.find(n)].append(n)
    ev = {root: set().union(*(evidence[n] for n in ns)) for root, ns in members.items()}
    held = {root: set().union(*(titles.get(n, set()) for n in ns)) for root, ns in members.items()}
    kind = {root: _who(ns, who) for root, ns in members.items()}
    with_unit = [root for root in members if any(e.startswith("U") for e in ev[root])]
    joins = []
    for root, ns in members.items():
        if not held[root] or any(not e.startswith("position:") for e in ev[root]):
            continue
        fits = [other for other in with_unit if other != root and compatible(kind[root], kind[other])
                and all(any(t == title or t.startswith(title + " ") for t in held[other])
                        for title in held[root])]
        if len(fits) == 1:
            title = min(held[root])
            joins.append((ns[0], fits[0], f"same name, title without its unit: {title}"))
    return joins


def _who(nodes, who: dict) -> Who:
    """What the positions of ``nodes`` together tell (``who``: node → :class:`outputs.join_evidence.Who` of its
    positions)."""
    out = Who()
    for n in nodes:
        out = out | who.get(n, Who())
    return out


def _trade_joins(by_trade: list, with_ev: list, uf: "_UnionFind", who: dict, reasons: dict) -> None:
    """Join, in ``uf`` (reasons in ``reasons``), the nodes of one name known by an occupation alone (``by_trade``:
    "nghệ sĩ", no office, unit nor province) whose occupations share a family ("diễn viên" and "nghệ sĩ": the arts,
    ``occupation_families.tsv``); then each such cluster to the one cluster of ``with_ev`` (nodes with evidence,
    already joined) that is :func:`outputs.join_evidence.compatible` with it (one of a shared family, or one with no
    occupation that its own may be: a student is no office holder), or, of several, the one whose occupations share
    a family with its own.  Else it joins none: a pilot is not an actor, a student not a minister, and an occupation
    alone does not tell which of two namesakes it is."""
    for i, a in enumerate(by_trade):
        uf.find(a)
        for b in by_trade[i + 1:]:
            common = who[a].families & who[b].families
            if common and _sets_fit(uf, a, b, who):
                uf.union(a, b)
                reasons[b] = reasons.get(b) or f"same name, occupations of one kind: {min(common)}"
    members: defaultdict = defaultdict(list)
    for n in with_ev:
        members[uf.find(n)].append(n)
    kinds = {root: _who(ns, who) for root, ns in members.items()}
    trades: defaultdict = defaultdict(list)
    for n in by_trade:
        trades[uf.find(n)].append(n)
    for ns in trades.values():
        mine = _who(ns, who)
        fits = [root for root in kinds if _sets_fit(uf, root, ns[0], who)]
        same_trade = [root for root in fits if mine.families & kinds[root].families]
        if len(same_trade) == 1:  # one of its trade among namesakes it may be: that one ("doanh nhân" is the
            fits = same_trade     # "diễn viên kiêm doanh nhân", not the "Phó Chủ tịch" of a federation)
        if len(fits) == 1:
            common = mine.families & kinds[fits[0]].families
            uf.union(fits[0], ns[0])  # ns[0], the first of its cluster, had no reason: it is this join
            reasons[ns[0]] = f"same name, occupations of one kind: {min(common)}" if common else \
                "same name, no conflicting evidence"


def _node_spellings(conn, names: dict[int, str]) -> dict[tuple[int, str], str]:
    """The name as each (person entity, document) node writes it: of its mentions that write the whole name (the
    entity's :func:`key`; "bà Hòa" later in the text is no spelling of "Lê Thị Hòa"), the most frequent text, then
    the first by text.  Entities are keyed by the folded name (:func:`outputs.kb.entity_key`), so "Lê Thị Hoa" of
    one document and "Lê Thị Hòa" of another are one entity; their mentions keep the marks each wrote."""
    counts: defaultdict[tuple[int, str], dict[str, int]] = defaultdict(dict)
    for eid, doc, text, n in conn.execute(
            """SELECT m.entity, m.document, m.text, count(*) FROM mentions m JOIN entities e ON e.id = m.entity
               WHERE e.kind = 'person' GROUP BY 1, 2, 3"""):
        if eid in names and key(text) == key(names[eid]):
            counts[(eid, doc)][text] = n
    return {node: min(texts, key=lambda t: (-texts[t], t)) for node, texts in counts.items()}


def _name_groups(nodes: list[tuple[int, str]], spelling: dict[tuple[int, str], str]) -> dict[str, tuple[list, str]]:
    """The (name entity, document) ``nodes`` grouped by name, each group's nodes in their order, with the spelling its
    persons are named by ("" for the entity's own name): by :func:`key` (the folded name), and apart by
    :func:`spelt_key` where one folded name is written with two or more sets of marks ("Lê Thị Hoa", "Lê Thị Hòa":
    two given names; a newcomer, session 24, found them joined into one person with both awards).  A folded name
    written one way (besides ways without any mark) is one group keyed by the folded name, as before, so its
    persons keep their ids; one written several ways gives a group per spelling, keyed by it, and one of the names
    written without any mark ("Le Thi Hoa", of an unaccented file), keyed by the folded name, since which spelling
    they stand for is unknown.  ``spelling``: the name each node writes (:func:`_node_spellings`, else the
    entity's name)."""
    by_key: defaultdict[str, defaultdict[str, list]] = defaultdict(lambda: defaultdict(list))
    written: dict[str, str] = {}
    for node in nodes:
        text = spelling[node]
        spelt, folded = spelt_key(text), key(text)
        by_key[folded][spelt if spelt != folded else ""].append(node)
        written.setdefault(spelt, text)
    groups: dict[str, tuple[list, str]] = {}
    for folded, by_spelling in by_key.items():
        marked = [s for s in by_spelling if s]
        if len(marked) <= 1:
            groups[folded] = (sorted(n for group in by_spelling.values() for n in group), "")
            continue
        for spelt in marked:
            groups[spelt] = (by_spelling[spelt], written[spelt])
        if "" in by_spelling:
            groups[folded] = (by_spelling[""], "")
    return groups


def _fixed(fix: dict, field: str, extracted, cast=str):
    """The value of a clearable conferral field (:data:`outputs.correction_values.CLEARABLE`): the staff's fix when
    there is one, read by ``cast`` (None for a fix to "", which clears the field), else the ``extracted`` value."""
    if field not in fix:
        return extracted
    return cast(fix[field]) if fix[field] else None


def _warn_unknown_person_ids(corrections: list[dict], before_splits: set[str], after_splits: set[str]) -> None:
    """Log a warning for each person correction (merge, split) naming an id that is no person of the layer: it
    applies to nothing. Such ids come from an older layer (persons of a name written with two sets of marks got new
    ids in layer 5; the second reader, session 25, found a split silently inert) or from persons whose documents
    were removed. A split's target is looked for among the persons before the splits, a merge's ids after them."""
    for c in corrections:
        if c["kind"] != "person" or c["action"] not in ("merge", "split"):
            continue
        ids, known = ([c["target"]], before_splits) if c["action"] == "split" else \
            ([c["target"], c["other"]], after_splits)
        missing = [i for i in ids if i not in known]
        if missing:
            log.warning("warning: correction %s (%s person %s) names no person of the knowledge base (%s): it applies "
                        "to nothing; find the persons with sovang who, make it again and withdraw it: sovang correct "
                        "undo %s", c["id"], c["action"], " ".join(i for i in ids if i), ", ".join(missing), c["id"])


def _warn_unmatched_conferrals(corrections: list[dict], keys: set[str], carried: dict[str, str],
                               forgotten: dict[str, str]) -> None:
    """Log a warning for each conferral correction (reject, fix) whose conferral is in no document stored at a
    path, itself or carried to the version now at its path (:func:`_carried_keys`). When its document was forgotten
    (``sovang forget``; ``forgotten``: conferral key -> the path forgotten, :func:`note_forgotten`), the correction
    waits for it: ingesting that file again brings the fact back and the correction applies again, so it is not
    to be withdrawn (newcomer, session 31: the warning said "applies to nothing; withdraw it"). Otherwise the file
    was edited and its new version no longer tells the fact: it applies to nothing (a newcomer, session 29, found
    such a correction kept in ``correct list`` without a word). ``keys`` are the conferral keys of the documents at
    a path."""
    for c in corrections:
        if c["kind"] != "conferral" or c["action"] not in ("reject", "fix"):
            continue
        if _stored(c["target"], keys, carried):
            continue
        what = f"fix {c['target']} {c['field']} {c['value']!r}" if c["action"] == "fix" else f"reject {c['target']}"
        if c["target"] in forgotten:
            log.warning("warning: correction %s (%s) waits for its document, forgotten (sovang forget %s): it "
                        "applies again when that file is ingested again; to drop it for good: sovang correct undo %s",
                        c["id"], what, forgotten[c["target"]], c["id"])
            continue
        log.warning("warning: correction %s (%s) names no conferral of the documents stored now (its file was "
                    "edited and no longer tells it): it applies to nothing; withdraw it: sovang correct undo %s",
                    c["id"], what, c["id"])


def _stored(key: str, live: set[str], carried: dict[str, str]) -> bool:
    """The conferral ``key`` is in a document stored at a path: itself one of the ``live`` keys, or carried to one
    (:func:`_carried_keys`: the version now at its path tells the same fact)."""
    return key in live or carried.get(key) in live


#: the ``meta`` keys of :func:`note_forgotten`: this prefix and a conferral key, the value the path forgotten
FORGOTTEN = "forgotten_conferral:"


def note_forgotten(conn, gone: dict[str, str]) -> None:
    """Before the contents of ``gone`` (sha256 -> its path as stored, root/path) are deleted by ``sovang forget
    PATH``, keep in ``meta`` the key of each of their conferrals that a correction (reject, fix) names
    (:data:`FORGOTTEN`), so that :func:`_warn_unmatched_conferrals` can say the correction waits for the document
    rather than that it applies to nothing: the conferral key holds the content's sha256, and the same file ingested
    again gives the same key.  The corrections are read once for all the contents of one forget."""
    if not gone or not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'corrections'").fetchone():
        return
    targets = {t for (t,) in conn.execute(
        "SELECT target FROM corrections WHERE kind = 'conferral' AND action IN ('reject', 'fix')")}
    if not targets:
        return
    for sha, path in gone.items():
        for recipient, award in conn.execute("SELECT recipient_name, award_name FROM conferrals WHERE document = ?",
                                             [sha]).fetchall():
            ck = conferral_key(sha, recipient, award)
            if ck in targets:
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [FORGOTTEN + ck, path])


def forgotten_keys(conn, live: set[str], carried: dict[str, str]) -> dict[str, str]:
    """{conferral key: path forgotten} of :func:`note_forgotten`, less the conferrals back in a document stored at
    a path (``live`` keys, or carried to one: the file ingested again), whose notes are deleted."""
    noted = {k[len(FORGOTTEN):]: v for k, v in conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                                             [FORGOTTEN + "%"])}
    back = {k for k in noted if _stored(k, live, carried)}
    conn.executemany("DELETE FROM meta WHERE key = ?", [(FORGOTTEN + k,) for k in back])
    return {k: v for k, v in noted.items() if k not in back}


def _cluster_persons(conn, unit_rows, unit_of_entity, corrections):
    """Cluster (name entity, document) nodes into persons; see the module doc for the rules."""
    evidence: defaultdict[tuple[int, str], set[str]] = defaultdict(set)
    titles: defaultdict[tuple[int, str], set[str]] = defaultdict(set)  # each title of a compound position, folded
    who: dict[tuple[int, str], Who] = {}  # node -> what its positions tell of who he is (occupations, offices)
    names: dict[int, str] = {}
    for eid, name in conn.execute("SELECT id, canonical_name FROM entities WHERE kind = 'person'"):
        names[eid] = name
    nodes: set[tuple[int, str]] = set()
    for eid, doc in conn.execute(
            """SELECT DISTINCT m.entity, m.document FROM mentions m JOIN entities e ON e.id = m.entity
               WHERE e.kind = 'person' AND m.document IN (SELECT sha256 FROM document_paths)"""):
        nodes.add((eid, doc))
    for person, doc, unit_entity, position in conn.execute(
            "SELECT person, document, unit_entity, position FROM positions"):
        told = position_parts(position) if position else Who()
        if told != Who():
            who[(person, doc)] = who.get((person, doc), Who()) | told
        if position and not occupations_only(position):
            evidence[(person, doc)].add("position:" + key(position))
            titles[(person, doc)].update(key(part) for part in position.split(",") if part.strip())
        uid = unit_of_entity.get(unit_entity)
        while uid:
            evidence[(person, doc)].add(uid)
            row = unit_rows.get(uid)
            if row and row[5]:
                evidence[(person, doc)].add("province:" + row[5])
            uid = row[3] if row else None
    merges = [(c["target"], c["other"]) for c in corrections if c["action"] == "merge" and c["kind"] == "person"]
    splits = {(c["target"], c["other"]) for c in corrections if c["action"] == "split" and c["kind"] == "person"}
    spelt = _node_spellings(conn, names)
    by_name = _name_groups(sorted(nodes), {n: spelt.get(n) or names[n[0]] for n in nodes})
    person_of: dict[tuple[int, str], tuple[str, str]] = {}
    persons: dict[str, tuple] = {}
    spelt_name: dict[str, str] = {}  # person id → its spelling, where its folded name is written several ways
    for name_key, (group, written) in by_name.items():
        uf = _UnionFind()
        reasons: dict = {}
        with_ev = [n for n in group if evidence.get(n)]
        by_trade = [n for n in group if not evidence.get(n) and n in who]  # known by an occupation alone
        without = [n for n in group if not evidence.get(n) and n not in who]
        for i, a in enumerate(with_ev):
            uf.find(a)
            for b in with_ev[i + 1:]:
                shared = evidence[a] & evidence[b]
                if shared and _sets_fit(uf, a, b, who):
                    uf.union(a, b)
                    reasons[b] = reasons.get(b) or "same name, " + _describe(sorted(shared)[0], unit_rows)
        for first, other, reason in _title_only_joins(with_ev, uf, evidence, titles, who):
            uf.union(other, first)
            reasons[first] = reason
        _trade_joins(by_trade, with_ev, uf, who, reasons)
        clusters = {uf.find(n) for n in with_ev + by_trade}
        for n in without:
            if len(clusters) == 1:
                uf.union(next(iter(clusters)), n)
                reasons[n] = "same name, no conflicting evidence"
            elif not clusters:
                uf.union(without[0], n)
                reasons[n] = "same name, no conflicting evidence" if n != without[0] else FIRST_MENTION
            else:
                uf.union(without[0], n)
                reasons[n] = f"same name as {len(clusters)} people of different units: not joined to any"
        members: defaultdict = defaultdict(list)
        for n in group:
            members[uf.find(n)].append(n)
        taken: set[str] = set()
        for root, nodes_ in members.items():
            ev = sorted(set().union(*(evidence.get(n, set()) for n in nodes_)))
            anchor = next((e for e in ev if e.startswith("U")), ev[0] if ev else "")
            pid = stable_id("P", name_key, anchor)
            if pid in taken:  # two persons of one name and no evidence (a pilot and an actor, told by occupations
                pid = stable_id("P", name_key, anchor, nodes_[0][1])  # alone): the later one anchored by its document
            taken.add(pid)
            for n in nodes_:
                person_of[n] = (pid, reasons.get(n, FIRST_MENTION))
            if written:
                spelt_name[pid] = written
    # corrections: split takes one (entity, document) node out; merge joins two persons
    before_splits = {pid for pid, _ in person_of.values()}
    for target, other in splits:
        for node, (pid, _) in list(person_of.items()):
            if pid == target and other in (node[1], str(node[0])):
                person_of[node] = (stable_id("P", pid, "split", node[1]), "split by a correction")
    _warn_unknown_person_ids(corrections, before_splits, {pid for pid, _ in person_of.values()})
    uf = _UnionFind()
    for target, other in merges:
        uf.join(target, other)  # OTHER into TARGET: the target's id is kept
    for node, (pid, reason) in list(person_of.items()):
        root = uf.find(pid)
        if root != pid:
            person_of[node] = (root, "merged by a correction")
    # person rows
    docs_of: defaultdict[str, set] = defaultdict(set)
    for (eid, doc), (pid, _) in person_of.items():
        docs_of[pid].add(doc)
        if pid not in persons:
            name = spelt_name.get(pid, names[eid])
            persons[pid] = [pid, name, key(name), None, set()]
        for e in evidence.get((eid, doc), ()):
            if e.startswith("province:"):
                persons[pid][3] = e.split(":", 1)[1]
            elif e in unit_rows:
                persons[pid][4].add(unit_rows[e][1])
    out = {pid: (pid, p[1], p[2], p[3], json.dumps(sorted(p[4]), ensure_ascii=False) if p[4] else None,
                 len(docs_of[pid])) for pid, p in persons.items()}
    return person_of, out


def split_document(db: sqlite_utils.Database, person: str, document: str) -> str:
    """The document of a ``split`` of ``person`` as the layer reads it: ``document`` itself when it is the sha256
    of a document naming the person (or the id of one of its name entities), else the sha256 of the one document
    naming the person whose path is ``document``, as ``sovang who`` lists it (the path within its ingest folder,
    or that folder and the path).  Raises ValueError when the person is named in no such document: a split of a
    path, recorded as it was typed, took nothing out and said "recorded and applied" (a newcomer, session 40)."""
    nodes = db.execute("SELECT entity, document FROM person_documents WHERE person = ?", [person]).fetchall()
    if any(document in (sha, str(entity)) for entity, sha in nodes):
        return document
    typed = unicodedata.normalize("NFC", document)
    shas = sorted({sha for _, sha in nodes})
    found = {sha for sha, root, path in db.execute(
        f"SELECT sha256, root, path FROM document_paths WHERE sha256 IN ({', '.join('?' * len(shas))})", shas)
        if typed in (path, posixpath.join(root, path))}
    if len(found) == 1:
        return found.pop()
    said = ("is in several documents naming the person: give its ingest folder too" if found else
            "names no document in which the person is named")
    raise ValueError(f"{document!r} {said} (split person {person!r}: a document 'sovang who' lists for it, by its "
                     "path or sha256)")


def add_correction(db: sqlite_utils.Database, action: str, kind: str, target: str, author: str,
                   other: str | None = None, field: str | None = None, value: str | None = None,
                   note: str | None = None) -> int:
    """Record a correction (with who and when) and rebuild the canonical layer; returns its id.

    Raises ValueError when the target does not exist (an unknown person,
    unit or conferral id), the same correction is stored already (for a fix: the field's last fix has that value),
    a merge names one id twice, or a unit merge leaves
    the other unit in the layer, the field cannot be fixed or the value is not
    one the field can hold (:func:`outputs.correction_values.checked_value`);
    nothing is stored then.
    """
    from .kb import now

    db.conn.executescript(CORRECTIONS)
    table = {"person": "persons", "unit": "units", "conferral": "conferrals_resolved"}[kind]
    column = "key" if kind == "conferral" else "id"
    for ident in [target] + ([other] if action == "merge" else []):
        if not db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [ident]).fetchone():
            raise ValueError(f"no {kind} with id {ident!r}")
    if action == "merge" and other == target:
        raise ValueError(f"cannot merge {kind} {target!r} with itself")
    if action == "split":
        other = split_document(db, target, other)
    if action == "fix":
        value = checked_value(field, value)
    if action == "fix":  # the fix in force is the last of its field: an earlier value may be given again
        same = db.execute("""SELECT id, value FROM corrections WHERE action = 'fix' AND kind = ? AND target = ?
                             AND field = ? ORDER BY id DESC LIMIT 1""", [kind, target, field]).fetchone()
        same = same if same and same[1] == value else None
    else:
        same = db.execute("""SELECT id FROM corrections WHERE action = ? AND kind = ? AND target = ? AND other IS ?""",
                          [action, kind, target, other]).fetchone()
    if same:  # a newcomer, session 25: the same fix given twice was stored twice
        raise ValueError(f"the same correction is stored already: number {same[0]}")
    db.conn.isolation_level = None
    # the number and the row in one write transaction: two corrections made at once (two staff, two shells) wait
    # for each other (busy_timeout) and never take one number, where the second used to fail on the primary key
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        ident = _next_correction_id(db.conn)
        db.conn.execute(
            "INSERT INTO corrections (id, action, kind, target, other, field, value, author, created_at, note) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)", [ident, action, kind, target, other, field, value, author, now(), note])
        db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_correction', ?)", [str(ident)])
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:  # (as in build)
            db.conn.execute("ROLLBACK")
        raise
    try:
        build(db)
        if action == "merge" and kind == "unit" and \
                db.execute("SELECT 1 FROM units WHERE id = ?", [other]).fetchone():
            raise ValueError(f"unit {other!r} could not be merged into {target!r}: it is still in the layer")
    except BaseException:  # a correction that cannot be applied is not kept, nor is its number used
        db.conn.execute("DELETE FROM corrections WHERE id = ?", [ident])
        db.conn.execute("UPDATE meta SET value = ? WHERE key = 'last_correction' AND value = ?",
                        [str(ident - 1), str(ident)])
        if action == "merge" and kind == "unit":
            build(db)
        raise
    return ident


def _next_correction_id(conn) -> int:
    """The number of a new correction: one above every number ever given, withdrawn ones included (meta
    ``last_correction``), so that a number printed once never names another correction (newcomer's finding,
    session 24: after 'correct undo 1' the next correction was 1 again)."""
    stored = conn.execute("SELECT max(id) FROM corrections").fetchone()[0] or 0
    given = conn.execute("SELECT value FROM meta WHERE key = 'last_correction'").fetchone()
    return max(stored, int(given[0]) if given else 0) + 1


def list_corrections(db: sqlite_utils.Database) -> list[dict]:
    """Every stored correction, oldest first: dicts of the ``corrections`` columns (id, action, kind, target, other,
    field, value, author, created_at, note); [] when none was ever made."""
    db.conn.executescript(CORRECTIONS)
    return _corrections(db.conn)


def withdraw_correction(db: sqlite_utils.Database, ident: int) -> dict:
    """Delete correction ``ident`` (its id, as ``sovang correct`` printed it) and rebuild the canonical layer without
    it; returns the deleted row (a dict of the ``corrections`` columns). Raises ValueError when there is none, saying
    whether the number was given once (and withdrawn) or never."""
    db.conn.executescript(CORRECTIONS)
    row = [c for c in _corrections(db.conn) if c["id"] == ident]
    if not row:
        if 0 < ident < _next_correction_id(db.conn):  # a number given once (review, session 25: "no correction")
            raise ValueError(f"correction {ident} is not stored any more: it was withdrawn")
        raise ValueError(f"no correction with id {ident}")
    db.conn.isolation_level = None
    db.conn.execute("DELETE FROM corrections WHERE id = ?", [ident])
    build(db)
    return row[0]


def join_scores(db: sqlite_utils.Database, gold_joins: list[dict]) -> dict:
    """Pairwise precision and recall of person joins against gold join sets.

    ``gold_joins``: dicts with ``name``, ``documents`` (paths as exported) and
    ``same_person``.  Each (name, document) is a mention; gold pairs are the
    pairs of one set marked same_person; predicted pairs are the pairs of
    those mentions that share a person id.  Returns counts and the two ratios.
    """
    from itertools import combinations

    person_at = {}
    for path, name, pid in db.execute(
            """SELECT p.path, e.canonical_name, pd.person FROM person_documents pd
               JOIN entities e ON e.id = pd.entity JOIN document_paths p ON p.sha256 = pd.document"""):
        person_at[(path, key(name))] = pid
    mentions, gold = [], set()
    for j in gold_joins:
        ms = [(d, key(j["name"])) for d in j["documents"]]
        mentions += ms
        if j.get("same_person", True):
            gold |= {tuple(sorted(p)) for p in combinations(ms, 2)}
    predicted = {tuple(sorted((a, b))) for a, b in combinations(mentions, 2)
                 if a[1] == b[1] and person_at.get(a) and person_at.get(a) == person_at.get(b)}
    tp = len(predicted & gold)
    return {"gold_pairs": len(gold), "predicted_pairs": len(predicted), "tp": tp,
            "precision": round(tp / len(predicted), 4) if predicted else None,
            "recall": round(tp / len(gold), 4) if gold else None,
            "mentions_found": sum(1 for m in mentions if m in person_at), "mentions": len(mentions)}
