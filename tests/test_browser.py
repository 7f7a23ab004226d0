"""End to end in headless Chromium: ``sovang serve`` on a knowledge base this test builds, driven by Playwright.

Needs Debian's ``chromium`` (/usr/bin/chromium) and the ``playwright`` package (its wheel carries the
driver; browsers are never downloaded: ``executable_path`` points at Debian's build). Skips when either is
missing, except under ``CI=true``, where it fails: ``.ci/run`` installs both.

Screenshots go to the test's tmp folder, or to ``$SOVANG_SCREENSHOTS`` when set.
"""
from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from tests.cli import free_port, serving
from tests.test_site import DECISION, NEWS

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.slow


def need(condition: bool, message: str) -> None:
    if not condition:
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI must install it: see .ci/run)")
        pytest.skip(message)


@pytest.fixture(scope="module")
def playwright_api():
    need(CHROMIUM.exists(), f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed (pip install playwright; never 'playwright install')")
    return sync_playwright


def sovang_command() -> list[str]:
    script = Path(sys.executable).parent / "sovang"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from pipeline.cli import cli; cli()"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``sovang serve`` on a fresh knowledge base, on a free localhost port; stopped after the module."""
    tmp = tmp_path_factory.mktemp("browser")
    corpus = tmp / "c"
    corpus.mkdir()
    (corpus / "quyet-dinh.txt").write_text(DECISION, encoding="utf-8")
    (corpus / "tin.txt").write_text(NEWS, encoding="utf-8")
    db = tmp / "kb.sqlite"
    ingest([corpus], db, workers=1)
    port = free_port()
    log = open(tmp / "serve.log", "wb")
    proc = subprocess.Popen([*sovang_command(), "serve", str(db), "--port", str(port)], stdout=log,
                            stderr=subprocess.STDOUT)
    try:
        if not serving(proc, port, 60):
            raise RuntimeError("sovang serve did not start: " + (tmp / "serve.log").read_text())
        yield f"http://127.0.0.1:{port}", tmp
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_search_record_facet_csv_in_chromium(playwright_api, server):
    base, tmp = server
    shots = Path(os.environ.get("SOVANG_SCREENSHOTS") or tmp)
    shots.mkdir(parents=True, exist_ok=True)
    with playwright_api() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
            page.set_default_timeout(20_000)
            # the home page, its search box
            page.goto(base + "/")
            assert "sổ vàng" in page.title()
            page.fill("#search-all-q", "nguyen quang dung")
            page.press("#search-all-q", "Enter")
            page.wait_for_url(re.compile(r"/-/search\?q=nguyen"))
            # the results of every searchable table; the person's name links to the record
            page.wait_for_function("() => [...document.querySelectorAll('[data-searchable-url]')]"
                                   ".every(li => li.style.display === 'none')")  # every table answered
            name = page.locator("#search-all-results").get_by_role("link", name="Nguyễn Quang Dũng", exact=True)
            name.wait_for()
            # the text and the names come from the ranked questions (bm25), not the tables' storage order
            results = page.locator("#search-all-results")
            assert results.locator('h2 a[href*="/kb/tim_kiem?q=nguyen"]').count() == 1
            assert results.locator('h2 a[href*="/kb/tim_ten?q=nguyen"]').count() == 1
            page.screenshot(path=str(shots / "1-search.png"), full_page=True)
            name.click()
            page.wait_for_url(re.compile(r"/kb/entities/\d+"))
            page.get_by_role("link", name="Hồ sơ / record").first.click()
            page.wait_for_url(re.compile(r"/kb/persons/P"))
            assert page.locator("h1").first.inner_text().startswith("Nguyễn Quang Dũng")
            record = page.locator("section.sovang-record").inner_text()
            assert "Giám đốc" in record and "Sở Tư pháp tỉnh Nam Định" in record and "2023" in record
            assert "Điều 1. Tặng Bằng khen" in record  # the sentence the facts came from
            page.screenshot(path=str(shots / "2-record.png"), full_page=True)
            # the conferrals, then a facet
            page.goto(base + "/")
            page.get_by_role("link", name="Khen thưởng / conferrals").click()
            page.wait_for_url(re.compile(r"/kb/conferrals_view"))
            facet = page.locator(".facet-info[data-column=year] a", has_text="2023")
            if not facet.count():  # datasette's markup for facet lists
                facet = page.locator("a", has_text=re.compile(r"^2023$")).first
            facet.first.click()
            page.wait_for_url(re.compile(r"year=2023"))
            assert "2 rows" in page.locator("h3").first.inner_text()
            page.screenshot(path=str(shots / "3-facet.png"), full_page=True)
            # the full CSV of the filtered rows
            with page.expect_download() as download:
                page.click("a.sovang-csv-all")
            path = download.value.path()
            table = list(csv.DictReader(open(path, encoding="utf-8")))
            assert {(r["recipient"], r["year"]) for r in table} == {
                ("Nguyễn Quang Dũng", "2023"), ("Sở Tư pháp tỉnh Nam Định", "2023")}
            assert all(r["sentence"] and r["document_title"] for r in table)
            # the chart draws (vega-lite, served by the plugin, no network)
            page.goto(base + "/-/dashboards/khen-thuong")
            page.locator("svg.marks, canvas.marks").first.wait_for()
            page.screenshot(path=str(shots / "4-chart.png"), full_page=True)
        finally:
            browser.close()
    print(f"screenshots: {shots}")
