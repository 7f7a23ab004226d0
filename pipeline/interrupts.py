"""Holding Ctrl-C and SIGTERM over a few statements that must run whole or not at all.

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
from typing import Iterator

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
