"""Datasette on a real knowledge base: metadata, diacritic-insensitive search, views."""
from __future__ import annotations

import asyncio

from datasette.app import Datasette

from outputs.site import metadata, serve_args
from pipeline.ingest import ingest


def make_kb(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Tin tức\nÔng Đặng Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định, phát biểu.\n",
                                  encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ingest([corpus], db, workers=1)
    return db


def get_json(ds, path):
    async def go():
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        return response.json()
    return asyncio.run(go())


def test_search_with_and_without_diacritics(tmp_path):
    db = make_kb(tmp_path)
    ds = Datasette([str(db)], metadata=metadata())
    for q in ("dang", "Đặng", "DANG"):
        data = get_json(ds, f"/kb/blocks.json?_search={q}&_shape=objects")
        assert [r["text"] for r in data["rows"]] == [
            "Ông Đặng Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định, phát biểu."], q


def test_views_and_metadata(tmp_path):
    db = make_kb(tmp_path)
    ds = Datasette([str(db)], metadata=metadata())
    data = get_json(ds, "/kb/documents_view.json?_shape=objects")
    assert [(r["status"], r["paths"]) for r in data["rows"]] == [("ok", "a.txt")]
    assert metadata()["license"].startswith("Apache-2.0")
    args = serve_args(str(db), port=9999)
    assert args[:5] == ["serve", "--host", "127.0.0.1", "--port", "9999"] and args[-1] == str(db)
