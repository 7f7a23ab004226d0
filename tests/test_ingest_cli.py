"""The ingest job and the CLI on real SQLite files: idempotence, failures, search, export."""
from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


def write_corpus(root):
    (root / "news").mkdir(parents=True)
    (root / "news" / "a.txt").write_text(
        "Lễ đón nhận Huân chương\nÔng Đặng Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định, phát biểu.\n",
        encoding="utf-8")
    (root / "news" / "copy-of-a.txt").write_bytes((root / "news" / "a.txt").read_bytes())
    (root / "b.txt").write_text("Báo cáo tổng kết\nNăm 2023 toàn ngành thi đua sôi nổi.\n", encoding="utf-16")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (root / "empty.txt").write_bytes(b"")


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


def rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_ingest_is_idempotent_and_reports_failures(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "kb.sqlite"
    first = run("ingest", corpus, "--db", db, "--workers", "1")
    assert first.exit_code == 0, first.output
    # 5 files, 4 distinct contents: a.txt and its copy are one document with two paths, the copy counted apart
    assert "documents stored: 4" in first.output
    assert "copies, another path of a document stored in this run (same content, stored once): 1" in first.output
    assert "skipped, already known: 0" in first.output
    assert "failed: 2" in first.output
    assert "broken.pdf" in first.output and "empty.txt: empty file (0 bytes)" in first.output
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]
    assert rows(db, "SELECT count(*) FROM document_paths") == [(5,)]
    assert rows(db, "SELECT encoding FROM documents WHERE title = 'Báo cáo tổng kết'") == [("utf-16",)]
    counts = rows(db, "SELECT (SELECT count(*) FROM blocks), (SELECT count(*) FROM mentions), "
                      "(SELECT count(*) FROM conferrals), (SELECT count(*) FROM positions)")
    second = run("ingest", corpus, "--db", db, "--workers", "2", "--retry-failed")
    assert second.exit_code == 0
    # the two failed documents are tried again (and fail again); nothing else is touched, nothing new is stored
    # (without --retry-failed they are skipped, both failing for their own bytes: tests/test_ingest_known_failures)
    assert "documents stored: 0 " in second.output and "skipped, already known: 3" in second.output
    assert "tried again after an earlier failure or partial read: 2 (read whole now 0, failed or partial again 2)" in second.output
    assert "failed: 2" in second.output
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]
    assert rows(db, "SELECT count(*) FROM document_paths") == [(5,)]
    assert rows(db, "SELECT (SELECT count(*) FROM blocks), (SELECT count(*) FROM mentions), "
                    "(SELECT count(*) FROM conferrals), (SELECT count(*) FROM positions)") == counts


def test_a_failed_file_read_on_a_later_ingest_is_counted_as_recovered_not_new(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1")
    (corpus / "empty.txt").write_text("Tin ngắn\nBà Lê Thị Hoa nhận Bằng khen.\n", encoding="utf-8")
    third = run("ingest", corpus, "--db", db, "--workers", "1", "--retry-failed")
    # new content at empty.txt: one new document; broken.pdf failed again; the 3 readable contents are known
    assert "documents stored: 1 (ok 1, partial 0, failed 0" in third.output, third.output
    assert "tried again after an earlier failure or partial read: 1 (read whole now 0, failed or partial again 1)" in third.output
    assert "skipped, already known: 3" in third.output


def test_strict_exit_status(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "kb.sqlite"
    assert run("ingest", corpus, "--db", db, "--workers", "1", "--strict").exit_code == 1
    good = tmp_path / "good"
    good.mkdir()
    (good / "x.txt").write_text("Một văn bản.\n", encoding="utf-8")
    assert run("ingest", good, "--db", db, "--workers", "1", "--strict").exit_code == 0


def test_search_is_diacritic_insensitive(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1")
    for query in ("Đặng", "dang", "DANG", "đặng văn hoà", "dang van hoa"):
        result = run("search", query, "--db", db, "--json")
        hits = json.loads(result.output)
        assert [h["path"] for h in hits] == ["news/a.txt"], query
        assert hits[0]["sentence"].startswith("Ông Đặng Văn Hòa")
    nothing = run("search", "zzzz", "--db", db)
    assert "no results" in nothing.output and nothing.exit_code == 1  # found nothing: 1, as 'who' (session 35)
    nothing = run("search", "zzzz", "--db", db, "--json")
    assert json.loads(nothing.output) == [] and nothing.exit_code == 1


def test_export_facts_one_line_per_path(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1")
    out = tmp_path / "facts.jsonl"
    assert run("export", "facts", "--db", db, "-o", out).exit_code == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["document"] for x in lines) == ["b.txt", "broken.pdf", "empty.txt", "news/a.txt",
                                                    "news/copy-of-a.txt"]
    ok = {"document", "units", "officials", "campaigns", "awards"}
    by_path = {x["document"]: x for x in lines}
    # the two failed files say so, with their reason; the others carry the guidelines' keys only
    assert by_path["empty.txt"]["status"] == "failed" and by_path["empty.txt"]["error"] == "empty file (0 bytes)"
    assert by_path["broken.pdf"]["status"] == "failed" and by_path["broken.pdf"]["error"]
    assert all(set(x) == ok | {"status", "error"} for p, x in by_path.items() if p in ("empty.txt", "broken.pdf"))
    assert all(set(x) == ok for p, x in by_path.items() if p not in ("empty.txt", "broken.pdf"))


def test_db_from_environment(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("SOVANG_DB", str(db))
    assert run("ingest", corpus, "--workers", "1").exit_code == 0
    assert db.exists()


def test_missing_db_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["search", "x", "--db", str(tmp_path / "nope.sqlite")])
    assert result.exit_code != 0 and "no knowledge base at" in result.output


def test_normalisation_gives_same_text_for_nfd_and_new_style(tmp_path):
    import unicodedata

    a = tmp_path / "a"
    b = tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text("Ông Lê Văn Hòa nhận Huân chương. Thủy lợi.\n", encoding="utf-8")
    (b / "x.txt").write_text(unicodedata.normalize("NFD", "Ông Lê Văn Hoà nhận Huân chương. Thuỷ lợi.\n"),
                             encoding="utf-8")
    run("ingest", a, "--db", tmp_path / "a.sqlite", "--workers", "1")
    run("ingest", b, "--db", tmp_path / "b.sqlite", "--workers", "1")
    ta = rows(tmp_path / "a.sqlite", "SELECT text FROM blocks")
    tb = rows(tmp_path / "b.sqlite", "SELECT text FROM blocks")
    assert ta == tb == [("Ông Lê Văn Hòa nhận Huân chương. Thủy lợi.",)]


def test_a_dying_worker_fails_only_its_file(tmp_path, monkeypatch):
    from pipeline import readers
    from pipeline.ingest import ingest

    monkeypatch.setitem(readers.READERS, ".crash", "tests.crash_reader:read")
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"ok{i}.txt").write_text(f"Văn bản số {i}.\n", encoding="utf-8")
    (corpus / "killer.crash").write_bytes(b"boom")
    summary = ingest([corpus], tmp_path / "kb.sqlite", workers=2)
    assert summary.stored == 7
    assert [p for p, _ in summary.failed] == ["killer.crash"]
    assert "worker process died" in summary.failed[0][1]
    assert rows(tmp_path / "kb.sqlite", "SELECT count(*) FROM documents WHERE status != 'failed'") == [(6,)]


def test_news_jsonl_container(tmp_path):
    import gzip

    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = [json.dumps({"id": "a1", "title": "Tin một", "text": "Dòng một.\nDòng hai."}, ensure_ascii=False),
             json.dumps({"id": "a2", "title": "Tin hai", "text": "Nội dung."}, ensure_ascii=False),
             "{not json"]
    with gzip.open(corpus / "news.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    db = tmp_path / "kb.sqlite"
    first = run("ingest", corpus, "--db", db, "--workers", "1")
    assert "documents stored: 3" in first.output and "failed: 1" in first.output
    assert rows(db, "SELECT path FROM document_paths ORDER BY path") == [
        ("news.jsonl.gz#a1",), ("news.jsonl.gz#a2",), ("news.jsonl.gz#line-3",)]
    import hashlib
    sha = hashlib.sha256(lines[0].encode("utf-8")).hexdigest()
    assert rows(db, f"SELECT title, status FROM documents WHERE sha256 = '{sha}'") == [("Tin một", "ok")]
    assert rows(db, f"SELECT kind, text FROM blocks WHERE document = '{sha}' ORDER BY idx") == [
        ("title", "Tin một"), ("paragraph", "Dòng một."), ("paragraph", "Dòng hai.")]
    second = run("ingest", corpus, "--db", db, "--workers", "1")
    assert "skipped, already known: 2" in second.output


def test_two_articles_of_one_id_in_a_news_file_are_both_kept(tmp_path):
    """A crawl that gives one id to two stories: the second is its own document at ``#ID@line-N``, not a newer
    version of the first that takes it out of the exports (a newcomer, session 36)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = [json.dumps({"id": "k7", "title": "Tin sáng", "text": "Ông Đỗ Văn Ánh nhận Bằng khen."},
                        ensure_ascii=False),
             json.dumps({"id": "k7", "title": "Tin chiều", "text": "Bà Mai Thị Gấm nhận Giấy khen."},
                        ensure_ascii=False),
             json.dumps({"id": "k8", "title": "Tin tối", "text": "Không có ai."}, ensure_ascii=False)]
    (corpus / "tin.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    first = run("ingest", corpus, "--db", db, "--workers", "2")
    assert "documents stored: 3" in first.output and "changed" not in first.output
    assert rows(db, "SELECT path FROM document_paths ORDER BY path") == [
        ("tin.jsonl#k7",), ("tin.jsonl#k7@line-2",), ("tin.jsonl#k8",)]
    assert rows(db, "SELECT count(*) FROM path_history") == [(0,)]
    exported = [json.loads(line)["document"] for line in run("export", "facts", "--db", db).output.splitlines()]
    assert sorted(exported) == ["tin.jsonl#k7", "tin.jsonl#k7@line-2", "tin.jsonl#k8"]
    assert "skipped, already known: 3" in run("ingest", corpus, "--db", db, "--workers", "1").output


def test_nfd_and_new_style_input_give_the_same_facts(tmp_path):
    import unicodedata

    text = ("Lễ đón nhận Huân chương\n"
            "Ngày 12/3/2024, ông Lê Văn Hòa, Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình, trao Huân chương "
            "Lao động hạng Ba cho Trung tâm Y tế huyện Lạc Thủy. Bà Nguyễn Thị Thủy, Giám đốc Trung tâm, "
            "phát biểu về phong trào thi đua “Chung tay vì sức khỏe cộng đồng”.\n")
    new_style = text.replace("Hòa", "Hoà").replace("Thủy", "Thuỷ").replace("khỏe", "khoẻ")
    assert new_style != text
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text(text, encoding="utf-8")
    (b / "x.txt").write_text(unicodedata.normalize("NFD", new_style), encoding="utf-8")
    facts = []
    for folder in (a, b):
        db = tmp_path / f"{folder.name}.sqlite"
        run("ingest", folder, "--db", db, "--workers", "1")
        facts.append(run("export", "facts", "--db", db).output)
    assert facts[0] == facts[1]
    assert "Hòa Bình" in facts[0] and "Hoà" not in facts[0]


def test_search_phrase_first_and_ranking_window(tmp_path, monkeypatch):
    from outputs import search as search_module
    from outputs.kb import open_db

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Tin một\nBộ Chính trị họp về tài chính công.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Tin hai\nBộ Tài chính công bố số liệu.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1")
    kb = open_db(db, readonly=True)
    # the phrase occurs: only the block holding it; otherwise the words anywhere
    assert [h.path for h in search_module.search(kb, "bo tai chinh")] == ["b.txt"]
    assert sorted(h.path for h in search_module.search(kb, "tai chinh bo")) == ["a.txt", "b.txt"]
    # with a window of 1, only the most recently stored matching block is ranked
    monkeypatch.setattr(search_module, "WINDOW", 1)
    kb = open_db(db, readonly=True)
    assert len(search_module.search(kb, "tin")) == 1
    assert len(search_module.search(kb, "tin", exhaustive=True)) == 2


def test_exact_diacritics_rank_first_and_missing_paths(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Tin\nPhần thưởng xứng đáng với công sức.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Tin\nÔng Đặng Công Thành phát biểu.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1")
    hits = json.loads(run("search", "Đặng", "--db", db, "--json").output)
    assert [h["path"] for h in hits] == ["b.txt", "a.txt"]
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.sqlite")])
    assert result.exit_code == 1 and "no such file or folder" in result.output
    assert not (tmp_path / "x.sqlite").exists()
    mixed = run("ingest", corpus, tmp_path / "nope", "--db", db, "--workers", "1")
    assert "failed: 1" in mixed.output and "nope: no such file or folder" in mixed.output


def test_search_names_the_path_of_an_older_version(tmp_path):
    """Found by a newcomer: the text of a file's older version is still searchable, but search printed its path as
    'None'. It names the path the version had and when it was replaced."""
    root = tmp_path / "kho"
    root.mkdir()
    (root / "a.txt").write_text("Ông Nguyễn Văn Bình được tặng Bằng khen.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    (root / "a.txt").write_text("Bà Lê Thị Hoa được tặng Giấy khen.\n", encoding="utf-8")
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    hits = json.loads(run("search", "nguyen van binh", "--db", db, "--json").output)
    assert [(h["path"], h["replaced"] is not None) for h in hits] == [("a.txt", True)]
    assert "a.txt #0 (older version, replaced " in run("search", "nguyen van binh", "--db", db).output
    current = json.loads(run("search", "le thi hoa", "--db", db, "--json").output)
    assert [(h["path"], h["replaced"]) for h in current] == [("a.txt", None)]


@pytest.mark.parametrize("first,second", [("kho", "kho/tin"), ("kho/tin", "kho")])
def test_a_folder_ingested_again_from_inside_or_outside_adds_no_second_path(tmp_path, first, second):
    """Found by a newcomer: ingesting a subfolder of an ingested folder stored each of its files a second time
    under a new root, and 'export facts' wrote them twice. A file keeps the outermost folder it was ingested from."""
    (tmp_path / "kho" / "tin").mkdir(parents=True)
    (tmp_path / "kho" / "tin" / "a.txt").write_text("Ông Nguyễn Văn Bình được tặng Bằng khen.\n", encoding="utf-8")
    (tmp_path / "kho" / "b.txt").write_text("Bà Lê Thị Hoa được tặng Giấy khen.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", tmp_path / first, "--db", db, "--workers", "1", "--quiet")
    run("ingest", tmp_path / second, "--db", db, "--workers", "1", "--quiet")
    paths = rows(db, "SELECT root, path FROM document_paths ORDER BY path")
    kho, tin = str((tmp_path / "kho").resolve()), str((tmp_path / "kho" / "tin").resolve())
    if first == "kho":
        assert paths == [(kho, "b.txt"), (kho, "tin/a.txt")]
    else:
        assert paths == [(tin, "a.txt"), (kho, "b.txt")]
    out = tmp_path / "f.jsonl"
    run("export", "facts", "--db", db, "-o", out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_failures_of_several_folders_name_their_folder(tmp_path, monkeypatch):
    """With two folders in one ingest, a failed file is named with its folder (found by a newcomer: two
    'sub/empty.txt' lines could not be told apart); the list is sorted."""
    for name in ("r1", "r2"):
        (tmp_path / name / "sub").mkdir(parents=True)
        (tmp_path / name / "sub" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = run("ingest", "r1", "r2", "--db", tmp_path / "kb.sqlite", "--workers", "1")
    lines = [line.strip() for line in result.output.splitlines() if line.strip().startswith("failed ")]
    # two empty files: each a failure of its own path, neither a copy of the other (session 35)
    assert lines == ["failed   r1/sub/empty.txt: empty file (0 bytes)",
                     "failed   r2/sub/empty.txt: empty file (0 bytes)"]
    assert "documents stored: 2 (ok 0, partial 0, failed 2: kept with the reason, listed below)" in result.output
    once = run("ingest", "r1", "--db", tmp_path / "kb2.sqlite", "--workers", "1")
    assert "failed   sub/empty.txt: empty file (0 bytes)" in once.output  # one folder: the path within it


def test_the_browse_hint_names_the_command_as_it_can_be_typed(monkeypatch):
    """After `make demo`, sovang is .venv/bin/sovang and not on PATH: the hint must say so (found by a newcomer)."""
    from pipeline import cli as cli_module

    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr("sys.argv", [".venv/bin/sovang", "ingest"])
    assert cli_module._program() == ".venv/bin/sovang"
    monkeypatch.setattr("sys.argv", ["sovang", "ingest"])
    assert cli_module._program() == "sovang"


def test_a_partial_document_is_read_again_on_the_next_ingest(tmp_path, monkeypatch):
    """An extractor crash leaves a document ``partial`` with no facts; the next ingest reads it again (newcomer
    finding: it was skipped as known until ``--force``) and counts it apart from new documents."""
    import extractors

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Lễ đón nhận Huân chương\nÔng Đặng Văn Hòa, Giám đốc Sở Tư pháp tỉnh Nam Định, "
                                  "phát biểu.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    real_extract = extractors.extract_batch

    def crash(docs):  # (each document's extraction raised: extract_batch gives the exception in its place)
        return [RuntimeError("passing fault") for _ in docs]

    monkeypatch.setattr(extractors, "extract_batch", crash)
    first = run("ingest", corpus, "--db", db, "--workers", "1")
    assert "documents stored: 1 (ok 0, partial 1, failed 0)" in first.output, first.output
    assert rows(db, "SELECT status, (SELECT count(*) FROM positions) FROM documents") == [("partial", 0)]
    monkeypatch.setattr(extractors, "extract_batch", real_extract)
    second = run("ingest", corpus, "--db", db, "--workers", "1")
    assert "tried again after an earlier failure or partial read: 1 (read whole now 1, failed or partial again 0)" \
        in second.output, second.output
    assert "skipped, already known: 0" in second.output
    # one document, now whole, with the official's position
    assert rows(db, "SELECT status, (SELECT count(*) FROM positions) FROM documents") == [("ok", 1)]


def test_an_older_version_comes_after_every_current_document(tmp_path):
    # newcomer's finding (session 23): the old text of a changed file, one short block, ranked above the current
    # one where the words are one of many
    root = tmp_path / "kho"
    root.mkdir()
    (root / "a.txt").write_text("Trần Thị Bình.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    (root / "a.txt").write_text("Hội nghị tổng kết công tác thi đua năm 2024 của huyện đã tặng Giấy khen cho bà "
                                "Trần Thị Bình, giáo viên Trường Tiểu học Kim Đồng, và nhiều tập thể khác.\n",
                                encoding="utf-8")
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    hits = json.loads(run("search", "tran thi binh", "--db", db, "--json").output)
    assert [h["replaced"] is not None for h in hits] == [False, True]


def test_limit_never_cuts_a_current_hit_for_an_older_version(tmp_path):
    """Second reader, session 24: hits were cut to --limit by bm25 before the older versions were put last, so with
    --limit 1 the older version (a shorter block, the better bm25) came back alone and the current document not."""
    root = tmp_path / "kho"
    root.mkdir()
    (root / "a.txt").write_text("Ông Nguyễn Văn Bình được khen.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    (root / "a.txt").write_text("Năm 2024, sau nhiều năm công tác tại xã, ông Nguyễn Văn Bình được tặng Bằng khen "
                                "của Chủ tịch Ủy ban nhân dân tỉnh vì thành tích xuất sắc.\n", encoding="utf-8")
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    both = json.loads(run("search", "nguyen van binh", "--db", db, "--json").output)
    assert [h["replaced"] is None for h in both] == [True, False]
    one = json.loads(run("search", "nguyen van binh", "--db", db, "--json", "--limit", "1").output)
    assert [(h["path"], h["replaced"]) for h in one] == [("a.txt", None)]
