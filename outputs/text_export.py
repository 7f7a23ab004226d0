"""``sovang export text``: each stored document's normalised Unicode text as a .txt file.

An archivist keeps the readable version of a TCVN3, VNI or scanned file: for
every stored path of a document that was read (status ``ok`` or
``partial``), ``DIR/<path>.txt`` gets the document's text, one line per
block in reading order (a line break inside a block becomes a space), a table
row being its non-empty cells joined with ``" | "``.  Folders are created as
needed.  The path is the one relative to the ingest root; characters that do
not belong in a file name (``#`` of a JSON Lines article, ``:``, control
characters…) become ``_``, and ``..`` parts are dropped, so every file stays
inside ``DIR``.  A name longer than a file system takes (255 bytes of UTF-8: a
Vietnamese name of 90 to 255 letters, with ``.txt`` added) is cut on a letter and
ends with ``…``.  Two stored paths that would land on the same file (the same
relative path under two ingest roots, with different content) are told apart
by the first 8 characters of the content's sha256.

When the exported paths lie under more than one ingest root (a knowledge base loaded from ``/kho/1995`` and
``/kho/1996``, exported without ``--root``), each root's files go into a folder named after the root
(:func:`root_folders`: ``DIR/1995/…``, ``DIR/1996/…``), so that the trees stay apart as they were on disk
(newcomers, sessions 43 and 44: one flat tree mixed them); with one root the tree is the root's own.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import sqlite_utils

from .export import in_folder

_UNSAFE = re.compile(r'[\x00-\x1f\x7f#:*?"<>|\\]')

#: the longest file or folder name of the usual file systems (ext4, NTFS, APFS): 255 bytes (ext4) or characters
NAME_MAX = 255
#: what export_text may add to a file name: ".txt", and ".<8 hex digits>" when two paths land on one file
_SUFFIXES = len(".txt") + len(".12345678")
_CUT = "…"


def _cut(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` bytes of UTF-8 on a character boundary, ending with "…" when cut."""
    encoded = name.encode("utf-8", "surrogatepass")
    if len(encoded) <= limit:
        return name
    room = limit - len(_CUT.encode("utf-8"))
    return encoded[:room].decode("utf-8", "ignore") + _CUT


def safe_relpath(path: str) -> Path:
    """A relative path, safe to join below an output folder, for a stored document path.

    Each folder name is cut to :data:`NAME_MAX` bytes and the file name to that less room for the suffixes
    :func:`export_text` adds (``.txt``, ``.<sha256 prefix>``), so that no name is too long to write
    (``OSError: File name too long`` on a 255-byte name, newcomer, session 28)."""
    if "#" in path:  # a JSON Lines article: "news.jsonl#id", the id may hold slashes
        base, _, article = path.partition("#")
        path = base + "_" + re.sub(r"[/\\]", "_", article)
    parts = []
    for part in re.split(r"[/\\]+", path):
        part = _UNSAFE.sub("_", part).strip()
        if part in ("", ".", ".."):
            continue
        parts.append(_cut(part, NAME_MAX))
    if parts:
        parts[-1] = _cut(parts[-1], NAME_MAX - _SUFFIXES)
    return Path(*parts) if parts else Path("document")


def root_folders(roots: list[str]) -> dict[str, Path]:
    """A folder name for each ingest root (absolute paths), for :func:`export_text` when it writes several roots.

    Each root's last folder name, and where two roots share it, as many of their last names as tell them apart,
    joined by ``_`` (``/a/2023``, ``/b/2023`` and ``/b/tin`` → ``a_2023``, ``b_2023``, ``tin``: a root named apart
    by its last name keeps that one, however many the others need); names made safe as :func:`safe_relpath` makes
    them. Returns {root: Path}."""
    def names(root: str, k: int) -> str:
        parts = [_UNSAFE.sub("_", part).strip() for part in Path(root).parts[1:][-k:]]
        return _cut("_".join(part for part in parts if part not in ("", ".", "..")) or "root", NAME_MAX)

    depth = {root: 1 for root in roots}
    most = {root: max(len(Path(root).parts) - 1, 1) for root in roots}
    while True:
        named = {root: names(root, depth[root]) for root in roots}
        counts = Counter(named.values())
        alike = [root for root in roots if counts[named[root]] > 1]
        longer = [root for root in alike if depth[root] < most[root]]
        if not alike or not longer:
            break
        for root in longer:  # a name two roots share: each of them takes one more of its last names
            depth[root] += 1
    if alike:  # roots whose whole paths name alike once made safe ("/a:b", "/a_b"): numbered in order
        for i, root in enumerate(sorted(alike), 1):
            named[root] = f"{names(root, most[root])}_{i}"
    return {root: Path(name) for root, name in named.items()}


def document_text(db: sqlite_utils.Database, sha256: str) -> str:
    """The normalised text of one stored document, one line per block."""
    lines = []
    for kind, text, cells in db.execute(
            "SELECT kind, text, cells FROM blocks WHERE document = ? ORDER BY idx", [sha256]):
        if kind == "table_row" and cells:
            try:
                values = [str(c) for c in json.loads(cells) if c is not None and str(c).strip()]
            except (ValueError, TypeError):
                values = []
            if values:
                text = " | ".join(values)
        line = " ".join((text or "").split())
        if line:
            lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")


def failed_left_out(db: sqlite_utils.Database, root: str | None = None) -> int:
    """How many stored paths (within ``root``, as :func:`export_text` takes it) hold a document that failed, so
    :func:`export_text` wrote no text for them: the count it did write said nothing of them (newcomer, session
    33)."""
    return len(_paths_within(db, ("failed",), root))


def _paths_within(db: sqlite_utils.Database, statuses: tuple[str, ...], root: str | None) -> list[tuple[str, str, str]]:
    """(root, path, sha256) of every stored path holding a document of one of ``statuses``, within the folder
    ``root`` (:func:`outputs.export.in_folder`; None: all), by path, then root."""
    rows = db.execute(f"""SELECT p.root, p.path, p.sha256 FROM document_paths p JOIN documents d ON d.sha256 = p.sha256
                          WHERE d.status IN ({", ".join("?" * len(statuses))}) ORDER BY p.path, p.root""",
                      list(statuses)).fetchall()
    return [row for row in rows if root is None or in_folder(root, row[0], row[1])]


def export_text(db: sqlite_utils.Database, out_dir: str | Path, root: str | None = None) -> int:
    """Write ``out_dir/<path>.txt`` for every stored path of a readable document; returns files written.

    ``root``: only paths within that folder (absolute path: a folder given to ``ingest`` or one under it, see
    :func:`outputs.export.in_folder`).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[Path, str] = {}
    cache: tuple[str, str] | None = None
    rows = _paths_within(db, ("ok", "partial"), root)
    roots = sorted({row[0] for row in rows})
    folders = root_folders(roots) if len(roots) > 1 else {roots[0]: Path()} if roots else {}
    for stored_root, path, sha in rows:
        target = out / folders[stored_root] / (str(safe_relpath(path)) + ".txt")
        if target in written and written[target] != sha:
            target = target.with_name(f"{target.name[:-4]}.{sha[:8]}.txt")
        if target in written:
            continue
        if cache is None or cache[0] != sha:
            cache = (sha, document_text(db, sha))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(cache[1], encoding="utf-8")
        written[target] = sha
    return len(written)
