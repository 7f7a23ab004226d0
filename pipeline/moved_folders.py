"""The ``moved`` rows of the ingest summary, a folder renamed or moved whole told in one row.

An archivist who renames a folder of 2,000 files ("Kho 2017" now "Kho 2017 da so hoa") and ingests again got 2,000
``moved`` rows, one per file, burying the rest of the summary (a newcomer, session 47: a folder of 60 articles
renamed gave 60 rows).  A file's move is ``old -> new``, both paths as the summary names them; the path parts the
two share at their end (the file's name, and the folders under the one renamed) tell the folder that moved: for
``pool/a/x.txt -> pool_2017/a/x.txt`` it is ``pool`` to ``pool_2017``.  More than :data:`FOLDER_ROW_FROM` - 1 files
of one such move are one row, ``pool/* -> pool_2017/* (60 files, names kept)``; fewer, and a file renamed (its own
name changed), keep a row each, ``q3/a.txt -> q3_2017/a.txt``, so that a few moves still show which files they are.
The count line above the rows still counts files."""
from __future__ import annotations

from collections import defaultdict

#: the least number of files moved from one folder to another, under the names they had, that the summary tells in
#: one row (the summary names up to five files of a kind one by one, as it names the skipped failures)
FOLDER_ROW_FROM = 6


def _folders(old: str, new: str) -> tuple[str, str] | None:
    """The folder ``old`` moved from and the one ``new`` is in, as (old folder, new folder) with "" for the folder
    ingested, when the file kept its name (the parts the two paths share at their end dropped:
    ``("pool/a/x.txt", "pool_2017/a/x.txt")`` → ``("pool", "pool_2017")``); None for a file renamed."""
    o, n = old.split("/"), new.split("/")
    shared = 0
    while shared < min(len(o), len(n)) and o[-1 - shared] == n[-1 - shared]:
        shared += 1
    if not shared:
        return None
    return "/".join(o[:-shared]), "/".join(n[:-shared])


def _glob(folder: str) -> str:
    """``folder``'s files as a row names them: ``pool/*``, and ``./*`` for the folder the summary names files from."""
    return f"{folder}/*" if folder else "./*"


def moved_rows(moved: list[tuple[str, str]]) -> list[str]:
    """The rows (without the ``moved`` mark) for the moves ``moved`` (old path, new path), sorted: one row
    ``old/* -> new/* (N files, names kept)`` per folder that :data:`FOLDER_ROW_FROM` or more files moved from, under
    their names, to one other folder, and ``old -> new`` for each other move."""
    by_folder: defaultdict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    single = []
    for old, new in moved:
        folders = _folders(old, new)
        if folders is None:
            single.append((old, new))
        else:
            by_folder[folders].append((old, new))
    rows = [f"{old} -> {new}" for old, new in single]
    for (old, new), files in by_folder.items():
        if len(files) >= FOLDER_ROW_FROM:
            rows.append(f"{_glob(old)} -> {_glob(new)} ({len(files)} files, names kept)")
        else:
            rows += [f"{o} -> {n}" for o, n in files]
    return sorted(rows)
