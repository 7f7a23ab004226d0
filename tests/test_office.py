"""Old office formats and spreadsheets: .rtf/.odt/.doc via LibreOffice, .xlsx/.xls/.ods.

Fixtures are written here: an RTF by hand (RTF is plain text) with a TCVN3
run, an .odt zipped by hand, workbooks built with openpyxl (a merged cell, a
VNI-font cell) and turned into .xls/.ods by LibreOffice.  LibreOffice
(libreoffice-writer-nogui, libreoffice-calc-nogui; installed by .ci/run) is
needed: the tests that convert skip without it, except under CI=true.
"""
from __future__ import annotations

import io
import zipfile

import pytest

from pipeline import legacy
from pipeline.model import ReaderError
from pipeline.readers import office, read_bytes, read_file
from pipeline.readers import sheet as sheet_reader

LINE1 = "Quyết định về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
LINE2 = "đã có thành tích xuất sắc trong phong trào thi đua năm 2005"


def rtf_escape_unicode(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)


def rtf_escape_bytes(legacy_text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\'{legacy.legacy_to_bytes(ch)[0]:02x}" for ch in legacy_text)


def make_rtf() -> bytes:
    """An RTF with a Unicode paragraph (Times New Roman) and TCVN3 paragraphs (.VnTime, .VnTimeH)."""
    tcvn3 = rtf_escape_bytes(legacy.unicode_to_tcvn3(LINE2))
    heading = rtf_escape_bytes(legacy.unicode_to_tcvn3("ủy ban nhân dân tỉnh đồng nai"))
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
            "{\\f1\\fswiss\\fcharset0 .VnTime;}{\\f2\\fswiss\\fcharset0 .VnTimeH;}}\n"
            f"\\pard\\plain\\f2\\fs28 {heading}\\par\n"
            f"\\pard\\plain\\f0\\fs28 {rtf_escape_unicode(LINE1)}\\par\n"
            f"\\pard\\plain\\f1\\fs28 {tcvn3}\\par\n"
            "}").encode("ascii")


def test_rtf_with_tcvn3_runs(soffice):
    doc = read_bytes(make_rtf(), "qd-khen-thuong.rtf")
    assert doc.status == "ok", doc.error
    assert doc.format == "rtf"
    assert [b.text for b in doc.blocks] == ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", LINE1, LINE2]
    assert doc.encoding == "tcvn3+unicode"
    assert doc.meta["converted_by"] == "libreoffice"


def make_odt() -> bytes:
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
<office:body><office:text>
<text:h text:outline-level="1">{LINE1}</text:h>
<text:p>{LINE2}</text:p>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Họ và tên</text:p></table:table-cell>
<table:table-cell><text:p>Chức vụ</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Nguyễn Văn Bình</text:p></table:table-cell>
<table:table-cell><text:p>Trưởng phòng</text:p></table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document-content>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def test_odt(soffice):
    doc = read_bytes(make_odt(), "bao-cao.odt")
    assert doc.status == "ok", doc.error
    assert doc.format == "odt" and doc.encoding is None
    texts = [b.text for b in doc.blocks]
    assert texts[:2] == [LINE1, LINE2]
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [r.cells for r in rows] == [["Họ và tên", "Chức vụ"], ["Nguyễn Văn Bình", "Trưởng phòng"]]


def test_doc_made_by_libreoffice(soffice):
    data = office.convert(make_rtf(), ".rtf", "doc")
    assert data.startswith(b"\xd0\xcf\x11\xe0")
    doc = read_bytes(data, "cu.doc")
    assert doc.format == "doc" and doc.status == "ok", doc.error
    assert [b.text for b in doc.blocks] == ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", LINE1, LINE2]


def test_garbage_doc_fails_with_a_reason():
    doc = read_bytes(b"this is not a Word file at all" * 10, "hong.doc")
    assert doc.status == "failed" and "not a doc file" in doc.error


def test_corrupt_ole2_doc_fails_with_a_reason(soffice):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)
    doc = read_bytes(data, "hong.doc")
    assert doc.status == "failed" and doc.error


def test_missing_libreoffice_names_the_package(monkeypatch):
    monkeypatch.setattr(office, "soffice_path", lambda: None)
    doc = read_bytes(make_rtf(), "a.rtf")
    assert doc.status == "failed"
    assert "libreoffice-writer-nogui" in doc.error
    with pytest.raises(ReaderError, match="libreoffice-calc-nogui"):
        office.convert(b"x", ".xls", "xlsx")


def test_timeout(soffice):
    with pytest.raises(ReaderError, match="LibreOffice conversion timed out after 0.01 s"):
        office.convert(make_rtf(), ".rtf", "docx", timeout=0.01)


def make_xlsx() -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"
    ws.merge_cells("A1:D1")
    ws.append(["STT", "Họ và tên", "Chức vụ", "Hình thức"])
    ws.append([1, "Nguyễn Văn Bình", "Trưởng phòng", "Bằng khen"])
    ws.append([2, legacy.unicode_to_vni("Trần Thị Hoa"), legacy.unicode_to_vni("Phó phòng"), "Giấy khen"])
    for cell in ws[4][1:3]:
        cell.font = Font(name="VNI-Times")
    ws.append([])
    ws.append([3, legacy.unicode_to_tcvn3("lê văn tám"), None, None])
    ws["B6"].font = Font(name=".VnTimeH")
    ws.merge_cells("C6:D6")
    second = wb.create_sheet("Tập thể")
    second.append(["Phòng Tổ chức cán bộ", "Cờ thi đua"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


EXPECTED_ROWS = [
    (0, 0, ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"]),
    (0, 1, ["STT", "Họ và tên", "Chức vụ", "Hình thức"]),
    (0, 2, ["1", "Nguyễn Văn Bình", "Trưởng phòng", "Bằng khen"]),
    (0, 3, ["2", "Trần Thị Hoa", "Phó phòng", "Giấy khen"]),
    (0, 5, ["3", "LÊ VĂN TÁM"]),
    (1, 0, ["Phòng Tổ chức cán bộ", "Cờ thi đua"]),
]


def test_xlsx_rows_merged_cells_and_legacy_fonts():
    doc = read_bytes(make_xlsx(), "de-nghi.xlsx")
    assert doc.status == "ok", doc.error
    assert doc.format == "xlsx"
    assert all(b.kind == "table_row" for b in doc.blocks)
    assert [(b.table, b.row, b.cells) for b in doc.blocks] == EXPECTED_ROWS
    assert doc.blocks[2].text == "1 | Nguyễn Văn Bình | Trưởng phòng | Bằng khen"
    assert doc.encoding == "vni+tcvn3+unicode"
    assert doc.meta["sheets"] == ["Danh sách", "Tập thể"]
    assert doc.title == "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"


@pytest.mark.parametrize("target", ["xls", "ods"])
def test_xls_and_ods(soffice, target):
    data = office.convert(make_xlsx(), ".xlsx", target)
    doc = read_bytes(data, f"de-nghi.{target}")
    assert doc.status == "ok", doc.error
    assert doc.format == target
    assert [(b.table, b.row, b.cells) for b in doc.blocks] == EXPECTED_ROWS


def test_corrupt_xlsx_fails_with_a_reason():
    data = make_xlsx()
    doc = read_bytes(data[: len(data) // 2], "cut.xlsx")
    assert doc.status == "failed" and "corrupt" in doc.error


def test_xlsx_zip_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(sheet_reader, "MAX_UNCOMPRESSED", 1000)
    doc = read_bytes(make_xlsx(), "bomb.xlsx")
    assert doc.status == "failed" and "zip bomb" in doc.error


@pytest.mark.shared
def test_archive_files_are_stored_ok_or_partial(shared_dir, tmp_path):
    """Every real file of ../shared/corpora/archive is read, or partial with a reason."""
    from outputs.kb import open_db
    from pipeline.ingest import ingest

    archive = shared_dir / "corpora" / "archive"
    db_path = tmp_path / "kb.sqlite"
    ingest([archive], db_path, workers=4)
    db = open_db(db_path, readonly=True)
    rows = db.execute("""SELECT p.path, d.format, d.status, d.error, d.blocks, d.encoding
                         FROM documents d JOIN document_paths p ON p.sha256 = d.sha256 ORDER BY p.path""").fetchall()
    for row in rows:
        print(row)
    assert len(rows) == len(list(archive.iterdir()))
    for path, fmt, status, error, blocks, encoding in rows:
        assert status in ("ok", "partial"), (path, status, error)
        assert status == "ok" or error, path
        assert blocks > 0, path
    scans = [r for r in rows if "SCAN" in r[0]]
    assert scans and all(r[4] > 5 for r in scans)
    assert read_file(archive / "luat-thi-dua-khen-thuong-06-2022-QH15.doc").blocks


def test_a_doc_cut_short_fails_for_its_own_bytes_before_libreoffice_runs(soffice, monkeypatch, tmp_path):
    """A .doc broken off halfway (a download interrupted) was sent to LibreOffice, whose "could not convert" may
    pass, so it was converted again, and failed again, at every ingest (a newcomer, session 34). The compound
    file's header tells how far the file reaches (pipeline/readers/compound.py)."""
    from click.testing import CliRunner

    from pipeline.cli import cli
    from pipeline.failure_causes import own_bytes
    from pipeline.readers import compound

    whole = office.convert(make_rtf(), ".rtf", "doc")
    assert compound.reaches(whole) <= len(whole) and read_bytes(whole, "qd.doc").status == "ok"
    half = whole[:len(whole) // 2]
    assert compound.reaches(half) > len(half)
    with monkeypatch.context() as m:
        m.setattr(office, "soffice_path", lambda: pytest.fail("LibreOffice run on a file cut short"))
        doc = read_bytes(half, "qd.doc")
    assert doc.status == "failed" and doc.error.startswith("not a complete .doc file (truncated: ")
    assert own_bytes(doc.error)
    (tmp_path / "qd_tai_do.doc").write_bytes(half)
    args = ["ingest", str(tmp_path / "qd_tai_do.doc"), "--db", str(tmp_path / "kb.sqlite"), "--workers", "1"]
    assert "failed   qd_tai_do.doc: not a complete .doc file (truncated" in CliRunner().invoke(cli, args).output
    again = CliRunner().invoke(cli, args).output
    assert "skipped  qd_tai_do.doc: not a complete .doc file" in again and "tried again" not in again


def test_a_compound_header_alone_tells_how_far_the_file_reaches():
    # 512-byte sectors (shift 9), one allocation-table sector at sector 11, the directory at sector 10: the file
    # reaches to the end of sector 11, byte (11 + 2) × 512
    header = bytearray(office.OLE2 + bytes(512 - len(office.OLE2)))
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    header[0x2C:0x34] = (1).to_bytes(4, "little") + (10).to_bytes(4, "little")
    header[0x4C:0x4C + 4 * 109] = (11).to_bytes(4, "little") + b"\xff" * 4 * 108
    from pipeline.readers import compound

    assert compound.reaches(bytes(header)) == 13 * 512
    assert compound.cut_short(bytes(header) + bytes(12 * 512), ".xls") is None
    assert "truncated: 2,560 bytes where its structure reaches to byte 6,656" in \
        compound.cut_short(bytes(header) + bytes(4 * 512), ".xls")
    assert compound.reaches(b"%PDF-1.4 not a compound file" + bytes(600)) is None
