"""Long documents: unit merging is linear (indexed by start) and gives the same spans as the pairwise rule."""
from __future__ import annotations

import time

from extractors import extract
from extractors.components.units import UnitRecognizer
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def test_merge_keeps_longest_at_a_start_and_drops_crossing_spans():
    cands = [(0, 5, "a"), (0, 3, "b"), (0, 5, "c"), (2, 4, "d"), (4, 8, "e"), (6, 7, "f"), (9, 10, "g")]
    # (0,3) shorter at a taken start; (0,5,"c") the same span again; (4,8) crosses the end of (0,5)
    assert UnitRecognizer._merge(cands) == [(0, 5, "a"), (2, 4, "d"), (6, 7, "f"), (9, 10, "g")]


def _doc(n: int) -> Document:
    lines = [f"Giám đốc Sở Y tế tỉnh Nam Định Nguyễn Văn Hùng {k} trao Bằng khen cho Trường THPT Lê Hồng Phong "
             f"và Bệnh viện Đa khoa tỉnh Nam Định." for k in range(n)]
    return normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=t) for t in lines]))


def test_long_documents_take_linear_time():
    small, big = _doc(300), _doc(1200)
    extract(small)  # warm the lexeme cache
    t = time.process_time()
    extract(small)
    t_small = time.process_time() - t
    t = time.process_time()
    facts = extract(big)
    t_big = time.process_time() - t
    assert "Sở Y tế tỉnh Nam Định" in {u.text for u in facts.units}
    assert t_big < 8 * max(t_small, 0.01)  # four times the text: far from sixteen times the time
