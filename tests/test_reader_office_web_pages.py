"""A .doc that is a web page (Word's "Save as Web Page", or a document system's export under a .doc name: HTML,
or a single-file web page, MHT) failed: LibreOffice has no filter to turn it into .docx ("no export filter").  It
is read by the HTML reader now.  Found by trying the pipeline on odd inputs as an archivist would; documents of our
own wording; the knowledge base is made by the real CLI."""
from __future__ import annotations

import json
import quopri

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.readers import read_bytes

SENTENCE = "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện Đô Lương cho ông Phan Văn Tịnh, Phó Trưởng phòng Nội vụ."
HTML = f"<html><head><meta charset='utf-8'></head><body><p>{SENTENCE}</p></body></html>"


def _mht(html: str) -> bytes:
    """A single-file web page (MHT) holding ``html`` as quoted-printable UTF-8, as Word writes one."""
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
            "------=_NextPart_01\r\nContent-Location: file:///C:/qd.htm\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
            f"{body}\r\n\r\n------=_NextPart_01--\r\n").encode("ascii")


def test_an_html_doc_is_read_as_html():
    doc = read_bytes(HTML.encode("utf-8"), "quyết định.doc")
    assert (doc.status, doc.format, doc.meta.get("read_as")) == ("ok", "doc", "html")
    assert [b.text for b in doc.blocks] == [SENTENCE]


def test_an_mht_doc_is_read_as_html():
    doc = read_bytes(_mht(HTML), "qd.doc")
    assert (doc.status, doc.format) == ("ok", "doc")
    assert [b.text for b in doc.blocks] == [SENTENCE]


def test_a_doc_of_plain_text_still_fails_with_its_reason():
    doc = read_bytes("Tặng Giấy khen".encode("utf-8"), "x.doc")
    assert doc.status == "failed" and doc.error == "not a doc file (neither a Word binary nor RTF)"


def test_the_web_page_docs_give_their_awards(tmp_path):
    (tmp_path / "kho").mkdir()
    (tmp_path / "kho" / "quyết định web.doc").write_text(HTML, encoding="utf-8")
    (tmp_path / "kho" / "bản lưu.doc").write_bytes(_mht(HTML.replace("Phan Văn Tịnh", "Lò Văn Piệng")))
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "kho"), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "failed: 0" in result.output
    rows = json.loads(CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json"]).output)
    assert sorted(r["recipient"] for r in rows) == ["Lò Văn Piệng", "Phan Văn Tịnh"]
