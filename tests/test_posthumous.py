"""Posthumous awards, "truy tặng" (Luật Thi đua, khen thưởng 2022): the extracted conferral carries no flag, so
the knowledge base reads it from the award's sentence (outputs.posthumous) and `sovang who`, `sovang awards` and
the exports show it.  The documents are written here by hand, and so is which award is posthumous."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from outputs.posthumous import in_block, is_posthumous
from pipeline.cli import cli

DECISION = """ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH\t\t\tĐộc lập - Tự do - Hạnh phúc
Số: 2210/QĐ-UBND\t\t\tHà Tĩnh, ngày 20 tháng 8 năm 2024
QUYẾT ĐỊNH
Về việc tặng, truy tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
QUYẾT ĐỊNH:
Điều 1. Truy tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho anh Phan Văn Hùng, dân quân xã Thạch Lạc, huyện Thạch Hà, đã dũng cảm cứu người bị nạn trong lũ.
Điều 2. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ông Võ Đức Minh, Trưởng Công an xã Thạch Lạc, đã có thành tích trong công tác cứu hộ.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:\t\t\tKT. CHỦ TỊCH
- Như Điều 3;\t\t\tPHÓ CHỦ TỊCH
- Lưu: VT, TĐKT.\t\t\tLê Ngọc Châu
"""

NEWS = """Truy tặng Huân chương Dũng cảm cho chiến sĩ công an hy sinh khi cứu người
Ngày 12/5/2024, Chủ tịch nước đã truy tặng Huân chương Dũng cảm cho anh Nguyễn Văn Phước, chiến sĩ Công an huyện Cẩm Xuyên, tỉnh Hà Tĩnh.
Cũng tại buổi lễ, Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho ông Trần Văn Bình, Trưởng Công an huyện Cẩm Xuyên.
Năm 2023, Chính phủ đồng ý đề nghị xét phong tặng, truy tặng danh hiệu Nghệ sĩ nhân dân cho ông Lê Văn Cường.
"""

#: by hand: (recipient, posthumous) of every award of the two documents
EXPECTED = {"Phan Văn Hùng": 1, "Võ Đức Minh": 0, "Nguyễn Văn Phước": 1, "Trần Văn Bình": 0, "Lê Văn Cường": 0}


def _run(*args) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    root = tmp_path_factory.mktemp("posthumous")
    docs = root / "docs"
    docs.mkdir()
    (docs / "qd-2210.txt").write_text(DECISION, encoding="utf-8")
    (docs / "tin.txt").write_text(NEWS, encoding="utf-8")
    db = root / "kb.sqlite"
    _run("ingest", docs, "--db", db, "--quiet", "--workers", "1")
    return db


def test_who_shows_truy_tang(kb):
    out = _run("who", "phan van hung", "--db", kb)
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh (truy tặng)  (conferred" in out
    out = _run("who", "nguyen van phuoc", "--db", kb)
    assert "Huân chương Dũng cảm (truy tặng)" in out
    out = _run("who", "vo duc minh", "--db", kb)
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh  (conferred" in out and "truy tặng)" not in out
    record = json.loads(_run("who", "phan van hung", "--db", kb, "--json"))[0]
    assert [a["posthumous"] for a in record["awards"]] == [1]


def test_awards_table_csv_and_json(kb):
    rows = json.loads(_run("awards", "--db", kb, "--format", "json"))
    assert {r["recipient"]: r["posthumous"] for r in rows} == EXPECTED
    table = _run("awards", "--db", kb)
    lines = {line.split("  ←  ")[0].split("  ", 1)[1]: line for line in table.splitlines() if "←" in line}
    for recipient, posthumous in EXPECTED.items():
        assert ("(truy tặng)" in lines[recipient]) == bool(posthumous), lines[recipient]
    reader = csv.DictReader(io.StringIO(_run("awards", "--db", kb, "--format", "csv")))
    assert reader.fieldnames[-1] == "posthumous"
    assert {r["recipient"]: int(r["posthumous"]) for r in reader} == EXPECTED


def test_exports_keep_it(kb):
    facts = [json.loads(line) for line in _run("export", "facts", "--db", kb, "--canonical").splitlines()]
    got = {a["recipient"]: a["posthumous"] for f in facts for a in f["awards"]}
    assert got == {k: bool(v) for k, v in EXPECTED.items()}
    # the scorer's export stays as the guidelines define it
    plain = [json.loads(line) for line in _run("export", "facts", "--db", kb).splitlines()]
    assert all("posthumous" not in a for f in plain for a in f["awards"])
    # the Datasette view (and its CSV export)
    conn = sqlite3.connect(kb)
    assert dict(conn.execute("SELECT recipient_as_written, posthumous FROM conferrals_view")) == EXPECTED


def _p(sentence: str, award: str, recipient: str | None = None) -> bool:
    a = sentence.index(award)
    return is_posthumous(sentence, a, a + len(award), sentence.index(recipient) if recipient else None)


def test_the_rule():
    # the nearest verb of giving before the award
    assert _p("Chủ tịch nước truy tặng Huân chương Dũng cảm cho anh A.", "Huân chương Dũng cảm")
    assert _p("ông A được truy phong danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "danh hiệu Anh hùng")
    assert _p("Tỉnh đoàn tổ chức lễ truy tặng huy hiệu Tuổi trẻ dũng cảm và bằng khen cho em A", "bằng khen")
    assert not _p("truy tặng Huân chương Dũng cảm cho anh A và tặng Bằng khen cho anh B", "Bằng khen")
    # between the award and its recipient, when the recipient follows
    assert _p("Huân chương Bảo vệ Tổ quốc hạng Nhất do Chủ tịch nước truy tặng cho đại tá A", "Huân chương", "A")
    assert _p("trao huy hiệu Tuổi trẻ dũng cảm cho anh B và truy tặng huy hiệu này cho anh C", "huy hiệu T", "C")
    assert not _p("trao huy hiệu Tuổi trẻ dũng cảm cho anh B và truy tặng huy hiệu này cho anh C", "huy hiệu T",
                  "B")
    # alternatives state no posthumous award
    assert not _p("đồng ý đề nghị xét phong tặng, truy tặng danh hiệu NSND cho 50 cá nhân", "danh hiệu NSND")
    assert not _p("Báo cáo thành tích đề nghị tặng/truy tặng Huân chương cho cá nhân", "Huân chương")
    assert not _p("các NSƯT A, B được truy tặng, phong tặng danh hiệu Nghệ sĩ nhân dân", "danh hiệu Nghệ sĩ")
    # other words of "truy"
    assert not _p("sau khi truy nã đối tượng, Công an tỉnh tặng Giấy khen cho tổ công tác", "Giấy khen")
    # stored offsets: the sentence is a part of its block
    block = "Mở đầu. Chủ tịch nước truy tặng Huân chương Dũng cảm cho anh A. Cuối cùng."
    sentence = "Chủ tịch nước truy tặng Huân chương Dũng cảm cho anh A."
    start = block.index("Huân chương")
    assert in_block(block, sentence, start, start + len("Huân chương Dũng cảm"), block.index("A."))
    assert not in_block(block, "Cuối cùng.", block.index("Cuối"), block.index("Cuối") + 4)
