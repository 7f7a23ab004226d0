"""The ingest job: discover → read → normalise → extract (worker processes) → write (this process).

The parent process walks the paths, hashes each file's bytes and skips
content the knowledge base already holds; worker processes read, normalise and
extract; the parent, the only writer, stores each document in one transaction.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .containers import RECORD_SUFFIX, is_container, records
from .discover import Found, Problem, database_files, discover, from_working_folder, resolved_text
from .unmarked import WARNING as UNMARKED
from .executors import EXECUTORS
from .failure_causes import OWN_BYTES_IN_WORDS, empty_file, fails_again

#: stored statuses whose content is read again by the next ingest, as new files are: a failure or a partial read
#: may come from a passing cause (a missing OCR engine, a crash, a file being written), and an archive must not keep
#: a document without its facts because it once went wrong; except a failure of the file's own bytes at a path that
#: still holds them (:mod:`pipeline.failure_causes`), read again only with ``retry_failed``
RETRIED = ("failed", "partial")
#: how many of the files skipped as failed before for their own bytes the summary names (the rest are counted, and
#: 'sovang failures' lists them all): a few show which files they are without burying the summary of an archive
SKIPPED_NAMED = 5
from .model import Document
from .moved_folders import moved_rows
from .readers import READERS, read_as_suffix, read_as_warning, supported
from .wording import counted


@dataclass
class Summary:
    """What an ingest run did. ``failed`` and ``partial`` hold (path, reason) pairs.

    Counts are per path.  ``stored`` counts paths of contents newly stored; ``retried`` counts paths that
    held, on an earlier ingest, a content that failed or was read in part and was read again
    (``recovered`` of them now read whole, the rest listed in ``failed`` or ``partial``).  ``earlier`` maps the
    path (as listed) of each content tried again to its status before ("failed", "partial"), so that the lists
    tell a file that failed again from one that is new; a path is marked when it held that content before.
    ``superseded``: (path, status) of each path whose failed or partial content was replaced by a new version (the
    file was fixed), so the summary says the path is now stored; ``superseded_apart``: those of them whose new
    content is counted apart (already known, a copy), not among the newly stored.  ``reextracted`` counts paths
    whose content was
    already stored and was read and extracted again by ``force`` (its facts replaced), apart from ``stored``;
    ``kept``: (path, reason) of each such content whose re-extraction read less than what is stored (failed, or
    partial where it was whole), so the stored facts were kept (:meth:`outputs.kb.Writer.add`).  ``copies`` maps
    each further path of a content this run stored at another path (a file copied into two folders) to that path:
    the content is one document, stored once and counted once in ``stored``, whatever its status; a copy of a
    failed or partial content is listed with it, marked as a copy, so ``stored`` is the number of documents the
    run added to the knowledge base; a new path of a content stored before as failed or partial is read again and
    counted as a copy of the path that holds it (listed new, marked "[copy of …]": no document was added), and
    named in ``copies_before`` too.  ``moved``: (old, new) of each path whose file is no longer there and whose
    content is at another (a file renamed or moved: the old path is taken out, :meth:`outputs.kb.Writer.drop_moved`);
    ``gone``: the paths whose file is no longer there and whose content is at no other file (kept).  ``unmarked``:
    the paths of documents newly stored whose text lost its diacritics (:mod:`pipeline.unmarked`).  ``misnamed``:
    each path read by its content, another format than its name says, with the reader's warning ("q.docx: read as
    .pdf: …"; a newcomer, session 34, learnt of it from nothing but ``documents.warnings``).  ``changed``: the
    paths whose file was read before with another content, read whole (not a failed one fixed: ``superseded``), now
    stored as a new version (newcomer, session 28: the summary said "documents stored: 1" and no more).
    ``unread``: after an interrupt, the files under the paths given that the run did not finish (``dropped`` of
    them were queued or being read, and dropped), counted by walking the paths again (:func:`unread_files`;
    ``unread_counted`` False when that walk was cut short, so the count is a floor): the summary said only
    "interrupted", not how much was left (newcomer, session 30).  ``known_failed``: (path, reason) of each path
    skipped because it holds, unchanged, a content that failed before for its own bytes
    (:func:`pipeline.failure_causes.own_bytes`: empty, corrupt, undecodable, of a type no reader takes), not read
    again unless ``retry_failed`` (newcomer, sessions 31 and 33); the summary names the first
    :data:`SKIPPED_NAMED` of them (newcomer, session 33: it gave their number alone).  ``layer_caught_up``: this run
    stored nothing new but built the canonical layer, which an earlier run had left stale (stopped before building
    it, or a sovang of another layer version): :data:`LAYER_CAUGHT_UP` is printed (newcomer, session 43: the run
    that finished a stopped load said "stored 0 … already known" and never that the layer was now built); not when
    the layer was built when the run began and the run itself marked it stale (a file tried again, failed again or
    read whole now, is stored anew; a file moved): it said an earlier run had stopped (newcomer, session 45)."""

    stored: int = 0
    known: int = 0
    retried: int = 0
    recovered: int = 0
    partial: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False
    stored_partial: int = 0
    stored_failed: int = 0
    earlier: dict[str, str] = field(default_factory=dict)
    superseded: list[tuple[str, str]] = field(default_factory=list)
    superseded_apart: list[str] = field(default_factory=list)
    reextracted: int = 0
    kept: list[tuple[str, str]] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)
    copies_before: set[str] = field(default_factory=set)
    moved: list[tuple[str, str]] = field(default_factory=list)
    unmarked: list[str] = field(default_factory=list)
    misnamed: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unread: int = 0
    unread_counted: bool = True
    dropped: int = 0
    known_failed: list[tuple[str, str]] = field(default_factory=list)
    layer_caught_up: bool = False

    @property
    def seen(self) -> int:
        """The paths this run looked at: each counted once, as stored, known, tried again, re-extracted, kept or a
        copy."""
        return (self.stored + self.known + self.retried + self.reextracted + len(self.kept) + len(self.copies)
                + len(self.known_failed))

    @property
    def failing(self) -> bool:
        """True when a file of this run failed: read and failed, a path that could not be listed, or one skipped as
        failed before for its own bytes (still failing, though not read again): what ``ingest --strict`` exits 1
        on."""
        return bool(self.failed or self.problems or self.known_failed)

    def lines(self) -> list[str]:
        """The human summary printed at the end of ``sovang ingest``."""
        ok = self.stored - self.stored_partial - self.stored_failed
        kept = ": kept with the reason, listed below" if self.stored_failed else ""
        n = len(self.superseded) - len(self.superseded_apart)  # newly stored files, not those counted apart (known)
        kept += (f"; {n} of them {'replaces' if n == 1 else 'replace'} a failed or partial version at the same "
                 "path") if n else ""
        now = len(self.copies) - len(self.copies_before)
        apart = [f"{n} {what}" for n, what in ((now, f"{_copies(now)} of a document stored in this run"),
                                               (len(self.copies_before),
                                                f"{_copies(len(self.copies_before))} of a document stored before"),
                                               (self.reextracted, "re-extracted"),
                                               (len(self.kept), "kept from an earlier read"),
                                               (self.retried, "tried again"), (self.known, "already known"),
                                               (len(self.known_failed), "failed before, unchanged")) if n]
        out = [f"documents stored: {self.stored} (ok {ok}, partial {self.stored_partial}, "
               f"failed {self.stored_failed}{kept})" + (f"; counted apart below: {', '.join(apart)}" if apart else "")]
        if self.reextracted:
            out.append(f"re-extracted (--force), content already stored: {self.reextracted} (facts replaced)")
        if self.kept:
            out.append(f"re-extraction (--force) read less than before, earlier facts kept: {len(self.kept)}")
            out += [f"  kept     {path}: {reason}" for path, reason in sorted(self.kept)]
        if self.retried:
            out.append(f"tried again after an earlier failure or partial read: {self.retried} "
                       f"(read whole now {self.recovered}, failed or partial again {self.retried - self.recovered})")
        if now:
            out.append(f"copies, another path of a document stored in this run (same content, stored once): {now}")
        if self.copies_before:
            out.append(f"copies, a new path of a document stored before as failed or partial (read again, no new "
                       f"document): {len(self.copies_before)}")
        out.append(f"skipped, already known: {self.known}")
        if self.known_failed:
            out.append(f"skipped, failed before for the file's own bytes and unchanged since ({OWN_BYTES_IN_WORDS}): "
                       f"{len(self.known_failed)} ('sovang failures' lists them; 'sovang ingest --retry-failed' reads "
                       f"them again)")
            out += self._skipped_named()
        out += [self._count("partial", self.partial), self._count("failed", self.failed + self.problems)]
        for path, reason in sorted(self.partial):  # sorted: worker processes finish in any order
            out.append(f"  partial  {path}: {reason}{self._again(path)}")
        for path, reason in sorted(self.failed + self.problems):
            out.append(f"  failed   {path}: {reason}{self._again(path)}")
        if self.superseded:
            out.append(f"replaced a failed or partial version at the same path: {len(self.superseded)} "
                       "(the old version is kept, listed as superseded in documents_view)")
        for path, before in sorted(self.superseded):
            out.append(f"  stored   {path}: a new version replaces the {before} one")
        # the notices after the lists: (heading, mark, the files counted, the rows naming them: a folder moved whole
        # is one row, pipeline.moved_folders)
        for heading, mark, files, rows in (
                ("without Vietnamese diacritics (tone marks), stored and searchable, little or nothing extracted",
                 "unmarked", self.unmarked, self.unmarked),
                ("read by their content, another format than their name says (rename them to the format read)",
                 "misnamed", self.misnamed, self.misnamed),
                ("changed since it was stored: the new version stored, the old one kept as an older version "
                 "(still searchable; its facts leave exports, awards and who)", "changed", self.changed, self.changed),
                ("moved or renamed, the old path taken out (its content is at the new one)", "moved",
                 self.moved, moved_rows(self.moved)),
                ("no longer in the folder, documents and facts kept ('sovang forget PATH' drops one)", "gone",
                 self.gone, self.gone)):
            if files:
                out.append(f"{heading}: {len(files)}")
                out += [f"  {mark:<8} {row}" for row in sorted(rows)]
        if self.layer_caught_up:
            out.append(LAYER_CAUGHT_UP)
        out.append(f"time: {self.seconds:.1f} s")
        if self.interrupted:
            out.append(f"interrupted: what was stored is complete; {self._left()}")
        return out

    def _skipped_named(self) -> list[str]:
        """The first :data:`SKIPPED_NAMED` known failures skipped, by path, one line each with the reason
        ("  skipped  rong.txt: empty file (0 bytes)"), then how many more 'sovang failures' lists ([] for none)."""
        rows = sorted(self.known_failed)
        out = [f"  skipped  {path}: {reason}" for path, reason in rows[:SKIPPED_NAMED]]
        if len(rows) > SKIPPED_NAMED:
            out.append(f"  … and {len(rows) - SKIPPED_NAMED} more ('sovang failures' lists them all)")
        return out

    def _left(self) -> str:
        """What an interrupted run left, in words: "12 files not read yet (2 of them queued or being read when it
        stopped): run the same command again to read them"."""
        if not self.unread:
            return "no file was left unread: run the same command again to finish"
        count = counted(self.unread, "file")
        if not self.unread_counted:
            count = f"at least {count} (counting stopped)"
        dropped = f" ({self.dropped} of them queued or being read when it stopped)" if self.dropped else ""
        return f"{count} not read yet{dropped}: run the same command again to read them"

    def _count(self, what: str, listed: list[tuple[str, str]]) -> str:
        """"failed: 3", or with files tried again among them "failed: 3 (new 2, tried again 1)", with copies of one
        content among them "failed: 3 files (documents 1, copies 2)"."""
        again = sum(path in self.earlier for path, _ in listed)
        copies = sum(path in self.copies for path, _ in listed)
        out = f"{what}: {len(listed)}" + (f" files (documents {len(listed) - copies}, copies {copies})" if copies
                                          else "")
        return out + (f" (new {len(listed) - again}, tried again {again})" if again else "")

    def _again(self, path: str) -> str:
        """The mark of a listed file tried again after an earlier failure or partial read, or of a copy of a
        content listed at another path ("" for a new one)."""
        before = self.earlier.get(path)
        if path in self.copies:
            return f"  [copy of {self.copies[path]}]"
        return f"  [tried again: {before} before]" if before else ""


def _suffix(path: str) -> str:
    """The lower-case suffix of a file's name, ``path`` relative to its root ("" for none; an article of a news
    file: its file's)."""
    return Path(path.split("#")[0]).suffix.lower()


def read_as(path: str, status: str, warnings: Iterable[str]) -> str | None:
    """The suffix whose reader read a document of ``status`` and ``warnings`` stored at ``path``: the one its "read
    as" warning names (:func:`pipeline.readers.read_as_suffix`), else its name's; None for a document not read
    (failed)."""
    if status == "failed":
        return None
    return next(filter(None, map(read_as_suffix, warnings)), None) or _suffix(path)


def misnamed_as(named: str, real: str) -> bool:
    """True when a copy named with the suffix ``named`` ("" for none) holds a content read as ``real`` by another
    reader than its name picks (a .pdf copy of a Word file read at its .docx name; not a .jpeg beside a .jpg, one
    reader): the copy is misnamed, though not read itself (session 34's fixer: listed only when it sorted first)."""
    return named != real and READERS.get(named) != READERS.get(real)


def _copies(n: int) -> str:
    """"copy" or "copies" for ``n`` of them."""
    return "copy" if n == 1 else "copies"


def _hash(found: Found) -> tuple[str | None, int | None, str | None]:
    """sha256 and size of a file, or an error message."""
    h = hashlib.sha256()
    try:
        with open(found.abspath, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest(), os.path.getsize(found.abspath), None
    except OSError as exc:
        return None, None, f"cannot read file: {exc.strerror or exc}"


#: the most bytes a file of white space alone may hold to be called empty (:func:`empty_reason`): a few lines of
#: blanks, read whole at once; a larger file is read by its reader, which says "no text in the file" of it
BLANK_MAX = 4096
#: the bytes an empty file may hold: ASCII white space and a UTF-8 byte order mark (a text editor's "empty" file)
_BLANK = b" \t\r\n\x0b\x0c"
_BOM = b"\xef\xbb\xbf"


def empty_reason(abspath: str, size: int | None) -> str | None:
    """The failure of an empty file at ``abspath`` of ``size`` bytes: "empty file (0 bytes)", or for one of at most
    :data:`BLANK_MAX` bytes of white space alone (:data:`_BLANK`, perhaps behind a UTF-8 byte order mark) "empty
    file (3 bytes, white space only)", "empty file (1 byte, white space only)"; None for any other file or one that cannot be read.  An empty file holds no
    content of its own, so each is a failure of its path, never a copy of another empty file (newcomer, session 34:
    two empty files of different names were one document, the second "[copy of]" the first)."""
    if size == 0:
        return empty_file(0)
    if size is None or size > BLANK_MAX:
        return None
    try:
        with open(abspath, "rb") as fh:
            data = fh.read(BLANK_MAX + 1)
    except OSError:
        return None
    blank = not data.removeprefix(_BOM).strip(_BLANK)
    return empty_file(size, blank=True) if blank else None


def ingest(paths: Iterable[str | Path], db_path: str | Path, workers: int | None = None,
           on_progress: Callable[[str], None] | None = None, force: bool = False, executor: str = "local",
           scheduler: str | None = None, send_bytes: bool = False,
           keep_originals: str | Path | None = None, retry_failed: bool = False) -> Summary:
    """Ingest files and folders into the knowledge base at ``db_path``.

    ``workers``: worker processes for reading and extraction (default: the
    number of cores; 1 runs everything in this process).  ``on_progress`` is
    called with each file's path as it is finished.  ``force`` re-reads and
    re-extracts content already stored (replacing its facts).  ``executor``
    is ``local`` (a process pool) or ``dask`` (``scheduler`` address, or a
    LocalCluster of ``workers`` processes; ``send_bytes`` ships file bytes to
    workers without shared storage); see :mod:`pipeline.executors`.
    ``keep_originals``: a folder where each file's bytes are kept under their
    sha256 (``DIR/ab/abcd…``), so the archive keeps what the facts came from.  A path that holds, unchanged, a
    content that failed before for its own bytes (:func:`pipeline.failure_causes.own_bytes`) is not read again
    (counted in ``Summary.known_failed``) unless ``retry_failed`` or ``force``.  Returns a
    :class:`Summary`; never raises for bad input files.
    """
    from outputs.kb import Writer, open_db

    started = time.monotonic()
    paths = list(paths)
    summary = Summary()

    def label(found: Found) -> str:
        """A file as the summary names it: its path within its root, or with several roots its path from the working
        folder when it lies below it ("r1/sub/a.txt"), else its absolute path (never "../../tmp/…": newcomer's
        finding, session 24)."""
        return found.path if len(paths) == 1 else from_working_folder(found.abspath)

    walked = [resolved_text(p) for p in paths if Path(p).is_dir()]
    # the one folder ingested, with its separator, when a single folder is given (resolved once, not per path)
    one_folder = walked[0].rstrip(os.sep) + os.sep if len(paths) == 1 and walked else None

    def problem_label(path: str) -> str:
        """A path that could not be read, named as :func:`label` names a file: within the one folder ingested when
        it lies there (not absolute: a newcomer, session 26), else as given."""
        return path[len(one_folder):] if one_folder and path.startswith(one_folder) else path

    writer = Writer(open_db(db_path))
    # the layer left stale by an earlier run (stopped before building it) or another sovang: what LAYER_CAUGHT_UP
    # says; not one this run marks stale without storing a document (a file tried again and failed again: newcomer,
    # session 45, read "an earlier run stopped …" at every ingest of a folder holding a .rtf LibreOffice refused)
    stale_before = canonical_stale(writer.db)
    # a folder that could not be listed before and can now, inside a folder walked below, which reads its files
    writer.drop_listed_folders(walked)
    workers = workers or os.cpu_count() or 1
    pending_names: dict[str, list[Found]] = {}  # sha -> files waiting for that content
    forced: set[str] = set()  # with force: contents re-processed in this run (once each)
    first_paths: set[str] = set()
    reached: set[str] = set()  # the files whose turn came: read, known, copies, failed (see unread_files)
    container_of: dict[str, str] = {}  # a news article's path (``abspath`` of its Found) -> its news file's
    earlier: dict[str, str | None] = {}  # sha -> its stored status before this run wrote anything (see status_before)
    firsts: dict[str, tuple[str, str, str]] = {}  # sha newly stored by this run -> (its first path, status, reason)

    def status_before(sha: str) -> str | None:
        """A content's stored status before this run, read once at its first sight (in :func:`wanted` or
        :func:`fail`, always before this run writes it), so a second path of the same content, or the same
        content met again later in the run, reads the status of the earlier ingest, never the one this run
        just wrote (a content partial before and failed now is "partial before" at every path)."""
        if sha not in earlier:
            earlier[sha] = writer.known(sha)
        return earlier[sha]

    def record(found: Found, doc: Document, facts, size: int | None) -> None:
        """Store one path's document and count it: tried again when this very path held the content before and
        the content's status before this run was one of :data:`RETRIED` ("failed", "partial"), else newly stored
        (a new path of a content that failed elsewhere is new, whichever executor ran it and in whatever order, and
        is listed as a copy of the path that holds it: the knowledge base gains no document)."""
        before = status_before(doc.sha256)
        held = held_before(found)
        if doc.sha256 in firsts and doc.sha256 not in held:  # a second path of a content in flight, stored by
            return copy(found, doc.sha256, size)  # this run at its first path (one this path held is tried again)
        again = before in RETRIED and doc.sha256 in held
        if again:
            summary.earlier[label(found)] = before  # this very path had failed (or been read in part) before
        replaced_by(found, next((status for sha, status in held.items() if sha != doc.sha256), None))
        doc_status = writer.add(doc, facts, found.root, found.path, size,
                                replace=force and found.abspath in first_paths)
        if doc_status == "known":
            summary.known += 1
            return progress(found)
        if doc_status == "kept":
            summary.kept.append((label(found), f"read {doc.status} now, {before} before: "
                                               f"{doc.error or doc.status}"))
            return progress(found)
        if again:
            summary.retried += 1
            summary.recovered += doc.status == "ok"
        elif before in RETRIED:  # a new path of a content stored before, failed or in part: no new document
            summary.copies[label(found)] = stored_at(doc.sha256, found)
            summary.copies_before.add(label(found))
        elif force and before is not None and before not in RETRIED:
            summary.reextracted += 1  # content stored before, read again: not newly stored
        else:
            summary.stored += 1
            summary.stored_partial += doc.status == "partial"
            summary.stored_failed += doc.status == "failed"
            firsts[doc.sha256] = (label(found), doc.status, doc.error or doc.status,
                                  read_as(found.path, doc.status, doc.warnings))  # (one tried again at two paths is
            # counted per path, as tried again)
        listed(label(found), doc.status, doc.error or doc.status)
        if UNMARKED in doc.warnings:
            summary.unmarked.append(label(found))
        summary.misnamed += [f"{label(found)}: {w}" for w in doc.warnings if (real := read_as_suffix(w)) is not None
                             and _suffix(found.path) != real]
        progress(found)

    def replaced_by(found: Found, replaced: str | None, apart: bool = False) -> None:
        """Name ``found`` in the summary when its path held, before this run, another content (``replaced``: that
        content's stored status; None: the path held none, or only the content it holds now): with a status of
        :data:`RETRIED`, a failed file fixed (``superseded``: "replaced a failed or partial version"), else a file
        changed (``changed``).  ``apart``: the new content is counted apart, not newly stored (already known, or a
        copy of one this run stored at another path), so it is named in ``superseded_apart`` too.  The one place
        record, copy and wanted name a path's old content (session 37: a failed file overwritten with the bytes of
        another stored file was counted "already known" and not named as replaced, though 'sovang failures' listed
        it superseded)."""
        if replaced is None:
            return
        if replaced in RETRIED:
            summary.superseded.append((label(found), replaced))
            if apart:
                summary.superseded_apart.append(label(found))
        else:
            summary.changed.append(label(found))

    def listed(path: str, status: str, reason: str) -> None:
        """List a path whose content was read in part or failed."""
        if status == "partial":
            summary.partial.append((path, reason))
        elif status == "failed":
            summary.failed.append((path, reason))

    def copy(found: Found, sha: str, size: int | None) -> None:
        """Record a further path of a content this run stored at another path: the path only, counted as a copy
        and listed as its first path is (failed, partial)."""
        first, status, reason, real = firsts[sha]
        if (before := writer.add_path(found.root, found.path, sha, size)) is not None:
            replaced_by(found, status_before(before), apart=True)
        summary.copies[label(found)] = first
        listed(label(found), status, reason)
        misnamed_copy(found, real)
        progress(found)

    def misnamed_copy(found: Found, real: str | None) -> None:
        """List ``found`` as misnamed when its name picks another reader than the one its content was read by at
        another path (``real``, :func:`read_as`; None: not read): a copy, not read itself."""
        if real and misnamed_as(_suffix(found.path), real):
            summary.misnamed.append(f"{label(found)}: {read_as_warning(real, _suffix(found.path))}")

    def first_stored(sha: str) -> tuple[str, str, str, str | None] | None:
        """(root, path, status, warnings as stored) of the first path the knowledge base stored the content ``sha``
        at (before this run: a path this run adds comes after), or None when it holds no path of it."""
        return writer.db.execute("""SELECT p.root, p.path, d.status, d.warnings FROM documents d
                                    JOIN document_paths p ON p.sha256 = d.sha256 WHERE d.sha256 = ?
                                    ORDER BY p.id LIMIT 1""", [sha]).fetchone()

    def stored_reading(sha: str) -> str | None:
        """The suffix the content ``sha`` was read as (:func:`read_as`) at its :func:`first_stored` path."""
        row = first_stored(sha)
        return row and read_as(row[1], row[2], json.loads(row[3] or "[]"))

    def stored_at(sha: str, found: Found) -> str:
        """The :func:`first_stored` path of the content ``sha``, named as :func:`label` names a file of ``found``'s
        folder, or with its folder when it lies in another."""
        root, path, _, _ = first_stored(sha)
        return path if root == found.root else os.path.join(root, path)

    def held_before(found: Found) -> dict[str, str]:
        """{sha256: stored status} of the contents the knowledge base has at this path before this record, in one
        query: the same content (with a stored status of :data:`RETRIED`, the path failed or was read in part
        before and is tried again; a second path of the same content, a new copy beside an old one, is
        new) or another one (the file changed: with a status of :data:`RETRIED`, a failed file was fixed and the
        path now holds the new version)."""
        return dict(writer.db.execute("""SELECT p.sha256, d.status FROM document_paths p
                                         JOIN documents d ON d.sha256 = p.sha256 WHERE p.root = ? AND p.path = ?""",
                                      [found.root, found.path]).fetchall())

    def failed_for_its_bytes(found: Found, sha: str, held: dict[str, str] | None) -> str | None:
        """The stored reason when the content ``sha`` failed before this run for its own bytes
        (:func:`pipeline.failure_causes.fails_again` at ``found``'s path) and that path held it then (``held``:
        :func:`held_before` of ``found``, read when ``sha`` failed before), so reading the same bytes again would
        fail again; else None."""
        if status_before(sha) != "failed" or sha not in held:
            return None
        reason = writer.failure(sha)
        return reason if fails_again(reason, found.abspath) else None

    def progress(found: Found) -> None:
        """Tell the caller one path is finished."""
        if on_progress:
            on_progress(label(found))  # as the summary names it: with several folders, from the working folder

    def wanted(found: Found, sha: str, size: int | None, held: dict[str, str] | None = None) -> bool:
        """Record a known content's path and return False; True when it must be processed.  ``held`` is
        :func:`held_before` of ``found`` when the caller read it already; else it is read here, once, when needed
        (a content this run stored, or one that failed before)."""
        stored = status_before(sha)  # (first sight: read before this run writes it)
        if held is None and (sha in firsts or stored == "failed"):
            held = held_before(found)
        if sha in firsts and sha not in held:  # stored by this run at another path (any status: a
            copy(found, sha, size)  # failed copy is not read again; one this path held before is tried again)
            return False
        status = writer.known(sha)
        if not (retry_failed or force) and (reason := failed_for_its_bytes(found, sha, held)):
            writer.add_path(found.root, found.path, sha, size)  # the same bytes at the same path: they fail again
            summary.known_failed.append((label(found), reason))
            progress(found)
            return False
        if status is not None and status not in RETRIED and not (force and sha not in forced):
            if (before := writer.add_path(found.root, found.path, sha, size)) != sha:  # a new path of a content
                misnamed_copy(found, stored_reading(sha))  # an earlier ingest stored (session 36)
                if before is not None:  # the path held another content: the file was changed
                    replaced_by(found, status_before(before), apart=True)
            summary.known += 1
            progress(found)
            return False
        if sha in pending_names:  # same content at a second path, already in flight
            pending_names[sha].append(found)
            return False
        pending_names[sha] = [found]
        if force:
            forced.add(sha)
            first_paths.add(found.abspath)
        return True

    def fail(found: Found, error: str) -> None:
        """Store a file that cannot be hashed or opened as failed, keyed by its absolute path."""
        key = hashlib.sha256(f"unreadable:{found.abspath}".encode()).hexdigest()
        record(found, Document(path=found.path, sha256=key, format=Path(found.path).suffix.lstrip("."),
                               status="failed", error=error), None, None)

    def jobs():
        """(found, sha, size, data, suffix) for every content that must be processed: the files of a suffix no reader
        takes last (:func:`later`)."""
        known_roots = [r for (r,) in writer.db.execute("SELECT DISTINCT root FROM document_paths")]
        unnamed: list[Found] = []
        for item in discover(list(paths), known_roots, skip=database_files(db_path)):
            if isinstance(item, Problem):
                if item.root:  # a folder inside an ingested one that cannot be listed: stored as failed, as an
                    fail(Found(item.root, item.relative, item.path), item.reason)  # unreadable file is
                else:
                    summary.problems.append((problem_label(item.path), item.reason))
            elif later(item):
                unnamed.append(item)
            else:
                yield from file_jobs(item)
        for item in unnamed:
            yield from file_jobs(item)

    def later(item: Found) -> bool:
        """True for a file of a suffix no reader takes, not a news container ("qd", "qd.docx.bak"): read after the
        others, so that a copy under a name sovang reads ("qd.docx") holds their common content and this one is its
        copy; read first, its name's failure was the content's and the good file a failed copy (session 33's
        review). Alone, it is still read, by its first bytes (:func:`pipeline.readers.read_bytes`)."""
        return not supported(item.path) and not is_container(item.abspath)

    def file_jobs(item: Found):
        """The jobs of one file found: none (a content known, a copy, a file that cannot be hashed), one, or a news
        container's records."""
        reached.add(item.abspath)
        if is_container(item.abspath):
            if keep_originals:
                whole, _, _ = _hash(item)
                if whole:
                    keep(item.abspath, whole, Path(keep_originals))
            try:
                for rec in records(item.abspath, item.path):
                    found = Found(item.root, rec.name, f"{item.root}/{rec.name}")
                    container_of[found.abspath] = item.abspath
                    if wanted(found, rec.sha256, len(rec.data)):
                        yield found, rec.sha256, len(rec.data), rec.data, RECORD_SUFFIX
            except (OSError, EOFError, ValueError) as exc:
                fail(item, f"cannot read news file: {exc}")
            return
        sha, size, error = _hash(item)
        if error:
            fail(item, error)
            return
        if keep_originals:
            keep(item.abspath, sha, Path(keep_originals))
        if reason := empty_reason(item.abspath, size):  # each empty file a failure of its own path
            held = held_before(item)
            key = empty_key(item, sha, held)
            if wanted(item, key, size, held):
                fmt = Path(item.path).suffix.lstrip(".") or "unknown"
                finish(item, key, size, Document(path=item.path, sha256=key, format=fmt, status="failed",
                                                 error=reason), None)
            return
        if wanted(item, sha, size):
            yield item, sha, size, None, None

    def empty_key(found: Found, sha: str, held: dict[str, str]) -> str:
        """The key of the empty file ``found`` whose bytes' sha256 is ``sha``: its own path's ("empty:" and its
        absolute path), or ``sha`` when the path holds that content already (``held``: :func:`held_before`).  A
        sovang before session 34 keyed an
        empty file by its bytes, as any other, and the file unchanged since is that document: keyed anew, it was
        stored as a new version replacing its failed self at the first ingest after the upgrade, and 'sovang
        failures' listed it twice, failed and superseded (newcomer, session 37)."""
        return sha if sha in held else hashlib.sha256(f"empty:{found.abspath}".encode()).hexdigest()

    def finish(item: Found, sha: str, size, doc: Document, facts) -> None:
        for found in pending_names.pop(sha, [item]):
            record(found, doc, facts, size)

    name = "inline" if executor == "local" and workers <= 1 else executor
    try:
        EXECUTORS[name](jobs(), finish, workers=workers, scheduler=scheduler, send_bytes=send_bytes,
                        idle=writer.idle, release=writer.commit)
        moved, summary.gone = writer.drop_moved(walked)
        summary.moved = [(problem_label(old), problem_label(new)) for old, new in moved]
        summary.gone = [problem_label(p) for p in summary.gone]
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        writer.close()
    if not summary.interrupted and (summary.stored or summary.reextracted or canonical_stale(writer.db)):
        caught_up = stale_before and not (summary.stored or summary.reextracted) and _holds_documents(writer.db)
        summary.interrupted = not _built(writer.db)  # the canonical layer always matches what is stored
        summary.layer_caught_up = caught_up and not summary.interrupted
    if summary.interrupted:
        in_flight = {container_of.get(found.abspath, found.abspath)  # (an article: its news file)
                     for waiting in pending_names.values() for found in waiting}
        summary.dropped = len(in_flight)
        summary.unread, summary.unread_counted = unread_files(paths, reached - in_flight, database_files(db_path))
    summary.seconds = time.monotonic() - started
    return summary


def _holds_documents(db) -> bool:
    """True when the knowledge base ``db`` (``sqlite_utils.Database``) holds a document."""
    return db["documents"].exists() and db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None


def _built(db) -> bool:
    """Rebuild the canonical layer of ``db`` (:func:`outputs.canonical.build`); False when Ctrl-C or SIGTERM stopped
    it.  The build is one transaction, rolled back when stopped: the layer stays marked stale, the read commands
    say so, and the next ingest builds it; what the load stored stands.  Until session 43 a Ctrl-C landing here,
    after the last file was stored, ended the command with click's bare "Aborted!" and exit status 1, no summary."""
    from outputs.canonical import build

    from .interrupts import sigterm_as_ctrl_c

    try:
        with sigterm_as_ctrl_c():
            build(db)
    except KeyboardInterrupt:
        return False
    return True


#: the summary's line when a run stored nothing new but built the stale canonical layer (``Summary.layer_caught_up``)
LAYER_CAUGHT_UP = ("awards, persons and units (the canonical layer) built for what was stored before: an earlier run "
                   "stopped before building them, or was another sovang's")


#: seconds an interrupted ingest spends counting the files it left (:func:`unread_files`), then it says "at least"
UNREAD_WALK_SECONDS = 5.0


def unread_files(paths: list[str | Path], reached: set[str], skip: frozenset[str]) -> tuple[int, bool]:
    """(the number of files under ``paths`` whose absolute path (``Found.abspath``) is not in ``reached``, whether
    all were counted): the files an interrupted ingest left, found by walking ``paths`` again with
    :func:`pipeline.discover.discover` (``skip``: its files left out; no file is read).
    The walk stops after :data:`UNREAD_WALK_SECONDS` or at a second Ctrl-C, and the count is then a floor."""
    deadline = time.monotonic() + UNREAD_WALK_SECONDS
    left = 0
    try:
        for item in discover(paths, skip=skip):
            left += isinstance(item, Found) and item.abspath not in reached
            if time.monotonic() > deadline:
                return left, False
    except KeyboardInterrupt:
        return left, False
    return left, True


def keep(abspath: str, sha: str, store: Path) -> Path:
    """Copy a file into the content-addressed store (once); returns its place there."""
    import shutil

    dest = store / sha[:2] / sha
    if not dest.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(".part")
        shutil.copyfile(abspath, tmp)
        tmp.replace(dest)  # atomic: a crash never leaves half a file under its hash
    return dest


def canonical_stale(db) -> bool:
    """True when documents were stored since the canonical layer was last built, or it was built by a sovang whose
    folding of names differs (:func:`outputs.canonical.layer_outdated`)."""
    from outputs.canonical import layer_outdated

    if not db["units"].exists() or layer_outdated(db):
        return True
    row = db.execute("SELECT value FROM meta WHERE key = 'canonical_stale'").fetchone()
    return bool(row and row[0] == "1")


