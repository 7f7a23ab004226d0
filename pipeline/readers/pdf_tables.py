"""Recipients' tables drawn without borders in a PDF: their rows, read from the lines' positions.

``page.find_tables()`` (pdfplumber's default "lines" strategy) needs ruling lines; a table typed in Word with its
borders off gives none, and each of its cells came out a paragraph of its own, so no row and no fact.  Like
pdfplumber's "text" strategy (columns where words line up), a table is found here by the columns of its text, but
only under a recipients' table header (``corpora/gazetteers/table_header_labels.tsv``: a line whose first part is
the number column, "STT", and one of whose parts names the recipients, "Họ và tên", "Tên đơn vị"), so running text
never becomes a table.

The columns are the header's parts (:func:`pipeline.readers.pdf._lines` splits a line where its words stand far
apart); each line below whose parts fall each in one column belongs to the table, a part beside the columns widens
the nearest one on its left.  A line with a part in the number column starts a row, the others go on in the cells
of the row above (a cell's wrapped lines joined with ``\\n``, as a ruled table's cell gives them).  The table ends at
a line that spans two columns ("Điều 2. Quyết định này …"), a part left of the first column, or a gap of more than
two lines.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


#: a row's number in the number column: "1", "12.", "3)", a section's numeral ("I", "II.", "A.")
_ROW_NUMBER = re.compile(r"(?:\d{1,4}|[IVXL]{1,5}|[A-ZĐ])[.)]?")
#: how far below the line above (in line heights) a table's next line may start
_ROW_GAP = 2.0


@lru_cache(maxsize=1)
def _labels() -> dict[str, tuple[str, ...]]:
    """The labels of ``table_header_labels.tsv`` by role ("number", "recipient"), lower case, composed."""
    from extractors.gazetteer import table  # the one reader of gazetteer files (normalised, comments skipped)

    out: dict[str, list[str]] = {}
    for label, role in table("table_header_labels.tsv"):
        out.setdefault(role.strip(), []).append(label.strip())
    return {role: tuple(labels) for role, labels in out.items()}


def _label(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().strip(" .:").split())


def is_header(parts: list[dict]) -> bool:
    """Whether a line's ``parts`` (left to right) are a recipients' table header: three or more parts, the first
    the number column ("STT"), another opening with a recipient label ("Họ và tên")."""
    labels = _labels()
    return len(parts) >= 3 and _label(parts[0]["text"]) in labels["number"] and \
        any(_label(p["text"]).startswith(labels["recipient"]) for p in parts[1:])


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


def _table_at(groups: list[list[dict]], start: int) -> tuple[list[list[str]], list[dict], int]:
    """The rows (header first), the parts used, and the index of the first line after the table whose header is
    ``groups[start]``."""
    header = groups[start]
    columns = [[p["x0"], p["x1"]] for p in header]
    rows = [[p["text"] for p in header]]
    used = list(header)
    data = 0
    last = header
    i = start + 1
    while i < len(groups):
        line = _cell_parts(groups[i])
        height = max(p["bottom"] - p["top"] for p in last)
        if line[0]["top"] - max(p["bottom"] for p in last) > _ROW_GAP * height:
            break
        cells = [_column(p, columns) for p in line]
        if None in cells or len(set(cells)) < len(cells):
            break
        texts = dict(zip(cells, (p["text"] for p in line)))
        if 0 in texts and (data or _ROW_NUMBER.fullmatch(texts[0])):
            rows.append([texts.get(k, "") for k in range(len(columns))])
            data += 1
        else:  # the row's cells go on (a wrapped cell), or the header's
            rows[-1] = [(c + "\n" + texts[k]).strip("\n") if k in texts else c for k, c in enumerate(rows[-1])]
        used += groups[i]
        last = line
        i += 1
    return (rows if data else []), (used if data else []), i


def borderless_tables(lines: list[dict]) -> list[tuple[tuple[float, float, float, float], list[list[str]], list[dict]]]:
    """The recipients' tables without borders among a page's ``lines`` (parts of lines, each with its ``line``
    number, :func:`pipeline.readers.pdf._lines`): (box, rows, the parts they hold) each, rows as lists of cell
    texts, the header row first."""
    groups = _by_line(lines)
    out = []
    i = 0
    while i < len(groups):
        if not is_header(groups[i]):
            i += 1
            continue
        rows, used, nxt = _table_at(groups, i)
        if rows:
            box = (min(p["x0"] for p in used), min(p["top"] for p in used),
                   max(p["x1"] for p in used), max(p["bottom"] for p in used))
            out.append((box, rows, used))
        i = max(nxt, i + 1)
    return out
