"""Held-out documents are gathered from ../shared: linked from corpora/real, or written out from the bulk news."""
from __future__ import annotations

import gzip
import json

import pytest

from outputs.evaluation import heldout_documents, write_bulk_documents


def _shared(tmp_path):
    shared = tmp_path / "shared"
    (shared / "corpora" / "real" / "news").mkdir(parents=True)
    (shared / "corpora" / "real" / "news" / "baomoi_1.txt").write_text("Tin một\nNội dung.\n", encoding="utf-8")
    (shared / "corpora" / "bulk").mkdir(parents=True)
    articles = [{"id": "vietnews-train-000007", "title": "Tựa", "text": "Đoạn một.\n\nĐoạn hai.\n"},
                {"id": "baomoi-22", "title": "Tin hai", "text": "Nội dung hai."},
                {"id": "dantri-news_society_003", "title": "Tin ba", "text": "Nội dung ba."}]
    with gzip.open(shared / "corpora" / "bulk" / "vi_news_50k.jsonl.gz", "wt", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return shared


def _gold(tmp_path, *documents):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"document": d}) + "\n" for d in documents), encoding="utf-8")
    return path


def test_bulk_articles_are_written_as_the_real_news_files_are(tmp_path):
    shared = _shared(tmp_path)
    gold = _gold(tmp_path, "news/vietnews_train_000007.txt", "news/baomoi_22.txt", "news/dantri_news_society_003.txt")
    root = heldout_documents(gold, shared, tmp_path / "docs")
    # VietNews: title, blank line, text; the others: title, line break, text; one final line break
    assert (root / "news" / "vietnews_train_000007.txt").read_text(encoding="utf-8") == \
        "Tựa\n\nĐoạn một.\n\nĐoạn hai.\n"
    assert (root / "news" / "baomoi_22.txt").read_text(encoding="utf-8") == "Tin hai\nNội dung hai.\n"
    assert (root / "news" / "dantri_news_society_003.txt").read_text(encoding="utf-8") == "Tin ba\nNội dung ba.\n"


def test_real_news_are_linked(tmp_path):
    shared = _shared(tmp_path)
    root = heldout_documents(_gold(tmp_path, "news/baomoi_1.txt"), shared, tmp_path / "docs")
    assert (root / "news" / "baomoi_1.txt").is_symlink()
    assert (root / "news" / "baomoi_1.txt").read_text(encoding="utf-8") == "Tin một\nNội dung.\n"


def test_an_article_the_bulk_lacks_is_named(tmp_path):
    shared = _shared(tmp_path)
    with pytest.raises(FileNotFoundError, match="news/baomoi_99.txt"):
        write_bulk_documents(_gold(tmp_path, "news/baomoi_22.txt", "news/baomoi_99.txt"),
                             shared / "corpora" / "bulk" / "vi_news_50k.jsonl.gz", tmp_path / "docs")
