"""Throughput benchmark: sovang's stages beside underthesea on the same documents, one core.

    python benchmarks/run.py [ROOT ...] [--limit N] [--ner-sample N] [-o benchmarks/results.json]

Default ROOTs: ../shared/corpora/dev/docs and ../shared/corpora/real/news.
Prints the versions, then per stage (read, normalise, extract, write) the
documents/s and syllables/s (per CPU second of this one process, so that a
busy machine does not bias the comparison), the whole pipeline's syllables/s, underthesea's
``word_tokenize`` and ``ner`` syllables/s on the same text (``ner`` on a
sample of sentences, it is slow), the ratios, and the peak RSS of this
process.  Syllables are white-space separated tokens of the normalised text.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
#: the folders benchmarked when no ROOT is given (also ``benchmarks/call_counts.py``'s): dev's documents, real news
DEFAULT_ROOTS = [str(REPO / ".." / "shared" / "corpora" / "dev" / "docs"),
                 str(REPO / ".." / "shared" / "corpora" / "real" / "news")]

from pipeline import __version__  # noqa: E402
from pipeline.discover import Found, discover  # noqa: E402
from pipeline.readers import read_file  # noqa: E402
from pipeline.work import normalised  # noqa: E402


def clock() -> float:
    """CPU seconds of this process: fair to both sides on a shared machine (wall time is not)."""
    return time.process_time()


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (Linux ru_maxrss is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batched_extract(documents: list, extract_batch, size: int) -> list:
    """The facts of each of ``documents`` (None for a failed one), extracted as ingest's workers extract them
    (``pipeline.work.process_jobs``): the documents not failed, ``size`` at a time (``extractors.BATCH_DOCS``), by
    ``extract_batch``.  An extraction error is raised, as it would be in :func:`extractors.extract`."""
    kept = [k for k, d in enumerate(documents) if d.status != "failed"]
    facts: list = [None] * len(documents)
    for i in range(0, len(kept), size):
        part = kept[i:i + size]
        for k, f in zip(part, extract_batch([documents[k] for k in part])):
            if isinstance(f, Exception):
                raise f
            facts[k] = f
    return facts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="*")
    ap.add_argument("--limit", type=int, default=0, help="at most N documents (0: all)")
    ap.add_argument("--ner-sample", type=int, default=150, help="sentences for underthesea.ner")
    ap.add_argument("-o", "--output", default=str(REPO / "benchmarks" / "results.json"))
    args = ap.parse_args(argv)
    roots = args.roots or DEFAULT_ROOTS
    files = [f for f in discover(roots) if isinstance(f, Found)]
    if args.limit:
        files = files[: args.limit]

    import underthesea
    from underthesea import ner, sent_tokenize, word_tokenize

    from extractors import BATCH_DOCS, extract, extract_batch
    from outputs.kb import Writer, open_db

    t = {"read": 0.0, "normalise": 0.0, "extract": 0.0, "write": 0.0}
    docs = []
    t0 = clock()
    for f in files:
        docs.append((f, read_file(f.abspath)))
    t["read"] = clock() - t0
    t0 = clock()
    for _, d in docs:
        normalised(d)  # the pipeline's normalise stage (pipeline.work.process)
    t["normalise"] = clock() - t0
    extract(docs[0][1])  # build the spaCy pipeline and gazetteers once, outside the timing
    t0 = clock()
    facts = batched_extract([d for _, d in docs], extract_batch, BATCH_DOCS)
    t["extract"] = clock() - t0
    with tempfile.TemporaryDirectory() as tmp:
        writer = Writer(open_db(Path(tmp) / "bench.sqlite"))
        t0 = clock()
        for (f, d), fa in zip(docs, facts):
            writer.add(d, fa, f.root, f.path)
        writer.close()  # the last batch's commit is part of writing
        t["write"] = clock() - t0

    texts = [b.text for _, d in docs for b in d.blocks]
    syllables = sum(len(x.split()) for x in texts)
    # underthesea loads its models on the first call (word_tokenize ~0.4 s of CPU): like sovang's pipeline
    # above, that is done once outside the timing
    word_tokenize(texts[0])
    t0 = clock()
    for x in texts:
        word_tokenize(x)
    wt = clock() - t0
    sentences = [s for x in texts for s in sent_tokenize(x)][: args.ner_sample]
    ner_syll = sum(len(s.split()) for s in sentences)
    if sentences:
        ner(sentences[0])
    t0 = clock()
    for s in sentences:
        ner(s)
    nt = clock() - t0

    total = sum(t.values())
    result = {
        "versions": {"sovang": __version__, "underthesea": underthesea.__version__,
                     "python": platform.python_version()},
        "documents": len(docs), "syllables": syllables,
        "stages": {k: {"seconds": round(v, 3), "docs_per_s": round(len(docs) / v, 1) if v else None,
                       "syllables_per_s": round(syllables / v) if v else None} for k, v in t.items()},
        "pipeline": {"seconds": round(total, 3), "docs_per_s": round(len(docs) / total, 1),
                     "syllables_per_s": round(syllables / total)},
        "underthesea_word_tokenize": {"seconds": round(wt, 3), "syllables_per_s": round(syllables / wt)},
        "underthesea_ner": {"sentences": len(sentences), "syllables_per_s": round(ner_syll / nt) if nt else None},
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    result["ratio_to_word_tokenize"] = round(result["pipeline"]["syllables_per_s"]
                                             / result["underthesea_word_tokenize"]["syllables_per_s"], 2)
    if result["underthesea_ner"]["syllables_per_s"]:
        result["ratio_to_ner"] = round(result["pipeline"]["syllables_per_s"]
                                       / result["underthesea_ner"]["syllables_per_s"], 1)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    Path(args.output).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
