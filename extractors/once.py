"""A value computed on its first use and kept (:class:`Once`)."""
from __future__ import annotations

_UNSET = object()


class Once:
    """``Once(fn, *args)()`` is ``fn(*args)``, computed at the first call; every later call returns the same object.

    What ``functools.cache(functools.partial(fn, *args))`` gives for calls without arguments, made for each document
    (its year, its places: read only when a rule needs them), where that wrapper cost about 10 µs to make
    (``update_wrapper`` copies a name, a module and a docstring a ``partial`` lacks, each an AttributeError caught):
    about 0.4% of extraction for three a document (session 46).  An exception of ``fn`` is raised and nothing is
    kept: the next call computes again, as ``functools.cache`` does."""

    __slots__ = ("fn", "args", "value")

    def __init__(self, fn, *args):
        self.fn = fn
        self.args = args
        self.value = _UNSET

    def __call__(self):
        value = self.value
        if value is _UNSET:
            value = self.value = self.fn(*self.args)
        return value
