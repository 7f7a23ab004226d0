"""The signature block at the end of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I and the
models of its appendices) put back into reading order: "Nơi nhận:" and the recipients on the left, the signer's
authority, title and name on the right ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "(Đã ký)" / "Lê Ngọc Châu").  Readers
interleave the two columns (a .docx table row, a text line with tabs or a run of blanks, a PDF's lines one after
the other); pipeline.letterhead.rewrite_signature (called with the letterhead by normalize_document) gives the
recipients' column first, then the signer's, so that the signer comes out as an official with the title above
the name, of the body in the letterhead.  Every document here is written by hand, decision and expected facts
alike."""
from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.letterhead import rewrite_signature
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document

HEAD = [("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------",
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------"),
        ("Số: 1234/QĐ-UBND", "Hà Tĩnh, ngày 15 tháng 3 năm 2024")]
BODY = ["QUYẾT ĐỊNH",
        "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10 tháng 3 năm 2024,",
        "QUYẾT ĐỊNH:",
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ông Trần Quốc Khánh, Trưởng phòng Tổ chức cán "
        "bộ, Sở Y tế, đã có thành tích xuất sắc trong công tác năm 2023.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và cá nhân có tên tại Điều 1 chịu trách "
        "nhiệm thi hành Quyết định này."]
LEFT = "Nơi nhận:\n- Như Điều 3;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, TĐKT."
RIGHT = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Ngọc Châu"

#: the signer, by hand: the title line above the name, of the issuing body of the letterhead
SIGNER = {"name": "Lê Ngọc Châu", "position": "Phó Chủ tịch", "unit": "Ủy ban nhân dân tỉnh Hà Tĩnh"}
#: the recipients' column, then the signer's, the mark of signature below the name
READING_ORDER = ["Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, TĐKT.",
                 "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Ngọc Châu", "(Đã ký)"]


def _two_columns(left: str, right: str, sep: str) -> str:
    """Two columns typed side by side, line by line, parted by ``sep``."""
    a, b = left.split("\n"), right.split("\n")
    n = max(len(a), len(b))
    a, b = a + [""] * (n - len(a)), b + [""] * (n - len(b))
    return "\n".join(f"{x}{sep}{y}".rstrip() if x else f"{sep}{y}" for x, y in zip(a, b))


def _text_decision(sep: str) -> str:
    return ("\n".join(_two_columns(a, b, sep) for a, b in HEAD) + "\n" + "\n".join(BODY) + "\n"
            + _two_columns(LEFT, RIGHT, sep) + "\n")


def _docx_decision(path: Path, rows: list[tuple[str, str]] | None = None) -> None:
    d = docx.Document()
    table = d.add_table(rows=len(HEAD), cols=2)
    for r, (a, b) in enumerate(HEAD):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    for p in BODY:
        d.add_paragraph(p)
    rows = rows or [(LEFT, RIGHT)]
    table = d.add_table(rows=len(rows), cols=2)
    for r, (a, b) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.save(path)


def _ingest_and_ask(tmp_path: Path, folder: Path) -> tuple[dict, dict]:
    """``sovang ingest`` the folder into a temporary knowledge base, then ``sovang who --json`` of the signer and
    ``sovang export facts``: (the signer's record, facts by document)."""
    db = tmp_path / "kb.sqlite"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(folder), "--db", str(db), "--quiet", "--workers", "1"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["who", "le ngoc chau", "--db", str(db), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    result = runner.invoke(cli, ["export", "facts", "--db", str(db)], catch_exceptions=False)
    facts = {f["document"]: f for f in map(json.loads, result.output.splitlines())}
    return records, facts


def _signer_positions(records: list[dict]) -> set:
    persons = [r for r in records if r["kind"] == "person"]
    assert [r["name"] for r in persons] == ["Lê Ngọc Châu"]
    return {(p[0], p[1]) for p in persons[0]["positions"]}


@pytest.mark.parametrize("sep", ["\t\t\t", " " * 12], ids=["tabs", "spaces"])
def test_text_decision_through_the_cli(tmp_path, sep):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "qd.txt").write_text(_text_decision(sep), encoding="utf-8")
    records, facts = _ingest_and_ask(tmp_path, folder)
    assert _signer_positions(records) == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")}
    assert SIGNER in facts["qd.txt"]["officials"]
    # the recipient of the decision keeps his own title and unit: his department written with its parent, one unit
    # (GUIDELINES.md's own example), the department of the province the letterhead names (session 11)
    assert {"name": "Trần Quốc Khánh", "position": "Trưởng phòng",
            "unit": "phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh"} in facts["qd.txt"]["officials"]


def test_docx_table_decision_through_the_cli(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    _docx_decision(folder / "qd.docx")
    # the same signature in two rows: the name in a row of its own under the titles
    _docx_decision(folder / "qd2.docx", rows=[(LEFT, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), ("", "Lê Ngọc Châu")])
    records, facts = _ingest_and_ask(tmp_path, folder)
    assert _signer_positions(records) == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")}
    for name in ("qd.docx", "qd2.docx"):
        assert SIGNER in facts[name]["officials"], name
        assert [o for o in facts[name]["officials"] if o["name"] == "Lê Ngọc Châu"] == [SIGNER]


def _blocks(lines: list[str], **kw) -> Document:
    return Document(path="x.pdf", sha256="", format="pdf", blocks=[Block(text=t, page=1, **kw) for t in lines])


def _texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_reading_order_of_every_layout():
    body = ["Điều 3. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này."]
    # text with tabs: one block a line, both columns on it
    lines = _two_columns(LEFT, RIGHT, "\t\t").split("\n")
    doc = normalize_document(_blocks(body + lines))
    assert _texts(doc) == body + READING_ORDER
    # one space left between the columns by a reader ("Nơi nhận: KT. CHỦ TỊCH", "- Lưu: VT, TĐKT. Lê Ngọc Châu")
    lines = _two_columns(LEFT, RIGHT, " ").split("\n")
    assert lines[0] == "Nơi nhận: KT. CHỦ TỊCH"
    doc = normalize_document(_blocks(body + lines))
    assert _texts(doc) == body + READING_ORDER
    # a PDF's text layer: the lines of the two columns interleaved, a wrapped recipient's line, the drafter's
    # initials, the authority a line above "Nơi nhận:"
    pdf = ["KT. GIÁM ĐỐC", "Nơi nhận:", "PHÓ GIÁM ĐỐC", "- Cục Quản lý giá;", "- Các Sở: CT, LĐTBXH, TNMT, XD,",
           "TTTT, NN&PTNT, GTVT;", "Nguyễn Thị Kim Loan", "- Lưu: VP, QLG.", "HT"]
    doc = normalize_document(_blocks(body + pdf))
    assert _texts(doc) == body + ["Nơi nhận:", "- Cục Quản lý giá;", "- Các Sở: CT, LĐTBXH, TNMT, XD, TTTT, "
                                  "NN&PTNT, GTVT;", "- Lưu: VP, QLG.", "HT", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                  "Nguyễn Thị Kim Loan"]
    # the page's own text is all there: nothing dropped, nothing added
    assert sorted("".join(_texts(doc)).replace(" ", "")) == sorted("".join(body + pdf).replace(" ", ""))


def test_a_signature_already_in_order_is_left_as_it_is():
    lines = ["Điều 3. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này.", "Nơi nhận:",
             "- Như Điều 3;", "- Lưu: VT, TĐKT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thái Văn Luận"]
    doc = _blocks(lines)
    before = list(doc.blocks)
    rewrite_signature(doc)
    assert doc.blocks == before and all(a is b for a, b in zip(doc.blocks, before))


def test_no_signer_no_rewrite():
    # a model form: the signer's column is a placeholder, nothing to put in order
    row = Block(text="", kind="table_row", table=3, row=0,
                cells=["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "THỦ TRƯỞNG ĐƠN VỊ\n(Ký, đóng dấu, ghi rõ họ tên)"])
    doc = Document(path="x.docx", sha256="", format="docx", blocks=[Block(text="Kính trình Hội đồng xem xét."), row])
    rewrite_signature(doc)
    assert doc.blocks[1] is row
    # "Nơi nhận" in a sentence of the body is no signature block
    lines = ["3. Nơi nhận hồ sơ: Sở Nội vụ.", "KT. CHỦ TỊCH", "- Như trên;", "PHÓ CHỦ TỊCH", "Lê Ngọc Châu"]
    doc = _blocks(lines)
    rewrite_signature(doc)
    assert _texts(doc) == lines


def test_samples_signature_unchanged():
    """The bundled decision of Hà Tĩnh (one column, already in order) still gives its signer."""
    repo = Path(__file__).resolve().parents[1]
    from extractors import extract
    from pipeline.readers import read_file

    doc = normalize_document(read_file(repo / "corpora/samples/docs/decisions/qd-2145-qd-ubnd-ha-tinh.txt"))
    officials = extract(doc).to_guidelines("qd.txt")["officials"]
    assert {"name": "Thái Văn Luận", "position": "Phó Chủ tịch", "unit": "Ủy ban nhân dân tỉnh Hà Tĩnh"} in officials


def test_nfd_input_gives_the_same_order():
    import unicodedata

    body = ["Điều 3. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này."]
    lines = [unicodedata.normalize("NFD", t) for t in body + _two_columns(LEFT, RIGHT, "\t\t").split("\n")]
    doc = normalize_document(_blocks(lines))
    assert _texts(doc) == body + READING_ORDER
