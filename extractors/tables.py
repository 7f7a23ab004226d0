"""Award tables: ``table_row`` blocks with ``cells`` (STT | Họ và tên | Chức vụ | Đơn vị | Hình thức khen thưởng).

The header row is recognised by its column names; a cell left empty under a
merged cell takes the value of the row above ("carried down").  Each data row
gives an official (name, position, unit) and a conferral of the row's award.
Column names: compiled by sovang from the tables of Nghị định 98/2023/NĐ-CP,
Mẫu số 01-07 (danh sách đề nghị khen thưởng).

A list of recipients without an award column (STT | Họ và tên | Chức vụ, đơn vị) is the list a decision's
article sends to ("Tặng Bằng khen … cho 03 cá nhân (có danh sách kèm theo)"; Nghị định 30/2020/NĐ-CP, Phụ lục I:
the list is an appendix of the decision): each row receives the award that article names
(:func:`listed_awards`), or that the article right above the table names when it ends introducing it ("… cho 02
cá nhân sau:", :func:`_introduced`), also across short labels of a class of recipients between that article and
each table ("I. Tập thể:", "II. Cá nhân:", :func:`_subheading`) and into a second table written right below the
first, whose header row is then read as a header, not as a row.  The rows take that article's verb as its paragraph would
(:func:`_negated_or_revoked`): "Thu hồi Bằng khen … cho các cá nhân sau:" revokes the award of every row, "Không đề
nghị tặng … sau:" gives none, "Đề nghị thu hồi … sau:" (a proposal to revoke) leaves every row's award conferred.
"""
from __future__ import annotations

import functools
import re

from .facts import Conferral, Mention
from .gazetteer import section, triggers, word_list
from .lexicon import DECISION
from .table_columns import COUNT_COLUMN, POSITION_UNIT, RECIPIENT_KEYS, columns
from .revocation import decision_of, revocation_decisions, revocation_kind


#: a table that lists proposals (a heading before it, or the document is a Tờ trình)
PROPOSAL_CONTEXT = re.compile(r"đề nghị (khen thưởng|tặng|xét)|danh sách đề nghị|tờ trình|trình (khen|tặng)", re.I)


_LETTER = re.compile(r"[^\W\d_]")


#: the mark of a section row (Nghị định 30/2020/NĐ-CP, Phụ lục I: sections of a list numbered I, II / A, B / 1, 2):
#: a Roman numeral or a capital letter in a cell of its own ("I | Tập thể"), or any mark opening one merged cell
#: ("A. TẬP THỂ", "1. Khối huyện")
SECTION_MARK = re.compile(r"^(?:[IVXL]+|[A-ZĐ])[.)]?$")
SECTION_CELL = re.compile(r"^(?:[IVXL]+|[A-ZĐ]|\d{1,2})[.)]\s+\S")


def _section_row(cells) -> bool:
    """Whether a table row is a section heading of the rows below ("I | Tập thể", "A. TẬP THỂ", "1. Khối
    huyện" in one merged cell): neither a data row nor a new header."""
    full = [c for c in cells if c]
    if len(full) == 1:
        return bool(SECTION_CELL.match(full[0]))
    return len(full) == 2 and bool(SECTION_MARK.match(full[0])) and not any(ch.isdigit() for ch in full[1])


def _header(cells, listed: bool = False):
    """The columns of a header row, {key: cell index}, or None when ``cells`` are no header: a recipient column
    (name or unit) and an award column, or with ``listed`` (the document names the award of an attached list) a
    recipient column alone, in a row of short cells without digits ("STT | Họ và tên | Chức vụ, đơn vị").  A cell
    naming both position and unit ("Chức vụ, đơn vị") is the ``position_unit`` column."""
    cols = {}
    for i, c in enumerate(cells):
        if "position_unit" not in cols and POSITION_UNIT.search(c or ""):
            cols["position_unit"] = i
            continue
        for key, rx in columns():
            if key in RECIPIENT_KEYS and COUNT_COLUMN.match(c or ""):
                continue
            if key not in cols and rx.search(c or ""):
                if key not in ("other", "number"):
                    cols[key] = i
                break
    if "collective" in cols and "name" in cols:
        cols.setdefault("unit", cols.pop("collective"))  # beside a column of persons: their units, as before
    if not any(k in cols for k in RECIPIENT_KEYS):
        return None
    if "award" in cols:
        return cols  # header row
    if listed and not any(ch.isdigit() for c in cells for ch in c) and all(len(c.split()) <= 8 for c in cells):
        return cols
    return None


#: the sentence of a decision's article that sends its recipients to an attached list (Nghị định 30/2020/NĐ-CP,
#: Phụ lục I: phụ lục kèm theo văn bản): "(có danh sách kèm theo)", "theo danh sách đính kèm"
LISTED = re.compile(r"danh sách (kèm theo|đính kèm)|(có|theo) danh sách", re.I)


def listed_awards(facts) -> list:
    """The award mentions of ``facts`` in a sentence that sends its recipients to an attached list ("Tặng Bằng
    khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 cá nhân (có danh sách kèm theo)"), the award standing before
    the list's mention; one per award name, in the document's order."""
    out, seen = [], set()
    for m in facts.mentions:
        if m.kind != "award" or m.text in seen or "danh sách" not in m.sentence.lower():
            continue
        hit = LISTED.search(m.sentence)
        at = m.sentence.find(m.text)
        if hit and (at < 0 or at < hit.start()):
            seen.add(m.text)
            out.append(m)
    return out


@functools.lru_cache(maxsize=None)
def _introduces() -> tuple[re.Pattern, re.Pattern]:
    """Two patterns of a sentence that introduces the list right below it, ending on its colon (sections of
    ``list_introducers.txt``): (any sentence) an "Ending" word before the colon ("Tặng Bằng khen … cho 02 cá nhân
    sau:", "… như sau:"); (an article opening on its verb, :func:`_article_verb`) an "Article ending" word before
    the colon ("…, gồm:"), an "Anywhere" word inside it ("… cho các cá nhân sau đây đã có thành tích …:"), or a
    plural or counted class of "Recipients" after "cho" / "đối với" ("… cho 02 cá nhân đã có thành tích …:")."""
    def alternation(heading: str) -> str:
        return "|".join(map(re.escape, sorted(section("list_introducers.txt", heading), key=len, reverse=True)))
    ending = r"(?<!\w)(?:%s)\s*:\s*$"
    anywhere = r"(?<!\w)(?:%s)(?!\w)(?=.*:\s*$)" % alternation("# Anywhere")
    recipients = r"(?<!\w)(?:cho|đối với)\s+(?:các|\d+)\s+(?:%s)(?!\w)(?=.*:\s*$)" % alternation("# Recipients")
    article = "|".join((ending % alternation("# Article ending"), anywhere, recipients))
    return re.compile(ending % alternation("# Ending"), re.I), re.compile(article, re.I)


@functools.lru_cache(maxsize=None)
def _article_verb() -> re.Pattern:
    """A decision's article opening on its verb of giving, proposing or revoking (a ``give``, ``propose`` or
    ``revoke`` cue of ``triggers.tsv``, after "Điều N." when written): "Điều 1. Tặng Bằng khen …", "Truy tặng …",
    "Thu hồi …"; not "Thành lập Hội đồng xét tặng …", "Giao nhiệm vụ …" or a report's "… đã tặng …"."""
    cues = sorted({c for role in ("give", "propose", "revoke") for c in triggers().get(role, ())}, key=len,
                  reverse=True)
    return re.compile(r"^(?:điều\s+\d+[a-zđ]?\s*[.:]\s*)?(?:%s)(?!\w)" % "|".join(map(re.escape, cues)), re.I)


def _introduces_list(sentence: str) -> bool:
    """Whether ``sentence`` (stripped) introduces the list right below it (:func:`_introduces`)."""
    plain, article = _introduces()
    return bool(plain.search(sentence) or (article.search(sentence) and _article_verb().match(sentence)))


#: the most words of a sub-heading label over a table (:func:`_subheading`: "II. Tập thể lao động xuất sắc:")
SUBHEADING_WORDS = 8
#: longer lines are no label whatever their words (8 long words and spaces around them)
SUBHEADING_CHARS = 100


@functools.lru_cache(maxsize=None)
def _subheading_words() -> str:
    """The words of the "Sub-heading" section of ``list_introducers.txt`` as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(section("list_introducers.txt", "# Sub-heading"), key=len, reverse=True)))


@functools.lru_cache(maxsize=None)
def _subheading_pattern() -> re.Pattern:
    """A sub-heading label: a word of the "Sub-heading" section of ``list_introducers.txt`` opening it after a
    section mark (I, II / 1, 2 / a, b, then "." or ")"), a colon ending it, or both."""
    words = _subheading_words()
    mark = r"(?:[IVXL]+|\d{1,2}|[a-zđA-ZĐ])\s*[.)]\s*"
    return re.compile(r"^(?:%s(?:%s)(?!\w)[^:;.]*:?|(?:%s)?(?:%s)(?!\w)[^:;.]*:)$" % (mark, words, mark, words), re.I)


@functools.lru_cache(maxsize=None)
def _label_cell() -> re.Pattern:
    """A table cell holding a sub-heading label alone: a word of the "Sub-heading" section of
    ``list_introducers.txt``, nothing else but a colon ("CÁ NHÂN", "Tập thể:"); "Tập thể Phòng Kế toán" is a
    recipient, no label."""
    return re.compile(r"^(?:%s)\s*:?$" % _subheading_words(), re.I)


#: the number cell of a row that opens a section: empty, a Roman numeral, a letter or a number, "." or ")" after it
_SECTION_NUMBER = re.compile(r"(?:[IVXL]+|[A-ZĐa-zđ]|\d{1,2})?[.)]?")


def opens_section(cells: list[str]) -> bool:
    """Whether a table row (``cells``: its cells' texts, the number column first) opens a section of its list:
    a section row (:func:`_section_row`: "II | Cá nhân", "A. TẬP THỂ" in one cell), or a row whose number cell is
    empty or a mark and whose one other cell with text is a sub-heading label ("| CÁ NHÂN |", "1 | Tập thể: |":
    :func:`_label_cell`).  No recipient stands in it, and the rows below it may be numbered anew: the PDF reader
    asks it of the row that opens a page (:mod:`pipeline.readers.pdf_tables`), a list continued there in its next
    section."""
    cells = [c.strip() for c in cells]
    if not cells:
        return False
    if _section_row(cells):
        return True
    rest = [c for c in cells[1:] if c]
    return len(rest) == 1 and bool(_SECTION_NUMBER.fullmatch(cells[0])) and \
        bool(_label_cell().match(" ".join(rest[0].split())))


def _subheading(text: str) -> bool:
    """Whether a line between an article introducing a list and a table of it is a short label of the table's
    class of recipients ("I. Tập thể:", "2. Cá nhân:", "Tập thể lao động xuất sắc:"; at most SUBHEADING_WORDS
    words), over which the article's award carries to the table (:func:`apply`)."""
    if len(text) > SUBHEADING_CHARS:
        return False  # (nearly every paragraph: no split, no pattern)
    text = text.strip()
    return len(text.split()) <= SUBHEADING_WORDS and bool(_subheading_pattern().match(text))


def _introduced(facts, recent: list[str]):
    """The award mention that the line right above a table introduces it with (:func:`_introduces_list`: "Tặng
    Bằng khen của Chủ tịch UBND tỉnh cho 02 cá nhân sau:"), when that sentence names one award; None otherwise."""
    if not recent or not _introduces_list(recent[-1].strip()):
        return None
    named, line = {}, recent[-1].strip()
    for m in facts.mentions:
        sentence = (m.sentence or "").strip()
        if m.kind == "award" and sentence and (sentence in line and _introduces_list(sentence) or
                                               line in sentence and m.text in line):
            named.setdefault(m.text, m)  # (a sentence running on over a label below the line: "gồm:\n1. Tập thể:")
    return next(iter(named.values())) if len(named) == 1 else None


@functools.lru_cache(maxsize=None)
def _negation() -> re.Pattern:
    from .components.conferral_words import NEGATION  # the paragraph path's negations ("không", "chưa", "từ chối")
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, sorted(NEGATION))), re.I)


def _negated_or_revoked(m) -> tuple[bool, str | None]:
    """(negated, revocation) of the article whose award mention ``m`` a table's or an attached list's rows take:
    negated when a negation stands before the award in its clause ("Không đề nghị tặng Bằng khen … sau:"; the
    rows receive nothing); revocation as :func:`revocation.revocation_kind` reads the sentence: "revoked" ("Thu
    hồi Bằng khen … đã tặng cho các cá nhân sau:", "Hủy bỏ việc tặng …"), "asked" ("Đề nghị thu hồi …": the rows'
    awards stay conferred and in force), None, as a paragraph's conferral would be."""
    sentence = m.sentence or ""
    at = sentence.find(m.text)
    at = len(sentence) if at < 0 else at
    clause = sentence[sentence.rfind(";", 0, at) + 1:at]
    return bool(_negation().search(clause)), revocation_kind(sentence)


def _pick_listed(listed: list, recent: list[str]):
    """The listed award a table takes: the only one, or the one whose first two words the lines before the
    table name ("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN"); None when that does not decide."""
    if len(listed) == 1:
        return listed[0]
    before = " ".join(recent).lower()
    named = [m for m in listed if " ".join(m.text.lower().split()[:2]) in before]
    return named[0] if len(named) == 1 else None


_LEXICON_TABLES: dict = {}


def lexicon_tables(lex) -> dict:
    """Orderings of the lexicon ``lex`` that the tables and the engine's letterhead and signatures read, made once
    per lexicon (not per document or row): ``titles`` (positions.txt, longest first) and ``titles_low``;
    ``honorifics`` (honorifics.tsv, longest first) and ``honorifics_cap`` (those written in lower case there,
    capitalised as a cell opens with them: "Thầy", "Cô"); ``heads_space`` (the unit heads of unit_types.tsv written with
    a capital, a space after: a tuple for ``str.startswith``), ``heads_all_space`` (every head as written, a space
    after) and ``heads_low_space`` (every head lower-cased, a space after); ``places`` (places.txt, longest first),
    ``places_low`` and ``places_low_space`` (a space before); ``award_heads`` (:func:`_award_heads`);
    ``heads_by_length`` (every head, longest first) and ``not_heads`` (not_heads.txt: compounds in which a head is a
    common word or a department's field, "khoa học", "phòng tổ chức")."""
    if _LEXICON_TABLES.get("lexicon") is not lex:
        titles = tuple(sorted(lex.positions, key=len, reverse=True))
        places = tuple(sorted(lex.places, key=len, reverse=True))
        _LEXICON_TABLES.clear()
        _LEXICON_TABLES.update(lexicon=lex, titles=titles, titles_low=tuple(t.lower() for t in titles),
                               honorifics=tuple(sorted(lex.honorifics, key=len, reverse=True)),
                               honorifics_cap=tuple(sorted({h[:1].upper() + h[1:] for h in lex.honorifics} -
                                                           set(lex.honorifics), key=len, reverse=True)),
                               heads_space=tuple(h + " " for h in lex.unit_heads if h[:1].isupper()),
                               heads_all_space=tuple(h + " " for h in lex.unit_heads), award_heads=_award_heads(lex),
                               heads_low_space=tuple(h.lower() + " " for h in lex.unit_heads),
                               places=places, places_low=tuple(p.lower() for p in places),
                               places_low_space=tuple(" " + p.lower() for p in places),
                               heads_by_length=tuple(sorted(lex.unit_heads, key=len, reverse=True)),
                               not_heads=lex.not_heads)
    return _LEXICON_TABLES


#: words written before any title of positions.txt as part of it, one after another ("Phó Trưởng trạm", "Nguyên
#: Phó Giám đốc": deputy, then former, acting of ``title_prefixes.txt`` as officials.PREFIX reads running text), lower
#: case with a space after
TITLE_PREFIXES = ("phó ",) + tuple(p + " " for p in word_list("title_prefixes.txt"))
#: at most this many words of a job outside positions.txt before a unit's head in a cell ("Kế toán", "Nhân viên
#: kỹ thuật"; _job_before_head)
JOB_WORDS = 3


def _title_starts(low: str) -> list[int]:
    """Offsets of the lower-cased cell ``low`` where a title may open: 0, then past each word of TITLE_PREFIXES
    written one after another ("nguyên phó giám đốc …" → [0, 7, 11])."""
    starts = [0]
    while True:
        p = next((p for p in TITLE_PREFIXES if low.startswith(p, starts[-1])), None)
        if p is None:
            return starts
        starts.append(starts[-1] + len(p))


def _job_before_head(cell: str, tables: dict) -> tuple[str, str] | None:
    """A job outside positions.txt written before a unit's head with no comma ("Kế toán Trường Mầm non X" →
    ("Kế toán", "Trường Mầm non X"), "Thủ quỹ Hội Nông dân xã Y"): one to JOB_WORDS words, none capitalised but
    the first, that are no head and no bare prefix of TITLE_PREFIXES, then a capitalised head (unit_types.tsv)
    opening the rest; None otherwise."""
    words = cell.split(" ")
    for k in range(1, min(len(words) - 1, JOB_WORDS) + 1):
        if k > 1 and words[k - 1][:1].isupper():
            return None
        rest = " ".join(words[k:])
        if (rest + " ").startswith(tables["heads_space"]):
            before = " ".join(words[:k])
            if (before + " ").startswith(tables["heads_all_space"]) or before.lower() + " " in TITLE_PREFIXES:
                return None
            return before, rest
    return None


def _split_position(cell: str, tables: dict) -> tuple[str, str]:
    """(position, unit) of a "Chức vụ, đơn vị" cell (``tables`` from :func:`lexicon_tables`): the longest title
    of positions.txt opening it (or opening it after words of :data:`TITLE_PREFIXES`), the rest its unit ("Phó Giám
    đốc Sở Xây dựng" → ("Phó Giám đốc", "Sở Xây dựng"), "Nguyên Giám đốc Ban X" → ("Nguyên Giám đốc", "Ban X"),
    "Trưởng phòng, Sở Tài chính" → ("Trưởng phòng", "Sở Tài chính")); else, when the part after its
    first comma opens with a unit's head (unit_types.tsv) and the part before does not, the part before is the
    position, whatever job it names ("Kế toán, Trường Tiểu học Hòa Bình" → ("Kế toán", "Trường Tiểu học Hòa
    Bình"); "Phòng Tài chính, UBND huyện X" is a unit whole); so too a short job before a head with no comma
    (:func:`_job_before_head`); ("", cell) otherwise."""
    low = cell.lower()
    for start in _title_starts(low):
        for t, tl in zip(tables["titles"], tables["titles_low"]):
            end = start + len(t)
            if low.startswith(tl, start) and (len(cell) == end or cell[end] in " ,"):
                end = _work_unit_end(cell, end, tables)
                return cell[:end], _unit_after_title(cell, end, tables)
    before, comma, after = cell.partition(",")
    before, after = before.strip(), after.strip()
    heads = tables["heads_space"]
    if comma and before and (after + " ").startswith(heads) and not (before + " ").startswith(heads):
        return before, after
    if not comma:
        return _job_before_head(cell, tables) or ("", cell)
    return "", cell


#: lower-case work units a title heads inside its body ("quản đốc phân xưởng", "tổ trưởng tổ ngữ văn"; work_units.txt)
WORK_UNITS = frozenset(word_list("work_units.txt"))


def _work_unit_end(cell: str, end: int, tables: dict) -> int:
    """Where the position ending at ``end`` really ends: past the work unit it heads when a lower-case word of
    work_units.txt opens the rest and a comma then leads to a unit's head ("Quản đốc phân xưởng, Nhà máy X" → the
    position "Quản đốc phân xưởng", the unit "Nhà máy X"; "Tổ trưởng tổ ngữ văn, Trường THPT X"); else ``end``."""
    comma = cell.find(",", end)
    if comma < 0 or cell[end:end + 1] != " ":
        return end
    segment = cell[end + 1:comma].split()
    opens = next((L for L in (2, 1) if " ".join(segment[:L]) in WORK_UNITS), 0)
    if opens and (cell[comma + 1:].strip() + " ").startswith(tables["heads_space"]):
        return comma
    return end


def _unit_after_title(cell: str, end: int, tables: dict) -> str:
    """The unit written after the title ``cell[:end]``; it opens on the title's last word when that word is the
    first of a unit's head and the rest opens no head of its own ("Trưởng Trạm Y tế xã X" → "Trạm Y tế xã X", as
    "Trưởng Ban Thi đua …" → "Ban Thi đua …"; but "Trưởng phòng Sở Y tế" → "Sở Y tế").  Every head counts, not only
    those of officials.TITLE_OPENS_KINDS: the same words after a name in running text give the same unit ("Trưởng
    phòng Kế hoạch, Sở Y tế" → "phòng Kế hoạch, Sở Y tế", the unit mention found there), while TITLE_OPENS_KINDS
    only lets a title that ran on over a head's field in running text end on the head ("Trưởng Trạm | Y tế")."""
    rest = cell[end:].lstrip(" ,").strip()
    last = cell[:end].rsplit(" ", 1)[-1]
    if cell[end:end + 1] == " " and ((last + " " + rest).lower() + " ").startswith(tables["heads_low_space"]) \
            and not _opens_head(rest, last, tables):
        return last + " " + rest
    return rest


def _opens_head(text: str, before: str, tables: dict) -> bool:
    """Whether ``text`` opens with a unit's head of its own (unit_types.tsv): not one that is the first part of a
    common compound with the word after it ("Khoa học công nghệ": "khoa học" of not_heads.txt) nor a field of the
    word ``before`` it ("phòng | Tổ chức cán bộ", "ban | Tổ chức Tỉnh ủy": "phòng tổ chức", "ban tổ chức"), as
    units.py reads a head in running text."""
    head = next((h for h in tables["heads_by_length"] if (text + " ").startswith(h + " ")), None)
    if head is None:
        return False
    after = [w.rstrip(",;.") for w in text[len(head):].split(" ", 2)[1:2]]  # "Khoa học, Sở …": "khoa học"
    return not ((before + " " + head).lower() in tables["not_heads"] or
                " ".join([head] + after).lower() in tables["not_heads"])


#: first words of an award cell beside those of the award catalogue's names and aliases (awards.tsv)
AWARD_CELL_OPENERS = frozenset({"danh hiệu"})


def _names_award(cell: str, heads: frozenset) -> bool:
    """True when an award column's cell opens like a name or alias of the award catalogue ("Huân chương …",
    "Bằng khen …", "CSTĐ cơ sở", "Danh hiệu …"; ``heads`` from :func:`_award_heads`): a header or a fund row of a
    statistics table ("Tổng số", "Chi khen thưởng cấp tỉnh") names none."""
    words = cell.lower().split()
    return bool(words) and (" ".join(words[:2]) in heads or words[0] in heads)


def _award_heads(lex) -> frozenset:
    """The first word and first two words of every award name and alias of ``lex``, and AWARD_CELL_OPENERS."""
    return frozenset({" ".join(a.split()[:2]) for a in lex.award_aliases} |
                     {a for a in lex.award_aliases if " " not in a} | AWARD_CELL_OPENERS)


def _sentence_year(m) -> int | None:
    """The first year written after the award in its sentence ("… cho 03 cá nhân (có danh sách kèm theo), đã có
    thành tích xuất sắc trong công tác năm 2023" → 2023; a span of years "giai đoạn 2021 - 2024" as its end year,
    2024, as :func:`extractors.engine.sentence_years` reads it), or None."""
    from .engine import sentence_years

    at = m.sentence.find(m.text)
    at = at + len(m.text) if at >= 0 else 0
    found = next((y for y in sentence_years(m.sentence) if y.start() >= at), None)
    return int(found.group(1)) if found else None


#: a list's title, the line that opens with it above its table (Nghị định 30/2020/NĐ-CP, Phụ lục I: an appendix
#: "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG … NĂM 2024" over "(Kèm theo Quyết định số … ngày …)")
LIST_TITLE = re.compile(r"\s*danh sách\b", re.I)


def _title_year(lines: list[str]) -> int | None:
    """The year a list's title above its table writes (:data:`LIST_TITLE`; the latest such line of ``lines``, its
    last year, a span "năm học 2023 - 2024" as its end year): the year of the achievement the list rewards, which
    the list's decision, dated after it ("ngày 05/01/2025"), does not give; None without one."""
    from .engine import sentence_years
    for line in reversed(lines):
        if LIST_TITLE.match(line):
            years = [int(y.group(1)) for y in sentence_years(line)]
            return years[-1] if years else None
    return None


#: the columns whose empty cell takes the value of the row above (a merged cell)
CARRIED = ("award", "unit", "recipient", "collective", "year")
#: the carried columns a row short of cells (a merged cell: "3 | Phòng Tài chính – Kế hoạch huyện X | Bằng khen")
#: does not take from the row above: its recipient spans the columns, so the unit above is not its own
SHORT_ROW_OWN = ("unit",)


def _without_honorific(cell: str, tables: dict) -> str | None:
    """The name a cell writes after an honorific of honorifics.tsv, the one list running text reads in any letter
    case ("Ông Tống Văn Khải" → "Tống Văn Khải"; "Thầy Lê Minh", "Cô Hà Thị Mai" as a cell opens with "thầy",
    "cô" capitalised, when a capitalised word follows: not "Anh hùng …"); None when it opens with none."""
    for h in tables["honorifics"]:
        if cell.startswith(h + " ") and len(cell) > len(h) + 1:
            return cell[len(h) + 1:]
    for h in tables["honorifics_cap"]:
        if cell.startswith(h + " ") and cell[len(h) + 1:len(h) + 2].isupper():
            return cell[len(h) + 1:]
    return None


def _person_in(cell: str, lex, tables: dict) -> str:
    """The person a cell of collectives and persons names, without the honorific ("Bà Lê Thị Mai" → "Lê Thị Mai";
    "Hồ Văn Nam" → itself: a surname of surnames.txt opening 2-5 words and no unit head); "" for a unit ("Trường
    Mầm non Sơn Kim", "Phòng Kế hoạch")."""
    stripped = _without_honorific(cell, tables)
    if stripped:
        return stripped
    words = cell.split()
    if words and words[0] in lex.surnames and 2 <= len(words) <= 5 and not cell.startswith(tables["heads_all_space"]):
        return cell
    return ""


def _name_with_job(name: str, position: str, unit: str, lex, tables: dict) -> tuple[str, str, str]:
    """(name, position, unit) of a name cell that writes the person's job after a comma ("Trần Văn Quý, hiệu
    trưởng" → ("Trần Văn Quý", "hiệu trưởng", ``unit``); "Lê Thị Hoa, Phó Giám đốc Sở Y tế" → ("Lê Thị Hoa",
    "Phó Giám đốc", "Sở Y tế") when the row names no unit; "Hồ Văn Nam, Trường Tiểu học X" → its unit): the part
    before the comma is a person (:func:`_person_in`), a position or unit column of the row wins over the cell's.
    Any other cell comes back as it was."""
    before, comma, after = name.partition(",")
    before, after = before.strip(), after.strip()
    if not comma or not after or not _LETTER.search(after) or _person_in(before, lex, tables) != before:
        return name, position, unit
    if (after + " ").startswith(tables["heads_space"]):
        return before, position, unit or after
    title, rest = _split_position(after, tables)
    return before, position or title or after, unit or (rest if title else "")


def _place_recipient(row: dict, cell: str, lex, tables: dict) -> None:
    """Put the cell of a column of collectives and persons ("Tên tập thể, cá nhân") into ``row`` in place: a person
    as the row's ``name``, whose unit the row's "Đơn vị" or "Chức vụ, đơn vị" cell gives; a unit as the row's
    ``unit`` (the recipient itself, before any other column's unit)."""
    person = _person_in(cell, lex, tables) if cell else ""
    if person:
        row["name"] = person
    elif cell:
        row["parent"], row["unit"] = row.get("unit", ""), cell


def _introducing_clause(text: str) -> str:
    """The clause of ``text`` (the line above a table) that introduces the table: what follows its last ";"
    ("… đã đề nghị thu hồi khen thưởng đối với 01 trường hợp; các trường hợp đủ điều kiện đề nghị khen thưởng như
    sau:" introduces proposed awards, not a proposal to revoke)."""
    return text.rpartition(";")[2]


def _row_unit(cell: str, rec: Mention, award: str, block, tables: dict) -> Mention | None:
    """The unit a row names beside its recipient ``rec``, for the knowledge base's links (:attr:`Conferral.row_unit`):
    a collective's managing unit in the "Đơn vị" column ("Trường THPT X | Sở GD&ĐT Y | Bằng khen" → "Sở GD&ĐT Y"),
    a person's unit; a cell opening with a unit's head (unit_types.tsv, capitalised), not the recipient itself nor
    the award; None otherwise."""
    cell = (cell or "").strip()
    if not cell or cell == rec.text or cell == award or not (cell + " ").startswith(tables["heads_space"]):
        return None
    return Mention("unit", cell, rec.block, *_find(block.text, cell), sentence=block.text)


def _decision_cell(cell: str) -> tuple[str | None, str | None]:
    """(number, ISO date or None) of a decision column's cell: "Quyết định số 901/QĐ-UBND ngày 20/4/2021" and
    "901/QĐ-UBND ngày 20/4/2021" → ("901/QĐ-UBND", "2021-04-20"), "901/QĐ-UBND" → ("901/QĐ-UBND", None); a cell
    naming no decision number (no "/") → (None, None)."""
    cell = (cell or "").strip()
    if "/" not in cell:
        return None, None
    found = DECISION.search(cell) or DECISION.search("Quyết định " + cell)
    return decision_of(found) if found else (cell, None)


def _find(block_text: str, cell: str) -> tuple[int, int]:
    i = block_text.find(cell)
    return (i, i + len(cell)) if i >= 0 else (0, len(block_text))


def _members_header(cells) -> dict | None:
    """The columns of a header row of persons without an award (a council's or a board's members, "STT | Họ và tên
    | Chức vụ, đơn vị | Nhiệm vụ"), {key: cell index}: a name column and a position column (:func:`_header` as for
    an attached list: short cells without digits); None otherwise.  Its rows give officials, no conferral."""
    cols = _header(cells, True)
    if cols and "award" not in cols and ("name" in cols or "recipient" in cols) and \
            ("position" in cols or "position_unit" in cols):
        return cols
    return None


def _member(cells, cols: dict, lex, tables: dict) -> tuple[str, str, str] | None:
    """(name, position, unit) of a row of a members table (:func:`_members_header`) as a recipients' row reads
    them: the person of its name cell without the honorific ("Bà Lê Thị Hoa" → "Lê Thị Hoa"), the position and
    unit of its "Chức vụ, đơn vị" cell (:func:`_split_position`) or of its own position and unit columns, a job
    written after a comma in the name cell (:func:`_name_with_job`); None for a row naming no person (a name is
    two or more capitalised words: a form's "Ông (bà) ……" is none)."""
    def cell(key):
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) else ""
    name = _person_in(cell("name") or cell("recipient"), lex, tables)
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None  # a form's blank ("Ông (bà) ……") or a note, no name
    position, unit = cell("position"), cell("unit")
    if cell("position_unit"):
        title, rest = _split_position(cell("position_unit"), tables)
        position, unit = position or title, unit or rest
    return _name_with_job(name, position, unit, lex, tables)


def _member_mentions(person: tuple[str, str, str], block, bi: int, facts) -> tuple:
    """The mentions of a members table's row ``person`` (name, position, unit) added to ``facts`` in place, as a
    recipients' row adds them (the person, the unit); returns the official ``(name Mention, position, unit)``."""
    name, position, unit = person
    pm = Mention("person", name, bi, *_find(block.text, name), sentence=block.text)
    facts.mentions.append(pm)
    if unit:
        um = Mention("unit", unit, bi, *_find(block.text, unit), sentence=block.text)
        facts.units.append(um)
        facts.mentions.append(um)
    return pm, position, unit


def has_rows(blocks) -> bool:
    """Whether ``blocks`` hold a table row with cells, the only blocks :func:`apply` reads."""
    return any(b.kind == "table_row" and b.cells for b in blocks)


def apply(document, facts, doc_year, own=(None, None)) -> list:
    """Add conferrals (and unit mentions) from the document's award tables to ``facts`` in place; ``own`` is the
    decision the document is (:func:`revocation.own_decision`), the one revoking what a revoking article's list holds.

    Returns the officials of the tables as ``(name Mention, position, unit)`` for the engine to merge."""
    officials = []
    if not has_rows(document.blocks):
        return officials  # (the loop below only acts on table rows with cells)
    from .lexicon import lexicon
    lex = lexicon()
    cols = None
    carry: dict[str, str] = {}
    doc_is_proposal = any(b.text.strip().upper() == "TỜ TRÌNH" for b in document.blocks[:8])
    proposed = doc_is_proposal
    recent: list[str] = []
    anchor = ""  # the last line above the current table that is no sub-heading label (:func:`_subheading`)
    ordered = lexicon_tables(lex)
    heads = ordered["heads_space"]
    award_heads = ordered["award_heads"]
    listed = listed_awards(facts)
    given = None  # the listed award of a table without an award column
    revoking, revocation = None, ((None, None), (None, None))  # its article's revocation: (conferring, revoking)
    introduced = unset = object()  # the award the lines above the current table introduce it with, once per table
    members = None  # the columns of a table of persons without an award (a council's members): officials only
    titled = None  # the year of the list's title above the current table (:func:`_title_year`)
    for bi, b in enumerate(document.blocks):
        if b.kind != "table_row" or not b.cells:
            if b.kind != "table_row":
                recent = (recent + [b.text])[-3:]
                titled = _title_year(recent)
                if not _subheading(b.text):
                    anchor = b.text  # a label over a table ("I. Tập thể:") leaves the article above it in force
                cols, introduced, members = None, unset, None
            continue
        cells = [c.strip() for c in b.cells]
        if cols is None and sum(map(bool, cells)) == 1 and LIST_TITLE.match(b.text):
            titled = _title_year([b.text])  # a spreadsheet's title in a row of its own above the header
            recent = (recent + [b.text])[-3:]  # read as a line above the table ("DANH SÁCH ĐỀ NGHỊ …": proposed)
            continue
        if opens_section(cells):
            continue  # a heading of the rows below ("II | Cá nhân", "| Tập thể |"): the columns hold
        if cols is None and introduced is unset:
            introduced = _introduced(facts, [anchor])
        intro = introduced if cols is None else None
        carried = given if cols is not None and "award" not in cols else None  # a second table right below
        h = _header(cells, bool(listed) or intro is not None or carried is not None)
        if h and "award" not in h:
            given = intro or carried or _pick_listed(listed, recent)
            negated, revoking = _negated_or_revoked(given) if given is not None else (False, None)
            if revoking:
                revocation = revocation_decisions(given.sentence or "", own)
            h = h if given is not None and not negated else None
        if not h and cols is None and members is None:
            members = _members_header(cells)
            if members:
                continue
        if members and cols is None:
            person = _member(cells, members, lex, ordered)
            if person:
                officials.append(_member_mentions(person, b, bi, facts))
            continue
        if h:
            cols, carry, members = h, {}, None
            proposed = doc_is_proposal or any(PROPOSAL_CONTEXT.search(t) and not t.lstrip().startswith("Xét")
                                              for t in recent)
            if "award" not in h:
                proposed = proposed or bool(PROPOSAL_CONTEXT.search(given.sentence))
            else:
                revoking = None
            if revocation_kind(_introducing_clause(given.sentence if "award" not in h else (recent or [""])[-1])) \
                    == "asked":
                proposed = False  # "Đề nghị thu hồi …": the rows' awards were conferred; only their revocation is asked
            continue
        if not cols:
            continue
        row = {}
        width = max(cols.values()) + 1
        for key, i in cols.items():
            if len(cells) < width and key == "award" and i == width - 1:
                v = cells[-1]  # a merged cell left the row short: the award is its last cell
            elif len(cells) < width and i == width - 1:
                v = ""
            else:
                v = cells[i] if i < len(cells) else ""
            if not v and key in CARRIED and (len(cells) >= width or key not in SHORT_ROW_OWN):
                v = carry.get(key, "")  # (a row left short by a merged cell names its own unit, or none)
            row[key] = v
            if v:
                carry[key] = v
        if "award" not in cols:
            row["award"] = given.text
        if "recipient" in row:
            _place_recipient(row, row.pop("recipient"), lex, ordered)
        elif "collective" in row:
            row["parent"], row["unit"] = row.get("unit", ""), row.pop("collective")
        if row.get("position_unit"):
            position, unit = _split_position(row.pop("position_unit"), ordered)
            row["position"], row["unit"] = row.get("position") or position, row.get("unit") or unit
        award = row.get("award", "")
        if row.get("unit") and row["unit"] == award:
            row["unit"] = ""  # a short row put the award under "Đơn vị"
        if not _LETTER.search(award) or not _names_award(award, award_heads):
            continue  # a row of column numbers ("1 | 2 | 3"), of counts, or a cell that names no award
        for key in ("name", "unit"):
            if not _LETTER.search(row.get(key, "")):
                row[key] = ""  # a count in a statistics table ("3", "05") is no recipient
        entry = lex.award_aliases.get(award.lower())
        award_name = entry.canonical if entry else award
        sent = b.text
        am = Mention("award", award_name, bi, *_find(b.text, award), sentence=sent)
        year = None
        if row.get("year"):
            m = re.search(r"(19|20)\d\d", row["year"])
            year = int(m.group(0)) if m else None
        year = year or (_sentence_year(given) if "award" not in cols else None) or titled or doc_year
        name = row.get("name", "")
        unit = row.get("unit", "")
        name = _without_honorific(name, ordered) or name  # "Ông Tống Văn Khải" → "Tống Văn Khải"
        if name and name.startswith(heads):
            name, unit, row["parent"] = "", name, unit  # a unit written in the name column, under the unit column's
        name, position, unit = _name_with_job(name, row.get("position", ""), unit, lex, ordered)
        if not name and unit and "name" not in cols:
            person = _person_in(unit, lex, ordered)  # a person in an "Đơn vị" column
            if person:
                name, unit = person, ""
        if name and not name.isdigit():
            pm = Mention("person", name, bi, *_find(b.text, name), sentence=sent)
            facts.mentions.append(pm)
            officials.append((pm, position, unit))
            rec, rtype = pm, "person"
        elif unit:
            um = Mention("unit", unit, bi, *_find(b.text, unit), sentence=sent)
            rec, rtype = um, "collective"
        else:
            continue
        if unit:
            um = Mention("unit", unit, bi, *_find(b.text, unit), sentence=sent)
            facts.units.append(um)
            facts.mentions.append(um)
        facts.mentions.append(am)
        decision, decided = _decision_cell(row.get("decision", ""))
        gone = revoking == "revoked"  # the row's award is its article's, which revokes it
        conferring, by = revocation if revoking else ((None, None), (None, None))
        by = by if gone else (None, None)  # (a revocation asked for is no act of revoking)
        facts.conferrals.append(Conferral(recipient=rec, recipient_type=rtype, award=am, year=year,
                                          status="proposed" if proposed else "conferred",
                                          decision=decision or conferring[0],
                                          decision_date=decided if decision else conferring[1], revoked=gone,
                                          revoked_by=by[0], revoked_date=by[1],
                                          row_unit=_row_unit(row.get("parent", "") if rtype == "collective" else unit,
                                                             rec, award, b, ordered)))
    return officials
