"""Progress of a long OCR on stderr: a scan of many pages is read for minutes, during which the ingest's progress
(a bar, or a line per 100 documents or 60 s, counted per document finished) said nothing (session 36).

The page loops of :mod:`pipeline.ocr` and :mod:`pipeline.readers.image` report each page they start to a
:class:`Pages`; it prints "OCR scan/qd.pdf: page 3 of 40" to stderr for the first page of a scan of several pages,
then at most every :data:`SECONDS`, in whichever process reads the file (a worker writes to the stderr it inherited).
It prints only while :data:`ENV` is set in the environment, as :func:`shown` sets it for the ingest of the command
line without ``--quiet``; the file's name is the one :func:`reading` gives while it is read (``pipeline.work``): its
path within its root, or, when the ingest was given several folders or files (:data:`FROM_WORKING_FOLDER`), its path
from the working folder ("1995/scan/qd.pdf"), or its absolute path when it lies outside it, as the ingest's summary and
progress lines name it (newcomer, session 45: "OCR qd.pdf" said nothing of which folder's scan it was).
On a terminal the line is redrawn in place, as the ingest's bar is, and wiped when the file's pages are done (it
stayed on the terminal after the file ended; session 37); elsewhere (a log file, a pipe) each is a line of its own.
"""
from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from .discover import from_working_folder

#: the environment variable that turns the lines on (inherited by the worker processes the ingest starts)
ENV = "SOVANG_OCR_PROGRESS"
#: :data:`ENV`'s value when the ingest was given several paths: a file is named by its path from the working folder
FROM_WORKING_FOLDER = "from-working-folder"
#: after the first line of a scan, at most one line this many seconds
SECONDS = 10.0

_file: ContextVar[tuple[str, str | None]] = ContextVar("ocr_file", default=("", None))


@contextmanager
def reading(name: str, abspath: str | None = None) -> Iterator[None]:
    """While inside, the pages reported are those of the file ``name`` (its path within its root), at ``abspath``
    when known (named from the working folder with several paths ingested: :func:`shown_name`)."""
    token = _file.set((name, abspath))
    try:
        yield
    finally:
        _file.reset(token)


def shown_name() -> str:
    """The name of the file being read (:func:`reading`) as the lines give it: with :data:`FROM_WORKING_FOLDER`, its
    path from the working folder, or its absolute path when it lies outside it (never "../../…"), as
    ``pipeline.ingest``'s summary names a file of several folders; else its path within its root ("" unknown)."""
    name, abspath = _file.get()
    if abspath and os.environ.get(ENV) == FROM_WORKING_FOLDER:
        return from_working_folder(abspath)
    return name


@contextmanager
def shown(on: bool, several: bool = False) -> Iterator[None]:
    """While inside, with ``on``, OCR progress is printed, here and in the worker processes started inside, each
    file named from the working folder when ``several`` paths are ingested (:func:`shown_name`); the environment
    is given back as it was on the way out."""
    before = os.environ.get(ENV)
    if on:
        os.environ[ENV] = FROM_WORKING_FOLDER if several else "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before


#: the width of the line drawn in place on a terminal (the text's last characters, padded)
WIDTH = 80


class Pages:
    """The progress of one file's OCR of ``total`` pages (see the module's doc), used as a context manager around
    the page loop: on the way out, a line drawn in place on a terminal is wiped."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._last: float | None = None
        self._drawn = False  # a line stands on the terminal, drawn in place

    def __enter__(self) -> Pages:
        return self

    def __exit__(self, *exc) -> None:
        if self._drawn:
            print(f"\r{'':<{WIDTH}}\r", end="", file=sys.stderr, flush=True)
            self._drawn = False

    def start(self, k: int) -> None:
        """Report that the ``k``-th page (1-based) of the ``total`` is about to be read: a line on stderr when one
        is due (a scan of one page prints none)."""
        if self.total < 2 or not os.environ.get(ENV):
            return
        now = time.monotonic()
        if self._last is not None and now - self._last < SECONDS:
            return
        self._last = now
        line = f"OCR {shown_name() or 'a scan'}: page {k} of {self.total}"
        if sys.stderr.isatty():  # redrawn in place, as the ingest's bar
            print(f"\r{line[-WIDTH:]:<{WIDTH}}", end="", file=sys.stderr, flush=True)
            self._drawn = True
        else:
            print(line, file=sys.stderr, flush=True)
