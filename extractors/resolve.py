"""Document-level resolution applied after the per-block components.

* **Place completion**: a generic body whose place is clear from the document
  ("HĐND tỉnh", "Tỉnh ủy", "Tỉnh đoàn" in a story about Phú Thọ) is written with
  the place ("HĐND tỉnh Phú Thọ"), as GUIDELINES.md asks.  The place is the most
  frequent "tỉnh X" / "thành phố X" of the document.
* **Award completion**: a bare "Bằng khen" / "Cờ thi đua" / "Giấy khen" whose
  conferrer the document states elsewhere ("Bằng khen của Bộ VH, TT & DL") takes
  that name; a bare award is dropped when the same recipient also has the full one.
* **Initialisms**: a recipient or conferrer written as an initialism the document
  spells out ("Thống đốc NHNN" beside "Thống đốc Ngân hàng Nhà nước") is written out
  (:mod:`extractors.initialisms`).
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from pipeline.normalize import toneless

from .canonical import department_at, level_words
from .cue_gates import cue_gates, may_hold
from .facts import DocumentFacts, Mention, outermost
from .gazetteer import awards, district_names, province_levels, table, word_list
from .lexicon import lexicon
from .once import Once
from .initialisms import INITIALISM, abbreviates, expand, expansions, is_initialism, name_words

#: (also a city written with its level and no space: "TP.HCM", "TP.Cần Thơ"; a level written in capitals as a
#: name's part, "Thành phố Hà Nội", "Thị xã Quảng Trị": the same place)
PLACE = re.compile(r"\b(tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện|thị xã|Thị xã|quận)(?:\s+|(?<=\.)(?=[A-ZĐ]))((?:[A-ZĐ][^\s,.;:()]*)(?:\s*[-–]\s*[A-ZĐ][^\s,.;:()]*|\s+[A-ZĐ][^\s,.;:()]*){0,2})")
#: PLACE without its opening ``\b``, to search for faster (see :func:`_at_word_starts`)
_PLACE_AFTER_BOUNDARY = re.compile(PLACE.pattern[len(r"\b"):])
#: generic heads completed with the province ("Tỉnh ủy" → "Tỉnh ủy Phú Thọ") or city
#: (a board of a party committee written with it counts as the committee: "Ban Tuyên giáo Tỉnh ủy"; Điều lệ Đảng)
BOARD = r"(?:[Bb]an [^\s]+(?: [^\s]+)? |Thường trực )?"  # (a board of the body: "Ban Thường vụ", "Thường trực")
PROVINCE_HEADS = re.compile(r"^" + BOARD + r"(Tỉnh ủy|Tỉnh đoàn|Tỉnh Đoàn|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Công an|"
                            r"Sở [^\s]+(?: [^\s]+)?) tỉnh)$")
CITY_HEADS = re.compile(r"^" + BOARD + r"(Thành ủy|Thành đoàn|Thành Đoàn|(?:UBND|HĐND|Công an) (?:thành phố|TP\.?))$")
DISTRICT_HEADS = re.compile(r"^" + BOARD + r"(Huyện ủy|(?:UBND|HĐND|Công an|Phòng [^\s]+(?: [^\s]+)?) huyện)$")
TOWN_HEADS = re.compile(r"^(Thị ủy|(?:UBND|HĐND|Công an) thị xã)$")
QUARTER_HEADS = re.compile(r"^" + BOARD + r"(Quận ủy|(?:UBND|HĐND|Công an|Phòng [^\s]+(?: [^\s]+)?) quận)$")
LEVEL_HEADS = ((PROVINCE_HEADS, "tỉnh"), (CITY_HEADS, "city"), (DISTRICT_HEADS, "huyện"), (TOWN_HEADS, "thị xã"), (QUARTER_HEADS, "quận"))
#: any of LEVEL_HEADS (one match instead of five for the many names that are none of them)
ANY_LEVEL_HEAD = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in LEVEL_HEADS))
YEAR_IN = re.compile(r"\b(19|20)\d\d\b")
_YEAR_AFTER_BOUNDARY = re.compile(YEAR_IN.pattern[len(r"\b"):])  # (see _at_word_starts)
CEREMONY = re.compile(r"\b(trao|đón nhận|nhận|lễ|quyết định)\b", re.I)
#: a proposal naming only a count of recipients ("đề nghị … tặng danh hiệu NSƯT cho 149 cá nhân")
PROPOSAL_FOR_COUNT = re.compile(r"\b(đề nghị|trình)\b.*\bcho \d+ (cá nhân|tập thể|người|nghệ sĩ|trường hợp)", re.I)
#: the gates of PROPOSAL_FOR_COUNT's two cues (cue_gates.cue_gates: "đề nghị", "trình" themselves), one of which a
#: sentence it matches holds lower-cased, with "cho ": a case-blind pattern opening on ``\b`` is tried at every
#: character, and its ``.*`` runs to the sentence's end and back at each cue (session 44: of the 549 award sentences
#: of dev and real/news holding "cho ", 47 hold a cue, 6 match)
PROPOSAL_GATES = cue_gates(["đề nghị", "trình"])
#: a conferral told as past ("10 năm trở lại đây … được phong", "đã được tặng"), not part of a proposal round
PAST = re.compile(r"\b(đã|từng|trước đó|trước đây|trở lại đây|năm qua)\b", re.I)
BARE_LEVEL = re.compile(r"\s(tỉnh|huyện|thị xã|Thị xã|thành phố|Thành phố|TP\.?|quận)$")
#: the same level word in a name written in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", a signature's title line)
SHOUTED_LEVEL = re.compile(r"\s(TỈNH|HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN)$")
BARE_AWARDS = ("Bằng khen", "Giấy khen", "Cờ thi đua", "Cờ thi đua xuất sắc")
BARE_LOWER = {b.lower() for b in BARE_AWARDS}


def level_places(texts) -> dict[str, Counter]:
    """The places the document names at each level ("tỉnh", "city", "huyện", "thị xã", "quận"), counted, from
    "tỉnh X" / "thành phố X" / "TP X" / "huyện X" / "thị xã X"."""
    counts: defaultdict[str, Counter] = defaultdict(Counter)  # (a Counter made per level, not per match)
    for t in texts:
        for m in _places(t):
            level = m.group(1)
            level = "city" if level.lower().startswith(("thành", "tp")) else level.lower()
            place = m.group(2).strip()
            if level in ("tỉnh", "city"):
                place = _known_prefix(place, m.group(1))  # "HĐND tỉnh Lê Văn A": a person, not the province
            elif level in DISTRICT_LEVELS:
                place = _district_prefix(place)  # "UBND huyện Lê Văn A": a person, not the district
            if not place:
                continue
            counts[level][place] += 1
    return counts


#: a document's main place at a level is named at least this many times as often as its other places of that
#: level together (observed in dev baomoi_22708608: 'tỉnh Phú Thọ' 6 times, 'tỉnh Lào Cai' once, dev gold
#: 'UBND tỉnh Phú Thọ' for a bare 'UBND tỉnh'; a story about two provinces names each about as often)
MAIN_PLACE_RATIO = 3


def document_places(texts) -> dict:
    """The place most written in the document at each level (:func:`level_places`)."""
    return {k: c.most_common(1)[0][0] for k, c in level_places(texts).items()}


class _DocumentPlaces:
    """:func:`document_places` of ``texts``, found on the first look-up (``get``, all that :func:`complete_place`
    reads of its ``places``): most documents complete no name by the document's place (a bare body takes its
    sentence's place, the letterhead's, or names none), so the scan of every block is made only where one does
    (20 of the 270 documents of dev and real/news; the scan was about 1% of extraction).  ``texts`` must not change
    after it is made."""

    __slots__ = ("places",)

    def __init__(self, texts):
        self.places = Once(document_places, texts)

    def get(self, level, default=None):
        """``document_places(texts).get(level, default)``."""
        return self.places().get(level, default)


#: what :func:`complete_place` is given as the document's places: level -> place, a dict (:func:`document_places`)
#: or the same found on the first look-up (:class:`_DocumentPlaces`); only ``get`` is read
PlacesByLevel = Mapping[str, str] | _DocumentPlaces


def main_places(texts) -> dict:
    """The place of the document at each level where it names a single one, or one named at least
    ``MAIN_PLACE_RATIO`` times as often as the others together (:func:`level_places`): a story about two provinces
    ("Công an tỉnh Nghệ An" … "tỉnh Hà Tĩnh có Công an tỉnh …") has no main place at that level."""
    return {level: main_place(c) for level, c in level_places(texts).items() if main_place(c)}


def main_place(counts: Counter) -> str | None:
    """The place of ``counts`` (one level's of :func:`level_places`) named alone or at least ``MAIN_PLACE_RATIO``
    times as often as the others together, else None."""
    (place, n), = counts.most_common(1)
    return place if n >= MAIN_PLACE_RATIO * (sum(counts.values()) - n) else None


def _places(text: str):
    """The matches of ``PLACE.finditer(text)`` (:func:`_at_word_starts`)."""
    return _at_word_starts(_PLACE_AFTER_BOUNDARY, text)


def _at_word_starts(rx: re.Pattern, text: str):
    """The matches of ``re.compile(r"\b" + rx.pattern).finditer(text)`` for a pattern ``rx`` whose matches open on a
    word character, found faster: a pattern opening on literal text lets the regex engine skip ahead to its first
    letters instead of trying the whole pattern at every character.  A match after a word character (where
    ``\b`` fails) is passed over and the search goes on from the next character, as the regex engine would."""
    search = rx.search
    pos = 0
    while True:
        m = search(text, pos)
        if m is None:
            return
        k = m.start()
        if k and (text[k - 1].isalnum() or text[k - 1] == "_"):  # (a word character of ``re``: alphanumeric or _)
            pos = k + 1
            continue
        yield m
        pos = m.end()  # (never empty: a word character opens it)


def _has_year(text: str) -> bool:
    """``YEAR_IN.search(text)`` is not None (:func:`_at_word_starts`)."""
    return next(_at_word_starts(_YEAR_AFTER_BOUNDARY, text), None) is not None


def _sentence_place(sentence: str, level: str | None) -> str | None:
    """The one place of ``level`` ("tỉnh", "city", …; None: a province or a city) the sentence names, as written
    with its level ("tỉnh Thừa Thiên - Huế"); None when it names none or several."""
    found = set()
    for m in _places(sentence):
        lv = "city" if m.group(1).lower().startswith(("thành", "tp")) else m.group(1).lower()
        if (lv == level) if level else lv in ("tỉnh", "city"):
            place = _known_prefix(m.group(2).strip(), m.group(1))
            if place:
                found.add((m.group(1), place))
    fronted = _fronted_place(sentence, level)
    if fronted:
        found.add(("", fronted))
    if len({p for _, p in found}) != 1:
        return None
    return (max(found)[0] + " " + max(found)[1]).lstrip() if level is None else max(found)[1]


#: a place the sentence opens on, written without its level ("Tại Hà Tĩnh, Tỉnh ủy …", "Còn ở Cao Bằng, UBND tỉnh
#: …"): the place of what the sentence then tells (observed in bulk news, 16 sentences)
FRONTED = re.compile(r"^\W*(?:(?:Còn|Riêng|Trong khi đó|Cùng ngày|Cũng trong ngày),?\s+)?(?:[Tt]ại|[Ởở])\s+"
                     r"([A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*){0,3})\s*,")
#: the level words of :func:`extractors.gazetteer.province_levels` by the levels of :func:`level_places`
PROVINCE_LEVEL = {"tỉnh": "tỉnh", "thành phố": "city"}


def _fronted_place(sentence: str, level: str | None) -> str | None:
    """The province-level place (``provinces_2025.tsv``) the sentence opens on after "Tại" / "Ở" and before a comma
    (:data:`FRONTED`), as written, when it is of ``level`` ("tỉnh", "city"; None: either); else None."""
    m = FRONTED.match(sentence) if sentence[:12].lstrip(" \"'“(-–").startswith(("Tại", "tại", "Ở", "ở", "Còn",
                                                                              "Riêng", "Trong", "Cùng", "Cũng")) else None
    if m is None:
        return None
    found = PROVINCE_LEVEL.get(province_levels().get(m.group(1), ""))
    return m.group(1) if found and (level is None or level == found) else None


#: the levels of :func:`level_places` whose places are districts (``districts.tsv``)
DISTRICT_LEVELS = ("huyện", "quận", "thị xã")
#: the words of a person's full name: surname, middle name, given name (the shape the persons' extractor reads)
FULL_NAME_WORDS = 3


@functools.lru_cache(maxsize=50_000)  # (a pure function of the run: kept per run)
def _district_prefix(text: str) -> str | None:
    """The district a capitalised run written after "huyện", "quận" or "thị xã" names: its longest start that is a
    district of ``districts.tsv`` ("Thạch Hà Nguyễn" → "Thạch Hà", the official's name running on; "Trần Văn
    Thời" is a district); else None for a person's full name, three words opening with a surname of
    ``surnames.txt`` ("Chủ tịch UBND huyện Lê Văn A": the official, his district written elsewhere; in 20,000 bulk
    stories such runs after a district level are persons: "Nguyễn Song Hào", "Trần Văn Dũng", "Võ Công Hàm");
    else the run itself (the list misses a few districts: "Nông Sơn")."""
    words = text.split(" ")
    district = _longest_start(words, district_names().__contains__, least=2)
    if district:
        return district
    if len(words) == FULL_NAME_WORDS and words[0] in lexicon().surnames:
        return None
    return text


@functools.lru_cache(maxsize=50_000)  # (a pure function of the name and level: kept per name)
def _known_prefix(text: str, level: str = "") -> str | None:
    """The longest start of ``text`` that is a place of ``places.txt``, alone or with its ``level`` as
    written ("Đà Nẵng Đặng Việt" → "Đà Nẵng"; "TP" + "HCM Nguyễn" → "HCM", as "TP HCM" is listed)."""
    places = lexicon().places
    return _longest_start(text.split(" "), lambda head: head in places or (
        level and (level + " " + head in places or level + head in places)))


def _longest_start(words: list[str], found, least: int = 1) -> str | None:
    """The longest start of ``words``, of ``least`` words or more, joined by spaces, for which ``found`` (a test of
    a text) is true; None when there is none (read by :func:`_district_prefix` and :func:`_known_prefix`)."""
    for k in range(len(words), least - 1, -1):
        head = " ".join(words[:k])
        if found(head):
            return head
    return None


def complete_place(name: str, places: PlacesByLevel, sentence: str = "", province: str | None = None) -> str:
    """"HĐND tỉnh" → "HĐND tỉnh Phú Thọ": the one place of that level named in the same sentence, else the
    document's place of that level; unchanged when neither is known.  A provincial department written without
    its place ("Sở Nội vụ") takes the one province named in its sentence ("Ở tỉnh Thừa Thiên - Huế, … Sở
    Nội vụ" → "Sở Nội vụ tỉnh Thừa Thiên - Huế"; GUIDELINES.md: a generic body whose place is clear from the
    same sentence is written with it); with none there, the province of the document's letterhead
    (``province``: "Sở Nội vụ" under "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" → "Sở Nội vụ tỉnh Quảng Trị"; a
    Sở is a body of a province's committee only, Nghị định 24/2014/NĐ-CP), also for a name ending on such a
    department ("Văn phòng Sở Nội vụ").  What the name alone says is read once per name (:func:`name_levels`).
    ``places``: level -> the document's place of that level (:func:`document_places`; only its ``get`` is read, and
    only for a name that ends on a level or is a head of one)."""
    head_levels, bare_level, bare_lower, department = name_levels(name)
    for level in head_levels:
        place = (_sentence_place(sentence, level) if sentence else None) or places.get(level) or \
            _letterhead_place(province, level)
        if place and place.isupper() and level == "city" and not bare_lower:
            place = "TP. " + place  # "Thành đoàn TP. HCM": an acronym of a city is written with its level
        if place:
            return f"{name} {place}"
    if bare_level:
        place = (_sentence_place(sentence, bare_level) if sentence else None) or places.get(bare_level) or \
            _letterhead_place(province, bare_level)
        if place:
            # "Hội đồng Thi đua – Khen thưởng tỉnh" + "Hậu Giang"; "ỦY BAN NHÂN DÂN TỈNH" + "HÀ TĨNH" in capitals
            return f"{name} {place.upper() if name.isupper() else place}"
        return name
    if not (sentence or province):
        department = -1  # (a Sở: a province's body only)
    if department == 0 and sentence and not _has_place(name):
        place = _sentence_place(sentence, None)
        if place:
            return f"{name} {place}"
    if department >= 0 and province and not _has_place(name):
        return f"{name} {province}"  # a provincial department (or a name ending on one) of the letterhead's province
    return name


@functools.lru_cache(maxsize=50_000)  # (a pure function of the name, asked for the same names in document after document)
def name_levels(name: str) -> tuple[tuple[str, ...], str | None, bool, int]:
    """What :func:`complete_place` reads of a unit's name alone, without its sentence or document: (the levels of
    the :data:`LEVEL_HEADS` it is, in their order: ``("tỉnh",)`` for "UBND tỉnh"; the level of the bare level word
    closing a name of two words or more, :data:`BARE_LEVEL` or in capitals :data:`SHOUTED_LEVEL` ("city" for
    "Thành đoàn thành phố"), else None; whether a lower-case :data:`BARE_LEVEL` closes it; where the first
    provincial department it names begins, -1 for none (:func:`_department_at`)).  A unit's name is completed in
    every document that names it, and most names are none of these: their tests are made once."""
    head_levels = tuple(level for rx, level in (LEVEL_HEADS if ANY_LEVEL_HEAD.match(name) else ()) if rx.match(name))
    bare = BARE_LEVEL.search(name)
    m = bare or (SHOUTED_LEVEL.search(name) if name.isupper() else None)
    bare_level = None
    if m and len(name.split()) > 1:
        bare_level = "city" if m.group(1).lower().startswith(("thành", "tp")) else m.group(1).lower()
    return head_levels, bare_level, bare is not None, _department_at(name)


#: the level words of the letterhead's province (:func:`extractors.engine._letterhead_province`) by level
LETTERHEAD_LEVELS = {"tỉnh": "tỉnh ", "city": "thành phố "}


def _letterhead_place(province: str | None, level: str) -> str | None:
    """The place of the letterhead's ``province`` ("tỉnh Quảng Trị" → "Quảng Trị") when it is of ``level``, for a
    bare body of that level the text names with no place of its own anywhere ("Ban Thường vụ Tỉnh ủy", "Văn phòng
    UBND tỉnh" in a decision under "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ": the issuing province's own bodies; the
    samples' gold writes "Văn phòng UBND tỉnh Ninh Bình"); None otherwise."""
    word = LETTERHEAD_LEVELS.get(level)
    return province[len(word):] if province and word and province.startswith(word) else None


def _department_at(name: str) -> int:
    """:func:`extractors.canonical.department_at` for a unit's name, which may also open on the department written
    in lower case ("sở Giáo dục và Đào tạo", "sở NN & PTNT", as news write it): a unit's name opening on "sở" and
    a capitalised word is a Sở, not "cơ sở" (the recogniser took the whole name as one unit)."""
    if name.startswith("sở ") and name[3:4].isupper():
        return 0
    return department_at(name)


def _has_place(name: str) -> bool:
    """The name ends with a place ("Sở Nội vụ Đà Nẵng", "Sở Y tế tỉnh Nam Định", "Sở VH-TT TP. HCM")."""
    words = name.split(" ")
    return any(_is_place(" ".join(words[k:])) for k in range(1, len(words)))


def _is_place(text: str) -> bool:
    """A place written after a unit name: "Việt Nam", "Đà Nẵng", "tỉnh Hậu Giang", "TP. HCM"."""
    return text in lexicon().places or bool(re.match(r"^(tỉnh|huyện|thành phố|TP\.?|Tp\.?|quận|thị xã)\s", text))


def fullest_names(names) -> dict:
    """Short unit names that are the start of exactly one longer name in the document, the rest a place, map to
    it ("Hội Luật gia" → "Hội Luật gia Việt Nam", "Sở Nội vụ" → "Sở Nội vụ Đà Nẵng"), the place after a comma too
    ("Trạm Y tế xã Tả Phìn" → "Trạm Y tế xã Tả Phìn, huyện Sìn Hồ": the higher place set off, as a list of
    recipients writes it); a short name two such names share (two districts' "Trạm Y tế xã Tả Phìn") maps to
    neither."""
    names = set(names)
    longer: dict[str, list] = {}
    for b in names:  # each name under its word-boundary prefixes: linear in the names, not quadratic
        words = b.split(" ")
        for k in range(2, len(words)):
            a = " ".join(words[:k])
            if (a[:-1] if a[-1] == "," else a) in names and _is_place(b[len(a) + 1:]):
                longer.setdefault(a[:-1] if a[-1] == "," else a, []).append(b)
    return {a: bs[0] for a, bs in longer.items() if len(bs) == 1}


@functools.cache
def _not_name_words() -> frozenset:
    """Lower-case words that never go on with a unit's name (the recogniser's ``STOP`` and ``FIELD_NOT``; imported
    here, not at the top: the unit components import this module)."""
    from .components.unit_words import FIELD_NOT, STOP
    return frozenset(STOP | FIELD_NOT)


def _continues_name(rest: list[str]) -> bool:
    """Words ``rest`` written after a shorter unit name go on with that name: they open on a lower-case syllable,
    hold a capitalised word (the body's name or place: "… truyền máu Trung ương"; not "Bộ X | quản lý") and no
    function or clause word (:func:`_not_name_words`: "… tại xã Thanh Nghị", "… bên lề hội nghị Sơ kết" are a
    venue and a clause), and are no place ("Sở Nội vụ" | "tỉnh Nghệ An": :func:`fullest_names` maps a name a place
    continues, and a short name two places continue to neither)."""
    stops = _not_name_words()
    return rest[0][:1].islower() and any(w[:1].isupper() for w in rest) and not any(w in stops for w in rest) \
        and not _is_place(" ".join(rest))


def continued_names(names) -> dict:
    """Short unit names that another unit name of the document continues past a lower-case syllable
    (:func:`_continues_name`: "Viện Huyết học" beside "Viện Huyết học truyền máu Trung ương", "công ty Cổ phần"
    beside "công ty Cổ phần thực phẩm dinh dưỡng NutiFood", "Ban Chính sách" beside "ban Chính sách pháp luật LĐLĐ
    Thành phố Hà Nội"; letter case aside): the recogniser cut one mention short where another is written whole,
    and GUIDELINES.md lists a body once, under the fullest name the document gives (observed in heldout 3, 4, 5
    and 7 news and the samples).  Maps each such name to its one longer name, or to None when several longer
    names continue it (a fragment of one of them, unknown which)."""
    names = list(dict.fromkeys(names))
    lower = {}
    for b in names:
        lower.setdefault(b.lower(), b)
    longer: dict[str, list] = {}
    for b in names:  # each name under its word-boundary prefixes: linear in the names
        words = b.split(" ")
        lows = b.lower().split(" ")  # (the words lower-cased: a space stands between the same words in both)
        prefix = lows[0]  # (the words before k, lower-cased and joined, grown a word at a time)
        for k in range(2, len(words)):
            prefix += " " + lows[k - 1]
            a = lower.get(prefix)
            if a is not None and a != b and _continues_name(words[k:]):
                longer.setdefault(a, []).append(b)
    return {a: (bs[0] if len(set(bs)) == 1 else None) for a, bs in longer.items()}


#: level words of a district or a commune, written or left out before its name (:func:`level_written_names`); not
#: "thành phố", also a province's level ("UBND Hà Tĩnh" beside the province's and the city's UBND is either)
_LOCAL_LEVELS = level_words(("district", "commune")) - level_words(("province",))


@functools.lru_cache(maxsize=50_000)  # (a pure function of the name, asked again for the same names: kept per name)
def _without_levels(name: str) -> tuple:
    """``name``'s words, lower-case, without the level words of a district or a commune written before a place
    ("Trường Tiểu học xã An Phú" → ("trường", "tiểu", "học", "an", "phú"))."""
    words = name.split(" ")
    lows = name.lower().split(" ")  # (the words lower-cased: a space stands between the same words in both)
    out, i = [], 0
    while i < len(words):
        two = " ".join(lows[i:i + 2])
        n = 2 if two in _LOCAL_LEVELS else 1 if lows[i] in _LOCAL_LEVELS else 0
        if n and i + n < len(words) and words[i + n][:1].isupper():
            i += n
            continue
        out.append(lows[i])
        i += 1
    return tuple(out)


def level_written_names(names) -> dict:
    """Unit names written without the level word of their district or commune that another unit name of the document
    writes ("Trường Tiểu học An Phú" beside "trường Tiểu học xã An Phú"), for exactly one such name, map to it: one
    body, listed once under the fullest name the document gives (GUIDELINES.md; observed in three news stories of
    ../shared/corpora/real/news, two of them in heldout 4 and 5, whose gold lists the name with its level).  Only a
    name writing no level word maps, and only when one name writes it with a level: two names writing different
    levels are two bodies ("Công an huyện Cẩm Xuyên", "Công an thị trấn Cẩm Xuyên"; "UBND xã Kỳ Anh", "UBND thị xã
    Kỳ Anh"), and a bare name beside both is either."""
    bare: dict[tuple, list] = {}
    written: dict[tuple, list] = {}
    for n in dict.fromkeys(names):
        key = _without_levels(n)
        (bare if len(key) == n.count(" ") + 1 else written).setdefault(key, []).append(n)
    return {n: written[key][0] for key, ns in bare.items() if len(written.get(key, ())) == 1 for n in ns}


def _row_units(facts: DocumentFacts, places: PlacesByLevel, province: str | None, district: str | None,
               full: dict) -> None:
    """Complete the unit an award table's row names beside its recipient (:attr:`Conferral.row_unit`, the knowledge
    base's ``recipient_units``) as the unit mentions are: with its place (:func:`complete_place`), a district
    committee's department with the letterhead's ``district`` ("Phòng GD&ĐT" under "UBND HUYỆN NGHI LỘC" →
    "Phòng GD&ĐT huyện Nghi Lộc", ``district_department_heads.txt``).  A department that still names no place
    nor a body above it ("Phòng GD&ĐT", "Sở Nội vụ": one in each district or province) is dropped, so that it
    does not make one unit the parent of recipients across places."""
    for c in facts.conferrals:
        m = c.row_unit
        if m is None:
            continue
        name = complete_place(m.text, places, m.sentence, province)
        if district and name == m.text and name.split(" ", 1)[0] in _district_heads() and not _has_place(name):
            name = f"{name} {district}"
        name = full.get(name, name)
        c.row_unit = None if _bare_department(name) else _retext(m, name)


@functools.lru_cache(maxsize=1)
def _district_heads() -> frozenset:
    """``district_department_heads.txt``: the heads of a district committee's departments ("Phòng")."""
    return frozenset(word_list("district_department_heads.txt"))


@functools.lru_cache(maxsize=1)
def _department_heads() -> tuple[str, ...]:
    """The heads of kind ``department`` of ``unit_types.tsv`` ("Sở", "Phòng", "Cục", "Chi cục"…), longest first."""
    return tuple(sorted({r[0] for r in table("unit_types.tsv") if len(r) > 1 and r[1] == "department"},
                        key=len, reverse=True))


def _bare_department(name: str) -> bool:
    """Whether ``name`` is a department named by its field alone ("Phòng GD&ĐT", "Sở Nội vụ"), with no place nor
    a body above it (:func:`extractors.canonical._split_parent`): the name of one such department in every place."""
    from .canonical import _split_parent
    return name.startswith(tuple(h + " " for h in _department_heads())) and not _has_place(name) and \
        _split_parent(name)[1] is None


def _drop_fragments(facts: DocumentFacts, cut: dict) -> None:
    """Drop from ``facts.units`` the names :func:`continued_names` found a fragment of several longer names (mapped
    to None), unless an award goes to the name or an official serves in it: a fact names it as a body of its own."""
    used = {o.unit for o in facts.officials} | {c.recipient.text for c in facts.conferrals
                                                 if c.recipient_type == "collective"}
    facts.units = [u for u in facts.units if cut.get(u.text, "") is not None or u.text in used]


#: a spelled-out name is longer than its abbreviated form by at least this many words ("Bộ GD-ĐT" → "Bộ Giáo dục và
#: Đào tạo"; not a foreign team's nickname, "MU" beside "Man Utd")
SPELLED_OUT_MORE_WORDS = 2
#: a name holding an initialism of two capitals or more ("GD-ĐT", "LĐ-TB&XH", "KHXH&NV", "TTXVN")
_CAPITALS = re.compile(r"[A-ZĐ]{2}|[A-ZĐ][-&][A-ZĐ]|[A-ZĐ]\s*&\s*[A-ZĐ]")


def spelled_out_names(names) -> dict:
    """Unit names written with an initialism that the document also spells out as another unit's name, for
    exactly one such name, map to it ("Bộ GD-ĐT" → "Bộ Giáo dục và Đào tạo", "TTXVN" → "Thông tấn xã Việt
    Nam": :func:`extractors.initialisms.abbreviates`): one body, named once with the fullest name the document
    gives (GUIDELINES.md; observed in heldout 3, 4, 5, 7 and 9 news, whose gold lists the spelled-out name
    alone)."""
    names = list(dict.fromkeys(names))
    short = [n for n in names if _CAPITALS.search(n)]
    if not short:
        return {}
    words = {n: name_words(n) for n in names}
    out = {}
    for a in short:
        longer = [b for b in names if len(words[b]) >= len(words[a]) + SPELLED_OUT_MORE_WORDS and
                  abbreviates(words[a], words[b])]
        if len(longer) == 1:
            out[a] = longer[0]
    return out


#: national bodies abbreviated by the initials of their English transaction names ("VTV", "VOV") -> their Vietnamese
#: names (``english_initials.tsv``, from the decrees giving both)
ENGLISH_INITIALS = {row[0]: row[1] for row in table("english_initials.tsv")}


def english_initials_named(names, text: str) -> dict:
    """Unit names that are the English initials of a national body (:data:`ENGLISH_INITIALS`: "VOV") in a document
    that also writes the body's Vietnamese name (``text``, letter case aside: "Đài Tiếng nói Việt Nam"), mapped to
    that name as the document first writes it: one body, named once under its fullest name (GUIDELINES.md; observed
    in held-out 6 and 9 news, whose gold lists the Vietnamese name alone).  The initials alone, with no such name
    (a credit: "nguồn VTV"), are not mapped."""
    out = {}
    low = text.lower()
    for name in dict.fromkeys(names):
        full = ENGLISH_INITIALS.get(name)
        k = low.find(full.lower()) if full else -1
        if k >= 0:
            out[name] = text[k:k + len(full)]
    return out


#: an abbreviation the document defines in parentheses after a unit's name: "Tổng công ty X (PVC)"
ABBR_DEF = re.compile(r"\(([A-ZĐ][A-ZĐ0-9&]{1,9})\)")
#: generic heads written before an abbreviation ("Công ty PVC", "Tổng công ty PVC")
ALIAS_HEADS = {"công ty", "tổng công ty", "tập đoàn", "ngân hàng", "cty", "tổng cty"}


def _abbreviations(facts: DocumentFacts, texts) -> dict:
    """Abbreviations the document defines for its units ("Tổng công ty Xây lắp dầu khí Việt Nam (PVC)"):
    {"PVC": full name}, only when one unit is defined by that abbreviation; computed only when a
    collective recipient is written with an upper-case token."""
    if not any(c.recipient_type == "collective" and any(w.isupper() and len(w) > 1 for w in c.recipient.text.split())
               for c in facts.conferrals):
        return {}
    by_last: dict[str, set] = {}
    for u in facts.units:
        by_last.setdefault(u.text.split(" ")[-1], set()).add(u.text)
    found: dict[str, set] = {}
    for t in texts:
        if "(" not in t:
            continue
        for m in ABBR_DEF.finditer(t):
            before = t[max(0, m.start() - 200):m.start()].rstrip()
            last = before.rsplit(" ", 1)[-1]
            for name in by_last.get(last, ()):
                if before.endswith(name) and name != m.group(1):
                    found.setdefault(m.group(1), set()).add(name)
    return {k: max(v, key=len) for k, v in found.items() if len({n for n in v if not any(
        o != n and o.endswith(" " + n) for o in v)}) == 1}


def _expand_alias(name: str, aliases: dict) -> str:
    """"PVC" / "Công ty PVC" → the unit the document defined as "(PVC)"; other names unchanged."""
    if not aliases:
        return name
    words = name.split(" ")
    if words[-1] in aliases and (len(words) == 1 or " ".join(words[:-1]).lower() in ALIAS_HEADS):
        return aliases[words[-1]]
    return name


def _spell_out(facts: DocumentFacts, texts) -> None:
    """Initialisms of collective recipients and award names that the document spells out
    (:mod:`extractors.initialisms`) are written out, so that each conferral names the fullest form the
    document gives.  Unit mentions keep their written form (GUIDELINES.md: "abbreviations may stay"; a
    document writing both forms names its unit both ways)."""
    names = [c.recipient.text for c in facts.conferrals if c.recipient_type == "collective"] + \
        [c.award.text for c in facts.conferrals]
    if not any(map(is_initialism, " ".join(names).split())):  # (the words of every name, tested in C-level map)
        return
    table = expansions(names, "\n".join(texts))
    if not table:
        return
    for c in facts.conferrals:
        if c.recipient_type == "collective":
            c.recipient = _retext(c.recipient, expand(c.recipient.text, table))
        c.award = _retext(c.award, expand(c.award.text, table))


def _as_letterhead_writes(facts: DocumentFacts, written: list, places: PlacesByLevel) -> None:
    """A bare body completed with the letterhead's province (the text naming no place for it) that is the
    letterhead's own body ("Chủ tịch Ủy ban nhân dân tỉnh" under "ỦY BAN NHÂN DÂN / TỈNH NINH BÌNH") is written as
    the letterhead writes it: that completion names no new form of the body (``written``: the unit mentions before
    completion, one for one)."""
    shouted = {" ".join(u.text.lower().split()): u.text for u in written if u.text.isupper()}
    if not shouted:
        return
    units = []
    for u, w in zip(facts.units, written):
        as_shouted = shouted.get(" ".join(u.text.lower().split())) if u is not w else None
        if as_shouted and complete_place(w.text, places, w.sentence) != u.text:
            u = _retext(u, as_shouted)
        units.append(u)
    facts.units = units


def _placeless(name: str) -> bool:
    """``name`` is still a local body named only by its level after :func:`complete_place` ("Tỉnh ủy", "UBND TP",
    "Công an huyện"): no place completed it, so it names no unit of its own (GUIDELINES.md: generic groups are not
    units; the gold writes such a body only with its place).  A level written with a capital ("Công an Thành phố")
    is the story's city and stays: dev gold keeps it, and 7 of 63 bulk stories writing " Thành phố" so name their
    city's body ("UBND Thành phố" in Hà Nội's news; session 31)."""
    head_levels, bare_level, bare_lower, _ = name_levels(name)
    return bool(head_levels) or (bare_level is not None and bare_lower and not name.endswith(" Thành phố"))


def _retext(m: Mention, text: str) -> Mention:
    return m if m.text == text else Mention(m.kind, text, m.block, m.start, m.end, m.sentence)


def resolve(facts: DocumentFacts, texts: list[str], province: str | None = None, district: str | None = None) -> None:
    """Apply place and award completion to ``facts`` in place (see module doc).  ``province``: the province the
    document's letterhead names, with its level word ("tỉnh Quảng Trị"), or None; ``district``: the district-level
    place it names ("huyện Nghi Lộc"), or None (read for the units of award tables' rows, :func:`_row_units`)."""
    _spell_out(facts, texts)
    places = _DocumentPlaces(texts)  # (read only where a name is completed by the document's place)
    written = facts.units
    facts.units = [_retext(u, complete_place(u.text, places, u.sentence, province)) for u in facts.units]
    if province:
        _as_letterhead_writes(facts, written, places)
    facts.units = [u for u in facts.units if not _placeless(u.text)]  # (after the one-for-one pass above)
    full = fullest_names(u.text for u in facts.units)
    full.update(spelled_out_names(u.text for u in facts.units))
    unit_names = [u.text for u in facts.units]
    if any(n in ENGLISH_INITIALS for n in unit_names):  # (the document's text joined only then: most name none)
        full.update(english_initials_named(unit_names, "\n".join(texts)))
    full.update((a, b) for a, b in level_written_names(u.text for u in facts.units).items() if a not in full)
    cut = {a: b for a, b in continued_names(u.text for u in facts.units).items() if a not in full}
    full.update((a, b) for a, b in cut.items() if b)
    facts.units = [_retext(u, full.get(u.text, u.text)) for u in facts.units]
    _name_unit_mentions(facts, {(w.block, w.start, w.end, w.text): u for w, u in zip(written, facts.units)}, places,
                        province, full)
    for o in facts.officials:
        o.unit = complete_place(o.unit, places, o.name.sentence, province)
        o.unit = full.get(o.unit, o.unit)
    aliases = _abbreviations(facts, texts)
    for c in facts.conferrals:
        if c.recipient_type == "collective":
            name = complete_place(c.recipient.text, places, c.recipient.sentence, province)
            name = _expand_alias(name, aliases)
            c.recipient = _retext(c.recipient, full.get(name, name))
        i = c.award.text.find(" của ")
        if i > 0 and not BARE_LEVEL.search(c.award.text):
            # "Bằng khen của Tỉnh đoàn" → "… Tỉnh đoàn Thanh Hóa"; a conferrer written with its level
            # ("Bằng khen của Chủ tịch UBND tỉnh") stays as written, as GUIDELINES.md's example does
            conf = complete_place(c.award.text[i + 5:], places, province=province)
            c.award = _retext(c.award, c.award.text[:i + 5] + conf)
    _drop_fragments(facts, cut)
    _row_units(facts, places, province, district, full)
    # bare certificates take the conferrer the document states for them
    full = Counter()
    for m in facts.mentions:
        if m.kind == "award" and " của " in m.text:
            full[m.text] += 1
    for c in facts.conferrals:
        if " của " in c.award.text:
            full[c.award.text] += 1
    best_full = {}
    for k, n in full.items():
        head = k[:k.find(" của ")].lower()
        if head in BARE_LOWER:
            best_full[head] = max(best_full.get(head, (n, k)), (n, k))
    for c in facts.conferrals:
        head = c.award.text.lower()
        if head in best_full:
            c.award = _retext(c.award, best_full[head][1])
    # a proposal round: the same title named as proposed elsewhere in the document (for named recipients
    # or for a count: "đồng ý đề nghị xét tặng danh hiệu NSƯT cho 149 cá nhân") and conferred here without a
    # year, a ceremony or a past ("Bốn nghệ sĩ được truy tặng NSƯT gồm: …") is still a proposal
    # (a proposal of the conferral's own sentence is no other round: "trình tặng Huân chương cho A; tặng Bằng khen
    # và Huân chương cho B" has its clauses read apart)
    proposed: dict[str, set] = {}
    for c in facts.conferrals:
        if c.status == "proposed":
            proposed.setdefault(c.award.text.lower(), set()).add(c.award.sentence)
    counts_asked: dict[str, bool] = {}  # sentence -> whether it proposes a title for a count (asked once a sentence)
    for m in facts.mentions:
        if m.kind == "award":
            asked = counts_asked.get(m.sentence)
            if asked is None:  # ("cho N …" and a cue, found first by str tests)
                low = m.sentence.lower()
                asked = counts_asked[m.sentence] = "cho " in low and may_hold(low, PROPOSAL_GATES) and \
                    PROPOSAL_FOR_COUNT.search(m.sentence) is not None
            if asked:
                proposed.setdefault(m.text.lower(), set()).add(m.sentence)
    for c in facts.conferrals:
        if c.status == "conferred" and not c.revoked and proposed.get(c.award.text.lower(), {c.award.sentence}) - {
                c.award.sentence} \
                and not _has_year(c.award.sentence) and not CEREMONY.search(c.award.sentence) \
                and not PAST.search(c.award.sentence):
            c.status = "proposed"
    _conferred_wins(facts)
    _spelled_out_conferrers(facts)
    _fuller_conferrers(facts)
    _plain_titles_written(facts)  # (before the years: one award named both ways takes one year)
    _stated_years(facts)
    _named_years(facts)
    _edition_years(facts, texts)
    _named_in_full_with_recipient(facts)
    # a bare award beside the full one for the same recipient is the same fact
    have: dict[str, set] = {}
    for c in facts.conferrals:
        have.setdefault(c.recipient.text, set()).add(c.award.text.lower())
    facts.conferrals = [c for c in facts.conferrals
                        if not any(a.startswith(c.award.text.lower() + " ") for a in have[c.recipient.text])]
    _fullest_persons(facts)
    _presented_for_head(facts, texts)
    _same_award_by_head(facts)
    _same_prize_by_noun(facts)
    _counted_again(facts, texts)
    _body_certificates(facts)
    _without_nested_awards(facts)


def _name_unit_mentions(facts: DocumentFacts, listed: dict, places: PlacesByLevel, province: str | None,
                        full: dict) -> None:
    """Each unit mention of the document named as its listed unit is (place completed, the fullest name;
    ``listed``: (block, start, end, text) of a unit as written → the unit it became, looked up before computing):
    the entity of a "Trạm Y tế xã Tả Phìn" written beside "Trạm Y tế xã Tả Phìn, huyện Sìn Hồ" is that unit, as a
    person's short mentions are of the full name's entity (engine._merge_names)."""
    mentions = []
    for m in facts.mentions:
        if m.kind == "unit":
            unit = listed.get((m.block, m.start, m.end, m.text))
            if unit is None:
                name = complete_place(m.text, places, m.sentence, province)
                unit = _retext(m, full.get(name, name))
            m = unit
        mentions.append(m)
    facts.mentions = mentions


def _head_of(conferrer: str, heads) -> str | None:
    """The first of ``heads`` (lower-case, each ending with a space) that ``conferrer`` (lower-case) opens with."""
    return next((h for h in heads if conferrer.startswith(h)), None)


def _body_form(award: str, i: int, head: str) -> str:
    """The lower-case ``award`` ("bằng khen của bộ trưởng bộ x", its " của " at ``i``) given by the body whose
    ``head`` opens its conferrer ("bằng khen của bộ x")."""
    return award[:i + 5] + award[i + 5 + len(head):]


def _body_certificates(facts: DocumentFacts) -> None:
    """A certificate named by its presenter's office, a minister written with his ministry ("Bằng khen của Bộ
    trưởng bộ VH, TT & DL": "ông A - Bộ trưởng bộ X đã trao Bằng khen cho …"), is the ministry's own certificate
    when the document also writes it with the ministry as conferrer ("nhận bằng khen của bộ VH, TT & DL"): the
    fact takes the name the document writes (MINISTER_TITLES). Other office heads (HEAD_TITLES: Chủ tịch,
    Giám đốc …) keep their office: widening to them lowered a validation set."""
    written = {}
    for text in [m.text for m in facts.mentions if m.kind == "award"]:
        written.setdefault(text.lower(), text)
    for c in facts.conferrals:
        low = c.award.text.lower()
        i = low.find(" của ")
        if i < 0:
            continue
        if _head_of(low[i + 5:], MINISTER_TITLES) is None:
            continue
        body = _body_form(low, i, "bộ trưởng ")
        if body in written:
            c.award = _retext(c.award, written[body])


#: a minister written with his ministry ("Bộ trưởng bộ VH, TT & DL"): his certificate is the ministry's
#: (Luật 06/2022/QH15 Art. 74; see _body_certificates)
MINISTER_TITLES = ("bộ trưởng bộ ",)
#: office heads whose certificate is the body's own ("Bằng khen của Bộ trưởng Bộ X" = "Bằng khen của Bộ X")
HEAD_TITLES = ("bộ trưởng ", "chủ tịch ", "giám đốc ", "thủ trưởng ", "tổng giám đốc ", "viện trưởng ",
               "chánh án ", "tư lệnh ")


#: standing and executive committees that issue their body's certificates (Điều lệ Đoàn TNCS Hồ Chí Minh,
#: Điều lệ Công đoàn Việt Nam: "Ban Thường vụ", "Ban Chấp hành" of each level)
COMMITTEES = ("ban thường vụ ", "ban chấp hành ", "bch ", "thường trực ")


def _shortens(short: list, long: list) -> bool:
    """``short`` (a person's name, its syllables) is ``long`` written shorter: a run of its syllables ("Diaz –
    Canel" of "Miguel Mario Diaz – Canel Bermudez"), or its surname and given name without the middle names
    ("Trần Hạnh" of "Trần Ngọc Hạnh"; a Vietnamese name is shortened so)."""
    n = len(short)
    if n < 2 or len(long) <= n:
        return False
    if any(long[k:k + n] == short for k in range(len(long) - n + 1)):
        return True
    return short[0] == long[0] and short[-1] == long[-1] and _is_subsequence(short, long)


def _fullest_persons(facts: DocumentFacts) -> None:
    """A person recipient written shorter than the one longer name of the document it shortens (_shortens) is
    written with that name, as the officials are (GUIDELINES: the recipient is the person's name as in
    officials); with none or several such names it stays as written. A name written once with a tone mark
    missing or wrong ("Nguyễn Thi Lan Anh" beside "Nguyễn Thị Lan Anh" written more often; the two read alike by
    pipeline.normalize.toneless, which also sets letter case aside) is the same person: the spelling the document
    writes most is used."""
    recipients = [c for c in facts.conferrals if c.recipient_type == "person"]
    if not recipients:
        return
    persons = [m.text for m in facts.mentions if m.kind == "person"]
    names = dict.fromkeys(persons + [o.name.text for o in facts.officials])
    by_syllable: dict[str, list] = {}  # each name under each of its syllables: a shortened name keeps its last
    by_letters: dict[str, list] = {}
    for n in names:
        w = n.split()
        for x in set(w):
            by_syllable.setdefault(x, []).append((n, w))
        by_letters.setdefault(toneless(n), []).append(n)
    count = None
    for c in recipients:
        short = c.recipient.text.split()
        if short:
            longer = {n for n, w in by_syllable.get(short[-1], ()) if _shortens(short, w)}
            if len(longer) == 1:
                c.recipient = _retext(c.recipient, longer.pop())
        spellings = by_letters.get(toneless(c.recipient.text), ())
        if len(spellings) > 1:
            count = count or Counter(persons)
            best = max(spellings, key=lambda n: (count[n], n == c.recipient.text))
            if count[best] > count[c.recipient.text]:
                c.recipient = _retext(c.recipient, best)


def _presented_for_head(facts: DocumentFacts, texts: list[str]) -> None:
    """One recipient given "Bằng khen của Bộ X" by a presenter ("Đại diện Bộ X trao bằng khen cho A": the
    document writes the certificate bare, the body that hands it over named as the agent) and "Bằng khen của Bộ
    trưởng Bộ X" as the document writes it ("… trao bằng khen của Bộ trưởng Bộ X cho A") holds one award, the
    one written out: the presenter's body is dropped (HEAD_TITLES: the head of a body confers its certificates,
    so the body's certificate is the one its head confers). A body written out in the document ("bằng khen của
    Bộ X") is kept: see _same_award_by_head."""
    def written(c) -> bool:
        a = c.award
        return 0 <= a.block < len(texts) and " của " in texts[a.block][a.start:a.end]

    drop = set()
    for cs in _shared_recipients(facts):
        heads = set()
        for o in cs:
            low = o.award.text.lower()
            i = low.find(" của ")
            title = _head_of(low[i + 5:], HEAD_TITLES) if i > 0 else None
            if title is not None and written(o):
                heads.add(_body_form(low, i, title))
        for c in cs:
            if c.award.text.lower() in heads and not written(c):
                drop.add(id(c))
    _drop(facts, drop)


def _same_award_by_head(facts: DocumentFacts) -> None:
    """One recipient given "Bằng khen của Bộ X" and, in a later sentence, "Bằng khen của Bộ trưởng Bộ X" (the
    head of the same body) holds one award: the later, head-worded fact is dropped."""
    drop = set()
    for cs in _shared_recipients(facts):
        for c in cs:
            low = c.award.text.lower()
            i = low.find(" của ")
            if i < 0:
                continue
            title = _head_of(low[i + 5:], HEAD_TITLES)
            committee = _head_of(low[i + 5:], COMMITTEES)
            if title is None and committee is None:
                continue
            body = _body_form(low, i, title or committee)
            # a committee's certificate is its body's, written either way in any order ("Ban thường vụ Tỉnh
            # đoàn X trao bằng khen …" / "… nhận bằng khen của Tỉnh đoàn X")
            if any(o is not c and o.award.text.lower() == body and
                   (committee or (o.award.block, o.award.start) < (c.award.block, c.award.start)) for o in cs):
                drop.add(id(c))
    _drop(facts, drop)


@functools.lru_cache(maxsize=1)
def _prize_nouns() -> tuple[str, ...]:
    """The prize nouns of ``prize_nouns.txt`` ("giải thưởng", "giải"), each with its space, longest first."""
    return tuple(f"{w} " for w in word_list("prize_nouns.txt"))


def _without_prize_noun(award: str) -> str:
    """``award`` (lower case) without a leading prize noun (:func:`_prize_nouns`): "giải thưởng grammy" → "grammy"."""
    nouns = _prize_nouns()
    if award.startswith(nouns):  # (one test for the many awards with none)
        for noun in nouns:
            if award.startswith(noun):
                return award[len(noun):]
    return award


def _same_prize_by_noun(facts: DocumentFacts) -> None:
    """One recipient given one prize written with and without its prize noun, or with two ("giải Grammy" and, in
    another sentence, "giải thưởng Grammy"; "Quả bóng vàng" and "giải thưởng Quả bóng Vàng") holds one award: the
    first of the document's facts is kept, the later ones dropped (as a title written with and without "chức" is
    one, components.championships).  As there, a prize written in another year is another award ("giải Grammy năm
    2015" and "Năm 2018, … giải thưởng Grammy": two facts): a later form is dropped only when its year (set before
    this, :func:`_stated_years`) is None, or the first form's year is None or the same.  Nouns from
    ``prize_nouns.txt``.  The dropped form's mention becomes a mention of the kept form's award, as a person's
    short mentions are of the full name's entity (the knowledge base stores no award of its own for it)."""
    drop, kept_at = set(), {}
    for cs in _shared_recipients(facts):  # (in document order)
        seen: dict[str, tuple[str, int | None]] = {}
        for c in cs:
            low = c.award.text.lower()
            first, year = seen.setdefault(_without_prize_noun(low), (c.award.text, c.year))
            if first.lower() != low and (c.year is None or year in (None, c.year)):
                drop.add(id(c))
                kept_at[_span(c.award)] = first
    _drop(facts, drop)
    if kept_at:
        facts.mentions = [_retext(m, kept_at[_span(m)]) if m.kind == "award" and _span(m) in kept_at else m
                          for m in facts.mentions]


@functools.lru_cache(maxsize=1)
def _counted_form() -> tuple[re.Pattern, dict, frozenset]:
    """(a regex, fullmatched against an award's name, of a head followed by an ordinal alone, group 1 the head: "HCV
    thứ ba", "huy chương vàng thứ 2"; the ordinal numerals of components.officials.ORDINALS or digits),
    components.awards.METALS_OF (a medal's written forms to its metal: "hcv" and "huy chương vàng" to "vàng") and the
    copula cues of triggers.tsv as lower-case word tuples (("là",), ("là", "một", "trong") …).  Made on first use:
    the components import this module's siblings."""
    from .components.awards import METALS_OF, cue_tuples
    from .components.officials import ORDINALS

    return (re.compile(r"(.+?)\s+thứ\s+(?:\d{1,2}|%s)" % "|".join(sorted(ORDINALS)), re.I), METALS_OF,
            frozenset(cue_tuples("copula")))


def _head_form(award: str, metals: dict) -> str:
    """``award`` lower-cased, a medal's opening written one way ("HCV …" and "huy chương vàng …" both "huy chương
    vàng …"), so one head is found in either."""
    low = award.lower().strip()
    for form, metal in metals.items():
        if low == form or low.startswith(form + " "):
            return "huy chương " + metal + low[len(form):]
    return low


def _after_copula(m: Mention, texts: list[str], copulas: frozenset) -> bool:
    """Whether a copula cue (``copulas``: word tuples, triggers.tsv ``copula``) ends right before mention ``m`` in its
    block of ``texts``, or one lower-case word before it (a classifier: "Đây là | HCV thứ ba", "Đó là tấm | HCV thứ
    hai"): the award is said to be what a thing told already is, not told won ("Ngày 12, X giành | HCV thứ hai")."""
    words = re.findall(r"\w+", texts[m.block][:m.start] if 0 <= m.block < len(texts) else "")[-4:]
    tails = [words] + ([words[:-1]] if words and words[-1].islower() else [])
    return any(tuple(w.lower() for w in ws[len(ws) - n:]) in copulas
               for ws in tails for n in range(1, min(3, len(ws)) + 1))


def _counted_again(facts: DocumentFacts, texts: list[str]) -> None:
    """One recipient's award named by its head and an ordinal alone after a copula ("là HCV thứ ba của Thu Thảo",
    "Đây là huy chương vàng thứ 2", "Đó là tấm HCV thứ hai"; :func:`_counted_form`, :func:`_after_copula`) beside
    another award of that head for the same recipient ("HCV nội dung nhảy xa"): the ordinal ranks that medal among
    the recipient's, it names none of its own (as a title followed by "thứ" after "là" is a rank, no title won:
    components.awards.ORDINAL_AFTER), so it is the other counted again: dropped.  Alone it stays, the only telling
    of a medal won (session 46's bulk check: "HCV thứ ba" beside the medal's own fact); told won after a verb it
    stays too, another medal of a multi-event athlete ("Ngày 10, X giành HCV nội dung 100m. Ngày 12, X giành HCV
    thứ hai": two golds, two awards)."""
    rx, metals, copulas = _counted_form()
    drop = set()
    for cs in _shared_recipients(facts):
        # the head forms of the recipient's awards named otherwise, each followed by a space: a head is one of them
        # or opens one when it, a space added, opens it
        named = [_head_form(o.award.text, metals) + " " for o in cs if not rx.fullmatch(o.award.text.strip())]
        for c in cs:
            m = rx.fullmatch(c.award.text.strip()) if named and "thứ" in c.award.text else None
            if m is None or not _after_copula(c.award, texts, copulas):
                continue
            head = _head_form(m.group(1), metals) + " "
            if any(f.startswith(head) for f in named):
                drop.add(id(c))
    _drop(facts, drop)


def _span(m: Mention) -> tuple[int, int, int]:
    """Where ``m`` is written: its block and character offsets."""
    return m.block, m.start, m.end


def _without_nested_awards(facts: DocumentFacts) -> None:
    """Drop the award mentions written inside a longer award mention of the same block ("Quả bóng Vàng" of "giải
    thưởng Quả bóng Vàng": the prize found with its prize noun and, inside it, by the gazetteer), unless a
    conferral gives that inner award: it names no award of its own, and stored it would be a second award entity,
    with no conferral, beside the one the sentence gives (the knowledge base's awards and its site's awards list).
    Last of :func:`resolve`: the rules before it read every award mention. The nesting is
    :func:`~extractors.facts.outermost`'s, per block (a span inside a strictly longer one; equal spans both kept)."""
    by_block: dict[int, list[Mention]] = {}
    for m in facts.mentions:
        if m.kind == "award":
            by_block.setdefault(m.block, []).append(m)
    drop = {_span(m) for ms in by_block.values() if len(ms) > 1 for m in ms} - \
        {_span(m) for ms in by_block.values() if len(ms) > 1 for m in outermost(ms)}
    if drop:
        drop -= {_span(c.award) for c in facts.conferrals}
        facts.mentions = [m for m in facts.mentions if m.kind != "award" or _span(m) not in drop]


def _shared_recipients(facts: DocumentFacts) -> list[list]:
    """The conferrals of each recipient (by the name as written) that holds two or more, in document order."""
    by_recipient: dict[str, list] = {}
    for c in facts.conferrals:
        by_recipient.setdefault(c.recipient.text, []).append(c)
    return [cs for cs in by_recipient.values() if len(cs) > 1]


def _drop(facts: DocumentFacts, drop: set) -> None:
    """Remove the conferrals whose ``id`` is in ``drop``."""
    if drop:
        facts.conferrals = [c for c in facts.conferrals if id(c) not in drop]


#: a recipient reported as having received ("được nhận", "được phong", "đã nhận", "đón nhận")
RECEIVED = re.compile(r"\b(được\s+(nhận|phong|tặng|trao|truy)|đã\s+nhận|đón\s+nhận)\b", re.I)


def _conferred_wins(facts: DocumentFacts) -> None:
    """One award to one recipient both proposed ("đã cho ý kiến về hồ sơ phong AHLĐ cho ông X") and reported
    received with a year or a ceremony ("Ông X được nhận danh hiệu này vào tháng 1/2011") is one conferred
    fact: the proposal was granted.  (A bare "Tặng … cho X" in a list of proposals is no such report.)"""
    done = {(c.recipient.text, c.award.text.lower()) for c in facts.conferrals
            if c.status == "conferred" and not c.revoked and _has_year(c.award.sentence or "")
            and RECEIVED.search(c.award.sentence or "")}
    for c in facts.conferrals:
        if c.status == "proposed" and (c.recipient.text, c.award.text.lower()) in done:
            c.status = "conferred"


def _stated_years(facts: DocumentFacts) -> None:
    """One award to one recipient named in several sentences is one fact: its year is the earliest year
    written in one of those sentences ("năm 1966 ông được phong …"), not the document's date that a
    sentence without a year fell back to."""
    stated: dict[tuple, int] = {}
    for c in facts.conferrals:
        if c.year and str(c.year) in (c.award.sentence or ""):
            key = (c.recipient.text, c.award.text.lower())
            stated[key] = min(stated.get(key, c.year), c.year)
    for c in facts.conferrals:
        year = stated.get((c.recipient.text, c.award.text.lower()))
        if year:
            c.year = year


#: one year written in an award's own name, the edition of the contest or the round it is for ("huy chương đồng
#: Asiad 2018", "giải Ba Intel ISEF 2017"); not a span or a season ("giai đoạn 2016-2020", "mùa giải 2017/18")
NAMED_YEAR = re.compile(r"(?<![\d/–—-])(?<![\d/–—-] )((?:19|20)\d\d)(?![\d/])(?!\s?[–—-]\s?\d)")


@functools.lru_cache(maxsize=1)
def _editions() -> tuple[re.Pattern, dict, re.Pattern]:
    """The numbered editions of multi-sport games (``competition_editions.tsv``): a regex finding "<games> <number>"
    in an award's name (the games' names longest first, any letter case; group 1 the name, group 2 the number), the
    year each (lower-cased name, number) was held, and a regex finding the last words of the games' names ("games",
    "asiad"; any letter case), one of which a name writing an edition holds."""
    years = {(name.lower(), int(n)): int(y) for name, n, y in table("competition_editions.tsv")}
    names = sorted({name for name, _ in years}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(%s) (\d{1,2})(?![\d/.,]\d|\d)" % "|".join(map(re.escape, names)), re.IGNORECASE)
    last_words = re.compile("|".join(sorted({re.escape(name.split()[-1]) for name, _ in years})), re.IGNORECASE)
    return pattern, years, last_words


def edition_year(award: str) -> int | None:
    """The year the numbered games an award's name writes were held ("huy chương vàng SEA Games 29": 2017, "HCĐ
    Asiad 18": 2018, "HCV SEA GAMES 30": 2019; any letter case; ``competition_editions.tsv``), or None when it names
    no edition of the list."""
    pattern, years, last_words = _editions()
    if not last_words.search(award):
        return None
    m = pattern.search(award)
    return years.get((m.group(1).lower(), int(m.group(2)))) if m else None


def _named_years(facts: DocumentFacts) -> None:
    """An award whose own name writes one year ("huy chương đồng Asiad 2018 môn bridge") is of that year
    (GUIDELINES.md: the year it "was conferred or is for, when the text says"), not of the document's year
    that a sentence without a year fell back to ("đoạt huy chương đồng … hôm qua" in a story whose most
    written "năm YYYY" is another event's); one whose name writes no year but the number of the games it was won at
    ("huy chương vàng SEA Games 29") is of the year those games were held (:func:`edition_year`)."""
    for c in facts.conferrals:
        years = NAMED_YEAR.findall(c.award.text) if _has_year(c.award.text) else ()
        if len(set(years)) == 1:
            c.year = int(years[0])
        elif not years:
            c.year = edition_year(c.award.text) or c.year


@functools.lru_cache(maxsize=1)
def _crowned_heads() -> tuple[str, ...]:
    """The crowned titles of awards.tsv (its ``crowned`` rows and their aliases: "Hoa hậu", "Á hậu", "Quán quân"
    …), lower-cased: titles of a pageant or a show, each won in one edition."""
    return tuple(n.lower() for e in awards() if e.tail == "crowned" for n in (e.canonical,) + e.aliases)


def _edition_years(facts: DocumentFacts, texts: list[str]) -> None:
    """A pageant's or a show's title named with its pageant (a crowned title of awards.tsv: "Hoa hậu Đại dương")
    whose own sentence writes no year is of the edition the document writes right after that same title, with or
    without "năm" ("Hoa hậu Hoàn vũ năm 2002"), when it writes one only ("tước bỏ danh hiệu Hoa hậu Đại dương của X"
    in a story about "cuộc thi Hoa hậu Đại dương 2017": 2017, not the story's date; GUIDELINES.md: the year it was
    conferred or is for, when the text says).
    Several editions written ("Hoa hậu Thế giới 2017 … 2018") leave the year as it was."""
    heads = _crowned_heads()
    whole = None
    for c in facts.conferrals:
        name = c.award.text
        low = name.lower()
        if not low.startswith(heads) or low in heads:
            continue  # (a bare "Hoa hậu": no pageant named)
        if c.year is not None and str(c.year) in (c.award.sentence or ""):
            continue
        if whole is None:
            whole = "\n".join(texts)
        years = set(re.findall(r"(?<!\w)%s\s+(?:năm\s+)?((?:19|20)\d\d)(?![\d/])" % re.escape(name), whole,
                               re.IGNORECASE))
        if len(years) == 1:
            c.year = int(years.pop())


def _is_subsequence(short: list, long: list) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _written_by_head(facts: DocumentFacts) -> dict[str, list[str]]:
    """Award names written with a conferrer ("Bằng khen của X") in the document, by their head lower-cased
    ("bằng khen"), each once, in the order the document writes them (mentions, then conferrals), so that a
    choice among them does not depend on the hash seed."""
    out: dict[str, list] = {}
    for text in dict.fromkeys([m.text for m in facts.mentions if m.kind == "award"] +
                              [c.award.text for c in facts.conferrals]):
        i = text.find(" của ")
        if i > 0:
            out.setdefault(text[:i].lower(), []).append(text)
    return out


@functools.lru_cache(maxsize=1)
def _period_titles() -> dict[str, str]:
    """The honorary titles of ``awards.tsv`` whose name opens with another honorary title's name, lower-cased, each
    with that plain title as the catalogue writes it: {"anh hùng lao động thời kỳ đổi mới": "Anh hùng Lao động",
    …} (the titles of the renovation period, rows of session 35; Luật 06/2022/QH15 Art. 62-63 names the plain
    titles)."""
    plain = {e.canonical.lower(): e.canonical for e in awards() if e.kind == "honorary"}
    return {low: plain[p] for low in plain for p in plain if low.startswith(p + " ")}


def _plain_titles_written(facts: DocumentFacts) -> None:
    """A title named with its period ("Anh hùng Lao động thời kỳ đổi mới") in a document that also writes the
    plain title ("… danh hiệu Anh hùng lao động của Tổng công ty") is the award the document names plainly: the
    fact takes the plain title (as the dev gold names it where a story writes both); a document that writes
    the title only with its period keeps the period (GUIDELINES.md: the award's name as the document gives it)."""
    periods = _period_titles()
    if not any(c.award.text.lower() in periods for c in facts.conferrals):
        return
    written = {m.text.lower() for m in facts.mentions if m.kind == "award"}
    for c in facts.conferrals:
        plain = periods.get(c.award.text.lower())
        if plain and plain.lower() in written:
            c.award = _retext(c.award, plain)


def _named_in_full_with_recipient(facts: DocumentFacts) -> None:
    """An award given under its short name ("được đề nghị xét danh hiệu chiến sĩ thi đua") that another sentence
    naming the same recipient writes in full ("ông X không đủ điều kiện … chiến sĩ thi đua tỉnh Y năm 2018",
    "… đón nhận danh hiệu Anh hùng Lao động thời kỳ đổi mới" of a hospital) takes that name (GUIDELINES.md: the
    award's name with what the document gives of it), when exactly one fuller form opening with the short name is
    written in the sentences that name the recipient, and no award given to the recipient is already a fuller form of
    it (the short one is then the same fact, dropped by :func:`resolve`)."""
    # the sentences where each award text (lower-cased) is written, with its first form as written there: a
    # conferral looks only at the few texts its short name opens, not at every sentence (a scan of every sentence
    # for each conferral made a long decision's extraction quadratic)
    written: dict[str, dict[str, str]] = {}
    sentences = set()
    for m in facts.mentions:
        if m.kind == "award":
            sentences.add(m.sentence)
            written.setdefault(m.text.lower(), {}).setdefault(m.sentence, m.text)
    if len(sentences) < 2:
        return
    given: dict[str, set] = {}
    for c in facts.conferrals:
        given.setdefault(c.recipient.text, set()).add(c.award.text.lower())
    for c in facts.conferrals:
        short = c.award.text.lower() + " "
        name = c.recipient.text
        if any(a.startswith(short) for a in given[name]):
            continue  # a fuller one given to the recipient already (the bare one is dropped as the same fact)
        fuller = [(low, text) for low, where in written.items() if low.startswith(short)
                  for sent, text in where.items() if sent != c.award.sentence and name in sent]
        if len({low for low, _ in fuller}) == 1:  # one fuller form: the first written of it
            c.award = _retext(c.award, c.award.text + fuller[0][1][len(short) - 1:])


def _fuller_conferrers(facts: DocumentFacts) -> None:
    """A conferrer shortened on a later mention ("bằng khen của chủ tịch tỉnh") takes the fuller form the
    document writes for the same award ("Bằng khen của Chủ tịch UBND tỉnh Hậu Giang"): both start with
    the same two words and the short conferrer's words appear, in order, in the full one."""
    fuller = _written_by_head(facts)
    for c in facts.conferrals:
        i = c.award.text.find(" của ")
        if i <= 0:
            continue
        short = c.award.text[i + 5:].lower().split()
        cands = []
        for t in fuller.get(c.award.text[:i].lower(), ()):
            long = t[t.find(" của ") + 5:].lower().split()
            # the same head ("chủ tịch …"): "Bộ VH" is not short for "Bộ trưởng Bộ VH"
            if len(t) > len(c.award.text) and long[:2] == short[:2] and _is_subsequence(short, long):
                cands.append(t)
        if cands:
            c.award = _retext(c.award, max(cands, key=len))


def _spelled_out_conferrers(facts: DocumentFacts) -> None:
    """A conferrer written with an initialism ("Bằng khen của Bộ GD & ĐT", "… của Bộ trưởng Bộ GD-ĐT") that
    the document also writes out for the same award head ("Bằng khen của Bộ Giáo dục và Đào tạo") is written
    out, so that one recipient's award named both ways is one fact (GUIDELINES.md: the fullest name the
    document gives). Only when exactly one written-out conferrer fits."""
    by_head = {head: [t[t.find(" của ") + 5:] for t in texts] for head, texts in _written_by_head(facts).items()}
    for c in facts.conferrals:
        i = c.award.text.find(" của ")
        if i <= 0:
            continue
        short = c.award.text[i + 5:]
        words = name_words(short)
        if not any(w == "&" or (w.isupper() and len(w) > 1) or (not w.isalpha() and INITIALISM.match(w))
                   for w in words):
            continue
        fits = {f for f in by_head.get(c.award.text[:i].lower(), ()) if f != short and
                abbreviates(words, name_words(f))}
        if len(fits) == 1:
            c.award = _retext(c.award, c.award.text[:i + 5] + fits.pop())
