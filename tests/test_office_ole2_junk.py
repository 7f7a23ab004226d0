"""A file opening with the OLE2 signature (D0 CF 11 E0 A1 B1 1A E1) whose container holds no Word or Excel document
(junk, a file cut within its header, another program's compound file; one cut after it is told cut short first,
test_office) fails with its reason, named in the ingest
summary, and the batch goes on: LibreOffice is not asked (session 34: it imported such bytes as a text, and the
junk was stored "ok" with blocks of mojibake). Bytes made here, no document of the corpora."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.readers import office, read_bytes, signatures

#: the OLE2 signature and then 3,000 bytes that name no stream (no UTF-16 "WordDocument", "Workbook", "Book")
JUNK = signatures.OLE2 + bytes(range(7, 257, 2)) * 24
REASON = ("not a Word or Excel file: its OLE2 container (first bytes D0 CF 11 E0) holds no Word or Excel document "
          "(corrupt, or another program's file)")


@pytest.fixture()
def no_libreoffice_call(monkeypatch):
    """Fail the test if LibreOffice would be started."""
    def started(*args, **kwargs):
        raise AssertionError("LibreOffice started for an OLE2 file with no document in it")
    monkeypatch.setattr(office.subprocess, "Popen", started)


@pytest.mark.parametrize("name", ["rac.doc", "rac.xls", "rac.xlsx"])
def test_junk_after_the_ole2_signature_fails_with_its_reason(name, no_libreoffice_call):
    doc = read_bytes(JUNK, name)
    assert (doc.status, doc.blocks, doc.error) == ("failed", [], REASON)


def test_a_container_naming_a_word_stream_goes_on_to_libreoffice(monkeypatch):
    asked = []
    monkeypatch.setattr(office, "soffice_path", lambda: asked.append(1))  # None: "LibreOffice is needed"
    doc = read_bytes(JUNK + "WordDocument".encode("utf-16-le"), "thu.doc")
    assert asked == [1] and doc.error.startswith("LibreOffice is needed to read .doc files")


def test_the_ingest_names_each_junk_file_and_goes_on(tmp_path, no_libreoffice_call):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("rac.doc", "rac.xls", "rac"):
        (docs / name).write_bytes(JUNK + name.encode())  # three contents
    (docs / "tin.txt").write_text("Ông Trần Văn Lộc được tặng Bằng khen năm 2020.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(docs), "--db", str(tmp_path / "kb.sqlite"), "--workers", "1"])
    assert result.exit_code == 0 and result.exception is None, result.output
    assert result.stdout.startswith("documents stored: 4 (ok 1, partial 0, failed 3")
    assert f"  failed   rac.doc: {REASON}\n" in result.stdout
    assert f"  failed   rac.xls: {REASON}\n" in result.stdout
    assert "  failed   rac: unsupported file type '(no suffix)'" in result.stdout  # no format its first bytes tell
    assert "Traceback" not in result.output
