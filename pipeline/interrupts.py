"""Holding Ctrl-C and SIGTERM over a few statements that must run whole or not at all (:func:`held`), and taking
SIGTERM as Ctrl-C over a stretch of a load (:func:`on_signals`, :func:`sigterm_as_ctrl_c`).

An interrupt raised between two statements of :meth:`outputs.kb.Writer.commit` (the batch's new entities
inserted, its FTS5 rows added, then COMMIT) left the writer's bookkeeping behind what SQLite had done, and the
commit that :meth:`outputs.kb.Writer.close` makes after an interrupt ran them again: the entities inserted twice
("UNIQUE constraint failed") or the blocks indexed twice (newcomer, session 30).  With ``--workers 1`` Ctrl-C
raises wherever it lands, and with any executor a second Ctrl-C does.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

#: the signals that stop a load as Ctrl-C does: SIGINT (Ctrl-C), SIGTERM (``kill PID``, a service manager's stop,
#: ``timeout``), which would otherwise end the loader at once, without its summary, leaving its workers orphaned
#: (:mod:`pipeline.executors`); the signals :func:`held` holds
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def held(signums: tuple = STOP_SIGNALS) -> Iterator[None]:
    """While inside, the signals ``signums`` are noted, not acted on; on the way out the previous handlers are put
    back and the first signal noted is raised again (:func:`signal.raise_signal`), so it acts as it would have,
    just after the block: Ctrl-C raises KeyboardInterrupt there.  Outside the main thread, where Python cannot set
    handlers, nothing changes (no signal lands there either)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    previous = {signum: signal.getsignal(signum) for signum in signums}
    for signum in signums:
        signal.signal(signum, lambda number, frame: noted.append(number))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            if handler is not None:  # (None: a handler not set from Python, which cannot be put back)
                signal.signal(signum, handler)
        if noted:
            signal.raise_signal(noted[0])


@contextmanager
def on_signals(signums: tuple, action: Callable[[], None]):
    """While inside, the first of the signals ``signums`` puts the previous handlers back (so that a second one
    acts as before: Ctrl-C or SIGTERM interrupts at once) and calls ``action()`` in the main thread, which may set
    an event or raise (KeyboardInterrupt).  On the way out the previous handlers are put back.  Outside the main
    thread (where Python cannot install handlers) nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in signums}

    def put_back() -> None:
        for signum, handler in previous.items():
            signal.signal(signum, handler)

    def on_signal(signum, frame):
        put_back()
        action()

    for signum in signums:
        signal.signal(signum, on_signal)
    try:
        yield
    finally:
        put_back()


def sigterm_as_ctrl_c():
    """While inside, SIGTERM raises KeyboardInterrupt in this process wherever it lands, as Ctrl-C does, once: the
    first also puts the previous handler back, so a second SIGTERM ends the process at once (:func:`on_signals`)."""
    return on_signals((signal.SIGTERM,), _interrupt)


def _interrupt() -> None:
    """Raise KeyboardInterrupt, as Ctrl-C does."""
    raise KeyboardInterrupt
