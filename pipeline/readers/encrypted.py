"""An office file saved with a password (its content encrypted), told from its bytes.

LibreOffice cannot convert such a file without its password and fails with "source file could not be loaded", a
reason that may pass (LibreOffice's own trouble): an encrypted .odt or .doc was converted again, and failed again,
at every ingest, with a reason that named no password (a newcomer, session 36).  Told here instead, so that the
reason says what to do and is a failure of the file's own bytes (:mod:`pipeline.failure_causes`), skipped while the
file is unchanged.  Who tells:

- an OLE2 compound file (Word 97-2003 .doc, Excel 97-2003 .xls, PowerPoint .ppt, and an Office Open XML document
  saved with a password, which is no ZIP but an OLE2 file of an encrypted package, [MS-OFFCRYPTO] §2.3.4.4):
  msoffcrypto-tool (``msoffcrypto.OfficeFile(file).is_encrypted()``, reading the compound file with olefile: the
  ``EncryptionInfo`` stream, the Word FIB's ``fEncrypted`` bit, the Excel ``FilePass`` record);
- OpenDocument, which msoffcrypto-tool does not read (ODF 1.2 Part 3, §3.8 and §4.8): a package whose
  ``META-INF/manifest.xml`` gives a file an ``<manifest:encryption-data>`` element; LibreOffice encrypts
  ``content.xml`` so when a password is set.
"""
from __future__ import annotations

import io
import zipfile

from .signatures import ENCRYPTED_STREAM, OLE2, ZIP

#: the reason a password-protected office file fails ("password-protected " opens it, a failure of the file's own
#: bytes in :data:`pipeline.failure_causes.OWN_BYTES`)
PASSWORD_PROTECTED = ("password-protected document (its content is encrypted): open it with its password and save "
                      "it without one, then ingest that file")

#: ODF 1.2 Part 3 §4.8: the manifest element of an encrypted file
ODF_ENCRYPTION = b"encryption-data"
#: what msoffcrypto-tool and olefile raise on a compound file too broken to tell is open-ended (a fuzz of real .doc
#: and .xls files, session 36, met olefile's OleFileError, an OSError; FileFormatError, ParseError; struct.error,
#: ValueError, OverflowError; the .xls parser asserts its first record): any exception of the library's parsing means
#: "cannot tell", and such a file is not called encrypted (its reader gives the reason)
UNREADABLE = Exception


def _office_file(data: bytes):
    """msoffcrypto-tool's view of ``data``, an OLE2 file: its office file object (``Doc97File``, ``Xls97File``,
    ``Ppt97File``, ``OOXMLFile``), or None when ``data`` is no OLE2 file or one the library cannot read."""
    if not data.startswith(OLE2):
        return None
    import msoffcrypto  # here: only an OLE2 file needs it (its import and olefile's take ~15 ms at a start)

    try:
        return msoffcrypto.OfficeFile(io.BytesIO(data))
    except UNREADABLE:
        return None


def ole2_encrypted(data: bytes) -> bool:
    """True when ``data`` is an OLE2 office file (.doc, .xls, .ppt, or an encrypted Office Open XML package) that
    msoffcrypto-tool calls encrypted; False for anything else, and for a file too broken to tell.  A Word or Excel
    file told so may still open (Excel's default password "VelvetSweatshop" write-protects a workbook by encrypting
    it): use it to explain a failure, not to refuse a file another reader could open."""
    return _is_encrypted(_office_file(data))


def _is_encrypted(office) -> bool:
    """msoffcrypto-tool's ``is_encrypted()`` of an office file object (:func:`_office_file`); False for None or when
    the library cannot tell (:data:`UNREADABLE`)."""
    try:
        return office is not None and bool(office.is_encrypted())
    except UNREADABLE:
        return False


def _odf_encrypted(data: bytes) -> bool:
    """True when ``data`` is an OpenDocument package whose manifest names an encrypted file (the module docstring)."""
    if not (data.startswith(ZIP) and b"opendocument" in data[:200]):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return ODF_ENCRYPTION in package.read("META-INF/manifest.xml")
    except (KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError):
        return False  # no manifest, or a package too broken to tell: its reader gives the reason


def encrypted_package(data: bytes) -> bool:
    """True when ``data`` is a document encrypted as a whole: an OpenDocument package with an encrypted file, or an
    Office Open XML document with a password (msoffcrypto-tool reads an OLE2 file with an ``EncryptionInfo`` stream
    as such and calls it encrypted).  Certain, so a reader may refuse the file before LibreOffice runs; False for
    anything else."""
    if _odf_encrypted(data):
        return True
    if ENCRYPTED_STREAM not in data:
        return False  # (no encrypted package: a plain .doc or .xls is not parsed for nothing)
    office = _office_file(data)
    return office is not None and office.format == "ooxml" and _is_encrypted(office)


def password_protected(data: bytes) -> bool:
    """True when ``data`` is an office file saved with a password by any mark above (:func:`_odf_encrypted`,
    :func:`ole2_encrypted`)."""
    return _odf_encrypted(data) or ole2_encrypted(data)
