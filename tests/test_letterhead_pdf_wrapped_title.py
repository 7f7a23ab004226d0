"""A letterhead laid out in a borderless Word table and printed to PDF: its right column is narrow, so the national
title wraps ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM") and the PDF interleaves the lines of the two columns.  The
two lines of the title were read as two bodies of the letterhead (units "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" and "VIỆT NAM",
the signer's unit "Việt Nam"); they are the title again, put back in order as a .docx letterhead is
(pipeline.letterhead: wrapped_title, wraps; the
national title and the Party's title of letterhead_titles.txt).  Our own decision, made with python-docx and LibreOffice."""
from __future__ import annotations

import io
import json

from pipeline.letterhead import rewrite_letterhead
from pipeline.model import Block, Document
from tests.cli import run_cli
from tests.documents import without_borders


def _decision() -> bytes:
    """A department's decision (our wording): letterhead in a borderless two-column table, right column narrow."""
    from docx import Document as Docx
    from docx.shared import Cm

    d = Docx()
    t = d.add_table(rows=1, cols=2)
    without_borders(t)
    t.autofit = False
    for cell, width in zip(t.rows[0].cells, (Cm(8), Cm(6))):
        cell.width = width
    t.cell(0, 0).text = "UBND TỈNH GIA LAI\nSỞ XÂY DỰNG\nSố: 54/QĐ-SXD"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGia Lai, ngày 9 tháng 5 năm 2024"
    for line in ("QUYẾT ĐỊNH", "Về việc tặng Giấy khen của Giám đốc Sở Xây dựng",
                 "Điều 1. Tặng Giấy khen của Giám đốc Sở Xây dựng cho Phòng Quản lý nhà và thị trường bất động sản.",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "GIÁM ĐỐC", "Đặng Văn Thuận"):
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_wrapped_national_title_is_no_body(tmp_path, soffice):
    from pipeline.readers import office, read_bytes

    pdf = office.convert(_decision(), ".docx", "pdf")
    texts = [b.text for b in read_bytes(pdf, "qd.pdf").blocks]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" in texts and "VIỆT NAM" in texts  # the PDF wraps the title in its column
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd.pdf").write_bytes(pdf)
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1")
    facts = json.loads(run_cli("export", "facts", "--db", db).splitlines()[0])
    assert not [u for u in facts["units"] if "CỘNG HÒA" in u.upper() or u.upper() == "VIỆT NAM"]
    assert {"name": "Đặng Văn Thuận", "position": "Giám đốc", "unit": "Sở Xây dựng tỉnh Gia Lai"} in facts["officials"]


def test_the_interleaved_lines_are_put_back_in_order():
    lines = ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "HUYỆN ĐAM RÔNG", "VIỆT NAM", "Số: 7/QĐ-UBND",
             "Độc lập - Tự do - Hạnh phúc", "Đam Rông, ngày 2 tháng 3 năm 2024", "QUYẾT ĐỊNH"]
    doc = rewrite_letterhead(Document(path="x.pdf", sha256="", format="pdf", blocks=[Block(text=t) for t in lines]))
    assert [b.text for b in doc.blocks] == ["ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                            "Độc lập - Tự do - Hạnh phúc", "Số: 7/QĐ-UBND",
                                            "Đam Rông, ngày 2 tháng 3 năm 2024", "QUYẾT ĐỊNH"]
    # "VIỆT NAM" of the left column beside a title on one line is read as before (a line of the bodies, not the title)
    lines = ["TỔNG LIÊN ĐOÀN LAO ĐỘNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Số: 12/QĐ-TLĐ", "QUYẾT ĐỊNH"]
    doc = rewrite_letterhead(Document(path="y.pdf", sha256="", format="pdf", blocks=[Block(text=t) for t in lines]))
    assert [b.text for b in doc.blocks][:3] == ["TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM",
                                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


def test_a_wrapped_party_title_of_the_list_is_joined_too():
    """The Party's title of letterhead_titles.txt wraps in a narrow column as the national title does ("ĐẢNG CỘNG
    SẢN" / "VIỆT NAM", interleaved with the issuing body's lines): one title line again, no body "VIỆT NAM"."""
    from pipeline.letterhead import wrapped_title, wraps

    lines = ["HUYỆN ỦY CAM LỘ", "ĐẢNG CỘNG SẢN", "BAN DÂN VẬN", "VIỆT NAM", "Số: 31-QĐ/BDVHU",
             "Cam Lộ, ngày 14 tháng 6 năm 2023", "QUYẾT ĐỊNH"]
    doc = rewrite_letterhead(Document(path="z.pdf", sha256="", format="pdf", blocks=[Block(text=t) for t in lines]))
    assert [b.text for b in doc.blocks] == ["HUYỆN ỦY CAM LỘ", "BAN DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM",
                                            "Số: 31-QĐ/BDVHU", "Cam Lộ, ngày 14 tháng 6 năm 2023", "QUYẾT ĐỊNH"]
    assert wrapped_title("ĐẢNG CỘNG SẢN") == "title_head" and wrapped_title("Việt  Nam") == "title_tail"
    assert wrapped_title("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA") == "title_head"  # either tone placement
    assert wrapped_title("BAN DÂN VẬN") is None and wrapped_title("ĐẢNG") is None  # one word is no part
    assert wraps("ĐẢNG CỘNG SẢN", "VIỆT NAM") and not wraps("ĐẢNG CỘNG SẢN", "CHỦ NGHĨA VIỆT NAM")
