"""File discovery: walk the paths given to ``sovang ingest`` into (root, relative path) pairs.

Folders are walked recursively in sorted order without following symbolic
links to folders (so link loops cannot trap the walk); hidden files and folders
(names starting with ".") and the system files of :data:`SYSTEM_FILES` and
Word's lock files ("~$…") are skipped.  A path given as a file is its own
entry, its root being its parent folder.  Problems (a missing path, a folder
that cannot be listed) are reported as :class:`Problem` entries, never raised.
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


#: files an operating system or an office suite leaves in folders, never documents: Windows' thumbnail cache and
#: folder settings, macOS' resource forks (also hidden), and the lock file "~$name.docx" Word keeps beside an open
#: document
SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})


def from_working_folder(abspath: str) -> str:
    """A file as the ingest names it when several folders are given (the summary, the progress lines, a long OCR's
    pages): its path from the working folder when it lies below it ("r1/sub/a.txt"), else ``abspath`` itself (never
    "../../tmp/…": newcomer, session 24). A folder whose name starts with two dots ("..x/a.txt") lies below it."""
    relative = os.path.relpath(abspath)
    return abspath if relative == os.pardir or relative.startswith(os.pardir + os.sep) else relative


@dataclass(frozen=True)
class Found:
    """A file to ingest: ``root`` the absolute ingest root, ``path`` the path
    relative to it with ``/`` separators, ``abspath`` the absolute file path."""

    root: str
    path: str
    abspath: str


@dataclass(frozen=True)
class Problem:
    """A path that could not be walked, with the reason; a folder inside an ingested folder that cannot be listed
    also has ``root`` (the ingested folder) and ``relative`` (its path within it), so that ingest stores it as a
    failed document (``sovang failures`` lists it), else they are ""."""

    path: str
    reason: str
    root: str = ""
    relative: str = ""


#: the files SQLite keeps beside a database file (write-ahead log, shared memory, rollback journal)
SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


#: the reason given for a path that is neither a regular file nor a folder
NOT_REGULAR = "not a regular file (a named pipe, socket or device): skipped"
#: a file listed by the walk and gone when its turn came (deleted or moved during the load; a newcomer, session 26,
#: saw it called a named pipe)
VANISHED = "no longer there when its turn came (deleted or moved during the load): skipped"


def database_files(db_path: str | Path) -> frozenset[str]:
    """The real paths (symbolic links resolved) of the knowledge base ``db_path`` and of the files SQLite keeps
    beside it (:data:`SQLITE_COMPANIONS`): what an ingest writes, never a document of it.  A knowledge base that
    stored them as failed documents before this rule keeps them until ``sovang forget`` removes them."""
    base = os.path.realpath(db_path)
    return frozenset(base + suffix for suffix in SQLITE_COMPANIONS)


def discover(paths: list[str | Path], known_roots: list[str] = (),
             skip: frozenset[str] = frozenset()) -> Iterator[Found | Problem]:
    """Yield every file under ``paths`` (files and folders), then or between them problems; a file under one of
    ``known_roots`` is given with that root (see :func:`within_known_root`).  Files whose real path is in
    ``skip`` (the knowledge base being written, :func:`database_files`, when it lies in an ingested folder) are
    left out.  A path that another given folder holds, or given twice, is walked once (:func:`outermost`)."""
    for item in _walk(outermost(paths)):
        if isinstance(item, Found) and skip and os.path.realpath(item.abspath) in skip:
            continue
        yield within_known_root(item, list(known_roots)) if known_roots and isinstance(item, Found) else item


def outermost(paths: list[str | Path]) -> list[str | Path]:
    """``paths`` (files and folders given to one ingest, in order) less each one that another given folder holds or
    that repeats an earlier one: ``docs/news docs`` (or ``docs docs/news``, or ``docs docs``) walks ``docs`` alone,
    so a file of ``docs/news`` is stored once, as ``news/a.txt`` under ``docs``, as two runs store it
    (:func:`within_known_root`), not a second time under ``docs/news`` (a newcomer, session 27: 15 files given so
    had two paths each, exported twice and counted as copies).  A path that does not exist stays, to be reported."""
    resolved = [Path(p).resolve() if Path(p).exists() else None for p in paths]
    folders = {r for r in resolved if r is not None and r.is_dir()}
    kept, seen = [], set()
    for given, real in zip(paths, resolved):
        key = real if real is not None else str(given)
        if key in seen or (real is not None and any(parent in folders for parent in real.parents)):
            continue
        seen.add(key)
        kept.append(given)
    return kept


def path_text(name: str) -> str:
    """``name`` (a path as the file system gives it) as text that can be stored and printed: composed (NFC) when it
    is valid Unicode, so that a name a Mac wrote with decomposed letters (NFD) is stored, shown and sorted as it is
    typed (session 36; :func:`on_disk` finds the file again by it); a name in another encoding than UTF-8 (an old
    Windows archive's TCVN3 or cp1258 names, which Python keeps as surrogate escapes) has each byte that is not UTF-8
    written as ``\\xNN`` ("B\\xb5o c\\xb5o.txt"), one text per name, never a crash of the whole load (a newcomer,
    session 25: such a name stopped every ingest of its folder)."""
    try:
        name.encode("utf-8")
        return unicodedata.normalize("NFC", name)
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def resolved_text(path: str | Path) -> str:
    """The absolute path of ``path`` (symbolic links resolved) as stored and printed (:func:`path_text`): what a
    folder or file given on the command line is compared with (roots, ``forget``, ``--root``)."""
    return path_text(str(Path(path).resolve()))


def spellings(text: str) -> list[str]:
    """``text`` as typed, then its other Unicode normal forms (NFC, the composed letters a keyboard types, and NFD,
    the decomposed ones macOS writes into file names: "ế" as "e" with two combining marks), each once: the names one
    path may be stored or found under (a newcomer, session 34: a file copied from a Mac could not be named)."""
    return list(dict.fromkeys((text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text))))


def on_disk(path: str, listings: dict[Path, dict[str, str]] | None = None) -> str:
    """``path`` as the file system spells it: unchanged when it exists (or when no spelling of it does), else with
    each part that does not exist replaced by the name in its folder that is the same text in another Unicode normal
    form (:func:`spellings`; the first such name the folder lists), so that a name typed with composed letters finds
    a file or folder named with decomposed ones (copied from a Mac) and the other way round.  The folders are listed
    only for a path that does not exist as typed.  ``listings``, a dict the caller keeps for a run of calls (folder ->
    {NFC of a name: the name}), lists each folder once for all of them: ``sovang ingest`` looks up every stored path
    of a Mac folder, and listed the folder again for each (a reviewer, session 36).  Raises nothing: a folder that
    cannot be listed gives ``path`` back."""
    if os.path.lexists(path):
        return path
    listings = {} if listings is None else listings
    typed = Path(path)
    found = Path(typed.anchor) if typed.anchor else Path()
    for part in typed.parts[1:] if typed.anchor else typed.parts:
        if not os.path.lexists(found / part):
            if found not in listings:
                listings[found] = _names_by_text(found)
            part = listings[found].get(unicodedata.normalize("NFC", part))
            if part is None:
                return path
        found = found / part
    return str(found)


def _names_by_text(folder: Path) -> dict[str, str]:
    """{NFC of a name: the name} of each name ``folder`` lists (the first listed of two names of one text); empty
    when it cannot be listed (see :func:`on_disk`)."""
    try:
        names = os.listdir(folder)[::-1]  # reversed: the first of two names of one text is written last and wins
    except OSError:
        return {}
    return dict(zip((unicodedata.normalize("NFC", name) for name in names), names))


def _walk(paths: list[str | Path]) -> Iterator[Found | Problem]:
    """Yield every file under ``paths`` with its own root, and problems."""
    for given in paths:
        p = Path(given)
        if not p.exists():
            yield Problem(str(given), "no such file or folder")
            continue
        if p.is_file():
            p = p.resolve()
            yield Found(path_text(str(p.parent)), path_text(p.name), str(p))
            continue
        if not p.is_dir():
            yield Problem(path_text(str(given)), NOT_REGULAR)
            continue
        root = p.resolve()
        errors: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or name.lower() in SYSTEM_FILES or name.startswith("~$"):
                    continue
                full = Path(dirpath) / name
                if full.is_symlink() and not full.exists():
                    yield Problem(path_text(str(full)), "broken symbolic link")
                    continue
                if not full.is_file():  # reading a named pipe would wait for a writer for ever
                    yield Problem(path_text(str(full)), NOT_REGULAR if os.path.lexists(full) else VANISHED)
                    continue
                rel = full.relative_to(root).as_posix()
                yield Found(path_text(str(root)), path_text(rel), str(full))
        for err in errors:
            folder = Path(str(err.filename))
            inside = folder != root and root in folder.parents
            yield Problem(path_text(str(folder)), f"cannot list folder: {err.strerror}",
                          *((path_text(str(root)), path_text(folder.relative_to(root).as_posix())) if inside else ()))


def within_known_root(found: Found, roots: list[str]) -> Found:
    """``found`` re-expressed under the outermost of ``roots`` (absolute folders given to earlier ingests) that
    holds the file: ingesting ``docs/news`` after ``docs`` stores ``news/a.txt`` under ``docs`` again, and ingesting
    ``docs`` after ``docs/news`` stores ``a.txt`` under ``docs/news`` again, not a second path of the same file (it
    would be exported twice).  ``found`` unchanged when no known root holds it."""
    folder = (Path(found.root) / found.path.split("#", 1)[0]).parent
    for root in sorted(roots, key=len):
        if folder.is_relative_to(root):
            if root == found.root:
                return found
            rel = (Path(found.root) / found.path).relative_to(root)
            return Found(root, rel.as_posix(), found.abspath)
    return found
