"""``sovang export text``: each stored document's normalised Unicode text as DIR/<path>.txt."""
from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

from click.testing import CliRunner

from pipeline import legacy
from pipeline.cli import cli
from outputs.text_export import root_folders, safe_relpath

REPORT = ("Báo cáo tổng kết công tác thi đua năm 2024\n\n"
          "Ủy ban nhân dân xã Hòa Bình   đề nghị tặng Giấy khen cho ông Lê Văn Thủy.\n")


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def make_corpus(root):
    import openpyxl

    (root / "bao-cao").mkdir(parents=True)
    # NFD with new-style tone placement ("Hoà", "Thuỷ"): exported normalised (NFC, old style)
    nfd = unicodedata.normalize("NFD", REPORT.replace("Hòa", "Hoà").replace("Thủy", "Thuỷ"))
    (root / "bao-cao" / "2024 báo cáo.txt").write_text(nfd, encoding="utf-8")
    (root / "bao-cao" / "ban-sao.txt").write_text(nfd, encoding="utf-8")  # same content, second path
    (root / "tcvn3.txt").write_bytes(legacy.legacy_to_bytes(legacy.unicode_to_tcvn3(REPORT.lower())))
    wb = openpyxl.Workbook()
    wb.active.append(["STT", "Họ và tên", None, "Hình thức"])
    wb.active.append([1, "Nguyễn Văn An", None, "Bằng khen"])
    buf = io.BytesIO()
    wb.save(buf)
    (root / "danh-sach.xlsx").write_bytes(buf.getvalue())
    articles = [{"id": "tin/1", "title": "Tin một", "text": "Dòng một.\nDòng hai."},
                {"id": "a:2", "title": "Tin hai", "text": "Nội dung."}]
    (root / "news.jsonl").write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n",
                                     encoding="utf-8")
    (root / "hong.pdf").write_bytes(b"%PDF-1.4 broken")


def test_export_text(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "text"
    result = run("export", "text", "--db", db, "-o", out)
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["bao-cao/2024 báo cáo.txt.txt", "bao-cao/ban-sao.txt.txt", "danh-sach.xlsx.txt",
                     "news.jsonl_a_2.txt", "news.jsonl_tin_1.txt", "tcvn3.txt.txt"]
    assert "6 text files written" in result.output
    expected = ("Báo cáo tổng kết công tác thi đua năm 2024\n"
                "Ủy ban nhân dân xã Hòa Bình đề nghị tặng Giấy khen cho ông Lê Văn Thủy.\n")
    assert (out / "bao-cao" / "2024 báo cáo.txt.txt").read_text(encoding="utf-8") == expected
    assert (out / "bao-cao" / "ban-sao.txt.txt").read_text(encoding="utf-8") == expected
    assert (out / "tcvn3.txt.txt").read_text(encoding="utf-8") == expected.lower()
    assert (out / "danh-sach.xlsx.txt").read_text(encoding="utf-8") == (
        "STT | Họ và tên | Hình thức\n1 | Nguyễn Văn An | Bằng khen\n")
    assert (out / "news.jsonl_a_2.txt").read_text(encoding="utf-8") == "Tin hai\nNội dung.\n"
    assert not any("hong" in f for f in files)  # failed documents have no text


def test_export_text_root_filter(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "a.txt").write_text("Văn bản một\n", encoding="utf-8")
    (two / "a.txt").write_text("Văn bản hai\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", one, two, "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "all"
    run("export", "text", "--db", db, "-o", out)
    # two roots: each root's tree in a folder named after it (was one flat tree telling a.txt apart by sha256)
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["one/a.txt.txt", "two/a.txt.txt"]
    assert (out / "one" / "a.txt.txt").read_text(encoding="utf-8") == "Văn bản một\n"
    only = tmp_path / "only"
    run("export", "text", "--db", db, "-o", only, "--root", two)
    assert [p.name for p in only.iterdir()] == ["a.txt.txt"]
    assert (only / "a.txt.txt").read_text(encoding="utf-8") == "Văn bản hai\n"


def test_root_folders_take_as_many_names_as_tell_the_roots_apart():
    assert root_folders(["/kho/1995", "/kho/1996"]) == {"/kho/1995": Path("1995"), "/kho/1996": Path("1996")}
    assert root_folders(["/a/2023", "/b/2023", "/b/tin"]) == {"/a/2023": Path("a_2023"), "/b/2023": Path("b_2023"),
                                                              "/b/tin": Path("tin")}  # its last name tells it apart
    assert root_folders(["/x/a:b", "/x/a_b"]) == {"/x/a:b": Path("x_a_b_1"), "/x/a_b": Path("x_a_b_2")}
    assert root_folders(["/"]) == {"/": Path("root")}


def test_safe_relpath():
    assert str(safe_relpath("news.jsonl#42")) == "news.jsonl_42"
    assert str(safe_relpath("tin/news.jsonl.gz#2024/05/a")) == "tin/news.jsonl.gz_2024_05_a"
    assert str(safe_relpath("../../etc/passwd")) == "etc/passwd"
    assert str(safe_relpath("/abs/x:y.txt")) == "abs/x_y.txt"
    assert str(safe_relpath("")) == "document"


def test_export_text_needs_a_knowledge_base(tmp_path):
    result = CliRunner().invoke(cli, ["export", "text", "--db", str(tmp_path / "none.sqlite"), "-o",
                                      str(tmp_path / "out")])
    assert result.exit_code != 0 and "no knowledge base" in result.output


def test_a_subfolder_of_an_ingested_folder_selects_its_documents(tmp_path):
    """Found by a newcomer: '--root' given a subfolder of the ingested folder exported nothing. It selects the
    documents under it; ``document`` stays relative to the folder given to ingest."""
    root = tmp_path / "kho"
    (root / "tin").mkdir(parents=True)
    (root / "tin" / "a.txt").write_text("Văn bản một\n", encoding="utf-8")
    (root / "b.txt").write_text("Văn bản hai\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    run("export", "facts", "--db", db, "-o", tmp_path / "f.jsonl", "--root", root / "tin")
    lines = (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["document"] for x in lines] == ["tin/a.txt"]
    run("export", "text", "--db", db, "-o", tmp_path / "t", "--root", root / "tin")
    assert sorted(str(p.relative_to(tmp_path / "t")) for p in (tmp_path / "t").rglob("*.txt")) == ["tin/a.txt.txt"]


def test_a_root_that_selects_nothing_is_said(tmp_path):
    """'--root' outside every ingested folder exports nothing, and says so, listing the known folders."""
    root = tmp_path / "kho"
    (root / "tin").mkdir(parents=True)
    (root / "tin" / "a.txt").write_text("Văn bản một\n", encoding="utf-8")
    elsewhere = tmp_path / "khac"
    elsewhere.mkdir()
    db = tmp_path / "kb.sqlite"
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    for args in (("export", "facts", "--db", db, "-o", tmp_path / "f.jsonl", "--root", elsewhere),
                 ("export", "text", "--db", db, "-o", tmp_path / "t", "--root", elsewhere)):
        result = CliRunner().invoke(cli, [str(a) for a in args])  # output: stdout and stderr, click 8.1 and 8.2
        assert result.exit_code == 1  # nothing exported: a script must be able to tell
        assert f"no stored document lies in {elsewhere}" in result.output
        assert f"(known: {root})" in result.output
        # newcomer, session 21: checked before the output is created ("0 documents written" and an empty file)
        assert "written" not in result.output
        assert not (tmp_path / "f.jsonl").exists() and not (tmp_path / "t").exists()
    missing = CliRunner().invoke(cli, ["export", "facts", "--db", str(db), "-o", str(tmp_path / "f.jsonl"),
                                       "--root", str(tmp_path / "nope")])  # a folder that does not exist
    assert missing.exit_code == 1 and not (tmp_path / "f.jsonl").exists()
    good = CliRunner().invoke(cli, ["export", "facts", "--db", str(db), "-o", str(tmp_path / "g.jsonl"),
                                                    "--root", str(root)])
    assert "no stored document" not in good.output and "1 document written" in good.output


def test_a_name_as_long_as_the_file_system_allows_is_cut_to_fit(tmp_path):
    """Newcomer, session 28: a file whose name was 255 bytes (the most ext4 takes; 85 Vietnamese letters of three
    bytes each, and ".txt") was ingested, but ``export text`` stopped with a traceback, "File name too long", on the name
    with ".txt" added. The name is cut on a letter, ending with "…", to leave room for ".txt" and the sha256
    prefix that tells two cut names apart."""
    corpus = tmp_path / "kho"
    corpus.mkdir()
    long_name = "ệ" * 83 + "ab.txt"  # "ệ" is 3 bytes of UTF-8: 249 + 6 = 255 bytes
    assert len(long_name.encode("utf-8")) == 255
    (corpus / long_name).write_text("Tặng Giấy khen cho bà Đỗ Thị Mai.\n", encoding="utf-8")
    (corpus / long_name.replace("ab", "ac")).write_text("Tặng Giấy khen cho ông Vũ Văn Lâm.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "text"
    result = run("export", "text", "--db", db, "-o", out)
    assert "2 text files written" in result.output
    names = sorted(p.name for p in out.iterdir())
    # 255 - len(".txt") - len(".12345678") = 242 bytes: "…" (3 bytes) and 79 "ệ" (237 bytes) fit, not 80
    cut = "ệ" * 79 + "…"
    assert len(cut.encode("utf-8")) == 240
    plain, told_apart = cut + ".txt", [n for n in names if n != cut + ".txt"]
    assert plain in names and len(told_apart) == 1
    assert told_apart[0].startswith(cut + ".") and len(told_apart[0].encode("utf-8")) == 240 + 9 + 4
    texts = sorted((out / n).read_text(encoding="utf-8") for n in names)
    assert texts == sorted(["Tặng Giấy khen cho ông Vũ Văn Lâm.\n", "Tặng Giấy khen cho bà Đỗ Thị Mai.\n"])


def test_safe_relpath_keeps_each_name_within_255_bytes():
    folder = "Thư mục " * 40  # 40 × 11 bytes ("ư" 2, "ụ" 3): a folder name of 440 bytes is cut to 255
    short = safe_relpath("tin/qd.txt")
    assert str(short) == "tin/qd.txt"
    parts = safe_relpath(folder + "/qd.txt").parts
    assert parts[1] == "qd.txt"
    # 252 bytes before "…" (3 bytes): 22 × "Thư mục " (242) and "Thư mục" (10), the space after it left out
    assert parts[0] == "Thư mục " * 22 + "Thư mục…"
    assert len(parts[0].encode("utf-8")) == 255


def test_a_file_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path):
    """Newcomer, session 28: an error of the file system while writing (a full disk, a file standing where a
    folder of the export must go) is one line naming the file, exit status 1."""
    corpus = tmp_path / "kho"
    (corpus / "tin").mkdir(parents=True)
    (corpus / "tin" / "qd.txt").write_text("Tặng Giấy khen cho bà Đỗ Thị Mai.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", corpus, "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "text"
    out.mkdir()
    (out / "tin").write_text("a file where the folder tin/ must go\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "text", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 1 and result.exception is not None and isinstance(result.exception, SystemExit)
    assert result.output.startswith("Error: cannot write ") and str(out / "tin") in result.output
    assert "Traceback" not in result.output


def test_the_failed_files_left_out_are_counted(tmp_path):
    # newcomer (session 33): "11 text files written" of 17 documents, with no word of the 6 that failed
    root = tmp_path / "kho"
    (root / "tin").mkdir(parents=True)
    (root / "tin" / "a.txt").write_text("Văn bản một\n", encoding="utf-8")
    (root / "tin" / "rong.txt").write_bytes(b"")
    (root / "hong.docx").write_bytes(b"not a zip")
    db = tmp_path / "kb.sqlite"
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    said = run("export", "text", "--db", db, "-o", tmp_path / "t").stderr.strip()
    assert said == (f"1 text file written to {tmp_path / 't'}; 2 failed files left out, no text read ('sovang "
                    f"failures' lists them)")
    said = run("export", "text", "--db", db, "-o", tmp_path / "u", "--root", root / "tin").stderr.strip()
    assert said.endswith("; 1 failed file left out, no text read ('sovang failures' lists them)")


def test_two_paths_made_alike_by_safe_names_are_told_apart_by_the_content(tmp_path):
    """Within one folder, "a:b.txt" and "a_b.txt" both become "a_b.txt": the second written (by path) gets the first
    8 characters of its content's sha256."""
    import hashlib

    root = tmp_path / "kho"
    root.mkdir()
    (root / "a:b.txt").write_text("Văn bản một\n", encoding="utf-8")
    (root / "a_b.txt").write_text("Văn bản hai\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run("ingest", root, "--db", db, "--workers", "1", "--quiet")
    out = tmp_path / "t"
    run("export", "text", "--db", db, "-o", out)
    second = hashlib.sha256((root / "a_b.txt").read_bytes()).hexdigest()[:8]
    assert sorted(p.name for p in out.iterdir()) == sorted(["a_b.txt.txt", f"a_b.txt.{second}.txt"])
    assert (out / "a_b.txt.txt").read_text(encoding="utf-8") == "Văn bản một\n"
