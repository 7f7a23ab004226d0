"""Canonical names: one spelling per unit and award, with hierarchy, province succession and catalogue entry.

Pure functions over names (no database); ``outputs.canonical`` applies them to
the knowledge base.  Data, each with its source, from ``corpora/gazetteers/``:

- ``unit_abbreviations.tsv`` then ``abbreviations.tsv``: administrative
  abbreviations (Thông tư 01/2011/TT-BNV and press usage) expanded in unit
  names, context-dependent ones first ("Sở TP" = Sở Tư pháp; "TP." = thành phố);
- ``unit_aliases.tsv``: other names of a unit ("VKSND cấp cao 1" = "… cấp cao
  tại Hà Nội", Luật Tổ chức VKSND 2014 Art. 40 and Nghị quyết 953/NQ-UBTVQH13);
- ``unit_types.tsv``: unit-type heads, to find a unit's parent inside its name;
- ``provinces_2025.tsv``: the 63 provinces before 1 July 2025 and their 34
  successors (Nghị quyết 202/2025/QH15);
- ``awards.tsv`` and ``award_classes.tsv``: the award catalogue of Luật Thi
  đua, khen thưởng 06/2022/QH15 with aliases, and class spellings.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from corpora.gazetteers import path as gazetteer_path
from extractors.foreign import is_vietnamese_syllable
from extractors.gazetteer import competitions, district_names, unit_fields, word_list
from extractors.lexicon import upper_first
from pipeline.normalize import fold, normalize_text


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV gazetteer, comments (#) and blank lines skipped."""
    with open(gazetteer_path(name), encoding="utf-8") as fh:
        return [row for row in csv.reader(fh, delimiter="\t")
                if row and row[0].strip() and not row[0].startswith("#")]


_KEY_PUNCTUATION = re.compile(r"[\"“”‘’'«»()\[\]{},;:.!?…/–—-]+")


def key(text: str) -> str:
    """The identity key of a name: folded, punctuation and dashes removed, spaces collapsed."""
    return " ".join(fold(_KEY_PUNCTUATION.sub(" ", text)).split())


def spelt_key(text: str) -> str:
    """:func:`key` with the diacritics kept: lower-cased, punctuation and dashes removed, spaces collapsed
    (``spelt_key("LÊ THỊ HOÀ.") == "lê thị hòa"``: NFC, tone marks placed one way, :func:`normalize_text`, so
    "Hoà" and "Hòa" are one spelling). Two names of one :func:`key` but different spelt keys differ by a mark: "Hoa"
    and "Hòa" are two given names, not one."""
    return " ".join(normalize_text(_KEY_PUNCTUATION.sub(" ", text)).lower().split())


# --- units ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[str, re.Pattern, str]]:
    """(a piece of text every match holds, the pattern of one abbreviation as a whole word, its expansion) for each
    row of ``unit_abbreviations.tsv`` and ``abbreviations.tsv``, longest abbreviation first.  The piece is the
    abbreviation up to its first "&" or "-" between capitals ("Sở LĐ" of "Sở LĐ-TB&XH", :func:`_joined_parts`),
    matched as written (the patterns are case-sensitive): a name without it is not searched.  The patterns open on
    a look-behind, so the regex engine tries them at every character (session 44: 3,584 searches a pass of dev and
    real/news, nearly all finding nothing)."""
    out = []
    for row in _rows("unit_abbreviations.tsv") + _rows("abbreviations.tsv"):
        abbr, full = row[0].strip(), row[1].strip()
        if abbr.endswith("."):
            pattern = re.compile(rf"(?<!\w){re.escape(abbr)}\s*")
            piece = abbr
            full += " "
        else:
            pattern = re.compile(rf"(?<!\w){_joined_parts(abbr)}(?!\w)")
            piece = _PART_JOIN.split(abbr)[0]
        out.append((len(abbr), piece, pattern, full))
    # longest first: "Sở TP" before "TP.", "TP." before "TP", VKSNDTC before VKSND
    out.sort(key=lambda p: -p[0])
    return [(piece, pattern, full) for _, piece, pattern, full in out]


#: an "&" or "-" between two capitals of an abbreviation ("GD&ĐT", "LĐ-TB&XH")
_PART_JOIN = re.compile(r"(?<=[A-ZĐ])[&-](?=[A-ZĐ])")


def _joined_parts(abbr: str) -> str:
    """A pattern of ``abbr`` in which an "&" or "-" between its parts may be either or none: a department's
    abbreviation is written "GD&ĐT", "GD-ĐT" and "GDĐT" alike ("Sở GD-ĐT Nghệ An" is "Sở GD&ĐT Nghệ An")."""
    return r"[&-]?".join(re.escape(part) for part in _PART_JOIN.split(abbr))


@lru_cache(maxsize=1)
def _unit_aliases() -> list[tuple[str, str]]:
    return [(key(r[0]), r[1].strip()) for r in _rows("unit_aliases.tsv")]


@lru_cache(maxsize=1)
def _unit_type_rows() -> tuple[tuple[str, bool], ...]:
    """``unit_types.tsv`` read once: (head as written, whether it needs a name after it: column 3 "yes")."""
    return tuple((r[0].strip(), len(r) > 2 and r[2].strip() == "yes") for r in _rows("unit_types.tsv"))


@lru_cache(maxsize=1)
def _unit_heads() -> list[str]:
    heads = {expand_abbreviations_raw(head) for head, _ in _unit_type_rows()}
    return sorted(heads, key=len, reverse=True)


@lru_cache(maxsize=1)
def _named_heads() -> frozenset[str]:
    """The heads of unit_types.tsv that need a name after them (column 3 "yes"), in lower case."""
    return frozenset(head.lower() for head, needs_name in _unit_type_rows() if needs_name)


@lru_cache(maxsize=None)
def _longer_heads(head: str) -> tuple[str, ...]:
    """The heads of :func:`_named_heads` that open with ``head`` and a space ("hội đồng" for "hội"), lower case."""
    return tuple(h for h in _named_heads() if h.startswith(head + " "))


def head_referent(unit: str, units: list[str]) -> str | None:
    """The unit a bare head refers back to: ``unit`` as written is a head of unit_types.tsv that needs a name
    ("Trung tâm" of "bà A, Phó Giám đốc Trung tâm", "Sở", "Trường"), written with its capital, and exactly one of the document's units
    ``units`` (as written) is a name of that head ("Trung tâm Văn hóa huyện X"); None otherwise (a head of no such
    unit, or of several: not told which).  A newcomer, session 36: such an official's unit stood as a unit "Trung tâm"
    of its own, so ``awards --unit`` did not find the person among the centre's staff."""
    head = " ".join(unit.split()).lower()
    if not unit[:1].isupper() or head not in _named_heads():  # "phòng" of "chuyên gia quốc phòng" names nothing
        return None
    longer = _longer_heads(head)
    named = {u for u in units if u.lower().startswith(head + " ") and not u.lower().startswith(longer)}
    return named.pop() if len(named) == 1 else None  # (not a unit of a longer head: "Hội" is no "Hội đồng …")


@lru_cache(maxsize=1)
def _company_heads() -> tuple[str, ...]:
    """The heads of unit_types.tsv of kind ``company`` written out, each with a space after it ("Công ty ",
    "Ngân hàng ", "Hợp tác xã "): an enterprise registered under Luật Doanh nghiệp 2020 (or a cooperative) keeps its
    name when its province merges; only the bodies the province names end with it (Nghị quyết 202/2025/QH15)."""
    return tuple({expand_abbreviations_raw(r[0].strip()) + " " for r in _rows("unit_types.tsv")
                  if len(r) > 1 and r[1].strip() == "company"})


def _ends_with_province(chain: list[str]) -> bool:
    """Whether a unit whose canonical name and its parents' are ``chain`` ends when the province it names merges:
    neither it nor a unit it belongs to is an enterprise (:func:`_company_heads`), whatever place its name holds
    ("Công ty Cổ phần Dược phẩm Thái Bình", "Phòng Kế toán, Công ty … Thái Bình")."""
    heads = _company_heads()
    return not any(name.startswith(heads) for name in chain)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, tuple[str, str, str]]:
    """folded short name -> (name before 1/7/2025, successor, valid_until or "")."""
    out = {}
    for row in _rows("provinces_2025.tsv"):
        old, new, until = row[0].strip(), row[1].strip(), (row[2].strip() if len(row) > 2 else "")
        short = re.sub(r"^(Tỉnh|Thành phố)\s+", "", old)
        out[key(short)] = (old, new, until)
        if short == "Huế":
            out[key("Thừa Thiên Huế")] = (old, new, until)
    return out


def expand_abbreviations_raw(name: str) -> str:
    """``name`` with administrative abbreviations written out (no other change)."""
    for piece, pattern, full in _abbreviations():
        if piece in name:
            name = pattern.sub(full, name)
    return " ".join(name.split())


@lru_cache(maxsize=1)
def _place_abbreviations() -> list[tuple[re.Pattern, str]]:
    """``place_abbreviations.tsv``: (pattern of a place's short form as a whole word, the place written out),
    longest first."""
    rows = sorted(((r[0].strip(), r[1].strip()) for r in _rows("place_abbreviations.tsv")), key=lambda r: -len(r[0]))
    return [(re.compile(rf"(?<!\w){re.escape(short)}(?!\w)"), full) for short, full in rows]


def expand_places(name: str) -> str:
    """``name`` with its administrative abbreviations (:func:`expand_abbreviations_raw`) and the places written
    short in ``place_abbreviations.tsv`` written out: "LĐLĐ TP.HCM" → "Liên đoàn Lao động thành phố Hồ Chí
    Minh", as the knowledge base's canonical names and a user's query read it (extraction keeps "TP.HCM")."""
    name = expand_abbreviations_raw(name)
    for pattern, full in _place_abbreviations():
        name = pattern.sub(full, name)
    return name


# --- headings written in capitals -----------------------------------------------------------

#: words written lower-case inside a title or unit name (Thông tư 01/2011/TT-BNV, Appendix VI:
#: only the first word of an organ's name and its proper names take capitals)
LOWER_WORDS = frozenset(
    "của và cho tặng về tỉnh thành phố huyện quận thị xã trấn phường xã cấp hạng nhân dân".split())

@lru_cache(maxsize=1)
def _level_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """``administrative_levels.tsv``: (level word, its tiers, its short forms as written), in the file's order."""
    def cells(row, i):
        return tuple(c.strip() for c in row[i].split(",") if c.strip()) if len(row) > i else ()
    return tuple((r[0].strip(), cells(r, 1), cells(r, 2)) for r in _rows("administrative_levels.tsv"))


@lru_cache(maxsize=1)
def _province_levels() -> frozenset[str]:
    """The level words of a province (``administrative_levels.tsv``), lower-case, short forms without their dot:
    "tỉnh", "thành phố", "tp"."""
    return frozenset(w.lower() for w, tiers, _ in _level_rows() if "province" in tiers) | \
        frozenset(s.rstrip(".").lower() for _, tiers, shorts in _level_rows() if "province" in tiers for s in shorts)


def level_words(tiers: tuple[str, ...] = ("province", "district", "commune")) -> frozenset[str]:
    """The administrative level words of ``tiers`` a place's name follows, lower-case, with their short forms
    lower-case and without their dot ("tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường", "thị
    trấn"; source: ``administrative_levels.tsv``, Luật Tổ chức chính quyền địa phương 2015, Điều 2; Hiến pháp 2013,
    Điều 110)."""
    rows = [r for r in _level_rows() if set(r[1]) & set(tiers)]
    return frozenset([w for w, _, _ in rows] + [s.rstrip(".").lower() for _, _, ss in rows for s in ss])


def level_pattern() -> str:
    """A regular-expression alternation of the level words as running text writes them, lower-case, a short form
    with an optional dot, longest first: "thành phố|thị trấn|…|tp\\.?|xã" (for a pattern such as
    ``(?<= )(?:…) (?=\\w)``)."""
    words = {re.escape(w) for w, _, _ in _level_rows()}
    words |= {re.escape(s.rstrip(".").lower()) + r"\.?" for _, _, ss in _level_rows() for s in ss}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def level_short_forms() -> frozenset[str]:
    """The short forms of the level words (``administrative_levels.tsv``), lower-case and without their dot: "tp"."""
    return frozenset(s.rstrip(".").lower() for _, _, ss in _level_rows() for s in ss)


def level_syllables(tiers: tuple[str, ...] = ("province", "district", "commune"), first: bool = False) -> frozenset[str]:
    """The syllables of the level words of ``tiers`` (only each word's first syllable when ``first``), with their
    short forms as written without the dot: ``("province", "district")`` → tỉnh, thành, phố, huyện, quận, thị, xã,
    TP, Tp; every tier with ``first`` → tỉnh, thành, huyện, quận, thị, xã, phường, TP, Tp."""
    out: set[str] = set()
    for word, level_tiers, shorts in _level_rows():
        if set(level_tiers) & set(tiers):
            out.update(word.split()[:1] if first else word.split())
            out.update(s.rstrip(".") for s in shorts)
    return frozenset(out)


#: the administrative level words a place's name follows (:func:`level_words`)
_LEVEL_PHRASES = level_words()

#: the words that join the fields of a body's name, each field opening with a capital ("Lao động – Thương binh
#: và Xã hội", "Văn hóa, Thể thao và Du lịch": Nghị định 30/2020/NĐ-CP, Phụ lục II)
_FIELD_JOINS = frozenset({"và", "–", "-", "—", "&"})

#: a vowel of a folded word (a word in capitals without one is an acronym)
_VOWEL = re.compile(r"[aeiouy]", re.I)

_PUNCT = ",.;:()\"“”'"


@lru_cache(maxsize=65536)
def _dash_key(text: str) -> str:
    """Lower-case ``text`` with every dash written "-" and single spaces (a key of :func:`_casing`)."""
    return " ".join(re.sub(r"\s*[–—-]\s*", " - ", text.lower()).split())


@lru_cache(maxsize=1)
def _casing() -> dict[str, tuple[str, str]]:
    """:func:`_dash_key` of a phrase → (the case the gazetteers write it in, its kind).

    Kinds, by source: ``named`` (``named_units.txt``, a whole body as listed: "Bộ Lao động – Thương binh và Xã
    hội"), ``head`` and ``head!`` (``unit_types.tsv``: a head that needs a name after it, "Sở", and one complete
    in itself, "Tòa án nhân dân"), ``level`` (an administrative level word), ``place`` (``places.txt`` and the
    districts of ``districts.tsv``), ``position`` (``positions.txt``), ``expansion`` (the written-out forms of
    ``abbreviations.tsv`` and ``unit_abbreviations.tsv``), ``competition`` (``competitions.txt``: "SEA Games").  The
    first source to list a phrase gives its case.
    """
    out: dict[str, tuple[str, str]] = {}

    def add(phrases, kind):
        for phrase in phrases:
            if phrase and not phrase.isupper():
                out.setdefault(_dash_key(phrase), (phrase, kind))

    add(word_list("named_units.txt"), "named")
    for level in _LEVEL_PHRASES:
        out[level] = (level, "level")
    for head, needs_name in _unit_type_rows():
        add([head], "head" if needs_name else "head!")
    add([*word_list("places.txt"), *sorted(district_names())], "place")
    add(word_list("positions.txt"), "position")
    add([r[1].strip() for r in _rows("abbreviations.tsv") + _rows("unit_abbreviations.tsv")], "expansion")
    add([" ".join(words) for words in competitions().keys], "competition")
    return out


@lru_cache(maxsize=1)
def _abbreviated_heads() -> dict[str, str]:
    """The heads ``unit_types.tsv`` writes abbreviated ("UBND", "THPT") → their kind in :func:`_casing`."""
    return {head: "head" if needs_name else "head!" for head, needs_name in _unit_type_rows() if head.isupper()}


@lru_cache(maxsize=1)
def _fields() -> dict[str, tuple[str, str]]:
    """:func:`_dash_key` of a ministry's field (``ministry_fields.txt``) → (the field as listed, "field"): "giao thông
    vận tải" → ("Giao thông Vận tải", "field"), a table for :func:`_known`."""
    return {_dash_key(f): (f, "field") for f in unit_fields("ministry_fields.txt")}


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("surnames.txt"))


@lru_cache(maxsize=1)
def _abbreviation_set() -> frozenset[str]:
    return frozenset(r[0].strip().rstrip(".") for r in _rows("abbreviations.tsv") + _rows("unit_abbreviations.tsv"))


@lru_cache(maxsize=65536)
def _shouted(word: str) -> bool:
    """Whether ``word`` (punctuation around it aside) is a word written in capitals, not an abbreviation: not
    listed in the abbreviation tables and holding a vowel, as every
    Vietnamese syllable does ("VBQPPL", "TNCS" are acronyms).  Cached per word: :func:`_known` asks it of every
    word of every span it tries."""
    core = word.strip(_PUNCT)
    return core.isupper() and core.replace("-", "").isalpha() and core not in _abbreviation_set() \
        and _VOWEL.search(fold(core)) is not None and not (_ROMAN.match(core) and core not in _ROMAN_SYLLABLES)


#: a Roman numeral of one to thirty-nine ("II", "IV", "XIII"): numbering a unit, a congress or a term, written in
#: capitals in running text too ("Tổng cục II", "Quân khu IV", "khóa XIV"; Nghị định 30/2020/NĐ-CP, Phụ lục II), so
#: no word in capitals to unshout, unless it spells a syllable ("VI", "XI": "VI PHẠM", "XI MĂNG"; newcomer, session
#: 45: "Tổng Cục II" was shown "Tổng Cục Ii")
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
#: the numerals among them that are also syllables of Vietnamese words (Từ điển tiếng Việt: "vi", "xi")
_ROMAN_SYLLABLES = frozenset({"VI", "XI"})


@lru_cache(maxsize=1)
def _short_abbreviations() -> frozenset[str]:
    """The abbreviations of ``short_abbreviations.tsv`` ("TƯ"): one or two letters with a vowel."""
    return frozenset(r[0].strip() for r in _rows("short_abbreviations.tsv"))


@lru_cache(maxsize=1)
def _listed_acronyms() -> frozenset[str]:
    """Words of two letters or more that ``competitions.txt`` writes in capitals ("SEA" of "SEA Games", "ASEAN",
    "AFF"): acronyms, though some spell a syllable's shape ("SEA")."""
    return frozenset(w for words in competitions().keys for w in words if len(w) > 1 and w.isalpha() and w.isupper())


def _kept_short(words: list[str]) -> frozenset[str]:
    """The short abbreviations (:func:`_short_abbreviations`) among ``words`` that stand in capitals in a text in
    running case, so are kept as written ("TƯ" in "Ban Thi đua – Khen thưởng TƯ"), and so is any word in capitals
    there that no Vietnamese syllable spells (an acronym: "AFF" in "vô địch AFF Cup", "FIFA") or that a listed
    competition writes in capitals (:func:`_listed_acronyms`: "SEA" in "Huy chương vàng SEA Games 32"); none in a
    text all in capitals, where they spell a syllable ("SỞ TƯ PHÁP")."""
    cores = {w.strip(_PUNCT) for w in words}
    kept = cores & (_short_abbreviations() | _listed_acronyms())
    kept |= {c for c in cores if len(c) > 1 and c.isalpha() and c.isupper() and not is_vietnamese_syllable(c)}
    if not kept or not any(c.lower() != c.upper() and not c.isupper() for c in cores):
        return frozenset()
    return frozenset(kept)


def _known(words: list[str], i: int, table: dict, longest: int = 8) -> tuple[int, str, str] | None:
    """(number of words, written form, kind) of the longest phrase of ``table`` (a :func:`_dash_key` → (form,
    kind) dict) at ``words[i]`` whose words are all in capitals and carry no punctuation before the last; None."""
    for n in range(min(longest, len(words) - i), 0, -1):
        span = words[i:i + n]
        if any(not _shouted(w) and w not in _FIELD_JOINS for w in span) or not _shouted(span[0]):
            continue
        if any(w.strip(_PUNCT) != w.rstrip(",") for w in span[:-1] if w not in _FIELD_JOINS):
            continue
        hit = table.get(_dash_key(" ".join(span).strip(_PUNCT)))
        if hit:
            return n, hit[0], hit[1]
    return None


def _with_punct(raw: str, word: str) -> str:
    """``word`` (the letters of ``raw`` in another case) with the punctuation ``raw`` carries around them."""
    core = raw.strip(_PUNCT)
    at = raw.find(core)
    return raw[:at] + word + raw[at + len(core):]


def unshout(text: str) -> str:
    """``text`` with its words written in capitals (a letterhead "SỞ Y TẾ TỈNH NGHỆ AN", a heading "BẰNG KHEN CỦA
    CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM") written as running text writes them, by the rules of Nghị định
    30/2020/NĐ-CP, Phụ lục II (viết hoa tên cơ quan, tổ chức; tên người; tên địa lý), with the gazetteers of
    :func:`_casing` as data:

    - a whole phrase the gazetteers list is written as listed ("Bộ Lao động – Thương binh và Xã hội");
    - a unit head as ``unit_types.tsv`` writes it; after a head that needs a name, the name's first word and the
      first word of each field after "và", a dash or a comma take a capital, the others none ("Sở Giáo dục và Đào
      tạo", "Ủy ban Dân tộc", "Trường Đại học Bách khoa"); a ministry's field as ``ministry_fields.txt`` lists
      it ("Bộ Giao thông Vận tải"); after a head complete in itself the words are lower-case ("Tòa án nhân dân
      tối cao");
    - a place as listed (two syllables or more inside a name: "Pháp" in "Tư pháp" is no place), and after a
      level word each syllable of the place capitalised ("huyện Cam Lộ", "xã Tân Lập");
    - a person's name (a surname opening a name) with a capital on each syllable ("Trường THPT Nguyễn Du");
    - :data:`LOWER_WORDS` lower-case, and any other word a capital when it opens a name ("Bằng khen").

    Abbreviations (UBND, THPT) and words not in capitals are kept, and so is a short abbreviation that spells a
    syllable ("TƯ", ``short_abbreviations.tsv``) where it stands in capitals in a text in running case.  A text with no word in capitals is returned
    unchanged.  ``text`` → str.
    """
    words = text.split()
    kept = _kept_short(words)
    if not any(len(w.strip(_PUNCT)) > 1 and _shouted(w) and w.strip(_PUNCT) not in kept for w in words):
        return text
    casing = _casing()
    whole = casing.get(_dash_key(" ".join(words)))
    if whole and whole[1] != "level":  # as listed, with the dashes as written
        forms = whole[0].split()
        return " ".join(r if r in _FIELD_JOINS else f for r, f in zip(words, forms)) \
            if len(forms) == len(words) else whole[0]
    return " ".join(_unshout_words(words, casing, kept))


def _person_at(words: list[str], i: int) -> int:
    """How many words from ``words[i]`` make a person's name opening a body's name ("NGUYỄN DU" in "TRƯỜNG THPT
    NGUYỄN DU"): a surname (``surnames.txt``) and one to three more capitalised words running to the end of the
    text, a comma or a level word, none of them a joining or lower-case word ("ĐÀO TẠO VÀ …" is none); 0."""
    if words[i].strip(_PUNCT).lower() not in _surnames():
        return 0
    n = 1
    while i + n < len(words) and _shouted(words[i + n]) and words[i + n - 1][-1:] != ",":
        low = words[i + n].strip(_PUNCT).lower()
        known = _known(words, i + n, _casing())
        if low in _LEVEL_PHRASES or low in ("thành", "thị") or (known and known[2] == "place"):
            break
        if low in LOWER_WORDS:
            return 0
        n += 1
    return n if 2 <= n <= 4 else 0


def _level_here(words: list[str], i: int, n: int, after_head: bool) -> bool:
    """Whether the level word ``words[i:i+n]`` names a level: before a place the gazetteers list ("SỞ Y TẾ TỈNH NGHỆ
    AN"), or a commune's level right after a unit head ("UBND XÃ TÂN LẬP"); not a word of a name ("KHOA HỌC XÃ
    HỘI")."""
    nxt = _known(words, i + n, _casing()) if i + n < len(words) else None
    if nxt and nxt[2] == "place":
        return True
    # every province is listed (places.txt): an unlisted word after "TỈNH" is no place ("TỈNH QUYẾT ĐỊNH")
    return after_head and _dash_key(" ".join(words[i:i + n])) not in _province_levels()


def _unshout_words(words: list[str], casing: dict, kept: frozenset[str] = frozenset()) -> list[str]:
    """The words of :func:`unshout`, left to right; ``kept``: short abbreviations written as they stand.  ``mode``: "open" (the next word opens a name: a capital),
    "name" (inside a name after its first word: lower-case), "low" (after a head complete in itself), "place"
    (after a level word: each syllable a capital); ``after_head``: the previous phrase was a unit head."""
    out: list[str] = []
    mode, after_head, i = "open", False, 0
    while i < len(words):
        raw = words[i]
        if not _shouted(raw) or raw.strip(_PUNCT) in kept:
            out.append(raw)
            if raw in _FIELD_JOINS and mode in ("name", "place"):
                mode = "open"
            elif raw.strip(_PUNCT) not in _abbreviation_set():
                mode, after_head = "open", False
            else:  # an abbreviated head: "UBND" as "Ủy ban nhân dân", "THPT" as "Trung học phổ thông"
                kind = _abbreviated_heads().get(raw.strip(_PUNCT), "")
                mode, after_head = ("low", True) if kind == "head!" else ("open", True) if kind == "head" else \
                    (mode, after_head)
            i += 1
            continue
        hit = _known(words, i, _fields()) if after_head else None
        hit = hit or _known(words, i, casing)
        if hit and hit[2] == "level" and not _level_here(words, i, hit[0], after_head):
            hit = None
        if hit and mode in ("name", "low", "place") and hit[0] < 2 and hit[2] not in ("level",) \
                and not (mode == "place" and hit[2] == "place"):
            hit = None  # one known word inside a name is a word of that name ("Nội vụ", not a head "Vụ")
        person = _person_at(words, i) if not hit and after_head else 0
        if hit:
            n, form, kind = hit
            forms = form.split()
            out.extend(r if r in _FIELD_JOINS else _with_punct(r, w.strip(",") if r.endswith(",") else w)
                       for r, w in zip(words[i:i + n], forms + [""] * (n - len(forms))))
            mode = {"head": "open", "head!": "low", "level": "place", "position": "open", "expansion": "open",
                    "place": "place" if mode == "place" else "name"}.get(kind, "name")
            after_head = kind in ("head", "head!", "expansion")
            i += n
            continue
        if person:
            out.extend(_with_punct(r, r.strip(_PUNCT).lower().capitalize()) for r in words[i:i + person])
            mode, after_head = "name", False
            i += person
            continue
        core = raw.strip(_PUNCT).lower()
        if len(core) == 1 and i == len(words) - 1:
            core = core.upper()  # a class or branch letter closing a name stays upper-case ("THPT Kim Sơn A")
        if mode == "place":
            word = core.capitalize()
        elif core in LOWER_WORDS:
            word = core
            mode = "open" if core in ("của", "cho", "tặng", "về") or (core == "và" and mode == "name") else mode
        elif mode == "open":
            word, mode = core.capitalize(), "name"
        else:
            word = core
        out.append(_with_punct(raw, word))
        after_head = False
        if raw.endswith(",") and mode == "name":
            mode = "open"
        i += 1
    return out


@dataclass
class CanonicalUnit:
    """A unit's canonical form.

    ``name``: abbreviations expanded, aliases resolved, first letter upper-case;
    ``key``: its identity key; ``parent``: the canonical unit it belongs to when
    the name says so ("Phòng Tổ chức cán bộ, Sở Y tế tỉnh X" → "Sở Y tế tỉnh X");
    ``province``/``successor``/``valid_until``: the province named in it, the
    province that succeeded it from 1 July 2025, and the last day the old one
    existed ("" when unchanged).
    """

    name: str
    key: str
    parent: "CanonicalUnit | None" = None
    province: str | None = None
    successor: str | None = None
    valid_until: str | None = None
    chain: list[str] = field(default_factory=list)


def _province_of(name: str) -> tuple[str, str, str] | None:
    folded = key(name)
    for short_key, at_end, after_level, info in _province_patterns():
        if short_key in folded and (at_end.search(folded) or after_level.search(folded)):
            return info
    return None


@lru_cache(maxsize=1)
def _province_patterns() -> list[tuple[str, re.Pattern, re.Pattern, tuple[str, str, str]]]:
    """The folded short name of each province of _provinces and its two patterns, longest short name first
    (compiled once); both patterns hold the short name as written, so a name without it is not searched."""
    return [(short_key, re.compile(rf"(^| ){re.escape(short_key)}$"),
             re.compile(rf"(tinh|thanh pho|tai) {re.escape(short_key)}( |$)"), info)
            for short_key, info in sorted(_provinces().items(), key=lambda kv: -len(kv[0]))]


def _split_parent(name: str) -> tuple[str, str | None]:
    """(unit, parent name or None): parent after a comma, or a unit head inside the name that a name or a place
    follows: a head alone inside the name is the unit's field, no parent ("Bộ Công an" has no parent "Công an";
    "Văn phòng Ủy ban nhân dân tỉnh X" has "Ủy ban nhân dân tỉnh X")."""
    if ", " in name:
        head, _, tail = name.rpartition(", ")
        if any(tail.startswith(h + " ") or tail == h for h in _unit_heads()):
            return name, tail
    words = name.split()
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        if not words[i][:1].isupper():
            continue
        for h in _unit_heads():
            if rest.startswith(h) and len(rest) > len(h) and rest[len(h)] == " " and len(h.split()) >= 2 and \
                    (h not in _heads_needing_names() or _named(rest[len(h) + 1:])) and not _inside_head(words, i, h):
                return name, rest
    return name, None


def _inside_head(words: list[str], i: int, head: str) -> bool:
    """Whether the head ``head`` that opens ``words[i:]`` is part of the unit's own head, so that the words from it on
    name no parent: a longer head opens before word ``i`` and covers it, one of unit_types.tsv ("Tổng Công ty",
    "Tổng Liên đoàn", "Hội Liên hiệp các hội", "Ủy ban Mặt trận Tổ quốc": one corporation, federation or committee,
    not a member of a "Công ty …", "Liên đoàn …") or of compound_unit_heads.txt, two heads naming one body of a kind
    of its own ("Trường Đại học": a university college, not one inside an "Đại học …"), compared in lower case."""
    compounds = _compound_heads()
    for j in range(i):
        before = " ".join(words[j:])
        if any(before.startswith(h + " ") and len(h.split()) > i - j for h in _unit_heads()):
            return True
        if any(before.lower().startswith(h + " ") and len(h.split()) > i - j for h in compounds):
            return True
    return False


@lru_cache(maxsize=1)
def _compound_heads() -> tuple[str, ...]:
    """``compound_unit_heads.txt`` in lower case: heads made of two heads of unit_types.tsv that name one body."""
    return tuple(w.lower() for w in word_list("compound_unit_heads.txt"))


def _named(after_head: str) -> bool:
    """Whether the words after a head inside a unit's name name a unit: one of them capitalised ("… tỉnh Nghệ An",
    "… Hà Tĩnh", "Quân đội nhân dân Việt Nam"); all lower-case they are the field of the unit itself ("Phòng Tổ
    chức cán bộ", "Phòng Tổ chức biên chế": no parent "Tổ chức cán bộ"), and so are lower-case words followed by
    another unit (:func:`_opens_unit`: "Phòng Tổ chức cán bộ Bộ Y tế", "… cán bộ bệnh viện Chợ Rẫy": the field,
    then the body the department belongs to).  Asked only of a head that needs a name
    (:func:`_heads_needing_names`): "Viện kiểm sát nhân dân tối cao" is a parent."""
    words = after_head.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    return first is not None and not any(_opens_unit(words[k:]) for k in range(1, first + 1))


def _opens_unit(words: list[str]) -> bool:
    """Whether ``words`` open with a unit head of unit_types.tsv: as written when it is one capitalised word
    ("Bộ", "Sở"), in any letter case when it has two words or more ("bệnh viện"; one lower-case word such as
    "trường" of "chiến trường" opens none)."""
    text = " ".join(words).lower() + " "
    return any(text.startswith(h.lower() + " ") and (words[0][:1].isupper() or " " in h) for h in _unit_heads())


@lru_cache(maxsize=1)
def _heads_needing_names() -> frozenset[str]:
    """The heads of unit_types.tsv, written out, that need a name after them (column 3 "yes")."""
    return frozenset(expand_abbreviations_raw(head) for head, needs in _unit_type_rows() if needs)


@lru_cache(maxsize=1)
def _province_level_before_end() -> re.Pattern:
    """A province's own level word right before its name ending a folded key: "tỉnh" before a province's name,
    "thành phố"/"tp" (administrative_levels.tsv) before a centrally-run city's (provinces_2025.tsv: the full name
    says which), "so y te tinh quang binh".  Not "thành phố" before a province's name: "thành phố Thanh Hóa" is a
    city inside the province of that name, another unit than "tỉnh Thanh Hóa"."""
    cities = [k for k, (full, _, _) in _provinces().items() if full.lower().startswith("thành phố")]
    provinces = [k for k in _provinces() if k not in cities]
    city_levels = [key(w) for w in level_words(("province",)) if key(w) != "tinh"]

    def alt(words):
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r" (?:tinh (?=(?:%s)$)|(?:%s) (?=(?:%s)$))" % (alt(provinces), alt(city_levels), alt(cities)))


def unit_key(text: str) -> str:
    """The identity key of a unit's name: :func:`key` without a province-level word before the province's name
    that ends it, so "Sở Y tế tỉnh Quảng Bình" and "Sở Y tế Quảng Bình" are one unit."""
    k = key(text)
    return _province_level_before_end().sub(" ", k) if " " in k else k


#: the heads of a province's own departments (Nghị định 24/2014/NĐ-CP, amended by 107/2020/NĐ-CP: "Sở …" are
#: bodies of the province's people's committee): a place ending such a name is the province
_PROVINCE_DEPARTMENT = re.compile(r"Sở\s")


@lru_cache(maxsize=1)
def _non_province_offices() -> tuple[str, ...]:
    """The "Sở …" of ``non_province_offices.txt`` (a stock exchange's, the State Bank's "Sở Giao dịch", a "Sở Chỉ
    huy"), as :func:`key` s."""
    return tuple(key(w) for w in word_list("non_province_offices.txt"))


def non_province_office(text: str) -> bool:
    """Whether ``text`` opens with a "Sở …" that is no department of a province (:func:`_non_province_offices`,
    ``non_province_offices.txt``: "Sở Giao dịch …", "Sở Chỉ huy"); read case-blind."""
    k = key(text)
    return any(k == o or k.startswith(o + " ") for o in _non_province_offices())


def _province_level_written(text: str, province: str) -> str:
    """``text``, a department's name ("Sở Giáo dục và Đào tạo Hà Tĩnh", :data:`_PROVINCE_DEPARTMENT`) ending on the
    bare name of its province ``province`` (as named in provinces_2025.tsv: "Tỉnh Hà Tĩnh", "Thành phố Hà Nội"),
    with the province's level word before it, lower-case ("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"), as the same
    body's name written with it is ("Sở Nội vụ tỉnh Hà Tĩnh"): one canonical spelling.  Any other name as it is:
    one with a province's level word (:func:`_province_levels`, ``administrative_levels.tsv``) or "tại" before the
    place, and a "Sở" that is no province's department (:func:`non_province_office`: "Sở Giao dịch …").""" 
    m = re.match(r"(Tỉnh|Thành phố)\s+(.+)$", province)
    if m is None:
        return text
    level, short = m.group(1), m.group(2)
    if not (_PROVINCE_DEPARTMENT.match(text) and text.endswith(" " + short)) or non_province_office(text):
        return text
    before = text[:-len(short)].rstrip().lower().rstrip(".")
    if before.rsplit(" ", 1)[-1] == "tại" or any(before.endswith(" " + w) for w in _province_levels()):
        return text
    folded = key(text)
    longest = max((k for k in _provinces() if folded == k or folded.endswith(" " + k)), key=len, default="")
    if longest != key(short):
        return text  # (another name ending on it: "Thừa Thiên Huế")
    return f"{text[:-len(short)]}{level.lower()} {short}"


@lru_cache(maxsize=100_000)
def canonical_unit(name: str) -> CanonicalUnit:
    """The canonical form of a unit name as written (see :class:`CanonicalUnit`)."""
    text = expand_places(unshout(normalize_text(name).strip(" ,;.:")))
    k = key(text)
    for alias_key, full in _unit_aliases():
        if k == alias_key:
            text, k = full, key(full)
            break
    k = unit_key(text)
    text = upper_first(text)
    _, parent_name = _split_parent(text)
    parent = canonical_unit(parent_name) if parent_name and unit_key(parent_name) != k else None
    prov = _province_of(text)
    if prov is not None:
        text = _province_level_written(text, prov[0])
    if prov is None and parent is not None and parent.province:
        prov = (parent.province, parent.successor or "", parent.valid_until or "")
    unit = CanonicalUnit(text, k, parent)
    unit.chain = [text] + (parent.chain if parent else [])
    if prov:
        unit.province, unit.successor = prov[0], prov[1]
        unit.valid_until = (prov[2] or None) if _ends_with_province(unit.chain) else None
    return unit


# --- awards --------------------------------------------------------------------------------

@dataclass
class CanonicalAward:
    """An award's canonical form.

    ``name``: catalogue name + class + conferrer as given ("Huân chương Lao động
    hạng Ba"); ``form``: the catalogue's kind (order, medal, honorary, emulation,
    certificate, commemorative, prize) or "other"; ``base``: the catalogue entry
    (None for an "other award", kept with its text); ``award_class``: "hạng
    Nhất/Nhì/Ba" or None; ``level``: who confers it — national, ministry,
    province, other, or None when not stated; ``source``: the article cited;
    ``conferrer``: the conferrer its name gives after "của" ("Chủ tịch Ủy ban
    nhân dân tỉnh"), or None.
    """

    name: str
    key: str
    form: str
    base: str | None
    award_class: str | None
    level: str | None
    source: str | None
    conferrer: str | None = None


@lru_cache(maxsize=1)
def _catalogue() -> list[tuple[str, str, str, str]]:
    """(folded alias, canonical, kind, source), longest alias first."""
    out = []
    for row in _rows("awards.tsv"):
        canonical, kind = row[0].strip(), row[1].strip()
        source = row[5].strip() if len(row) > 5 else ""
        aliases = [a.strip() for a in (row[6].split("|") if len(row) > 6 else []) if a.strip()]
        for alias in [canonical, *aliases]:
            out.append((key(alias), canonical, kind, source))
    out.sort(key=lambda r: -len(r[0]))
    return out


@lru_cache(maxsize=1)
def _classes() -> list[tuple[str, str]]:
    rows = [(key(r[0]), r[1].strip()) for r in _rows("award_classes.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


#: conferrer words (folded) → conferring level; source: Luật 06/2022/QH15 Art. 77-80 (thẩm quyền quyết định)
LEVELS = [
    ("chu tich nuoc", "national"), ("thu tuong", "national"), ("chinh phu", "national"),
    ("toan quoc", "national"), ("nha nuoc", "national"),
    ("bo truong", "ministry"), ("bo ", "ministry"), ("nganh", "ministry"), ("trung uong", "ministry"),
    ("tong lien doan", "ministry"), ("toi cao", "ministry"), ("cap bo", "ministry"),
    ("tinh", "province"), ("thanh pho", "province"), ("uy ban nhan dan", "province"), ("cap tinh", "province"),
]


@lru_cache(maxsize=100_000)
def canonical_award(text: str) -> CanonicalAward:
    """Map an award as written to the catalogue (see :class:`CanonicalAward`).  Its abbreviations are written out as
    a unit's are (:func:`expand_places`: administrative abbreviations, then places written short), so the
    conferrer of "Bằng khen của LĐLĐ TP.HCM" reads as the unit "Liên đoàn Lao động thành phố Hồ Chí Minh" does,
    never half written out ("… thành phố HCM")."""
    written = expand_places(unshout(normalize_text(text).strip(" ,;.:“”\"'")))
    k = key(written)
    base = kind = source = None
    rest = k
    for alias, canonical, kd, src in _catalogue():
        if k == alias or k.startswith(alias + " "):
            base, kind, source = canonical, kd, src
            rest = k[len(alias):].strip()
            break
    award_class = None
    for written_class, canonical_class in _classes():
        if re.search(rf"(^| ){re.escape(written_class)}( |$)", rest):
            award_class = canonical_class
            rest = re.sub(rf"(^| ){re.escape(written_class)}( |$)", " ", rest).strip()
            break
    level = None
    conferrer = ""
    m = re.search(r"(^| )cua (.+)$", rest)
    if m:
        conferrer = m.group(2)
        level = next((lvl for word, lvl in LEVELS if word in conferrer + " "), "other")
    elif base and re.search(r"toan quoc|chinh phu|nha nuoc|ho chi minh", key(base)):
        level = "national"
    if base is None:
        name = upper_first(written)
        return CanonicalAward(name, k, "other", None, None, level, None, _conferrer_in(name))
    # the written tail after the catalogue entry: its class normalised, its conferrer as written
    name = base
    tail = " ".join(written.split()[len(base.split()):])
    if award_class:
        tail = re.sub(r"(?i)hạng\s+(Nhất|Nhì|Hai|Ba|III|II|I)(?!\w)", "", tail).strip()
        name = f"{name} {award_class}"
    if tail:
        name = f"{name} {tail}"
    name = " ".join(name.split())
    return CanonicalAward(name, key(name), kind or "other", base, award_class, level, source, _conferrer_in(name))


def _conferrer_in(name: str) -> str | None:
    """The conferrer an award's name gives after "của" ("Bằng khen của Bộ trưởng Bộ Y tế" → "Bộ trưởng Bộ Y tế")."""
    i = name.find(" của ")
    return name[i + 5:] or None if i > 0 else None


# --- conferrers named by their level alone ---------------------------------------------------

#: administrative levels as written (``administrative_levels.tsv``: Luật Tổ chức chính quyền địa phương 2015, Art. 2:
#: tỉnh, thành phố trực thuộc trung ương; huyện, quận, thị xã, thành phố thuộc tỉnh; xã, phường, thị trấn), folded →
#: written, in the file's order
LEVEL_NAMES = {key(word): word for word, _, _ in _level_rows()}

#: a conferrer named by its level alone (folded): "Chủ tịch Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện",
#: "Chủ tịch tỉnh" — the chairman of a people's committee gives its Bằng khen and Giấy khen (Luật 06/2022/QH15
#: Art. 73-74; who decides: Art. 80-81)
LEVEL_ONLY = re.compile(r"^(?P<chair>chu tich )?(?P<body>uy ban nhan dan )?(?P<level>"
                        + "|".join(LEVEL_NAMES) + r")$")

#: a people's committee, or its chairman, with its level: "Chủ tịch UBND tỉnh", "ỦY BAN NHÂN DÂN HUYỆN"
#: (the place follows; "TP." is the abbreviation of thành phố, Thông tư 01/2011/TT-BNV)
COMMITTEE = re.compile(r"(?i)(?<!\w)(chủ tịch\s+)?(?:ủy ban nhân dân|UBND)\s+"
                       r"(" + level_pattern() + r")(?!\w)\s*")
#: the number of a decision in its header: "Số: 2145/QĐ-UBND" (NĐ 30/2020/NĐ-CP, Appendix I)
HEADER_DECISION = re.compile(r"(?i)^\s*số\s*:?\s*(\d+[^\s/]*/QĐ-\S+)")
#: the blocks read as a document's header (issuing body, number, place and date, type, authority line)
HEADER_BLOCKS = 12


def _level_key(written: str) -> str:
    return "thanh pho" if written.lower().startswith("tp") else key(written)


@lru_cache(maxsize=1)
def _province_keys() -> list[str]:
    """The folded short names of provinces_2025.tsv, longest first."""
    return sorted(_provinces(), key=len, reverse=True)


def _province_words(words: list[str]) -> int:
    """How many of ``words`` (from the start) spell a province of provinces_2025.tsv; 0 when none does."""
    folded = key(" ".join(words[:5]))
    for short_key in _province_keys():
        if folded == short_key or folded.startswith(short_key + " "):
            return len(short_key.split())
    return 0


def _place_after(level: str, rest: str, whole_line: bool) -> str | None:
    """The place written after a committee's level: a province by the gazetteer ("tỉnh Hà Tĩnh, …" →
    "Hà Tĩnh"); a lower unit (or a city of a province) by its capitalised syllables, which in running text
    must be one to three and end before a lower-case word or a punctuation mark ("huyện Can Lộc trao" →
    "Can Lộc", not "huyện Can Lộc Trần Văn An"), and in a header line make the rest of the line.  A header
    line in capitals is put in title case ("CAN LỘC" → "Can Lộc"), as is a province's name anywhere."""
    words = [w.strip(",.;:()") for w in rest.split()[:6]]
    n = _province_words(words) if level in ("tinh", "thanh pho") else 0
    if (n == 0 and level == "tinh") or (n and whole_line and n != len(rest.split())):
        return None
    titled = whole_line or n > 0  # a province's name is known: "HÀ TĨNH" is "Hà Tĩnh" wherever it is written
    if n == 0:
        run = []
        for raw, w in zip(rest.split(), words):
            if not w or not w[0].isupper() or not w.replace("-", "").isalpha():
                break
            run.append(w)
            if raw != w:  # a punctuation mark closes the name
                break
        if not run or (whole_line and len(run) != len(rest.split())) or (not whole_line and len(run) > 3):
            return None
        n = len(run)
    place = words[:n]
    return " ".join(w.capitalize() if titled and w.isupper() else w for w in place)


def _committees(text: str, whole_line: bool) -> list[tuple[bool, str, str]]:
    """(chairman named, folded level, place) of each people's committee with its place in ``text``; with
    ``whole_line``, only a line that is nothing but one committee ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")."""
    out = []
    for m in COMMITTEE.finditer(text):
        if whole_line and text[:m.start()].strip():
            break
        place = _place_after(_level_key(m.group(2)), text[m.end():m.end() + 80], whole_line)
        if place:
            out.append((bool(m.group(1)), _level_key(m.group(2)), place))
        if whole_line:
            break
    return out


@dataclass
class Issuer:
    """What a document says of who issues and confers: ``places``: folded level ("tinh", "huyen", …) → the
    one place of that level it names as a people's committee; ``body``: the committee its header names as
    the issuing body ("Ủy ban nhân dân tỉnh Hà Tĩnh", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh" when the
    authority line names the chairman), or None; ``decision``: the number of the decision the header
    gives ("2145/QĐ-UBND"), or None."""

    places: dict[str, str] = field(default_factory=dict)
    body: str | None = None
    decision: str | None = None


def document_issuer(header_lines: list[str], texts) -> Issuer:
    """The :class:`Issuer` of a document from its header lines (the cells of its first blocks) and the texts
    of its blocks.  A level's place is the header's committee of that level ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"), else the one place of that level the text names as a
    committee or its chairman ("Chủ tịch UBND tỉnh Bình Định vừa ký …"); a level with two places in the
    header, or none there and two in the text, has none: the document does not say which one confers."""
    header: dict[str, dict[str, str]] = {}
    chair = False
    for line in _joined_committee_lines(header_lines):
        for is_chair, level, place in _committees(line, whole_line=True):
            header.setdefault(level, {})[key(place)] = place
            chair = chair or is_chair
    text: dict[str, dict[str, str]] = {}
    for t in texts:
        for _, level, place in _committees(t, whole_line=False):
            text.setdefault(level, {})[key(place)] = place
    issuer = Issuer()
    for level in header.keys() | text.keys():
        found = header.get(level) or text.get(level, {})
        if len(found) == 1:
            issuer.places[level] = next(iter(found.values()))
    if len(header) == 1 and len(next(iter(header.values()))) == 1:
        level, place = next(iter(header.items()))[0], next(iter(next(iter(header.values())).values()))
        issuer.body = f"{'Chủ tịch ' if chair else ''}Ủy ban nhân dân {LEVEL_NAMES[level]} {place}"
        issuer.decision = next((m.group(1) for m in map(HEADER_DECISION.match, header_lines) if m), None)
    return issuer


#: a header line that names a committee and leaves its level and place to the next line ("ỦY BAN NHÂN DÂN" over
#: "TỈNH HÀ TĨNH", as mastheads are set in two lines)
_COMMITTEE_ALONE = re.compile(r"(?i)\s*(chủ tịch\s+)?(ủy ban nhân dân|UBND)\s*")


#: the national title and motto set beside the issuing body in a masthead (NĐ 30/2020/NĐ-CP, Appendix I): a
#: reader that runs the two columns into one line gives "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_MOTTO = re.compile(r"(?i)\s*(cộng hòa xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc)\s*")


#: what every :data:`_MOTTO` match holds (the cheap test before it: most header lines hold neither)
_MOTTO_HINT = re.compile(r"(?i)cộng hòa|độc lập")


def _joined_committee_lines(lines: list[str]) -> list[str]:
    """``lines`` without the masthead's national title and motto, a committee set in two lines written as one
    ("ỦY BAN NHÂN DÂN" + "TỈNH HÀ TĨNH")."""
    out: list[str] = []
    for line in (_MOTTO.sub(" ", line).strip() if _MOTTO_HINT.search(line) else line.strip() for line in lines):
        if out and _COMMITTEE_ALONE.fullmatch(out[-1]):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _with_conferrer_text(award: CanonicalAward, conferrer: str) -> CanonicalAward:
    """``award`` (one with a conferrer) named again with ``conferrer`` in place of the conferrer its name gives."""
    return canonical_award(award.name[:len(award.name) - len(award.conferrer)] + conferrer)


def complete_conferrer(award: CanonicalAward, places: dict[str, str]) -> CanonicalAward:
    """``award`` with a conferrer named by its level alone (:data:`LEVEL_ONLY`: "Bằng khen của Chủ tịch
    Ủy ban nhân dân tỉnh", "Giấy khen của Chủ tịch UBND huyện") completed with the document's place of that
    level (``places`` of :class:`Issuer`): "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh".  The
    chairman of a level is its people's committee's ("Chủ tịch tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh …").
    Returned unchanged when its conferrer names a place or the document gives none of that level."""
    m = LEVEL_ONLY.match(key(award.conferrer or ""))
    if not m or m.group("level") not in places:
        return award
    return _with_conferrer_text(award, complete_level(award.conferrer, places))


def with_conferrer(award: CanonicalAward, conferrer: str | None) -> CanonicalAward:
    """``award`` named with ``conferrer``, the conferrer extraction stored for it, when that is the award's own
    conferrer written in full (completed from the document's letterhead by the engine: "Bằng khen của Bộ
    trưởng" with "Bộ trưởng Bộ Y tế" → "Bằng khen của Bộ trưởng Bộ Y tế"); otherwise ``award`` unchanged."""
    if not award.conferrer or not conferrer:
        return award
    fuller = _with_conferrer_text(award, conferrer)
    short = key(award.conferrer)
    return fuller if fuller.conferrer and key(fuller.conferrer).startswith(short + " ") else award


@lru_cache(maxsize=1)
def _offices_in_full() -> dict[str, str]:
    """{folded title: the office in full} of ``conferrer_offices_short.tsv`` (Hiến pháp 2013 Điều 95; Luật
    06/2022/QH15 Điều 72): "thu tuong" → "Thủ tướng Chính phủ"."""
    return {key(row[0]): row[1].strip() for row in _rows("conferrer_offices_short.tsv")}


def full_office(award: CanonicalAward) -> CanonicalAward:
    """``award`` with a conferrer that is a title naming one office alone in the country written as that office in
    full (``conferrer_offices_short.tsv``: "Bằng khen của Thủ tướng" → "Bằng khen của Thủ tướng Chính phủ", the
    award of Luật 06/2022/QH15 Điều 72), and a Bằng khen or Giấy khen given by a body written as given by the head
    who confers it (:func:`head_conferrer`), so the canonical layer names them one award; any other ``award``
    unchanged (a conferrer with more words, "Thủ tướng Nhật Bản", is no such title)."""
    full = _offices_in_full().get(key(award.conferrer or "")) or head_conferrer(award)
    if not full:
        return award
    return _with_conferrer_text(award, full)


#: a conferrer named by a province alone, or by its chairman without the committee: "tỉnh Quảng Bình", "Chủ tịch
#: tỉnh Hà Tĩnh" (the province then read by provinces_2025.tsv: "Tỉnh đoàn Lai Châu", "Tỉnh Hội Nông dân" are bodies)
PROVINCE_CONFERRER = re.compile(r"(?i)^(?:chủ tịch\s+)?(tỉnh|thành phố)\s+")


def _committee_of(conferrer: str) -> str | None:
    """"<level> <place>" of a conferrer that names a people's committee ("Ủy ban nhân dân tỉnh Đồng Nai", "Chủ tịch
    Ủy ban nhân dân huyện Vĩnh Cửu": :data:`COMMITTEE`, its place read by :func:`_place_after` as a whole line, so
    "… tỉnh Lai Châu và Bộ Y tế" is none) or a province alone or by its chairman (:data:`PROVINCE_CONFERRER`, a
    province of the gazetteer and nothing after it); None for any other conferrer ("Tỉnh Đoàn Lai Châu", "Huyện Ủy
    Phong Thổ")."""
    if m := COMMITTEE.match(conferrer):
        level = _level_key(m.group(2))
        place = _place_after(level, conferrer[m.end():], whole_line=True)
    elif m := PROVINCE_CONFERRER.match(conferrer):
        level, words = key(m.group(1)), conferrer[m.end():].split()
        place = " ".join(words) if words and _province_words(words) == len(words) else None
    else:
        return None
    return f"{LEVEL_NAMES.get(level, level)} {place}" if place else None


@lru_cache(maxsize=1)
def _ministry_conferrer() -> re.Pattern:
    """A conferrer named by a ministry of Viet Nam's Government or its minister, with or without "Bộ" after the
    title: "Bộ Giáo dục và Đào tạo", "Bộ trưởng Nông nghiệp và Phát triển nông thôn", "Bộ trưởng Bộ Y tế"
    (``ministry_fields.txt``; a foreign ministry, "Bộ Tư pháp Mỹ", has words after its field and is no match)."""
    fields = sorted(unit_fields("ministry_fields.txt"), key=len, reverse=True)
    return re.compile(r"(?i)^(?:bộ trưởng\s+)?(?:bộ\s+)?(?P<field>" + "|".join(re.escape(f) for f in fields) + r")$")


def head_conferrer(award: CanonicalAward) -> str | None:
    """The conferrer of a Bằng khen or Giấy khen (form ``certificate``) that names a body or a place, written as the
    head who confers it: a people's committee's chairman ("Bằng khen của UBND tỉnh Đồng Nai", "… của tỉnh Quảng
    Bình", "… của Chủ tịch tỉnh Hà Tĩnh" → "Chủ tịch Ủy ban nhân dân tỉnh …"), a ministry's minister ("Bằng khen của
    Bộ Giáo dục và Đào tạo", "… của Bộ trưởng Nông nghiệp và Phát triển nông thôn" → "Bộ trưởng Bộ …"): the law
    gives these certificates by the head, not the body (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 72-74: Bằng
    khen của Bộ trưởng, của Chủ tịch Ủy ban nhân dân cấp tỉnh; Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện,
    cấp xã), and the press writes either (a newcomer, session 38: "… của Ủy ban nhân dân tỉnh Đồng Nai" and "… của
    Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai" were two awards).  None when the conferrer is none of these or already
    so written (a body whose name opens with a level word, "Tỉnh Đoàn Lai Châu", "Huyện Ủy Phong Thổ", is none:
    :func:`_committee_of`); a Cờ thi đua, which the law gives by the body (Điều 71), is left alone."""
    conferrer = award.conferrer
    if award.form != "certificate" or not conferrer:
        return None
    if committee := _committee_of(conferrer):
        written = f"Chủ tịch Ủy ban nhân dân {committee}"
    elif m := _ministry_conferrer().match(conferrer):
        written = f"Bộ trưởng Bộ {_fields().get(_dash_key(m['field']), (m['field'],))[0]}"  # as the list writes it
    else:
        return None
    return written if written != conferrer else None


#: forms only the State confers (the President: orders, medals, the State's honorary titles; Luật 06/2022/QH15,
#: Art. 80-81 as for :data:`LEVELS`): a local decision that names one (a bonus for it) does not confer it
STATE_FORMS = frozenset({"order", "medal", "honorary"})


def issuer_may_confer(award: CanonicalAward) -> bool:
    """Whether a decision's issuing body below the State can be the conferrer of ``award``: not an order, a
    medal, a State honorary title or another national award ("Chiến sĩ thi đua toàn quốc", "Giải thưởng Hồ
    Chí Minh"), nor an award whose name gives its own conferrer."""
    return award.form not in STATE_FORMS and award.level != "national" and not award.conferrer


@lru_cache(maxsize=100_000)
def committee_level(name: str) -> str | None:
    """The folded level ("tinh", "huyen", …) of the first people's committee ``name`` names, or None."""
    m = COMMITTEE.search(expand_abbreviations_raw(name))
    return _level_key(m.group(2)) if m else None


@lru_cache(maxsize=100_000)
def province_of(name: str) -> tuple[str, str] | None:
    """(province before 1 July 2025, its successor) named in ``name`` ("… tỉnh Hà Tĩnh"), or None."""
    info = _province_of(expand_abbreviations_raw(name))
    return (info[0], info[1]) if info else None


#: the head of a province's own departments ("Sở Y tế", "Giám đốc Sở Tư pháp"): a Sở is a specialised body of the
#: provincial people's committee only (Nghị định 24/2014/NĐ-CP, Điều 3 and 9, amended by 107/2020/NĐ-CP), so a Sở
#: named without its province lies in the province of the document that names it
_PROVINCIAL_DEPARTMENT = re.compile(r"(?<!\w)Sở\s+(?=[^\W\d_])")


def department_at(text: str) -> int:
    """Where in ``text`` the first provincial department it names begins, -1 when it names none: "Sở" and a
    capitalised name (:data:`_PROVINCIAL_DEPARTMENT`: "Sở Y tế" → 0, "Văn phòng Sở Nội vụ" → 10; "sở giáo dục",
    "cơ sở Y tế" → -1).  The one test of "a Sở is provincial", for conferrers here (:func:`needs_province`) and
    for unit names in :func:`extractors.resolve.complete_place`."""
    if "Sở" not in text:
        return -1  # (the pattern opens on a look-behind, which the regex engine tries at every character)
    for m in _PROVINCIAL_DEPARTMENT.finditer(text):
        if text[m.end()].isupper():
            return m.start()
    return -1


#: what a committee or a department named in a conferrer holds (:data:`COMMITTEE`, :data:`_PROVINCIAL_DEPARTMENT`)
_LOCAL_HINT = re.compile(r"(?i)ủy ban nhân dân|ubnd|(?<!\w)sở\s")


def with_province(conferrer: str | None, issuer: Issuer) -> str | None:
    """A conferrer that lies in a province but names none, written with the province its document names as a
    committee (``issuer.places``): a committee below a province ("Chủ tịch Ủy ban nhân dân huyện Đức Thọ" → "…,
    tỉnh Hà Tĩnh", as official documents write a district with its province), a provincial department ("Giám đốc
    Sở Y tế" in a decision headed "UBND TỈNH NGHỆ AN" → "Giám đốc Sở Y tế tỉnh Nghệ An", as the department's full
    name reads); any other conferrer unchanged (a province no longer in the gazetteer, "tỉnh Sông Bé", too)."""
    if not needs_province(conferrer):
        return conferrer
    department = committee_level(conferrer) is None
    place = issuer.places.get("tinh") or issuer.places.get("thanh pho")
    found = (province_of(f"tỉnh {place}") or province_of(f"thành phố {place}")) if place else None
    if not found:
        return conferrer
    return f"{conferrer}{' ' if department else ', '}{found[0][:1].lower()}{found[0][1:]}"


def needs_province(conferrer: str | None) -> bool:
    """Whether ``conferrer`` lies in a province it does not name (:func:`with_province`): a committee below a
    province or a provincial department, no province named."""
    if not conferrer or not _LOCAL_HINT.search(conferrer) or province_of(conferrer):
        return False  # (the cheap test first: most conferrers name neither a committee nor a department)
    level = committee_level(conferrer)
    return level not in (None, "tinh") or (level is None and department_at(conferrer) >= 0)


def complete_level(conferrer: str, places: dict[str, str]) -> str:
    """A conferrer named by its level alone or ending on a level word, with the document's place of that level
    (``places`` of :class:`Issuer`): "Chủ tịch UBND tỉnh" / "Chủ tịch tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh Hà
    Tĩnh" (:data:`LEVEL_ONLY`, the chairman of a level is its people's committee's), "Trưởng ban Ban Thi đua –
    Khen thưởng tỉnh" → "… tỉnh Quảng Nam"; unchanged when the document gives no place of that level."""
    m = LEVEL_ONLY.match(key(conferrer))
    if m:
        if m.group("level") not in places:
            return conferrer
        body = ("Chủ tịch " if m.group("chair") else "") + (
            "Ủy ban nhân dân " if m.group("chair") or m.group("body") else "")
        return f"{body}{LEVEL_NAMES[m.group('level')]} {places[m.group('level')]}"
    words = conferrer.split()
    for n in (2, 1):
        level = _level_key(" ".join(words[-n:])) if len(words) > n else ""
        if level in places and level in LEVEL_NAMES:
            return f"{conferrer} {places[level]}"
    return conferrer
