"""The extraction engine: runs the sovang spaCy pipeline over a Document and turns its
spans and relations into :class:`extractors.facts.DocumentFacts`.

The blocks of a document are joined with newlines into one spaCy ``Doc`` (a line
break always ends a sentence), so components see the whole document and the
per-call overhead is paid once; mentions are mapped back to (block, offsets).

Document-level steps (here and in :mod:`extractors.resolve`, not in the
components): bylines and photo credits dropped; short names merged into full
names ("Hạnh" → "Trần Thị Hạnh"); years from the sentence, else the document's
date; decision numbers and dates; table rows (:mod:`extractors.tables`); place
completion; conferrer completion (:mod:`extractors.conferrers`).
"""
from __future__ import annotations

import bisect
import functools
import re

from pipeline.dates import compound_before, origin_before, uncited
from pipeline.letterhead import HEADER_BLOCKS, MOTTO, TITLE, letterhead_bodies, signature_mark, title_line
from pipeline.model import Document

from .canonical import key, level_pattern, unshout
from .descriptors import fold_sy as _sy, opens_with_word as _opens_with_word
from .conferrers import complete_conferrers, issuing_office, stated_conferrer
from .facts import Conferral, DocumentFacts, Mention, Official
from .lexicon import DECISION, LAST_FACT_YEAR, YEAR, day_month_year, lexicon, upper_first
from .nlp import get_nlp, pipeline_steps
from .components.base import RECORDS_ONLY, frame, release, span_text, state, toks
from .components.officials import DECEASED
from . import tables
from .resolve import resolve
from .gazetteer import alternation, province_levels
from .characters import characters, cued
from .name_variants import variant_names
from .named_years import names_no_time
from .normative import is_normative
from .once import Once
from .revocation import decision_of, first_revoke_cue, own_decision, revocation_decisions, revocation_kind, \
    sentence_decision

BYLINE = re.compile(r"^(?:\(?(?:Ảnh|Theo|Nguồn|Tin|Bài|PV|Video)\b.*|[^\s,.:;]+(?: [^\s,.:;]+){0,3})\.?\)?$")
#: a byline that credits its source ("Theo TTXVN", "Nguồn: Báo Nhân Dân"): the body it names is no unit of the story
CREDIT_LINE = re.compile(r"^\(?(?:Ảnh|Theo|Nguồn|Tin|Bài|PV|Video)\b")
#: what follows a writer's name signed inside a paragraph, a byline (GUIDELINES.md: no official): "(T/h)", "(Tổng
#: hợp)" (compiled from other sources), a dash, the outlet and the time of posting ("Thái Sơn - Thể thao Việt Nam |
#: 03:10 27/05/2017"), or the source translated or quoted, closing the paragraph ("Lê Minh (Theo Reuters)", "(Nguồn:
#: …)"). Observed in held-out sets 4, 5, 8, 10, 11 and 12 (10 bylines) and in bulk news (session 31, stories of
#: 50,000 with a name before each: "(T/h)" 255, "(TH)" 25, "(Tổng hợp)" 976, the outlet and time 262, "(Theo …)"
#: closing a paragraph 1,071, "(Nguồn …)" 32)
CREDIT_AFTER = re.compile(r"\s*(?:\((?:[Tt]/[Hh]|TH|[Tt]ổng hợp|TỔNG HỢP)\)|[-–] [^|.\n]{1,40} \| \d{1,2}:\d{2} "
                          r"\d{1,2}/\d{1,2}/\d{4}|\((?:[Tt]heo|THEO|[Nn]guồn:?) [^()\n]{1,40}\)\s*$)")


class _Layout:
    """Where each block sits in the joined document text (blocks are joined with "\\n")."""

    def __init__(self, texts: list[str]):
        self.starts = []
        pos = 0
        for t in texts:
            self.starts.append(pos)
            pos += len(t) + 1

    def locate(self, char: int) -> int:
        """Index of the block holding character ``char`` of the joined text."""
        return bisect.bisect_right(self.starts, char) - 1


def _sentence(doc, tok: int) -> tuple[int, int]:
    """The (start, end) token range of the sentence holding token ``tok``."""
    st = state(doc)
    sents = st["sents"]
    k = bisect.bisect_right(st["sent_starts"], tok) - 1
    return sents[k] if 0 <= k < len(sents) else (0, len(doc))


def _mention(doc, layout: _Layout, kind: str, ent, text: str | None = None) -> Mention:
    d = toks(doc)
    src = ent.info.get("src")
    s, e = src if src is not None else (ent.start, ent.end)
    start, end = d.starts[s], d.ends[e - 1]
    bi = bisect.bisect_right(layout.starts, start) - 1  # layout.locate(start)
    off = layout.starts[bi]
    return Mention(kind, text if text is not None else ent.text, bi, start - off, end - off,
                   _sentence_text(d, ent.start))


def _sentence_text(d, tok: int) -> str:
    """The text of the sentence holding token ``tok`` (``span_text`` of :func:`_sentence`), kept per
    sentence in the Doc's state: a sentence with several mentions is cut out of the text once."""
    st = d.st
    cache = st.get("_sentence_text")
    if cache is None:
        cache = st["_sentence_text"] = {}
    sents = st["sents"]
    k = bisect.bisect_right(st["sent_starts"], tok) - 1
    text = cache.get(k)
    if text is None:
        ss, se = sents[k] if 0 <= k < len(sents) else (0, len(d))
        text = cache[k] = span_text(d, ss, se)
    return text


def document_year(document: Document) -> int | None:
    """The year of the document, or None when it writes no year.

    In this order: ``Document.date``; else, in a story opening on a day and month without a year
    (:func:`_lead_day`), the year of a part of a year it reports as over (:func:`_year_to_date`: "5 tháng đầu năm
    2019" in a story of "Chiều 12/6"); else the written year (:func:`_written_year`): the latest date of a dated
    line among the first blocks or a founding anniversary's year, else the year the document writes most often
    ("năm 2019", "ngày 12/5/2019", "tháng 5/2019"; founding and birth dates left out), the later year on a tie, a
    later bare year when the count holds one year written once (:func:`_later_bare_year`), a bare year when it
    writes none other; that year plus one when the story opens two months or more before a past event of it
    (:func:`_after_its_year`); none when the written year is earlier than a period the story writes as running
    from a year to its present (:func:`_latest_since`); the year it writes most from the year before the first of a
    period it writes ("giai đoạn 2017 - 2022") on, else that first, when the written year is older
    (:func:`_latest_period_start`).  GUIDELINES.md: an award's year is the year "the text says
    or its date implies"; a news article that reports a ceremony once ("… trong năm 2019") dates its awards so.
    """
    if document.date and document.date[:4].isdigit():
        return int(document.date[:4])
    lead = _lead_day(document)
    reported, compared = _year_to_date(document, lead[0]) if lead else (None, None)
    written = _written_year(document) if not reported or (compared and compared > reported) else None
    if written and written < _latest_since(document):
        written = None  # a story told after "Từ năm 1993, …" is of no year before it
    first = _latest_period_start(document) if written else 0
    if written and written < first - 1:
        written = _year_from(document, first - 1) or first  # a story writing "giai đoạn 2017 - 2022" is of no year
        # before 2016: of the year it writes most from then on, else of the period's first
    if compared and (reported is None or compared > reported) and (written is None or compared >= written):
        reported = compared  # a part compared with, no older than the year written: of the story's year
    if reported:
        return reported
    return written + 1 if written and lead and _after_its_year(document, written, lead) else written


#: the story's own day and month, written without a year where it opens, as an adverbial set off by a comma ("Ngày
#: 14/1, …", "Chiều 23/6, …", "Tại hội nghị … ngày 10/10, …"; not an event "… tấn công rạng sáng 14-4.")
#: (each word written in both cases as alternatives of plain letters, not "[Nn]gày": an alternation opening on
#: letters alone lets the regex engine skip ahead to one of them; a class of letters first made it try every character)
LEAD_DATE = re.compile(r"(?:Ngày|ngày|Sáng|sáng|Chiều|chiều|Tối|tối|Trưa|trưa|Đêm|đêm|Hôm|hôm) "
                       r"(\d{1,2})\s*([/-])\s*(\d{1,2}),")
#: a deadline or a plan before a date ("đến ngày 30/6/2017", "trước tháng 12/2017", "sẽ … ngày 20/5/2017"): no past
#: event; a date "cách đây 40 năm, vào ngày 18/12/1968" is years before the story, not in its year
NOT_PAST = re.compile(r"(?:đến|tới|trước(?! đó)|hạn|sẽ|dự kiến|kế hoạch|cách đây)\b[^.;]*$", re.I)  # ("Trước đó": earlier)
#: the end of a year ("cuối năm 2017", "Cuối năm 2017"; not the half-year of a plan "6 tháng cuối năm 2019")
YEAR_END = re.compile(r"[Cc](?<!tháng [Cc])uối năm ((?:19|20)\d\d)")  # ((?<!tháng )[Cc]uối năm …, written to open
# on its first letter: a regex opening on a look-behind is tried in full at every character, 2-4 times slower)
#: the second date of a span "(19/5/1890 – 19/5/2017)": an anniversary's day, which may follow the story's; the end
#: year of a period "giai đoạn 2017 – 2025" (no year of the story, _written_year)
SPAN_BEFORE = re.compile(r"\d\s*[-–—]\s*$")


#: a part of a year reported to date, the first N months or the first, second or third quarter ("6 tháng đầu năm
#: 2017", "quý I/2017", "Quý 2-2017"; group 1 N, group 2 its year; group 3 the quarter, group 4 its year); not the
#: last quarter ("quý IV/2016" is reported in the next year's first months), nor the whole year
YEAR_TO_DATE = re.compile(r"(\d{1,2}) tháng đầu năm ((?:19|20)\d\d)(?!\d)"
                          r"|[Qq]uý (I{1,3}|[1-3])(?:/| năm | ?[-–] ?)((?:19|20)\d\d)(?!\d)")
QUARTERS = {"I": 1, "II": 2, "III": 3, "1": 1, "2": 2, "3": 3}
#: "vào" before such a part dates an act in it, often one scheduled ("bàn giao vào quý I/2020"), no report to date
AT_TIME = ("vào ", "Vào ")
#: a comparison right before such a part ("cao hơn 5 tháng đầu năm 2018", "so với cùng kỳ quý I/2018"): the
#: older period a figure is measured against, no period the story reports
COMPARED = re.compile(r"(?:so với|hơn|cùng kỳ)(?: (?:so với|cùng kỳ|với|của))*\s*$", re.I)


def _lead_day(document: Document) -> tuple[int, int] | None:
    """(month, day) of the day and month, written without a year, that a story opens on in one of its first four
    blocks (:data:`LEAD_DATE`: "Ngày 14/1, …", "Chiều 23/6, …"), or None."""
    for b in document.blocks[:4]:
        m = LEAD_DATE.search(b.text) if DATE_HINT.search(b.text) else None
        if m:
            month, day = int(m.group(3)), int(m.group(1))
            return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    return None


def _year_to_date(document: Document, month: int) -> tuple[int | None, int | None]:
    """The latest year Y of a part of a year the story reports as over by its own month ``month`` (of its opening
    day, :func:`_lead_day`): "5 tháng đầu năm Y" in a story of a month after May, "quý I/Y" in one after March
    (:data:`YEAR_TO_DATE`), outside a plan's or a deadline's clause (:data:`NOT_PAST`, :data:`HORIZON`: "dự kiến
    khởi công quý III/2019").  Such a part of Y is told in Y, once over and before the year ends: the story is of
    Y, whatever older year it writes more often ("năm 2016 tăng 27%, 5 tháng đầu năm 2017 đã đón …"; on 81 bulk
    articles of 2017 with such a part, 79 name 2017 so).  Returns (Y, C): C the latest year of such a part a figure
    is compared with (:data:`COMPARED`: "cao hơn 5 tháng đầu năm 2018", "so với quý I/2021"), which may be an
    older year's (document_year takes it only when no earlier than the year the story writes); each None when
    the story writes none."""
    best = compared = None
    for b in document.blocks:
        text = b.text
        if "tháng đầu năm" not in text and "uý" not in text:
            continue  # (most paragraphs: no regex run)
        for m in YEAR_TO_DATE.finditer(text):
            n = int(m.group(1)) if m.group(1) else 3 * QUARTERS[m.group(3)]
            if not 1 <= n < month or text.endswith(AT_TIME, max(0, m.start() - 4), m.start()) \
                    or NOT_PAST.search(text, max(0, m.start() - 40), m.start()) \
                    or HORIZON.search(text, max(0, m.start() - 30), m.start()):
                continue
            year = int(m.group(2) or m.group(4))
            if COMPARED.search(text, max(0, m.start() - 24), m.start()):
                compared = year if compared is None else max(compared, year)
            else:
                best = year if best is None else max(best, year)
    return best, compared


def _after_its_year(document: Document, year: int, lead: tuple[int, int]) -> bool:
    """True when the story opens on a day and month with no year (``lead``, (month, day): "Ngày 14/1, …") earlier in the calendar than a
    past event of ``year`` it reports ("Trước đó ngày 25/11/2017, …", "tháng 12/2015", "Cuối năm 2017, …") by two
    months or more: the story is of the next year (a story reports no event after its own date; deadlines, plans
    and the end dates of anniversary spans "(19/5/1890 – 19/5/2017)", which may be days after it, left out)."""
    y = str(year)
    for b in document.blocks:
        text = b.text
        if y not in text:
            continue
        events = [(int(m.group(3)), int(m.group(1)), m.start()) for m in _event_dates(text) if m.group(4) == y]
        events += [(int(text[m.start():m.start(1)]), 1, m.start()) for m in MONTH_YEAR.finditer(text)
                   if m.group(2) == y] if "háng" in text else []
        events += [(12, 1, m.start()) for m in YEAR_END.finditer(text) if m.group(1) == y]
        for month, day, at in events:
            if lead[0] + 2 <= month <= 12 and not NOT_PAST.search(text, max(0, at - 40), at) \
                    and not SPAN_BEFORE.search(text, max(0, at - 14), at):
                return True
    return False


#: a birth year before it ("sinh năm 1933", "SN 1990"): no year of the story
BIRTH_BEFORE = ("sinh năm ", "sinh ", "SN ", "SN: ", "sn ")
#: words before a founding year, which dates a unit, not its award ("thành lập năm 1998", "ra đời năm 1965"; an
#: award year is the year it was conferred or is for, GUIDELINES.md)
FOUNDED_BEFORE = ("thành lập năm ", "thành lập ", "ra đời năm ", "ra đời ")


def _written_year(document: Document) -> int | None:
    """document_year without the document's own date and the year after (see document_year)."""
    dated = [anniversary(b.text, m.start(), int(m.group(4))) for b in document.blocks[:4] if DATE_HINT.search(b.text)
             for m in _event_dates(b.text) if _story_date_at(b.text, m.start(), m.start(4), m.end(4))]
    jubilee = _jubilee_year(document)
    if dated and not (jubilee and jubilee > max(dated)):
        return max(dated)  # "(24-6-1957 / 24-6-2017)": the event is at the latest date
    if jubilee:
        return jubilee
    counts = _year_counts(document)
    if not counts:  # no "năm YYYY" nor date: a bare year the story writes ("cúp Vô lăng vàng 2016"), no birth year
        for _, m in _bare_years(document):
            counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    elif max(counts.values()) == 1:
        later = _later_bare_year(document, max(counts))
        if later:
            return later
    return _most_written(counts)


def _year_counts(document: Document, lo: int = 0) -> dict[int, int]:
    """{year: how often the document writes it} of the years no earlier than ``lo`` it writes
    (:func:`_written_years`)."""
    counts: dict[int, int] = {}
    for b in document.blocks:
        for y in _written_years(b.text):
            if y >= lo:
                counts[y] = counts.get(y, 0) + 1
    return counts


def _most_written(counts: dict[int, int]) -> int | None:
    """The year of ``counts`` ({year: times written}) written most often, the later on a tie; None when empty."""
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0] if counts else None


def _latest_since(document: Document) -> int:
    """The latest year the document writes as the start of a period to its present (:func:`_since_start`: "Từ năm
    1993, ông là …"), 0 when none: the story is told after it, so no earlier year is the story's (an obituary's
    most written year, "lên đường ra đảo ngày 4/5/1979 …", dates none of the honours it lists).  A start whose
    sentence tells a rule or a plan to come (:data:`ONWARD`: "Từ năm 2030 trở đi, …", "Từ năm 2030, … sẽ …") opens
    no past: left out."""
    latest = 0
    for b in document.blocks:
        if "ừ " in b.text:  # ("từ ", "Từ "; most blocks hold neither)
            for m in YEAR.finditer(b.text):
                if _since_start(b.text, m.start(), m.end()) and not ONWARD.match(b.text, m.end()):
                    latest = max(latest, int(m.group(1)))
    return latest


#: a period's noun up to its first year (period_nouns.txt: "giai đoạn ", "nhiệm kỳ từ năm "): the head of
#: :data:`PERIOD` and, anchored at the year, :data:`PERIOD_BEFORE`
_PERIOD_HEAD = r"(?<!\w)(?:%s)\s+(?:từ\s+)?(?:năm\s+)?" % alternation("period_nouns.txt")
#: a period of years after its noun (period_nouns.txt: "giai đoạn 2017 - 2022", "nhiệm kỳ từ năm 2016 đến 2021"): group 1
#: its first year
PERIOD = re.compile(_PERIOD_HEAD + r"((?:19|20)\d\d)\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(?:19|20)\d\d(?!\d)", re.I)
#: the rest of a span of years after its first ("(1992-2017)", "2015 - 2020"; a range of counts, "từ 2000-2500
#: m3/s"): group 1 its last number
LONG_SPAN = re.compile(r"\s*[-–—]\s*(\d{4})(?!\d)")
#: a period's noun right before its first year (:data:`PERIOD` up to the year: "giai đoạn ", "nhiệm kỳ từ năm ")
PERIOD_BEFORE = re.compile(_PERIOD_HEAD + "$", re.I)
#: what every match of :data:`PERIOD` holds, its first year and the first letter of what joins the second (re.I reads
#: "đến" as "Đến", "tới" as "Tới"): a block without it is not searched (PERIOD, its nouns first and case-blind, tries
#: every place of a block; this test, a digit first, is a fast scan)
PERIOD_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–—đĐtT]")


def _latest_period_start(document: Document) -> int:
    """The latest first year of a period of years the document writes (:data:`PERIOD`), 0 when none: the story is
    told no earlier than the year before it (document_year: a story older by its most written year is of the year
    it writes most from then on, :func:`_year_from`, else of the period's first).  A period of a plan or a future act
    is none (the tests of :func:`_written_years` for a year: :data:`HORIZON`, "kế hoạch … giai đoạn 2026 - 2030",
    "mục tiêu …"; :data:`FUTURE`, "dự kiến … giai đoạn 2026 - 2030"): a story of 2023 plans for years to come."""
    return max((int(m.group(1)) for b in document.blocks if ("19" in b.text or "20" in b.text)
                and PERIOD_YEARS.search(b.text) for m in PERIOD.finditer(b.text)
                if not HORIZON.search(b.text, max(0, m.start() - 30), m.start())
                and not FUTURE.search(b.text, max(0, m.start() - FUTURE_REACH), m.start())), default=0)


def _year_from(document: Document, lo: int) -> int | None:
    """The year no earlier than ``lo`` the document writes most often (:func:`_written_years`; the later on a tie),
    None when it writes none."""
    return _most_written(_year_counts(document, lo))


def _bare_years(document: Document):
    """(block text, YEAR match) of each bare year the document writes ("cúp Vô lăng vàng 2016", "Phật đản 2016"):
    no birth year, no year of another event, no deadline's (:func:`_deadline_before`), no end of a span, no
    start of a period to the present (:func:`_since_start`), none of a past experience (:func:`_ever_before`) and
    none in a clause of a future act (:data:`FUTURE`: "… sẽ cùng đăng cai Đại hội thể thao 2034"), as :func:`_written_years`
    reads "năm YYYY"."""
    for b in document.blocks:
        for m in YEAR.finditer(b.text) if "19" in b.text or "20" in b.text else ():  # (as _written_years)
            if not SPAN_BEFORE.search(b.text, max(0, m.start() - 14), m.start()) \
                    and not _span_start(b.text, m) and not _history_year(b.text, m) \
                    and _story_year_at(b.text, m.start(), m.start(), m.end()):
                yield b.text, m


def _span_start(text: str, m) -> bool:
    """Whether the YEAR match ``m`` of ``text`` opens a span of several years (:data:`LONG_SPAN`: "(1992-2017)" of
    an anniversary, "khóa IX (2016-2021)", "(1998 - 2006)" of a study; a range of counts, "từ
    2000-2500 m3/s"), not a period after
    its noun (:data:`PERIOD_BEFORE`: "giai đoạn 2017 - 2025", "nhiệm kỳ 2015 - 2020", read as
    :func:`_latest_period_start` reads it: a story may open the period it names).  The first year of a span names a
    time long past or a term, no year of the story (on the baomoi stories of session 47's bulk check, all of 2017,
    such a first year dated 5 stories that wrote no other year, each wrongly: 1998 of "(1998 - 2006)", 2016 of "khóa
    IX (2016-2021)", 2000 of "từ 2000-2500 m3/s"); a period's first year dated
    the training sets' stories launching it (held-out 4 "giai đoạn 2017 - 2025", gold 2017).  A span of two years
    running one into the next, a school year, a crop season or a financial year ("năm học 2017-2018", "vụ Đông Xuân
    2016 - 2017", "niên độ 2016-2017"), is a year's cycle told in its first year as often as in its second (5
    admissions stories of "năm học 2017-2018" against 3 of "năm học 2016-2017" on those baomoi stories): left as
    read."""
    span = LONG_SPAN.match(text, m.end())
    return span is not None and int(span.group(1)) > int(m.group(1)) + 1 \
        and not PERIOD_BEFORE.search(text, max(0, m.start() - 30), m.start())


def _history_year(text: str, m) -> bool:
    """Whether the YEAR match ``m`` of ``text`` is a year written "năm YYYY" before the years :data:`YEAR_OF` reads
    (1980 on): "năm 1945", "vào năm 1952" recall history, no story's time (on the 3,200 stories of session 47's bulk
    check, such a year dated 13 stories that wrote no other, each a story of events decades later: 7 baomoi
    stories, all of 2017)."""
    return int(m.group(1)) < 1980 and text[max(0, m.start() - 4):m.start()].lower() == "năm "


def _story_year_at(text: str, at: int, start: int, end: int) -> bool:
    """Whether the year written at ``text[start:end]``, its mention opening at char ``at`` ("năm 2019" at "năm", a
    bare "2019" at its digits), may date the story: not in a clause of a future act (:data:`FUTURE`), of another
    event (:func:`_other_event`), no birth year (:func:`_birth_before`), no deadline's (:func:`_deadline_before`),
    no start of a period to the present (:func:`_since_start`), none of a past experience (:func:`_ever_before`).
    The one test of :func:`_written_years` ("năm YYYY") and :func:`_bare_years`."""
    return not FUTURE.search(text, max(0, at - FUTURE_REACH), at) and not _other_event(text, at) \
        and not _birth_before(text, at) and not _deadline_before(text, at) \
        and not _since_start(text, start, end) and not _ever_before(text, at) \
        and not names_no_time(text, start, end)


#: what follows the first year of a span or a season ("2017 - 2022", "2016/17"): no year of the story on its own
SPAN_AFTER = re.compile(r"\s*[-–—/]\s*\d")


def _later_bare_year(document: Document, lone: int) -> int | None:
    """The latest bare year (:func:`_bare_years`: not in a clause of a future act, "sẽ … vào mùa hè 2018"; not after
    "năm", not opening a span) later than ``lone``, the one
    year a story writes once in words or a date and nowhere else ("Năm 1999, Liên Hợp Quốc đã công nhận …" in a story
    of "Phật đản 2016"), or None.  A story's own time is its latest: the lone year told in full is background, the
    bare one names its events (on the baomoi articles of the bulk, all of 2017, with one such lone year and a later
    bare one: the bare one 2017 in 91 of a quarter's sample, the lone one in 6).  Not narrowed to a year after an
    event's noun ("lễ hội", "giải", "cúp", "mùa", "cuộc thi" …): of the 64 such stories of that quarter the rule
    dates right, 38 name their event without one ("Confed Cup 2017", "WWDC 2017") or a product's model year
    ("Honda Activa 2017"), against 2 of the 6 it dates wrong ("Toyota Camry 2018" in a story of 2017; session 38)."""
    later = [int(m.group(1)) for text, m in _bare_years(document)
             if int(m.group(1)) > lone and text[max(0, m.start() - 4):m.start()].lower() != "năm "
             and not SPAN_AFTER.match(text, m.end())]
    return max(later) if later else None


#: a founding anniversary a story is held at: "lễ kỷ niệm 35 năm thành lập", "kỷ niệm 55 năm ngày truyền thống",
#: "Kỷ niệm truyền thống 55 năm …", "sau 45 năm hình thành và phát triển", "tròn 10 năm xây dựng và trưởng thành";
#: of relations established between states or bodies, "kỷ niệm 25 năm thiết lập quan hệ Đối tác Đối thoại ASEAN-Ấn
#: Độ (1992-2017)" (6 of the 3,200 bulk stories of session 47 hold "kỷ niệm N năm thiết lập"); "kỉ niệm", the
#: spelling with "i" (Từ điển tiếng Việt, Hoàng Phê: "kỉ niệm" = "kỷ niệm"), as well
JUBILEE = re.compile(r"(?:[Kk][ỷỉ] niệm(?: truyền thống)?|[Tt]ròn|[Ss]au|[Tt]rải qua) (\d{1,3}) (?:năm|ngày) (?:ngày )?"
                     r"(?:thành lập|truyền thống|hình thành|xây dựng|ra đời|phát triển|thiết lập quan hệ)"
                     r"|[Kk][ỷỉ] niệm truyền thống (\d{1,3}) năm")
#: literal strings one of which every JUBILEE match holds
JUBILEE_CUES = ("ỷ niệm", "ỉ niệm", " năm thành lập", " năm hình thành", " năm xây dựng", " năm ngày thành lập")
#: a founding ("được thành lập năm 1982", "thành lập ngày 15/4/1976", "ra đời năm …", "… thành lập Tổng công ty",
#: "thiết lập quan hệ ngoại giao năm 1973")
FOUNDING = re.compile(r"thành lập|ra đời|tiền thân|thiết lập quan hệ")
#: a span of years "(1964-2019)": an anniversary written by its origin and its year
YEAR_SPAN = re.compile(r"((?:19|20)(?<!\d..)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")  # ((?<!\d)((?:19|20)\d\d)…, the
# look-behind after the first two digits, as YEAR_END)


def _jubilee_year(document: Document) -> int | None:
    """The year of the founding anniversary a story reports ("lễ kỷ niệm 35 năm thành lập" of a company "được
    thành lập năm 1982": 2017), or None.  The origin is the earliest year written within 80 chars of a founding
    word ("thành lập", "ra đời", "tiền thân") in its sentence, or the start of a span "(1964-2019)" as long as
    the anniversary; the anniversary is the first the document names.  A founding anniversary is held N years
    after the founding (GUIDELINES.md: the year "its date implies")."""
    text = "\n".join(b.text for b in document.blocks)
    m = None
    for cue in JUBILEE_CUES:  # str.find, then the regex in a window: a regex over the whole text costs 2% of the run
        i = text.find(cue)
        while i >= 0 and m is None:
            m = JUBILEE.search(text, max(0, i - 20), i + 60)
            i = text.find(cue, i + 1)
        if m:
            break
    if not m:
        return None
    n = int(m.group(1) or m.group(2))
    if not 1 <= n <= 200:
        return None
    for s in YEAR_SPAN.finditer(text):
        if int(s.group(2)) - int(s.group(1)) == n:
            return int(s.group(2))
    origin = None
    for f in FOUNDING.finditer(text):
        lo = max(text.rfind(".", 0, f.start()), text.rfind("\n", 0, f.start()), f.start() - 80)
        hi = f.end() + 80
        for stop in (text.find(".", f.end(), hi), text.find("\n", f.end(), hi)):
            if stop >= 0:
                hi = min(hi, stop)
        window = text[lo + 1:hi]
        for y in FIRST_YEAR.finditer(window):
            if y.start() and window[y.start() - 1].isdigit() or window[y.end():y.end() + 1].isdigit():
                continue
            if window[y.end():y.end() + 1] == "/" or window[y.end():y.end() + 2] in ("/Q", "/N"):
                continue  # a decision number "16/2007/QĐ-BCVT"
            v = int(y.group(0))
            origin = v if origin is None else min(origin, v)
    if origin is None or origin + n > LAST_FACT_YEAR:
        return None
    return origin + n


#: "kỷ niệm 65 năm …": an anniversary, held N years after the origin date the text writes with it
ANNIVERSARY = re.compile(r"[Kk]ỷ niệm (\d{1,3}) năm\b")
FIRST_YEAR = re.compile(r"(?:19|20)\d\d")


#: a clause break between "kỷ niệm N năm …" and a year: the year is no origin of the anniversary ("Nhân lễ kỷ niệm
#: 10 năm thành lập, … trao tặng cờ thi đua năm 2016": 2016 is the flag's year)
CLAUSE_BREAK = re.compile(r"[,.;:!?]")


def _unbracketed(text: str) -> str:
    """``text`` without its bracketed parts ("ngày truyền thống (25/10/1951" keeps "ngày truyền thống ")."""
    return re.sub(r"\([^()]*\)?", " ", text)


def anniversary(text: str, pos: int, year: int, reach: int = 160) -> int:
    """``year`` (written at char ``pos`` of ``text``), or year + N when "kỷ niệm N năm" comes within
    ``reach`` chars before it and year + N is no later than ``LAST_FACT_YEAR`` (2049): "kỷ niệm 65 năm ngày
    truyền thống (25/10/1951)" is an event of 2016.  Only the first year after the cue is an origin: in "kỷ niệm 9 năm
    (01/9/2008-01/9/2017)" 2008 gives 2017 and 2017 stays.  A year already at the anniversary ("kỷ niệm
    100 năm … năm 2016") stays as it is, as its sum would be later than 2049."""
    m = None
    for m in ANNIVERSARY.finditer(text, max(0, pos - reach), pos):
        pass
    if m is None or year + int(m.group(1)) > LAST_FACT_YEAR or int(m.group(1)) == 0 or \
            FIRST_YEAR.search(text, m.end(), pos) or CLAUSE_BREAK.search(_unbracketed(text[m.end():pos])):
        return year  # no anniversary, or this year is not the first after it ("(01/9/2008-01/9/2017)": 2017)
    return year + int(m.group(1))


#: DATE without its optional "ngày" before the digits (the same dates and groups, matched at the day): an optional
#: first group makes the regex engine try every position twice, DATE_DIGITS runs in half the time
DATE_DIGITS = re.compile(r"(\d\d?)\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)")  # ("\d\d?", not "\d{1,2}", first: a
# pattern opening on a plain digit class lets the regex engine skip ahead to the next digit)


def _event_dates(text: str):
    """DATE matches of ``text`` that are no date of another event (a founding, a birth, a Party admission: no
    words of :func:`pipeline.dates.origin_words` just before)."""
    return (m for m in DATE_DIGITS.finditer(text) if not origin_before(text, m.start()))


#: a plan's horizon before a year ("định hướng đến năm 2035", "tầm nhìn đến năm 2045"): no date of the document
HORIZON = re.compile(r"(tầm nhìn|định hướng|mục tiêu|kế hoạch|chiến lược)\b[^.;]*$", re.I)
#: the words of a future act, "will" and "planned" (the one list of FUTURE and ONWARD)
FUTURE_WORDS = r"sẽ|dự kiến"
#: a future act before a year in its clause ("… và sẽ hoàn thành quy mô đàn đạt 137.000 con vào năm 2020", "dự kiến
#: khánh thành năm 2020"): a plan's date, no date of the document (a comma ends the clause; a number's thousands dot
#: "137.000" does not); looked for within FUTURE_REACH chars before the year
FUTURE = re.compile(r"\b(?:%s)\s(?:[^.;,]|\.(?=\d))*$" % FUTURE_WORDS, re.I)
FUTURE_REACH = 60


#: the words of a deadline or a horizon right before a year ("đến năm 2025", "tới 2030", "đến hết năm 2020": a plan's
#: or a period's end, no date of the story), but not those of a count up to the story's own time ("tính đến năm 2017")
DEADLINE_WORDS = ("đến ", "tới ", "đến năm ", "tới năm ", "đến hết ", "tới hết ", "đến hết năm ", "tới hết năm ",
                  "đến tận ", "tới tận ", "đến tận năm ", "tới tận năm ")
AS_OF = ("tính", "Tính")
#: the start of a period before its end, written as a year, a day or a month ("Từ năm 2011 đến năm 2018, ông là …",
#: "từ ngày 3-7 đến hết ngày 11-7-2018", "từ tháng 8/2012 đến tháng 1/2013", "từ 3/7/2018 đến …"): the end of a past
#: period, no deadline; not a quantity's start before a target's ("nâng tỷ lệ từ 80% lên 95% đến năm 2025": a plan's)
PERIOD_FROM = re.compile(r"[Tt]ừ (?:(?:năm )?(?:19|20)\d\d\b|(?:ngày|tháng) \d|\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d\b)"
                         r"[^.;]*$")


def _deadline_before(text: str, at: int) -> bool:
    """Whether a deadline's words (:data:`DEADLINE_WORDS`) end right before char ``at`` of ``text`` (where "năm
    YYYY" or a bare year opens), not after "tính" (:data:`AS_OF`: "Tính đến năm 2017, …" dates the story) nor as the end
    of a period whose start is written within 40 chars before (:data:`PERIOD_FROM`: "Từ năm 2011 đến năm 2018")."""
    before = text[max(0, at - 20):at]
    mark = next((w for w in DEADLINE_WORDS if before.endswith(w)), None)
    if mark is None:
        return False
    if before[:len(before) - len(mark)].rstrip().endswith(AS_OF):
        return False
    return not PERIOD_FROM.search(text, max(0, at - len(mark) - 40), at - len(mark))


def _written_years(text: str):
    """Years ``text`` writes as "năm YYYY" (not the start of a period to the present, :func:`_since_start`), in a
    full date, as "tháng M/YYYY" (not a founding/birth date) or as a
    sports season, for its end year ("mùa giải 2016-2017": 2017; :data:`SEASON`).  Every year read here is
    written with "19" or "20" (SEASON, YEAR_OF, DATE_DIGITS and MONTH_YEAR take its first two digits so): a text
    holding neither, most paragraphs, writes none, and is passed over without the regexes."""
    if "19" not in text and "20" not in text:
        return
    for m in _season_years(text):
        yield int(m.group(1))
    for m in YEAR_OF.finditer(text) if "ăm 19" in text or "ăm 20" in text else ():  # (a match holds one)
        if not HORIZON.search(text, max(0, m.start() - 30), m.start()) \
                and _story_year_at(text, m.start(), m.start(1), m.end(1)):
            yield int(m.group(1))
    if DATE_HINT.search(text):
        for m in _event_dates(text):
            if _story_date_at(text, m.start(), m.start(4), m.end(4)):
                yield int(m.group(4))
        if "háng" in text:
            for m in MONTH_YEAR.finditer(text):
                if _story_date_at(text, m.start(), m.start(2), m.end(2)):
                    yield int(m.group(2))


#: the head word of a full date or a month's ("ngày 30/6/2021", "tháng 6/2021"), right before its digits
DATE_WORD = re.compile(r"(?:[Nn]gày|[Tt]háng)\s+$")


def _story_date_at(text: str, digits: int, start: int, end: int) -> bool:
    """Whether a full date or a month's date whose digits open at char ``digits`` of ``text`` (its year at
    ``text[start:end]``) may date the story: the tests of a year written "năm YYYY" (:func:`_story_year_at`) read
    from its head word ("ngày", "tháng"; :data:`DATE_WORD`), so that a deadline's date ("gia hạn hợp đồng đến tận
    ngày 30/6/2021", "có hiệu lực đến hết ngày 31/12/2020"), a future act's ("sẽ khai trương vào tháng 9/2018") or
    a past experience's ("từng vô địch ngày 5/5/2015") is no more the story's than "đến năm 2021" is."""
    head = DATE_WORD.search(text, max(0, digits - 8), digits)
    return _story_year_at(text, head.start() if head else digits, start, end)


#: the number-and-symbol line and the place-and-date line of an administrative document's header, and its type
#: line (Nghị định 30/2020/NĐ-CP on the format of administrative documents, Appendix I: "Số: …/QĐ-…",
#: "Hà Tĩnh, ngày 20 tháng 12 năm 2024", "QUYẾT ĐỊNH"); the type line alone on its line, in capitals or typed in
#: lower or mixed case ("Quyết định", "Quyết Định"; never a "quyết định" in running text)
HEADER_NUMBER = re.compile(r"^\s*Số\s*:?\s*(\d+[\w.-]*/[\w.-]*Q[ĐD][\w.-]*)", re.M)
#: (its date also typed with numbers, "ngày 20/12/2024", "ngày 20-12-2024", "ngày 20.12.2024", as pipeline.dates
#: reads a document's date: lexicon.day_month_year, no comma before "năm", no digit after the year)
HEADER_DATE = re.compile(day_month_year() + r"(?!\d)")
#: an appendix's caption naming the decision it goes with, at a line's start (Nghị định 30/2020/NĐ-CP, Phụ lục I:
#: "(Kèm theo Quyết định số …/QĐ-… ngày … của …)"; also written short, "Kèm theo QĐ số …")
ATTACHED_TO = re.compile(r"^[^\S\n]*\(?[^\S\n]*(?:Kèm|KÈM)[^\S\n]+(?:theo|THEO)[^\S\n]+(?=Quyết định|QĐ)", re.M)
DECISION_TITLE = re.compile(r"^[^\S\n]*quyết[^\S\n]+định[^\S\n]*$", re.M | re.I)


def document_decision(document: Document, head: int = 12) -> tuple[str | None, str | None]:
    """(number, ISO date) of the decision a document is, from its header ("Số: 2145/QĐ-UBND", "…, ngày 20 tháng
    12 năm 2024") when one of its first ``head`` blocks is the type line "QUYẾT ĐỊNH" (in any case, alone on its
    line: DECISION_TITLE); (None, None) for any other document.  The awards a decision gives ("Điều 1. Tặng Bằng
    khen …") were conferred by it.  A list standing alone, a decision's appendix, is that decision's: its caption
    "(Kèm theo Quyết định số 99/QĐ-UBND ngày 05/01/2025 của …)" (ATTACHED_TO) names it, with its date."""
    text = "\n".join(b.text for b in document.blocks[:head])
    if "uyết" not in text and "UYẾT" not in text and "QĐ" not in text:
        return None, None  # (DECISION_TITLE needs one: a str test rules out most news stories before any regex)
    # (HEADER_NUMBER and ATTACHED_TO open on a line's start, where the regex engine cannot skip ahead: each is tried
    # at every character, so the words they must hold are looked for first)
    number = HEADER_NUMBER.search(text) if "Số" in text else None
    if not number or not DECISION_TITLE.search(text):
        attached = ATTACHED_TO.search(text) if "Kèm" in text or "KÈM" in text else None
        return decision_of(DECISION.match(text, attached.end())) if attached else (None, None)
    # a line citing the legal basis ("Căn cứ Luật … ngày 15 tháng 6 năm 2022;", pipeline.dates.uncited) dates
    # the cited document, not this one: blanked (same length, same offsets) before the date line is looked for
    own = "\n".join(uncited([b.text for b in document.blocks[:head]]))
    date = HEADER_DATE.search(own, number.end())
    iso = f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}" if date else None
    return number.group(1), iso


#: what every DATE match holds (a digit, a separator, a digit): a cheap scan that rules most text out
DATE_HINT = re.compile(r"\d\s*[/.-]\s*\d")
#: the day and month of a full date before its year ("16/2/" of "16/2/1988"), to find the words before the date
DATE_HEAD = re.compile(r"(?:\d{1,2}\s*[/.-]\s*){1,2}$")


SENTENCE_END = (".", "!", "?")


def _sentence_start(text: str, at: int) -> int:
    """The char where the sentence of ``text`` holding char ``at`` opens: right after the last SENTENCE_END before
    it, else 0."""
    return max(text.rfind(e, 0, at) for e in SENTENCE_END) + 1


@functools.lru_cache(maxsize=None)
def _ever() -> re.Pattern:
    """"từng" as "ever, once before", the time-aspect adverb before a verb ("từng giành", "từng là", "từng bị",
    "từng hai lần vô địch"; Diệp Quang Ban, Ngữ pháp tiếng Việt (2005)): every "từng" but one before a word of
    ``each_words.txt``, where it means "each" ("từng đơn vị", "thăm từng hộ") or "step by step" ("từng bước").  The
    verbs after "từng" are an open class, its nouns a short list: the list is of the nouns."""
    return re.compile(r"\btừng\b(?!\s+(?:%s)\b)" % alternation("each_words.txt"), re.I)


def _ever_before(text: str, at: int) -> bool:
    """Whether "từng" as "ever" (:func:`_ever`: not before a noun) stands in the sentence of ``text`` before char
    ``at``: the year there dates a past experience ("Chị từng giành HCB năm 2015" in a story of 2017), no time of the
    story (it still dates the award of its own clause, :func:`_year_near`).  A "từng" meaning "each" ("kết quả của
    từng đơn vị năm 2020") leaves the year the story's."""
    if "ừng" not in text:  # (most texts hold no "từng": no regex)
        return False
    lo = _sentence_start(text, at)
    return _ever().search(text, lo, at) is not None


#: "nhiều" before the head of an award ("tặng nhiều Huân chương Lao động, Cờ thi đua", "nhiều huân, huy chương",
#: "nhiều phần thưởng cao quý"): several awards, a record (:func:`_told_as_record`); the heads of the kinds of
#: awards.tsv (Luật Thi đua, khen thưởng 06/2022/QH15, Ch. II–III), whole words ("nhiều bằng chứng", "nhiều giải
#: pháp" name none)
MANY_AWARDS = re.compile(r"\b[Nn]hiều\s+(?:[Hh]uân chương|[Hh]uân,|[Hh]uy chương|[Hh]uy hiệu|[Bb]ằng khen|"
                         r"[Cc]ờ thi đua|[Gg]iải thưởng|[Dd]anh hiệu|[Kk]ỷ niệm chương|[Gg]iấy khen|[Pp]hần thưởng)\b")
#: "nhiều" right before the award itself, perhaps after one more word and a comma ("nhiều huân, huy chương")
MANY_BEFORE = re.compile(r"\b[Nn]hiều\s+(?:\w+\s*,\s*)?$")
#: a clause's end between a cue and the award after it ("Anh từng là bộ đội, nay được tặng …"), unless what
#: follows it up to the award is a list of awards, no verb of its own ("nhiều lần được tặng huân chương, bằng khen")
CLAUSE_MARKS = re.compile(r"[,:]")
#: the verbs of a clause of its own between a cue and an award (receiving, giving, winning, being, having), read by
#: CLAUSE_VERBS and AND_PREDICATE
_CLAUSE_VERB_WORDS = "được|nhận|tặng|trao|giành|đoạt|là|có|phong|vinh danh"
CLAUSE_VERBS = re.compile(r"\b(?:%s)\b" % _CLAUSE_VERB_WORDS, re.I)
#: a second predicate joined by "và" and opening on a verb of CLAUSE_VERBS ("… và được tặng …", "và nhận …"), an
#: adverb of time or manner between ("và đã được", "và cũng nhận"): a cue written before it, with no such verb of its
#: own, repeats another doing ("Ông A đã nhiều lần | đến thăm xã | và được tặng huân chương": the visits, not the
#: award; :func:`_cue_reaches`)
AND_PREDICATE = re.compile(r"\bvà\s+(?:(?:đã|cũng|còn|vừa|từng)\s+)?(?:%s)\b" % _CLAUSE_VERB_WORDS, re.I)


@functools.lru_cache(maxsize=None)
def _repeated() -> re.Pattern:
    """The words of awards received again and again (``repeated_award_cues.txt``: "nhiều lần", "nhiều năm liền",
    "hết lần này tới lần khác"), any case, as whole words."""
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % alternation("repeated_award_cues.txt"), re.I)


def _cue_reaches(text: str, end: int, at: int, fronted: bool = False) -> bool:
    """Whether a cue ending at char ``end`` of ``text`` is of the clause of the award at char ``at``: no ";"
    between, and no "," or ":" but one opening a list of awards without a verb of its own up to the award
    (:data:`CLAUSE_VERBS`), or one closing a ``fronted`` adverbial ("Nhiều năm liền, nhà máy nhận …"); not a cue
    written inside its clause whose own verb, before a predicate joined by "và" up to the award
    (:data:`AND_PREDICATE`), is none of CLAUSE_VERBS ("nhiều lần đến thăm xã và được tặng …": the visits repeat)."""
    if ";" in text[end:at]:
        return False
    m = CLAUSE_MARKS.search(text, end, at)
    if fronted and m is not None and m.start() == end:
        return True
    joined = AND_PREDICATE.search(text, end, at)
    if joined is not None and not CLAUSE_VERBS.search(text, end, joined.start()):
        return False  # "nhiều lần đến thăm xã và được tặng …": the cue's own verb is another doing (AND_PREDICATE)
    return m is None or not CLAUSE_VERBS.search(text, m.end(), at)


def _told_as_record(text: str, at: int, end: int) -> bool:
    """Whether sentence ``text`` tells the award at char ``at`` as part of a record, several awards received over
    the years: "nhiều" right before it (:data:`MANY_BEFORE`: "nhiều huân, huy chương") or before an award's head in
    its clause (:data:`MANY_AWARDS`: "tặng nhiều Huân chương Lao động, Cờ thi đua"), or a word of repetition in its
    clause (:func:`_repeated`: "nhiều lần được trao tặng huân chương, bằng khen", "Nhiều năm liền, nhà máy nhận
    bằng khen …"; :func:`_cue_reaches`).  Such an award is of no one year: a sentence writing none is not dated by
    the story (GUIDELINES.md: year "null otherwise"; the held-out news gold gives such sentences null: 26 facts of
    dev and held-out 3-6, none with a year).  Not "từng" ("ever") alone: a validation set's gold dates one such
    award by its story (session 42).  A count of times right after the award, at its end
    ``end`` (:data:`TIMES_AFTER`: "vô địch FA Cup 2 lần"), tells one too."""
    if "lần" in text and TIMES_AFTER.match(text, end):
        return True
    if "hiều" not in text and "HIỀU" not in text and "ần này" not in text:
        return False  # (most sentences: no regex run; every cue of repeated_award_cues.txt holds "nhiều" or "lần
        # này", as MANY_BEFORE and MANY_AWARDS hold "nhiều": tests/test_repeated_cues_gate.py checks the list)
    lo = _sentence_start(text, at)
    if MANY_BEFORE.search(text, max(lo, at - 24), at) or \
            any(_cue_reaches(text, m.end(), at) for m in MANY_AWARDS.finditer(text, lo, at)):
        return True
    return any(_cue_reaches(text, m.end(), at, fronted=True) for m in _repeated().finditer(text, lo, at))


def _birth_before(text: str, at: int) -> bool:
    """A birth marker (:data:`BIRTH_BEFORE`: "sinh năm ", "SN ") ends right before char ``at`` of ``text`` as words
    of a birth, not as the end of a dictionary word ("tuyển sinh năm 2024", "học sinh năm 2023":
    :func:`pipeline.dates.compound_before`): the year after it is a birth year."""
    before = text[max(0, at - 16):at]
    mark = next((b for b in BIRTH_BEFORE if before.endswith(b)), None)
    if mark is None:
        return False
    return not (mark.lower().startswith("sinh") and compound_before(text, at - len(mark), "sinh"))


def _other_event(text: str, at: int) -> bool:
    """The year written at char ``at`` of ``text`` (alone, after "năm", or ending a full date "16/2/1988") is the
    year of another event (:func:`pipeline.dates.origin_before`: "vào Đảng ngày 16/2/1987", "nhập ngũ năm 1972")."""
    head = DATE_HEAD.search(text, max(0, at - 8), at)
    start = head.start() if head else at
    return origin_before(text, start)


YEAR_OF = re.compile(r"[Nn]ăm (19[89]\d|20[0-4]\d)\b")  # "năm 2018", "Năm 2018, …"; a birth year ("sinh năm
# 1990") is dropped by its reader (_birth_before)


def _signatures(blocks, issuer: str = "") -> dict[int, tuple[str, str]]:
    """Signature blocks of administrative documents: a name line under an upper-case title line
    ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Thái Văn Luận").  Returns {block index: (position, unit)}; the
    unit is ``issuer``, the issuing body of the letterhead (:func:`_letterhead_units`), or without one the first
    upper-case header line of the document naming a body ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")."""
    lex = lexicon()
    ordered = tables.lexicon_tables(lex)
    titles, titles_low = ordered["titles"], ordered["titles_low"]
    for b in blocks[:3] if not issuer else ():
        for c in (b.cells or [b.text]):
            t = c.strip()
            if t and t.isupper() and t.lower().startswith(ordered["heads_low_space"]):
                issuer = _unshout(t)
                break
        if issuer:
            break
    def signed(prev: str, text: str) -> str | None:
        """The position of the upper-case title line ``prev`` over the short name line ``text``, else None."""
        if not prev.isupper():
            return None
        words = text.split(None, 5)  # (six parts: more than five words)
        if not (2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not text.isupper()):
            return None
        low = prev.lower()
        for t, tl in zip(titles, titles_low):
            if low == tl or low.startswith(tl + " "):
                return t + prev[len(t):].lower()
        return None

    out = {}
    # anywhere in the document, not only its last blocks: a decision's annexed list of recipients (Phụ lục) often
    # follows the signature; the upper-case title line directly above a short name line is the filter
    # (the mark of signature and seal an electronic copy writes between them, "(Đã ký)", is passed over)
    prev = ""
    for bi in range(len(blocks)):
        text = blocks[bi].text.strip()
        pos = signed(prev, text) if prev else None
        if pos:
            out[bi] = (pos, issuer)
        if not (prev.isupper() and signature_mark(text)):  # (a mark matters only under a title line)
            prev = text
    # a signature block typed in one paragraph or one cell, its lines parted by line breaks ("KT. BỘ TRƯỞNG↵THỨ
    # TRƯỞNG↵↵Ngô Thị Minh"): the same pair of lines inside the block, when it holds one such pair only; the
    # block's text only, not its cells (pipeline.normalize.normalize_document joins the lines of every cell)
    for bi, b in enumerate(blocks):
        if bi in out or "\n" not in b.text:
            continue
        found = {signed(a, n) for a, n in _line_pairs(b.text)} - {None}
        if len(found) == 1:
            out[bi] = (found.pop(), issuer)
    return out


def _line_pairs(text: str):
    """Each non-empty line of ``text`` (stripped) with the non-empty line after it, a mark of signature and seal
    (:func:`pipeline.letterhead.signature_mark`: "(Đã ký)") passed over when the line kept before it is upper case
    (a title line), as :func:`_signatures` does between blocks: elsewhere a line opening "Ký", "Dấu" ("Ký kết hợp
    tác …") is text and stays a line of its own."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not (lines and lines[-1].isupper() and signature_mark(line)):
            lines.append(line)
    return zip(lines, lines[1:])


#: a level word inside a body's name as :func:`_unshout` writes it ("… tỉnh Nghệ An", "… huyện Cam Lộ"), lower-case
_LEVEL_WORD = re.compile(r"(?<= )(?:" + level_pattern() + r") (?=\w)")  # administrative_levels.tsv


def _level_place(name: str) -> str | None:
    """The place that ends a body's name, from its level word on ("Ủy ban nhân dân tỉnh Nghệ An" → "tỉnh Nghệ
    An"), the place capitalised (so "Tỉnh ủy Nghệ An", "Ban Thường vụ tỉnh đoàn" name none); None without one."""
    for m in _LEVEL_WORD.finditer(name):
        if name[m.end()].isupper():
            return name[m.start():]
    return None


def _letterhead_units(blocks, bodies: list[int] | None = None) -> list[tuple[int, str, str]]:
    """(block index, name as written, name as :func:`_unshout` writes it) of the bodies of the document's
    letterhead (:func:`pipeline.letterhead.letterhead_bodies`), managing body first, issuing body last.  Nghị định
    30/2020/NĐ-CP, Phụ lục I: the lower line is the issuing body, named within the managing body above it, so an
    issuing body without a place takes the managing body's ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" / "SỞ Y TẾ" → "SỞ Y TẾ
    TỈNH NGHỆ AN", "Sở Y tế tỉnh Nghệ An").  A body that is an office ("THỦ TƯỚNG CHÍNH PHỦ") is left out.
    ``bodies``: ``letterhead_bodies(blocks)`` when already found."""
    found = letterhead_bodies(blocks) if bodies is None else bodies
    if not found:
        return []
    lex = lexicon()
    titles = tables.lexicon_tables(lex)["titles_low"]
    # an office that issues in its own name ("THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH NƯỚC": positions.txt) is no unit
    found = [i for i in found if " ".join(blocks[i].text.lower().split()) not in titles]
    if not found:
        return []
    written = [" ".join(blocks[i].text.split()) for i in found]
    names = [_unshout(w) for w in written]
    if len(names) >= 2 and not _names_place(names[-1], lex) and not _is_cluster(names[-1], lex):
        place = _level_place(names[-2])
        if place:  # the place runs to the end of the name: as many words at the end of the name as written
            names[-1] = f"{names[-1]} {place}"
            written[-1] = " ".join([written[-1]] + written[-2].split()[-len(place.split()):])
    return list(zip(found, written, names))


def _is_cluster(name: str, lex) -> bool:
    """Whether a body's name opens with the head of an emulation cluster or bloc ("Cụm thi đua số 4", unit_types.tsv
    kind ``cluster``): Luật Thi đua, khen thưởng 06/2022/QH15, Điều 8, makes it a grouping of member units, not a
    body of the one above it in the letterhead, so it takes no place from it (the samples' gold writes "CỤM THI
    ĐUA SỐ 4" under "UBND TỈNH NAM ĐỊNH")."""
    low = name.lower()
    return any(kind == "cluster" and low.startswith(head.lower() + " ") for head, (kind, _) in lex.unit_heads.items())


def _letterhead_places(heads: list[tuple[int, str, str]]):
    """(place, level, short name) of each body of the letterhead (``heads`` of :func:`_letterhead_units`) that names
    a place with its level word ("ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC" → ("huyện Nghi Lộc", "huyện", "Nghi Lộc"); the
    two-word levels "thành phố" and "thị xã" read whole)."""
    for _, _, name in heads:
        place = _level_place(name)
        level, _, short = (place or "").partition(" ")
        if level == "thành" and short.startswith("phố "):
            level, short = "thành phố", short[len("phố "):]
        elif level == "thị" and short.startswith("xã "):
            level, short = "thị xã", short[len("xã "):]
        if place:
            yield place, level, short


def _letterhead_province(heads: list[tuple[int, str, str]]) -> str | None:
    """The province-level place the letterhead's bodies (``heads`` of :func:`_letterhead_units`) name, with its
    level word ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" → "tỉnh Quảng Trị", "thành phố Hà Nội"); None when they name none
    (a ministry, a district: "huyện Cam Lộ") or two."""
    found = {place for place, level, short in _letterhead_places(heads) if province_levels().get(short) == level}
    return next(iter(found)) if len(found) == 1 else None


def _letterhead_district(heads: list[tuple[int, str, str]]) -> str | None:
    """The district-level place the letterhead's bodies (``heads`` of :func:`_letterhead_units`) name, with its
    level word ("ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC" → "huyện Nghi Lộc"; a city of a province, not one under the
    central government); None when they name none or two."""
    found = {place for place, level, short in _letterhead_places(heads)
             if level in ("huyện", "quận", "thị xã") or (level == "thành phố" and province_levels().get(short) is None)}
    return next(iter(found)) if len(found) == 1 else None


def _bare_bodies(heads: list[tuple[int, str, str]]) -> dict[str, tuple[str, str]]:
    """{key of the body without its place: (its place, the place as the letterhead writes it)} for the letterhead's
    bodies (``heads`` of :func:`_letterhead_units`) whose name ends on a place after its level word, written there
    or taken from the managing body ("Sở Y tế tỉnh Nghệ An" → {"so y te": ("tỉnh Nghệ An", "TỈNH NGHỆ AN")}); a
    body that is only a head without it ("Ủy ban nhân dân tỉnh Nghệ An": "Ủy ban nhân dân", unit_types.tsv) is
    left out, as are two bodies of one name in two places.  Keys: :func:`extractors.canonical.key`."""
    heads_low = set(tables.lexicon_tables(lexicon())["heads_low_space"])
    bare: dict[str, set] = {}
    for _, written, name in heads:
        place = _level_place(name)
        body = name[:-len(place)].strip() if place else ""
        if body and body.lower() + " " not in heads_low:
            bare.setdefault(key(body), set()).add((place, " ".join(written.split()[-len(place.split()):])))
    return {k: next(iter(p)) for k, p in bare.items() if len(p) == 1}


def _placer(heads: list[tuple[int, str, str]]):
    """A function writing a body of the letterhead (``heads`` of :func:`_letterhead_units`) that a name ends on
    without its place with that place (:func:`_bare_bodies`: "Sở Y tế" → "Sở Y tế tỉnh Nghệ An", "Giám đốc Sở Y
    tế" → "Giám đốc Sở Y tế tỉnh Nghệ An"; written with its level word alone, the place's name is added: "Ban Thi
    đua – Khen thưởng tỉnh" → "… tỉnh Quảng Nam"); a name in capitals takes the place as the letterhead writes it
    ("SỞ Y TẾ" → "SỞ Y TẾ TỈNH NGHỆ AN"); any other name unchanged.  None when the letterhead has no such body."""
    bare = _bare_bodies(heads) if heads else None
    if not bare:
        return None
    ends = []  # (key of the body, key of the body with its level word, place, written place, its name, written)
    for b, (place, written) in bare.items():
        level = place[:_LEVEL_WORD.match(" " + place, 1).end() - 2]  # "tỉnh" of "tỉnh Nghệ An"
        n = len(level.split())
        ends.append((b, f"{b} {key(level)}", place, written, " ".join(place.split()[n:]),
                     " ".join(written.split()[n:])))

    def placed(text: str) -> str:
        k = key(text)
        for b, with_level, place, written, name, written_name in ends:
            if k == b or k.endswith(" " + b):
                return f"{text} {written if text.isupper() else place}"
            if k == with_level or k.endswith(" " + with_level):
                return f"{text} {written_name if text.isupper() else name}"
        return text
    return placed


def _place_letterhead_bodies(facts: DocumentFacts, placed) -> None:
    """A body of the letterhead written in the document without its place ("Sở Y tế", "Văn phòng Sở Y tế") is the
    body the letterhead names with it ("SỞ Y TẾ" under "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN": "Sở Y tế tỉnh Nghệ An"), so
    it is written with that place (``placed`` of :func:`_placer`): one name for one body (GUIDELINES.md: the
    fullest name the document gives, with its place qualifier; a sub-unit with its parent is one unit).  Unit
    mentions, officials' units and collective recipients that are such a body or end on it, in place."""
    if placed is None:
        return
    facts.units = [_placed(m, placed) for m in facts.units]
    facts.mentions = [_placed(m, placed) if m.kind == "unit" else m for m in facts.mentions]
    for o in facts.officials:
        o.unit = placed(o.unit) if o.unit else o.unit
    for c in facts.conferrals:
        if c.recipient_type == "collective":
            c.recipient = _placed(c.recipient, placed)


def _placed(m: Mention, placed) -> Mention:
    """``m`` with the text ``placed(m.text)`` (itself when that is its text)."""
    text = placed(m.text)
    return m if text == m.text else Mention(m.kind, text, m.block, m.start, m.end, m.sentence)


def _names_place(name: str, lex) -> bool:
    """Whether a body's name (as :func:`_unshout` writes it) ends on a place: after its level word ("… tỉnh
    Nghệ An") or a province's name (``places.txt``: "Bệnh viện Đa khoa Nghệ An")."""
    low = name.lower()
    return _level_place(name) is not None or low.endswith(tables.lexicon_tables(lex)["places_low_space"])


def _without_motto(u: Mention) -> Mention | None:
    """A unit mention without the national title or motto a reader glued to it ("Sở nội vụ Độc lập – Tự do – Hạnh
    phúc" → "Sở nội vụ"; Nghị định 30/2020, Phụ lục I: they stand in the other column of the letterhead and are
    never part of a name); None when it was nothing else; ``u`` itself when it holds neither."""
    low = u.text.lower()
    if "ộc lập" not in low and "ộng h" not in low:  # the cheap test first
        return u
    cut = min((m.start() for rx in (TITLE, MOTTO) for m in rx.finditer(u.text)), default=len(u.text))
    name = u.text[:cut].rstrip(" ,–-")
    if name == u.text:
        return u
    return Mention(u.kind, name, u.block, u.start, u.start + len(name), u.sentence) if name else None


def _unshout(text: str) -> str:
    """An upper-case letterhead body written as Nghị định 30/2020/NĐ-CP (Phụ lục II) writes it, by the one rule the
    canonical names use too (:func:`extractors.canonical.unshout`: "SỞ Y TẾ TỈNH NGHỆ AN" → "Sở Y tế tỉnh Nghệ An",
    "UBND TỈNH HẬU GIANG" → "UBND tỉnh Hậu Giang"), its first letter upper-case; a letterhead typed in lower or mixed
    case is read as if in capitals ("Sở nội vụ" → "Sở Nội vụ").
    ``text`` → the body's name (str)."""
    return upper_first(unshout(" ".join(text.upper().split())))


#: a byline stands in one of the document's last blocks
BYLINE_BLOCKS = 3


def _byline_shape(block_text: str) -> bool:
    """``block_text`` has a byline's shape: at most four words, matching BYLINE (a name, or a credit line)."""
    # (split at most 4 times: a fifth piece already says more than four words, and a long block is not split whole)
    return len(block_text.split(None, 4)) <= 4 and bool(BYLINE.match(block_text))


def _is_byline(block_text: str, index: int, total: int) -> bool:
    return index >= total - BYLINE_BLOCKS and _byline_shape(block_text)


#: the most words of a photo's caption: a story scraped from the web may close on its captions, after its byline
CAPTION_WORDS = 30
#: the ends of the block before such a byline: the story's last sentence, or the line opening its photos ("Một số hình
#: ảnh tại buổi lễ:")
STORY_ENDS = (".", "!", "?", "…", "”", "\"", ":")


def _name_alone(text: str) -> bool:
    """``text`` (a block) is at most four words, all capitalised, with no credit word (BYLINE's shape of a name)."""
    return _byline_shape(text) and not CREDIT_LINE.match(text) and all(w[:1].isupper() for w in text.split())


def captioned_bylines(texts: list[str], signatures) -> set[int]:
    """Blocks (indices into ``texts``, the document's block texts) of a name alone that sign a story above the photo
    captions closing it, before the last BYLINE_BLOCKS blocks (_is_byline reads those): every block after it holds at
    most CAPTION_WORDS words, a longer block (the story) comes before it, the block right before it closes a sentence
    or opens the photos (STORY_ENDS), and the block after it is no name alone (names listed one a line); no signature
    (``signatures``: block indices). Observed in held-out sets 5 and 8 (of the shape "… ở biên giới. | Lê Khải | Phi công …",
    "Một số hình ảnh tại buổi lễ: | Hà Nam | Toàn cảnh …") and in bulk news (session 36: 3 of 1,200 stories, each
    the writer's name above the captions). The caller drops a person only where his mention fills such a block."""
    total = len(texts)
    tail = total
    while tail > 0 and len(texts[tail - 1].split(None, CAPTION_WORDS)) <= CAPTION_WORDS:
        tail -= 1
    if tail == 0:
        return set()  # (no story before: short lines all through, a list or a form)
    return {bi for bi in range(tail, total - BYLINE_BLOCKS) if bi not in signatures and _name_alone(texts[bi].strip())
            and texts[bi - 1].rstrip().endswith(STORY_ENDS) and not _name_alone(texts[bi + 1].strip())}


#: a month and year ("vào tháng 1/2011"), which YEAR leaves out as part of a date
MONTH_YEAR = re.compile(r"\d(?<=[Tt]háng \d)\d?\s*([/.-])\s*((?:19|20)\d\d)(?![\d/])")  # "tháng 1/2018", "tháng 1-2018"
# ((?<=[Tt]háng )\d{1,2}…, the look-behind after the first digit, as YEAR_END)


class _Year:
    """A year written at chars [start, end) that YEAR itself does not match, seen as a YEAR match (its year at
    group 1): the year of "tháng M/YYYY" (MONTH_YEAR's group 2), or the end year Y2 of a span "Y1-Y2" at the
    place of Y1 (a school or fiscal year "năm học 2017-2018" is for its end, an anniversary "(1945-2015)" is
    held at its end), or the year of a full date "1/9/2020" (``dated`` true)."""
    __slots__ = ("_start", "_end", "_year", "dated")

    def __init__(self, start: int, end: int, year: str, dated: bool = False):
        self._start, self._end, self._year, self.dated = start, end, year, dated

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self, i):
        return self._year


#: the end of a span of years after its first year ("2017-2018", "1945 – 2015", "từ năm 2019 đến năm 2023"): an
#: award for a span of years is for its end, when the span's achievements are complete
RANGE_END = re.compile(r"\s*(?:[-–—]|đến năm|tới năm|đến hết năm)\s*((?:19|20)\d\d)(?!\d)")


#: a sports season written by its two calendar years ("mùa giải 2016-2017", "mùa giải 2015/16", "mùa 2017/18"):
#: group 1 its first year, group 2 the second written whole or by its last two digits.  A season's awards (player of
#: the season, a league title) are given at its end, in its second year, as held-out sets 10 and 12 date them
#: the words of a season before its years, longest first (SEASON and OWN_SEASON are written from them)
SEASON_WORDS = ("mùa giải", "mùa bóng", "mùa")
#: SEASON_WORDS as a pattern, its first letter in either case
_SEASON_WORDS = "|".join("[" + w[0].upper() + w[0] + "]" + w[1:] for w in SEASON_WORDS)
SEASON = re.compile(r"(?:%s)\s+((?:19|20)\d\d)\s*[-–/]\s*(\d\d(?:\d\d)?)(?![\d/])" % _SEASON_WORDS)
#: what stands between an award's name and a season written right after it, its closing quote and a preposition at
#: most, then the season's words ("danh hiệu “Vua phá lưới” mùa giải 2016/17", "vô địch Serie A ở mùa 2015-2016",
#: "Cầu thủ hay nhất Premier League 2016/17"): the season the award is for (:func:`_own_season`)
OWN_SEASON = re.compile(r"[\s\"“”‘’']*(?:(?:ở|trong|của|tại)\s+)?(?:(?:%s)\s+)?" % _SEASON_WORDS)
#: a season written without "mùa", by its first year and the last two digits of the next ("Champions League 2016-17",
#: "Premier League 2016/17", "năm học 2016-17"): two digits after a year name no span of years but a season, a school
#: or a fiscal year, each ending in its second year (group 1 the first year, group 2 the two digits; not after "năm ",
#: where YEAR_OF reads the first year, nor after a digit or "/": a date's tail "12/2016-17")
SHORT_SEASON = re.compile(r"((?:19|20)(?<![\d/.]..)(?<!năm ..)\d\d)\s*[-–/]\s*(\d\d)(?![\d/])")  # (the look-behinds
# after the first two digits, as YEAR_END)


def _own_season(text: str, off: int, end: int) -> int | None:
    """The end year of a season written right after an award ending at char ``end`` of sentence ``text`` (starting
    at char ``off``; :data:`OWN_SEASON`, the seasons of :func:`_season_years`): "từng nhận danh hiệu “Cầu thủ xuất
    sắc nhất” mùa giải 2015/16" and "… Premier League 2015/16" give 2016, the season's title being given at its end
    (:data:`SEASON`), where the nearest year of the sentence would be its first, 2015.  None when no season follows
    the award so (a season further on dates another event: "vô địch Ukraine, dự lễ bốc thăm Champions League mùa
    giải 2017/18") or it is no season (:func:`season_end`: "mùa giải 2016/18")."""
    if not off <= end <= off + len(text):
        return None
    at = end - off
    word = next((w for w in SEASON_WORDS if text[at - len(w):at].lower() == w), None)
    start = OWN_SEASON.match(text, at - len(word) if word else at).end()  # (the award's name may end on "mùa": "Cầu
    if not text[start:start + 1].isdigit():
        return None  # (most awards: no season read)
    return next((int(y.group(1)) for y in _season_years(text) if y.start() == start), None)  # thủ … mùa 2016/17")


def season_end(match) -> int | None:
    """The second year of a SEASON match, or None when it is not the year after the first ("mùa giải 2016-2018" is
    no season)."""
    first, second = int(match.group(1)), match.group(2)
    end = int(second) if len(second) == 4 else first - first % 100 + int(second) + (100 if int(second) < first % 100
                                                                                  else 0)
    return end if end == first + 1 else None


def _season_years(text: str):
    """The end years of the seasons ``text`` writes (:data:`SEASON`, and :data:`SHORT_SEASON` written without
    "mùa"), each as a YEAR match at the place of the first year."""
    seen = set()
    for m in SEASON.finditer(text) if "ùa" in text else ():
        end = season_end(m)
        if end:
            seen.add(m.start(1))
            yield _Year(m.start(1), m.end(1), str(end))
    for m in SHORT_SEASON.finditer(text):
        end = season_end(m) if m.start(1) not in seen else None
        if end:
            yield _Year(m.start(1), m.end(1), str(end))


def sentence_years(text: str):
    """Years written in ``text``, a sentence, each a match-like object (``start()``, ``end()``, ``group(1)`` the
    year): YEAR matches (a span "Y1-Y2" as its end year Y2), and the years of "tháng M/YYYY" and of full dates (no
    founding or birth date): a decision "ký ngày 7-10-2016" dates its award.  The one year finder of an award's
    sentence, read by :func:`_year_near` and by the tables (:func:`extractors.tables._sentence_year`).  A season
    is left as written here: one right after the award is read by its end year before this (:func:`_own_season`:
    "danh hiệu X mùa giải 2015/16" is of 2016), one further on in the sentence dates another event (a club that won
    last season's title is drawn for the next: "… vô địch Ukraine, dự lễ bốc thăm Champions League mùa giải
    2017/18", held-out 12 dates the title 2017); the years the whole story writes read a season by its end
    (:func:`_written_years`)."""
    for m in YEAR.finditer(text):
        r = RANGE_END.match(text, m.end())
        yield _Year(m.start(), m.end(), r.group(1)) if r else m
    if "háng" in text:
        for m in MONTH_YEAR.finditer(text):
            yield _Year(m.start(2), m.end(2), m.group(2))
    if DATE_HINT.search(text):
        for m in _event_dates(text):  # a full date "ký vào ngày 7-10-2016", "quyết định ngày 11-9-2007"
            yield _Year(m.start(4), m.end(4), m.group(4), dated=True)


#: "từ (năm) YYYY": the start of a period; with no end year after it ("từ năm 2011", "từ 1954 đến nay") it runs
#: to the story's present and dates no single award
SINCE = ("từ năm ", "từ ", "Từ năm ", "Từ ")
UNTIL = re.compile(r"\s*(?:[-–—]|(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:năm|tháng|\d))")
#: what after a period's start ("Từ năm 2030, quy định mới sẽ được áp dụng", "Từ năm 2030 trở đi, mức thưởng
#: tăng") in its sentence makes it a rule or a plan to come (FUTURE's "sẽ", "dự kiến"; "trở đi", from then on):
#: a start later than the story, no past it is told after
ONWARD = re.compile(r"(?:[^.!?;]|\.(?=\d))*?\b(?:%s|trở đi)\b" % FUTURE_WORDS, re.I)


def _since_start(text: str, start: int, end: int) -> bool:
    """The year at ``text[start:end]`` opens a period running to the story's present (:data:`SINCE` before it, no
    end after it, :data:`UNTIL`: "từ năm 1946 đã được chọn …", "Từ 2015, Bộ … hai lần gửi công văn"): it dates
    neither an award nor the story, which is told later (the year of "từ năm 2011 đến năm 2018" is read as a span)."""
    return text[max(0, start - 16):start].endswith(SINCE) and not UNTIL.match(text, end)


#: the rank a full date's year ("Ngày 1/9/2020, Chủ tịch nước ký quyết định tặng …") gives up to every other year of
#: the sentence: an award's date is its year only when the sentence writes no year it is for (GUIDELINES: "the year
#: the award was conferred or is for"; a span's end year "từ năm 2019 đến năm 2023" is what it is for)
DATED_LAST = 50_000


#: the clause of merit closing a list of recipients (``corpora/gazetteers/achievement_clauses.txt``) after a comma:
#: "…, đã có thành tích xuất sắc trong …", "…, hoàn thành xuất sắc nhiệm vụ …"
MERIT_CLAUSE = re.compile(r",\s*(?:%s)\b" % alternation("achievement_clauses.txt"), re.I)


def _shared_merit(text: str, at: int) -> bool:
    """The year at char ``at`` of sentence ``text`` stands in the last ";" item of a list, in the clause of merit
    that closes it (:data:`MERIT_CLAUSE`: "…; ông C, Chủ tịch UBND xã X, đã có thành tích xuất sắc trong năm học
    2023-2024."): that clause is said of every item, so its year is every item's award's (Nghị định 98/2023/NĐ-CP,
    mẫu quyết định khen thưởng)."""
    if text.find(";", at) >= 0:
        return False
    lo = text.rfind(";", 0, at) + 1
    return any(m.end() <= at and text.find(",", m.end(), at) < 0 for m in MERIT_CLAUSE.finditer(text, lo, at))


#: a coordinated clause opening on its own year right after an award ("… được phong danh hiệu NSƯT và đến năm 2007 là
#: NSND", "… nhận Huân chương Lao động hạng Ba và năm 2015 …"): that year is the next clause's, not the award's
#: (the connectives: next_clause_time_words.txt)
NEXT_CLAUSE_YEAR = re.compile(r"\s*,?\s*và (?:(?:%s) )?(?:vào )?(?:năm )?" % alternation("next_clause_time_words.txt"))
#: a year in brackets right after a recipient's name, "Anh A (năm 1967) và chị B (năm 1973) được phong …": that
#: recipient's own year ("năm" required: a bare bracketed year after a name is often a birth year)
RECIPIENT_YEAR = re.compile(r"\s*\(\s*năm ((?:19|20)\d\d)\s*\)")


def _recipient_bracket_year(text: str, off: int, end: int) -> int | None:
    """The year bracketed right after a recipient ending at char ``end`` of sentence ``text`` (starting at char
    ``off``): "Đỗ Văn A (năm 1967) và Lê Văn B (năm 1973) được phong tặng Anh hùng Lao động" gives A 1967, B 1973
    (GUIDELINES.md: the year the award was conferred, "when the text says"); None when no such bracket follows."""
    if not off <= end <= off + len(text):
        return None
    m = RECIPIENT_YEAR.match(text, end - off)
    return int(m.group(1)) if m else None


def _year_near(text: str, off: int, base: int, end: int | None = None, own_item: bool = False,
               upto: int | None = None) -> int | None:
    """The year written in sentence ``text`` (starting at char ``off``) nearest to the award at chars
    [``base``, ``end``); a year right after the award ("… năm 1994", "… (2000)") counts from its end.

    Years inside decision numbers ("89/2014/NĐ-CP") and birth years ("sinh năm 1998") are skipped; a year
    in the award's own item of a ";" list ("giải thưởng Nhà nước (2000); giải thưởng X (1996)") comes first.
    With ``own_item``, only a year of that item, or of the clause of merit closing the list (:func:`_shared_merit`,
    said of every item), counts (None when it has neither): [``base``, ``end``) is then a recipient's span in a later
    item of the award's list (:func:`_recipient_item_year`). With ``upto`` (a char of
    ``text``), a year written from there on is skipped (the items of other recipients: :func:`_list_opening`)."""
    best = None
    end = base if end is None else end
    item_lo, item_hi = text.rfind(";", 0, base - off), text.find(";", end - off)
    for m, dated in _award_years(text):
        if (own_item and (m.start() < item_lo or (0 <= item_hi < m.start() and not _shared_merit(text, m.start())))) \
                or (upto is not None and m.start() >= upto):
            continue  # (a year of the merit closing the list is every item's, a middle one's too: _shared_merit)
        if m.start() >= end - off and NEXT_CLAUSE_YEAR.fullmatch(text, end - off, m.start()):
            continue  # the year of the next clause ("được phong NSƯT và đến năm 2007 là NSND"): its award's
        pos = off + m.start()
        d = pos - end if pos >= end else (base - (off + m.end())) + 5  # prefer a year after the award
        if dated:
            d += DATED_LAST  # the day it was signed, after any year it is for ("Ngày 20/8/2024, … từ năm 2019 đến năm 2023")
        if 0 <= item_hi < m.start() and not _shared_merit(text, m.start()):
            continue  # a year of a later item of the list ("… hạng Ba cho X; năm 2023 X được tặng Y"), not of the
            # merit closing the list ("…; ông C, …, đã có thành tích xuất sắc trong năm học 2023-2024.")
        if m.start() < item_lo:
            if m.start() > 12:
                continue  # a year of an earlier item; only a fronted "Năm 2018, …" rules the whole sentence
            d += 100_000
        if best is None or d < best[0]:
            best = (d, int(m.group(1)), m.start())
    return anniversary(text, best[2], best[1]) if best else None


def _revoking_front_blanked(text: str, award_at: int) -> str:
    """Sentence ``text`` with what it writes before both its revoke cue (``revocation.revoke_cue``: "thu hồi",
    "hủy quyết định") and the award at char ``award_at`` blanked to spaces of its length, when it tells a
    revocation: a date fronted there dates the act of revoking or asking it ("Đầu tháng 8-2017, UBND tỉnh ký văn
    bản đề nghị thu hồi Huân chương …"), not the award (GUIDELINES.md: the year it was conferred; session 40's
    newcomer).  A year after the cue or the award ("hủy quyết định ngày 11-9-2007 về việc tặng Bằng khen",
    "Bằng khen năm 2007 bị thu hồi") stays.  ``text`` itself when no cue stands in it (most sentences)."""
    m = first_revoke_cue(text)
    cut = min(m.start(), award_at) if m else 0
    return " " * cut + text[cut:] if cut > 0 else text


def _in_dated_list(text: str, off: int, base: int, end: int) -> bool:
    """Whether the award at chars [``base``, ``end``) of sentence ``text`` (starting at char ``off``) is an item of a
    ";" list whose other items carry their own years, two or more ("… 6 Huân chương khác như: A (1993); B (1996);
    …; C về công tác X."): a list of awards each of its year, so an item writing none is of a year the text does not
    say, not the document's (GUIDELINES.md: ``null`` otherwise; session 40's newcomer).  Called only when the
    award's own item and sentence gave no year (:func:`_year_near`)."""
    if ";" not in text:
        return False  # (most sentences)
    lo, hi = text.rfind(";", 0, base - off), text.find(";", end - off)
    if lo < 0 and hi < 0:
        return False
    items = {text.count(";", 0, m.start()) for m, _ in _award_years(text)
             if m.start() < lo or 0 <= hi < m.start()}
    return len(items) >= 2


@functools.lru_cache(maxsize=64)  # (the sentence of a list of recipients is asked again for each of them)
def _award_years(text: str) -> tuple:
    """The years of sentence ``text`` (:func:`sentence_years`) that may date an award written anywhere in it, each
    with whether it is a full date's (``dated``): not a birth year, a founding year or the year of another event
    (unless an anniversary counts from it), the start of a period to the present, or the year of a decision's
    number.  What these tests read is the sentence alone, so they are made once per sentence; :func:`_year_near`
    reads the rest, by where the award stands."""
    out = []
    for m in sentence_years(text):
        before = text[max(0, m.start() - 16): m.start()]
        if _birth_before(text, m.start()):
            continue  # a birth year ("sinh năm 1998", "(SN 2005, …)"; not "tuyển sinh năm 2024")
        if (before.endswith(FOUNDED_BEFORE) or _other_event(text, m.start())) and \
                not ANNIVERSARY.search(text, max(0, m.start() - 160), m.start()):
            continue  # a founding year ("Công ty X, thành lập năm 1998, …") or the year of another event ("vào Đảng
            # năm 1988", "nhập ngũ ngày 2/3/1972"), unless an anniversary counts from it
        if _since_start(text, m.start(), m.end()):
            continue  # the start of a period to the present ("từ 1954 đến nay … được trao tặng 2 Huân chương")
        dated = getattr(m, "dated", False)
        if not dated and re.search(r"\d+/$", before) and re.search(r"[A-ZĐ]", text[m.end(): m.end() + 4] or ""):
            continue  # "89/2014/NĐ-CP"
        out.append((m, dated))
    return tuple(out)


def _in_later_item(text: str, off: int, award_end: int, start: int) -> bool:
    """The recipient starting at char ``start`` stands in sentence ``text`` (starting at char ``off``) in a later
    ";" item of a list than its award, ending at char ``award_end``."""
    return off <= start < off + len(text) and text.find(";", award_end - off, start - off) >= 0  # (no slice made)


def _list_opening(text: str, at: int) -> int:
    """Where the recipients' list after the award (ending at char ``at`` of ``text``) opens: its ":" or its "cho"
    before the first ";" ("tặng Giấy khen cho: ông A, năm 2022 …; ông B …"); else ``at``. A year from there on is
    written in a recipient's item."""
    first = text.find(";", at)
    for mark in (":", " cho "):
        k = text.find(mark, at)
        if 0 <= k and (first < 0 or k < first):
            return k
    return at


def _recipient_item_year(text: str, off: int, award_end: int, start: int, end: int) -> int | None:
    """The year of a recipient at chars [``start``, ``end``) of sentence ``text`` (starting at char ``off``) written
    in a later ";" item of a list than its award (ending at char ``award_end``), from that item alone (:func:`_year_near`
    with ``own_item``): "Tặng Giấy khen cho: ông A, năm 2022 hoàn thành …; ông B, …, đã có thành tích xuất sắc trong
    năm học 2023-2024" gives B the year of his own item, not the earlier item's; None when the recipient stands in
    the award's item, outside the sentence, or his item writes no year."""
    if not _in_later_item(text, off, award_end, start):
        return None
    return _year_near(text, off, start, end, own_item=True)


#: a sentence that opens on a time N years from the one before ("3 năm sau, ông X nhận danh hiệu tương đương", "Một năm
#: trước, em từng giành huy chương vàng …"): Vietnamese cardinal numerals one to ten, or digits
RELATIVE = re.compile(r"\W{0,3}(\d{1,2}|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) năm (sau|trước)\b")
NUMERALS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
#: a count of times, two or more ("2 lần", "hai lần", "11 lần"; the numerals of NUMERALS but "một"), right after an
#: award ("HLV X đã vô địch FA Cup 2 lần trong 3 mùa giải trước"): a record, as "nhiều lần" tells one (held-out news
#: gold gives counted awards year null: "9 lần vô địch Wimbledon", "hai lần được Bác Hồ thưởng huy hiệu"); not an
#: ordinal ("lần thứ hai").  Not read before the award ("2 lần được trao tặng Huân chương …"): held-out 3 dates one
#: so told, another telling of the story giving it the story's year, and a validation set lost a year (session 43)
TIMES_AFTER = re.compile(r"\s*(?:[2-9]|[1-9]\d|%s) lần(?! thứ| đầu)(?!\w)" % "|".join(w for w in NUMERALS if w != "một"),
                         re.I)
#: a sentence that opens in the year the one before tells ("Cùng năm, cô giành giải …", "Cũng trong năm đó, …":
#: ``same_year_openers.txt``), set off by a comma or running on ("Năm đó ông nhận …"), as a whole word ("Năm đóng
#: góp …" opens on none)
SAME_YEAR = re.compile(r"\W{0,3}(?:%s)(?!\w)" % alternation("same_year_openers.txt"), re.I)
#: how many sentences back a same-year opener looks for the year it repeats
SAME_YEAR_BACK = 2


#: "this year" in a sentence ("… diễn ra tại Thái Lan năm nay, em A … giành huy chương vàng"): of the story's year
THIS_YEAR = re.compile(r"\b[Nn]ăm nay\b")


#: "last year" in a sentence (``last_year_words.txt``: "… giành chức vô địch Champions League năm ngoái"): of the year
#: before the story's
LAST_YEAR = re.compile(r"(?<!\w)(?:%s)(?!\w)" % alternation("last_year_words.txt"), re.I)
#: a word right before a place of the sentence (a letter or digit, then spaces): no punctuation ends a sentence there
RUN_ON = re.compile(r"\w\s+$")


def _latest_written_year(document: Document) -> int | None:
    """The latest year the document writes that may date the story (:func:`_written_years`: no plan's, deadline's,
    birth or founding year, no start of a period to the present), None when it writes none."""
    return max((y for b in document.blocks for y in _written_years(b.text)), default=None)


def _this_year(sent_text: str, latest, doc_year) -> int | None:
    """The year of a sentence without one of its own that says "năm nay" (:data:`THIS_YEAR`): the story's present,
    the latest year the document writes that may date it (``latest()``: :func:`_latest_written_year`), which a story
    writes after every past event it tells, when later than the document's year (``doc_year()``:
    :func:`document_year`, its most written year, may be an earlier one it recalls more often: "2 năm liền giành Huy
    chương Vàng", "… kỳ thi năm 2016" four times, "… năm 2017" twice; held-out 12).  None for any other sentence,
    or when the document writes no later year (the caller then takes the document's)."""
    if "ăm nay" not in sent_text or not THIS_YEAR.search(sent_text):
        return None
    return _later_present(latest, doc_year)


def _later_present(latest, doc_year) -> int | None:
    """The story's present when later than the document's year: ``latest()`` (:func:`_latest_written_year`) when
    later than ``doc_year()`` (:func:`document_year`), else None (the year "năm nay" reads, :func:`_this_year`)."""
    year = latest()
    return year if year is not None and year > (doc_year() or 0) else None


def _last_year(sent_text: str, at: int, end: int, latest, doc_year) -> int | None:
    """The year of a sentence without one of its own that says "năm ngoái" (:data:`LAST_YEAR`) in the clause of the
    award at chars [``at``, ``end``) of ``sent_text``: the year before the story's present, which is the year "năm nay"
    reads (:func:`_this_year`, else the document's: ``doc_year()``, :func:`document_year`).  Read in the award's
    clause (:func:`_last_year_reaches`), not the whole sentence: "Ông A, người nắm đội từ năm ngoái, đã giúp B giành
    chức vô địch X" dates the taking over, not the title (session 45's pool: a coach's "năm ngoái").  A capitalised
    "Năm ngoái" right after a word opens the next sentence, run on where a caption lost its full stop ("Federer vô
    địch Halle Open lần thứ 9 Năm ngoái Federer thua …": bulk news): it is not read.  None for any other sentence,
    or when the document gives no year at all."""
    if "ngoái" not in sent_text or not any(
            (m.group()[0].islower() or not RUN_ON.search(sent_text, 0, m.start()))
            and _last_year_reaches(sent_text, m, at, end) for m in LAST_YEAR.finditer(sent_text)):
        return None
    present = _later_present(latest, doc_year) or doc_year()
    return present - 1 if present else None


def _last_year_reaches(text: str, m: re.Match, at: int, end: int) -> bool:
    """Whether "năm ngoái" at match ``m`` of sentence ``text`` dates the award at chars [``at``, ``end``): written
    after it with no clause mark (",", ":", ";") between ("giành chức vô địch X năm ngoái"; not "…, sau khi thua ở
    chung kết năm ngoái"), or before it in its clause (:func:`_cue_reaches`), or closing a fronted adverbial that
    opens the sentence ("Năm ngoái, em A giành …", "Cuối năm ngoái, …"); not after a comparison (:data:`COMPARED`:
    "So với năm ngoái, …", "cao hơn năm ngoái") nor with "năm nay" between it and the award (:data:`THIS_YEAR`:
    "vô địch X năm nay sau khi về nhì năm ngoái")."""
    if COMPARED.search(text, max(0, m.start() - 24), m.start()):
        return False
    if m.start() >= end:
        return not CLAUSE_MARKS.search(text, end, m.start()) and ";" not in text[end:m.start()] \
            and not THIS_YEAR.search(text, end, m.start())
    if m.end() > at:
        return True  # inside the award's words
    if THIS_YEAR.search(text, m.end(), at):
        return False
    lo = _sentence_start(text, m.start())
    fronted = not CLAUSE_MARKS.search(text, lo, m.start()) and text.startswith(",", m.end())
    return fronted or _cue_reaches(text, m.end(), at)


def _relative_year(d, st, sent_start: int, sent_text: str, doc_year) -> int | None:
    """The year of a sentence without one that opens N years after or before the sentence before it ("Trước đó năm
    2000 công ty X nhận danh hiệu Anh hùng Lao động. 3 năm sau ông Y nhận danh hiệu tương đương": 2003): the
    latest year of the sentence before, else the document's year, plus or minus N.  One that opens in the same
    year (:data:`SAME_YEAR`: "… Hoa hậu Hàn Quốc 1994. Cùng năm, cô giành giải Người đẹp ăn ảnh": 1994) takes the
    latest year of the nearest of the :data:`SAME_YEAR_BACK` sentences before that writes one, else None (the
    caller then reads the story's year).  The years read are those that may date an award
    (:func:`_award_years`: no birth or founding year: "sinh năm 1975, đoạt … 1994").  None for any other
    sentence.  ``doc_year()``: the document's year or None (:func:`document_year`), asked only when the sentence
    before writes no year."""
    m = RELATIVE.match(sent_text)
    same = m is None and SAME_YEAR.match(sent_text) is not None
    if m is None and not same:
        return None
    n = 0 if same else int(m.group(1)) if m.group(1).isdigit() else NUMERALS[m.group(1).lower()]
    k = bisect.bisect_right(st["sent_starts"], sent_start) - 1
    anchor = None
    for back in range(1, (SAME_YEAR_BACK if same else 1) + 1):
        if k - back < 0:
            break
        years = [int(y.group(1)) for y, _ in _award_years(span_text(d, *st["sents"][k - back]))]
        if years:
            anchor = max(years)
            break
    if same:
        return anchor
    anchor = anchor or doc_year()
    if anchor is None:
        return None
    return anchor + n if m.group(2) == "sau" else anchor - n


def extract(document: Document) -> DocumentFacts:
    """Extract units, officials, campaigns and awards from a normalised Document.

    Returns :class:`DocumentFacts`; every Mention carries its block index,
    character offsets into ``document.blocks[i].text`` and its sentence.
    Never raises on odd text; a document without blocks gives empty facts.
    """
    return _rules(document, _frame(document))


def extract_batch(documents: list[Document]) -> list[DocumentFacts | Exception]:
    """:func:`extract` of each of ``documents``, the frame of every one first (:func:`_frame`: its spaCy Doc, its
    :class:`~extractors.components.base.Toks` and its shared phrase matches, made back to back), then each one's
    rules (:func:`_rules`).  The facts are those :func:`extract` gives each document alone; the frames made in a
    row are cheaper (session 33: 5-8% less extraction CPU for batches of 32, the frame's tables staying in the
    CPU caches; session 34 measured 1-3% on a loaded machine, docs/performance.md), but every Doc of the batch is alive at once, so the caller bounds a batch's characters
    (:func:`extractors.extract_batch`).  A document whose frame or rules raise gets its exception in its place
    in the list (its Doc released); the others' facts are unaffected."""
    frames: list = []
    for document in documents:
        try:
            frames.append(_frame(document))
        except Exception as exc:
            frames.append(exc)
    out: list = []
    for k, (document, doc) in enumerate(zip(documents, frames)):
        frames[k] = None  # (the list holds each Doc no longer than its rules need it)
        if isinstance(doc, Exception):
            out.append(doc)
            continue
        try:
            out.append(_rules(document, doc))
        except Exception as exc:
            release(doc)
            out.append(exc)
    return out


def _frame(document: Document):
    """The frame of ``document``: one spaCy Doc of its blocks joined by newlines (which end sentences: the
    components then see the whole document at once and the per-call overhead is paid once), with its
    :class:`~extractors.components.base.Toks` and its shared phrase matches made (``base.frame``)."""
    joined = "\n".join(b.text for b in document.blocks)
    doc = get_nlp().make_doc(joined)
    doc.user_data["sovang_text"] = joined
    doc.user_data[RECORDS_ONLY] = True  # the facts come from the records: no spaCy Spans made for them
    frame(doc)
    return doc


def _rules(document: Document, doc) -> DocumentFacts:
    """The facts of ``document`` from its frame ``doc`` (:func:`_frame`): the components (``pipeline_steps``)
    run over the Doc, then the document-level steps read their records; the Doc's records are released."""
    nlp = get_nlp()
    facts = DocumentFacts()
    doc_decision = document_decision(document)
    persons: list[tuple[Mention, str, str]] = []
    blocks = document.blocks
    total = len(blocks)
    texts = [b.text for b in blocks]
    ctx: dict = {}
    layout = _Layout(texts)
    bodies = letterhead_bodies(blocks)  # (found once: the letterhead's units, else its issuing office)
    heads = _letterhead_units(blocks, bodies)
    ctx["letterhead"] = tuple(name for _, _, name in heads)  # (its bodies name a bare "Văn phòng Bộ": units)
    doc.user_data["sovang_ctx"] = ctx
    for proc in pipeline_steps(nlp):
        doc = proc(doc)
    st = state(doc)
    st["sent_starts"] = [a for a, _ in st.get("sents", [])]
    office = None if heads else issuing_office(blocks, bodies)  # "CHỦ TỊCH NƯỚC", "THỦ TƯỚNG CHÍNH PHỦ"
    signatures = _signatures(blocks, heads[-1][2] if heads else office.body if office else "")
    bylines = {bi for bi in range(max(0, total - BYLINE_BLOCKS), total)  # (_is_byline: only the last blocks)
               if _is_byline(blocks[bi].text, bi, total) and bi not in signatures}
    credits = {bi for bi in bylines if CREDIT_LINE.match(blocks[bi].text)}
    captioned = captioned_bylines(texts, signatures)
    title_end = {}
    for e, s_ in st.get("pos_by_end", {}).items():
        for k in range(s_ + 1, e):
            title_end[k] = max(title_end.get(k, 0), e)
    head_blocks = {bi for bi, _, _ in heads}
    # a Party document's title line ("ĐẢNG CỘNG SẢN VIỆT NAM" in capitals, alone on its line at the head of the
    # document: letterhead_titles.txt) stands where the national title stands, and names no unit either
    head_blocks.update(bi for bi in range(min(HEADER_BLOCKS, total)) if title_line(texts[bi]))
    for u in st.get("unit", []):
        if u.info.get("kind") == "glued":
            continue  # "CEO Apple | Tim Cook": the holder's unit (persons.unit_edges), no unit mention of its own
        if u.start in title_end and u.end > title_end[u.start] > u.info.get("head_end", u.start + 1):
            continue  # "Chủ tịch Hội đồng quản trị PVC": the title runs into the name, no unit of its own
            # (but "Trưởng Ban Thi đua …", "Chánh Văn phòng UBND …": a title ending on the unit's head names it)
        m = _mention(doc, layout, "unit", u)
        if m.block in head_blocks or m.block in credits:
            continue  # a letterhead's body: named whole below; a source credit (GUIDELINES.md: no facts)
        m = _without_motto(m)
        if m is None:
            continue
        facts.units.append(m)
        facts.mentions.append(m)
    for bi, name, _ in heads:  # as written, as every mention ("names as written": the canonical layer unshouts)
        m = Mention("unit", name, bi, 0, len(blocks[bi].text), blocks[bi].text)
        facts.units.append(m)
        facts.mentions.append(m)
    for c in st.get("campaign", []):
        m = _mention(doc, layout, "campaign", c)
        facts.campaigns.append(m)
        facts.mentions.append(m)
    award_m = {}
    for a in st.get("award", []):
        m = _mention(doc, layout, "award", a)
        award_m[id(a)] = m
        facts.mentions.append(m)
    person_m = {}
    d = toks(doc)
    # characters of a film or a play ("trong vai Hoàng Dung"): no persons of the story (extractors/characters.py)
    roles = characters(d.words, [(p.start, p.text) for p, _ in st.get("officials", [])]) if cued(nlp, doc) else set()
    for p, (pos, unit) in st.get("officials", []):
        m = _mention(doc, layout, "person", p)
        facts.mentions.append(m)
        person_m[id(p)] = m
        if m.block in signatures and not pos:
            pos, unit = signatures[m.block]  # "PHÓ CHỦ TỊCH" above the signer's name
        if m.block in captioned and texts[m.block].strip().rstrip(".") == m.text:
            continue  # the writer's name above the captions
        if m.block not in bylines and not CREDIT_AFTER.match(texts[m.block], m.end) and p.text not in roles:
            persons.append((m, pos, unit))
    # the document's year dates conferrals alone, of its sentences or its tables: read only when one needs it, a
    # conferral whose sentence and recipient give no year, or a table row (document_year is about 1.5% of
    # extraction; 20 of the 214 documents of dev and real/news with conferrals or rows need it nowhere)
    doc_year = Once(document_year, document)  # computed on the first call
    latest_year = Once(_latest_written_year, document)  # (only for "năm nay")
    for c in st.get("conferrals", []):
        a, r = c["award"], c["recipient"]
        if r.kind == "person":
            rm = person_m.get(id(r)) or _mention(doc, layout, "person", r)
            rtype = "person"
        else:
            rm = _mention(doc, layout, "unit", r)
            rtype = "collective"
            if r.info.get("kind") in ("chapter", "listed"):  # "Hội Luật gia Hà Nội" named by its place in a
                # list; "Ban tổ chức cán bộ" named by its head alone
                facts.units.append(rm)
                facts.mentions.append(rm)
        sent_text = span_text(d, *c["sent"])
        off = d.starts[c["sent"][0]]
        # a sentence telling a revocation, done or asked, dates the revocation: the document's year is not the
        # award's ("kiến nghị … thu hồi Bằng khen đã trao trước đây cho ông A" in a story of 2017)
        later = c["sent"][0] <= r.start < c["sent"][1] and \
            _in_later_item(sent_text, off, d.ends[a.end - 1], d.starts[r.start])
        # a recipient in a later item without a year of its own takes no other recipient's item's year, only one
        # written before the list opens ("tặng Giấy khen cho: ông A, năm 2022 …; ông B, …": B none of A's 2022)
        year = (c["sent"][0] <= r.start < c["sent"][1] and
                _recipient_bracket_year(sent_text, off, d.ends[r.end - 1])) \
            or (later and
                _recipient_item_year(sent_text, off, d.ends[a.end - 1], d.starts[r.start], d.ends[r.end - 1])) \
            or _own_season(sent_text, off, d.ends[a.end - 1]) \
            or _year_near(_revoking_front_blanked(sent_text, d.starts[a.start] - off), off, d.starts[a.start],
                          d.ends[a.end - 1], upto=_list_opening(sent_text, d.ends[a.end - 1] - off) if later else None) \
            or _relative_year(d, st, c["sent"][0], sent_text, doc_year) \
            or ((_last_year(sent_text, d.starts[a.start] - off, d.ends[a.end - 1] - off, latest_year, doc_year)
                 or _this_year(sent_text, latest_year, doc_year)
                 or doc_year()) if revocation_kind(sent_text) is None
                and not _in_dated_list(sent_text, off, d.starts[a.start], d.ends[a.end - 1])
                and not _told_as_record(sent_text, d.starts[a.start] - off, d.ends[a.end - 1] - off) else None)
        revoked_by = (None, None)
        if c["revoked"]:  # the decision named after "thu hồi" conferred it; the one before, or the document, revoked it
            (decision, ddate), revoked_by = revocation_decisions(sent_text, own_decision(document.title, doc_decision))
        else:
            decision, ddate = sentence_decision(sent_text)
        am = award_m[id(a)]
        if c.get("name") and c["name"] != am.text:
            am = Mention(am.kind, c["name"], am.block, am.start, am.end, am.sentence)
        if _named_in(rm.text, am.text):
            continue  # "Hoa hậu Nam Mekong" read as a title and a person "Nam Mekong": the award names no winner of it
        facts.conferrals.append(Conferral(recipient=rm, recipient_type=rtype, award=am, year=year,
                                          status=c["status"], decision=decision, decision_date=ddate,
                                          conferrer=stated_conferrer(am.text), revoked=c["revoked"],
                                          revoked_by=revoked_by[0], revoked_date=revoked_by[1]))
    _name_bare_orders(facts, st.get("award", []))
    persons.extend(tables.apply(document, facts, doc_year() if tables.has_rows(blocks) else None,  # (apply reads
                                own_decision(document.title, doc_decision)))  # table rows alone: none, no year read)
    _not_after_own_date(facts, document)
    if facts.conferrals and is_normative(blocks):  # a law, decree or circular defines awards and gives none
        facts.conferrals.clear()  # (extractors/normative.py; its head is read only when there is a conferral to drop)
    if doc_decision[0]:
        for c in facts.conferrals:  # an award a decision gives (its text or its list) was conferred by that decision
            if c.decision is None and c.status == "conferred" and not c.revoked:
                c.decision, c.decision_date = doc_decision
    _merge_names(facts, persons)
    placed = _placer(heads)
    _place_letterhead_bodies(facts, placed)
    resolve(facts, texts, _letterhead_province(heads), _letterhead_district(heads))
    complete_conferrers(facts, blocks, heads[-1][2] if heads else "", placed, office, doc_decision[0])
    release(doc)  # (its records refer to one another: freed now, not by the cyclic garbage collector)
    return facts


def _named_in(recipient: str, award: str) -> bool:
    """Whether a recipient of two words or more is written whole inside the award's own name ("Nam Mekong" in
    "Hoa hậu Nam Mekong", a pageant's place read as a person after the title): no award is its own recipient's
    name (none such among the facts of dev, samples and held-out 1-13 before this rule)."""
    r = recipient.lower().split()
    return len(r) >= 2 and f" {' '.join(r)} " in f" {award.lower()} "


def _not_after_own_date(facts: DocumentFacts, document: Document) -> None:
    """A conferred award of a dated document (``Document.date``, its own date line) takes no year after that date's
    year: a span running past the date ("… trong phong trào thi đua giai đoạn 2021 - 2025" in a decision dated
    25/12/2024) is read as its end year (:data:`RANGE_END`), which had not come when the award was given, so
    the award is of the document's year (GUIDELINES.md: the year it "was conferred or is for, when the text
    says or its date implies it").  Proposed awards keep the year they are proposed for."""
    if not (document.date and document.date[:4].isdigit()):
        return
    dated = int(document.date[:4])
    for c in facts.conferrals:
        if c.year and c.year > dated and c.status == "conferred":
            c.year = dated


def _name_bare_orders(facts: DocumentFacts, awards) -> None:
    """A bare award fact ("Huân chương", "Bằng khen") takes the one conferrer-named form the document gives the
    same bare award where it names no recipient ("2 người Việt Nam vừa được Chính phủ Nhật trao tặng Huân
    chương" … "Trong số những người được trao huân chương có ông A" → "Huân chương của Chính phủ Nhật"; an
    order only by a foreign state, see ConferralLinker._foreign_state)."""
    named: dict[str, set] = {}
    for a in awards:
        if a.info.get("named"):
            named.setdefault(a.text.lower(), set()).add(a.info["named"])
    if not named:
        return
    # a certificate or flag the document also writes with "của" is left to resolve's completion
    for a in awards:
        i = a.text.find(" của ")
        if i > 0:
            named.pop(a.text[:i].lower(), None)
    for c in facts.conferrals:
        forms = named.get(c.award.text.lower())
        if forms and len(forms) == 1:
            m = c.award
            c.award = Mention(m.kind, next(iter(forms)), m.block, m.start, m.end, m.sentence)


_DESCRIPTOR_PARTS = re.compile(r",|;| kiêm | và | & ")
_FORMER = ("nguyên ", "cựu ")


@functools.lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    """Lower-cased nouns that describe a person without naming an office: the academic titles and roles of
    ``honorifics.tsv`` ("TS", "giáo sư", "bác sĩ", "đạo diễn"; not its ranks, which hold kings and bishops), the
    role nouns of ``role_nouns.txt`` ("ngư dân", "lão nông"), the occupations of ``positions.txt`` (its
    sections headed "# Occupations": "tác giả", "lái xe", from Danh mục nghề nghiệp Việt Nam) and the
    spelled-out degrees of the officials linker ("Tiến sĩ")."""
    from .components.officials import ACADEMIC
    from .gazetteer import section, word_list
    words = {t for t, kind in lexicon().honorifics.items() if kind in ("academic", "role")}
    words |= set(word_list("role_nouns.txt")) | ACADEMIC | set(section("positions.txt", "# Occupations"))
    return frozenset(_sy(w.lower()) for w in words)


def is_descriptor(text: str) -> bool:
    """``text`` (any letter case, "sỹ" or "sĩ": :func:`_sy`) is one of :func:`_descriptors`, a noun describing a
    person without naming an office ("Nghệ sỹ", "cầu thủ"): the set and the word looked up folded the same way."""
    return _sy(text.lower()) in _descriptors()


@functools.lru_cache(maxsize=4096)
def _descriptor(position: str) -> bool:
    """Every part of ``position`` ("Tiến sĩ, đạo diễn"; parts split at ",", "kiêm", "và") is a degree or an
    occupation of ``_descriptors`` (a leading "nguyên"/"cựu" aside), alone or with a complement ("học sinh
    lớp 9A4", "Giáo sư âm nhạc"): it describes the person but names no office."""
    words = _descriptors()
    for part in _DESCRIPTOR_PARTS.split(_sy(position.lower())):
        part = part.strip()
        bare = next((part[len(f):] for f in _FORMER if part.startswith(f)), part)
        if part and not (_opens_with_word(part, words) or _opens_with_word(bare, words)):
            return False
    return True


def _position_rank(position: str, unit: str) -> tuple[bool, bool, bool, int]:
    """Sort key of one person's descriptions in a document, best last: an office title beats a degree or an
    occupation (the dev gold writes "Chủ tịch" for "giáo sư Phan Huy Lê, Chủ tịch Hội …", "phó chủ tịch" for a
    "cựu chiến binh"); then one with a unit; then the office written plain, not as the late holder's ("Thủ tướng"
    beside "cố Thủ tướng" for the same person: the dev gold and held-out 8 keep the plain one); then the longer title
    (a fuller description)."""
    return (not _descriptor(position), bool(unit), not _LATE.match(position), len(position.split()))


def _title_words(position: str, unit: str) -> int:
    """The words of ``position`` but those of its ``unit`` written at its end: a body read whole as a unit is no
    run-on a long position may hold ("Phó Thủ tướng, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp" of
    the unit "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp": 4 words, not 14)."""
    words = position.split()
    if unit and position.lower().endswith(" " + unit.lower()):
        return len(words) - len(unit.split())
    return len(words)


#: "cố" opening a title, the late holder's ("cố Thủ tướng"), not "cố vấn" (an adviser): built from
#: officials.DECEASED, the words the position keeps, so the two read one list
_LATE = re.compile(r"(?:%s) (?!vấn)" % "|".join(sorted(DECEASED)))


def _other_occupation(kept: str, later: str) -> bool:
    """Both descriptions are degrees or occupations (:func:`_descriptor`) and ``later`` does not open with
    ``kept``'s words ("ca sĩ" | "Giáo sư âm nhạc, ca sỹ"; "cầu thủ" | "vận động viên"; "người mẫu" | "cựu siêu
    mẫu"), so it is another description, not a fuller form of the first ("học sinh" | "học sinh lớp 9A2",
    "sinh viên" | "sinh viên năm thứ tư"): the dev gold and held-out sets 4, 7 and 12 keep the occupation written
    first (5 persons of 5 documents; 1 person of held-out 4 the other way)."""
    if not (_descriptor(kept) and _descriptor(later)):
        return False
    first = _sy(kept.lower()).replace(",", " ").split()
    return _sy(later.lower()).replace(",", " ").split()[:len(first)] != first


def _merge_names(facts: DocumentFacts, persons) -> None:
    """One official per person: short forms map to the full name sharing their last syllables."""
    variants = variant_names(((m.text, m.sentence) for m, _, _ in persons), _surnames(),
                             _described_apart(persons))
    if variants:  # ("Trần Hạnh", "Nguyễn Thi Lan Anh": other forms of a fuller name, written as it; last, so
        # that on a tie the description written with the full name is kept)
        persons = [p for p in persons if p[0].text not in variants] + \
            [(_renamed(m, variants[m.text]), pos, unit) for m, pos, unit in persons if m.text in variants]
    seen_at: dict[str, list[tuple[int, int]]] = {}
    for m, _, _ in persons:
        seen_at.setdefault(m.text, []).append((m.block, m.start))
    fulls = sorted(seen_at, key=lambda t: -len(t.split()))
    by_tail: dict[tuple, list[str]] = {}  # last syllables -> longer names ending so (in ``fulls`` order)
    for f in fulls:
        fw = f.split()
        for k in range(1, len(fw)):
            by_tail.setdefault(tuple(fw[-k:]), []).append(f)

    def full_of(name: str, where: tuple[int, int] | None = None) -> str:
        return _full_name(variants.get(name, name), where, by_tail, seen_at)

    best: dict[str, Official] = {}
    order = []
    for m, pos, unit in persons:
        name = full_of(m.text, (m.block, m.start))
        if name != m.text:
            m = Mention(m.kind, name, m.block, m.start, m.end, m.sentence)
        o = best.get(name)
        if o is None:
            best[name] = Official(name=m, position=pos, unit=unit)
            order.append(name)
        elif pos and _position_rank(pos, unit) > _position_rank(o.position, o.unit) and _title_words(pos, unit) <= 12 \
                and not _other_occupation(o.position, pos):
            # an office before a descriptor; then the fullest description: with a unit, then the longer title
            o.position, o.unit = pos, unit
        elif unit and not o.position and not o.unit:
            o.unit = unit  # a unit written with no position (an award table's "Đơn vị" cell beside the name)
    facts.officials = [best[n] for n in order]
    # a person's other mentions ("ông Vinh" after "ông Đàm Quốc Vinh") are of the full name's entity too
    mentions = []
    for m in facts.mentions:
        name = full_of(m.text, (m.block, m.start)) if m.kind == "person" else m.text
        mentions.append(m if name == m.text else Mention(m.kind, name, m.block, m.start, m.end, m.sentence))
    facts.mentions = mentions
    for c in facts.conferrals:
        if c.recipient_type == "person":
            name = full_of(c.recipient.text, (c.recipient.block, c.recipient.start))
            if name != c.recipient.text:
                r = c.recipient
                c.recipient = Mention(r.kind, name, r.block, r.start, r.end, r.sentence)


def _described_apart(persons):
    """``disagree(name, fuller)`` for ``variant_names``: True when ``name``'s mentions in ``persons`` ((mention,
    position, unit) triples) carry an office or a unit that none of ``fuller``'s agrees with ("Nguyễn Hùng, Bí thư
    Đảng ủy xã B" beside "Nguyễn Văn Hùng, Chủ tịch UBND xã A": two persons).  A degree or an occupation names no
    office, and an empty position or unit agrees with any; with ``strict`` (the weaker inner-middle-name form,
    "Hồ Hà" beside "Phạm Hồ Thu Hà") an office or unit of ``name`` that ``fuller`` never writes disagrees too.  The
    descriptions are gathered on the first call only (most documents have no other written form)."""
    offices: dict[str, set[str]] = {}
    units: dict[str, set[str]] = {}

    def clash(mine: set[str], theirs: set[str], strict: bool) -> bool:
        if strict and mine and not theirs:
            return True  # (an office or unit the fuller name never writes)
        return bool(theirs) and any(not any(a in b or b in a for b in theirs) for a in mine)

    def disagree(name: str, fuller: str, strict: bool = False) -> bool:
        if not (offices or units):
            for m, pos, unit in persons:
                if pos and not _descriptor(pos):
                    offices.setdefault(m.text, set()).add(pos.lower())
                if unit:
                    units.setdefault(m.text, set()).add(unit.lower())
        return clash(offices.get(name, set()), offices.get(fuller, set()), strict) or \
            clash(units.get(name, set()), units.get(fuller, set()), strict)
    return disagree


def _renamed(m: Mention, name: str) -> Mention:
    return Mention(m.kind, name, m.block, m.start, m.end, m.sentence)


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return lexicon().surnames


def _full_name(name: str, where, by_tail: dict, seen_at: dict) -> str:
    """The full name a short form stands for (``by_tail``: last syllables -> longer names ending so; ``seen_at``:
    name -> where it is written); when several full names end the same way ("Nguyễn Tiến Danh", "Lê Tiến Danh"),
    the one written last before the short form.  A choice that is itself a short form ("Lan" → "Vân Lan", written
    after "Nguyễn Thị Vân Lan") is followed to its full name.  (A module function: a closure calling itself is a
    reference cycle, left for the garbage collector at every document.)"""
    w = name.split()
    cands = by_tail.get(tuple(w), [])
    if not cands:
        return name
    choice = cands[0]
    if len(cands) > 1 and where is not None:
        before = [(max(p for p in seen_at[f] if p < where), f) for f in cands
                  if any(p < where for p in seen_at[f])]
        if before:
            choice = max(before)[1]
    return _full_name(choice, where, by_tail, seen_at) if tuple(choice.split()) in by_tail else choice
