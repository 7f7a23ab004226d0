"""Session 24's speed change: no import statement runs while a document is extracted, and a block's type line is
asked once when the block is one line (values worked out by hand, sentences of our own).

A function-level ``from .x import y`` costs about 13 µs each time it runs, for a module already loaded; nine of them
ran per document (``extractors.extract``, the engine's signatures and letterhead places, the conferrers' and the
resolver's look-ups, ``pipeline.letterhead.is_doc_type``), about 1% of extraction.
"""
from __future__ import annotations

import builtins

from extractors import extract
from extractors.normative import document_type, is_normative
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def _document(*texts: str) -> Document:
    return normalize_document(Document(path="x.txt", sha256="0", format="txt", blocks=[Block(t) for t in texts]))


def _imports_during(fn) -> list[tuple[str, str]]:
    """(module asking, module asked) of each import statement that runs in our own packages during ``fn()``."""
    seen = []
    original = builtins.__import__

    def counting(name, globals=None, locals=None, fromlist=(), level=0):
        asker = (globals or {}).get("__name__", "")
        if asker.split(".")[0] in ("extractors", "pipeline"):
            seen.append((asker, name))
        return original(name, globals, locals, fromlist, level)

    builtins.__import__ = counting
    try:
        fn()
    finally:
        builtins.__import__ = original
    return seen


def test_no_import_statement_runs_per_document():
    doc = _document("UBND TỈNH HÀ TĨNH", "QUYẾT ĐỊNH", "Tặng Bằng khen cho ông Nguyễn Văn An, Giám đốc Sở Y tế.",
                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình")
    extract(doc)  # (the first call may import what it needs once)
    assert _imports_during(lambda: extract(doc)) == []
    news = _document("Chiều 5/3, UBND huyện Kỳ Anh trao Bằng khen cho anh Lê Văn Cường.")
    extract(news)
    assert _imports_during(lambda: extract(news)) == []


def test_type_line_of_one_line_and_of_two():
    assert document_type(_document("Thông tư").blocks) == "THÔNG TƯ"
    assert document_type(_document("THÔNG TƯ\nQuy định chi tiết về khen thưởng").blocks) == "THÔNG TƯ"
    assert document_type(_document("Bộ Nội vụ ban hành thông tư mới về khen thưởng.").blocks) is None
    assert document_type([Block("  Luật  ")]) == "LUẬT"  # (a block not normalised: blanks around the line)
    assert is_normative(_document("QUỐC HỘI", "LUẬT", "Thi đua, khen thưởng").blocks)
    assert not is_normative(_document("UBND TỈNH HÀ TĨNH", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen").blocks)
