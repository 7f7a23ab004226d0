"""Bulk-load benchmark: the 50,000-article news archive, then a reload, then query latency.

    python benchmarks/bulk.py [--source ../shared/corpora/bulk] [--limit N] [--workers 2] [--db PATH]

1. ``sovang ingest SOURCE --workers N`` into a fresh knowledge base, sampling
   the summed RSS of the whole process tree (parent + workers) every 0.2 s;
2. the same ingest again (nothing changed), timed;
3. on the resulting knowledge base, ``search`` (ranked, first 20) and ``who``
   over the 100 fixed queries of ``benchmarks/queries.json``: median and p95.

With ``--limit N`` only the first N articles are loaded (a file of them is
written to a temporary folder).  Results go to ``benchmarks/bulk-results.json``
and are summarised in docs/performance.md by hand.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def cpu_children() -> float:
    """CPU seconds (user + system) of the finished child processes of this one, and theirs."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_measured(cmd: list[str]) -> tuple[float, float, str]:
    """Run ``cmd``; return (seconds, peak summed RSS of its process tree in MiB, stdout)."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    done = threading.Event()

    def sample():
        nonlocal peak
        parent = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                procs = [parent] + parent.children(recursive=True)
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, total / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    done.set()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    return time.monotonic() - started, peak, out


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=str(REPO.parent / "shared" / "corpora" / "bulk"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--db", default=None)
    ap.add_argument("-o", "--output", default=str(REPO / "benchmarks" / "bulk-results.json"))
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="sovang-bulk-"))
    source = Path(args.source)
    if args.limit:
        src = next(source.glob("*.jsonl.gz")) if source.is_dir() else source
        source = tmp / "src"
        source.mkdir()
        with gzip.open(src, "rt", encoding="utf-8") as fh, gzip.open(source / "bulk.jsonl.gz", "wt",
                                                                    encoding="utf-8") as out:
            for n, line in enumerate(fh):
                if n >= args.limit:
                    break
                out.write(line)
    db = Path(args.db) if args.db else tmp / "bulk.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    sovang = [sys.executable, "-m", "pipeline.cli"]
    cpu0 = cpu_children()
    load_s, load_rss, load_out = run_measured(sovang + ["ingest", str(source), "--db", str(db), "-q",
                                                        "--workers", str(args.workers)])
    load_cpu = cpu_children() - cpu0
    with open("/proc/loadavg") as fh:
        load_average = fh.read().split()[:3]
    reload_s, _, reload_out = run_measured(sovang + ["ingest", str(source), "--db", str(db), "-q",
                                                     "--workers", str(args.workers)])
    from outputs.kb import open_db
    from outputs.queries import who
    from outputs.search import search

    queries = json.loads((REPO / "benchmarks" / "queries.json").read_text(encoding="utf-8"))
    kb = open_db(db, readonly=True)
    times = {"search": [], "who": []}
    for q in queries["names"] + queries["awards"] + queries["words"]:
        t0 = time.perf_counter()
        search(kb, q, limit=20)
        times["search"].append((time.perf_counter() - t0) * 1000)
    for q in queries["names"]:
        t0 = time.perf_counter()
        who(kb, q)
        times["who"].append((time.perf_counter() - t0) * 1000)
    docs = kb.execute("SELECT count(*) FROM documents").fetchone()[0]
    result = {
        "documents": docs, "workers": args.workers,
        "load_seconds": round(load_s, 1), "load_minutes": round(load_s / 60, 2),
        "docs_per_s": round(docs / load_s, 1), "peak_rss_mb_all_processes": round(load_rss, 1),
        "load_cpu_seconds": round(load_cpu, 1),
        "load_minutes_if_2_cores_were_free": round(load_cpu / 2 / 60, 2),
        "machine_load_average_after_load": load_average,
        "reload_seconds": round(reload_s, 1),
        "search_ms": {"median": round(statistics.median(times["search"]), 2),
                      "p95": round(percentile(times["search"], 95), 2), "queries": len(times["search"])},
        "who_ms": {"median": round(statistics.median(times["who"]), 2),
                   "p95": round(percentile(times["who"], 95), 2), "queries": len(times["who"])},
        "db_mb": round(db.stat().st_size / 2**20, 1),
        "summary": load_out.splitlines()[:4], "reload_summary": reload_out.splitlines()[:2],
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    Path(args.output).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
