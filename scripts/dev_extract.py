#!/usr/bin/env python3
"""Dev loop: extract facts from every file under ROOT and write GUIDELINES.md JSON Lines.

    python scripts/dev_extract.py ROOT [ROOT…] -o facts.jsonl [--speed [--warm]]

``--speed`` prints syllables/s of extract() alone (reading and normalising excluded), by wall clock and
by process CPU time (the latter is robust to other load on the machine).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.normalize import normalize_document  # noqa: E402
from pipeline.readers import read_file, supported_files  # noqa: E402
from extractors import extract  # noqa: E402
from extractors.nlp import get_nlp  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--warm", action="store_true",
                    help="extract everything once before timing (steady state: spaCy's lexeme cache filled)")
    args = ap.parse_args(argv)
    get_nlp()
    if args.warm:
        for root in args.root:
            for path in supported_files(root):
                extract(normalize_document(read_file(path)))
    syllables = 0
    spent = cpu = 0.0
    with open(args.output, "w", encoding="utf-8") as out:
        for root in args.root:
            rootp = Path(root)
            for path in supported_files(rootp):
                doc = normalize_document(read_file(path))
                t, c = time.perf_counter(), time.process_time()
                facts = extract(doc)
                spent += time.perf_counter() - t
                cpu += time.process_time() - c
                syllables += sum(len(b.text.split()) for b in doc.blocks)
                rel = path.relative_to(rootp).as_posix()
                out.write(json.dumps(facts.to_guidelines(rel), ensure_ascii=False) + "\n")
    if args.speed:
        print(f"{syllables} syllables in {spent:.2f}s wall ({syllables / max(spent, 1e-9):,.0f} syllables/s), "
              f"{cpu:.2f}s CPU ({syllables / max(cpu, 1e-9):,.0f} syllables/s of CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
