"""The document's own date, from its date line ("Hà Nội, ngày 12 tháng 3 năm 2024")
or the first full date near its start ("Ngày 16/11/2021, …")."""
from __future__ import annotations

import datetime as _dt
import functools
import re

_DATE_PATTERNS = [
    re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE),  # "tháng5" as typed
    re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)"),
]


def all_dates(text: str) -> list[str]:
    """Every valid full date in ``text`` (years 1945–2100), ISO, in order of appearance."""
    return [d for _, d, _ in _dates_at(text)]


def _dates_at(text: str) -> list[tuple[int, str, int]]:
    """(start offset, ISO date, end offset) of every valid full date in ``text`` (years 1945–2100), in order of
    appearance."""
    hits = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            d, mo, y = (int(g) for g in m.groups())
            try:
                date = _dt.date(y, mo, d)
            except ValueError:
                continue
            if 1945 <= y <= 2100:
                hits.append((m.start(), date.isoformat(), m.end()))
    return sorted(hits)


def find_date(text: str) -> str | None:
    """The first valid date in ``text`` as ISO ``YYYY-MM-DD`` (years 1945–2100), or None."""
    dates = all_dates(text)
    return dates[0] if dates else None


def uncited(lines: list[str]) -> list[str]:
    """``lines`` with each line citing another document (:func:`citation_opener`: "Căn cứ Luật … ngày 15 tháng 6 năm
    2022;") blanked to spaces of its length, and within the other lines each citation of a numbered document with
    its date (:func:`cited_document`: "… đã tặng tại Quyết định số 210/QĐ-UBND ngày 5/3/2023") blanked likewise, so
    that no date of it is read as the document's and offsets in the joined text stay those of the original."""
    citation = citation_opener()
    return [" " * len(t) if citation.match(t) else _blank_cited(t) for t in lines]


def _blank_cited(line: str) -> str:
    """``line`` with every in-line citation of a numbered document and its date (:func:`cited_document`) blanked
    to spaces; a reference opening the line (a title naming the document itself: "Quyết định số 45/QĐ-UBND ngày
    …") is kept."""
    if "ngày" not in line and not _NUMERIC_DATE.search(line):
        return line  # (no date: nothing to blank; most lines)
    for m in reversed(list(cited_document().finditer(line))):
        if line[:m.start()].strip():
            line = line[:m.start()] + " " * (m.end() - m.start()) + line[m.end():]
    return line


_NUMERIC_DATE = re.compile(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")


@functools.lru_cache(maxsize=None)
def cited_document() -> re.Pattern:
    """A numbered document named with its date, as a text cites another one: a kind of document of
    ``corpora/gazetteers/document_types.txt`` (Nghị định 30/2020/NĐ-CP, Điều 7), its number ("số 210/QĐ-UBND",
    "210/QĐ-UBND") and its date ("ngày 5/3/2023", "ngày 05 tháng 3 năm 2023"), in any letter case."""
    from pipeline.letterhead import doc_types

    kinds = "|".join(re.escape(t) for t in doc_types())
    return re.compile(rf"(?<!\w)(?:{kinds})\s+(?:số\s*:?\s*)?\d+[\w/.\-]*\s*,?\s*(?:ngày\s*)?"
                      rf"(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}"
                      rf"|\d{{1,2}}\s*tháng\s*\d{{1,2}}\s*năm\s*\d{{4}})", re.IGNORECASE)


def document_date(blocks_text: list[str], first_blocks: int = 4, fallback_blocks: int = 12) -> str | None:
    """The document's date: the latest full date in its first ``first_blocks`` blocks (a date line
    "(24-6-1957 / 24-6-2017)" of an anniversary is dated by the event, the later one), else the first
    date of the document's own further down in its first ``fallback_blocks`` blocks (:func:`own_date_at`: a date
    line "Quảng Bình, ngày 5 tháng 6 năm 2024" below a long header), outside lines
    citing other documents (:func:`citation_opener`), else None (ISO ``YYYY-MM-DD``).  Any other date past the
    first blocks is an event the text tells ("Ngày 19/1/2013, bệnh viện … được khánh thành"), not the date of a
    story that writes none of its own (session 40's newcomer).  A date after the words of another event (a
    founding, a birth: "thành lập ngày 15/6/1976", ``other_event_dates.txt``, :func:`origin_before`) is none of the
    document's."""
    own = uncited(blocks_text[:fallback_blocks])
    head_end = len("\n".join(own[:first_blocks]))
    text = "\n".join(own)
    dates = _own_dates(text)  # one scan: the first blocks' text opens the joined text
    head = [d for d, at, end in dates if end <= head_end]
    if head:
        return max(head)
    return next((d for d, at, end in dates if own_date_at(text, at)), None)


def _own_dates(text: str) -> list[tuple[str, int, int]]:
    """(ISO date, start offset, end offset) of the full dates of ``text``, in order, that no words of another event
    open."""
    return [(d, at, end) for at, d, end in _dates_at(text) if not origin_before(text, at)]


def own_date_at(text: str, at: int) -> bool:
    """Whether the date written at char ``at`` of ``text`` (lines joined by newlines) is on a date line of its own
    (Nghị định 30/2020/NĐ-CP, Phụ lục I): a place and ", ngày" open the line (``pipeline.letterhead.DATE``) and the
    date ends it ("Xã Tân Lộc, ngày 9 tháng 10 năm 2023"), not a sentence telling an event ("Trước đó, ngày
    22-11-2018 UBND huyện …")."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    return _date_line().match(line) is not None and _DATE_LINE_END.search(line) is not None


#: a full date's year ending its line, bar closing punctuation ("… ngày 9 tháng 10 năm 2023", "… ngày 9/10/2023.")
_DATE_LINE_END = re.compile(r"\d{4}\W*$")


@functools.lru_cache(maxsize=1)
def _date_line() -> re.Pattern:
    """``pipeline.letterhead.DATE`` (a place and ", ngày" opening a date line), imported once on first use:
    ``pipeline.letterhead`` imports this module, so a module-level import would be circular."""
    from pipeline.letterhead import DATE

    return DATE


@functools.lru_cache(maxsize=None)
def origin_words() -> re.Pattern:
    """The words of another event ending before its date or year (``corpora/gazetteers/other_event_dates.txt``: a
    founding, a birth, a Party admission, enlistment: "sinh ngày 6/10/1958", "vào Đảng ngày 16/2/1987", "ngày chính
    thức 16/2/1988", "nhập ngũ năm 1972"), or a field of a record naming one, a colon before its date ("Ngày vào
    Đảng: 25-8-1982; Ngày chính thức: 25-8-1983", a profile in a news story: a newcomer, session 42, saw the second
    taken for the story's date), any case, anchored at the end of the searched text: its year dates neither the
    document nor an award.  Built on first use (``extractors.gazetteer`` imports ``pipeline.normalize``, which
    imports this module through ``pipeline.letterhead``)."""
    from extractors.gazetteer import alternation

    return re.compile(r"(?<!\w)(?:%s)(?: vào)?(?: (?:ngày|từ ngày|năm))?\s*:?\s*$" % alternation("other_event_dates.txt"),
                      re.I)


@functools.lru_cache(maxsize=None)
def dictionary_words() -> frozenset:
    """``extractors.gazetteer.dictionary_words`` (the Viet74K words), imported on first use (see
    :func:`origin_words`); :mod:`pipeline.legacy` reads it too."""
    from extractors.gazetteer import dictionary_words

    return dictionary_words()


#: the word before a marker and the one before that, at the end of the searched text (:func:`compound_before`)
TWO_WORDS_BEFORE = re.compile(r"(?:(\w+)\W+)?(\w+)\W*$")


def compound_before(text: str, at: int, word: str) -> bool:
    """``word`` (a one-syllable marker: "sinh"), written at char ``at`` of ``text``, ends a longer word of the
    dictionary (``extractors.gazetteer.dictionary_words``) opened by the word before it, in any letter case
    ("tuyển sinh", "Học sinh", "HỌC SINH"), that word not ending a name (a capitalised word before it too: "Nguyễn
    Văn Học sinh năm …", "Ông Toàn sinh ngày …" are births)."""
    m = TWO_WORDS_BEFORE.search(text, max(0, at - 30), at)
    if m is None or f"{m.group(2).lower()} {word.lower()}" not in dictionary_words():
        return False
    return not (m.group(2)[:1].isupper() and m.group(1) and m.group(1)[:1].isupper())


def origin_before(text: str, at: int) -> bool:
    """The words of another event (:func:`origin_words`) end right before char ``at`` of ``text`` (within 40
    chars), as words of their own: not the end of a longer word of the dictionary opened by a lower-case word
    (:func:`compound_before`: "học sinh ngày 20/11", "tuyển sinh năm 2024", "phát sinh năm 2023" date no birth; but
    "Ông Toàn sinh ngày …": a name before the words)."""
    m = origin_words().search(text, max(0, at - 40), at)
    if m is None:
        return False
    return not compound_before(text, m.start(), m.group(0).split(None, 1)[0])


@functools.lru_cache(maxsize=None)
def citation_opener() -> re.Pattern:
    """The opening of a line citing another document: the legal basis or a proposal of a decision ("Căn cứ Luật …
    ngày 26/11/2003;", "Xét đề nghị … ngày …"), the decision or plan a plan carries out ("Thực hiện Quyết định …
    ngày …"): its dates are the cited documents', not the document's.  The words are
    ``corpora/gazetteers/citation_openers.txt`` (Nghị định 30/2020/NĐ-CP, Phụ lục I; observed in plans, session 35),
    matched at the line's start after white space, in any letter case, as whole words."""
    from extractors.gazetteer import alternation

    return re.compile(rf"\s*(?:{alternation('citation_openers.txt')})(?!\w)", re.IGNORECASE)
