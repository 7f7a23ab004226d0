"""File discovery: walk the paths given to ``sovang ingest`` into (root, relative path) pairs.

Folders are walked recursively in sorted order without following symbolic
links to folders (so link loops cannot trap the walk); hidden files and folders
(names starting with ".") are skipped.  A path given as a file is its own
entry, its root being its parent folder.  Problems (a missing path, a folder
that cannot be listed) are reported as :class:`Problem` entries, never raised.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class Found:
    """A file to ingest: ``root`` the absolute ingest root, ``path`` the path
    relative to it with ``/`` separators, ``abspath`` the absolute file path."""

    root: str
    path: str
    abspath: str


@dataclass(frozen=True)
class Problem:
    """A path that could not be walked, with the reason."""

    path: str
    reason: str


def discover(paths: list[str | Path]) -> Iterator[Found | Problem]:
    """Yield every file under ``paths`` (files and folders), then or between them problems."""
    for given in paths:
        p = Path(given)
        if not p.exists():
            yield Problem(str(given), "no such file or folder")
            continue
        if p.is_file():
            p = p.resolve()
            yield Found(str(p.parent), p.name, str(p))
            continue
        root = p.resolve()
        errors: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                full = Path(dirpath) / name
                if full.is_symlink() and not full.exists():
                    yield Problem(str(full), "broken symbolic link")
                    continue
                rel = full.relative_to(root).as_posix()
                yield Found(str(root), rel, str(full))
        for err in errors:
            yield Problem(str(err.filename), f"cannot list folder: {err.strerror}")
