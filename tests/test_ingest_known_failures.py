"""A file that failed for its own bytes (empty, corrupt, undecodable, of a type no reader takes: newcomer, session 33)
is recorded once and skipped while it is unchanged at its path, counted apart with the way to read it again
(``--retry-failed``); a failure of an outside cause is tried again at every ingest (newcomer, session 31: an empty
file was read, and listed as failing again, at every ingest). And an ingest whose stderr is no terminal prints a
plain progress line every so many files (newcomer, session 31: under nohup it said nothing for minutes). Runs the
real CLI on real SQLite files; texts written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from pipeline import ingest as ingest_module
from pipeline.cli import ProgressLines, cli
from pipeline.failure_causes import own_bytes

TEXT = "Chủ tịch UBND huyện tặng Giấy khen cho ông Phạm Văn Lộc, Trưởng thôn Đông, năm 2021.\n"
SKIPPED = ("skipped, failed before for the file's own bytes and unchanged since (empty, corrupt, undecodable, of a "
           "type sovang does not read): ")


def _run(*args, code=0):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture()
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rong.txt").write_bytes(b"")  # empty
    (docs / "hong.docx").write_bytes(b"PK\x03\x04 cut short")  # a truncated ZIP
    (docs / "nhi_phan.txt").write_bytes(b"ab\x00\x00cd")  # NUL bytes: no text file
    (docs / "bang_tinh.numbers").write_bytes(b"a type no reader takes")  # unsupported type
    (docs / "tot.txt").write_text(TEXT, encoding="utf-8")
    return docs


def _ingest(folder, db, *more, code=0):
    return _run("ingest", folder, "--db", db, "--workers", "1", *more, code=code).stdout


def test_a_file_failing_for_its_own_bytes_is_skipped_while_unchanged(folder, tmp_path):
    db = tmp_path / "kb.sqlite"
    first = _ingest(folder, db)
    assert first.startswith("documents stored: 5 (ok 1, partial 0, failed 4")
    again = _ingest(folder, db)
    assert again.startswith("documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: "
                            "1 already known, 4 failed before, unchanged")
    assert SKIPPED + "4 ('sovang failures' lists them; 'sovang ingest --retry-failed' reads them again)" in again
    assert "failed: 0" in again and "tried again" not in again
    listed = _run("failures", "--db", db).stdout  # still listed as failures
    assert all(name in listed for name in ("rong.txt", "hong.docx", "nhi_phan.txt", "bang_tinh.numbers"))
    _ingest(folder, db, "--strict", code=1)  # they still fail: --strict says so
    retried = _ingest(folder, db, "--retry-failed")
    assert "tried again after an earlier failure or partial read: 4 (read whole now 0, failed or partial again 4)" \
        in retried and "failed: 4 (new 0, tried again 4)" in retried and SKIPPED not in retried


def test_a_changed_or_renamed_file_is_read(folder, tmp_path):
    db = tmp_path / "kb.sqlite"
    _ingest(folder, db)
    (folder / "rong.txt").write_text(TEXT.replace("Phạm Văn Lộc", "Vũ Thị Mai"), encoding="utf-8")  # fixed
    (folder / "nhi_phan.txt").rename(folder / "nhi_phan2.txt")  # same bytes, another path: read (fails again)
    (folder / "bang_tinh.numbers").rename(folder / "bang_tinh.txt")  # a type sovang reads: read
    out = _ingest(folder, db)
    assert "  stored   rong.txt: a new version replaces the failed one" in out
    assert "  failed   nhi_phan2.txt: binary content (NUL bytes), not a text file" in out
    assert "failed   bang_tinh" not in out and "  moved    bang_tinh.numbers -> bang_tinh.txt" in out  # read whole
    assert SKIPPED + "1 " in out  # hong.docx alone


def test_a_failure_of_an_outside_cause_is_tried_again(folder, tmp_path):
    db = tmp_path / "kb.sqlite"
    _ingest(folder, db)
    with sqlite3.connect(db) as conn:  # as a worker crash would have stored it
        conn.execute("UPDATE documents SET error = 'the worker process died while reading this file' "
                     "WHERE error LIKE 'empty file%'")
    assert _run("failures", "--db", db).stdout.splitlines()[-1] == (
        "the next ingest skips 3 failed for the file's own bytes (empty, corrupt, undecodable, of a type sovang does "
        "not read) while unchanged: mend or replace the file, or 'sovang ingest --retry-failed' reads them again; it "
        "tries 1 again (a cause that may have passed); 'sovang forget PATH' drops a file")
    out = _ingest(folder, db)
    assert "  failed   rong.txt: empty file (0 bytes)  [tried again: failed before]" in out
    assert SKIPPED + "3 " in out


def test_the_skipped_known_failures_are_named_a_few_at_most(folder, tmp_path, monkeypatch):
    db = tmp_path / "kb.sqlite"
    _ingest(folder, db)
    lines = _ingest(folder, db).splitlines()
    at = lines.index(next(line for line in lines if line.startswith(SKIPPED)))
    assert lines[at + 1:at + 5] == ["  skipped  bang_tinh.numbers: unsupported file type '.numbers': save it as "
                                    ".docx, .pdf, .txt or .xlsx to have it read (the README lists every type "
                                    "sovang reads)",
                                    "  skipped  hong.docx: " + _reason(db, "hong.docx"),
                                    "  skipped  nhi_phan.txt: binary content (NUL bytes), not a text file",
                                    "  skipped  rong.txt: empty file (0 bytes)"]
    assert lines[at + 5] == "partial: 0"
    monkeypatch.setattr(ingest_module, "SKIPPED_NAMED", 1)
    lines = _ingest(folder, db).splitlines()
    at = lines.index(next(line for line in lines if line.startswith(SKIPPED)))
    assert lines[at + 1:at + 4] == ["  skipped  bang_tinh.numbers: unsupported file type '.numbers': save it as "
                                    ".docx, .pdf, .txt or .xlsx to have it read (the README lists every type "
                                    "sovang reads)",
                                    "  … and 3 more ('sovang failures' lists them all)", "partial: 0"]


def _reason(db, path: str) -> str:
    """The reason stored for the document at ``path``."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT d.error FROM documents d JOIN document_paths p ON p.sha256 = d.sha256 "
                            "WHERE p.path = ?", [path]).fetchone()[0]


def test_strict_help_says_a_skipped_known_failure_fails_too():
    help_text = " ".join(_run("ingest", "--help").stdout.split())
    assert "--strict Exit with status 1 when any file failed, one skipped as failed before for its own bytes too." \
        in help_text


@pytest.mark.parametrize("reason, own", [
    ("empty file (0 bytes)", True), ("not a valid .docx (corrupt or truncated zip)", True),
    ("invalid utf-8 at byte 12", True), ("no text in the file (5 bytes: only white space or markup)", True),
    ("LibreOffice is needed to read .doc files: install the Debian package libreoffice-writer-nogui", False),
    ("LibreOffice conversion timed out after 120 s", False), ("cannot read file: Permission denied", False),
    ("worker failed: BrokenProcessPool: x", False), ("ValueError: bad", False), (None, False),
    ("unsupported file type '.xyz'", True), ("unsupported file type '(no suffix)'", True)])
def test_which_reasons_are_the_files_own(reason, own):
    assert own_bytes(reason) is own


def test_progress_lines_without_a_terminal(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(ProgressLines, "DOCUMENTS", 2)
    result = _run("ingest", folder, "--db", tmp_path / "kb.sqlite", "--workers", "1")
    lines = [line for line in result.stderr.splitlines() if line.startswith("progress: ")]
    assert [line.split(" done")[0] for line in lines] == ["progress: 2 documents", "progress: 4 documents"]
    assert "progress: " not in result.stdout  # the summary alone on stdout
    quiet = _run("ingest", folder, "--db", tmp_path / "kb2.sqlite", "--workers", "1", "-q")
    assert "progress: " not in quiet.stderr


def test_progress_counts_the_articles_of_a_news_file(tmp_path, monkeypatch):
    """One .jsonl of five articles is five documents, as the summary counts them, not "5 files" (session 37)."""
    import json

    monkeypatch.setattr(ProgressLines, "DOCUMENTS", 2)
    corpus = tmp_path / "tin"
    corpus.mkdir()
    articles = [{"id": f"b{n}", "title": f"Tin số {n}", "text": TEXT} for n in range(1, 6)]
    (corpus / "bao.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                                      encoding="utf-8")
    result = _run("ingest", corpus, "--db", tmp_path / "kb.sqlite", "--workers", "1")
    lines = [line.split(" done")[0] for line in result.stderr.splitlines() if line.startswith("progress: ")]
    assert lines == ["progress: 2 documents", "progress: 4 documents"]
    assert "documents stored: 5" in result.stdout


def test_progress_names_a_file_with_its_folder_when_several_are_ingested(tmp_path, monkeypatch):
    """Two folders each holding "a.txt": the progress line names the file as the summary does, from the working
    folder ("mot/a.txt"), where it said "a.txt" for both (newcomer, session 44)."""
    monkeypatch.setattr(ProgressLines, "DOCUMENTS", 1)
    for name in ("mot", "hai"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(f"{TEXT}\nVăn bản của thư mục {name}.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = _run("ingest", "mot", "hai", "--db", "kb.sqlite", "--workers", "1")
    lasts = sorted(line.split("; last: ")[1] for line in result.stderr.splitlines() if line.startswith("progress: "))
    assert lasts == ["hai/a.txt", "mot/a.txt"]
    one = _run("ingest", "mot", "--db", "kb1.sqlite", "--workers", "1")  # one folder: its path within it
    assert [line.split("; last: ")[1] for line in one.stderr.splitlines() if line.startswith("progress: ")] == ["a.txt"]


def test_a_folder_named_with_two_leading_dots_lies_below_the_working_folder(tmp_path, monkeypatch):
    """Files are named from the working folder when several folders are ingested (summary, progress, OCR pages), or by
    their absolute path outside it; a folder "..x" is inside it (the test was a bare startswith("..") in two places,
    review of session 45)."""
    from pipeline.discover import from_working_folder

    monkeypatch.chdir(tmp_path)
    assert from_working_folder(str(tmp_path / "..x" / "a.txt")) == "..x/a.txt"
    assert from_working_folder(str(tmp_path / "mot" / "a.txt")) == "mot/a.txt"
    assert from_working_folder(str(tmp_path.parent / "khac.txt")) == str(tmp_path.parent / "khac.txt")
