"""A file read by its content, another format than its name says (a Word file saved under a .pdf name), was stored
with the warning "read as .docx: …" in ``documents.warnings`` alone: the ingest summary said nothing, so an
archivist never learnt which files to rename (a newcomer, session 34). The summary lists them now; a copy of the
same content under a right name is not listed. The real CLI on a real SQLite file; text written for this test."""
from __future__ import annotations

import io

from tests.cli import run_cli


def _word(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_file_read_as_another_format_is_listed_with_its_reading(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    data = _word("Tặng Giấy khen cho ông Hà Văn Quý, Trưởng phòng Tài chính huyện.")
    (folder / "giay khen.pdf").write_bytes(data)
    (folder / "sao luu").mkdir()
    (folder / "sao luu" / "giay khen.docx").write_bytes(data)  # the same content under its right name, read after
    (folder / "to trinh.txt").write_text("Tờ trình đề nghị tặng Giấy khen năm 2024.\n", encoding="utf-8")
    summary = run_cli("ingest", folder, "--db", tmp_path / "kb.sqlite", "--workers", "1", "--quiet")
    assert "read by their content, another format than their name says (rename them to the format read): 1\n" \
           "  misnamed giay khen.pdf: read as .docx: the content is not the .pdf its name says\n" in summary
    assert "misnamed sao luu/giay khen.docx" not in summary and "misnamed to trinh" not in summary


def test_the_reading_is_written_and_read_back_by_one_pair_of_functions():
    # the readers write the warning and the summary reads its suffix back: one format, defined in one place
    from pipeline.readers import read_as_suffix, read_as_warning

    assert read_as_warning(".docx", ".pdf") == "read as .docx: the content is not the .pdf its name says"
    assert read_as_warning(".pdf", "") == "read as .pdf: the content is not the file without a suffix its name says"
    assert read_as_suffix(read_as_warning(".xlsx", ".doc")) == ".xlsx"
    assert read_as_suffix("text without diacritics") is None


def test_a_misnamed_copy_is_listed_when_its_right_name_sorts_first(tmp_path):
    """The same Word content at "a_quyet dinh.docx" (read first, no warning) and "b_quyet dinh.pdf" (a copy, not
    read): the copy was listed as a copy alone, never as misnamed (session 34's fixer); an .htm copy of an .html page
    is no misnamed copy (one reader)."""
    folder = tmp_path / "kho"
    folder.mkdir()
    data = _word("Khen thưởng bà Lý Thu Hà, Phó Giám đốc Sở Xây dựng.")
    (folder / "a_quyet dinh.docx").write_bytes(data)
    (folder / "b_quyet dinh.pdf").write_bytes(data)
    page = "<html><body><p>Ông Tô Văn Lâm nhận Bằng khen.</p></body></html>".encode("utf-8")
    (folder / "c_trang.html").write_bytes(page)
    (folder / "d_trang.htm").write_bytes(page)
    summary = run_cli("ingest", folder, "--db", tmp_path / "kb.sqlite", "--workers", "1", "--quiet")
    assert "read by their content, another format than their name says (rename them to the format read): 1\n" \
           "  misnamed b_quyet dinh.pdf: read as .docx: the content is not the .pdf its name says\n" in summary


def test_a_misnamed_copy_is_listed_when_its_content_was_stored_by_an_earlier_ingest(tmp_path):
    """A Word content ingested once as "ban goc/to trinh.docx", and its copy saved as "to trinh.pdf" ingested by a
    later run: the copy was counted as already known and never listed misnamed, though the same two files in one
    run are (session 36). Now listed in either order of the runs' folders; the copy under the right name stays
    unlisted, and so does the misnamed file itself once the next ingest finds it at the path it was stored at."""
    data = _word("Đề nghị tặng Giấy khen cho bà Kha Thị Mến, kế toán Trạm Y tế xã.")
    right, wrong = tmp_path / "ban goc", tmp_path / "ban sao"
    right.mkdir()
    wrong.mkdir()
    (right / "to trinh.docx").write_bytes(data)
    (wrong / "to trinh.pdf").write_bytes(data)
    listing = "  misnamed to trinh.pdf: read as .docx: the content is not the .pdf its name says\n"
    db = tmp_path / "kb.sqlite"
    assert "  misnamed " not in run_cli("ingest", right, "--db", db, "--workers", "1", "--quiet")
    later = run_cli("ingest", wrong, "--db", db, "--workers", "1", "--quiet")
    assert "skipped, already known: 1\n" in later
    assert "another format than their name says (rename them to the format read): 1\n" + listing in later
    assert "  misnamed " not in run_cli("ingest", wrong, "--db", db, "--workers", "1", "--quiet")  # known at its path
    other = tmp_path / "kb2.sqlite"  # the misnamed copy first: listed by its own reading, the right name is not
    assert listing in run_cli("ingest", wrong, "--db", other, "--workers", "1", "--quiet")
    assert "  misnamed " not in run_cli("ingest", right, "--db", other, "--workers", "1", "--quiet")
