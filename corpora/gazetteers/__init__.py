"""Gazetteers and rule tables loaded by the extractors; see README.md in this folder."""
from pathlib import Path

HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """Absolute path of a gazetteer file shipped in this package, e.g. ``path("awards.tsv")``."""
    return HERE / name


def entry_lines(name: str) -> list[str]:
    """The lines of the gazetteer file ``name`` that hold an entry, as written (not stripped nor normalised): those
    neither blank nor opening with "#" (its header and section comments). FileNotFoundError when it is missing.
    (``extractors.gazetteer`` reads the same files normalised; the readers of ``pipeline`` read them with this.)"""
    return [line for line in path(name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
