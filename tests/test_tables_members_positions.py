"""A table of a council's or a board's members ("Thành lập Hội đồng …, gồm:" over "STT | Họ và tên | Chức vụ, đơn
vị | Nhiệm vụ") gives no recipient, but its members are officials with the position and unit of their "Chức vụ,
đơn vị" cell, as a recipients' row reads them (extractors.tables._members_header, _member). Own wording."""
from __future__ import annotations

from extractors import extract
from extractors.tables import _members_header
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def _guidelines(article: str, rows: list[list[str]]) -> dict:
    blocks = [Block(text=article)]
    blocks += [Block(text=" | ".join(r), kind="table_row", table=0, row=i, cells=r) for i, r in enumerate(rows)]
    blocks += [Block(text="Điều 2. Hội đồng làm việc theo quy chế do Chủ tịch Hội đồng ban hành.")]
    doc = normalize_document(Document(path="hd.docx", sha256="0", format="docx", blocks=blocks))
    return extract(doc).to_guidelines("hd.docx")


COUNCIL = "Điều 1. Thành lập Hội đồng thi đua, khen thưởng ngành Y tế huyện Mường Lát năm 2026, gồm các ông, bà sau:"
MEMBERS = [["STT", "Họ và tên", "Chức vụ, đơn vị", "Nhiệm vụ"],
           ["1", "Ông Hà Văn Lực", "Giám đốc Trung tâm Y tế huyện Mường Lát", "Chủ tịch Hội đồng"],
           ["2", "Bà Lò Thị Nguyệt", "Phó Giám đốc Trung tâm Y tế huyện Mường Lát", "Phó Chủ tịch Hội đồng"],
           ["3", "Ông Vi Văn Sáng", "Kế toán, Trạm Y tế xã Tam Chung", "Ủy viên"]]


def test_members_keep_position_and_unit():
    g = _guidelines(COUNCIL, MEMBERS)
    got = {(o["name"], o["position"], o["unit"]) for o in g["officials"]}
    assert {("Hà Văn Lực", "Giám đốc", "Trung tâm Y tế huyện Mường Lát"),
            ("Lò Thị Nguyệt", "Phó Giám đốc", "Trung tâm Y tế huyện Mường Lát"),
            ("Vi Văn Sáng", "Kế toán", "Trạm Y tế xã Tam Chung")} <= got
    assert "Trạm Y tế xã Tam Chung" in g["units"]


def test_members_are_no_recipients():
    g = _guidelines(COUNCIL, MEMBERS)
    assert [a for a in g["awards"] if a["recipient"] in ("Hà Văn Lực", "Lò Thị Nguyệt", "Vi Văn Sáng")] == []


def test_a_members_header_needs_a_name_and_a_position_column():
    assert _members_header(["STT", "Họ và tên", "Chức vụ, đơn vị", "Nhiệm vụ"]) == \
        {"name": 1, "position_unit": 2}
    assert _members_header(["STT", "Họ và tên", "Ghi chú"]) is None  # no position column
    assert _members_header(["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng"]) is None  # an award column


def test_a_blank_form_of_members_gives_no_official():
    rows = [["STT", "Họ và tên", "Chức vụ, đơn vị", "Nhiệm vụ"],
            ["1", "Ông (bà) ……………", "Giám đốc ……………", "Chủ tịch Hội đồng"]]
    g = _guidelines(COUNCIL, rows)
    assert [o for o in g["officials"] if "…" in o["name"] or "(" in o["name"]] == []
