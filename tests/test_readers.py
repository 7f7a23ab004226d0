"""Format readers: fixtures are built here (tmp_path / in memory) from Vietnamese text.

Every reader is called through :func:`pipeline.readers.read_bytes`, the way the
pipeline calls it, so failures show up as ``status="failed"`` documents.
"""
from __future__ import annotations

import codecs
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest

from pipeline.readers import read_bytes, read_file

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def kinds(doc):
    return [b.kind for b in doc.blocks]


def texts(doc):
    return [b.text for b in doc.blocks]


# --------------------------------------------------------------------------- txt

TXT = "Báo cáo tổng kết thi đua năm 2024\n\nĐồng chí Nguyễn Văn Hùng được tặng Bằng khen.\n"
TXT_LINES = ["Báo cáo tổng kết thi đua năm 2024", "Đồng chí Nguyễn Văn Hùng được tặng Bằng khen."]
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes the way Vietnamese Windows writes them: letter (with its
    quality mark) precomposed where the code page has it, tone mark combining."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
        out.append(base.encode("cp1258") + "".join(c for c in nfd if c in _TONES).encode("cp1258"))
    return b"".join(out)


@pytest.mark.parametrize("data, encoding", [
    (TXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TXT.encode("utf-8"), "utf-8-sig"),
    (TXT.encode("utf-16"), "utf-16"),
    (TXT.encode("utf-16-le"), "utf-16-le"),
    (to_cp1258(TXT), "cp1258"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom", "cp1258"])
def test_txt_encodings(data, encoding):
    doc = read_bytes(data, "bao-cao.txt")
    assert doc.status == "ok", doc.error
    assert doc.encoding == encoding
    # cp1258 gives combining tone marks: the same text once composed
    assert [unicodedata.normalize("NFC", t) for t in texts(doc)] == TXT_LINES
    assert kinds(doc) == ["paragraph", "paragraph"]
    assert unicodedata.normalize("NFC", doc.title) == TXT_LINES[0]


def test_cp1258_bytes_really_are_not_utf8():
    data = to_cp1258(TXT)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert b"\xf0" in data  # đ in Windows-1258


def test_binary_named_txt_fails():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    doc = read_bytes(data, "anh.txt")
    assert doc.status == "failed"
    assert doc.error == "binary content (NUL bytes), not a text file"
    assert doc.blocks == []


def test_txt_form_feed_is_a_page_break_not_binary():
    doc = read_bytes("Trang một: báo cáo\fTrang hai: phụ lục\n".encode("utf-8"), "pdftotext.txt")
    assert doc.status == "ok", doc.error
    assert texts(doc) == ["Trang một: báo cáo", "Trang hai: phụ lục"]


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.docx", "a.pdf"])
def test_empty_file_fails(name):
    doc = read_bytes(b"", name)
    assert doc.status == "failed"
    assert doc.error == "empty file (0 bytes)"


# -------------------------------------------------------------------------- html

HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Tuyên dương điển hình tiên tiến | Cổng thông tin Sở Nội vụ</title></head>
<body>
<header><div class="logo">Cổng thông tin điện tử Sở Nội vụ</div></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/van-ban">Văn bản chỉ đạo</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<main><article>
<h1>Tuyên dương điển hình tiên tiến năm 2024</h1>
<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Chia sẻ Zalo</a> <a href="#">In bài viết</a></div>
<p>Sáng ngày 15 tháng 12 năm 2024, Ủy ban nhân dân tỉnh Quảng Trị tổ chức Hội nghị tuyên dương các tập thể,
cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2020 - 2024.</p>
<p>Tại hội nghị, Chủ tịch Ủy ban nhân dân tỉnh đã trao Bằng khen cho 25 tập thể và 40 cá nhân có thành tích
xuất sắc trong lao động, sản xuất và công tác, góp phần hoàn thành các nhiệm vụ chính trị của địa phương.</p>
<h2>Các hình thức khen thưởng</h2>
<p>Các hình thức khen thưởng được trao trong hội nghị gồm:</p>
<ul><li>Huân chương Lao động hạng Ba cho 2 tập thể.</li><li>Bằng khen của Thủ tướng Chính phủ cho 5 cá nhân.</li></ul>
<table>
<tr><th>STT</th><th>Họ và tên</th><th>Hình thức khen thưởng</th></tr>
<tr><td>1</td><td>Nguyễn Văn An</td><td>Bằng khen của Chủ tịch UBND tỉnh</td></tr>
<tr><td>2</td><td>Lê Thị Hoa</td><td>Chiến sĩ thi đua cấp tỉnh</td></tr>
</table>
<p>Phát biểu tại hội nghị, đồng chí Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh đề nghị các cấp, các ngành
tiếp tục đẩy mạnh các phong trào thi đua, kịp thời phát hiện và nhân rộng các điển hình tiên tiến.</p>
</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị sơ kết công tác thi đua quý III</a></li></ul></aside>
<footer><p>Bản quyền © 2024 Sở Nội vụ tỉnh Quảng Trị. Địa chỉ: 01 Trần Hưng Đạo.</p></footer>
</body></html>
"""

ARTICLE_P1 = ("Sáng ngày 15 tháng 12 năm 2024, Ủy ban nhân dân tỉnh Quảng Trị tổ chức Hội nghị tuyên dương các tập thể, "
              "cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2020 - 2024.")


def test_html_main_text_without_boilerplate():
    doc = read_bytes(HTML.encode("utf-8"), "tin.html")
    assert doc.status == "ok", doc.error
    assert doc.meta["extractor"] == "trafilatura", doc.warnings  # lxml_html_clean missing?
    assert doc.format == "html"
    assert doc.encoding == "utf-8"
    assert doc.title == "Tuyên dương điển hình tiên tiến năm 2024"
    text = doc.text
    for boilerplate in ("Trang chủ", "Văn bản chỉ đạo", "Chia sẻ Facebook", "Chia sẻ Zalo", "Bản quyền",
                        "Tin liên quan", "Cổng thông tin điện tử"):
        assert boilerplate not in text, boilerplate
    # a soft line break in the source is a space in the text
    assert ARTICLE_P1 in texts(doc)
    assert ("heading", "Các hình thức khen thưởng") in [(b.kind, b.text) for b in doc.blocks]
    assert "Huân chương Lao động hạng Ba cho 2 tập thể." in texts(doc)
    assert "Bằng khen của Thủ tướng Chính phủ cho 5 cá nhân." in texts(doc)
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.cells for b in rows] == [
        ["STT", "Họ và tên", "Hình thức khen thưởng"],
        ["1", "Nguyễn Văn An", "Bằng khen của Chủ tịch UBND tỉnh"],
        ["2", "Lê Thị Hoa", "Chiến sĩ thi đua cấp tỉnh"],
    ]
    assert [(b.table, b.row) for b in rows] == [(0, 0), (0, 1), (0, 2)]
    assert rows[1].text == "1 | Nguyễn Văn An | Bằng khen của Chủ tịch UBND tỉnh"
    # document order: the list before the table, the table before the closing paragraph
    order = texts(doc)
    assert order.index("Bằng khen của Thủ tướng Chính phủ cho 5 cá nhân.") < order.index(rows[0].text)
    assert order.index(rows[-1].text) < next(i for i, t in enumerate(order) if t.startswith("Phát biểu"))


def test_html_declared_windows_1258():
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>"
            "<title>Khen thưởng</title></head><body><article><h1>Quyết định khen thưởng</h1>"
            f"<p>{ARTICLE_P1}</p></article></body></html>")
    doc = read_bytes(to_cp1258(page), "qd.htm")
    assert doc.status == "ok", doc.error
    assert doc.encoding == "cp1258"
    assert unicodedata.normalize("NFC", doc.text).endswith(ARTICLE_P1)


def test_html_wrong_declared_charset_falls_back():
    page = f"<html><head><meta charset='utf-8'></head><body><p>{ARTICLE_P1}</p></body></html>"
    doc = read_bytes(to_cp1258(page), "sai.html")
    assert doc.status == "ok", doc.error
    assert doc.encoding == "cp1258"
    assert doc.warnings == ["declared charset utf-8 does not match the bytes; decoded as cp1258"]
    assert unicodedata.normalize("NFC", doc.blocks[-1].text) == ARTICLE_P1


def test_html_utf16_bom():
    doc = read_bytes(HTML.encode("utf-16"), "tin16.html")
    assert doc.status == "ok", doc.error
    assert doc.encoding == "utf-16"
    assert ARTICLE_P1 in texts(doc)


def test_xhtml_with_xml_declaration():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f'<title>Thông báo</title></head><body><article><p>{ARTICLE_P1}</p></article></body></html>')
    doc = read_bytes(page.encode("utf-8"), "tb.html")
    assert doc.status == "ok", doc.error
    assert doc.encoding == "utf-8"
    assert texts(doc) == [ARTICLE_P1]


def test_html_fallback_when_trafilatura_finds_nothing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    doc = read_bytes(HTML.encode("utf-8"), "tin.html")
    assert doc.status == "ok", doc.error
    assert doc.meta["extractor"] == "fallback"
    assert doc.blocks[0].kind == "heading"
    assert doc.blocks[0].text == "Tuyên dương điển hình tiên tiến năm 2024"
    assert ARTICLE_P1 in texts(doc)
    for gone in ("Trang chủ", "Bản quyền", "Tin liên quan", "Cổng thông tin điện tử", "Chia sẻ Facebook"):
        assert gone not in doc.text
    rows = [b.cells for b in doc.blocks if b.kind == "table_row"]
    assert rows[2] == ["2", "Lê Thị Hoa", "Chiến sĩ thi đua cấp tỉnh"]
    assert "Huân chương Lao động hạng Ba cho 2 tập thể." in texts(doc)


def test_html_short_page_is_not_empty():
    page = "<html><head><title>Tin ngắn</title></head><body><nav>Trang chủ</nav><p>Khen thưởng đột xuất.</p></body></html>"
    doc = read_bytes(page.encode("utf-8"), "ngan.html")
    assert doc.status == "ok", doc.error
    assert texts(doc) == ["Khen thưởng đột xuất."]


def test_html_without_text_fails():
    doc = read_bytes(b"<html><body><script>var a = 1;</script></body></html>", "rong.html")
    assert doc.status == "failed"
    assert doc.error == "no text found in the HTML body"


# -------------------------------------------------------------------------- docx

def build_docx(path: Path) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"
    section.footer.paragraphs[0].text = "Tài liệu phục vụ hội nghị"
    document.add_heading("Báo cáo tổng kết công tác thi đua năm 2024", level=1)
    document.add_paragraph("Năm 2024, toàn tỉnh có 120 tập thể được khen thưởng.")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "STT"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Khen thưởng"          # horizontal merge
    table.cell(1, 0).merge(table.cell(2, 0)).text = "1"                    # vertical merge
    table.cell(1, 1).text = "Nguyễn Văn An"
    table.cell(1, 2).text = "Huân chương Lao động hạng Ba"
    table.cell(2, 1).text = "Trần Thị Bình"
    table.cell(2, 2).text = "Bằng khen của Thủ tướng Chính phủ"
    document.add_paragraph("Đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét.")
    # a second section with its own header repeating the first: kept once
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"
    document.add_paragraph("Phụ lục kèm theo báo cáo.")
    document.save(path)
    return path.read_bytes()


def test_docx_blocks_in_order_with_merged_cells(tmp_path):
    doc = read_bytes(build_docx(tmp_path / "bc.docx"), "bc.docx")
    assert doc.status == "ok", doc.error
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("header", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
        ("heading", "Báo cáo tổng kết công tác thi đua năm 2024"),
        ("paragraph", "Năm 2024, toàn tỉnh có 120 tập thể được khen thưởng."),
        ("table_row", "STT | Khen thưởng"),
        ("table_row", "1 | Nguyễn Văn An | Huân chương Lao động hạng Ba"),
        ("table_row", "1 | Trần Thị Bình | Bằng khen của Thủ tướng Chính phủ"),
        ("paragraph", "Đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét."),
        ("paragraph", "Phụ lục kèm theo báo cáo."),
        ("footer", "Tài liệu phục vụ hội nghị"),
    ]
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.cells for b in rows] == [
        ["STT", "Khen thưởng"],                                       # gridSpan cell once
        ["1", "Nguyễn Văn An", "Huân chương Lao động hạng Ba"],
        ["1", "Trần Thị Bình", "Bằng khen của Thủ tướng Chính phủ"],  # vMerge continuation repeats "1"
    ]
    assert [(b.table, b.row) for b in rows] == [(0, 0), (0, 1), (0, 2)]
    assert all(b.page is None for b in doc.blocks)
    assert doc.title == "Báo cáo tổng kết công tác thi đua năm 2024"


def test_docx_core_title_nested_table_and_page_number_header(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "Quyết định khen thưởng"
    document.sections[0].header.paragraphs[0].text = "2"  # a page number: dropped
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Danh sách"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for r, (name, award) in enumerate([("Phạm Minh Đức", "Bằng khen"), ("Hoàng Thu Hà", "Giấy khen")]):
        inner.cell(r, 0).text = name
        inner.cell(r, 1).text = award
    frame = document.add_table(rows=1, cols=1)  # a 1×1 layout frame: its content is read as body
    frame.cell(0, 0).text = "Nơi nhận: Như trên."
    path = tmp_path / "qd.docx"
    document.save(path)
    doc = read_bytes(path.read_bytes(), "qd.docx")
    assert doc.status == "ok", doc.error
    assert doc.title == "Quyết định khen thưởng"
    assert [(b.kind, b.cells) for b in doc.blocks] == [
        ("table_row", ["Danh sách", "Phạm Minh Đức | Bằng khen\nHoàng Thu Hà | Giấy khen"]),
        ("paragraph", None),
    ]
    assert doc.blocks[1].text == "Nơi nhận: Như trên."


def test_docx_content_control_and_line_break(tmp_path):
    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    document = docx.Document()
    first = document.add_paragraph("Kính gửi: Sở Nội vụ")
    run = document.add_paragraph().add_run("Số: 12/QĐ-UBND")
    run.add_break()
    run.add_text("Ngày 05/01/2025")
    # wrap the first paragraph in a content control (w:sdt/w:sdtContent), as form templates do
    sdt = etree.SubElement(document.element.body, qn("w:sdt"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    first._p.addprevious(sdt)
    content.append(first._p)
    path = tmp_path / "mau.docx"
    document.save(path)
    doc = read_bytes(path.read_bytes(), "mau.docx")
    assert texts(doc) == ["Kính gửi: Sở Nội vụ", "Số: 12/QĐ-UBND\nNgày 05/01/2025"]


def test_docx_truncated_fails(tmp_path):
    data = build_docx(tmp_path / "bc.docx")
    doc = read_bytes(data[: len(data) // 2], "bc.docx")
    assert doc.status == "failed"
    assert doc.error == "not a valid .docx (corrupt or truncated zip)"


def test_docx_not_a_zip_fails():
    doc = read_bytes("Đây không phải tệp Word".encode("utf-8"), "gia.docx")
    assert doc.status == "failed"
    assert doc.error == "not a .docx: no ZIP container at all (a text or another format named .docx)"


def test_docx_empty_zip_fails_as_an_empty_archive():
    # a newcomer (session 26): an empty ZIP saved as .docx (22 bytes) was called "no ZIP container at all"
    import io
    import zipfile

    buf = io.BytesIO()
    zipfile.ZipFile(buf, "w").close()
    assert len(buf.getvalue()) == 22
    doc = read_bytes(buf.getvalue(), "rong.docx")
    assert doc.status == "failed"
    assert doc.error == "not a valid .docx: an empty ZIP archive (no Word document inside)"


def test_docx_legacy_ole_fails():
    doc = read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "cu.docx")
    assert doc.status == "failed"
    assert doc.error.startswith("not a .docx: an OLE2 file")


def test_docx_zip_bomb_guard(tmp_path, monkeypatch):
    from pipeline.readers import docx as docx_reader

    data = build_docx(tmp_path / "bc.docx")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        total = sum(i.file_size for i in zf.infolist())
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", total - 1)
    doc = read_bytes(data, "bc.docx")
    assert doc.status == "failed"
    assert doc.error.startswith("refusing to open:") and "zip bomb" in doc.error


def test_docx_zip_without_content_types_fails():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("ghichu.txt", "không phải tài liệu Word")
    doc = read_bytes(buf.getvalue(), "nen.docx")
    assert doc.status == "failed"
    assert "not an Office Open XML package" in doc.error


# --------------------------------------------------------------------------- pdf

@pytest.fixture(scope="module")
def dejavu() -> str:
    if not DEJAVU.is_file():
        pytest.fail(f"{DEJAVU} is missing: install fonts-dejavu-core (a Vietnamese-capable TTF the PDF "
                    "fixtures need)")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    return "DejaVuSans"


def build_pdf(path: Path, font: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("vi", fontName=font, fontSize=12, leading=16)
    table = Table([
        ["Danh sách khen thưởng", "", ""],
        ["STT", "Họ và tên", "Hình thức"],
        ["1", "Nguyễn Văn An", "Bằng khen"],
        ["2", "Lê Thị Hoa", "Chiến sĩ thi đua cơ sở"],
    ])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("SPAN", (0, 0), (2, 0))]))
    SimpleDocTemplate(str(path), pagesize=A4, title="Báo cáo khen thưởng năm 2024").build([
        Paragraph("BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA", style),
        Paragraph("Năm 2024, Sở Nội vụ tỉnh Quảng Trị đề nghị khen thưởng các cá nhân sau.", style),
        table,
        Paragraph("Đề nghị Hội đồng Thi đua xem xét.", style),
        PageBreak(),
        Paragraph("Trang hai: kết quả phong trào thi đua yêu nước.", style),
    ])
    return path.read_bytes()


def test_pdf_pages_text_and_table(tmp_path, dejavu):
    doc = read_bytes(build_pdf(tmp_path / "bc.pdf", dejavu), "bc.pdf")
    assert doc.status == "ok", doc.error
    assert doc.pages == 2
    assert doc.title == "Báo cáo khen thưởng năm 2024"
    assert doc.warnings == []
    assert [(b.page, b.kind, b.text) for b in doc.blocks] == [
        (1, "paragraph", "BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA"),
        (1, "paragraph", "Năm 2024, Sở Nội vụ tỉnh Quảng Trị đề nghị khen thưởng các cá nhân sau."),
        (1, "table_row", "Danh sách khen thưởng"),
        (1, "table_row", "STT | Họ và tên | Hình thức"),
        (1, "table_row", "1 | Nguyễn Văn An | Bằng khen"),
        (1, "table_row", "2 | Lê Thị Hoa | Chiến sĩ thi đua cơ sở"),
        (1, "paragraph", "Đề nghị Hội đồng Thi đua xem xét."),
        (2, "paragraph", "Trang hai: kết quả phong trào thi đua yêu nước."),
    ]
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[0].cells == ["Danh sách khen thưởng"]  # the spanned cell once
    assert rows[3].cells == ["2", "Lê Thị Hoa", "Chiến sĩ thi đua cơ sở"]
    assert [(b.table, b.row) for b in rows] == [(0, 0), (0, 1), (0, 2), (0, 3)]
    # the table's text is not repeated as paragraphs
    assert sum("Nguyễn Văn An" in t for t in texts(doc)) == 1


def _canvas_pdf(path: Path, font: str, pages) -> bytes:
    """One page per callable, each drawing on a reportlab canvas."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for draw in pages:
        c.setFont(font, 12)
        draw(c)
        c.showPage()
    c.save()
    return path.read_bytes()


def test_pdf_page_without_text_is_partial(tmp_path, dejavu):
    data = _canvas_pdf(tmp_path / "scan.pdf", dejavu, [
        lambda c: c.drawString(72, 760, "Quyết định tặng Giấy khen cho tập thể Phòng Nội vụ."),
        lambda c: c.rect(100, 300, 200, 150, fill=1),  # a "scanned" page: drawing only
    ])
    doc = read_bytes(data, "scan.pdf")
    assert doc.status == "partial"
    assert doc.pages == 2
    assert doc.warnings[0] == "page 2: no text layer"  # then OCR's word on it (tests/test_ocr.py)
    assert doc.error.startswith("1 of 2 pages without usable text (page 2); ")
    assert [(b.page, b.text) for b in doc.blocks] == [(1, "Quyết định tặng Giấy khen cho tập thể Phòng Nội vụ.")]
    assert doc.title == "Quyết định tặng Giấy khen cho tập thể Phòng Nội vụ."


def test_pdf_without_any_text_is_partial_not_failed(tmp_path, dejavu):
    data = _canvas_pdf(tmp_path / "blank.pdf", dejavu, [lambda c: c.rect(50, 50, 100, 100), lambda c: c.line(0, 0, 90, 90)])
    doc = read_bytes(data, "blank.pdf")
    assert doc.status == "partial"
    assert doc.blocks == []
    assert doc.warnings[:2] == ["page 1: no text layer", "page 2: no text layer"]
    assert doc.error.startswith("2 of 2 pages without usable text (pages 1, 2); ")


def test_pdf_page_without_letters_is_flagged(tmp_path, dejavu):
    data = _canvas_pdf(tmp_path / "so.pdf", dejavu, [
        lambda c: c.drawString(72, 760, "Danh hiệu Lao động tiên tiến."),
        lambda c: c.drawString(72, 760, "12 345 - 678 / 90"),
    ])
    doc = read_bytes(data, "so.pdf")
    assert doc.status == "partial"
    assert doc.warnings[0] == "page 2: no usable text layer (no letters)"
    assert texts(doc) == ["Danh hiệu Lao động tiên tiến."]


def test_cid_glyphs_are_not_usable_text():
    from pipeline.readers.pdf import _usable

    assert _usable([{"text": "(cid:71)"}] * 8 + [{"text": "a"}]) == "no usable text layer (cid glyphs)"
    assert _usable([{"text": "(cid:71)"}] + [{"text": "đ"}] * 20) is None
    assert _usable([{"text": " "}]) == "no text layer"


def test_pdf_fake_bold_is_not_doubled(tmp_path, dejavu):
    def draw(c):
        for dx in (0, 0.3):  # the same string drawn twice, shifted: "fake bold"
            c.drawString(72 + dx, 760, "Chiến sĩ thi đua toàn quốc")
        c.drawString(72, 730, "Nguyễn Thị Mai")

    doc = read_bytes(_canvas_pdf(tmp_path / "dam.pdf", dejavu, [draw]), "dam.pdf")
    assert doc.status == "ok", doc.error
    assert texts(doc) == ["Chiến sĩ thi đua toàn quốc", "Nguyễn Thị Mai"]


def test_pdf_side_by_side_heading_is_split(tmp_path, dejavu):
    def draw(c):
        c.drawString(72, 780, "UBND TỈNH QUẢNG TRỊ")
        c.drawString(300, 780, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")

    doc = read_bytes(_canvas_pdf(tmp_path / "qd.pdf", dejavu, [draw]), "qd.pdf")
    assert texts(doc) == ["UBND TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


def test_pdf_truncated_fails(tmp_path, dejavu):
    data = build_pdf(tmp_path / "bc.pdf", dejavu)
    doc = read_bytes(data[: len(data) // 2], "bc.pdf")
    assert doc.status == "failed"
    assert doc.error.startswith("not a valid PDF (corrupt or truncated)")


def test_pdf_not_a_pdf_fails():
    doc = read_bytes("Văn bản thường, không phải PDF".encode("utf-8"), "gia.pdf")
    assert doc.status == "failed"
    assert doc.error == "not a PDF (no %PDF- header)"


def test_pdf_password_protected_fails(tmp_path, dejavu):
    from reportlab.lib import pdfencrypt
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "mat.pdf"
    c = canvas.Canvas(str(path), pagesize=A4,
                      encrypt=pdfencrypt.StandardEncryption("matkhau", ownerPassword="chu", canPrint=0))
    c.setFont(dejavu, 12)
    c.drawString(72, 760, "Tài liệu mật")
    c.showPage()
    c.save()
    doc = read_bytes(path.read_bytes(), "mat.pdf")
    assert doc.status == "failed"
    assert doc.error == "password-protected PDF (cannot be opened without its password)"


# ------------------------------------------------------------ real shared files

REAL_SUFFIXES = (".docx", ".pdf", ".html")


@pytest.mark.shared
def test_real_documents(shared_dir):
    folder = shared_dir / "corpora" / "real" / "docs"
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in REAL_SUFFIXES)
    assert {p.suffix.lower() for p in files} == set(REAL_SUFFIXES), f"expected .docx, .pdf and .html in {folder}"
    problems = []
    for path in files:
        doc = read_file(path)
        if doc.status not in ("ok", "partial"):
            problems.append(f"{path.name}: {doc.status}: {doc.error}")
        elif doc.status == "partial" and not doc.error:
            problems.append(f"{path.name}: partial without a reason")
        elif not doc.blocks:
            problems.append(f"{path.name}: no blocks")
        elif not doc.title:
            problems.append(f"{path.name}: no title")
    assert not problems, "\n".join(problems)


def test_a_file_read_without_error_but_holding_no_text_is_failed_with_the_reason():
    # a newcomer (session 24) stored a file of blank lines as "ok" with no block: nothing said it held nothing
    from pipeline.readers import read_bytes

    blank = read_bytes(b"  \n\t\n", "trong.txt")
    assert (blank.status, blank.error) == ("failed", "no text in the file (5 bytes: only white space or markup)")
    import docx

    out = io.BytesIO()
    docx.Document().save(out)  # python-docx's template: one empty paragraph, no table
    data = out.getvalue()
    bare = read_bytes(data, "trong.docx")
    assert (bare.status, bare.error) == ("failed", f"no text in the file ({len(data)} bytes: only white space or markup)")
    assert read_bytes("Công văn số 12.".encode(), "cv.txt").status == "ok"


def test_a_file_whose_content_is_another_format_than_its_name_is_read_by_its_content():
    # a newcomer (session 25): a Word file copied under a .pdf name that sorted first was read only as a PDF and
    # failed, so the real .docx at the other path was lost
    import docx

    from pipeline.readers import sniffed_suffix

    out = io.BytesIO()
    word = docx.Document()
    word.add_paragraph("Tặng Bằng khen cho bà Lê Thị Mai.")
    word.save(out)
    data = out.getvalue()
    as_pdf = read_bytes(data, "ban_sao.pdf")
    assert (as_pdf.status, as_pdf.format, as_pdf.blocks[0].text) == ("ok", "docx", "Tặng Bằng khen cho bà Lê Thị Mai.")
    assert as_pdf.warnings == ["read as .docx: the content is not the .pdf its name says"]
    as_sheet = read_bytes(data, "ban_sao.xlsx")
    assert (as_sheet.status, as_sheet.format) == ("ok", "docx")
    assert as_sheet.warnings == ["read as .docx: the content is not the .xlsx its name says"]
    # a copy under a name of no type sovang reads (newcomer, session 33: "qd" sorting first lost "a/qd.docx")
    for name, said in (("qd.docx.bak", ".bak"), ("qd", "file without a suffix")):
        copy = read_bytes(data, name)
        assert (copy.status, copy.format, copy.blocks[0].text) == ("ok", "docx", "Tặng Bằng khen cho bà Lê Thị Mai.")
        assert copy.warnings == [f"read as .docx: the content is not the {said} its name says"]
    assert read_bytes("Tặng Giấy khen.".encode(), "ghi_chu").error.startswith("unsupported file type '(no suffix)'")
    # a broken file of the format its name says keeps its own reason; junk of no known format too
    broken = read_bytes(b"%PDF-1.7\n1 0 obj <<", "hong.pdf")
    assert broken.status == "failed" and not broken.warnings
    junk = read_bytes(bytes(range(256)) * 4, "rac.docx")
    assert junk.status == "failed" and junk.error.startswith("not a .docx: no ZIP container")
    assert [sniffed_suffix(d) for d in (data, b"%PDF-1.4", b"{\\rtf1", b"<!DOCTYPE html><p>x", "chữ".encode())] == \
        [".docx", ".pdf", ".rtf", None, None]
