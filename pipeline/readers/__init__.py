"""Readers: one module per format, each turning a file's bytes into a Document.

A reader is a function ``read(data: bytes, name: str) -> Document`` registered
here under the file suffixes it handles.  It fills ``blocks`` and whatever
metadata it can (``encoding``, ``title``, ``pages``, ``status``/``error`` for
partial documents, ``warnings``); :func:`read_file` sets ``path`` and
``sha256``.  A reader raises :class:`~pipeline.model.ReaderError` with a clear
reason when the file cannot be read at all.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from ..failure_causes import UNSUPPORTED, empty_file
from ..model import Document, ReaderError
from . import signatures

Reader = Callable[[bytes, str], Document]

#: suffix (lower-case, with dot) -> "module:function"; imported lazily so that a
#: missing optional dependency only affects its own format.
READERS: dict[str, str] = {
    ".txt": "pipeline.readers.txt:read",
    ".text": "pipeline.readers.txt:read",
    ".html": "pipeline.readers.html:read",
    ".htm": "pipeline.readers.html:read",
    ".docx": "pipeline.readers.docx:read",
    ".pdf": "pipeline.readers.pdf:read",
    ".doc": "pipeline.readers.office:read",
    ".rtf": "pipeline.readers.office:read",
    ".odt": "pipeline.readers.office:read",
    ".xlsx": "pipeline.readers.sheet:read",
    ".xlsm": "pipeline.readers.sheet:read",
    ".xls": "pipeline.readers.sheet:read",
    ".ods": "pipeline.readers.sheet:read",
    ".csv": "pipeline.readers.table_text:read",
    ".png": "pipeline.readers.image:read",
    ".jpg": "pipeline.readers.image:read",
    ".jpeg": "pipeline.readers.image:read",
    ".tif": "pipeline.readers.image:read",
    ".tiff": "pipeline.readers.image:read",
    ".news-json": "pipeline.readers.news:read",  # one article of a JSON Lines container
}

#: what to do with a file of a type no reader takes, said after its reason (newcomer, session 33: "unsupported file
#: type '.xyz'" said neither what sovang reads nor what to do)
UNSUPPORTED_WAY_ON = (": save it as .docx, .pdf, .txt or .xlsx to have it read (the README lists every type sovang "
                      "reads)")
#: the suffixes of archives of files (ZIP, RAR, 7-Zip, tar and its compressed forms, a lone compressed file), whose
#: files sovang does not open: "save it as .docx" would make no sense for one (a newcomer, session 34, was told to
#: save a zip of news stories as .docx); a JSON Lines file compressed with gzip (".jsonl.gz") is a container
#: (:mod:`pipeline.containers`), read before it comes here
ARCHIVES = frozenset({".zip", ".rar", ".7z", ".tar", ".tgz", ".gz", ".bz2", ".xz", ".tbz2", ".txz"})
#: what to do with an archive, said after its reason
ARCHIVE_WAY_ON = ": an archive of files, which sovang does not open: unpack it and ingest the folder of its files"


def way_on(suffix: str) -> str:
    """What to do with a file of ``suffix`` (lower-case, with its dot) that no reader takes, said after the reason
    "unsupported file type …": unpack an archive (:data:`ARCHIVES`), save anything else in a format sovang reads."""
    return ARCHIVE_WAY_ON if suffix in ARCHIVES else UNSUPPORTED_WAY_ON


#: the opening of the warning of a file read by its content, another format than its name says ("read as .docx: the
#: content is not the .pdf its name says"), which the ingest summary lists
READ_AS = "read as "


def read_as_warning(real: str, named: str) -> str:
    """The warning of a file read by its content as ``real`` (a suffix, ".docx"), another format than its name's
    suffix ``named`` ("" for a name without one) says: "read as .docx: the content is not the .pdf its name says"."""
    return f"{READ_AS}{real}: the content is not the {named or 'file without a suffix'} its name says"


def read_as_suffix(warning: str) -> str | None:
    """The suffix a document was read as, told by its ``warning`` (:func:`read_as_warning`: ".docx"); None for any
    other warning.  The ingest summary lists the files so read whose name says another (``Summary.misnamed``)."""
    return warning[len(READ_AS):].split(":")[0] if warning.startswith(READ_AS) else None

#: the first bytes of the formats the readers take, for a file whose content is not what its name says (a Word file
#: named .pdf, a text named .docx): (signature at offset 0, suffix). Sources: :mod:`.signatures`, PNG §5.2, JPEG/JFIF,
#: TIFF 6.0 §2
SIGNATURES = ((signatures.PDF, ".pdf"), (signatures.RTF, ".rtf"), (b"\x89PNG\r\n\x1a\n", ".png"),
              (b"\xff\xd8\xff", ".jpg"), (b"II*\x00", ".tif"), (b"MM\x00*", ".tif"), (signatures.OLE2, "ole"),
              (signatures.ZIP, "zip"))
#: the part every Office Open XML package holds beside its others (ECMA-376 Part 2, §10.1.2.2): a plain ZIP archive
#: with a folder "word/" is no Word file (session 33's review: "luu_tru.zip" was read as one, and failed as one)
OOXML = b"[Content_Types].xml"
#: what tells the formats sharing a container apart: part names (ZIP: Office Open XML, OpenDocument's ``mimetype``)
#: or a stream name (OLE2, in UTF-16), all found in the file's bytes
CONTAINED = {"zip": (((OOXML, b"word/"), ".docx"), ((OOXML, b"xl/"), ".xlsx"), ((b"opendocument.text",), ".odt"),
                     ((b"opendocument.spreadsheet",), ".ods")),
             "ole": (((signatures.WORD_STREAM,), ".doc"),
                     *(((stream,), ".xls") for stream in signatures.WORKBOOK_STREAMS))}


def sniffed_suffix(data: bytes) -> str | None:
    """The suffix of the binary format ``data`` is written in, read from its first bytes (:data:`SIGNATURES`,
    :data:`CONTAINED`); None for anything else (text of any kind, junk, a container of an unknown kind: a text
    misnamed .doc or .docx keeps failing with its reason, as a typed text is no document of that kind)."""
    for signature, suffix in SIGNATURES:
        if data.startswith(signature):
            if suffix in CONTAINED:
                return next((s for parts, s in CONTAINED[suffix] if all(part in data for part in parts)), None)
            return suffix
    return None


def sniffed_file(path: str | Path) -> str | None:
    """:func:`sniffed_suffix` of the file at ``path``, reading its first bytes, and the whole file only when they open
    a ZIP or OLE2 container (whose parts tell its format); None as well when the file cannot be read."""
    try:
        with open(path, "rb") as file:
            data = file.read(16)
            if data.startswith((signatures.ZIP, signatures.OLE2)):
                data += file.read()
    except OSError:
        return None
    return sniffed_suffix(data)


def supported(path: str | Path) -> bool:
    """True when a reader is registered for the file's suffix."""
    return Path(path).suffix.lower() in READERS


def supported_files(root: str | Path) -> list[Path]:
    """The files under folder ``root`` (at any depth) that a reader is registered for, sorted by path: the order in
    which ``scripts/dev_extract.py`` and ``benchmarks/calls.py`` read a corpus (an ingest walks folders with
    :func:`pipeline.discover.discover` instead, which also reports what it cannot read)."""
    return sorted(p for p in Path(root).rglob("*") if p.is_file() and supported(p))


def get_reader(suffix: str) -> Reader:
    """The reader function for a suffix such as ``".pdf"``; KeyError if none."""
    import importlib

    module, func = READERS[suffix.lower()].split(":")
    return getattr(importlib.import_module(module), func)


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of ``data``: the document key of the knowledge base."""
    return hashlib.sha256(data).hexdigest()


def read_bytes(data: bytes, name: str, sha256: str | None = None, suffix: str | None = None) -> Document:
    """Read ``data`` as the file ``name`` (its suffix, or ``suffix``, picks the reader).

    Never raises for bad content: a file that cannot be read comes back as a
    Document with ``status="failed"`` and ``error`` giving the reason; so does a file read without error that
    holds no block of text (white space only, an HTML page of scripts, a .docx with no paragraph).
    """
    sha = sha256 or sha256_bytes(data)
    suffix = (suffix or Path(name).suffix).lower()
    fmt = suffix.lstrip(".") or "unknown"
    unread_name = f"{UNSUPPORTED}{suffix or '(no suffix)'!r}"
    if suffix not in READERS:  # read all the same when its first bytes tell a format sovang reads, below
        doc = Document(path=name, sha256=sha, format=fmt, status="failed", error=unread_name + way_on(suffix))
    elif not data:
        return Document(path=name, sha256=sha, format=fmt, status="failed", error=empty_file(0))
    else:
        doc = _read_as(data, name, sha, suffix)
    if doc.status == "failed" and (real := sniffed_suffix(data)) not in (None, suffix) and real in READERS:
        # the content is another format than the name says (a Word file named .pdf, or a copy with a name sovang does
        # not read, "qd.docx.bak", "qd" with no suffix; one content under two names is read once, by its first path,
        # so a misnamed copy sorting first lost the real file: newcomers, sessions 25 and 33)
        other = _read_as(data, name, sha, real)
        if other.status != "failed":
            other.warnings.append(read_as_warning(real, suffix))
            doc = other
        elif suffix not in READERS:  # its content's failure, not its name's (a corrupt Word file, LibreOffice missing)
            doc.error = f"{other.error} (read as {real} by its first bytes: {unread_name})"
    doc.path = name
    doc.sha256 = sha
    if doc.status == "ok" and not doc.blocks:  # read without error, yet nothing to extract: say so, do not hide it
        doc.status, doc.error = "failed", f"no text in the file ({len(data)} bytes: only white space or markup)"
    return doc


def _read_as(data: bytes, name: str, sha: str, suffix: str) -> Document:
    """``data`` read by the reader of ``suffix``; a failed Document with the reason when it cannot be read."""
    fmt = suffix.lstrip(".")
    try:
        return get_reader(suffix)(data, name)
    except ReaderError as exc:
        return Document(path=name, sha256=sha, format=fmt, status="failed", error=str(exc))
    except Exception as exc:  # a reader bug or a library failing on hostile input
        return Document(path=name, sha256=sha, format=fmt, status="failed", error=f"{type(exc).__name__}: {exc}"[:500])


def read_file(path: str | Path) -> Document:
    """Read a file from disk; see :func:`read_bytes`. I/O errors become failed documents."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Document(path=str(path), sha256=sha256_bytes(str(path).encode()), format=path.suffix.lstrip("."),
                        status="failed", error=f"cannot read file: {exc.strerror or exc}")
    return read_bytes(data, str(path))
