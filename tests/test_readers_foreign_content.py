"""A file named .xls, .ods or .odt whose bytes are no format LibreOffice converts under that name: LibreOffice
imported junk as blocks of garbage and a TSV as one cell of mojibake per line (session 34's fixer). A text is read
by its content (a .txt, tab-parted lines as table rows) and listed as misnamed; junk fails with a reason."""
from __future__ import annotations

import random

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.failure_causes import own_bytes
from pipeline.readers import read_bytes
from pipeline.readers.signatures import OLE2, ZIP, foreign

TABLE = "Đơn vị\tSố người\nPhòng Tài chính\t12\nPhòng Nội vụ\t7\n".encode("utf-8")


def _junk(n: int) -> bytes:
    rng = random.Random(35)
    return bytes(rng.randrange(256) for _ in range(n))


def test_foreign_tells_containers_and_markup_from_text_and_junk():
    assert not foreign(OLE2 + b"\x00" * 100)
    assert not foreign(ZIP + b"rest")
    assert not foreign(b"\xef\xbb\xbf\n  <html><body>bang</body></html>")
    assert foreign(TABLE)
    assert foreign(b"\x00\x07" + _junk(500))


def test_a_tsv_named_xls_is_read_as_a_text_of_table_rows():
    doc = read_bytes(TABLE, "so_lieu.xls")
    assert doc.status == "ok"
    assert [b.cells for b in doc.blocks] == [["Đơn vị", "Số người"], ["Phòng Tài chính", "12"], ["Phòng Nội vụ", "7"]]
    assert doc.warnings == ["read as .txt: the content is not the .xls its name says"]


def test_junk_named_odt_or_xls_fails_for_its_bytes():
    junk = b"\x01\x00\x05" + _junk(2000)
    for name in ("van_ban.odt", "bang.xls", "bang.ods"):
        doc = read_bytes(junk, name)
        suffix = name[name.index("."):]
        assert doc.status == "failed" and not doc.blocks
        assert doc.error.startswith(f"not a {suffix} file (its bytes are neither that format nor a text: binary ")
        assert own_bytes(doc.error)


def test_the_ingest_lists_the_tsv_as_misnamed(tmp_path):
    folder = tmp_path / "xuat"
    folder.mkdir()
    (folder / "so_lieu.xls").write_bytes(TABLE)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "kb.sqlite"), "--workers", "1",
                                      "--quiet"], catch_exceptions=False)
    assert "  misnamed so_lieu.xls: read as .txt: the content is not the .xls its name says" in result.output
