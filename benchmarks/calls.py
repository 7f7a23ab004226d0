"""Equivalence harness for a speed rewrite: every call of one function over a corpus, recorded, then checked.

    python benchmarks/calls.py record TARGET OUT ROOT [ROOT…]
    python benchmarks/calls.py check  TARGET OUT ROOT [ROOT…]

TARGET names a function or method by module and attribute path, e.g.
``extractors.components.unit_extent:NameExtent._extend`` or ``extractors.engine:resolve`` (a name the engine
imported is patched where it is read: give the module that calls it).  Each file under the ROOTs (sorted, as
``scripts/dev_extract.py`` reads them) is read, normalised and extracted with TARGET wrapped; each call is kept as
the document's path, its ordinal within the document, and digests of its arguments before the call, its result,
and its arguments after it (a function that changes its arguments in place, as ``resolve`` changes the facts, is
compared by what it leaves).  A spaCy ``Doc`` or ``Toks`` argument is written as its text's length, and ``self``
is left out.  ``record`` writes the calls to OUT (JSON Lines); ``check`` extracts again with the code as it is
now and prints the first calls that differ from OUT, then their count, and exits 1 when any does (also when a
document makes more or fewer calls).  Run ``record`` before the rewrite and ``check`` after it, on the 15 sets'
documents and the bulk stories.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _shown(value) -> str:
    """A stable text of ``value`` for its digest: a Doc or Toks by its length (its text is the document's)."""
    name = type(value).__name__
    if name in ("Doc", "Toks"):
        return f"<{name} {len(value)}>"
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(_shown(v) for v in value) + ",)"
    return repr(value)


def _digest(values) -> str:
    return hashlib.sha1("\x1f".join(_shown(v) for v in values).encode("utf-8")).hexdigest()[:16]


def _wrap(target: str, calls: list):
    """Patch TARGET so that each call appends (args digest, result digest, args-after digest) to ``calls``; returns
    a function that puts the original back."""
    module_name, _, path = target.partition(":")
    owner = importlib.import_module(module_name)
    *parents, attr = path.split(".")
    for p in parents:
        owner = getattr(owner, p)
    original = getattr(owner, attr)
    method = bool(parents)

    @functools.wraps(original)
    def recorded(*args, **kwargs):
        shown = args[1:] if method else args
        before = _digest(list(shown) + sorted(kwargs.items()))
        result = original(*args, **kwargs)
        calls.append((before, _digest([result]), _digest(list(shown) + sorted(kwargs.items()))))
        return result

    setattr(owner, attr, recorded)
    return lambda: setattr(owner, attr, original)


def documents(roots: list[str]):
    """Yield ``(label, document)`` for each supported file under each of ``roots`` in turn (sorted,
    :func:`pipeline.readers.supported_files`, as ``scripts/dev_extract.py`` reads them), read and normalised
    (:func:`pipeline.work.normalised`), one at a time; ``label`` is ``ROOT/relative/path``.  A file that cannot be
    read comes as a document of status ``"failed"``; a root that does not exist yields nothing.  Shared with
    ``benchmarks/call_counts.py``."""
    from pipeline.readers import read_file, supported_files
    from pipeline.work import normalised

    for root in roots:
        rootp = Path(root)
        for path in supported_files(rootp):
            yield f"{root}/{path.relative_to(rootp).as_posix()}", normalised(read_file(path))


def run(target: str, roots: list[str]):
    """Yield (path, calls) for each document under ``roots`` (:func:`documents`), TARGET wrapped while it is
    extracted."""
    from extractors import extract

    calls: list = []
    unwrap = _wrap(target, calls)
    try:
        for path, doc in documents(roots):
            calls.clear()
            if doc.status != "failed":
                extract(doc)
            yield path, list(calls)
    finally:  # a second run in the same process (record, then check) would otherwise wrap the wrapper
        unwrap()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("record", "check"))
    ap.add_argument("target")
    ap.add_argument("out")
    ap.add_argument("root", nargs="+")
    args = ap.parse_args(argv)
    if args.mode == "record":
        total = 0
        with open(args.out, "w", encoding="utf-8") as out:
            for path, calls in run(args.target, args.root):
                total += len(calls)
                out.write(json.dumps({"path": path, "calls": calls}, ensure_ascii=False) + "\n")
        print(f"{total} calls recorded")
        return 0
    kept = {}
    with open(args.out, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            kept[row["path"]] = [tuple(c) for c in row["calls"]]
    differ = total = 0
    for path, calls in run(args.target, args.root):
        old = kept.get(path, [])
        total += len(calls)
        if len(old) != len(calls):
            differ += 1
            print(f"{path}: {len(old)} calls recorded, {len(calls)} now")
            continue
        for k, (a, b) in enumerate(zip(old, calls)):
            if a != b:
                differ += 1
                if differ <= 20:
                    print(f"{path}: call {k} differs ({'arguments' if a[0] != b[0] else 'result'})")
    print(f"{total} calls checked, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
