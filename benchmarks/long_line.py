"""Extraction time of one long line without end marks (OCR output, a flattened table), by its length.

    python benchmarks/long_line.py [--sizes 1000 2000 4000]

Each shape is repeated N times on one line; the report gives CPU seconds of ``extract()`` (reading and
normalising excluded) and seconds per KB, which should stay about flat as N grows (sentences are cut at
``MAX_SENTENCE_TOKENS``, extractors/components/sentences.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors import extract  # noqa: E402
from extractors.nlp import get_nlp  # noqa: E402
from pipeline.normalize import normalize_document  # noqa: E402
from pipeline.readers import read_file  # noqa: E402

NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")
SHAPES = {
    "award cues": lambda n: "Tặng Bằng khen " * n,
    "names": lambda n: "Tặng Bằng khen cho " + ", ".join(NAMES[i % 4] for i in range(n)),
    "unit names": lambda n: " ".join("Ủy ban nhân dân xã Hòa An, Công ty Cổ phần Sông Đà" for _ in range(n)),
    "table row": lambda n: " ".join(f"{i} Nguyễn Văn An Trưởng phòng Sở Nội vụ tỉnh Nghệ An Bằng khen"
                                    for i in range(n)),
}


def measure(text: str, folder: Path) -> tuple[float, float]:
    """(KB, CPU seconds of extract) for ``text`` written as a .txt file."""
    path = folder / "line.txt"
    path.write_text(text, encoding="utf-8")
    doc = normalize_document(read_file(path))
    start = time.process_time()
    extract(doc)
    return path.stat().st_size / 1024, time.process_time() - start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[1000, 2000, 4000])
    args = ap.parse_args(argv)
    get_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        for shape, make in SHAPES.items():
            for n in args.sizes:
                kb, cpu = measure(make(n), Path(tmp))
                print(f"{shape:<11} N={n:<6} {kb:8.1f} KB {cpu:7.2f} s CPU {cpu / kb:.4f} s/KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
