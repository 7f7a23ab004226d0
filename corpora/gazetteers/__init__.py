"""Gazetteers and rule tables loaded by the extractors; see README.md in this folder."""
from pathlib import Path

HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """Absolute path of a gazetteer file shipped in this package, e.g. ``path("awards.tsv")``."""
    return HERE / name
