"""Award tables: ``table_row`` blocks with ``cells`` (STT | Họ và tên | Chức vụ | Đơn vị | Hình thức khen thưởng).

The header row is recognised by its column names; a cell left empty under a
merged cell takes the value of the row above ("carried down").  Each data row
gives an official (name, position, unit) and a conferral of the row's award.
Column names: compiled by sovang from the tables of Nghị định 98/2023/NĐ-CP,
Mẫu số 01-07 (danh sách đề nghị khen thưởng).
"""
from __future__ import annotations

import re

from .facts import Conferral, Mention

COLUMNS = [
    ("unit", re.compile(r"tập thể|đơn vị|cơ quan", re.I)),
    ("name", re.compile(r"họ (và )?tên|^tên|cá nhân", re.I)),
    ("position", re.compile(r"chức vụ|chức danh", re.I)),
    ("award", re.compile(r"hình thức|danh hiệu|khen thưởng", re.I)),
    ("decision", re.compile(r"quyết định|số qđ", re.I)),
    ("year", re.compile(r"^năm", re.I)),
]
#: a table that lists proposals (a heading before it, or the document is a Tờ trình)
PROPOSAL_CONTEXT = re.compile(r"đề nghị (khen thưởng|tặng|xét)|danh sách đề nghị|tờ trình|trình (khen|tặng)", re.I)


_LETTER = re.compile(r"[^\W\d_]")


#: a column of counts in a statistics table ("Tổng số tập thể, cá nhân đã được khen thưởng", "SL tập thể", "Số cá
#: nhân"): it names no recipient column, whatever words follow
COUNT_COLUMN = re.compile(r"^(tổng số|số lượng|sl\b|số\b|tỷ lệ|tỉ lệ)", re.I)


def _header(cells):
    cols = {}
    for i, c in enumerate(cells):
        for key, rx in COLUMNS:
            if key in ("name", "unit") and COUNT_COLUMN.match(c or ""):
                continue
            if key not in cols and rx.search(c or ""):
                cols[key] = i
                break
    return cols if ("name" in cols or "unit" in cols) and "award" in cols else None  # header row


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


def _find(block_text: str, cell: str) -> tuple[int, int]:
    i = block_text.find(cell)
    return (i, i + len(cell)) if i >= 0 else (0, len(block_text))


def apply(document, facts, doc_year) -> list:
    """Add conferrals (and unit mentions) from the document's award tables to ``facts`` in place.

    Returns the officials of the tables as ``(name Mention, position, unit)`` for the engine to merge."""
    officials = []
    if not any(b.kind == "table_row" and b.cells for b in document.blocks):
        return officials  # (the loop below only acts on table rows with cells)
    from .lexicon import lexicon
    lex = lexicon()
    cols = None
    carry: dict[str, str] = {}
    doc_is_proposal = any(b.text.strip().upper() == "TỜ TRÌNH" for b in document.blocks[:8])
    proposed = doc_is_proposal
    recent: list[str] = []
    honor = sorted(lex.honorifics, key=len, reverse=True)
    award_heads = _award_heads(lex)
    for bi, b in enumerate(document.blocks):
        if b.kind != "table_row" or not b.cells:
            if b.kind != "table_row":
                recent = (recent + [b.text])[-3:]
                cols = None
            continue
        cells = [c.strip() for c in b.cells]
        h = _header(cells)
        if h:
            cols, carry = h, {}
            proposed = doc_is_proposal or any(PROPOSAL_CONTEXT.search(t) and not t.lstrip().startswith("Xét")
                                              for t in recent)
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
            if not v and key in ("award", "unit", "year"):
                v = carry.get(key, "")
            row[key] = v
            if v:
                carry[key] = v
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
        year = year or doc_year
        name = row.get("name", "")
        unit = row.get("unit", "")
        for h in honor:
            if name.startswith(h + " ") and len(name) > len(h) + 1:
                name = name[len(h) + 1:]  # "Ông Tống Văn Khải" → "Tống Văn Khải"
                break
        if name and any(name.startswith(head + " ") for head in lex.unit_heads if head[:1].isupper()):
            name, unit = "", name  # a unit written in the name column
        if not name and unit and "name" not in cols:
            # a person in a "Tên tập thể, cá nhân" column: an honorific or a surname and no unit head
            stripped = next((unit[len(h) + 1:] for h in honor if unit.startswith(h + " ")), None)
            words = unit.split()
            if stripped or (words[0] in lex.surnames and 2 <= len(words) <= 5 and
                            not any(unit.startswith(head + " ") for head in lex.unit_heads)):
                name, unit = stripped or unit, ""
        if name and not name.isdigit():
            pm = Mention("person", name, bi, *_find(b.text, name), sentence=sent)
            facts.mentions.append(pm)
            officials.append((pm, row.get("position", ""), unit))
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
        decision = row.get("decision") or None
        facts.conferrals.append(Conferral(recipient=rec, recipient_type=rtype, award=am, year=year,
                                          status="proposed" if proposed else "conferred",
                                          decision=decision if decision and "/" in decision else None))
    return officials
