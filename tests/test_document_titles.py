"""A document's title, which the knowledge base shows and reads the document type from: the body's type and subject
lines win over a file's "Title" property (often a template's or an earlier document's), a law's or circular's
subject in capitals is part of the title while the issuing authority's line is not, a worksheet's title is its
merged title row (never a column heading), and a scanner's empty UTF-16 PDF title is empty."""
import sqlite3

from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from pipeline.readers.properties import property_text, property_title, raw_utf16
from pipeline.readers.sheet import sheet_title
from tests.cli import run_cli

LETTERHEAD = ["ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "Số: 215/QĐ-UBND", "Đông Sơn, ngày 5 tháng 3 năm 2025"]
AUTHORITY = "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN"
GROUNDS = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"


def _docx(path, lines, title=None):
    from docx import Document as Docx

    d = Docx()
    if title is not None:
        d.core_properties.title = title
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _title(path):
    return normalize_document(read_bytes(path.read_bytes(), path.name)).title


def test_body_type_line_wins_over_a_stale_title_property(tmp_path):
    path = _docx(tmp_path / "qd.docx", LETTERHEAD + ["QUYẾT ĐỊNH", "Về việc tặng Giấy khen cho các tập thể",
                                                     AUTHORITY, GROUNDS], title="Mẫu số 03 - Báo cáo năm 2019")
    assert _title(path) == "QUYẾT ĐỊNH Về việc tặng Giấy khen cho các tập thể"


def test_title_property_kept_when_the_body_has_no_type_line(tmp_path):
    path = _docx(tmp_path / "tin.docx", ["Xã Đông Hòa đón nhận Cờ thi đua của tỉnh.",
                                         "Sáng nay, xã tổ chức lễ đón nhận."], title="Tin hoạt động tháng 3")
    assert _title(path) == "Tin hoạt động tháng 3"


def test_subject_in_capitals_is_part_of_the_title(tmp_path):
    path = _docx(tmp_path / "tt.docx", ["BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                        "Độc lập - Tự do - Hạnh phúc", "Số: 08/2025/TT-BYT",
                                        "Hà Nội, ngày 2 tháng 4 năm 2025", "THÔNG TƯ",
                                        "HƯỚNG DẪN CÔNG TÁC KHEN THƯỞNG TRONG NGÀNH Y TẾ", GROUNDS])
    assert _title(path) == "THÔNG TƯ HƯỚNG DẪN CÔNG TÁC KHEN THƯỞNG TRONG NGÀNH Y TẾ"


def test_the_authority_line_in_capitals_is_not_the_subject(tmp_path):
    for authority in (AUTHORITY, "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", "BAN THƯỜNG VỤ HUYỆN ỦY ĐÔNG SƠN"):
        path = _docx(tmp_path / "qd.docx", LETTERHEAD + ["QUYẾT ĐỊNH", authority, GROUNDS])
        assert _title(path) == "QUYẾT ĐỊNH", authority


def test_worksheet_title_is_the_merged_title_row_never_a_heading(tmp_path):
    assert sheet_title([["STT", "Họ và tên", "Hình thức khen thưởng"], ["1", "Lê Văn Tám", "Giấy khen"]]) is None
    assert sheet_title([["", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", ""], ["STT", "Họ và tên"],
                        ["1", "Lê Văn Tám"]]) == "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"
    assert sheet_title([["2025"], ["Danh sách khen thưởng"], ["STT", "Họ và tên"]]) == "Danh sách khen thưởng"

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Lê Văn Tám", "Giấy khen"]):
        ws.append(row)
    path = tmp_path / "ds.xlsx"
    wb.save(path)
    assert _title(path) is None


def test_worksheet_title_under_a_letterhead_in_two_columns():
    """A list laid out as a page: the body left and the national title, its motto and the date right, one row each,
    above the list's title row (review finding 6)."""
    rows = [["SỞ Y TẾ TỈNH HÀ TĨNH", "", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["BỆNH VIỆN ĐA KHOA HUYỆN KỲ ANH", "", "Độc lập – Tự do – Hạnh phúc"],
            ["Số: 15/DS-BV", "", "Kỳ Anh, ngày 02 tháng 12 năm 2024"],
            ["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN"], ["STT", "Họ và tên", "Khoa"]]
    assert sheet_title(rows) == "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN"
    assert sheet_title(rows[:3] + rows[4:]) is None  # no title row: the column headings are none


def test_an_older_decree_under_its_issuer_is_titled_by_its_cited_name(tmp_path):
    """A decree of the 2000s as a legal database keeps it: no national title nor motto, the issuer's line first
    ("Chính phủ", the file's Title property too), then its name as it is cited, type run into it in sentence case,
    over two lines (session 37: titled "Chính phủ", the issuer)."""
    lines = ["Chính phủ", "Nghị định của Chính phủ số 45/2011/NĐ-CP", "ngày 3/6/2011 về quản lý chợ ở nông thôn.",
             "Chính phủ", "Căn cứ Luật Tổ chức Chính phủ;", "Nghị định:", "Điều 1. Phạm vi điều chỉnh"]
    cited = "Nghị định của Chính phủ số 45/2011/NĐ-CP ngày 3/6/2011 về quản lý chợ ở nông thôn."
    assert _title(_docx(tmp_path / "nd.docx", lines, title="Chính phủ")) == cited
    assert _title(_docx(tmp_path / "nd2.docx", lines)) == cited  # the first line, no property
    one_line = ["Chính phủ", "Quyết định số 7/2010/QĐ-TTg về chợ đầu mối", "Căn cứ Luật Tổ chức Chính phủ;"]
    assert _title(_docx(tmp_path / "qd.docx", one_line)) == "Quyết định số 7/2010/QĐ-TTg về chợ đầu mối"
    # a type that opens running text is no cited name, nor one named without its number; one cited in the grounds
    # is another document
    for body in (["Chính phủ", "Nghị định này quy định về chợ.", "Điều 1."],
                 ["Chính phủ", "Báo cáo của Bộ trưởng nêu rõ: số 3 tỉnh đã xong.", "Điều 1."],
                 ["Chính phủ", "Căn cứ Luật Tổ chức Chính phủ;", "Nghị định số 2/2003/NĐ-CP về chợ;"]):
        assert _title(_docx(tmp_path / "x.docx", body)) == "Chính phủ", body
    news = "Chính phủ bàn cách giữ giá rau\nBáo cáo của Bộ trưởng số liệu tháng 3 cho thấy giá rau tăng.\n"
    assert normalize_document(read_bytes(news.encode(), "tin.txt")).title == "Chính phủ bàn cách giữ giá rau"


_FORM_TABLE = [["Chỉ tiêu", "Mã số", "Số người", "Số vụ"], ["Tổng cộng", "01", 3, 1]]


def _form(path, header: list[tuple[str, str]], below: list[list] = _FORM_TABLE):
    """An .xlsx form: ``header`` (cell or range, text) written and each range merged across, then the rows of
    ``below`` (by default the column headings of a form's table and one row)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for where, text in header:
        ws[where.split(":")[0]] = text
        if ":" in where:
            ws.merge_cells(where)
    for row in below:
        ws.append(row)
    wb.save(path)
    return path


def test_a_form_is_titled_by_its_merged_title_between_the_labels(tmp_path):
    """A statistics form of the 2000s: "Tên cơ sở: …" and "Địa chỉ: …" on the left, the form's number on the right,
    its title merged across the columns between them, each header row two or three filled cells: no row holds the
    title alone (session 37: the title was empty)."""
    header = [("A1", "Tên cơ sở:"), ("C1:F1", "BÁO CÁO AN TOÀN VỆ SINH LAO ĐỘNG"), ("H1", "Mẫu số 05"),
              ("A2", "Địa chỉ:"), ("C2:F2", "NĂM ……"), ("H2", "Ban hành kèm theo Thông tư số …")]
    assert _title(_form(tmp_path / "bieu.xlsx", header)) == "BÁO CÁO AN TOÀN VỆ SINH LAO ĐỘNG"
    # a capitals cell not merged is no title; the body's name merged on the left is the issuer, not the title
    unmerged = [("A1", "Tên cơ sở:"), ("C1", "BÁO CÁO AN TOÀN VỆ SINH LAO ĐỘNG"), ("H1", "Mẫu số 05")]
    assert _title(_form(tmp_path / "b2.xlsx", unmerged)) is None
    body = [("A1:C1", "ỦY BAN NHÂN DÂN XÃ PHÚ LÂM"), ("H1", "Mẫu số 05"), ("A2", "Kỳ báo cáo:"), ("C2", "Quý I")]
    assert _title(_form(tmp_path / "b3.xlsx", body)) is None
    assert sheet_title([["Tên cơ sở:", "BẢNG KÊ", "Mẫu 1"]], [{1}]) == "BẢNG KÊ"
    assert sheet_title([["Tên cơ sở:", "BẢNG KÊ", "Mẫu 1"]]) is None  # (no merge known: a .csv's row)


def test_pdf_title_property_in_utf16():
    assert property_text("\u00ff\u00fe\x00\x00") == ""  # an empty UTF-16LE title, as a scanner wrote it
    assert property_text("\u00fe\u00ff\x00B\x00\u00e1\x00o") == "Báo"  # UTF-16BE
    assert property_text("\u00ff\u00feScanner 7") == "Scanner 7"  # a mark before 8-bit text: dropped
    assert property_text(b"B\xc3\xa1o c\xc3\xa1o") == "Báo cáo"
    assert property_text(None) == ""


def test_pdf_title_property_in_utf16_little_endian_with_vietnamese_letters():
    """pdfminer reads a little-endian UTF-16 string as PDFDocEncoding characters, where the byte 0x1E of the
    letters U+1Exx (ờ, ề, ậ) is "˚" and 0xAD (of ậ) is NUL: the raw bytes are read instead (review finding 5)."""
    title = "Tờ trình đề nghị khen thưởng tập thể"
    raw = b"\xff\xfe" + title.encode("utf-16-le")
    assert raw_utf16([{"Author": b"Phan"}, {"Title": raw}], "Title") == raw
    assert raw_utf16([{"Title": b"Scanner 7"}], "Title") is None
    assert property_text(raw) == title
    assert property_text(b"\xfe\xff" + title.encode("utf-16-be")) == title


def test_knowledge_base_type_follows_the_body(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    _docx(folder / "qd.docx", LETTERHEAD + ["QUYẾT ĐỊNH", "Về việc tặng Giấy khen cho các tập thể", AUTHORITY,
                                            GROUNDS], title="Báo cáo năm 2019")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT d.title, t.document_type FROM documents d JOIN document_types t "
                           "USING (sha256)").fetchone()
    assert row == ("QUYẾT ĐỊNH Về việc tặng Giấy khen cho các tập thể", "Quyết định")


def test_template_left_over_properties_are_no_title():
    for junk in ("(anonymous)", "Microsoft Word - bc2019.doc", "Document3", "Untitled", "danh_sach.xlsx"):
        assert property_title(junk, str.strip) is None, junk
    assert property_title("  Báo cáo tổng kết năm 2024 ", str.strip) == "Báo cáo tổng kết năm 2024"


def test_pdf_without_title_property_takes_the_body_title(tmp_path):
    from tests.documents import dejavu_canvas

    path = tmp_path / "qd.pdf"
    c = dejavu_canvas(path, 11)  # reportlab's own "Title" is "(anonymous)"
    for i, line in enumerate(LETTERHEAD + ["QUYẾT ĐỊNH", "Về việc tặng Giấy khen cho các tập thể", AUTHORITY]):
        c.drawString(60, 780 - 18 * i, line)
    c.save()
    assert _title(path) == "QUYẾT ĐỊNH Về việc tặng Giấy khen cho các tập thể"


def test_an_authority_holding_two_posts_is_no_part_of_the_title():
    """The issuing authority's line of one holding two posts writes them with a comma; "GIÁM ĐỐC," opens it as
    "GIÁM ĐỐC " does (review finding 7)."""
    from pipeline.normalize import normalize_document
    from pipeline.readers import read_bytes

    text = ("SỞ Y TẾ TỈNH NGHỆ AN\nSố: 45/QĐ-SYT\nQUYẾT ĐỊNH\n"
            "GIÁM ĐỐC, CHỦ TỊCH HỘI ĐỒNG THI ĐUA KHEN THƯỞNG SỞ Y TẾ\n"
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Tặng Giấy khen cho bà Hồ Thị Liên.\n")
    assert normalize_document(read_bytes(text.encode(), "qd.txt")).title == "QUYẾT ĐỊNH"


#: an office's plan of work in the administrative layout, its title no document type (session 36)
ROTA = ["SỞ TƯ PHÁP", "VĂN PHÒNG SỞ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Thanh Hóa, ngày 2 tháng 9 năm 2025", "LỊCH TRỰC CƠ QUAN", "QUÝ IV NĂM 2025",
        "1. Tuần thứ nhất: ông Đỗ Văn Lành, chuyên viên.", "2. Tuần thứ hai: bà Mai Thị Sen, văn thư."]


def test_a_title_property_the_opening_does_not_bear_out_gives_way_to_the_title_line(tmp_path):
    """A file made from a template, or saved from an earlier document, keeps its "Title" property: the plan above
    under "BẢNG TỔNG HỢP KHEN THƯỞNG 2018" was shown under that list's title. A property some word of which the
    first blocks do not hold gives way to the title line under the motto (with its second line in capitals)."""
    stale = _docx(tmp_path / "lich.docx", ROTA, title="BẢNG TỔNG HỢP KHEN THƯỞNG 2018")
    assert _title(stale) == "LỊCH TRỰC CƠ QUAN QUÝ IV NĂM 2025"
    form = _docx(tmp_path / "mau.docx", ["Mẫu số 07"] + ROTA[2:5] + ["BẢN KÊ KHAI THÀNH TÍCH",
                                                                      "Họ và tên người kê khai:"], title="Mẫu số 02")
    assert _title(form) == "BẢN KÊ KHAI THÀNH TÍCH"  # "02" stands nowhere in the form
    own = _docx(tmp_path / "lich2.docx", ROTA, title="Lịch trực cơ quan quý IV")  # every word in the opening: kept
    assert _title(own) == "Lịch trực cơ quan quý IV"



def test_a_heading_merged_over_sub_columns_is_no_title(tmp_path):
    """A list that opens with its column headings, one of them in capitals merged across its two sub-columns: the
    heading is no title, nor is one in a sentence-case heading row (session 37: titled by the merged heading); a
    form's title merged above such headings still is."""
    capitals = [("A1", "STT"), ("B1", "HỌ VÀ TÊN"), ("C1", "CHỨC VỤ, ĐƠN VỊ"), ("D1:E1", "HÌNH THỨC KHEN THƯỞNG")]
    rows = [[None, None, None, "Bằng khen", "Giấy khen"], [1, "Lò Văn Khoa", "Đội trưởng", "x", None]]
    assert _title(_form(tmp_path / "l1.xlsx", capitals, rows)) is None
    sentence = [("A1", "Họ và tên"), ("B1", "Năm sinh"), ("C1:D1", "ĐƠN VỊ CÔNG TÁC")]
    assert _title(_form(tmp_path / "l2.xlsx", sentence, [["Hà Thị Mơ", 1980, "Tổ 2", "Xã Nam"]])) is None
    assert sheet_title([["Tên cơ sở:", "BẢNG KÊ", "Mẫu 1"], ["STT", "Họ tên", "CHỨC VỤ"]], [{1}, {2}]) == "BẢNG KÊ"
    assert sheet_title([["STT", "Họ tên", "CHỨC VỤ"], ["Tên cơ sở:", "BẢNG KÊ", "Mẫu 1"]], [{2}, {1}]) is None
