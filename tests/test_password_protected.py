"""Office files saved with a password are told from their bytes, with a reason that says what to do, and are not
converted again at every ingest (a newcomer, session 36: an encrypted .odt failed "LibreOffice could not convert the
file … source file could not be loaded" at each ingest).  The files are built here from the formats' marks
(:mod:`pipeline.readers.encrypted`), none copied from a real document."""
from __future__ import annotations

import io
import struct
import zipfile

from pipeline import failure_causes
from pipeline.readers import office, read_bytes
from pipeline.readers.docx import read as read_docx
from pipeline.readers.encrypted import PASSWORD_PROTECTED, encrypted_package, word_encrypted
from pipeline.readers.signatures import OLE2
from tests.cli import run_cli

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{secret}'
            '</manifest:file-entry></manifest:manifest>')
SECRET = ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
          '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
          '</manifest:encryption-data>')


def odt(encrypted: bool) -> bytes:
    mime = "application/vnd.oasis.opendocument.text"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", mime, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", b"\x8f\x12 bytes no one can read without the key")
        package.writestr("META-INF/manifest.xml", MANIFEST.format(mime=mime, secret=SECRET if encrypted else ""),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def word97(flags: int, at: int = 1024) -> bytes:
    """An OLE2 file naming a WordDocument stream whose FIB (at ``at``) carries ``flags``."""
    head = OLE2 + bytes(512 - len(OLE2) - 24) + "WordDocument".encode("utf-16-le")
    fib = b"\xec\xa5" + struct.pack("<H", 0x00C1) + bytes(6) + struct.pack("<H", flags) + bytes(52)
    return head + bytes(at - len(head)) + fib + bytes(512)


def test_the_marks_of_each_format():
    assert encrypted_package(odt(True)) and not encrypted_package(odt(False))
    package = OLE2 + bytes(100) + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")
    assert encrypted_package(package) and not word_encrypted(package)
    assert word_encrypted(word97(0x13F0)) and not word_encrypted(word97(0x12F0))
    assert not word_encrypted(word97(0x13F0, at=1024 + 2))  # no stream starts there: no FIB
    assert not word_encrypted(b"plain text \xec\xa5\xc1\x00 that holds the FIB's opening")


def test_an_encrypted_odt_fails_for_its_password_before_libreoffice(monkeypatch):
    def no_libreoffice():
        raise AssertionError("LibreOffice looked for")

    monkeypatch.setattr(office, "soffice_path", no_libreoffice)
    doc = read_bytes(odt(True), "bien_ban.odt")
    assert (doc.status, doc.error) == ("failed", PASSWORD_PROTECTED)
    assert failure_causes.own_bytes(doc.error)


def test_a_word_file_with_a_password_under_a_docx_name_says_so():
    """Word 97-2003 with a password, or an Office Open XML package with one (both OLE2), named .docx."""
    for data in (word97(0x13F0), OLE2 + bytes(600) + "EncryptionInfo".encode("utf-16-le")
                 + "EncryptedPackage".encode("utf-16-le")):
        try:
            read_docx(data, "to_trinh.docx")
        except Exception as exc:  # ReaderError
            assert str(exc) == PASSWORD_PROTECTED
        else:
            raise AssertionError("read")


def test_an_encrypted_odt_is_skipped_by_the_next_ingest_while_unchanged(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "bien_ban.odt").write_bytes(odt(True))
    db = str(tmp_path / "kb.sqlite")
    first = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert f"failed   bien_ban.odt: {PASSWORD_PROTECTED}" in first
    second = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert f"  skipped  bien_ban.odt: {PASSWORD_PROTECTED}" in second and "tried again" not in second


def test_a_doc_libreoffice_fails_on_is_told_password_protected_by_its_fib(monkeypatch):
    """The FIB's mark explains LibreOffice's failure (here a program that fails at once stands for it); a .doc
    without the mark keeps LibreOffice's reason, which may pass."""
    monkeypatch.setattr(office, "soffice_path", lambda: "/bin/false")
    locked = read_bytes(word97(0x13F0), "quyet_dinh.doc")
    assert (locked.status, locked.error) == ("failed", PASSWORD_PROTECTED)
    plain = read_bytes(word97(0x12F0), "quyet_dinh.doc")
    assert plain.error.startswith("LibreOffice could not convert the file")
    assert not failure_causes.own_bytes(plain.error)
