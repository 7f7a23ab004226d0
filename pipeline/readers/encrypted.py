"""An office file saved with a password (its content encrypted), told from its bytes.

LibreOffice cannot convert such a file without its password and fails with "source file could not be loaded", a
reason that may pass (LibreOffice's own trouble): an encrypted .odt or .doc was converted again, and failed again,
at every ingest, with a reason that named no password (a newcomer, session 36).  Told here instead, so that the
reason says what to do and is a failure of the file's own bytes (:mod:`pipeline.failure_causes`), skipped while the
file is unchanged.  Sources of the marks:

- OpenDocument (ODF 1.2 Part 3, §3.8 and §4.8): a package whose ``META-INF/manifest.xml`` gives a file an
  ``<manifest:encryption-data>`` element; LibreOffice encrypts ``content.xml`` so when a password is set;
- Office Open XML with a password ([MS-OFFCRYPTO] §2.3.4.4, §2.3.1): no ZIP but an OLE2 compound file holding the
  streams ``EncryptionInfo`` and ``EncryptedPackage``;
- Word 97-2003 ([MS-DOC] §2.5.2, FibBase): the WordDocument stream opens with the FIB, ``wIdent`` 0xA5EC and
  ``nFib`` (0x00C1 for Word 97 and later, 0x0101, 0x010C, 0x0112 as later versions write it in some files), and
  its bit ``fEncrypted`` (0x0100 of the 16-bit field at byte 0x0A) is set for a document encrypted with a password.
  A stream starts on a sector (512 or 4,096 bytes) or a mini-stream sector (64 bytes) of the file, so the FIB is at
  an offset that is a multiple of 64; the first such place holding the FIB's opening is taken as it.
"""
from __future__ import annotations

import io
import struct
import zipfile

from .signatures import ENCRYPTED_STREAM, OLE2, WORD_STREAM, ZIP

#: the reason a password-protected office file fails ("password-protected " opens it, a failure of the file's own
#: bytes in :data:`pipeline.failure_causes.OWN_BYTES`)
PASSWORD_PROTECTED = ("password-protected document (its content is encrypted): open it with its password and save "
                      "it without one, then ingest that file")

#: [MS-OFFCRYPTO] §2.3.4.4: the stream that holds an encrypted package's key data, beside ``EncryptedPackage``
ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
#: ODF 1.2 Part 3 §4.8: the manifest element of an encrypted file
ODF_ENCRYPTION = b"encryption-data"
#: [MS-DOC] §2.5.2: the FIB's identifier (little-endian 0xA5EC), the nFib values Word writes, where the flags are
#: and the bit that marks encryption
FIB_IDENT = b"\xec\xa5"
FIB_VERSIONS = (0x00C1, 0x00D9, 0x0101, 0x010C, 0x0112)
FIB_FLAGS, FIB_ENCRYPTED = 0x0A, 0x0100
#: the alignment of a stream's first byte in a compound file (a mini-stream sector, [MS-CFB] §2.2)
STREAM_ALIGN = 64


def encrypted_package(data: bytes) -> bool:
    """True when ``data`` is a document the marks above call encrypted as a whole: an OpenDocument package with an
    encrypted file, or an Office Open XML document with a password (an OLE2 file of an encrypted package).  These
    marks are certain, so a reader may refuse the file before LibreOffice runs; False for anything else."""
    if data.startswith(OLE2):
        return ENCRYPTED_STREAM in data and ENCRYPTION_INFO in data
    if data.startswith(ZIP) and b"opendocument" in data[:200]:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                return ODF_ENCRYPTION in package.read("META-INF/manifest.xml")
        except (KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError,
                OSError):
            return False  # no manifest, or a package too broken to tell: its reader gives the reason
    return False


def word_encrypted(data: bytes) -> bool:
    """True when ``data``, an OLE2 file holding a Word 97-2003 document, has its FIB's ``fEncrypted`` bit set (see
    the module docstring); False for anything else, or when no FIB is found.  A heuristic over the file's bytes (no
    compound-file parsing): use it to explain a failure, not to refuse a file another reader could open."""
    if not data.startswith(OLE2) or WORD_STREAM not in data:
        return False
    at = data.find(FIB_IDENT, STREAM_ALIGN)
    while at != -1:
        if at % STREAM_ALIGN == 0 and len(data) >= at + FIB_FLAGS + 2:
            version, = struct.unpack_from("<H", data, at + 2)
            if version in FIB_VERSIONS:
                flags, = struct.unpack_from("<H", data, at + FIB_FLAGS)
                return bool(flags & FIB_ENCRYPTED)
        at = data.find(FIB_IDENT, at + 1)
    return False


def password_protected(data: bytes) -> bool:
    """True when ``data`` is an office file saved with a password by any mark above (:func:`encrypted_package`,
    :func:`word_encrypted`)."""
    return encrypted_package(data) or word_encrypted(data)
