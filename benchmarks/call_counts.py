"""Python function calls of one extraction pass: a measure of extraction's work that a busy machine does not swing.

    python benchmarks/call_counts.py [ROOT ...] [-o benchmarks/call_counts.json]
    python benchmarks/call_counts.py [ROOT ...] --against benchmarks/call_counts.json [--budget 3] [--top 15]

Default ROOTs: ../shared/corpora/dev/docs and ../shared/corpora/real/news (the documents of ``benchmarks/run.py``).
Each supported file under the ROOTs (sorted, as ``scripts/dev_extract.py`` reads them) is read and normalised
(``benchmarks.calls.documents``); one document is extracted first (spaCy's and the gazetteers' loading is not
counted), then every document is extracted once under ``cProfile``, in batches as ingest's workers extract them
(``benchmarks.run.batched_extract``).  The count is of calls (primitive and
recursive), per function, keyed by ``path:function`` with the path relative to the repository (functions outside it
keep their own name: the str methods, ``len``, spaCy's).

Without ``--against``: writes ``{"documents": N, "total": calls, "functions": {key: calls}}`` to the output
(default ``benchmarks/call_counts.json``) and prints the total.

With ``--against FILE``: writes nothing; prints both totals, the change in percent and the ``--top`` functions whose
calls grew most (and fell most), and exits 1 when the total grew by more than ``--budget`` percent (default 3).
CPU seconds on this shared two-core machine swing by 10–30% from run to run (``docs/performance.md``), so a rule
that makes extraction slower is found here first: in session 31 one new component's per-token test added 36% of
all calls (0.42 s of 3.95 s under cProfile), which alternating runs of ``benchmarks/run.py`` could not tell from
the order the runs were made in (14.5% more extraction time before the mend, 14.6% after it).  Calls are not time
(a ``str.lower`` is not a regex search), so a growth found here is then timed with ``benchmarks/run.py``.  Two
runs of the same code differ by up to 0.2% (caches filled in another order).  ``tests/test_bench_call_counts.py``
holds the code to the record within the budget.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _key(code: tuple) -> str:
    """``path:function`` of a pstats key ``(file, line, name)``; the path relative to the repository when inside it
    (so two checkouts of the code give the same keys), else the name alone ("~" built-ins, libraries)."""
    file, _, name = code
    try:
        return f"{Path(file).resolve().relative_to(REPO)}:{name}"
    except ValueError:
        return name


def count(roots: list[str]) -> dict:
    """Calls of one extraction pass over the files under ``roots``: ``{"documents": N, "total": calls,
    "functions": {key: calls}}`` (keys: :func:`_key`; a key's calls summed over its functions of one name).
    Raises FileNotFoundError when a root does not exist."""
    from benchmarks.calls import documents
    from benchmarks.run import batched_extract
    from extractors import BATCH_DOCS, extract, extract_batch

    for root in roots:
        if not Path(root).exists():
            raise FileNotFoundError(f"{root}: no such folder")
    docs = [d for _, d in documents(roots) if d.status != "failed"]
    if docs:
        extract(docs[0])  # loading spaCy and the gazetteers is not extraction's work
    profile = cProfile.Profile()
    profile.enable()
    batched_extract(docs, extract_batch, BATCH_DOCS)  # (as ingest's workers and benchmarks/run.py extract)
    profile.disable()
    functions: dict[str, int] = {}
    for code, (_primitive, calls, _tt, _ct, _callers) in pstats.Stats(profile).stats.items():
        k = _key(code)
        functions[k] = functions.get(k, 0) + calls
    return {"documents": len(docs), "total": sum(functions.values()), "functions": functions}


def compare(now: dict, before: dict, top: int) -> tuple[float, list[str]]:
    """The growth of ``now``'s total over ``before``'s, in percent, and the report's lines: both totals, then the
    ``top`` functions whose calls grew most and the ``top`` that fell most (``+N key`` / ``-N key``)."""
    growth = 100.0 * (now["total"] - before["total"]) / max(before["total"], 1)
    lines = [f"documents {before['documents']} -> {now['documents']}",
             f"calls {before['total']:,} -> {now['total']:,} ({growth:+.1f}%)"]
    keys = set(now["functions"]) | set(before["functions"])
    diffs = sorted(((now["functions"].get(k, 0) - before["functions"].get(k, 0), k) for k in keys), reverse=True)
    grew = [(d, k) for d, k in diffs if d > 0][:top]
    fell = [(d, k) for d, k in reversed(diffs) if d < 0][:top]
    if grew:
        lines.append("grew most:")
        lines += [f"  {d:+,} {k}" for d, k in grew]
    if fell:
        lines.append("fell most:")
        lines += [f"  {d:+,} {k}" for d, k in fell]
    return growth, lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="*")
    ap.add_argument("-o", "--output", default=str(REPO / "benchmarks" / "call_counts.json"))
    ap.add_argument("--against", help="a file this script wrote: compare with it, write nothing")
    ap.add_argument("--budget", type=float, default=3.0, help="percent of growth in calls allowed (default 3)")
    ap.add_argument("--top", type=int, default=15, help="functions listed each way (default 15)")
    args = ap.parse_args(argv)
    from benchmarks.run import DEFAULT_ROOTS

    roots = args.roots or DEFAULT_ROOTS
    now = count(roots)
    if not args.against:
        Path(args.output).write_text(json.dumps(now, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
        print(f"{now['documents']} documents, {now['total']:,} calls -> {args.output}")
        return 0
    growth, lines = compare(now, json.loads(Path(args.against).read_text()), args.top)
    print("\n".join(lines))
    if growth > args.budget:
        print(f"calls grew by {growth:.1f}%, more than the budget of {args.budget:g}%: time the change with "
              "benchmarks/run.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
