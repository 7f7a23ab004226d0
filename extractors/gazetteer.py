"""Loading the rule data in ``corpora/gazetteers/`` (TSV and plain lists).

Every file there carries its source in ``#`` header lines; see
``corpora/gazetteers/README.md``.  Entries are passed through
:func:`pipeline.normalize.normalize_text` so that they meet the normalised
document text (NFC, old-style tone placement).  Files are read once per
process (``functools.lru_cache``).
"""
from __future__ import annotations

import functools
import re
import types
from dataclasses import dataclass
from pathlib import Path

from pipeline.normalize import normalize_text

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "corpora" / "gazetteers"


def _lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a gazetteer file (normalised). FileNotFoundError if missing."""
    out = []
    for raw in (GAZETTEER_DIR / name).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        out.append("\t".join(normalize_text(c) for c in raw.split("\t")))
    return out


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list file as a tuple of strings, e.g. ``word_list("surnames.txt")``."""
    return tuple(_lines(name))


@functools.lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """The entries of the list file ``name`` (:func:`word_list`) as the alternatives of a regular expression, each
    escaped, the longest first (a longer entry is tried before one it opens with): ``re.compile(r"(?:%s)" %
    alternation("other_event_dates.txt"), re.I)``."""
    return "|".join(sorted(map(re.escape, word_list(name)), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def section(name: str, heading: str) -> tuple[str, ...]:
    """The entries of the sections of a list file whose comment block opens with ``heading`` (e.g. the
    "# Occupations" sections of ``positions.txt``); a section runs to the next comment block. Normalised like
    :func:`word_list`.

    Raises ValueError, naming the file and the heading, when no comment line opens with ``heading`` (a heading
    edited in the file would otherwise silently empty the rule that reads it)."""
    out, inside, in_header, found = [], False, False, False
    for raw in (GAZETTEER_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            inside = line.startswith(heading) or (in_header and inside)
            found = found or line.startswith(heading)
            in_header = True
        elif line:
            in_header = False
            if inside:
                out.append(normalize_text(line))
    if not found:
        raise ValueError(f"{name}: no section headed {heading!r}")
    return tuple(out)


def section_word(name: str, heading: str) -> str:
    """The one entry of the section of the list file ``name`` headed ``heading`` (:func:`section`), a function word
    a rule compares tokens with ("người" of a nationality, ``described_person_cues.txt``).

    Raises ValueError, naming the file and the heading, when that section has no entry or more than one (a word
    added to it would otherwise be silently unread by a rule that reads one word)."""
    entries = section(name, heading)
    if len(entries) != 1:
        raise ValueError(f"{name}: section {heading!r} has {len(entries)} entries, one is read")
    return entries[0]


@functools.lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A TSV file as a tuple of rows (tuples of cells; trailing empty cells kept as "")."""
    return tuple(tuple(line.split("\t")) for line in _lines(name))


#: the lists of the fields of units' names ("Bộ <field>", "Phòng <field>"; ``corpora/gazetteers/README.md``): the
#: ministries' fields, other fields joined by "và", the fields of the departments of a body
FIELD_LISTS = ("ministry_fields.txt", "joined_fields.txt", "department_fields.txt")


@functools.lru_cache(maxsize=None)
def unit_fields(*lists: str) -> tuple[str, ...]:
    """The fields of units' names as listed, each once, in the order of ``lists`` (names of ``FIELD_LISTS``; all
    of them when none is given): ``unit_fields("ministry_fields.txt")`` → ("Quốc phòng", "Công an", …), each
    followed by its abbreviated forms (:func:`_abbreviated`: "CSĐT tội phạm về ma túy" after "Cảnh sát điều tra tội
    phạm về ma túy").  The one reader of the field lists, for every extractor (read once per process)."""
    fields = (f for name in (lists or FIELD_LISTS) for f in word_list(name))
    return tuple(dict.fromkeys(g for f in fields for g in (f, *_abbreviated(f))))


def _abbreviated(field: str) -> tuple[str, ...]:
    """``field`` with an opening expansion written as its abbreviation, for each row of ``unit_abbreviations.tsv``
    written without a head word ("CSĐT<TAB>Cảnh sát điều tra": "Cảnh sát điều tra tội phạm về ma túy" → ("CSĐT tội
    phạm về ma túy",)); () when none opens it."""
    return tuple(abbr + field[len(full):] for abbr, full in _bare_abbreviations()
                 if field.startswith(full + " "))


@functools.lru_cache(maxsize=1)
def _bare_abbreviations() -> tuple[tuple[str, str], ...]:
    """The rows (abbreviation, expansion) of ``unit_abbreviations.tsv`` whose abbreviation is one word: those that
    stand for a field whatever head comes before ("CSĐT"), not "Sở TP"."""
    return tuple((r[0].strip(), r[1].strip()) for r in table("unit_abbreviations.tsv")
                 if len(r) > 1 and " " not in r[0].strip())


#: dashes written inside a field ("Lao động – Thương binh và Xã hội"), left out of its words
FIELD_JOINERS = ("-", "–")
#: signs written for a field's own word ("Sở Nông nghiệp & Phát triển nông thôn": "&" for "và", as in the
#: abbreviations "GD&ĐT", "NN&PTNT"; observed in legacy provincial decisions, session 24)
FIELD_SIGNS = {"&": "và"}


def field_key(field: str) -> tuple[str, ...]:
    """A field's words in lower case, without its commas and dashes (FIELD_JOINERS): "Lao động – Thương binh và Xã
    hội" → ("lao", "động", "thương", "binh", "và", "xã", "hội")."""
    return tuple(x.lower() for x in field.replace(",", " ").split() if x not in FIELD_JOINERS)


@functools.lru_cache(maxsize=None)
def field_table(fields: tuple[str, ...]) -> types.MappingProxyType:
    """``fields`` (as listed, e.g. from :func:`unit_fields`) as lower-case word tuples without their commas and
    dashes, each once (fields written apart only by a dash, a comma or the letter case, "Tổ chức cán bộ" and "Tổ
    chức – Cán bộ", are one), by first word, longest first: {"tổ": (("tổ", "chức", "cán", "bộ"), …), …}."""
    keys = dict.fromkeys(map(field_key, fields))
    out: dict[str, list] = {}
    for key in sorted(keys, key=lambda k: (-len(k), k)):
        out.setdefault(key[0], []).append(key)
    return types.MappingProxyType({k: tuple(v) for k, v in out.items()})


def field_at(words, i: int, table) -> int | None:
    """End of a field of ``table`` (:func:`field_table`) written from ``words[i]`` on, in any letter case, over the
    commas and dashes written inside it ("Tổ chức – Cán bộ", "Văn hóa, Thể thao và Du lịch"), its "và" also
    written "&" (``FIELD_SIGNS``: "Nông nghiệp & Phát triển nông thôn"); None when none."""
    n = len(words)
    for field in table.get(words[i].lower(), ()):
        j, k = i, 0
        while j < n and k < len(field):
            if k and (words[j] in FIELD_JOINERS or words[j] == ","):
                j += 1
                continue
            if words[j].lower() != field[k] and FIELD_SIGNS.get(words[j]) != field[k]:
                break
            j, k = j + 1, k + 1
        if k == len(field):
            return j
    return None


@functools.lru_cache(maxsize=None)
def province_levels() -> types.MappingProxyType:
    """Province-level units before and after 1 July 2025 by short name -> their level word ("Hà Nội" ->
    "thành phố", "Hải Dương" -> "tỉnh"), from ``provinces_2025.tsv`` (Nghị quyết 202/2025/QH15)."""
    levels = {}
    for row in table("provinces_2025.tsv"):
        for full in row[:2]:
            for level in ("Thành phố ", "Tỉnh "):
                if full.startswith(level):
                    levels[full[len(level):]] = level.strip().lower()
    return types.MappingProxyType(levels)


@functools.lru_cache(maxsize=None)
def district_names() -> frozenset:
    """Names of the district-level units (quận, huyện, thị xã, thành phố thuộc tỉnh) before 1 July 2025 written
    with two syllables or more ("Tây Hồ", "Bắc Từ Liêm", "Phan Rang – Tháp Chàm"), from ``districts.tsv``
    (Tổng cục Thống kê's list via vietnamadminunits).  Numbered districts ("quận 1") and one-syllable names
    ("Vinh", "Lắk": common words or given names) are left out."""
    return frozenset(row[2] for row in table("districts.tsv") if len(row[2].split()) >= 2)


@dataclass(frozen=True)
class AwardEntry:
    """One row of ``awards.tsv``: a distinction of Luật 06/2022/QH15 with its aliases.

    ``tail`` says what may follow the name: ``none``; ``name`` (a proper name,
    e.g. "Huân chương Thụy Bảo Tia Vàng"); ``conferrer`` ("Bằng khen của Bộ Y tế");
    ``flagname`` ("Cờ Đơn vị xuất sắc … của …"); ``prize`` ("Giải nhất …").
    """

    canonical: str
    kind: str
    recipient: str
    classes: bool
    tail: str
    source: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Competitions:
    """The named sports competitions of ``competitions.txt`` (written as words apart by single spaces, like the
    tokens of a document), read by the awards, championships and persons components.

    ``first``: first word -> the entries opening with it as word tuples, longest first (file order among equal
    lengths): {"Asian": (("Asian", "Para", "Games"), …), …}; ``keys``: word tuple -> the event it counts as,
    lower case (("Olympics",) -> "olympic"); ``blind``: the entries as a :func:`field_table` (lower case, each
    once), for a look-up in any letter case with :func:`field_at`."""

    first: types.MappingProxyType
    keys: types.MappingProxyType
    blind: types.MappingProxyType

    def entry_at(self, words, i: int) -> tuple[str, ...] | None:
        """The longest entry written at ``words[i]`` (a document's words, as written: the case counts), as its word
        tuple, or None: ``entry_at(["tại", "SEA", "Games", "31"], 1) == ("SEA", "Games")``."""
        for entry in self.first.get(words[i], ()):
            if tuple(words[i:i + len(entry)]) == entry:
                return entry
        return None


@functools.lru_cache(maxsize=None)
def competitions() -> Competitions:
    """The competitions table (``competitions.txt``), built once per process: see :class:`Competitions`."""
    first: dict[str, list] = {}
    keys = {}
    for row in table("competitions.txt"):
        words = tuple(row[0].split())
        first.setdefault(words[0], []).append(words)
        keys[words] = " ".join((row[1] if len(row) > 1 and row[1] else row[0]).split()).lower()
    first = {w: tuple(sorted(v, key=len, reverse=True)) for w, v in first.items()}
    return Competitions(types.MappingProxyType(first), types.MappingProxyType(keys),
                        field_table(tuple(row[0] for row in table("competitions.txt"))))


@functools.lru_cache(maxsize=None)
def awards() -> tuple[AwardEntry, ...]:
    """The award catalogue (``awards.tsv``)."""
    out = []
    for row in table("awards.tsv"):
        row = row + ("",) * (7 - len(row))
        aliases = tuple(a for a in row[6].split("|") if a)
        out.append(AwardEntry(row[0], row[1], row[2], row[3] == "yes", row[4], row[5], aliases))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def triggers() -> dict[str, tuple[str, ...]]:
    """Cue phrases by role (``give``, ``receive``, ``propose``, ``revoke``) from ``triggers.tsv``."""
    out: dict[str, list[str]] = {}
    for phrase, role in table("triggers.tsv"):
        out.setdefault(role, []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=None)
def dictionary_words() -> frozenset:
    """Multi-syllable Vietnamese words (2–3 syllables, lower-case, normalised).

    Source: the Viet74K word list shipped with underthesea (``underthesea/corpus/data/Viet74K.txt``),
    read as a plain file (no model is run).  Used to tell a name's second syllable ("Bộ Xây dựng")
    from the verb after a name ("Sở Nội vụ tiết lộ").  Empty when underthesea is not installed.
    """
    try:
        import importlib.util
        spec = importlib.util.find_spec("underthesea")
        if spec is None or not spec.submodule_search_locations:
            return frozenset()
        path = Path(list(spec.submodule_search_locations)[0]) / "corpus" / "data" / "Viet74K.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    out = set()
    for line in lines:
        w = line.strip().lower()
        if " " in w and w.count(" ") <= 2:
            out.add(normalize_text(w))
    return frozenset(out)


@functools.lru_cache(maxsize=None)
def dictionary_syllables() -> frozenset:
    """The syllables of :func:`dictionary_words`' words, lower-case ("sau", "anh", "hong"; not "lion", "pyn"): a
    Vietnamese syllable, not a transliteration ("Pol Pốt"). Built once for the persons' and the English bodies'
    tests."""
    return frozenset(x for word in dictionary_words() for x in word.split())


@functools.lru_cache(maxsize=1)
def conferrer_titles() -> dict[str, tuple[str, ...]]:
    """{office lower-case: the heads of the bodies it leads, lower-case with a space after} (conferrer_titles.tsv:
    Luật Thi đua, khen thưởng 06/2022/QH15 Điều 74-76, 79-80)."""
    return {" ".join(r[0].lower().split()): tuple(h.strip().lower() + " " for h in r[1].split(",") if h.strip())
            for r in table("conferrer_titles.tsv")}


@dataclass(frozen=True)
class IssuingOffice:
    """An office that issues decisions in its own name (``issuing_offices.tsv``): ``body`` of its signers ("" for
    the State), the ``conferrer`` of its decisions' awards and what it confers (award forms or catalogue names)."""

    body: str
    conferrer: str
    confers: frozenset


@functools.lru_cache(maxsize=1)
def issuing_offices() -> dict[str, IssuingOffice]:
    """{office lower-case: :class:`IssuingOffice`} of ``issuing_offices.tsv`` (Hiến pháp 2013 Điều 88, 95, 98; Luật
    06/2022/QH15 Điều 77-78)."""
    return {" ".join(r[0].lower().split()): IssuingOffice(r[1].strip(), r[2].strip(),
                                                   frozenset(x.strip() for x in r[3].split(",") if x.strip()))
            for r in table("issuing_offices.tsv")}
