"""Old and other office formats (.doc, .rtf, .odt) through LibreOffice headless.

The file is converted to .docx by ``soffice --headless --convert-to docx``
(a private user profile per worker process, so parallel workers do not
collide, and a time limit per file, :data:`TIMEOUT`), and the result is read by the .docx
reader, which converts runs in legacy Vietnamese fonts (``.VnTime``/``.VnTimeH``
TCVN3, ``VNI-*``) to Unicode run by run (:func:`pipeline.legacy.convert_docx`).  ``format`` stays the original suffix (``doc``, ``rtf``,
``odt``); ``encoding`` is the legacy encoding found ("tcvn3", "vni",
"tcvn3+unicode" when legacy and Unicode runs mix), or None.

A .doc that is a web page (Word's "Save as Web Page" or a document system's export under a .doc name: HTML, or
a single-file web page, MHT, "MIME-Version: …") is read by the HTML reader (:func:`_web_page`): LibreOffice has
no filter to turn it into .docx.

Errors (:class:`~pipeline.model.ReaderError`): a .doc or .xls cut short (:mod:`.compound`), an OLE2 file holding
no Word or Excel document (:data:`NO_OLE2_DOCUMENT`), an encrypted package (:mod:`.encrypted`), told before
LibreOffice, which would fail for a reason that may pass or import the bytes as a text; a Word or Excel 97-2003 file
with a password (:func:`.encrypted.ole2_encrypted`), told when LibreOffice has failed on it; LibreOffice missing (naming the Debian package to install),
conversion timed out or failed.
"""
from __future__ import annotations

import atexit
import codecs
import email
import email.policy
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..model import Document, ReaderError
from .compound import cut_short
from .encrypted import PASSWORD_PROTECTED, encrypted_package, ole2_encrypted
from .signatures import OLE2, OLE2_DOCUMENT_STREAMS, RTF, ZIP, foreign

#: Seconds one LibreOffice conversion may take.
TIMEOUT = int(os.environ.get("SOVANG_LIBREOFFICE_TIMEOUT", "120"))

#: the reason for a file opening with the OLE2 signature whose container names none of
#: :data:`~pipeline.readers.signatures.OLE2_DOCUMENT_STREAMS` (junk, a file cut within its 512-byte header, another
#: program's compound file: session 34; a file cut after its header is told first by :func:`.compound.cut_short`);
#: "not a " makes it a failure of the file's own bytes (:mod:`pipeline.failure_causes`)
NO_OLE2_DOCUMENT = ("not a Word or Excel file: its OLE2 container (first bytes D0 CF 11 E0) holds no Word or Excel "
                    "document (corrupt, or another program's file)")

_PACKAGES = {"docx": "libreoffice-writer-nogui", "xlsx": "libreoffice-calc-nogui"}


def soffice_path() -> str | None:
    """The LibreOffice binary, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                      "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if os.path.exists(candidate):
            return candidate
    return None


def convert(data: bytes, suffix: str, target: str = "docx", timeout: int | None = None) -> bytes:
    """Convert a file's bytes with LibreOffice headless to ``target`` ("docx", "xlsx"…); returns its bytes.

    Raises :class:`~pipeline.model.ReaderError` for a compound file cut short (:func:`.compound.cut_short`) or an
    OLE2 file holding no document (:data:`NO_OLE2_DOCUMENT`), both before LibreOffice is looked for, LibreOffice
    missing, a conversion timed out or failed."""
    if (short := cut_short(data, suffix)) is not None:  # a copy broken off: LibreOffice's failure would be tried again
        raise ReaderError(short)  # (first: the directory that names the streams is at the end, cut off with it)
    if data.startswith(OLE2) and not any(stream in data for stream in OLE2_DOCUMENT_STREAMS):
        raise ReaderError(NO_OLE2_DOCUMENT)  # LibreOffice would import the bytes as a text, stored "ok" as mojibake
    if encrypted_package(data):  # LibreOffice would fail without the password, at every ingest
        raise ReaderError(PASSWORD_PROTECTED)
    binary = soffice_path()
    if binary is None:
        package = _PACKAGES.get(target, "libreoffice-writer-nogui")
        raise ReaderError(f"LibreOffice is needed to read {suffix} files: install the Debian package {package}")
    timeout = timeout or TIMEOUT
    with tempfile.TemporaryDirectory(prefix="sovang-lo-") as tmp:
        src = Path(tmp) / f"input{suffix.lower()}"
        src.write_bytes(data)
        outdir = Path(tmp) / "out"
        profile = _profile()
        cmd = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--nodefault", "--convert-to", target, "--outdir", str(outdir), str(src)]
        env = dict(os.environ, HOME=tmp)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                env=env, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            _reset_profile()
            raise ReaderError(f"LibreOffice conversion timed out after {timeout} s") from None
        except BaseException:
            _kill(proc)
            _reset_profile()
            raise
        out = outdir / f"input.{target}"
        if not out.exists():
            _reset_profile()
            if ole2_encrypted(data):  # its failure explained: the Word or Excel file has a password
                raise ReaderError(PASSWORD_PROTECTED)
            detail = (err or b"").decode("utf-8", "replace").strip().splitlines()
            detail = [d for d in detail if "javaldx" not in d]
            reason = f": {detail[-1][:200]}" if detail else ""
            raise ReaderError(f"LibreOffice could not convert the file (corrupt, encrypted or not a "
                              f"{suffix} file){reason}")
        return out.read_bytes()


_PROFILE_PREFIX = "sovang-lo-profile-"


def _profile() -> Path:
    """This process's private LibreOffice profile (kept between calls: it saves a second a file).

    Each worker process has its own, so parallel conversions never share one;
    profiles left behind by processes that no longer run are removed.
    """
    base = Path(tempfile.gettempdir())
    mine = base / f"{_PROFILE_PREFIX}{os.getpid()}"
    if not mine.exists():
        for stale in base.glob(f"{_PROFILE_PREFIX}*"):
            try:
                pid = int(stale.name[len(_PROFILE_PREFIX):])
                os.kill(pid, 0)
            except ValueError:
                continue
            except ProcessLookupError:
                shutil.rmtree(stale, ignore_errors=True)
            except PermissionError:
                pass
        atexit.register(shutil.rmtree, mine, True)
        # worker processes of a pool leave through os._exit: multiprocessing's finalizers still run
        from multiprocessing import util

        util.Finalize(None, shutil.rmtree, args=(mine, True), exitpriority=0)
    return mine


def _reset_profile() -> None:
    """Drop this process's profile after a failed or killed conversion (it may be half-written)."""
    shutil.rmtree(Path(tempfile.gettempdir()) / f"{_PROFILE_PREFIX}{os.getpid()}", ignore_errors=True)


def _kill(proc: subprocess.Popen) -> None:
    """Kill the conversion's whole process group (soffice starts soffice.bin)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.communicate(timeout=10)
    except Exception:
        pass


def read_via_docx(data: bytes, name: str, fmt: str) -> Document:
    """Convert to .docx and read it with the .docx reader (which turns legacy-font runs into Unicode)."""
    from . import docx as docx_reader

    doc = docx_reader.read(convert(data, "." + fmt, "docx"), name)
    doc.format = fmt
    doc.meta["converted_by"] = "libreoffice"
    return doc


def _sniff(data: bytes) -> str | None:
    """The real format of a word-processing file whose suffix may lie."""
    if data.startswith(OLE2):
        return "doc"
    if data.lstrip()[:5] == RTF:
        return "rtf"
    if data.startswith(ZIP):
        return "zip"
    return None


#: an HTML page's opening tags, looked for in its first 64 KB
_HTML_TAG = re.compile(rb"<(html|body)\b", re.I)


def _web_page(data: bytes) -> bytes | None:
    """The HTML of a file that is a web page under a word processor's name: the file itself when it opens with a
    tag and holds ``<html>`` or ``<body>``; the HTML part of a single-file web page (MHT: "MIME-Version:" first),
    encoded as UTF-8 with its byte-order mark (which the HTML reader trusts over a ``<meta charset>``); else None."""
    head = data[:4096].lstrip(codecs.BOM_UTF8 + b" \t\r\n")
    if head.startswith(b"<") and _HTML_TAG.search(data[:65536]):
        return data
    if _mime_head(head):
        message = email.message_from_bytes(data, policy=email.policy.default)
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        if part is not None:
            try:
                return codecs.BOM_UTF8 + part.get_content().encode("utf-8")
            except LookupError:  # a charset Python does not know: the bytes as they are, the HTML reader guesses
                return part.get_payload(decode=True)
    return None


def _mime_head(head: bytes) -> bool:
    """Whether ``head`` opens a MIME message (a single-file web page): "MIME-Version:" first, or among the header
    lines before the first blank one (Internet Explorer saves "From: <Saved by …>", "Subject:", … first)."""
    lines = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0].lower().splitlines()
    return bool(lines) and lines[0].startswith((b"mime-version:", b"from:")) and \
        any(line.startswith(b"mime-version:") for line in lines)


def read(data: bytes, name: str) -> Document:
    """Read a .doc, .rtf or .odt file (see the module docstring)."""
    fmt = Path(name).suffix.lower().lstrip(".") or "doc"
    real = _sniff(data)
    page = _web_page(data) if fmt == "doc" and real is None else None
    if page is not None:
        from . import html

        doc = html.read(page, name)
        doc.format = fmt
        doc.meta["read_as"] = "html"
        return doc
    if fmt in ("doc", "rtf") and real is None and not data[:2000].lstrip().startswith(b"<"):
        raise ReaderError(f"not a {fmt} file (neither a Word binary nor RTF)")
    if fmt == "odt" and foreign(data):  # a text or junk: read by its content, not imported by LibreOffice
        from .txt import read_misnamed

        return read_misnamed(data, name, ".odt")
    return read_via_docx(data, name, fmt)
