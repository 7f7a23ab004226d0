"""Dask overhead: the same news sample through the local pool and a 2-worker LocalCluster.

    python benchmarks/executors.py [--limit 2000] [--workers 2]

Reports wall time, documents/s and the CPU seconds of the whole process tree
(parent, workers, Dask scheduler and nannies: ``RUSAGE_CHILDREN`` of this
process after each run), the fair figure on a shared machine.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sovang-exec-"))
    src = next((REPO.parent / "shared" / "corpora" / "bulk").glob("*.jsonl.gz"))
    (tmp / "in").mkdir()
    with gzip.open(src, "rt", encoding="utf-8") as fh, gzip.open(tmp / "in" / "sample.jsonl.gz", "wt",
                                                                encoding="utf-8") as out:
        for n, line in enumerate(fh):
            if n >= args.limit:
                break
            out.write(line)
    result = {"documents": args.limit, "workers": args.workers}
    for name, extra in (("local", []), ("dask", ["--executor", "dask"])):
        db = tmp / f"{name}.sqlite"
        cpu0, t0 = cpu_children(), time.monotonic()
        subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(tmp / "in"), "--db", str(db), "-q",
                        "--workers", str(args.workers), *extra], check=True, cwd=REPO, capture_output=True)
        wall, cpu = time.monotonic() - t0, cpu_children() - cpu0
        result[name] = {"seconds": round(wall, 1), "docs_per_s": round(args.limit / wall, 1),
                        "cpu_seconds": round(cpu, 1)}
    result["dask_overhead_cpu"] = round(result["dask"]["cpu_seconds"] / result["local"]["cpu_seconds"] - 1, 3)
    result["dask_overhead_wall"] = round(result["dask"]["seconds"] / result["local"]["seconds"] - 1, 3)
    with open("/proc/loadavg") as fh:
        result["load_average"] = fh.read().split()[:3]
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
