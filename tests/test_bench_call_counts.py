"""benchmarks/call_counts.py: Python calls of one extraction pass, recorded, then compared with a budget."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks import call_counts

REPO = Path(__file__).resolve().parents[1]

TEXT = "Ủy ban nhân dân huyện Mỹ Lộc tặng Bằng khen cho Trường Tiểu học Mỹ Thuận và ông Trần Văn Bình năm 2020.\n"


def _docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("Phong trào thi đua \"Dân vận khéo\" được phát động.\n", encoding="utf-8")
    return str(folder)


def test_count_is_one_pass_keyed_by_repository_path(tmp_path):
    got = call_counts.count([_docs(tmp_path)])
    assert got["documents"] == 2
    # the warm-up extraction is not counted; the documents are extracted in one batch, as ingest's workers do:
    # the engine makes each one's frame and runs its rules once, and its one-document extract is not called
    assert got["functions"]["extractors/engine.py:extract_batch"] == 1
    assert got["functions"]["extractors/engine.py:_frame"] == 2
    assert got["functions"]["extractors/engine.py:_rules"] == 2
    assert "extractors/engine.py:extract" not in got["functions"]
    assert got["total"] == sum(got["functions"].values())


def test_compare_by_hand():
    before = {"documents": 2, "total": 100, "functions": {"a.py:f": 60, "b.py:g": 40}}
    now = {"documents": 2, "total": 110, "functions": {"a.py:f": 75, "b.py:g": 30, "c.py:h": 5}}
    growth, lines = call_counts.compare(now, before, top=5)
    assert growth == 10.0
    assert lines == ["documents 2 -> 2", "calls 100 -> 110 (+10.0%)",
                     "grew most:", "  +15 a.py:f", "  +5 c.py:h",
                     "fell most:", "  -10 b.py:g"]


def test_main_fails_over_budget_only(tmp_path, capsys):
    docs = _docs(tmp_path)
    record = tmp_path / "counts.json"
    assert call_counts.main([docs, "-o", str(record)]) == 0
    assert call_counts.main([docs, "--against", str(record)]) == 0  # the same code: within 3%
    half = json.loads(record.read_text())
    half["total"] //= 2  # as if the code had since doubled its calls
    (tmp_path / "half.json").write_text(json.dumps(half))
    capsys.readouterr()
    assert call_counts.main([docs, "--against", str(tmp_path / "half.json")]) == 1
    assert "more than the budget of 3%" in capsys.readouterr().err
    assert call_counts.main([docs, "--against", str(tmp_path / "half.json"), "--budget", "150"]) == 0


def test_extraction_calls_within_budget_of_the_record(shared_dir):
    """The code as it is makes at most 3% more Python calls in one extraction pass over the default documents than
    ``benchmarks/call_counts.json`` records.  A change that adds work re-records the file, after timing itself with
    ``benchmarks/run.py``.  Run in a fresh process, as the record was made: caches warmed by other tests would hide
    calls.  No ROOT is given: the script reads its default folders (``benchmarks.run.DEFAULT_ROOTS``, the
    corpora under ``shared_dir``), those of the record."""
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "call_counts.py"),
                           "--against", str(REPO / "benchmarks" / "call_counts.json")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
