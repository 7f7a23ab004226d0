"""A signature block typed in one paragraph (or one cell) with line breaks ("KT. GIÁM ĐỐC↵PHÓ GIÁM ĐỐC↵↵Name")
gives its signer the position above the name, as the same lines in paragraphs of their own do
(extractors.engine._signatures)."""
from __future__ import annotations

import json

import docx

from tests.cli import run_cli


def _decision(path, signature_lines, one_paragraph: bool) -> None:
    """Our own decision of a department: letterhead, one article, then the signature block, its lines in one
    paragraph parted by line breaks or in paragraphs of their own."""
    d = docx.Document()
    for line in ("UBND TỈNH LÂM ĐỒNG", "SỞ TÀI CHÍNH", "Số: 31/QĐ-STC", "QUYẾT ĐỊNH",
                 "Về việc tặng Giấy khen của Giám đốc Sở Tài chính",
                 "Điều 1. Tặng Giấy khen của Giám đốc Sở Tài chính cho Phòng Quản lý giá công sản.",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."):
        d.add_paragraph(line)
    if one_paragraph:
        run = d.add_paragraph().add_run()
        for k, line in enumerate(signature_lines):
            if k:
                run.add_break()
            run.add_text(line)
    else:
        for line in signature_lines:
            if line:
                d.add_paragraph(line)
    d.save(path)


def _signer(tmp_path, lines, one_paragraph):
    corpus = tmp_path / ("one" if one_paragraph else "many")
    corpus.mkdir()
    _decision(corpus / "qd.docx", lines, one_paragraph)
    db = tmp_path / f"{corpus.name}.sqlite"
    run_cli("ingest", corpus, "--db", db, "--workers", "1")
    facts = json.loads(run_cli("export", "facts", "--db", db).splitlines()[0])
    return [o for o in facts["officials"] if o["name"] == "Đỗ Minh Khoa"]


def test_a_signature_in_one_paragraph_keeps_the_signers_position(tmp_path):
    lines = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Đỗ Minh Khoa"]
    one = _signer(tmp_path, lines, one_paragraph=True)
    many = _signer(tmp_path, lines, one_paragraph=False)
    assert one == many == [{"name": "Đỗ Minh Khoa", "position": "Phó Giám đốc", "unit": "Sở Tài chính tỉnh Lâm Đồng"}]


def test_two_signers_in_one_block_take_no_position_from_it():
    from extractors.engine import _signatures
    from pipeline.model import Block

    # two titles over two names in one block: which title is whose is not told by the block alone
    blocks = [Block(text="Điều 3. Thi hành."),
              Block(text="GIÁM ĐỐC\nLê Văn Hải\nCHÁNH VĂN PHÒNG\nTrần Thị Hoa")]
    assert _signatures(blocks, "Sở Tài chính") == {}
    blocks[1] = Block(text="GIÁM ĐỐC\n\nLê Văn Hải")
    assert _signatures(blocks, "Sở Tài chính") == {1: ("Giám đốc", "Sở Tài chính")}
