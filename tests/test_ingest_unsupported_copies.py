"""A good file is not lost to a copy of it under a name sovang reads no type for (session 33's review): one content
is read once, by one of its paths, and a failure of a name's suffix ("unsupported file type") was stored as the
content's, so a text at "so_tay.txt" with a copy "so_tay" (no suffix, sorting first) was a failed copy, and from
the next ingest on skipped as failed for its own bytes. Runs the real CLI on real SQLite files; text written for
these tests. And a file of such a name whose first bytes tell a format sovang reads fails for its content, not its
name, and one stored failed for its name by a sovang that did not read by content is read after the upgrade."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import io

from pipeline import ingest as ingest_module
from pipeline import readers
from pipeline.cli import cli
from pipeline.failure_causes import fails_again, own_bytes

TEXT = "Bà Lê Thị Hoa, Phó Giám đốc Sở Tư pháp, được tặng Bằng khen năm 2019.\n"


def _ingest(folder, db) -> str:
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture()
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "so_tay.txt").write_text(TEXT, encoding="utf-8")
    (docs / "so_tay").write_text(TEXT, encoding="utf-8")  # the same bytes, no suffix: sorts first
    return docs


def test_the_copy_without_a_suffix_does_not_claim_the_content(folder, tmp_path):
    out = _ingest(folder, tmp_path / "kb.sqlite")
    assert out.startswith("documents stored: 1 (ok 1, partial 0, failed 0); counted apart below: 1 copy")
    assert "failed: 0" in out and "unsupported" not in out


def test_a_content_stored_failed_under_the_copys_name_is_read_at_the_good_path(folder, tmp_path, monkeypatch):
    db = tmp_path / "kb.sqlite"
    with monkeypatch.context() as patched:  # as before the review: the paths read in the order found
        patched.setattr(ingest_module, "supported", lambda path: True)
        first = _ingest(folder, db)
    assert "failed   so_tay.txt: unsupported file type '(no suffix)'" in first
    again = _ingest(folder, db)
    assert "tried again after an earlier failure or partial read: 1 (read whole now 1, failed or partial again 0)" \
        in again and "failed before, unchanged" not in again


@pytest.mark.parametrize("reason, path, again", [
    ("unsupported file type '(no suffix)': save it as …", "so_tay", True),
    ("unsupported file type '(no suffix)': save it as …", "sub/so_tay.TXT", False),
    ("unsupported file type '.bak': save it as …", "so_tay.docx", False),
    ("empty file (0 bytes)", "so_tay.txt", True),
    ("worker failed: MemoryError", "so_tay", False)])
def test_a_failure_of_the_name_repeats_only_under_such_a_name(reason, path, again):
    assert fails_again(reason, path) is again


def test_a_file_of_no_read_type_whose_content_fails_gives_its_contents_reason():
    doc = readers.read_bytes(b"PK\x03\x04[Content_Types].xml word/ cut", "bien_ban")  # a Word file cut short
    assert doc.status == "failed" and doc.error.startswith("not a valid .docx")
    assert doc.error.endswith("(read as .docx by its first bytes: unsupported file type '(no suffix)')")
    assert own_bytes(doc.error)


def test_a_word_file_stored_failed_for_its_name_before_the_upgrade_is_read(tmp_path, monkeypatch):
    import docx

    out = io.BytesIO()
    word = docx.Document()
    word.add_paragraph(TEXT.strip())
    word.save(out)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bien_ban").write_bytes(out.getvalue())  # a Word file, no suffix
    db = tmp_path / "kb.sqlite"
    with monkeypatch.context() as patched:  # as a sovang that did not read such a file by its first bytes
        patched.setattr(readers, "sniffed_suffix", lambda data: None)
        assert "failed   bien_ban: unsupported file type '(no suffix)'" in _ingest(docs, db)
    listing = CliRunner().invoke(cli, ["failures", "--db", str(db)])
    assert listing.exit_code == 0, listing.output  # the footer says what the next ingest below does: reads it
    assert listing.stdout.splitlines()[-1] == ("the next ingest tries 1 again (a cause that may have passed); "
                                               "'sovang forget PATH' drops a file")
    again = _ingest(docs, db)
    assert "tried again after an earlier failure or partial read: 1 (read whole now 1, failed or partial again 0)" \
        in again and "failed before, unchanged" not in again
    assert "skipped, already known: 1" in _ingest(docs, db)  # read whole: known from now on


def test_a_failure_of_the_name_is_read_again_where_the_files_first_bytes_tell_a_format(tmp_path):
    (tmp_path / "bien_ban").write_bytes(b"%PDF-1.4\n")  # a PDF's first bytes, no suffix
    (tmp_path / "ghi_chu").write_text(TEXT, encoding="utf-8")  # a text, no suffix: fails again
    reason = "unsupported file type '(no suffix)': save it as …"
    assert fails_again(reason, str(tmp_path / "bien_ban")) is False
    assert fails_again(reason, str(tmp_path / "ghi_chu")) is True


def test_a_plain_archive_with_a_folder_named_word_is_no_word_file():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/to_trinh.txt", TEXT)
        archive.writestr("xl/bang.csv", "1,2")
    assert readers.sniffed_suffix(out.getvalue()) is None
    assert readers.read_bytes(out.getvalue(), "ho_so.zip").error.startswith("unsupported file type '.zip'")


def test_an_archive_of_files_is_said_to_be_unpacked_not_saved_as_a_document(tmp_path):
    """A zip of a folder of stories was told "save it as .docx, .pdf, .txt or .xlsx" (a newcomer, session 34): an
    archive is unpacked, not saved in another format. Its failure stays one of its own bytes (skipped while
    unchanged), and a file of another unread type keeps the advice to save it."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("tin/a.txt", TEXT)
    for name in ("tin_bai.zip", "Tin bai.RAR", "luu_tru.tar.gz"):
        error = readers.read_bytes(out.getvalue(), name).error
        assert "unpack it and ingest the folder of its files" in error and "save it as" not in error, name
        assert own_bytes(error)
    assert "save it as .docx" in readers.read_bytes(b"PK\x03\x04 not an archive", "bang_tinh.numbers").error
    (tmp_path / "tin_bai.zip").write_bytes(out.getvalue())
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", str(tmp_path / "kb.sqlite"), "--workers", "1",
                                      "--quiet"])
    assert "failed   tin_bai.zip: unsupported file type '.zip': an archive of files, which sovang does not open: " \
           "unpack it and ingest the folder of its files" in result.output
