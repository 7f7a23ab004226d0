"""Containers: files that hold many documents, such as news datasets in JSON Lines.

``.jsonl`` and ``.jsonl.gz`` files hold one article a line.  Each line is a
document whose path is the file's path plus ``#`` and the article's ``id``
(``#line-N`` when it has none) and whose sha256 is that of the line's bytes.
An ``id`` that an earlier line of the same file already gave names the later article ``#ID@line-N``: two
articles under one path would be stored as one file changed, the one read last keeping the path and the other
leaving the current view (a newcomer, session 36: a dataset whose crawl reused an id lost an article).
"""
from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from typing import Iterator

#: suffixes of container files (lower-case)
CONTAINER_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")

#: the reader suffix used for each record of a container
RECORD_SUFFIX = ".news-json"


@dataclass
class Record:
    """One document inside a container: its name (``path#id``), bytes and sha256."""

    name: str
    data: bytes
    sha256: str


def is_container(path: str) -> bool:
    """True for a JSON Lines news file (.jsonl, .jsonl.gz, .ndjson)."""
    return path.lower().endswith(CONTAINER_SUFFIXES)


def records(abspath: str, relpath: str) -> Iterator[Record]:
    """The records of a container file, in order.

    Raises OSError (or gzip.BadGzipFile / EOFError for a corrupt archive) from
    opening or reading the file; a line that is not JSON still gives a record,
    which the reader then reports as failed.
    """
    opener = gzip.open if abspath.lower().endswith(".gz") else open
    seen: set[str] = set()
    with opener(abspath, "rb") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            ident = None
            try:
                obj = json.loads(line)
                if isinstance(obj, dict) and obj.get("id") not in (None, ""):
                    ident = str(obj["id"])
            except (json.JSONDecodeError, UnicodeDecodeError):
                pass
            yield Record(f"{relpath}#{_article_name(ident, n, seen)}", line, hashlib.sha256(line).hexdigest())


def _article_name(ident: str | None, n: int, seen: set[str]) -> str:
    """The part after ``#`` of the article on line ``n``: its id, ``line-N`` without one, and ``…@line-N`` after
    a name an earlier line of the file took (``seen``, the names given so far, which this adds to)."""
    name = ident or f"line-{n}"
    if name in seen:
        name = f"{name}@line-{n}"
    seen.add(name)
    return name
