"""The two-column letterhead of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I) put back into
reading order: the left column's bodies, each wrapped name on one line, then the national title, the motto,
the "Số:" line and the date line (pipeline.letterhead, called by normalize_document).  Every case is written
here by hand, in the shapes the readers give for real documents."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from pipeline.letterhead import continues, rewrite_letterhead
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document
from pipeline.readers import read_file

REPO = Path(__file__).resolve().parents[1]
TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
MOTTO_N = "Độc lập – Tự do – Hạnh phúc"  # normalised: a hyphen between spaces is a dash
BODY = "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho Trường THPT Kim Sơn A, huyện Kim Sơn."

TABS = (f"ỦY BAN NHÂN DÂN\t\t{TITLE}\n"
        f"TỈNH NINH BÌNH\t\t{MOTTO}\n"
        "Số: 123/QĐ-UBND\t\tNinh Bình, ngày 12 tháng 3 năm 2024\n"
        "QUYẾT ĐỊNH\n"
        "Về việc tặng Bằng khen\n"
        f"{BODY}\n")

SPACES = (f"SỞ GIÁO DỤC VÀ ĐÀO TẠO     {TITLE}\n"
          "TRƯỜNG THPT KIM SƠN A     Độc lập – Tự do – Hạnh phúc\n"
          "Số: 45/BC-THPTKSA     Kim Sơn, ngày 30 tháng 5 năm 2023\n"
          "BÁO CÁO\n"
          "Tổng kết năm học 2022-2023. Trường THPT Kim Sơn A được tặng Bằng khen của Bộ trưởng Bộ Giáo dục và "
          "Đào tạo.\n")

#: a PDF's text layer: the lines of the two columns interleaved
INTERLEAVED = ["BỘ LAO ĐỘNG – THƯƠNG BINH", TITLE, "VÀ XÃ HỘI", MOTTO, "Số: 01/2022/TT-BLĐTBXH",
               "Hà Nội, ngày 25 tháng 01 năm 2022", "THÔNG TƯ", "Hướng dẫn thu thập thông tin thị trường lao động",
               "Căn cứ Luật Việc làm ngày 16 tháng 11 năm 2013;"]
#: a managing body over the issuing body, the date line broken after "ngày", the number last
INTERLEAVED_2 = [TITLE, "UBND TỈNH QUẢNG BÌNH", MOTTO, "SỞ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI", "Quảng Bình, ngày",
                 "tháng 10 năm 2022", "Số: 1520/SLĐTBXH-LĐVLDN",
                 "V/v hướng dẫn một số nội dung thu thập, phân tích thị trường lao động năm 2022", "Kính gửi:"]


def _doc(lines: list[str], fmt: str = "pdf") -> Document:
    return Document(path=f"x.{fmt}", sha256="", format=fmt, blocks=[Block(text=t, page=1) for t in lines])


def _texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def _chars(texts) -> Counter:
    return Counter(c for t in texts for c in t if not c.isspace())


def _read(tmp_path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return normalize_document(read_file(path))


def test_text_file_with_tab_columns(tmp_path):
    doc = _read(tmp_path, "qd.txt", TABS)
    assert _texts(doc)[:6] == ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", TITLE, MOTTO_N, "Số: 123/QĐ-UBND",
                               "Ninh Bình, ngày 12 tháng 3 năm 2024", "QUYẾT ĐỊNH"]
    # the source text of what each block was built from
    assert doc.blocks[0].original == "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH"
    assert doc.blocks[1].original == TITLE and doc.blocks[3].original == "Số: 123/QĐ-UBND"
    assert _texts(doc)[6:] == ["Về việc tặng Bằng khen", BODY]


def test_uneven_spaces_inside_a_name_in_a_line_with_tabs(tmp_path):
    # newcomer's finding (session 11): a typist who set the columns with tabs spaced the words of the name unevenly;
    # "UBND  HUYỆN   KIM SƠN" was cut into "UBND HUYỆN" and "KIM SƠN" at its run of three spaces
    text = (f"UBND  HUYỆN   YÊN MÔ\t\t\t{TITLE}\n\t\t\t\t{MOTTO}\n"
            "Số: 77/QĐ-UBND\t\t\tYên Mô, ngày 5 tháng 4 năm 2022\nQUYẾT ĐỊNH\n")
    doc = _read(tmp_path, "qd77.txt", text)
    assert _texts(doc)[:3] == ["UBND HUYỆN YÊN MÔ", TITLE, MOTTO_N]


def test_text_file_with_space_run_columns(tmp_path):
    doc = _read(tmp_path, "bc.txt", SPACES)
    assert _texts(doc)[:6] == ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG THPT KIM SƠN A", TITLE, MOTTO_N,
                               "Số: 45/BC-THPTKSA", "Kim Sơn, ngày 30 tháng 5 năm 2023"]
    assert _texts(doc)[6] == "BÁO CÁO"


def test_decomposed_text(tmp_path):
    """A file in NFD (combining marks) is seen as the same letterhead."""
    import unicodedata
    doc = _read(tmp_path, "nfd.txt", unicodedata.normalize("NFD", TABS))
    assert _texts(doc)[:3] == ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", TITLE, MOTTO_N]


def test_one_space_between_the_columns():
    """A .docx paragraph typed with tabs comes from the reader with one space between the columns."""
    doc = rewrite_letterhead(_doc([f"ỦY BAN NHÂN DÂN {TITLE}", f"TỈNH NINH BÌNH {MOTTO}",
                                   "Số: 123/QĐ-UBND Ninh Bình, ngày 12 tháng 3 năm 2024", "QUYẾT ĐỊNH"], "docx"))
    assert _texts(doc) == ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", TITLE, MOTTO, "Số: 123/QĐ-UBND",
                           "Ninh Bình, ngày 12 tháng 3 năm 2024", "QUYẾT ĐỊNH"]


def test_interleaved_pdf_lines():
    doc = rewrite_letterhead(_doc(INTERLEAVED))
    assert _texts(doc) == ["BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", TITLE, MOTTO, "Số: 01/2022/TT-BLĐTBXH",
                           "Hà Nội, ngày 25 tháng 01 năm 2022", *INTERLEAVED[6:]]
    assert doc.blocks[0].original == "BỘ LAO ĐỘNG – THƯƠNG BINH\nVÀ XÃ HỘI" and doc.blocks[0].page == 1


def test_interleaved_managing_and_issuing_bodies():
    doc = rewrite_letterhead(_doc(INTERLEAVED_2))
    assert _texts(doc) == ["UBND TỈNH QUẢNG BÌNH", "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", TITLE, MOTTO,
                           "Số: 1520/SLĐTBXH-LĐVLDN", "Quảng Bình, ngày tháng 10 năm 2022", *INTERLEAVED_2[8:]]


def test_docx_two_by_two_table(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    left = table.cell(0, 0)
    left.paragraphs[0].text = "HỘI ĐỒNG"
    left.add_paragraph("THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN")
    left.add_paragraph("-------")
    right = table.cell(0, 1)
    right.paragraphs[0].text = TITLE
    right.add_paragraph(MOTTO)
    right.add_paragraph("---------------")
    table.cell(1, 0).paragraphs[0].text = "Số: 12/HD-HĐTĐKT"
    table.cell(1, 1).paragraphs[0].text = "Hưng Yên, ngày 05 tháng 3 năm 2021"
    d.add_paragraph("HƯỚNG DẪN")
    d.add_paragraph("Tổ chức và hoạt động Cụm, Khối thi đua trên địa bàn tỉnh")
    path = tmp_path / "hd.docx"
    d.save(path)
    doc = normalize_document(read_file(path))
    assert _texts(doc)[:6] == ["HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG TỈNH HƯNG YÊN", TITLE, MOTTO_N, "Số: 12/HD-HĐTĐKT",
                               "Hưng Yên, ngày 05 tháng 3 năm 2021", "HƯỚNG DẪN"]
    # the rows are lines of text now, not a table; the rule lines stay in the source text only
    assert all(b.kind == "paragraph" and b.cells is None and b.table is None for b in doc.blocks[:5])
    assert doc.blocks[0].original == "HỘI ĐỒNG\nTHI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN\n-------"


def test_table_row_of_a_wrapped_issuing_body():
    cells = ["BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", f"{TITLE}\n{MOTTO}"]
    doc = rewrite_letterhead(Document(path="x.html", sha256="", format="html", blocks=[
        Block(text="Thông tư số 20/2025/TT-BVHTTDL quy định công tác thi đua, khen thưởng của ngành văn hóa",
              kind="heading"),
        Block(text=" | ".join(cells), kind="table_row", table=0, row=0, cells=cells),
        Block(text="Số: 20/2025/TT-BVHTTDL | Hà Nội, ngày 24 tháng 12 năm 2025", kind="table_row", table=0, row=1,
              cells=["Số: 20/2025/TT-BVHTTDL", "Hà Nội, ngày 24 tháng 12 năm 2025"]),
        Block(text="THÔNG TƯ")]))
    assert _texts(doc)[1:] == ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", TITLE, MOTTO, "Số: 20/2025/TT-BVHTTDL",
                               "Hà Nội, ngày 24 tháng 12 năm 2025", "THÔNG TƯ"]
    assert doc.blocks[0].kind == "heading"  # the page's heading before the letterhead is left where it is


@pytest.mark.parametrize("lines", [TABS.splitlines(), SPACES.splitlines(), INTERLEAVED, INTERLEAVED_2])
def test_nothing_of_the_text_is_lost(lines):
    before = _doc(lines, "txt")
    originals = [b.original for b in before.blocks]
    after = rewrite_letterhead(_doc(lines, "txt"))
    assert _chars(b.original for b in after.blocks) == _chars(originals)
    assert _chars(b.text for b in after.blocks) == _chars(originals)


def test_documents_without_a_letterhead_are_left_alone():
    news = ["Trường THPT Ninh Giang đón nhận Huân chương Lao động hạng Nhì",
            "Sáng 18/11/2024, Trường THPT Ninh Giang long trọng tổ chức lễ kỷ niệm 60 năm thành lập và đón nhận "
            "Huân chương Lao động hạng Nhì.",
            f"Phát biểu tại buổi lễ, thầy hiệu trưởng nhắc lại tinh thần {MOTTO} của dân tộc."]
    doc = _doc(news, "html")
    blocks = list(doc.blocks)
    assert rewrite_letterhead(doc).blocks == blocks
    # a letterhead without the national title or motto (a report's own two lines) is not touched either
    doc = _doc(["UBND TỈNH NAM ĐỊNH", "CỤM THI ĐUA SỐ 4", "Số: 12/BC-CTĐ4", "Nam Định, ngày 10 tháng 12 năm 2024",
                "BÁO CÁO"], "txt")
    blocks = list(doc.blocks)
    assert rewrite_letterhead(doc).blocks == blocks
    # the country's name on a line of its own in a news story (a dataset that broke its text at links) is no
    # national title: a letterhead sets it in capitals
    doc = _doc(["Thông cáo số 1 kỳ họp thứ 3, Quốc hội khóa XIV", "Ngày 22/5/2017, Quốc hội nước",
                "Cộng hòa xã hội chủ nghĩa Việt Nam", ", khóa XIV đã khai mạc trọng thể kỳ họp thứ 3 tại Nhà Quốc hội.",
                "Hoàng Đức Bình, ngày 11/5, Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An đã khởi tố."], "news-jsonl")
    doc.blocks[0].kind = "title"
    blocks = list(doc.blocks)
    assert rewrite_letterhead(doc).blocks == blocks
    # the motto after the document-type line is no letterhead
    doc = _doc(["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "BÁO CÁO", MOTTO, TITLE])
    blocks = list(doc.blocks)
    assert rewrite_letterhead(doc).blocks == blocks


@pytest.mark.parametrize("previous, line, joined", [
    ("BỘ LAO ĐỘNG – THƯƠNG BINH", "VÀ XÃ HỘI", True),
    ("ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", True),
    ("HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN", True),
    ("BỘ LAO ĐỘNG –", "THƯƠNG BINH VÀ XÃ HỘI", True),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "THÀNH PHỐ HÀ NỘI", True),
    ("UBND TỈNH QUẢNG BÌNH", "SỞ LAO ĐỘNG – THƯƠNG BINH", False),
    ("UBND TỈNH HẬU GIANG", "SỞ TÀI CHÍNH", False),
    ("SỞ NỘI VỤ", "PHÒNG THI ĐUA, KHEN THƯỞNG", False),
    ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN", "TỈNH ỦY QUẢNG BÌNH", False),  # a party committee, not a place level
])
def test_wrapped_names(previous, line, joined):
    assert continues(previous, line) is joined


def test_cli_ingest_and_export_give_the_whole_issuing_body(tmp_path):
    """The real command line, in a process of its own: `sovang ingest`, then `sovang export facts`."""
    corpus = tmp_path / "vb"
    corpus.mkdir()
    (corpus / "qd.txt").write_text(TABS, encoding="utf-8")
    lines = [*INTERLEAVED[:6], "THÔNG TƯ", "Bộ Lao động – Thương binh và Xã hội hướng dẫn thu thập thông tin."]
    (corpus / "tt.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"

    def sovang(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                              timeout=300, cwd=REPO)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    sovang("ingest", str(corpus), "--db", str(db), "--workers", "1", "--quiet")
    facts = {f["document"]: f for f in map(json.loads, sovang("export", "facts", "--db", str(db)).splitlines())}
    assert "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" in facts["qd.txt"]["units"]
    assert "BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI" in facts["tt.txt"]["units"]
    units = [u for f in facts.values() for u in f["units"]]
    assert not [u for u in units if "CỘNG HÒA" in u.upper() or "ĐỘC LẬP" in u.upper()]
    # the stored text keeps the rewritten lines, and the date line dates the document
    assert "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" in sovang("search", "Ninh Binh", "--db", str(db), "--json")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT date FROM documents d JOIN document_paths p ON p.sha256 = d.sha256 "
                            "WHERE p.path LIKE '%qd.txt'").fetchone() == ("2024-03-12",)


def test_type_line_reads_a_whole_short_line_and_passes_over_long_ones():
    # (session 23's speed change: a block is split into at most 20 words; a line of 21 words or more is longer than
    # the 40 characters a type line may have once its spaces are collapsed)
    from pipeline.letterhead import _is_capitals, type_line
    assert type_line("  Quyết   định  ") == "QUYẾT ĐỊNH"
    assert type_line("QUYẾT ĐỊNH\n") == "QUYẾT ĐỊNH"
    assert type_line("Quyết định " + "x " * 20) is None
    assert type_line(" ".join(["a"] * 20)) is None  # (39 characters, no type)
    assert type_line("") is None and type_line("   ") is None
    assert _is_capitals("SỞ NỘI VỤ") and not _is_capitals("Sở Nội vụ") and not _is_capitals("A 1 2")
    assert _is_capitals("UBND") and not _is_capitals("") and not _is_capitals("B")
