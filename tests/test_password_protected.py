"""Office files saved with a password are told from their bytes, with a reason that says what to do, and are not
converted again at every ingest (a newcomer, session 36: an encrypted .odt failed "LibreOffice could not convert the
file … source file could not be loaded" at each ingest).  The files are real: LibreOffice saved the .doc, .xls and
.odt in ``tests/data/password/`` with a password (``make_files.py`` there, invented text), and msoffcrypto-tool
encrypts a .docx here as Word does ([MS-OFFCRYPTO] agile encryption); only the unencrypted OpenDocument package is
built by hand, from the ODF manifest's marks (:mod:`pipeline.readers.encrypted`)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from pipeline import failure_causes
from pipeline.model import ReaderError
from pipeline.readers import office, read_bytes
from pipeline.readers.docx import read as read_docx
from pipeline.readers.encrypted import PASSWORD_PROTECTED, encrypted_package, ole2_encrypted, password_protected
from pipeline.readers.signatures import OLE2
from tests.cli import run_cli

FILES = Path(__file__).parent / "data" / "password"
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{secret}'
            '</manifest:file-entry></manifest:manifest>')
SECRET = ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
          '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
          '</manifest:encryption-data>')


def made(name: str) -> bytes:
    """A file LibreOffice saved (``tests/data/password/``): locked.doc, locked.xls, locked.odt with a password,
    plain.doc without."""
    return (FILES / name).read_bytes()


def odt(encrypted: bool) -> bytes:
    mime = "application/vnd.oasis.opendocument.text"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", mime, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", b"\x8f\x12 bytes no one can read without the key")
        package.writestr("META-INF/manifest.xml", MANIFEST.format(mime=mime, secret=SECRET if encrypted else ""),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_file(password: str | None) -> bytes:
    """A .docx of one invented paragraph; with ``password``, encrypted by msoffcrypto-tool (an OLE2 file)."""
    document = docx.Document()
    document.add_paragraph("Phòng hành chính gửi lịch trực tuần sau.")
    plain = io.BytesIO()
    document.save(plain)
    if password is None:
        return plain.getvalue()
    plain.seek(0)
    locked = io.BytesIO()
    OOXMLFile(plain).encrypt(password, locked)
    return locked.getvalue()


def test_the_marks_of_each_format():
    assert encrypted_package(odt(True)) and not encrypted_package(odt(False))
    assert encrypted_package(made("locked.odt")) and not ole2_encrypted(made("locked.odt"))
    locked_docx = docx_file("matkhau")
    assert locked_docx.startswith(OLE2) and encrypted_package(locked_docx) and ole2_encrypted(locked_docx)
    assert not encrypted_package(docx_file(None)) and not password_protected(docx_file(None))
    for name in ("locked.doc", "locked.xls"):  # told encrypted, but not refused before LibreOffice
        assert ole2_encrypted(made(name)) and password_protected(made(name)) and not encrypted_package(made(name))
    assert not password_protected(made("plain.doc"))


def test_a_file_too_broken_to_tell_is_not_called_encrypted():
    """The library raises on these (olefile, msoffcrypto-tool): no answer is not "encrypted"."""
    locked = made("locked.doc")
    header_only = locked[:512]  # the compound file's header, its sectors cut off
    scrambled = locked[:512] + bytes(b ^ 0x5A for b in locked[512:])  # every sector's bytes garbled
    for data in (header_only, scrambled, OLE2 + bytes(600), b"plain text \xec\xa5\xc1\x00 and nothing more"):
        assert not password_protected(data) and not encrypted_package(data)


def test_an_encrypted_odt_fails_for_its_password_before_libreoffice(monkeypatch):
    def no_libreoffice():
        raise AssertionError("LibreOffice looked for")

    monkeypatch.setattr(office, "soffice_path", no_libreoffice)
    for data in (made("locked.odt"), odt(True)):
        doc = read_bytes(data, "bien_ban.odt")
        assert (doc.status, doc.error) == ("failed", PASSWORD_PROTECTED)
        assert failure_causes.own_bytes(doc.error)


def test_a_word_file_with_a_password_under_a_docx_name_says_so():
    """Word 97-2003 with a password, or an Office Open XML package with one (both OLE2), named .docx; a Word
    97-2003 file without one keeps its own reason."""
    for data in (made("locked.doc"), docx_file("matkhau")):
        with pytest.raises(ReaderError) as failed:
            read_docx(data, "to_trinh.docx")
        assert str(failed.value) == PASSWORD_PROTECTED
    with pytest.raises(ReaderError) as failed:
        read_docx(made("plain.doc"), "to_trinh.docx")
    assert str(failed.value).startswith("not a .docx: an OLE2 file")


def test_an_encrypted_odt_is_skipped_by_the_next_ingest_while_unchanged(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "bien_ban.odt").write_bytes(made("locked.odt"))
    db = str(tmp_path / "kb.sqlite")
    first = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert f"failed   bien_ban.odt: {PASSWORD_PROTECTED}" in first
    second = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert f"  skipped  bien_ban.odt: {PASSWORD_PROTECTED}" in second and "tried again" not in second


def test_a_doc_or_xls_libreoffice_fails_on_is_told_password_protected(monkeypatch):
    """The library's answer explains LibreOffice's failure (here a program that fails at once stands for it); a
    .doc without a password keeps LibreOffice's reason, which may pass."""
    monkeypatch.setattr(office, "soffice_path", lambda: "/bin/false")
    for data, name in ((made("locked.doc"), "quyet_dinh.doc"), (made("locked.xls"), "danh_sach.xls")):
        locked = read_bytes(data, name)
        assert (locked.status, locked.error) == ("failed", PASSWORD_PROTECTED)
    plain = read_bytes(made("plain.doc"), "quyet_dinh.doc")
    assert plain.error.startswith("LibreOffice could not convert the file")
    assert not failure_causes.own_bytes(plain.error)


def test_libreoffice_itself_fails_on_the_locked_doc_and_reads_the_plain_one(soffice):
    """A readable .doc is never refused; the one with a password fails in LibreOffice and is told so."""
    locked = read_bytes(made("locked.doc"), "quyet_dinh.doc")
    assert (locked.status, locked.error) == ("failed", PASSWORD_PROTECTED)
    plain = read_bytes(made("plain.doc"), "quyet_dinh.doc")
    assert plain.status == "ok"
    assert [block.text for block in plain.blocks] == ["Tổ công tác số 7 họp bàn kế hoạch trồng cây đầu năm."]
