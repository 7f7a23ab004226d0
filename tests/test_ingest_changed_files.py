"""The ingest summary names a file changed since it was stored (newcomer, session 28): an edited decision ingested
again said "documents stored: 1" and nothing of the version it replaced, whose facts left every view."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import query_json

FIRST = "Tặng Giấy khen cho ông Nông Văn Dền, Trưởng thôn Nà Sác, năm 2022.\n"
HEADING = ("changed since it was stored: the new version stored, the old one kept as an older version (still "
           "searchable; its facts leave exports, awards and who): 1")


def ingest(folder, db):
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_an_edited_file_is_named_as_changed(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(FIRST, encoding="utf-8")
    (folder / "tin.txt").write_text("Tặng Giấy khen cho bà Hoàng Thị Nhị năm 2021.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert not any(line.startswith("changed") for line in ingest(folder, db))  # first read: nothing changed
    (folder / "qd.txt").write_text(FIRST + "Điều 2. Quyết định có hiệu lực từ ngày ký.\n", encoding="utf-8")
    lines = ingest(folder, db)
    assert lines[0] == "documents stored: 1 (ok 1, partial 0, failed 0); counted apart below: 1 already known"
    i = lines.index(HEADING)
    assert lines[i + 1] == "  changed  qd.txt" and not lines[i + 2].startswith("  changed")
    assert not any(line.startswith("changed") for line in ingest(folder, db))  # read again unchanged: no notice


def test_a_failed_file_fixed_is_not_called_changed(tmp_path):
    """A failed file fixed keeps its own notice ("replaced a failed or partial version …"), not this one."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text("", encoding="utf-8")  # empty: failed
    db = tmp_path / "kb.sqlite"
    ingest(folder, db)
    (folder / "qd.txt").write_text(FIRST, encoding="utf-8")
    lines = ingest(folder, db)
    assert any(line.startswith("replaced a failed or partial version") for line in lines)
    assert not any(line.startswith("changed") for line in lines)


def awarded(db) -> list[tuple[str, str]]:
    """(recipient, document) of every conferral ``sovang awards`` lists."""
    return sorted((row["recipient"], row["document"]) for row in query_json("awards", "--db", db, "--format", "json"))


def test_an_earlier_version_kept_under_a_new_name_is_current_again(tmp_path):
    """A content that only an older version of a changed file held, found again under a new name, is current
    again: its facts are in ``awards`` at that name (newcomer, session 37: the new path was "already known" and
    the canonical layer, not rebuilt, left them out until some later ingest stored a document)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    before = "Tặng Giấy khen cho ông Lò Văn Pành năm 2020.\n"
    (folder / "qd.txt").write_text(before, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ingest(folder, db)
    (folder / "qd.txt").write_text("Tặng Giấy khen cho bà Giàng Thị Mỷ năm 2021.\n", encoding="utf-8")
    ingest(folder, db)
    assert awarded(db) == [("Giàng Thị Mỷ", "qd.txt")]  # the first version left the view
    (folder / "qd_ban_dau.txt").write_text(before, encoding="utf-8")  # the first version, kept aside
    lines = ingest(folder, db)
    assert lines[0] == "documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 2 already known"
    assert awarded(db) == [("Giàng Thị Mỷ", "qd.txt"), ("Lò Văn Pành", "qd_ban_dau.txt")]


def test_a_file_overwritten_with_a_copy_of_another_is_named_as_changed(tmp_path):
    """A file whose new content is already stored at another path stores nothing new, yet it changed: its old
    version's facts leave every view, so the summary names it (newcomer, session 37: counted "already known" alone)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(FIRST, encoding="utf-8")
    other = "Tặng Giấy khen cho ông Vàng A Sình, Trưởng bản Pả Vi, năm 2022.\n"
    (folder / "qd_khac.txt").write_text(other, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ingest(folder, db)
    (folder / "qd.txt").write_text(other, encoding="utf-8")  # saved over with the other decision
    lines = ingest(folder, db)
    assert lines[0] == "documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 2 already known"
    i = lines.index(HEADING)
    assert lines[i + 1] == "  changed  qd.txt" and not lines[i + 2].startswith("  changed")
    assert awarded(db) == [("Vàng A Sình", "qd_khac.txt")]  # (one conferral: qd.txt is its copy now)


def test_a_file_overwritten_with_a_new_file_of_the_same_run_is_named_as_changed(tmp_path):
    """The same when the content is stored by this very run at another path, read first: the file is its copy."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "b_qd.txt").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ingest(folder, db)
    other = "Tặng Giấy khen cho bà Sùng Thị Dua năm 2023.\n"
    (folder / "a_moi.txt").write_text(other, encoding="utf-8")  # read before b_qd.txt (paths in order)
    (folder / "b_qd.txt").write_text(other, encoding="utf-8")
    lines = ingest(folder, db)
    i = lines.index(HEADING)
    assert lines[i + 1] == "  changed  b_qd.txt"


def test_a_failed_file_overwritten_with_a_copy_of_another_is_named_as_replaced(tmp_path):
    """A failed file fixed by copying over it the bytes of another stored file stores nothing new, yet its path now
    holds a readable version: the summary names it as a failed version replaced, as 'sovang failures' lists it
    superseded, and counts no newly stored file for it (session 37: "already known" alone)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "bao_cao.pdf").write_bytes(b"%PDF-1.4 cut short")  # a broken PDF: failed
    (folder / "qd.txt").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert not any(line.startswith("replaced") for line in ingest(folder, db))
    (folder / "bao_cao.pdf").write_bytes((folder / "qd.txt").read_bytes())
    lines = ingest(folder, db)
    assert lines[0] == "documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 2 already known"
    i = lines.index("replaced a failed or partial version at the same path: 1 (the old version is kept, listed as "
                    "superseded in documents_view)")
    assert lines[i + 1] == "  stored   bao_cao.pdf: a new version replaces the failed one"
    assert not any(line.startswith("changed") for line in lines)
