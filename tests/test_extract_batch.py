"""extractors.extract_batch: the frames of a batch made first, then each document's rules, with the facts of
extract() alone; one document's error kept to it; long documents chunked; a batch bounded by characters."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import extractors
from extractors import engine, extract, extract_batch
from pipeline.model import Block, Document
from pipeline.readers import read_file
from pipeline.work import normalised

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpora" / "samples" / "docs"


def _doc(name: str, *paragraphs: str) -> Document:
    return normalised(Document(path=name, sha256=name, format="txt", blocks=[Block(p) for p in paragraphs]))


def _shown(facts) -> str:
    return json.dumps(dataclasses.asdict(facts), ensure_ascii=False, sort_keys=True)


#: sentences written for these tests (no corpus text): a conferral to a company, an official with his office
AWARDED = _doc("a.txt", "Chủ tịch UBND tỉnh Quảng Ngãi tặng Bằng khen cho Công ty Cổ phần Gạch Men Hoà Phát.",
               "Ông Lý Minh Khoa, Giám đốc Sở Xây dựng tỉnh Quảng Ngãi, dự buổi lễ.")
OFFICIAL = _doc("b.txt", "Bà Đinh Thị Quế, Phó Chủ tịch UBND huyện Sơn Tịnh, thăm trường học.")


def break_step(monkeypatch, step: str, path: str, exc: Exception) -> None:
    """Make the engine's ``step`` ("_frame" or "_rules") raise ``exc`` for the document at ``path`` and work as it
    does for every other (also read by test_executor_batches)."""
    real = getattr(engine, step)

    def broken(document, *rest):
        if document.path == path:
            raise exc
        return real(document, *rest)

    monkeypatch.setattr(engine, step, broken)


def _sample_documents() -> list[Document]:
    docs = [normalised(read_file(p)) for p in sorted(SAMPLES.rglob("*")) if p.is_file()]
    return [d for d in docs if d.status != "failed"]


def test_batch_gives_the_facts_of_each_document_alone_on_the_samples():
    docs = _sample_documents()
    assert len(docs) >= 5
    alone = [_shown(extract(d)) for d in docs]
    batched = extract_batch(docs)
    assert [_shown(f) for f in batched] == alone
    assert any(f.conferrals for f in batched) and any(f.officials for f in batched)


def test_an_error_in_one_document_leaves_the_others_facts(monkeypatch):
    expected = [_shown(extract(AWARDED)), _shown(extract(OFFICIAL))]
    bad = _doc("bad.txt", "Ông Hà Văn Tư, Trưởng phòng Nội vụ huyện Tư Nghĩa.")
    break_step(monkeypatch, "_rules", "bad.txt", ValueError("rules broke"))
    out = extract_batch([AWARDED, bad, OFFICIAL])
    assert isinstance(out[1], ValueError) and str(out[1]) == "rules broke"
    assert [_shown(out[0]), _shown(out[2])] == expected
    assert out[0].conferrals and out[2].officials


def test_an_error_in_one_documents_frame_leaves_the_others_facts(monkeypatch):
    expected = _shown(extract(OFFICIAL))
    bad = _doc("bad.txt", "Một câu.")
    break_step(monkeypatch, "_frame", "bad.txt", MemoryError("no room"))
    out = extract_batch([bad, OFFICIAL])
    assert isinstance(out[0], MemoryError)
    assert _shown(out[1]) == expected


def test_a_batch_is_cut_into_runs_by_characters_and_a_long_document_is_chunked(monkeypatch):
    # AWARDED holds 83 + 67 characters and a newline after each block, 152; OFFICIAL 67 + 1: with a cap of 200
    # AWARDED runs alone and the two OFFICIAL (136) together
    assert sum(len(b.text) + 1 for b in AWARDED.blocks) == 152
    assert sum(len(b.text) + 1 for b in OFFICIAL.blocks) == 68
    expected = [_shown(extract(d)) for d in (AWARDED, OFFICIAL, OFFICIAL)]
    runs = []
    frames_first = engine.extract_batch

    def recorded(documents):
        runs.append([d.path for d in documents])
        return frames_first(documents)

    monkeypatch.setattr(engine, "extract_batch", recorded)
    monkeypatch.setattr(extractors, "BATCH_CHARS", 200)
    out = extract_batch([AWARDED, OFFICIAL, OFFICIAL])
    assert runs == [["a.txt"], ["b.txt", "b.txt"]]
    assert [_shown(f) for f in out] == expected
    # a document longer than CHUNK_CHARS is extracted alone, in parts, as extract() does it; the two others,
    # 136 characters, make one run
    monkeypatch.setattr(extractors, "CHUNK_CHARS", 100)
    runs.clear()
    out = extract_batch([OFFICIAL, AWARDED, OFFICIAL])
    assert runs == [["b.txt", "b.txt"]]
    assert _shown(out[1]) == _shown(extract(AWARDED))


def test_an_empty_batch_and_a_document_without_blocks():
    assert extract_batch([]) == []
    (facts,) = extract_batch([Document(path="e.txt", sha256="e", format="txt")])
    assert _shown(facts) == _shown(extract(Document(path="e.txt", sha256="e", format="txt")))
    assert not facts.mentions


@pytest.mark.parametrize("size", [1, 2])
def test_the_benchmark_extracts_in_batches_of_the_given_size(size):
    from benchmarks.run import batched_extract

    failed = Document(path="f.txt", sha256="f", format="txt", status="failed")
    calls = []

    def recorded(documents):
        calls.append(len(documents))
        return extract_batch(documents)

    out = batched_extract([AWARDED, failed, OFFICIAL], recorded, size)
    assert out[1] is None
    assert [_shown(out[0]), _shown(out[2])] == [_shown(extract(AWARDED)), _shown(extract(OFFICIAL))]
    assert calls == ([1, 1] if size == 1 else [2])


def test_a_document_that_cannot_be_measured_fails_alone():
    # a block with no text (None): measuring the document's characters raises TypeError, which extract() raises
    # alone too; in a batch it is that document's entry, and the documents before and after it keep their facts
    broken = Document(path="n.txt", sha256="n", format="txt", blocks=[Block(None)])
    with pytest.raises(TypeError):
        extract(broken)
    out = extract_batch([AWARDED, broken, OFFICIAL])
    assert isinstance(out[1], TypeError)
    assert [_shown(out[0]), _shown(out[2])] == [_shown(extract(AWARDED)), _shown(extract(OFFICIAL))]
