"""Why a file failed: its own bytes (the same bytes fail the same way at every read) or an outside cause.

A failure caused by the file's own bytes (an empty file, a corrupt or truncated one, a text in no encoding sovang
reads, a file of another kind than its name says) is recorded once, and so is a file of a type no reader takes (its
name's suffix: the same file at the same path is refused the same way; renamed, it is a new path and read): the
next ingest skips the file while it is unchanged at its path (same content) and counts it apart, and ``sovang ingest
--retry-failed`` reads it again.  Any other failure may pass (LibreOffice or Tesseract missing, a conversion timed
out, a worker process died, a file that could not be opened, a reader's own error) and is tried again at every
ingest (newcomer, session 31: an empty file was read again, and listed as failing again, at every ingest; session
33: so was a file of an unsupported type).
"""
from __future__ import annotations

#: the opening of the reason ``read_bytes`` gives a file whose name's suffix no reader takes: a failure of the name,
#: so it repeats only at a path of such a name (:func:`fails_again`)
UNSUPPORTED = "unsupported file type "
#: the opening of the reason of an empty file (:func:`empty_file`): a failure of its own bytes
EMPTY = "empty file ("
#: the failures of a file's own bytes in words, as the ingest summary, its help and 'sovang failures' give them
OWN_BYTES_IN_WORDS = "empty, corrupt, undecodable, of a type sovang does not read"

#: the beginnings of the reasons :mod:`pipeline.readers` gives for a failure of the bytes themselves (each written
#: there: ``read_bytes``, ``txt``, ``html``, ``docx``, ``pdf``, ``sheet``, ``image``, ``office`` (not a Word binary
#: nor RTF; a compound file cut short, ``compound``), ``news``).  Not here, so tried again: "LibreOffice is needed
#: …", "LibreOffice conversion timed out …", "LibreOffice could not convert …" (LibreOffice may fail for its own
#: reasons), "cannot read file: …" (permissions, a disk), "worker failed: …", "the worker process died …",
#: "normalisation failed: …", a reader's exception ("ValueError: …").  "unsupported file type …" (``read_bytes``) is
#: here: not the bytes but the name's suffix, which an unchanged file keeps at its path, so it fails again the same
#: way (``--retry-failed`` after an upgrade of sovang that reads more types).
OWN_BYTES = (
    EMPTY,
    "no text in the file (",
    "no text in the HTML file",
    "no text found in the HTML body",
    "binary content (",
    "cannot tell the encoding",
    "invalid ",
    "not a ",
    "refusing to open: ",
    "an encrypted (password-protected) workbook",
    "password-protected PDF",
    "password-protected document",
    "encrypted PDF",
    "JSON line without a 'text' string",
    "image too large",
    UNSUPPORTED,
)


def own_bytes(error: str | None) -> bool:
    """True when a failed document's ``error`` (as stored in ``documents.error``) says the file itself failed, its
    bytes or its type (:data:`OWN_BYTES`), so reading it again at the same path fails again; False for any other
    reason or None."""
    return bool(error) and error.startswith(OWN_BYTES)


def fails_again(error: str | None, path: str) -> bool:
    """True when a content stored failed with ``error`` fails again read at the file ``path`` (absolute, or relative
    to the working folder): :func:`own_bytes`, except a failure of a name's suffix (:data:`UNSUPPORTED`) where the
    same bytes are read: at a path whose suffix a reader takes (a text stored failed under a copy's name without a
    suffix, "ghi_chu", is read at "ghi_chu.txt"; skipping it there lost a good file to its copy's name: session 33's
    review), or a file whose first bytes tell a format a reader takes (``readers.sniffed_file``; stored so by a
    sovang before session 33, which did not read such a file by its content; one since stored its content reader's
    reason instead: a Word file "qd" stored failed before the upgrade stayed skipped after it, session 33's review).
    One test for the ingest, which skips the file when True, and ``sovang failures``, whose last line says what the
    next ingest does (session 34: it said "skips" for a file the ingest read).  A file that cannot be read (gone, or
    not on this machine) tells no format."""
    from .readers import READERS, sniffed_file, supported

    if not own_bytes(error):
        return False
    return not (error.startswith(UNSUPPORTED) and (supported(path) or sniffed_file(path) in READERS))


def empty_file(size: int, blank: bool = False) -> str:
    """The reason of an empty file of ``size`` bytes, ``blank`` when they are white space alone: "empty file (0
    bytes)", "empty file (3 bytes, white space only)" (:data:`EMPTY`; written by ``readers.read_bytes`` and
    ``ingest.empty_reason``)."""
    from .wording import counted

    return f"{EMPTY}{counted(size, 'byte')}{', white space only' if blank else ''})"
