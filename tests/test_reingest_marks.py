"""The summary of a second `sovang ingest` tells a file that failed before and was tried again from a file that
fails for the first time (a newcomer could not tell them apart in the failure list)."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli


def ingest(folder, db, *more: str) -> list[str]:
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "--quiet", *more],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [line.strip() for line in result.output.splitlines()]


def test_failures_tried_again_are_marked_new_ones_are_not(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "hong.pdf").write_bytes(b"%PDF-1.4 truncated")
    (folder / "rong.txt").write_bytes(b"\x00\x00\x00")  # not text: it fails (an empty file is its path's own)
    (folder / "tin.txt").write_text("Bà Lê Thị Hoa nhận Bằng khen.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    first = ingest(folder, db)
    assert "failed: 2" in first  # the whole line: no "(new …, tried again …)" when nothing was tried again
    assert [line for line in first if "[tried again" in line] == []
    assert "failed   rong.txt: binary content (NUL bytes), not a text file" in first

    (folder / "moi.txt").write_bytes(b"\x00\x00\x00")  # a new path: new, not tried again, a copy of rong.txt's content
    second = ingest(folder, db, "--retry-failed")  # (without it the two failed for their own bytes are skipped)
    assert "failed: 3 files (documents 2, copies 1) (new 1, tried again 2)" in second
    assert "failed   moi.txt: binary content (NUL bytes), not a text file  [copy of rong.txt]" in second
    # the knowledge base gained no document: the content is stored already (a newcomer, session 25, found
    # "documents stored: 1" here, against the list)
    assert second[0] == ("documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 1 copy of a document "
                         "stored before, 2 tried again, 1 already known")
    assert "failed   rong.txt: binary content (NUL bytes), not a text file  [tried again: failed before]" in second
    broken = [line for line in second if line.startswith("failed   hong.pdf: ")]
    assert len(broken) == 1 and broken[0].endswith("  [tried again: failed before]")
    assert "tried again after an earlier failure or partial read: 2 (read whole now 0, failed or partial again 2)" \
        in second
    assert "partial: 0" in second

    (folder / "rong.txt").write_text("Ông Trần Văn An nhận Giấy khen.\n", encoding="utf-8")  # mended: a new content
    third = ingest(folder, db, "--retry-failed")
    assert "failed: 2 (new 0, tried again 2)" in third
    assert not [line for line in third if line.startswith("failed   rong.txt")]
