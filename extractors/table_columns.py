"""The columns of a recipients' table header, read once from ``corpora/gazetteers/table_columns.tsv``: the one
list of column headings that the award tables (:mod:`extractors.tables`) and the PDF reader's tables drawn
without borders (:mod:`pipeline.readers.pdf_tables`) both read, so that a heading added once serves both."""
from __future__ import annotations

import functools
import re

from .gazetteer import table

#: the columns naming a row's recipient (a person, a unit, or either)
RECIPIENT_KEYS = ("name", "unit", "recipient", "collective")
#: a column of counts in a statistics table ("Tổng số tập thể, cá nhân đã được khen thưởng", "SL tập thể", "Số cá
#: nhân"): it names no recipient column, whatever words follow
COUNT_COLUMN = re.compile(r"^(tổng số|số lượng|sl\b|số\b|tỷ lệ|tỉ lệ)", re.I)
#: a column of positions and units together ("Chức vụ, đơn vị", "Chức vụ và đơn vị công tác", "Chức danh, cơ
#: quan", "Chức vụ, nơi công tác", "Chức vụ - Đơn vị công tác"; observed in decisions' attached lists)
POSITION_UNIT = re.compile(r"chức (vụ|danh)\s*(,|;|và|/|-|–)?\s*(đơn vị|cơ quan|nơi công tác)", re.I)


@functools.lru_cache(maxsize=None)
def columns() -> tuple[tuple[str, re.Pattern], ...]:
    """The columns of a header row as ``table_columns.tsv`` lists them, in its order: (key, pattern searched in a
    header cell in any letter case); key ``number`` is the rows' number column ("STT"), ``other`` a column no
    row's recipient or award is in ("Năm sinh", "Ghi chú", "Số tiền"), ``decision`` the conferring decision's
    ("Quyết định khen thưởng"), ``collective`` a column of collectives' names ("Tên tập thể")."""
    return tuple((key, re.compile(pattern, re.I)) for key, pattern in table("table_columns.tsv"))


def column_key(cell: str) -> str | None:
    """The key of the first column of ``table_columns.tsv`` whose pattern a header ``cell`` holds ("STT" →
    "number", "Họ và tên" → "name", "Tên đơn vị" → "collective", "Chức vụ, đơn vị" → "position_unit"), or None;
    a column of counts ("Số cá nhân") is no recipient column."""
    if POSITION_UNIT.search(cell):
        return "position_unit"
    for key, rx in columns():
        if key in RECIPIENT_KEYS and COUNT_COLUMN.match(cell):
            continue
        if rx.search(cell):
            return key
    return None
