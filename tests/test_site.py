"""The Datasette site in-process (datasette's test client): metadata, search with and without
diacritics, views and facets, canned queries, links to the evidence, the chart, CSV and JSON exports."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3

import pytest
from datasette.database import Database

from outputs import site
from outputs.kb import VIEWS
from outputs.site_plugin import fold_query_string, in_full_pages, sovang_match
from pipeline.ingest import ingest
from tests.conftest import REPO

DECISION = """ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
QUYẾT ĐỊNH
Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh

Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ông Nguyễn Quang Dũng, Giám đốc Sở Tư pháp tỉnh Nam Định, đã có thành tích xuất sắc trong phong trào thi đua năm 2023.
Điều 2. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Sở Tư pháp tỉnh Nam Định năm 2023.
"""
NEWS = """Trao Huân chương Lao động hạng Ba
Ngày 5/3/2024, ông Đặng Văn Hòa, Phó Giám đốc Sở Nội vụ tỉnh Nam Định, được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2024.
UBND tỉnh đề nghị tặng Huân chương Lao động hạng Nhì cho Sở Nội vụ tỉnh Nam Định năm 2024.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    """A knowledge base named ``kb`` built by ``ingest`` from a small corpus the test writes."""
    tmp = tmp_path_factory.mktemp("site")
    corpus = tmp / "c"
    corpus.mkdir()
    (corpus / "quyet-dinh.txt").write_text(DECISION, encoding="utf-8")
    (corpus / "tin.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "hong.pdf").write_bytes(b"%PDF-1.4 broken")
    db = tmp / "kb.sqlite"
    ingest([corpus], db, workers=1)
    return db


@pytest.fixture(scope="module")
def ds(kb):
    return site.app(kb)


def get(ds, path, status=200):
    async def go():
        return await ds.client.get(path)
    response = asyncio.run(go())
    assert response.status_code == status, (path, response.status_code, response.text[:500])
    return response


def rows(ds, path):
    return get(ds, path + ("&" if "?" in path else "?") + "_shape=objects").json()["rows"]


# -- metadata -----------------------------------------------------------------------------------

def test_every_table_view_and_column_is_described(kb):
    md = site.metadata("kb")
    tables = md["databases"]["kb"]["tables"]
    conn = sqlite3.connect(kb)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                        "AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%'")]
    assert set(VIEWS) <= set(names)
    for name in names:
        assert name in tables and tables[name]["description"], f"describe {name} in outputs/site.py TABLES"
        described = tables[name]["columns"]
        for (column,) in conn.execute(f"SELECT name FROM pragma_table_info('{name}')"):
            assert described.get(column), f"{name}.{column} has no description: add it to outputs/site.py TABLES"
            assert " / " in described[column], (name, column)  # Vietnamese / English
    assert md["license"].startswith("Apache-2.0") and md["title"] and md["source"]
    assert md["description"].index("Đơn vị") < md["description"].index("Units")  # Vietnamese first


@pytest.fixture
def own_tmp(tmp_path, monkeypatch):
    """The temporary folder of :func:`outputs.site.write_metadata` inside the test's own: the ``sovang-site-…``
    folders of the ``serve_args`` calls below were left in /tmp, three a run (66 of them, newcomer, session 28)."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))


def test_serve_args(kb, own_tmp):
    args = site.serve_args(str(kb), port=9999)
    assert args[:5] == ["serve", "--host", "127.0.0.1", "--port", "9999"] and args[-1] == str(kb)
    assert "--immutable" not in args
    settings = dict(zip(args[1::2], args[2::2]))  # noqa: F841 (pairs are checked below)
    joined = " ".join(args)
    assert "--setting allow_csv_stream on" in joined and "--setting max_csv_mb 0" in joined
    meta = json.loads(open(args[args.index("--metadata") + 1], encoding="utf-8").read())
    assert "kb" in meta["databases"] and "tim_kiem" in meta["databases"]["kb"]["queries"]
    assert site.serve_args(str(kb), immutable=True)[-2:] == ["--immutable", str(kb)]


def test_extra_metadata_is_merged(kb, tmp_path, own_tmp):
    extra = tmp_path / "lan.json"
    extra.write_text(json.dumps({"allow": {"id": "staff"}, "plugins": {"datasette-auth-passwords": {
        "staff_password_hash": {"$env": "PASSWORD_HASH_STAFF"}}}}), encoding="utf-8")
    args = site.serve_args(str(kb), extra_metadata=str(extra))
    meta = json.loads(open(args[args.index("--metadata") + 1], encoding="utf-8").read())
    assert meta["allow"] == {"id": "staff"}
    assert set(meta["plugins"]) == {"datasette-dashboards", "datasette-auth-passwords"}


# -- search -------------------------------------------------------------------------------------

@pytest.mark.parametrize("q", ["nguyen quang dung", "Nguyễn Quang Dũng", "NGUYEN QUANG DUNG", "nguyễn quang dung"])
def test_block_search_with_and_without_diacritics(ds, q):
    found = rows(ds, f"/kb/blocks.json?_search={q}")
    assert len(found) == 1 and "Nguyễn Quang Dũng" in found[0]["text"]


@pytest.mark.parametrize("q", ["dang van hoa", "Đặng Văn Hòa", "ĐẶNG", "dang"])
def test_entity_search_folds_d(ds, q):
    names = {r["canonical_name"] for r in rows(ds, f"/kb/entities.json?_search={q}")}
    assert "Đặng Văn Hòa" in names


def test_query_with_d_matches_text_written_without(tmp_path):
    """FTS5's remove_diacritics keeps đ: the plugin folds the query, so "Đặng" also finds "Dang"."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ong Dang Van Hoa phat bieu tai hoi nghi.\n", encoding="utf-8")
    db = tmp_path / "ascii.sqlite"
    ingest([corpus], db, workers=1)
    ds = site.app(db)
    assert len(rows(ds, "/ascii/blocks.json?_search=Đặng Văn Hòa")) == 1


@pytest.mark.parametrize("path, page, instead, address", [
    ("/kb/units.json?_search=dang", "units", "units_view", "/kb/units_view.json?_search=dang"),
    ("/kb/persons?_search_folded=dang", "persons", "persons_view", "/kb/persons_view?_search=dang"),
    ("/kb/documents.csv?_search=quyet dinh", "documents", "blocks", "/kb/blocks.csv?_search=quyet+dinh")])
def test_search_of_a_page_without_full_text_search_is_refused(ds, path, page, instead, address):
    """Datasette ignores ``_search`` on a table without an FTS index and lists every row; the site says so, with
    the address that asks the searchable page the same (newcomer, session 42: it said ``/{database}/…``)."""
    response = get(ds, path, status=400)
    message = response.json()["error"] if ".json" in path else response.text.rstrip("\n")
    assert message == (f"{page} has no full-text search: ?_search= would list every row. Search {instead} instead "
                       f"({address}), or use 'sovang search'.")


def test_refused_search_of_a_json_page_answers_json(ds):
    """A ``.json`` address gets Datasette's error object, so a client reading JSON parses the refusal."""
    response = get(ds, "/kb/units.json?_search=Đặng Văn&_size=5", status=400)
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.json() == {"ok": False, "status": 400, "title": None, "error": (
        "units has no full-text search: ?_search= would list every row. Search units_view instead "
        "(/kb/units_view.json?_search=Đặng+Văn), or use 'sovang search'.")}


def test_search_of_a_searchable_view_is_not_refused(ds):
    names = {r["name"] for r in rows(ds, "/kb/persons_view.json?_search=dang van hoa")}
    assert "Đặng Văn Hòa" in names


def test_a_views_own_search_reads_the_words_as_typed_as_the_readme_says(ds):
    """A view's ``?_search=`` folds tone marks but writes out no abbreviation, where the home page's box (through
    ``tim_ten``) does; the README said the two worked "the same way" (newcomer, session 46)."""
    def names(path):
        return {r["name"] for r in rows(ds, path)}
    assert names("/kb/units_view.json?_search=ubnd tinh nam dinh") == set()
    assert "Ủy ban nhân dân tỉnh Nam Định" in names("/kb/units_view.json?_search=uy ban nhan dan tinh nam dinh")
    assert "UBND tỉnh Nam Định" in names("/kb/tim_ten.json?q=ubnd tinh nam dinh")
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert '`units_view?_search=ubnd tinh nam dinh` not "Ủy ban nhân dân tỉnh Nam Định"' in readme
    assert "works the same way but lists matches" not in readme


def test_raw_search_mode_keeps_operators_and_prefixes(ds):
    found = rows(ds, "/kb/blocks.json?_search=nguy* AND dũng&_searchmode=raw")
    assert len(found) == 1
    assert fold_query_string("_search=Đặng OR Hòa&_searchmode=raw".encode()) == \
        b"_search=dang+OR+hoa&_searchmode=raw"


def test_ranked_search_canned_queries(ds):
    hits = rows(ds, "/kb/tim_kiem.json?q=nguyen quang dung")
    assert len(hits) == 1 and "Nguyễn Quang Dũng" in hits[0]["text"] and hits[0]["document_title"]
    hits = rows(ds, "/kb/tim_kiem.json?q=tinh nam dinh")
    assert len(hits) >= 3 and [h["score"] for h in hits] == sorted(h["score"] for h in hits)
    assert rows(ds, "/kb/tim_kiem.json?q=") == []
    names = rows(ds, "/kb/tim_ten.json?q=Nguyễn Quang Dũng")
    assert names[0]["name"] == "Nguyễn Quang Dũng" and names[0]["kind"] == "person"
    assert sovang_match("Đặng hòa*") == 'folded : ("dang" "hoa"*)'


def test_search_all_plugin(ds):
    html = get(ds, "/-/search?q=nguyen quang dung").text
    assert "/kb/blocks" in html and "/kb/entities" in html
    assert 'action="/-/search"' in get(ds, "/").text


# -- views, facets, links -----------------------------------------------------------------------

def test_conferrals_view_has_names_and_facets(ds):
    data = get(ds, "/kb/conferrals_view.json?_shape=objects").json()
    by_recipient = {r["recipient"]: r for r in data["rows"]}
    dung = by_recipient["Nguyễn Quang Dũng"]
    assert dung["year"] == 2023 and dung["status"] == "conferred" and dung["award_form"] == "Bằng khen, Giấy khen"
    assert dung["unit"] == "Sở Tư pháp tỉnh Nam Định" and dung["document_type"] == "Quyết định"
    assert "Nguyễn Quang Dũng" in dung["sentence"]
    facets = data["facet_results"]
    assert {"award_form", "award_class", "year", "status", "unit"} <= set(facets)
    years = {f["value"]: f["count"] for f in facets["year"]["results"]}
    assert years.get(2023, 0) >= 2 and years.get(2024, 0) >= 1
    classes = {f["value"] for f in facets["award_class"]["results"]}
    assert "hạng Ba" in classes


def test_views_search_the_evidence_and_names(ds):
    """conferrals_view searches the sentences' blocks, persons_view the names (FTS on views, via metadata)."""
    assert {r["recipient"] for r in rows(ds, "/kb/conferrals_view.json?_search=nguyen quang dung")} == {
        "Nguyễn Quang Dũng"}
    assert [r["name"] for r in rows(ds, "/kb/persons_view.json?_search=Đặng")] == ["Đặng Văn Hòa"]


def test_following_a_facet_filters(ds):
    data = get(ds, "/kb/conferrals_view.json?_shape=objects&award_class=hạng Ba").json()
    assert [r["recipient"] for r in data["rows"]] == ["Đặng Văn Hòa"]
    docs = get(ds, "/kb/documents_view.json?_shape=objects").json()
    assert {"status", "document_type", "format"} <= set(docs["facet_results"])
    types = {f["value"] for f in docs["facet_results"]["document_type"]["results"]}
    assert "Quyết định" in types


def test_persons_and_units_views(ds):
    person = rows(ds, "/kb/persons_view.json?_search=nguyen quang dung")
    assert [(p["name"], p["position"], p["unit"]) for p in person] == [
        ("Nguyễn Quang Dũng", "Giám đốc", "Sở Tư pháp tỉnh Nam Định")]
    facets = get(ds, "/kb/persons_view.json?_facet=unit&_facet=position").json()["facet_results"]
    assert "Sở Tư pháp tỉnh Nam Định" in {f["value"] for f in facets["unit"]["results"]}
    assert "Giám đốc" in {f["value"] for f in facets["position"]["results"]}
    units = {u["name"]: u for u in rows(ds, "/kb/units_view.json?_search=so tu phap")}
    assert units["Sở Tư pháp tỉnh Nam Định"]["awards"] >= 1
    assert units["Sở Tư pháp tỉnh Nam Định"]["officials"] >= 1


def test_facts_link_to_document_and_sentence(ds):
    html = get(ds, "/kb/conferrals_view?recipient=Nguyễn Quang Dũng").text
    fact = rows(ds, "/kb/conferrals_view.json?recipient=Nguyễn Quang Dũng")[0]
    assert f'href="/kb/documents/{fact["document"]}"' in html
    assert f'href="/kb/blocks/{fact["block"]}"' in html
    assert f'href="/kb/persons/{fact["person_id"]}"' in html
    assert f'href="/kb/awards/{fact["award_id"]}"' in html
    block = get(ds, f"/kb/blocks/{fact['block']}").text
    assert "Nguyễn Quang Dũng" in block and f'/kb/documents/{fact["document"]}' in block


def test_record_pages(ds):
    person = rows(ds, "/kb/persons_view.json?name=Nguyễn Quang Dũng")[0]
    html = get(ds, f"/kb/persons/{person['id']}").text
    assert "Nguyễn Quang Dũng" in html and "Chức vụ / positions" in html
    assert "Giám đốc" in html and "Bằng khen của Chủ tịch" in html and "Điều 1." in html
    entity = rows(ds, "/kb/entities.json?_search=nguyen quang dung")[0]
    html = get(ds, f"/kb/entities/{entity['id']}").text
    assert f'/kb/persons/{person["id"]}' in html and "Khen thưởng / awards" in html
    unit = rows(ds, "/kb/units_view.json?name=Sở Tư pháp tỉnh Nam Định")[0]
    html = get(ds, f"/kb/units/{unit['id']}").text
    assert "Cờ thi đua" in html and "Nguyễn Quang Dũng" in html  # its award and its official
    award = rows(ds, "/kb/awards_view.json?class=hạng Ba")[0]
    assert "Đặng Văn Hòa" in get(ds, f"/kb/awards/{award['id']}").text
    doc = rows(ds, "/kb/conferrals_view.json?recipient=Nguyễn Quang Dũng")[0]["document"]
    html = get(ds, f"/kb/documents/{doc}").text
    assert "quyet-dinh.txt" in html and "Khen thưởng trong tài liệu" in html and "Sở Tư pháp" in html


# -- canned queries -----------------------------------------------------------------------------

def test_who_received_an_award_in_a_year(ds):
    found = rows(ds, "/kb/nhan_khen_thuong.json?award=huan chuong lao dong&year=2024")
    assert ("Đặng Văn Hòa", "conferred") in {(r["recipient"], r["status"]) for r in found}
    assert rows(ds, "/kb/nhan_khen_thuong.json?award=huan chuong lao dong&year=2023") == []
    assert rows(ds, "/kb/nhan_khen_thuong.json?award=Bằng khen&year=")[0]["recipient"] == "Nguyễn Quang Dũng"


def test_an_award_typed_with_words_left_out_is_found_as_the_cli_finds_it(ds, kb):
    # a newcomer (session 26): "bang khen thu tuong" found 10 rows with sovang awards --award, none on the site
    # (a substring LIKE there): the canned question reads the CLI's patterns
    from outputs.kb import open_db
    from outputs.queries import awards

    found = rows(ds, "/kb/nhan_khen_thuong.json?award=bang khen chu tich&year=2023")
    assert [r["recipient"] for r in found] == ["Nguyễn Quang Dũng"]
    cli = awards(open_db(str(kb)), award="bang khen chu tich", year=2023)
    assert [r["recipient"] for r in cli] == ["Nguyễn Quang Dũng"]
    assert rows(ds, "/kb/nhan_khen_thuong.json?award=chu tich bang khen&year=2023") == []  # words in order


def test_all_awards_of_a_person_or_unit(ds):
    found = rows(ds, "/kb/khen_thuong_cua.json?name=nguyen quang dung")
    assert [(r["recipient"], r["award_form"], r["year"]) for r in found] == [
        ("Nguyễn Quang Dũng", "Bằng khen, Giấy khen", 2023)]
    awards = {(r["award"].split(" của ")[0], r["award_form"]) for r in rows(ds, "/kb/khen_thuong_cua.json?name=so tu phap")}
    assert awards == {("Cờ thi đua", "Danh hiệu thi đua")}


def test_awards_of_a_name_take_the_typed_words_whole_and_give_the_decision_date_and_path(ds):
    """"nguyen quang d" is not "Nguyễn Quang Dũng" (words whole, as ``awards --recipient``; found by a newcomer:
    "nguyen du" found "Nguyễn Đức Thắng"); the rows give the decision's date and the document's path."""
    assert rows(ds, "/kb/khen_thuong_cua.json?name=nguyen quang d") == []
    assert rows(ds, "/kb/khen_thuong_cua.json?name=quang dung")[0]["recipient"] == "Nguyễn Quang Dũng"
    (found,) = rows(ds, "/kb/nhan_khen_thuong.json?award=bang khen&year=2023")
    assert found["document_path"] == "quyet-dinh.txt" and "decision_date" in found
    html = get(ds, f"/kb/persons/{found['person_id']}").text
    assert "Ngày quyết định / decision date" in html


def test_units_with_most_conferrals_by_year(ds):
    found = rows(ds, "/kb/don_vi_nhieu_khen_thuong.json?year=2023")
    assert found[0]["unit"] == "Sở Tư pháp tỉnh Nam Định" and found[0]["conferrals"] == 2
    assert {r["year"] for r in rows(ds, "/kb/don_vi_nhieu_khen_thuong.json?year=")} >= {2023, 2024}


def test_proposals_not_yet_conferred(ds):
    found = rows(ds, "/kb/de_nghi_chua_tang.json")
    assert [(r["recipient"], r["award_class"]) for r in found] == [("Sở Nội vụ tỉnh Nam Định", "hạng Nhì")]


def test_failed_and_partial_documents(ds):
    found = rows(ds, "/kb/tai_lieu_loi.json")
    assert [(r["status"], r["paths"].endswith("hong.pdf")) for r in found] == [("failed", True)]
    assert found[0]["error"]


def test_a_document_of_which_no_text_was_read_has_no_type(ds):
    # newcomer's finding (session 11): a failed file was typed "Tin, bài, khác" (news and other)
    found = [r for r in rows(ds, "/kb/documents_view.json?_size=max") if r["status"] == "failed"]
    assert found and {r["document_type"] for r in found} == {"Chưa rõ (không đọc được văn bản)"}


def test_chart(ds):
    html = get(ds, "/-/dashboards/khen-thuong").text
    assert "vega" in html and "conferrals per year by award form" in html
    data = rows(ds, "/kb/khen_thuong_theo_nam.json")
    assert {(r["year"], r["award_form"]) for r in data} >= {(2023, "Bằng khen, Giấy khen"), (2024, "Huân chương")}
    assert get(ds, "/-/static-plugins/datasette_dashboards/vega-lite.min.js").status_code == 200


# -- exports ------------------------------------------------------------------------------------

@pytest.mark.parametrize("view", list(VIEWS))
def test_every_view_exports_csv_and_json(ds, view):
    data = get(ds, f"/kb/{view}.json?_shape=array").json()
    table = list(csv.DictReader(io.StringIO(get(ds, f"/kb/{view}.csv?_size=max").text)))
    assert len(table) == len(data)


def test_a_csv_asked_for_excel_starts_with_a_byte_order_mark(ds):
    """Excel read the site's CSV downloads in the Windows code page ("Báº±ng khen"), and Datasette 0.65 has no
    setting for a BOM (newcomer, sessions 29 and 30): ``_bom=1`` adds one, and each table page links to it."""
    plain = get(ds, "/kb/conferrals_view.csv?_stream=on&_dl=1").content
    marked = get(ds, "/kb/conferrals_view.csv?_stream=on&_dl=1&_bom=1").content
    assert not plain.startswith(b"\xef\xbb\xbf") and marked == b"\xef\xbb\xbf" + plain
    assert "Bằng khen của Chủ tịch" in marked.decode("utf-8-sig")
    assert get(ds, "/kb/conferrals_view.json?_bom=1").json()  # JSON untouched
    html = get(ds, "/kb/conferrals_view").text
    assert '_stream=on&_dl=1&_bom=1" class="sovang-csv-excel">CSV cho Excel / for Excel</a>' in html


def test_full_export_beyond_the_page_and_size_limits(kb):
    """CSV streams every row past max_returned_rows; JSON pages with next links."""
    ds = site.app(kb, settings={"max_returned_rows": 2, "default_page_size": 2, "max_csv_mb": 0})
    total = sqlite3.connect(kb).execute("SELECT count(*) FROM blocks").fetchone()[0]
    assert total > 2
    streamed = list(csv.DictReader(io.StringIO(get(ds, "/kb/blocks.csv?_stream=on&_size=max").text)))
    assert len(streamed) == total
    seen, path = 0, "/kb/blocks.json?_shape=objects"
    while path:
        page = get(ds, path).json()
        seen += len(page["rows"])
        path = page["next_url"] and page["next_url"].split("localhost", 1)[-1]
    assert seen == total


def test_site_is_read_only(ds):
    response = get(ds, "/kb.json?sql=DELETE FROM documents", status=400)
    assert "read" in response.text.lower() or "statement" in response.text.lower()


def test_prepare_brings_old_views_up_to_date(tmp_path, kb):
    """A knowledge base from an older sovang gets the views (and the canonical layer) it lacks."""
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(kb) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    conn = sqlite3.connect(old)
    conn.execute("DROP VIEW persons_view")
    conn.execute("DROP TABLE conferrals_resolved")
    conn.commit()
    conn.close()
    assert site.missing_views(old) == ["persons_view"]
    assert site.prepare(old, immutable=True) == ["persons_view"] and site.missing_views(old)
    assert site.prepare(old) == ["persons_view"] and site.missing_views(old) == []
    ds = site.app(old)
    assert rows(ds, "/old/conferrals_view.json?recipient=Nguyễn Quang Dũng")


def test_ranked_search_names_every_path_of_a_content(tmp_path):
    """One content stored under two paths is one hit of tim_kiem, with both paths (as `sovang search` lists)."""
    corpus = tmp_path / "c"
    (corpus / "goc").mkdir(parents=True)
    (corpus / "ban_sao").mkdir()
    text = "Bà Lầu Thị Dua được tặng Giấy khen của Chủ tịch UBND huyện Mèo Vạc.\n"
    (corpus / "goc" / "tin.txt").write_text(text, encoding="utf-8")
    (corpus / "ban_sao" / "tin_copy.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "paths.sqlite"
    ingest([corpus], db, workers=1)
    (hit,) = rows(site.app(db), "/paths/tim_kiem.json?q=lau thi dua")
    root = str(corpus.resolve())
    assert sorted(json.loads(hit["document_paths"])) == [f"{root}/ban_sao/tin_copy.txt", f"{root}/goc/tin.txt"]


def test_one_long_document_takes_three_places_of_the_text_search(tmp_path):
    """One long document filled the site's text search (tim_kiem, and so the home page's search box) with its own
    blocks (newcomer, session 30): its best three are listed, with how many more of its blocks match."""
    corpus = tmp_path / "kho"
    corpus.mkdir()
    (corpus / "dai.txt").write_text("".join(f"Tổ dân phố số {n} nhận Giấy khen về vệ sinh môi trường.\n"
                                            for n in range(1, 8)), encoding="utf-8")
    (corpus / "ngan.txt").write_text("Bà Hà Thị Nụ, tổ trưởng tổ vệ sinh môi trường, nhận Giấy khen.\n",
                                     encoding="utf-8")
    db = tmp_path / "dai.sqlite"
    ingest([corpus], db, workers=1)
    hits = rows(site.app(db), "/dai/tim_kiem.json?q=ve sinh moi truong")
    assert sorted((h["document_path"], h["more_in_document"]) for h in hits) == \
        [("dai.txt", 4)] * 3 + [("ngan.txt", 0)]


def test_the_site_is_read_only_a_post_gets_405_not_500(ds):
    # newcomer's finding (session 21): a POST to a view made Datasette 0.65 fail with an AssertionError (500)
    async def go(path):
        return await ds.client.post(path, data={"x": "1"})
    for path in ("/kb/conferrals_view", "/kb/conferrals", "/kb", "/nothing"):
        response = asyncio.run(go(path))
        assert response.status_code == 405, (path, response.status_code)
        assert response.headers["allow"] == "GET, HEAD" and "read-only" in response.text
    get(ds, "/kb/conferrals_view.json")


def test_a_page_not_found_is_answered_without_a_traceback_on_the_console(ds, capsys):
    # newcomer (session 33): an address with the wrong database name printed 100 lines of traceback, with the
    # request's local variables, on the console of 'sovang serve'
    assert get(ds, "/sovang/conferrals_view.json", 404).json() == {"ok": False, "error": "Database not found",
                                                                   "status": 404, "title": None}
    assert "<title>Error 404</title>" in get(ds, "/kb/no_such_table", 404).text
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err and "locals" not in printed.out + printed.err


def test_any_other_error_is_left_to_datasette(ds):
    from datasette.utils.asgi import Request

    from outputs.site_plugin import handle_exception

    async def answer():
        try:
            raise RuntimeError("hỏng")
        except RuntimeError as exc:  # as Datasette calls the hook, while the error is being handled
            return await handle_exception(ds, Request.fake("/kb"), exc)()
    response = asyncio.run(answer())
    assert response.status == 500 and "hỏng" in response.body


def test_the_sites_award_match_reads_like_as_sqlite_does():
    # a reviewer (session 26): '_' is one character to SQL's LIKE (the CLI) and was a letter to the site's match
    from outputs.queries import award_has

    assert award_has("bang khen cua thu tuong chinh phu", "bang_khen thu tuong") == 1
    assert award_has("bang khen cua thu tuong chinh phu", "bang__khen") == 0
    assert award_has("bang khen cua thu tuong chinh phu", "") == 1


def test_units_with_most_conferrals_count_a_conferral_told_twice_once(tmp_path):
    # a newcomer (session 26): one ceremony told by several stories inflated the units' counts
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "quyet-dinh.txt").write_text(DECISION, encoding="utf-8")
    (corpus / "tin.txt").write_text("Tin vắn\nNăm 2023, Ủy ban nhân dân tỉnh Nam Định tặng Cờ thi đua cho Sở Tư "
                                    "pháp tỉnh Nam Định.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ingest([corpus], db, workers=1)
    found = rows(site.app(db), "/kb/don_vi_nhieu_khen_thuong.json?year=2023")
    top = found[0]
    assert top["unit"] == "Sở Tư pháp tỉnh Nam Định"
    assert (top["conferrals"], top["tellings"]) == (2, 3)  # Cờ thi đua told twice, Bằng khen to its director once


def test_a_page_of_the_documents_view_does_not_sort_every_document(kb, tmp_path):
    """The documents view, shown and downloaded in title order, is read in the order of an index: a page (each of
    the many a CSV download asks) computes its own rows, not every document's type, paths and counts before a sort
    (newcomer, session 37: 0.45 s a page on 5,000 documents, and on a busy machine Datasette's time limit ended the
    "download every row" file at row 1,841 with an error line)."""
    def sorted_whole(db) -> bool:
        order = site.TABLE_OPTIONS["documents_view"]["sort"]
        with sqlite3.connect(db) as conn:
            return any("TEMP B-TREE" in row[-1] for row in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT * FROM documents_view ORDER BY {order} LIMIT 21 OFFSET 20"))

    assert not sorted_whole(kb)
    old = tmp_path / "old.sqlite"  # a knowledge base of a sovang without the index: serve makes it
    with sqlite3.connect(kb) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
        dst.execute("DROP INDEX documents_title")
    assert sorted_whole(old)
    assert site.prepare(old, immutable=True) == ["documents_title"] and sorted_whole(old)
    assert site.prepare(old) == ["documents_title"] and not sorted_whole(old)


def test_a_streamed_csv_is_read_in_pages_of_the_most_rows(ds, kb, monkeypatch):
    """A full download asked without ``_size`` (the address the README gives) is read in pages of
    ``max_returned_rows``, not in the view's pages of 20 (newcomer, session 37: 42 s against 1.8 s for 7,593
    persons); a ``_size`` given and any other page stay as asked, and the stream stays whole, for a view and for a
    canned query: with at most 2 rows a page, the 3 documents come in two pages of 2 + 1 rows."""
    def asked(path, query):
        return in_full_pages({"path": path, "query_string": query})["query_string"]

    assert asked("/kb/persons_view.csv", b"_stream=on&_dl=1") == b"_stream=on&_dl=1&_size=max"
    assert asked("/kb/persons_view.csv", b"_stream=on&_size=5") == b"_stream=on&_size=5"
    assert asked("/kb/persons_view.csv", b"_dl=1") == b"_dl=1"
    assert asked("/kb/persons_view.json", b"_stream=on") == b"_stream=on"
    by_title = [row["sha256"] for row in rows(ds, "/kb/documents_view.json?_size=max")]
    asked_sql = []
    execute = Database.execute

    async def noted(self, sql, *args, **kwargs):
        asked_sql.append(" ".join(sql.split()))
        return await execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", noted)
    small = site.app(kb, settings={"max_returned_rows": 2})
    whole = list(csv.DictReader(io.StringIO(get(small, "/kb/documents_view.csv?_stream=on&_dl=1").text)))
    assert len(by_title) == 3 and [row["sha256"] for row in whole] == by_title
    pages = [sql for sql in asked_sql if "from documents_view order by" in sql]
    assert len(pages) == 2 and all(sql.endswith(("limit 3", "limit 3 offset 2")) for sql in pages), pages
    found = list(csv.DictReader(io.StringIO(get(ds, "/kb/tim_kiem.csv?q=sở+tư+pháp&_stream=on").text)))
    assert sorted(row["document_path"] for row in found) == ["quyet-dinh.txt", "quyet-dinh.txt"]
