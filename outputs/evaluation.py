"""Evaluate a folder against gold facts: ingest into a temporary knowledge base, export, score.

Used by ``sovang evaluate`` and by ``scripts/eval_report.py`` (which writes
docs/evaluation.md).  Scores follow GUIDELINES.md (see :mod:`outputs.scoring`).
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from .scoring import load_jsonl, score


@dataclass
class Evaluation:
    """The result of evaluating one folder.

    ``result``: sovang's scores (see :func:`outputs.scoring.score`);
    ``baseline``: underthesea NER's scores on the same documents, or None;
    ``seconds``: the ingest time; ``documents``: gold documents found in the
    prediction / in gold.
    """

    result: dict
    baseline: dict | None
    seconds: float
    documents: tuple[int, int]


def evaluate_root(root: str | Path, gold_path: str | Path, workers: int | None = None,
                  ner: bool = False) -> Evaluation:
    """Ingest ``root`` into a temporary knowledge base and score its facts against ``gold_path``."""
    from pipeline.ingest import ingest

    from .export import iter_facts
    from .kb import open_db

    gold = load_jsonl(gold_path)
    with tempfile.TemporaryDirectory() as tmp:
        kb = Path(tmp) / "eval.sqlite"
        summary = ingest([root], kb, workers=workers)
        db = open_db(kb)
        pred = {obj["document"]: obj for obj in iter_facts(db)}
        db.conn.close()
    baseline = score(gold, ner_baseline(root, gold)) if ner else None
    return Evaluation(score(gold, pred), baseline, summary.seconds, (sum(d in pred for d in gold), len(gold)))


def link_documents(gold_path: str | Path, source: str | Path, dest: str | Path) -> Path:
    """Fill ``dest`` with a symbolic link to each document a gold file names (its ``document`` paths are relative
    to ``source``), so that only those documents are ingested; returns ``dest``.  Used for the held-out news,
    whose documents sit among others in ``../shared/corpora/real``.  FileNotFoundError naming the first missing one."""
    dest, source = Path(dest), Path(source)
    for rel in load_jsonl(gold_path):
        src = source / rel
        if not src.is_file():
            raise FileNotFoundError(f"{src}: named by {gold_path} but missing")
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).symlink_to(src.resolve())
    return dest


def write_bulk_documents(gold_path: str | Path, bulk_path: str | Path, dest: str | Path) -> Path:
    """Fill ``dest`` with the articles of the bulk news file (``../shared/corpora/bulk/*.jsonl.gz``: one JSON
    object a line with ``id``, ``title``, ``text``) that a gold file names, and return ``dest``.

    A gold ``document`` ``news/vietnews_train_059184.txt`` names the article whose ``id`` is
    ``vietnews-train-059184`` (dashes read as underscores).  Each file is laid out as the files of
    ``../shared/corpora/real/news`` from the same source are: the title, then the text, separated by a blank
    line for VietNews articles and by a line break for the others.  Used for held-out news drawn from the bulk
    set.  FileNotFoundError naming the first article the bulk file lacks."""
    import gzip
    import json

    wanted = {Path(rel).stem: rel for rel in load_jsonl(gold_path)}
    dest = Path(dest)
    opener = gzip.open if str(bulk_path).endswith(".gz") else open
    with opener(bulk_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            rel = wanted.pop(article["id"].replace("-", "_"), None)
            if rel is None:
                continue
            sep = "\n\n" if article["id"].startswith("vietnews") else "\n"
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            (dest / rel).write_text(article["title"] + sep + article["text"].rstrip() + "\n", encoding="utf-8")
    if wanted:
        raise FileNotFoundError(f"{bulk_path}: lacks {sorted(wanted.values())[0]}, named by {gold_path}")
    return dest


def heldout_documents(gold_path: str | Path, shared: str | Path, dest: str | Path) -> Path:
    """Fill ``dest`` with the documents a held-out gold file names and return it: links into
    ``shared/corpora/real`` when its first document is there (:func:`link_documents`), else the articles of
    ``shared/corpora/bulk/vi_news_50k.jsonl.gz`` written out (:func:`write_bulk_documents`)."""
    shared = Path(shared)
    first = next(iter(load_jsonl(gold_path)), None)
    if first is not None and (shared / "corpora" / "real" / first).is_file():
        return link_documents(gold_path, shared / "corpora" / "real", dest)
    return write_bulk_documents(gold_path, shared / "corpora" / "bulk" / "vi_news_50k.jsonl.gz", dest)


def ner_baseline(root: str | Path, gold: dict) -> dict[str, dict]:
    """underthesea NER's facts (PER → officials, ORG → units) for each gold document under ``root``."""
    from extractors.baseline import baseline_facts
    from pipeline.normalize import normalize_document
    from pipeline.readers import read_file

    out = {}
    for doc_path in gold:
        file = Path(root) / doc_path
        if file.exists():
            out[doc_path] = baseline_facts(normalize_document(read_file(file)), doc_path)
    return out
