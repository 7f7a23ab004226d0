"""A table copied out of Word into a .txt file: its cells parted by tabs ("STT<TAB>Họ và tên<TAB>Chức vụ, đơn vị").
Consecutive such lines are table rows, as a .docx table's rows are, so the list of a decision gives its awards, and
``export text`` shows its rows with " | " (newcomer's finding, session 15: a decision saved as plain text gave none
of its awards).  A letterhead or a signature typed in two columns with wide gaps stays as it was.  Text of our own
wording."""
from __future__ import annotations

from extractors import extract
from pipeline import legacy
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes
from tests.cli import run_cli

DECISION = "\n".join([
    "UBND TỈNH QUẢNG TRỊ\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ NÔNG NGHIỆP\t\tĐộc lập - Tự do - Hạnh phúc",
    "",
    "QUYẾT ĐỊNH",
    "Về việc tặng Giấy khen của Giám đốc Sở",
    "",
    "Điều 1.\tTặng Giấy khen của Giám đốc Sở Nông nghiệp cho 01 tập thể và 02 cá nhân (có danh sách kèm theo) "
    "đã có thành tích trong phòng chống hạn năm 2025.",
    "",
    "DANH SÁCH",
    "STT\tTên tập thể, cá nhân\tChức vụ, đơn vị",
    "1\tTrạm Khuyến nông huyện Gio Linh\t",
    "2\tÔng Hoàng Văn Tâm\tKế toán trưởng Công ty TNHH Thủy lợi Đông Hà",
    "3\tBà Phạm Thị Yến\tKỹ sư Chi cục Thủy lợi tỉnh Quảng Trị",
    "",
])


def _read(text: str, encoded: bytes | None = None):
    return normalize_document(read_bytes(encoded or text.encode("utf-8"), "qd.txt"))


def test_tab_lines_are_table_rows_and_layout_lines_are_not():
    doc = _read(DECISION)
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.cells for b in rows] == [
        ["STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị"],
        ["1", "Trạm Khuyến nông huyện Gio Linh", ""],
        ["2", "Ông Hoàng Văn Tâm", "Kế toán trưởng Công ty TNHH Thủy lợi Đông Hà"],
        ["3", "Bà Phạm Thị Yến", "Kỹ sư Chi cục Thủy lợi tỉnh Quảng Trị"]]
    assert [(b.table, b.row) for b in rows] == [(0, 0), (0, 1), (0, 2), (0, 3)]
    assert rows[1].text == "1 | Trạm Khuyến nông huyện Gio Linh"
    # the letterhead (two columns parted by two tabs) and the article opened by one tab stay paragraphs
    assert doc.blocks[0].kind == doc.blocks[1].kind == "paragraph"
    assert next(b for b in doc.blocks if b.text.startswith("Điều 1.")).kind == "paragraph"


def test_a_tab_table_in_a_txt_gives_its_awards_with_positions_and_units():
    facts = extract(_read(DECISION))
    assert {(c.recipient.text, c.recipient_type) for c in facts.conferrals} == {
        ("Trạm Khuyến nông huyện Gio Linh", "collective"), ("Hoàng Văn Tâm", "person"),
        ("Phạm Thị Yến", "person")}
    # the letterhead (two columns, left as paragraphs) names the province the award is completed with
    assert {c.award.text for c in facts.conferrals} == {"Giấy khen của Giám đốc Sở Nông nghiệp tỉnh Quảng Trị"}
    officials = {(o.name.text, o.position, o.unit) for o in facts.officials}
    assert ("Hoàng Văn Tâm", "Kế toán trưởng", "Công ty TNHH Thủy lợi Đông Hà") in officials
    assert ("Phạm Thị Yến", "Kỹ sư", "Chi cục Thủy lợi tỉnh Quảng Trị") in officials


def test_a_legacy_encoded_txt_reads_its_tab_table_the_same():
    tcvn3 = legacy.legacy_to_bytes(legacy.unicode_to_tcvn3(DECISION))
    doc = _read(DECISION, tcvn3)
    assert doc.encoding == "tcvn3"
    assert [b.cells for b in doc.blocks if b.kind == "table_row"][2] == \
        ["2", "Ông Hoàng Văn Tâm", "Kế toán trưởng Công ty TNHH Thủy lợi Đông Hà"]


def test_a_signature_in_columns_stays_paragraphs():
    doc = _read("Nơi nhận:\t\t\tKT. GIÁM ĐỐC\n- Như Điều 2;\t\t\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n")
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3


def test_one_tab_line_alone_is_no_table():
    doc = _read("Báo cáo\n1\tTrường Tiểu học Hải Thái\nHết.\n")
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3


def test_export_text_shows_the_tab_rows_with_bars(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "qd.txt").write_text(DECISION, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "docs", "--db", db, "--workers", "1", "--quiet")
    run_cli("export", "text", "--db", db, "-o", tmp_path / "text")
    lines = (tmp_path / "text" / "qd.txt.txt").read_text(encoding="utf-8").splitlines()
    assert "STT | Tên tập thể, cá nhân | Chức vụ, đơn vị" in lines
    assert "2 | Ông Hoàng Văn Tâm | Kế toán trưởng Công ty TNHH Thủy lợi Đông Hà" in lines


def test_a_numbered_list_with_tabs_stays_paragraphs():
    doc = _read("Điều 1. Tặng Giấy khen cho:\n1.\tÔng Lê Văn Hùng, Trưởng thôn An Xá;\n"
                "2.\tBà Đỗ Thị Mai, Kế toán xã Gio Mai.\n")
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3



MERGED = "\n".join([
    "Điều 1. Khen thưởng 03 cá nhân có thành tích trong năm 2025 (có danh sách kèm theo).",
    "STT\tHọ và tên\tChức vụ\tĐơn vị\tHình thức khen thưởng",
    "1\tÔng Hoàng Văn Tâm\tKế toán trưởng\tCông ty TNHH Thủy lợi Đông Hà\tBằng khen của Chủ tịch UBND tỉnh",
    "\tBà Phạm Thị Yến\tKỹ sư\tChi cục Thủy lợi tỉnh Quảng Trị\t",  # STT and award cells merged with the row above
    "3\tNguyễn Văn Lộc\tKỹ thuật viên\tTrạm Thủy nông Gio Linh\tGiấy khen của Giám đốc Sở",
])


def test_a_row_starting_with_a_tab_keeps_its_empty_first_cell():
    rows = [b.cells for b in _read(MERGED).blocks if b.kind == "table_row"]
    assert rows[2] == ["", "Bà Phạm Thị Yến", "Kỹ sư", "Chi cục Thủy lợi tỉnh Quảng Trị", ""]
    assert [len(r) for r in rows] == [5, 5, 5, 5]
    facts = extract(_read(MERGED))
    assert {(c.recipient.text, c.award.text) for c in facts.conferrals} == {
        ("Hoàng Văn Tâm", "Bằng khen của Chủ tịch UBND tỉnh"), ("Phạm Thị Yến", "Bằng khen của Chủ tịch UBND tỉnh"),
        ("Nguyễn Văn Lộc", "Giấy khen của Giám đốc Sở")}
    assert ("Phạm Thị Yến", "Kỹ sư", "Chi cục Thủy lợi tỉnh Quảng Trị") in {
        (o.name.text, o.position, o.unit) for o in facts.officials}


def test_an_indented_tab_table_loses_only_its_indent():
    text = "\n".join("\t" + line if "\t" in line else line for line in MERGED.splitlines()[:3])
    rows = [b.cells for b in _read(text).blocks if b.kind == "table_row"]
    assert rows == [["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
                    ["1", "Ông Hoàng Văn Tâm", "Kế toán trưởng", "Công ty TNHH Thủy lợi Đông Hà",
                     "Bằng khen của Chủ tịch UBND tỉnh"]]


def test_an_indented_paragraph_is_no_table_row():
    doc = _read("Điều 1. Tặng Giấy khen cho:\n\tÔng Hoàng Văn Tâm, Kế toán trưởng;\n\tBà Phạm Thị Yến, Kỹ sư.\n")
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 3
    assert doc.blocks[1].text == "Ông Hoàng Văn Tâm, Kế toán trưởng;"


def _introduced_table(article: str) -> str:
    return "\n".join(["QUYẾT ĐỊNH", article, "STT\tHọ và tên\tChức vụ, đơn vị",
                      "1\tÔng Hoàng Văn Tâm\tKế toán trưởng Công ty TNHH Thủy lợi Đông Hà",
                      "2\tBà Phạm Thị Yến\tKỹ sư Chi cục Thủy lợi tỉnh Quảng Trị"])


def test_a_table_right_below_an_article_ending_in_sau_takes_its_award():
    facts = extract(_read(_introduced_table(
        "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh Quảng Trị cho 02 cá nhân có tên sau đây:")))
    assert {(c.recipient.text, c.award.text, c.status) for c in facts.conferrals} == {
        ("Hoàng Văn Tâm", "Bằng khen của Chủ tịch UBND tỉnh Quảng Trị", "conferred"),
        ("Phạm Thị Yến", "Bằng khen của Chủ tịch UBND tỉnh Quảng Trị", "conferred")}
    proposed = extract(_read(_introduced_table(
        "Điều 1. Đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho các cá nhân sau:")))
    assert {(c.recipient.text, c.status) for c in proposed.conferrals} == {
        ("Hoàng Văn Tâm", "proposed"), ("Phạm Thị Yến", "proposed")}


def test_a_table_below_an_article_that_does_not_introduce_it_takes_no_award():
    facts = extract(_read(_introduced_table(
        "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh Quảng Trị cho các cá nhân có thành tích xuất sắc.")))
    assert facts.conferrals == []
    two = extract(_read(_introduced_table(
        "Điều 1. Tặng Bằng khen và Giấy khen cho các cá nhân sau:")))  # which award: not said
    assert two.conferrals == []


def test_an_indented_numbered_list_with_tabs_stays_paragraphs_and_gives_its_awards():
    # review, s16: the list test ran before the indent was removed, so an indented list became a table
    plain = "Điều 1. Tặng Giấy khen cho:\n1.\tÔng Lê Văn Hùng, Trưởng thôn An Xá;\n2.\tBà Đỗ Thị Mai, Kế toán xã Gio Mai.\n"
    indented = plain.replace("\n1.", "\n\t1.").replace("\n2.", "\n\t2.")
    for text in (plain, indented):
        doc = _read(text)
        assert [b.kind for b in doc.blocks] == ["paragraph"] * 3
        assert [b.text for b in doc.blocks[1:]] == ["1. Ông Lê Văn Hùng, Trưởng thôn An Xá;",
                                                   "2. Bà Đỗ Thị Mai, Kế toán xã Gio Mai."]
        # the tab after the marker reads as a space: the list gives its awards, as "1. Ông …" does
        assert {c.recipient.text for c in extract(doc).conferrals} == {"Lê Văn Hùng", "Đỗ Thị Mai"}


def test_a_paragraph_keeps_no_leading_tab():
    doc = _read("QUYẾT ĐỊNH\n\tSỞ NÔNG NGHIỆP\t\tĐộc lập - Tự do - Hạnh phúc\nĐiều 1. Tặng Giấy khen.\n")
    assert not any(b.text.startswith("\t") for b in doc.blocks)
