"""The national motto glued to a body's name further down a file (a second document kept in the same file, its
letterhead's two columns run together on one line) is no part of the unit's name: the letterhead reader only reads
the head of a file, so the extraction cuts it (``extractors.engine._without_motto``; Nghị định 30/2020/NĐ-CP, Phụ lục
I: the title and motto stand in the other column).  Documents of our own wording."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document

DECISION = ["QUYẾT ĐỊNH", "Điều 1. Tặng Giấy khen cho bà Đỗ Thị Mai, Kế toán Phòng Tài vụ.", "TRƯỞNG PHÒNG",
            "Hà Văn Sơn"]


def _units(*lines: str) -> list[str]:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=t) for t in lines]))
    return extract(doc).to_guidelines("t.txt")["units"]


def test_a_second_letterhead_down_the_file_keeps_its_motto_out_of_the_body():
    units = _units(*DECISION, "Phòng Văn hóa và Thông tin Độc lập - Tự do - Hạnh phúc", "Số: 21/QĐ-VHTT", *DECISION)
    assert "Phòng Văn hóa và Thông tin" in units
    assert not [u for u in units if "Độc lập" in u or "Hạnh phúc" in u]


def test_a_name_without_the_motto_is_left_as_it_is():
    units = _units(*DECISION, "Phòng Văn hóa và Thông tin tổ chức hội nghị tổng kết.")
    assert "Phòng Văn hóa và Thông tin" in units
