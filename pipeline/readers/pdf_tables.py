"""Recipients' tables drawn without borders in a PDF: their rows, read from the lines' positions.

``page.find_tables()`` (pdfplumber's default "lines" strategy) needs ruling lines; a table typed in Word with its
borders off gives none, and each of its cells came out a paragraph of its own, so no row and no fact.  Like
pdfplumber's "text" strategy (columns where words line up), a table is found here by the columns of its text, but
only under a recipients' table header (the column headings of ``corpora/gazetteers/table_columns.tsv``, as the award
tables read them: a line whose first part is the number column, "STT", and one of whose parts names the recipients,
"Họ và tên", "Tên đơn vị"), so running text never becomes a table.

The columns are the header's parts (:func:`pipeline.readers.pdf._lines` splits a line where its words stand far
apart); each line below whose parts fall each in one column belongs to the table, a part beside the columns widens
the nearest one on its left.  A line with a part in the number column starts a row, the others go on in the cells
of the row above (a cell's wrapped lines joined with ``\\n``, as a ruled table's cell gives them).  The table ends at
a line that spans two columns ("Điều 2. Quyết định này …"), a part left of the first column, a gap of more than
two lines, or a line of a signature block ("KT. CHỦ TỊCH", "Nơi nhận:", :func:`pipeline.letterhead.signs`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from extractors.table_columns import RECIPIENT_KEYS, column_key

from ..letterhead import signs
from ..wrap import cell_wraps, is_item_mark


#: a row's number in the number column: "1", "12.", "3)", a section's numeral ("I", "II.", "A.")
_ROW_NUMBER = re.compile(r"(?:\d{1,4}|[IVXL]{1,5}|[A-ZĐ])[.)]?")
#: how far below the line above (in line heights) a table's next line may start
_ROW_GAP = 2.0
#: a cell's padding on each side of its border (points; Word's default cell margin is 0.08 in, 5.4 pt)
_PAD = 5.4
#: how much wider than the least step between a table's lines (points) a step may be and still join a cell's lines
_SAME_PITCH = 1.5


def is_header(parts: list[dict]) -> bool:
    """Whether a line's ``parts`` (left to right) are a recipients' table header: three or more parts, the first
    the number column ("STT"), another a recipient column ("Họ và tên", "Tên đơn vị"), by the column headings of
    ``table_columns.tsv`` that the award tables read (:func:`extractors.table_columns.column_key`).  Its name
    column's pattern takes any cell opening with "Tên", so a numbered list of other things under "STT | Tên thủ tục
    hành chính | Lĩnh vực" is read as a table too: its rows are table rows, as a ruled table's would be, and give
    a fact only where the award tables find a recipient and an award in them."""
    if len(parts) < 3 or column_key(_label(parts[0]["text"])) != "number":
        return False
    return any(column_key(_label(p["text"])) in RECIPIENT_KEYS for p in parts[1:])


def _label(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().strip(" .:").split())


def _by_line(lines: list[dict]) -> list[list[dict]]:
    """The parts of ``lines`` (as :func:`pipeline.readers.pdf._lines` gives them, each with its ``line`` number and
    ``words``) grouped by line, each group left to right."""
    groups: dict[int, list[dict]] = {}
    for part in lines:
        groups.setdefault(part["line"], []).append(part)
    return [sorted(g, key=lambda p: p["x0"]) for _, g in sorted(groups.items())]


def _cell_parts(line: list[dict]) -> list[dict]:
    """A line's parts split again wherever two words stand more than an em apart: the cells of a table's row
    ("công tác" and "thưởng", the wrapped ends of two header cells, are one part for :func:`pdf._lines` when the
    line has no other gap to compare with).  A justified line of running text has no such gap and stays whole."""
    out = []
    for part in line:
        words = part.get("words") or []
        if len(words) < 2:
            out.append(part)
            continue
        pieces = [[words[0]]]
        for prev, w in zip(words, words[1:]):
            if w["x0"] - prev["x1"] > (w.get("size") or 10):
                pieces.append([w])
            else:
                pieces[-1].append(w)
        if len(pieces) == 1:
            out.append(part)
            continue
        out += [dict(part, text=" ".join(w["text"] for w in ws), x0=ws[0]["x0"], x1=ws[-1]["x1"], words=ws)
                for ws in pieces]
    return out


def _column(part: dict, columns: list[list[float]]) -> int | None:
    """The column of ``part`` (widening it to hold the part), or None when the part overlaps two columns or lies
    left of the first one."""
    hit = [k for k, (x0, x1) in enumerate(columns) if part["x0"] < x1 and part["x1"] > x0]
    if len(hit) > 1:
        return None
    k = hit[0] if hit else max((k for k, (x0, _) in enumerate(columns) if x0 <= part["x0"]), default=None)
    if k is None or (k + 1 < len(columns) and part["x1"] > columns[k + 1][0]):
        return None
    columns[k] = [min(columns[k][0], part["x0"]), max(columns[k][1], part["x1"])]
    return k


def _edge(columns: list[list[float]], k: int, edge: float) -> float:
    """The right edge of column ``k``'s text: a padding (:data:`_PAD`) on each side of the cells' border before the
    next column's text, or the page's text edge ``edge`` for the last column."""
    return columns[k + 1][0] - 2 * _PAD if k + 1 < len(columns) else edge


def _go_on(cell: str, text: str, above: dict | None, part: dict, right: float) -> str:
    """``cell`` going on with the next line's ``text`` (its ``part``): after a space where the line ``above`` in the
    cell wrapped (:func:`pipeline.wrap.cell_wraps`: the first word would not have fitted there before ``right``),
    else on a line of its own (``\\n``)."""
    if not cell:
        return text
    wraps = above is not None and cell_wraps(above.get("words") or [above], (part.get("words") or [part])[0], right) \
        and not is_item_mark(text.split()[0])
    return cell + (" " if wraps else "\n") + text


def _rows_below(groups: list[list[dict]], i: int, columns: list[list[float]], rows: list[list[str]], data: int,
                last: list[dict], edge: float) -> tuple[list[list[str]], list[dict], int, int]:
    """The table's lines from ``groups[i]`` on, in ``columns`` (widened as parts fall in them): ``rows`` with the
    rows they start and the cells they go on in (a wrapped line after a space, :func:`_go_on`; ``edge``: the page's
    right text edge), the parts used, the number of data rows in all, and the index of the first line after the
    table."""
    used: list[dict] = []
    tails: dict[int, dict] = dict(enumerate(last)) if rows and len(last) == len(columns) else {}
    while i < len(groups):
        line = _cell_parts(groups[i])
        if last:
            height = max(p["bottom"] - p["top"] for p in last)
            if line[0]["top"] - max(p["bottom"] for p in last) > _ROW_GAP * height:
                break
        if any(signs(p["text"]) for p in line):
            break  # the signature block below the table ("KT. CHỦ TỊCH", "Nơi nhận:")
        cells = [_column(p, columns) for p in line]
        if None in cells or len(set(cells)) < len(cells):
            break
        texts = dict(zip(cells, (p["text"] for p in line)))
        parts = dict(zip(cells, line))
        if 0 in texts and (data or _ROW_NUMBER.fullmatch(texts[0])):
            rows.append([texts.get(k, "") for k in range(len(columns))])
            data += 1
            tails = dict(parts)
        elif 0 in texts and not rows:
            break  # a page's first line with text in the number column and no number: no row goes on there
        else:  # the row's cells go on (a wrapped cell), or the header's
            if not rows:
                rows.append([""] * len(columns))
            rows[-1] = [_go_on(c, texts[k], tails.get(k), parts[k], _edge(columns, k, edge)) if k in texts else c
                        for k, c in enumerate(rows[-1])]
            tails.update(parts)
        used += groups[i]
        last = line
        i += 1
    return rows, used, data, i


def _cells(lines: list[list[dict]], columns: list[list[float]]) -> list[tuple[int, float, float, list[dict]]]:
    """The cells of a table's ``lines`` (each its cell parts, top to bottom), each ``(column, top, bottom, parts)``:
    in each column, parts standing one line pitch apart (the least pitch between the lines, within
    :data:`_SAME_PITCH`) are one cell's wrapped lines; a wider step is a cell's padding, a row's end."""
    tops = [min(p["top"] for p in line) for line in lines]
    step = min((b - a for a, b in zip(tops, tops[1:])), default=0.0)
    cells: dict[int, list[list]] = {}
    for top, line in zip(tops, lines):
        for part in line:
            k = _column(part, columns)
            run = cells.setdefault(k, [])
            if run and top - run[-1][2] <= step + _SAME_PITCH:
                run[-1][2], run[-1][3] = top, run[-1][3] + [part]
            else:
                run.append([k, top, top, [part]])
    return sorted((tuple(c) for run in cells.values() for c in run), key=lambda c: (c[1], c[0]))


def _bands(lines: list[list[dict]], columns: list[list[float]]) -> list[list[tuple]] | None:
    """``lines``' cells (:func:`_cells`) grouped in rows: a row's band is the whole height of its cells, which
    overlap, so a cell wrapped over two lines and aligned otherwise than at its top (ReportLab's cells stand at
    their bottom: the row's number on its last line) belongs to one row.  None when the bands do not give the
    header and then one numbered row each (a table whose lines are evenly spaced, as Word's unpadded cells are:
    no band tells its rows apart, and the number column starts them, :func:`_rows_below`)."""
    bands: list[list] = []
    for cell in _cells(lines, columns):
        if bands and cell[1] <= bands[-1][0]:
            bands[-1][0] = max(bands[-1][0], cell[2])
            bands[-1][1].append(cell)
        else:
            bands.append([cell[2], [cell]])
    rows = [b[1] for b in bands]
    numbers = [sum(c[0] == 0 for c in row) for row in rows]
    if len(rows) < 2 or numbers[1:] != [1] * (len(rows) - 1) or \
            not all(_ROW_NUMBER.fullmatch(c[3][0]["text"]) for row in rows[1:] for c in row if c[0] == 0):
        return None
    return rows


def _banded(lines: list[list[dict]], columns: list[list[float]], edge: float) -> list[list[str]] | None:
    """The rows of a table's ``lines`` (header first) by their bands (:func:`_bands`), each cell's lines joined as
    :func:`_go_on` joins them; None when the bands do not tell the rows."""
    rows = _bands(lines, columns)
    if rows is None:
        return None
    out = []
    for row in rows:
        texts = [""] * len(columns)
        for k, _, _, parts in row:
            above = None
            for part in parts:
                texts[k] = _go_on(texts[k], part["text"], above, part, _edge(columns, k, edge))
                above = part
        out.append(texts)
    return out


def _wrapped_above(groups: list[list[dict]], start: int, columns: list[list[float]]) -> bool:
    """Whether the line above the header ``groups[start]`` is the header's cells wrapped at their bottom ("Hình
    thức" above "khen thưởng"): one line pitch above it, as near as the header's next line (within
    :data:`_SAME_PITCH`), nearer than the line above it, each of its parts in one column."""
    if start < 2 or start + 1 >= len(groups):
        return False
    top = [min(p["top"] for p in g) for g in groups[start - 2:start + 2]]
    pitch = top[2] - top[1]
    if not (pitch <= top[3] - top[2] + _SAME_PITCH and pitch + _SAME_PITCH < top[1] - top[0]):
        return False
    hit = [_column(p, [list(c) for c in columns]) for p in _cell_parts(groups[start - 1])]
    return None not in hit and len(set(hit)) == len(hit)


def _table_at(groups: list[list[dict]], start: int, edge: float) -> tuple[list[list[str]], list[dict], int,
                                                                       list[list[float]]]:
    """The rows (header first), the parts used, the index of the first line after the table whose header is
    ``groups[start]``, and its columns.  Where the table's cells are padded (wider steps between the rows than
    between a cell's lines), its rows are their cells' bands (:func:`_banded`), with a header cell wrapped above
    the header's line (:func:`_wrapped_above`)."""
    header = groups[start]
    columns = [[p["x0"], p["x1"]] for p in header]
    rows, used, data, i = _rows_below(groups, start + 1, columns, [[p["text"] for p in header]], 0, header,
                                      edge)
    if not data:
        return [], [], i, columns
    first = start - 1 if _wrapped_above(groups, start, columns) else start
    banded = _banded([_cell_parts(g) for g in groups[first:i]], columns, edge)
    if banded is not None:
        return banded, [p for g in groups[first:i] for p in g], i, columns
    return rows, header + used, i, columns


@dataclass
class Borderless:
    """A recipients' table without borders on one page: its ``box``, its ``rows`` (cell texts; the header row
    first, unless it ``goes_on`` from the page before, when its first row holds what the last row there goes on
    with, "" in every cell when nothing), the ``used`` parts, its ``columns``, and whether it runs to the page's
    end (``open``: the next page may go on with it); ``blocks``, its rows' blocks, are set by the PDF reader
    (:func:`pipeline.readers.pdf._borderless`)."""
    box: tuple[float, float, float, float]
    rows: list[list[str]]
    used: list[dict]
    columns: list[list[float]]
    open: bool
    goes_on: bool = False
    blocks: list = field(default_factory=list)


#: a page's number standing alone on its line ("2", "- 3 -", "Trang 4")
_PAGE_NUMBER = re.compile(r"^[-–(\s]*(trang\s+)?\d{1,4}([/ ]+\d{1,4})?[-–)\s]*$", re.I)


def _page_number(group: list[dict]) -> bool:
    return len(group) == 1 and bool(_PAGE_NUMBER.match(group[0]["text"]))


def _box(used: list[dict]) -> tuple[float, float, float, float]:
    return (min(p["x0"] for p in used), min(p["top"] for p in used),
            max(p["x1"] for p in used), max(p["bottom"] for p in used))


def _goes_on(groups: list[list[dict]], carried: tuple[list[list[float]], str], edge: float) -> tuple[Borderless | None,
                                                                                                     int]:
    """The rows at the top of a page that go on with the table the page before ended in (``carried``: its columns
    and the number of its last row), a table continued without its header: lines in its columns, the first
    numbered row numbered next ("13" after "12"), the lines before it the last row's cells going on (a row split
    by the page break; with no numbered row after them, only lines at the columns' left edges), or a row opening the
    list's next section first ("II. | CÁ NHÂN", "| Tập thể |": :func:`extractors.tables.opens_section`; its rows
    numbered anew), and the index of the line after them; (None, 0) when the page does not open so."""
    columns, last_number = [list(c) for c in carried[0]], carried[1]
    i = 0
    while i < len(groups) and _page_number(groups[i]):
        i += 1
    rows, used, data, nxt = _rows_below(groups, i, columns, [], 0, [], edge)
    if not rows or not (data or all(_aligned(p, carried[0]) for p in used)):
        return None, 0  # without a numbered row, only lines standing at the columns' left edges go on the row
    from extractors.tables import opens_section  # (the award tables' section rows: read on a continued page only)

    section = opens_section(rows[0])  # "II. | CÁ NHÂN", "| Tập thể |": the list's next section, numbered anew
    number, last_number = next((r[0] for r in rows if r[0]), "").rstrip(".)"), last_number.rstrip(".)")
    if number and not section and \
            not (last_number.isdigit() and number.isdigit() and int(number) == int(last_number) + 1):
        return None, 0  # a numbered row numbered otherwise ("1." after "12.", a new list) or not a number
    if rows[0][0] or section:
        rows.insert(0, [""] * len(columns))
    return Borderless(_box(used), rows, used, columns, _ends_page(groups, nxt), goes_on=True), nxt


def _aligned(part: dict, columns: list[list[float]]) -> bool:
    """Whether ``part`` starts at the left edge of one of ``columns`` (within 3 points), as a cell's wrapped line
    does: a heading centred on the page does not."""
    return any(abs(part["x0"] - x0) <= 3 for x0, _ in columns)


def _ends_page(groups: list[list[dict]], i: int) -> bool:
    """Whether nothing but a page number stands below line ``i`` of a page."""
    return all(_page_number(g) for g in groups[i:])


def borderless_tables(lines: list[dict], carried: tuple[list[list[float]], str] | None = None) -> list[Borderless]:
    """The recipients' tables without borders among a page's ``lines`` (parts of lines, each with its ``line``
    number, :func:`pipeline.readers.pdf._lines`), in their order.  ``carried``: the columns and last row's number
    of the table the page before ended in, which this page may go on with from its top without the header."""
    groups = _by_line(lines)
    edge = max((p["x1"] for p in lines), default=0.0)
    out = []
    i = 0
    if carried:
        more, i = _goes_on(groups, carried, edge)
        if more:
            out.append(more)
    while i < len(groups):
        if not is_header(groups[i]):
            i += 1
            continue
        rows, used, nxt, columns = _table_at(groups, i, edge)
        if rows:
            out.append(Borderless(_box(used), rows, used, columns, _ends_page(groups, nxt)))
        i = max(nxt, i + 1)
    return out

