"""The questions staff ask: a person's or unit's record (``who``) and the awards list (``awards``).

Both are diacritic-insensitive: names are matched on their folded form
(tone marks removed, đ→d, lower case).  They read the canonical layer built
by :mod:`outputs.canonical`.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from collections import Counter
from functools import lru_cache

import sqlite_utils

from extractors.canonical import expand_abbreviations_raw, expand_places, key, level_words, province_of
from extractors.gazetteer import awards as award_catalogue, table, word_list
from pipeline.failure_causes import OWN_BYTES_IN_WORDS, fails_again
from pipeline.normalize import fold, normalize_text, spelling_variants
from pipeline.wording import indented

from .eligibility import hints
from .canonical import FIRST_MENTION
from .kb import FURTHER_REVOCATIONS, SHOWN, composed, first_path, other_paths, shown, stored_file_there
from .posthumous import LABEL


@dataclass
class Record:
    """A person's or unit's record.

    ``kind``: "person" or "unit"; ``names``: the names used in documents;
    ``positions``: (position, unit, document date, document path) rows;
    ``awards``: dicts with year, award, status, decision, decision_date,
    revoked, revoked_by, revoked_date (the revoking decision), document,
    sentence, key, posthumous (1 for "truy tặng"), revocation_document and
    revocation_sentence, revocation_key (a revocation told in another document,
    attached to the conferral it revokes: :data:`outputs.kb.SHOWN`), further_revocations (a second decision
    revoking it: :func:`with_further_revocations`), ordered by year; ``hints``: eligibility
    hints (see :mod:`outputs.eligibility`); ``info``: unit parent, province,
    successor, validity, or the join reasons of a person and the documents that name it with no position or award
    (``also_named_in``); ``officials`` (a unit's): (document date, person, position, document path) rows of the
    persons whose position names the unit, as the site's unit page lists them.
    """

    kind: str
    id: str
    name: str
    names: list[str] = field(default_factory=list)
    positions: list[tuple] = field(default_factory=list)
    awards: list[dict] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    info: dict = field(default_factory=dict)
    officials: list[tuple] = field(default_factory=list)


_AWARD_SQL = """
    SELECT r.year, a.canonical_name, r.award_as_written, r.status, r.revoked, r.decision, r.decision_date,
           """ + first_path("r.document") + """, """ + other_paths("r.document") + """, r.sentence, r.key,
           r.revoked_by, r.revoked_date, {revocation}, {posthumous}
    FROM conferrals_resolved r JOIN awards a ON a.id = r.award
    WHERE {shown} AND {where}
    ORDER BY r.year IS NULL, r.year, a.canonical_name
"""


def _award_rows(db, where: str, params: list) -> list[dict]:
    cols = ["year", "award", "award_as_written", "status", "revoked", "decision", "decision_date", "document",
            "document_copies", "sentence", "key", "revoked_by", "revoked_date", "revocation_document",
            "revocation_sentence", "revocation_key", "posthumous"]
    sql = _AWARD_SQL.format(where=where, posthumous=_posthumous(db), revocation=_revocation(db), shown=shown(db))
    return finished_rows(db, [dict(zip(cols, r)) for r in db.execute(sql, params)])


def _revocation(db) -> str:
    """The path of the revoking document, the revoking sentence and the key of the revocation's own telling (to
    reject it: ``sovang correct reject``) of a conferral revoked by another document (:mod:`outputs.canonical`
    attaches the revocation to it), or NULLs for a layer built by an older sovang."""
    if shown(db) != SHOWN:
        return "NULL, NULL, NULL"
    return (first_path("r.revocation_document") + ", "
            "r.revocation_sentence, "
            "(SELECT x.key FROM conferrals_resolved x WHERE x.attached_to = r.key AND x.document = r.revocation_document "
            "LIMIT 1)")


def distinct_conferrals(rows: list[dict]) -> list[dict]:
    """``rows`` of :func:`awards` with one row per conferral: the rows of one recipient (``recipient_id``), award
    (``award_id``), year and status told by several documents (a decision and the news of it, one story in two
    papers) are one, the first kept (the order of ``rows``) with ``tellings`` (how many rows it stands for) and
    ``other_documents`` (the other rows' documents, "; " between them, each once; None when none).  A row whose
    recipient or award has no id is its own, and so is a revocation (``revoked``): the decision revoking an award
    is no telling of its conferral (a reviewer, session 26, saw the revoked row folded into the conferral and the
    revocation no longer shown).  A newcomer (session 26) counted one ceremony told by five stories as twelve
    conferrals.  A row that gives no year is a telling of the row of the same recipient, award, status and
    revocation that gives one, when the rows give that one year alone (a newcomer, session 40: a Bằng khen of the
    Prime Minister to one employee, dated 2017 by one story and undated by two others, was two distinct rows);
    with two years told, it stays its own row, as it cannot tell which it is."""
    def group(row: dict) -> tuple:
        return row["recipient_id"], row["award_id"], row["status"], bool(row["revoked"])

    years: dict[tuple, set] = {}
    for row in rows:
        if row["year"] is not None:
            years.setdefault(group(row), set()).add(row["year"])
    kept: dict[tuple, dict] = {}
    documents: dict[int, dict[str, None]] = {}  # id of a kept row -> its documents in order, each once
    out = []
    for row in rows:
        told = years.get(group(row), set())
        year = row["year"] if row["year"] is not None or len(told) != 1 else next(iter(told))
        ident = (row["recipient_id"], row["award_id"], year, row["status"], bool(row["revoked"]))
        first = kept.get(ident) if row["recipient_id"] and row["award_id"] else None
        if first is None:
            first = {**row, "tellings": 0}
            kept[ident] = first
            documents[id(first)] = {}
            out.append(first)
        elif first["year"] is None and row["year"] is not None:  # the row that gives the year stands for them
            first.update({**row, "tellings": first["tellings"]})
        first["tellings"] += 1
        documents[id(first)][row["document"]] = None
    for row in out:
        others = [d for d in documents[id(row)] if d != row["document"]]
        row["other_documents"] = "; ".join(others) if others else None
    return out


def told_by(row: dict) -> int:
    """The number of documents that tell a row of :func:`distinct_conferrals`: its own and its ``other_documents``
    (``tellings`` counts rows: one document may tell a conferral in two sentences; a reviewer, session 26)."""
    return 1 + (len(row["other_documents"].split("; ")) if row.get("other_documents") else 0)


def with_further_revocations(db, rows: list[dict]) -> list[dict]:
    """``rows`` (award rows with ``key`` and ``revoked``), each with ``further_revocations``: the revocations told
    in other documents after the first (a second decision revoking the same award, attached to it by
    :mod:`outputs.canonical`), earliest first, as dicts of ``revoked_by``, ``revoked_date``, ``document`` (its
    path), ``sentence``, ``key`` (of that revocation's own telling) and ``text`` (:data:`outputs.kb.
    FURTHER_REVOCATIONS`, as the views' ``revoked_again`` reads them); [] for the others."""
    for row in rows:
        row["further_revocations"] = []
    revoked = {row["key"]: row for row in rows if row.get("revoked")}
    if not revoked or shown(db) != SHOWN:
        return rows
    keys = list(revoked)
    for i in range(0, len(keys), 500):
        part = keys[i:i + 500]
        sql = FURTHER_REVOCATIONS.format(target=f"x.attached_to IN ({', '.join('?' * len(part))})")
        for target, *found in db.execute(sql, part):
            revoked[target]["further_revocations"].append(
                dict(zip(("revoked_by", "revoked_date", "document", "sentence", "key", "text"), found)))
    return rows


#: the fields of an award row (:func:`awards`, a :class:`Record`'s awards) that name stored paths
PATH_FIELDS = ("document", "document_copies", "revocation_document")


def finished_rows(db, rows: list[dict]) -> list[dict]:
    """Award rows as :func:`awards` and :class:`Record` give them: with their further revocations
    (:func:`with_further_revocations`) and every path composed (:data:`PATH_FIELDS`, a further revocation's
    ``document`` and ``text``: :func:`composed`), in place; returns ``rows``."""
    for row in with_further_revocations(db, rows):
        for name in PATH_FIELDS:
            row[name] = composed(row.get(name))
        for again in row["further_revocations"]:
            again["document"], again["text"] = composed(again["document"]), composed(again["text"])
    return rows


def further_revocations_text(row: dict) -> str:
    """The further revocations of an award row (:func:`with_further_revocations`) in one line: "QĐ 915/QĐ-UBND
    2025-10-20 in qd915.txt; …", "" for none."""
    return "; ".join(f["text"] for f in row.get("further_revocations") or ())


def _posthumous(db) -> str:
    """The column of ``conferrals_resolved`` that says "truy tặng" (:mod:`outputs.posthumous`), or 0 in a
    knowledge base whose canonical layer was built by an older sovang (until its next ingest)."""
    cols = {c[1] for c in db.execute("PRAGMA table_info(conferrals_resolved)")}
    return "r.posthumous" if "posthumous" in cols else "0"


def posthumous_label(row: dict) -> str:
    """" (truy tặng)" after the award of a conferral awarded posthumously, "" otherwise."""
    return f" ({LABEL})" if row.get("posthumous") else ""


@lru_cache(maxsize=1)
def _typed_abbreviations() -> dict[str, str]:
    """Words of the unit abbreviations (``unit_abbreviations.tsv``, ``abbreviations.tsv``) and the places written
    short (``place_abbreviations.tsv``) by the way a user types them, folded and upper-cased ("VKSND", "UBND",
    "HDND" → "HĐND", "LDLD" → "LĐLĐ", "GD&DT" → "GD&ĐT", "CTY" → "Cty", "HCM")."""
    out = {}
    for row in table("unit_abbreviations.tsv") + table("abbreviations.tsv") + table("place_abbreviations.tsv"):
        for word in row[0].split():
            if word != "Sở" and not word.endswith(".") and len(word) >= 2:
                out[fold(word).upper()] = word
    return out


def _squashed(word: str) -> str:
    """A typed word folded, upper-cased and without the "&" and "-" inside an abbreviation ("gd&dt", "GD-ĐT",
    "gddt" → "GDDT"): users write "Giáo dục và Đào tạo" short in any of these ways."""
    return fold(word).upper().replace("&", "").replace("-", "")


@lru_cache(maxsize=1)
def _typed_phrases() -> dict[tuple[str, ...], str]:
    """The abbreviations of ``unit_abbreviations.tsv`` of several words by the way a user types them, each word
    :func:`_squashed` ("so gd&dt", "SO GDDT", "sở gd-đt" → "Sở GD&ĐT"; "ban tdkt" → "Ban TĐKT"): the knowledge
    base writes them out, and only with their first word ("Sở", "Ban") are they an abbreviation."""
    out: dict[tuple[str, ...], str] = {}
    for row in table("unit_abbreviations.tsv"):
        words = row[0].split()
        if len(words) > 1:
            out.setdefault(tuple(map(_squashed, words)), row[0])
    return out


#: a full stop between two letters of a typed word ("tp.hcm", "TP.HCM")
_STOP_JOINED = re.compile(r"(?<=[^\W\d])\.(?=[^\W\d])")


def query_key(text: str, phrases: bool = True, places: bool = True) -> str:
    """The folded key of a name typed by a user, with the abbreviations the knowledge base writes out expanded
    whatever their case, diacritics and (with ``phrases``) "&" or "-" ("vksnd tinh quang ninh" → "vien kiem sat
    nhan dan tinh quang ninh", "ubnd tinh ha tinh", "truong thpt ninh giang", "so gd-dt nghe an" → "so giao duc va
    dao tao nghe an", "ldld tp.hcm" → "lien doan lao dong thanh pho ho chi minh"): canonical unit names have them
    written out (:func:`extractors.canonical.canonical_unit`); a word joined to the next by a full stop is two
    ("tp.hcm" is "tp. hcm"); without ``places`` the places written short stay so ("ldld tp.hcm" → "lien doan lao
    dong thanh pho hcm")."""
    typed, known = _typed_abbreviations(), _typed_phrases() if phrases else {}
    given, words, i = _STOP_JOINED.sub(". ", text).split(), [], 0
    while i < len(given):
        phrase = known.get(tuple(map(_squashed, given[i:i + 2]))) if known else None
        if phrase:
            words.append(phrase)
            i += 2
            continue
        words.append(typed.get(fold(given[i]).upper().rstrip("."), given[i]))
        i += 1
    return key((expand_places if places else expand_abbreviations_raw)(" ".join(words)))


def query_keys(text: str) -> tuple[str, ...]:
    """The keys a typed name is looked up by, best first: :func:`query_key`, then, when it differs, the key with
    the department's abbreviation left as typed ("Sở GD-ĐT Nghệ An" → "so giao duc va dao tao nghe an", then "so gd
    dt nghe an"): a unit a document wrote in a form the knowledge base does not write out is stored so; then the
    foldings of a canonical layer built by an older sovang that wrote such names out less (its next ingest
    rebuilds it: ``LAYER_VERSION``; read-only commands read it as it is): the key with the places written short
    left so ("ldld tp.hcm" → "lien doan lao dong thanh pho hcm", before place_abbreviations.tsv), last the key
    with nothing expanded ("phong gd&dt huyen nghi loc", "so gd dt nghe an")."""
    return tuple(dict.fromkeys((query_key(text), query_key(text, phrases=False), query_key(text, places=False),
                                key(text))))


@lru_cache(maxsize=1)
def _typed_award_aliases() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The aliases of the award catalogue (``awards.tsv``: Luật 06/2022/QH15 and the press's abbreviations, "HCLĐ",
    "CSTĐCS", "AHLLVTND", "NSƯT", "Anh hùng LLVTND") as (folded words of the alias, folded words of its canonical
    name), longest alias first: a user types an award short, the knowledge base stores it written out.  Folded as
    the stored names are (:func:`key`, no punctuation), so that a canonical name with a comma still matches."""
    pairs = {(tuple(key(alias).split()), tuple(key(entry.canonical).split()))
             for entry in award_catalogue() for alias in entry.aliases}
    return tuple(sorted(((a, c) for a, c in pairs if a != c), key=lambda p: (-len(p[0]), p)))


def expand_award_aliases(folded: str) -> str:
    """``folded`` (a typed award name, folded: :func:`query_key`) with each run of words that is an alias of
    :func:`_typed_award_aliases` written as its canonical name ("hcld hang ba" → "huan chuong lao dong hang ba",
    "cstdcs" → "chien si thi dua co so"); a run that already opens the canonical name is left as it is."""
    return " ".join(replaced_runs(tuple(folded.split()), _typed_award_aliases()))


def replaced_runs(words: tuple[str, ...], pairs) -> list[str]:
    """``words`` with each run that is the first of a pair of ``pairs`` (``(run, replacement)``, tuples of words,
    tried in their order at each word, left to right) replaced by the second, unless the words there already open
    with the replacement: ``replaced_runs(("hcld", "hang", "ba"), ((("hcld",), ("huan", "chuong", "lao",
    "dong")),)) == ["huan", "chuong", "lao", "dong", "hang", "ba"]``."""
    out, i = [], 0
    while i < len(words):
        for run, replacement in pairs:
            if words[i:i + len(run)] == run and words[i:i + len(replacement)] != replacement:
                out += replacement
                i += len(run)
                break
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=256)
def award_like_patterns(typed: str) -> tuple[str, ...]:
    """The SQL ``LIKE`` patterns an award name typed by a user is looked up by in the folded award names, one per
    key of :func:`query_keys` and, where it differs, one per such key with the catalogue's award abbreviations
    written out (:func:`expand_award_aliases`: "HCLĐ" finds "Huân chương Lao động"; a newcomer, session 38, got
    0 conferrals for ``--award HCLĐ``): its words in order, anything between them ("bang khen thu tuong" →
    "%bang%khen%thu%tuong%", which "bang khen cua thu tuong chinh phu" matches). One definition read by ``sovang
    awards --award`` and the site's canned question ``nhan_khen_thuong`` (a newcomer, session 26, found the site
    answer none where the CLI answered 10).  Cached: the site's SQL function asks it once per row."""
    keys = query_keys(typed)
    keys = tuple(dict.fromkeys(keys + tuple(expand_award_aliases(k) for k in keys)))
    return tuple("%" + "%".join(k.split()) + "%" for k in keys)


def award_has(folded: str | None, typed: str | None) -> int:
    """1 when the folded award name ``folded`` matches one of :func:`award_like_patterns` of ``typed`` (SQL function
    ``sovang_award_has`` of the site), else 0; an empty ``typed`` matches every name."""
    if not isinstance(folded, str):
        return 0
    if not (isinstance(typed, str) and typed.strip()):
        return 1
    return int(any(_like(p).fullmatch(folded) for p in award_like_patterns(typed)))


@lru_cache(maxsize=256)
def _like(pattern: str) -> re.Pattern:
    """A ``LIKE`` pattern of :func:`award_like_patterns` as a regex, as SQLite's LIKE reads it: ``%`` any run of
    characters, ``_`` any one character (a reviewer, session 26: "bang_khen" found rows in the CLI, none on the
    site), case ignored."""
    parts = ("." .join(map(re.escape, part.split("_"))) for part in pattern.split("%"))
    return re.compile(".*".join(parts), re.IGNORECASE | re.DOTALL)


def marked_words(typed: str) -> list[str]:
    """The words of a user's query typed with diacritics, lower-cased and normalised (:func:`normalize_text`), in
    their order: ``marked_words("Nguyen Văn ĐỨC") == ["văn", "đức"]``.  Abbreviations the knowledge base writes out
    ("HĐND", "GD&ĐT") are left out: they match their written-out form, whose words differ."""
    typed_abbr = _typed_abbreviations()
    words = re.findall(r"[\w&]+", normalize_text(typed).lower())
    return [w for w in words if fold(w) != w and fold(w).upper() not in typed_abbr]


def diacritics_agree(name: str | None, typed: str) -> bool:
    """True when every word ``typed`` with diacritics (:func:`marked_words`) is a word of ``name`` with the same
    diacritics, letter case aside, or of ``name`` written with no diacritics at all (a name stored from a scan
    or a file that lost its marks: "Tran Minh Duc"): "Đức" agrees with "Trần Minh Đức" and "Tran Minh Duc", not
    with "Sở Giáo dục", whose mark conflicts; a word typed without diacritics agrees with any ("duc" with all)."""
    wanted = marked_words(typed)
    if not wanted:
        return True
    have = set(re.findall(r"[\w&]+", normalize_text(name or "").lower()))
    if all(fold(h) == h for h in have):  # a name that lost every mark agrees with any marks typed
        return all(fold(w) in have for w in wanted)
    return all(w in have for w in wanted)  # one word without its mark is another word: "Hoa" is not "Hòa"


def prefer_diacritics(rows: list, typed: str, name_of) -> list:
    """``rows`` whose name (``name_of(row)``) agrees with the diacritics ``typed`` (:func:`diacritics_agree`), or
    all of ``rows`` when none does: matching is diacritic-insensitive, and a user who types the marks gets the
    names that carry them ("Đức", not "dục") unless no name does (a mark typed wrong still finds the name)."""
    agreeing = [r for r in rows if diacritics_agree(name_of(r), typed)]
    return agreeing or rows


#: a person found by any name the canonical layer joined to it (after a merge, the other person's name)
_PERSON_BY_NAME_USED = """SELECT DISTINCT pd.person FROM person_documents pd JOIN entities e ON e.id = pd.entity
                          WHERE e.kind = 'person' AND e.folded {} LIMIT ?"""


#: a folded name with a blank at each end, so that ``LIKE '% word %'`` finds a whole word, never a piece of one
_PADDED = "(' ' || folded || ' ')"


def _whole(words: str) -> str:
    """A ``LIKE`` pattern finding the folded ``words`` as whole words, side by side, in :data:`_PADDED`."""
    return f"% {words} %"


def holds_every_word(folded: str | None, typed: str) -> int:
    """1 when the folded name ``folded`` holds every word of the folded ``typed`` whole, in any order, a word typed
    twice twice ("tran van van" is not in "truong thpt tran van bay"), else 0 (SQL function
    ``sovang_every_word`` of ``who``)."""
    have = Counter((folded or "").split())
    return int(all(have[w] >= n for w, n in Counter(typed.split()).items()))


def _tiers(table: str, kind: str, k: str, fetch: int) -> list[tuple[str, list]]:
    """The look-ups of :func:`_found_spelt` for the key ``k``, best first, as (SQL, parameters): the folded name
    equals ``k``; (a person) a name joined to it equals ``k``; the name holds the words of ``k`` side by side; it
    holds every word of ``k`` (two words or more), in any order.  Words are matched whole: "an giang" is not in
    "han giang", "nguyen van an" not in "nguyen van manh" (a newcomer, session 40: ``who "an giang"`` listed
    "Hàn Giang" and "Phan Văn Giang", ``who "nguyen van an"`` ten persons none of whom is named An).  Each gives
    rows (id,), at most ``fetch``."""
    tiers = [(f"SELECT id FROM {table} WHERE folded = ? LIMIT ?", [k, fetch])]
    if kind == "person":
        tiers.append((_PERSON_BY_NAME_USED.format("= ?"), [k, fetch]))
    tiers.append((f"SELECT id FROM {table} WHERE {_PADDED} LIKE ? ORDER BY length(folded) LIMIT ?",
                  [_whole(k), fetch]))
    words = list(dict.fromkeys(k.split()))
    if len(k.split()) > 1:
        every = " AND ".join(f"{_PADDED} LIKE ?" for _ in words)
        tiers.append((f"SELECT id FROM {table} WHERE {every} AND sovang_every_word(folded, ?) "
                      "ORDER BY length(folded) LIMIT ?", [_whole(w) for w in words] + [k, fetch]))
    return tiers


def _found_spelt(db: sqlite_utils.Database, table: str, kind: str, k: str, fetch: int) -> list:
    """Rows (id,) of ``table`` found by the first look-up of :func:`_tiers` that finds any for the key ``k`` or
    for one of its i/y spellings (:func:`pipeline.normalize.spelling_variants`: "ho si hung" finds "Hồ Sỹ Hùng"
    too), each row once, at most ``fetch``: every spelling is tried at one level before the next, looser one, so
    a name equal to one spelling is never pushed out by names holding the words of another (review, session 23).
    Its SQL function ``sovang_every_word`` is registered by the caller, :func:`find`, once per search."""
    per_spelling = [_tiers(table, kind, v, fetch) for v in spelling_variants(k)]
    for level in range(len(per_spelling[0])):
        rows = [r for tiers in per_spelling for r in db.execute(*tiers[level]).fetchall()]
        if rows:
            return list(dict.fromkeys(rows))[:fetch]
    return []


@lru_cache(maxsize=256)
def spelt_keys(text: str) -> str:
    """The keys of a typed name (:func:`query_keys`) and their i/y spellings, apart by tabs: the ``query`` of the
    SQL functions ``sovang_has``/``sovang_unit_has``."""
    return "\t".join(dict.fromkeys(v for k in query_keys(text) for v in spelling_variants(k)))


def find(db: sqlite_utils.Database, name: str, limit: int = 10) -> list[tuple[str, str]]:
    """(kind, id) of persons and units whose folded name equals, else holds side by side, else holds every word of
    the folded ``name`` (words whole: :func:`_tiers`) (abbreviations written out; of :func:`query_keys`, the first key that finds any, in any of
    its i/y spellings):
    "vksnd quang ninh" finds "Viện kiểm sát nhân dân tỉnh Quảng Ninh".  A person is also found by any name joined to it (a merge).  Of the
    matches, those whose name carries the diacritics typed are kept when any does (:func:`prefer_diacritics`)."""
    keys = [k for k in query_keys(name) if k]
    if not keys:
        return []
    marked = bool(marked_words(name))
    fetch = max(limit * 50, 500) if marked else limit  # the agreeing names may lie past the first ``limit``
    db.conn.create_function("sovang_every_word", 2, holds_every_word, deterministic=True)  # read by _tiers' SQL
    out = []
    for table, kind in (("persons", "person"), ("units", "unit")):
        rows = next((r for r in (_found_spelt(db, table, kind, k, fetch) for k in keys) if r), [])
        out += [(kind, r[0], table) for r in rows]
    if out and marked:
        names = {(table, i): n for table in ("persons", "units") for i, n in db.execute(
            f"SELECT id, canonical_name FROM {table} WHERE id IN ({', '.join('?' * len(out))})",
            [i for _, i, _ in out]).fetchall()}
        out = prefer_diacritics(out, name, lambda r: names.get((r[2], r[1])))
        out = [r for kind in ("person", "unit") for r in [x for x in out if x[0] == kind][:limit]]
    return [(kind, i) for kind, i, _ in out]


def who(db: sqlite_utils.Database, name: str, limit: int = 10) -> list[Record]:
    """The records of the persons and units matching ``name`` (see :func:`find`)."""
    return who_page(db, name, limit)[0]


def who_page(db: sqlite_utils.Database, name: str, limit: int = 10) -> tuple[list[Record], list[str]]:
    """(records, kinds cut): the records of at most ``limit`` persons and ``limit`` units matching ``name``
    (:func:`find`), and the kinds ("person", "unit") of which more match than ``limit``, so that a caller can say
    the list is cut (a newcomer read ten persons as all the matches, session 24)."""
    found = find(db, name, limit + 1)
    cut = [k for k in ("person", "unit") if sum(kind == k for kind, _ in found) > limit]
    kept = [(kind, i) for k in ("person", "unit") for kind, i in [x for x in found if x[0] == k][:limit]]
    return [person_record(db, i) if kind == "person" else unit_record(db, i) for kind, i in kept], cut


def names_also_containing(db: sqlite_utils.Database, name: str, shown: list[Record],
                          examples: int = 3) -> dict[str, tuple[int, list[str]]]:
    """{kind: (count, first names)} of the persons and units whose folded name holds the folded ``name``, its words
    whole and side by side (its
    first key of :func:`query_keys`, in any i/y spelling) but that :func:`who_page` did not show: a name equal to
    the typed one hides the longer names holding it (:func:`_tiers`), so that "nguyen van" showed one person
    named "Nguyễn Văn" and said nothing of the 158 "Nguyễn Văn …" (a newcomer, session 28).  Words typed with
    diacritics must agree (:func:`diacritics_agree`: "dục" counts no "Đức").  ``examples`` names of each kind,
    shortest first; kinds with none are left out."""
    keys = [k for k in query_keys(name) if k]
    if not keys:
        return {}
    seen = {(r.kind, r.id) for r in shown}
    out = {}
    for table, kind in (("persons", "person"), ("units", "unit")):
        found = {}  # id: (length of the folded name, name), over every spelling: one order for all
        for v in spelling_variants(keys[0]):
            for i, n, length in db.execute(f"SELECT id, canonical_name, length(folded) FROM {table} "
                                           f"WHERE {_PADDED} LIKE ?", [_whole(v)]).fetchall():
                if (kind, i) not in seen and diacritics_agree(n, name):
                    found[i] = (length, n)
        if found:
            out[kind] = (len(found), [n for _, n in sorted(found.values())[:examples]])
    return out


def person_record(db: sqlite_utils.Database, pid: str) -> Record:
    """The record of person ``pid``."""
    name = db.execute("SELECT canonical_name FROM persons WHERE id = ?", [pid]).fetchone()[0]
    rec = Record("person", pid, name)
    # an entity is keyed by the folded name: "Lê Thị Hoa" stored first names the entity of "Lê Thị Hòa" too, whom the
    # layer keeps apart (outputs.canonical._name_groups); such a person's names used are its own spelling
    rec.names = list(dict.fromkeys(name if key(r[0]) == key(name) else r[0] for r in db.execute(
        """SELECT DISTINCT e.canonical_name FROM person_documents pd JOIN entities e ON e.id = pd.entity
           WHERE pd.person = ?""", [pid])))
    # the unit as the knowledge base names it: "UBND tỉnh X" and "Ủy ban nhân dân tỉnh X" are one unit, listed once
    rec.positions = list(dict.fromkeys((as_title(position), unit, date, composed(path)) for position, unit, date, path in db.execute(
        """SELECT DISTINCT ps.position,
                  COALESCE((SELECT u.canonical_name FROM unit_names un JOIN units u ON u.id = un.unit
                            WHERE un.entity = ps.unit_entity LIMIT 1), ps.unit),
                  ps.document_date,
                  """ + first_path("ps.document") + """
           FROM positions ps JOIN person_documents pd ON pd.entity = ps.person AND pd.document = ps.document
           WHERE pd.person = ? AND (ps.position != '' OR ps.unit != '')
           ORDER BY ps.document_date""", [pid])))
    rec.awards = _award_rows(db, "r.person = ?", [pid])
    # why documents were joined: a first mention is no join ("joins: first mention" on every person of one document
    # puzzled a newcomer, session 33)
    rec.info = {"joins": sorted({r[0] for r in db.execute(
        "SELECT reason FROM person_documents WHERE person = ? AND reason != ?", [pid, FIRST_MENTION])}),
        "also_named_in": _also_named_in(db, pid, rec)}
    rec.hints = hints(rec.awards, "person")
    return rec


def _also_named_in(db: sqlite_utils.Database, pid: str, rec: Record) -> list[str]:
    """The paths (first path of each content, as ``awards`` names it) of the documents that name person ``pid``
    but give it no position or award of ``rec``: without them a person read in a story that gives neither (a
    name in a quotation, a headline) had a record naming no document at all, "awards: none recorded" and
    nothing else (a newcomer, session 38, could not tell where a third person of one name came from).  A document
    that revokes one of the awards is shown on the award's row, so it is no such document either."""
    told = {path for *_, path in rec.positions} | {a["document"] for a in rec.awards}
    told |= {a["revocation_document"] for a in rec.awards} | {
        again["document"] for a in rec.awards for again in a.get("further_revocations") or ()}
    named = [composed(path) for (path,) in db.execute(
        "SELECT DISTINCT " + first_path("pd.document") + " FROM person_documents pd WHERE pd.person = ?", [pid])]
    return sorted(path for path in set(named) - told if path)


def unit_record(db: sqlite_utils.Database, uid: str) -> Record:
    """The record of unit ``uid`` (awards of the unit itself; sub-units listed)."""
    name, parent, province, successor, until = db.execute(
        "SELECT canonical_name, parent, province, successor, valid_until FROM units WHERE id = ?", [uid]).fetchone()
    rec = Record("unit", uid, name)
    rec.names = [r[0] for r in db.execute(
        """SELECT DISTINCT e.canonical_name FROM unit_names un JOIN entities e ON e.id = un.entity
           WHERE un.unit = ?""", [uid])]
    rec.awards = _award_rows(db, "r.unit = ?", [uid])
    parent_name = db.execute("SELECT canonical_name FROM units WHERE id = ?", [parent]).fetchone() if parent else None
    rec.info = {"parent": parent_name[0] if parent_name else None, "province": province,
                "successor": successor if successor != province else None, "valid_until": until,
                "sub_units": [r[0] for r in db.execute("SELECT canonical_name FROM units WHERE parent = ?", [uid])]}
    rec.hints = hints(rec.awards, "unit")
    # who works there, as the site's unit page lists them (a newcomer, session 38: "who" of a Phòng Thi đua, Khen
    # thưởng named none of the staff its own document assigns); only documents stored at a path now
    # (person_documents holds those alone: the older version of a file ingested again, or a forgotten one, listed
    # its officials a second time, a reviewer of session 38)
    rec.officials = list(dict.fromkeys((date, person, as_title(position), composed(path)) for date, person, position, path in db.execute(
        """SELECT DISTINCT ps.document_date, coalesce(pe.canonical_name, ps.name), ps.position,
                  """ + first_path("ps.document") + """
           FROM positions ps JOIN unit_names un ON un.entity = ps.unit_entity
           JOIN person_documents pd ON pd.entity = ps.person AND pd.document = ps.document
           LEFT JOIN persons pe ON pe.id = pd.person
           WHERE un.unit = ?
           ORDER BY ps.document_date IS NULL, ps.document_date DESC, 2""", [uid])))
    return rec


@lru_cache(maxsize=1)
def _listed_titles() -> dict[str, str]:
    """The titles of ``positions.txt`` by their lower case, words single-spaced → the title as the list writes it
    ("phó thủ tướng" → "Phó Thủ tướng"); where two entries differ only in case, the first listed ("Phó Thủ tướng
    Thường trực" before "Phó Thủ tướng thường trực")."""
    out: dict[str, str] = {}
    for title in word_list("positions.txt"):
        out.setdefault(" ".join(title.lower().split()), " ".join(title.split()))
    return out


#: words opening a title before a listed one, lower case: the prefixes of ``title_prefixes.txt`` (former, acting)
#: and a deputy's "phó", which ``positions.txt`` writes "Phó" ("cựu phó thủ tướng" → "cựu Phó Thủ tướng")
_TITLE_LEADS = frozenset(word_list("title_prefixes.txt")) | {"phó"}


def as_title(position: str | None) -> str | None:
    """A position as a record lists it: a title of ``positions.txt`` in either case, or one opened by words of
    ``_TITLE_LEADS``, as the list writes it ("Phó thủ tướng" and "Phó Thủ tướng" of two stories → "Phó Thủ tướng",
    "nguyên phó thủ tướng" → "Nguyên Phó Thủ tướng"), and every position with its first letter upper-case, as a
    title is written before a name ("hoa hậu" of a story's running text and "Hoa hậu" of another's heading are one
    title, which ``who`` listed as two, a newcomer, session 44). The knowledge base keeps the text's own spelling.
    None and "" are returned as given."""
    if not position:
        return position
    words, listed = position.split(), _listed_titles()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _TITLE_LEADS and " ".join(words[k:]).lower() not in listed:
        k += 1
    title = listed.get(" ".join(words[k:]).lower())
    if title is not None:
        position = " ".join([*("Phó" if w.lower() == "phó" else w.lower() for w in words[:k]), title])
    return position[:1].upper() + position[1:]


#: the documents of a person's "also named in" line shown by ``who`` (its ``--json`` lists them all)
ALSO_NAMED_SHOWN = 5
#: the officials of a unit shown by ``who``, latest document first (its ``--json`` lists them all)
OFFICIALS_SHOWN = 10


def format_record(rec: Record) -> str:
    """A record as text for the terminal."""
    lines = [f"{'Người' if rec.kind == 'person' else 'Đơn vị'} / {rec.kind}: {rec.name}  [{rec.id}]"]
    if len(rec.names) > 1 or (rec.names and rec.names[0] != rec.name):
        lines.append("  names used: " + "; ".join(rec.names))
    for k, v in rec.info.items():
        if v and k == "also_named_in" and len(v) > ALSO_NAMED_SHOWN:
            v = v[:ALSO_NAMED_SHOWN] + [f"… and {len(v) - ALSO_NAMED_SHOWN} more ('--json' lists them all)"]
        if v:
            lines.append(f"  {k.replace('_', ' ')}: {v if not isinstance(v, list) else '; '.join(v)}")
    if rec.positions:
        lines.append("  positions:")
        for position, unit, date, path in rec.positions:
            lines.append(f"    {date or '----------'}  {', '.join(x for x in (position, unit) if x)}  ({path})")
    if rec.officials:
        lines.append("  officials:")
        for date, person, position, path in rec.officials[:OFFICIALS_SHOWN]:
            lines.append(f"    {date or '----------'}  {', '.join(x for x in (person, position) if x)}  ({path})")
        if len(rec.officials) > OFFICIALS_SHOWN:
            lines.append(f"    … and {len(rec.officials) - OFFICIALS_SHOWN} more ('--json' lists them all)")
    lines.append("  awards:" if rec.awards else "  awards: none recorded")
    for a in rec.awards:
        extra = ", ".join(x for x in (a["status"], f"QĐ {a['decision']}" if a["decision"] else "",
                                       a["decision_date"] or "", revocation(a)) if x)
        lines.append(f"    {a['year'] or '----'}  {a['award']}{posthumous_label(a)}  ({extra})")
        lines.append(indented(f"          {with_copies(a)}: ", a["sentence"] or ""))
        if a.get("revocation_document"):
            lines.append(indented(f"          {a['revocation_document']}: ", a["revocation_sentence"] or ""))
        for again in a.get("further_revocations") or ():
            lines.append(indented(f"          {again['document']}: ", again["sentence"] or ""))
    for h in rec.hints:
        lines.append(f"  hint: {h}")
    return "\n".join(lines)


def revocation(row: dict) -> str:
    """"REVOKED by QĐ <number> <date> in <path>" for a revoked conferral row (keys ``revoked``, ``revoked_by``,
    ``revoked_date``, ``revocation_document``, as :func:`awards` and :class:`Record` give them; the path when
    another document revoked it), then ", again by QĐ …" for each further revoking decision (keys
    ``further_revocations`` or ``revoked_again``: a second decision revoking the same award), "" for one in force."""
    if not row.get("revoked"):
        return ""
    first = " ".join(x for x in ("REVOKED", row.get("revoked_by") and f"by QĐ {row['revoked_by']}",
                                 row.get("revoked_date"),
                                 row.get("revocation_document") and f"in {row['revocation_document']}") if x)
    again = further_revocations_text(row) or row.get("revoked_again") or ""
    return f"{first}, again by {again.replace('; ', ', again by ')}" if again else first


def with_copies(row: dict) -> str:
    """The ``document`` of an award row (as :func:`awards` and :class:`Record` give it), followed by its other
    paths when one content was stored under several names: "qd12.docx (also: copy/qd12.docx; qd12 (1).docx)"."""
    copies = row.get("document_copies")
    return f"{row['document']} (also: {copies})" if copies else (row["document"] or "")


AWARD_COLUMNS = ["key", "recipient", "recipient_type", "recipient_id", "award", "award_id", "form", "year", "status",
                 "revoked", "decision", "decision_date", "document", "document_copies", "sentence", "revoked_by",
                 "revoked_date", "conferrer", "revocation_document", "revocation_sentence", "revocation_key", "further_revocations",
                 "posthumous"]
#: the award columns that are flags: 0/1 in the CSV, true/false in the JSON (:func:`with_boolean_flags`)
AWARD_FLAGS = ("revoked", "posthumous")


def with_boolean_flags(rows: list[dict]) -> list[dict]:
    """``rows`` (award rows, :data:`AWARD_COLUMNS`) as new dicts whose :data:`AWARD_FLAGS` are booleans (``True``
    for 1), as ``export facts --canonical`` writes them, for the JSON of ``sovang awards`` and ``sovang who``
    (:func:`to_json`); a row without a flag stays without it.  ``[{"revoked": 1, "posthumous": 0}]`` gives
    ``[{"revoked": True, "posthumous": False}]``."""
    return [{**r, **{f: bool(r[f]) for f in AWARD_FLAGS if f in r}} for r in rows]


#: the columns ``awards --distinct`` adds (:func:`distinct_conferrals`)
DISTINCT_COLUMNS = ["tellings", "other_documents"]
#: the columns the awards query selects (``further_revocations`` is read apart: :func:`with_further_revocations`)
_SELECTED = [c for c in AWARD_COLUMNS if c != "further_revocations"]


@lru_cache(maxsize=256)
def _words_in_order(query: str) -> re.Pattern:
    """The whole words of the folded ``query`` in their order, other words allowed between them."""
    return re.compile(r"(?:^| )" + _apart(map(re.escape, query.split())) + r"(?: |$)")


def _apart(words) -> str:
    """The escaped ``words`` joined in their order, other words allowed between them."""
    return r"(?: .*)? ".join(words)


@lru_cache(maxsize=1)
def _folded_levels() -> str:
    """The administrative level words folded, as a regular-expression alternation, longest first ("thanh pho|…|xa";
    :func:`extractors.canonical.level_words`, administrative_levels.tsv)."""
    return "|".join(sorted({re.escape(key(w)) for w in level_words()}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=10_000)
def _unit_words(query: str) -> re.Pattern:
    """The whole words of the folded ``query`` side by side; or in order with other words left out between them
    when the words typed last end the name or stop before a level word, as a place closes a unit's name ("vksnd
    quang ninh" in "… nhan dan tinh quang ninh", "so giao duc quang tri" in "so giao duc va dao tao quang tri", "le
    loi nghi loc" in "… le loi huyen nghi loc tinh nghe an"); "vu quang" is not in "so noi vu tinh quang binh"."""
    words = list(map(re.escape, query.split()))
    side_by_side = r"(?:^| )" + " ".join(words) + r"(?: |$)"
    words_left_out = r"(?:^| )" + _apart(words) + rf"(?=$| (?:{_folded_levels()})(?: |$))"
    return re.compile(f"{side_by_side}|{words_left_out}")


@lru_cache(maxsize=256)
def _any_key_pattern(query: str, pattern_of) -> re.Pattern:
    """One pattern finding ``pattern_of(q)`` of any key ``q`` of ``query`` (apart by tabs): built once a query, not
    split and looked up again for every row an SQL function reads."""
    return re.compile("|".join(pattern_of(q).pattern for q in query.split("\t")))


def _any_key_matches(text: str | None, query: str, pattern_of) -> int:
    """1 when ``pattern_of(q)`` finds one of the keys ``q`` of ``query`` (several apart by tabs: :func:`query_keys`)
    in the folded ``text``, else 0 (an SQL function's answer)."""
    return int(bool(text and query and _any_key_pattern(query, pattern_of).search(text)))


def name_has(folded: str | None, typed: str | None) -> int:
    """1 when the folded name ``folded`` holds the words of the name ``typed`` whole and in order, abbreviations
    written out and either i/y spelling (:func:`spelt_keys`), as ``awards --recipient`` matches, else 0; an empty
    ``typed`` matches nothing (SQL function ``sovang_name_has`` of the site's questions)."""
    if not (isinstance(typed, str) and typed.strip()):
        return 0
    return _has_words(folded, spelt_keys(typed))


#: the words a user may type before a decision's number ("Quyết định số 38/QĐ-VKSTC", "QĐ số: 38/…", "số 38/…"),
#: folded: left out before matching
_DECISION_OPENER = re.compile(r"^\s*(?:(?:quyet\s*dinh|qd)(?![\w/-]))?\s*(?:so(?!\w))?\s*:?\s*")
#: a dash between the parts of a decision number, spaces around it allowed ("1358/QĐ – CTN")
_DECISION_DASH = re.compile(r"\s*[-\u2010-\u2015]\s*")


@lru_cache(maxsize=10_000)
def decision_key(number: str | None) -> str:
    """A decision number as compared by ``awards --decision``: folded (tone marks off, đ→d, lower case), dashes
    of any kind as "-", no spaces around them or a slash, the words before the number left out and a "/" or "-"
    ending it dropped (typed "38/QĐ-" is "38/qd", as a reviewer found, session 29);
    ``decision_key("Quyết định số 1358/QĐ – CTN ngày 5/8/2009") == "1358/qd-ctn"``; "" for none.  Kept per
    number: :func:`decision_has` asks it for the typed number and each row's number on every row of a query."""
    if not isinstance(number, str):
        return ""
    text = _DECISION_DASH.sub("-", re.sub(r"\s*/\s*", "/", fold(number)))
    words = _DECISION_OPENER.sub("", text, count=1).split()
    return words[0].rstrip("/-") if words else ""


def decision_has(number: str | None, typed: str | None) -> int:
    """1 when the stored decision ``number`` is the decision ``typed``, or begins with it up to a "/" or "-"
    (:func:`decision_key` of both: "38/qd-vkstc" and "38/QĐ" find "38/QĐ-VKSTC", "3" does not), else 0; an
    empty ``typed`` or a conferral with no decision matches nothing (SQL function ``sovang_decision_has`` of
    ``awards --decision`` and of the site's question ``khen_thuong_theo_quyet_dinh``)."""
    stored, asked = decision_key(number), decision_key(typed)
    if not (stored and asked):
        return 0
    return int(stored == asked or (stored.startswith(asked) and stored[len(asked)] in "/-"))


def decision_clause(row: str, asked: str, attached: bool = True) -> str:
    """SQL: the conferral ``row`` (an alias of ``conferrals_resolved`` or of ``conferrals_view``) is told with the
    decision ``asked`` (an SQL parameter) by :func:`decision_has`: the decision that conferred or proposed it, or
    one that revoked it, the first (``revoked_by``) or, with ``attached`` (a canonical layer that attaches
    revocations told apart: :data:`outputs.kb.SHOWN`), a further one ("Quyết định 905/QĐ-TTg hủy bỏ Quyết định số
    61/QĐ-TTg …": ``--decision 905/qd-ttg`` lists the award it revoked, shown "REVOKED by QĐ 905/QĐ-TTg"; a
    newcomer, session 38, got "0 conferrals" for it). The further revocations are looked up once, by a subquery
    that does not depend on the row (a correlated one scanned the table for each row: 184 s on 20,000 conferrals,
    a reviewer of session 38). One definition read by ``awards --decision`` and the site's question
    ``khen_thuong_theo_quyet_dinh``."""
    further = (f"""
        OR {row}.key IN (SELECT x.attached_to FROM conferrals_resolved x WHERE x.attached_to IS NOT NULL
                         AND sovang_decision_has(x.revoked_by, {asked}))""" if attached else "")
    return (f"(sovang_decision_has({row}.decision, {asked}) OR sovang_decision_has({row}.revoked_by, {asked})"
            f"{further})")


def _has_unit_words(text: str | None, query: str) -> int:
    """1 when the folded unit name ``text`` holds the folded ``query`` by :func:`_unit_words` (SQL function
    ``sovang_unit_has`` of ``awards --unit``); ``query`` may hold several keys apart by tabs (:func:`query_keys`),
    any of which does."""
    return _any_key_matches(text, query, _unit_words)


def _has_words(text: str | None, query: str) -> int:
    """1 when the folded ``text`` holds the words of the folded ``query`` whole and in order, other words allowed
    between them (SQL function ``sovang_has``): "vien kiem sat nhan dan quang ninh" is in "vien kiem sat nhan dan
    tinh quang ninh" (users leave out the level word "tỉnh"), "ha tinh" is not in "thanh hoa tinh"; ``query`` may
    hold several keys apart by tabs (:func:`query_keys`), any of which does."""
    return _any_key_matches(text, query, _words_in_order)


def awards(db: sqlite_utils.Database, award: str | None = None, year: int | None = None, unit: str | None = None,
           recipient: str | None = None, status: str | None = None, limit: int | None = None,
           decision: str | None = None) -> list[dict]:
    """Conferrals matching every given filter, with provenance (columns: :data:`AWARD_COLUMNS`).

    ``award`` matches when its folded words appear in order in the canonical
    award name ("bang khen thu tuong" finds "Bằng khen của Thủ tướng Chính
    phủ"), its abbreviations written out or as typed (:func:`query_keys`: "Bằng khen của LĐLĐ TP HCM");
    ``recipient`` matches when its folded words appear whole and in order, other words between them
    allowed; ``unit`` when its folded words appear whole and side by side, or in order with words left out between
    them when the last ones typed end the name or come before a level word (:func:`_unit_words`: "vksnd quang ninh"
    finds "Viện kiểm sát nhân dân tỉnh Quảng Ninh", "vu quang" not "Sở Nội vụ tỉnh Quảng Bình"); ``unit``
    matches a unit recipient (by its unit, or by its name as the row gives it: a recipient staff corrected to a
    name no stored unit has, a newcomer's finding of session 26), its parents, its province and that province's
    successor, a person whose positions name that unit, and the conferrer:
    the body that gives the award as its canonical name states it (completed
    from the document: "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"), or the
    issuing body of the decision that confers it, with that body's province
    and successor province — "all awards connected to" the unit or place; a
    district's committee or a provincial department named without its place
    carries the province of its document's letterhead, and an office named alone the body it leads
    ("Giám đốc Sở Y tế tỉnh Nghệ An", "Bộ trưởng Bộ Y tế": :func:`extractors.conferrers.complete_conferrers`),
    so a province finds the awards its departments confer;
    a ``recipient`` typed with diacritics keeps the recipients whose name carries them when any does
    (:func:`prefer_diacritics`: "Đức" lists Trần Minh Đức, not the Phòng Giáo dục);
    ``status`` is conferred, proposed or revoked; ``decision`` the number of the decision that conferred (or
    proposed, or revoked: :func:`decision_clause`) it, whole or its first parts, diacritics optional
    (:func:`decision_has`: "38/qd" finds "38/QĐ-VKSTC").  ``posthumous`` is 1 for an award "truy tặng"
    (:mod:`outputs.posthumous`).  An award revoked by another document is one row, revoked, with the revoking
    document's path and sentence (``revocation_document``, ``revocation_sentence``) and the key of the revocation's
    own telling (``revocation_key``, to reject it with ``sovang correct reject``); a further decision revoking it
    again is on the same row, in ``further_revocations`` (:func:`with_further_revocations`).
    """
    db.conn.create_function("sovang_key", 1, _folded, deterministic=True)
    db.conn.create_function("sovang_successor", 1, _successor_key, deterministic=True)
    db.conn.create_function("sovang_has", 2, _has_words, deterministic=True)
    db.conn.create_function("sovang_unit_has", 2, _has_unit_words, deterministic=True)
    db.conn.create_function("sovang_decision_has", 2, decision_has, deterministic=True)
    shown_clause = shown(db)  # one PRAGMA look at the layer's columns
    where, params = [shown_clause], []
    if decision is not None:  # an empty one matches nothing, as on the site
        clause = decision_clause("r", "?", attached=shown_clause == SHOWN)
        where.append(clause)
        params += [decision] * clause.count("?")
    if award:
        # the words of any key in order, others between them allowed; the keys write out abbreviations as the
        # stored names are written out (query_keys: "Bằng khen của LĐLĐ TP HCM" finds "… Liên đoàn Lao động thành
        # phố Hồ Chí Minh"), the last one as typed
        patterns = award_like_patterns(award)
        where.append("(" + " OR ".join(["a.folded LIKE ?"] * len(patterns)) + ")")
        params += list(patterns)
    if year:
        where.append("r.year = ?")
        params.append(int(year))
    if recipient:
        where.append("sovang_has((SELECT folded FROM persons WHERE id = r.person), ?) OR "
                     "sovang_has((SELECT folded FROM units WHERE id = r.unit), ?) OR r.recipient_as_written LIKE ?")
        where[-1] = f"({where[-1]})"
        params += [spelt_keys(recipient)] * 2 + [f"%{recipient}%"]
    if unit:
        k = "\t".join(query_keys(unit))
        matching = """WITH RECURSIVE sub(id) AS (
                          SELECT id FROM units WHERE sovang_unit_has(folded, ?)
                              OR sovang_unit_has(sovang_key(successor), ?) OR sovang_unit_has(sovang_key(province), ?)
                          UNION SELECT u.id FROM units u JOIN sub ON u.parent = sub.id)
                      SELECT id FROM sub"""
        row_clause, row_params = _row_unit_clause(db, matching)
        where.append(f"""(r.unit IN ({matching})
                         OR r.person IN (SELECT pd.person FROM person_documents pd JOIN positions ps
                             ON ps.person = pd.entity AND ps.document = pd.document
                             JOIN unit_names un ON un.entity = ps.unit_entity
                             WHERE un.unit IN ({matching}))
                         OR (r.recipient_type = 'collective' AND sovang_unit_has(sovang_key(r.recipient), ?))
                         OR sovang_unit_has(sovang_key(r.conferrer), ?)
                         OR sovang_unit_has(sovang_successor(r.conferrer), ?)
                         {row_clause})""")
        params += [k] * (9 + row_params)
    if status == "revoked":
        where.append("r.revoked = 1")
    elif status:
        where.append("r.status = ?")
        params.append(status)
    sql = f"""SELECT r.key, r.recipient, r.recipient_type, coalesce(r.person, r.unit), a.canonical_name, a.id, a.form,
                     r.year, r.status, r.revoked, r.decision, r.decision_date,
                     {first_path("r.document")}, {other_paths("r.document")}, r.sentence,
                     r.revoked_by, r.revoked_date, r.conferrer, {_revocation(db)}, {_posthumous(db)}
              FROM conferrals_resolved r JOIN awards a ON a.id = r.award
              WHERE {' AND '.join(where)} ORDER BY r.year IS NULL, r.year, a.canonical_name, r.recipient"""
    if not (recipient and marked_words(recipient)):
        if limit:
            sql += f" LIMIT {int(limit)}"
        return finished_rows(db, [dict(zip(_SELECTED, row)) for row in db.execute(sql, params)])
    # typed with diacritics: the first ``limit`` rows that agree, else the first ``limit`` rows (read as they come)
    agreeing, first = [], []
    for values in db.execute(sql, params):
        row = dict(zip(_SELECTED, values))
        if diacritics_agree(row["recipient"], recipient):
            agreeing.append(row)
            if limit and len(agreeing) >= limit:
                break
        elif not limit or len(first) < limit:
            first.append(row)
    return finished_rows(db, agreeing or first)


def _row_unit_clause(db: sqlite_utils.Database, matching: str) -> tuple[str, int]:
    """The ``awards --unit`` condition on a person whose award table's row names the unit (``recipient_units``: "Bà
    X | Trường THCS Y | Bằng khen"), for ``matching`` the query of the units asked for (3 parameters), with the
    number of parameters it takes; ("", 0) for a knowledge base written before that table existed."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'recipient_units'").fetchone():
        return "", 0
    return f"""OR r.person IN (SELECT pd.person FROM person_documents pd JOIN recipient_units ru
                   ON ru.recipient = pd.entity AND ru.document = pd.document
                   JOIN unit_names un ON un.entity = ru.unit WHERE un.unit IN ({matching}))""", 3


@lru_cache(maxsize=100_000)
def _folded(name: str | None) -> str:
    """:func:`~extractors.canonical.key` of a name (a conferrer, a province) with its places written out whole
    (:func:`~extractors.canonical.expand_places`: a conferrer "Liên đoàn Lao động thành phố HCM" is found as its
    unit is, by "ldld tp.hcm"), "" for none; computed once per name."""
    return key(expand_places(name)) if name else ""


@lru_cache(maxsize=100_000)
def _successor_key(name: str | None) -> str:
    """The folded name of the province that succeeded the one ``name`` lies in ("Chủ tịch Ủy ban nhân dân
    tỉnh Hà Nam" → "tinh ninh binh"), "" when it names none."""
    found = province_of(expand_places(name)) if name else None
    return key(found[1]) if found else ""


def to_json(rec: Record) -> str:
    """A record as JSON (``sovang who --json``): its awards' ``revoked`` and ``posthumous`` as true/false
    (:func:`with_boolean_flags`), as ``sovang awards --format json`` and ``export facts --canonical`` write them."""
    return json.dumps({**rec.__dict__, "awards": with_boolean_flags(rec.awards)}, ensure_ascii=False, indent=1,
                      default=list)


FAILURE_COLUMNS = ["state", "status", "path", "error", "document", "replaced_at", "now", "now_status", "root",
                   "relative"]


def failures(db: sqlite_utils.Database) -> list[dict]:
    """Documents that failed or were read in part (columns: :data:`FAILURE_COLUMNS`), sorted by state, status, path.

    ``state`` "current": a content at a path the knowledge base lists now (``path``: root/path; one row per path),
    tried again by the next ingest (unless it failed for its own bytes, :mod:`pipeline.failure_causes`: then with
    ``--retry-failed``, or once changed).  ``state`` "superseded": a failed or partial content no path holds any more
    because its file was changed (fixed) and ingested again: ``path`` is the path it was found at, ``replaced_at``
    when the new version replaced it, ``now``/``now_status`` the sha256 and status of the version the path holds
    now (None when the path was forgotten since).  The old version is kept (``documents``, ``path_history``) as the
    record of what happened; it is no failure left to mend.  A version is superseded at its path even when the same
    content is still at another path (a copy: that path is listed "current").  ``state`` "gone": a failed or
    partial content at a path the knowledge base lists, whose file is no longer there (renamed or deleted) while
    its ingest root is (a knowledge base read on another machine, without the files, lists them "current"): the
    next ingest does not try it again; ``sovang forget`` drops it.  ``root`` is the folder given to ``ingest`` and
    ``relative`` the path within it, as the ingest summary names the file; all three in composed letters (NFC), as
    a knowledge base stores them since session 36, also when one stored before holds a Mac's decomposed name (read
    only, it is not rewritten: session 37's review)."""
    current = """SELECT 'current', d.status, p.root || '/' || p.path, d.error, d.sha256, NULL, NULL, NULL, p.root, p.path
                 FROM documents d JOIN document_paths p ON p.sha256 = d.sha256
                 WHERE d.status IN ('failed', 'partial')"""
    superseded = """SELECT 'superseded', d.status, h.root || '/' || h.path, d.error, d.sha256, max(h.replaced_at),
                           cur.sha256, cd.status, h.root, h.path
                    FROM documents d JOIN path_history h ON h.sha256 = d.sha256
                    LEFT JOIN document_paths cur ON cur.root = h.root AND cur.path = h.path
                    LEFT JOIN documents cd ON cd.sha256 = cur.sha256
                    WHERE d.status IN ('failed', 'partial') AND cur.sha256 IS NOT d.sha256
                    GROUP BY h.root, h.path, d.sha256"""
    rows = [dict(zip(FAILURE_COLUMNS, row)) for row in db.execute(f"{current} UNION ALL {superseded}")]
    for row in rows:
        if row["state"] == "current" and _file_gone(row["root"], row["relative"]):
            row["state"] = "gone"
        for name in ("path", "root", "relative"):  # as a base since session 36 stores them (:func:`composed`)
            row[name] = composed(row[name])
    return sorted(rows, key=lambda r: (r["state"], r["status"], r["path"], r["replaced_at"] or ""))


def _file_gone(root: str, relative: str) -> bool:
    """True when the ingest folder ``root`` exists but holds no file at ``relative`` (an article ``file#id``: its
    file; a name stored composed, its file named by a Mac with decomposed letters: :func:`stored_file_there`)."""
    return os.path.isdir(root) and not stored_file_there(root, relative)


def format_failure(row: dict) -> str:
    """One line of the failures listing, the file named by its path within its ingest root as the ingest summary
    names it: "failed   hong.pdf: reason", or for a superseded version "superseded rong.txt: empty file (0
    bytes)  [failed before; replaced 2026-…: the path now holds a new version, ok]".  Every state's label is padded
    as the ingest summary pads its marks (``f"{label:<8} "``), so "failed", "partial" and "gone" lines line up with
    each other and with the summary's (the "gone" and "superseded" lines had one space more: newcomer, session 29)."""
    label = row["status"] if row["state"] == "current" else row["state"]
    line = f"{label:<8} {row['relative']}: {row['error'] or row['status']}"
    if row["state"] == "current":
        return line
    if row["state"] == "gone":
        return (f"{line}  [{row['status']}; the file is no longer there (renamed or deleted): "
                f"'sovang forget {row['path']}' drops it]")
    now = (f"the path now holds a new version, {row['now_status']}" if row["now"]
           else "the path is no longer in the knowledge base")
    return f"{line}  [{row['status']} before; replaced {row['replaced_at']}: {now}]"


def format_failures(rows: list[dict]) -> str:
    """The failures listing: for each ingest root (in order) a line "in /kho:" and its files, each named by its
    path within that root (:func:`format_failure`), so that what ``sovang ingest /kho`` printed and this listing
    name a file alike."""
    lines = []
    for root in sorted({r["root"] for r in rows}):
        lines.append(f"in {root}:")
        lines.extend(format_failure(r) for r in rows if r["root"] == root)
    return "\n".join(lines + failures_next(rows))


def failures_next(rows: list[dict]) -> list[str]:
    """What the next ingest does with the current failures and partial reads among ``rows`` (:func:`failures`), and
    what the reader can do, in one line ([] for none): it skips a failure of the file's own bytes
    (:func:`pipeline.failure_causes.fails_again` at its path) while the file is unchanged, and tries the others again (newcomer,
    session 33: the listing said neither, nor how to read one again or drop it)."""
    current = [r for r in rows if r["state"] == "current"]
    if not current:
        return []
    own = sum(r["status"] == "failed" and fails_again(r["error"], r["path"]) for r in current)
    parts = [f"skips {own} failed for the file's own bytes ({OWN_BYTES_IN_WORDS}) while unchanged: mend or replace "
             f"the file, or 'sovang ingest --retry-failed' reads them again"] if own else []
    parts += [f"tries {len(current) - own} again (a cause that may have passed)"] if len(current) > own else []
    return [f"the next ingest {'; it '.join(parts)}; 'sovang forget PATH' drops a file"]
