"""A long OCR says how far it is (session 36): a scan of many pages kept ``sovang ingest`` silent for minutes, its
progress being counted per file finished. Now each page started prints "OCR <path>: page K of N" on stderr (the
first page, then at most every ``ocr_progress.SECONDS``), not with ``--quiet``, nor for a scan of one page. A
three-page TIFF drawn for the test with text of our own, read by the real Tesseract through the real CLI."""
from __future__ import annotations

import io
import os

import pytest
from click.testing import CliRunner

from pipeline import ocr_progress
from pipeline.cli import cli
from tests.test_ocr import FONT, need_tesseract  # noqa: F401 (autouse: skips without Tesseract, fails under CI)


def _page(text: str):
    from PIL import Image, ImageDraw, ImageFont

    if not os.path.exists(FONT):
        pytest.skip(f"{FONT} missing (Debian package fonts-dejavu-core)")

    image = Image.new("L", (1400, 260), 255)
    ImageDraw.Draw(image).text((80, 90), text, font=ImageFont.truetype(FONT, 50), fill=0)
    return image


def _tiff(*texts: str) -> bytes:
    first, *rest = [_page(t) for t in texts]
    out = io.BytesIO()
    first.save(out, format="TIFF", save_all=True, append_images=rest, dpi=(300, 300))
    return out.getvalue()


def _ingest(tmp_path, *flags, db="kb.sqlite"):
    return CliRunner().invoke(cli, ["ingest", str(tmp_path / "kho"), "--db", str(tmp_path / db), "--workers", "1",
                                    *flags])


def test_each_page_of_a_long_scan_is_said_on_stderr(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr_progress, "SECONDS", 0.0)  # a line per page (a real scan: one per 10 s at most)
    (tmp_path / "kho" / "luu tru").mkdir(parents=True)
    (tmp_path / "kho" / "luu tru" / "ho so.tif").write_bytes(
        _tiff("Trang một của hồ sơ", "Trang hai của hồ sơ", "Trang ba của hồ sơ"))
    result = _ingest(tmp_path)
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if line.startswith("OCR ")]
    assert said == ["OCR luu tru/ho so.tif: page 1 of 3", "OCR luu tru/ho so.tif: page 2 of 3",
                    "OCR luu tru/ho so.tif: page 3 of 3"]
    assert ocr_progress.ENV not in os.environ  # given back: another command in this process prints none


def test_quiet_or_one_page_says_nothing_and_a_line_waits_its_seconds(tmp_path, monkeypatch):
    (tmp_path / "kho").mkdir()
    (tmp_path / "kho" / "ho so.tif").write_bytes(_tiff("Trang một", "Trang hai"))
    monkeypatch.setattr(ocr_progress, "SECONDS", 0.0)
    assert "OCR " not in _ingest(tmp_path, "--quiet").stderr
    monkeypatch.setattr(ocr_progress, "SECONDS", 3600.0)  # the first page only, then none within the hour
    said = [line for line in _ingest(tmp_path, db="kb2.sqlite").stderr.splitlines() if line.startswith("OCR ")]
    assert said == ["OCR ho so.tif: page 1 of 2"]
    monkeypatch.setattr(ocr_progress, "SECONDS", 0.0)
    (tmp_path / "kho" / "ho so.tif").unlink()
    (tmp_path / "kho" / "trang.tif").write_bytes(_tiff("Một trang"))
    assert "OCR " not in _ingest(tmp_path, db="kb3.sqlite").stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_line_is_redrawn_then_wiped_when_the_file_is_done(monkeypatch):
    """Session 37: on a terminal the last "page K of N" stayed drawn after its file ended, under the next output.
    Drawn in place (a carriage return, the line padded to the width) and wiped on the way out (a carriage return, as
    many spaces, a carriage return); in a log, plain lines and nothing more."""
    monkeypatch.setattr(ocr_progress, "SECONDS", 0.0)
    monkeypatch.setenv(ocr_progress.ENV, "1")
    term = _Terminal()
    monkeypatch.setattr("sys.stderr", term)
    with ocr_progress.reading("so/bien ban.pdf"), ocr_progress.Pages(2) as pages:
        pages.start(1)
        pages.start(2)
    first, second = "OCR so/bien ban.pdf: page 1 of 2", "OCR so/bien ban.pdf: page 2 of 2"
    assert term.getvalue() == ("\r" + first + " " * (80 - len(first)) + "\r" + second + " " * (80 - len(second))
                               + "\r" + " " * 80 + "\r")
    log = io.StringIO()
    monkeypatch.setattr("sys.stderr", log)
    with ocr_progress.reading("so/bien ban.pdf"), ocr_progress.Pages(2) as pages:
        pages.start(1)
        pages.start(2)
    assert log.getvalue() == first + "\n" + second + "\n"
    quiet = _Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    with ocr_progress.Pages(1) as pages:  # one page: nothing drawn, nothing to wipe
        pages.start(1)
    assert quiet.getvalue() == ""


def test_with_two_folders_a_scan_is_named_from_the_working_folder(tmp_path, monkeypatch):
    """Newcomer, session 45: with several folders ingested the summary and the progress lines name a file from the
    working folder ("1995/ho so.tif"), but a long OCR's line named it within its folder alone ("OCR ho so.tif: page
    1 of 2"), so two folders' scans of one name read alike. Now the OCR line names it as the summary does."""
    monkeypatch.setattr(ocr_progress, "SECONDS", 0.0)
    monkeypatch.chdir(tmp_path)
    for year in ("1995", "1996"):
        (tmp_path / year).mkdir()
    (tmp_path / "1996" / "ho so.tif").write_bytes(_tiff("Trang một của hồ sơ", "Trang hai của hồ sơ"))
    (tmp_path / "1995" / "bao cao.txt").write_text("Báo cáo tổng kết công tác thi đua năm 1995.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "1995", "1996", "--db", "kb.sqlite", "--workers", "1"])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if line.startswith("OCR ")]
    assert said == ["OCR 1996/ho so.tif: page 1 of 2", "OCR 1996/ho so.tif: page 2 of 2"]
    assert ocr_progress.ENV not in os.environ


def test_a_scan_outside_the_working_folder_is_named_by_its_absolute_path(tmp_path, monkeypatch):
    """As the summary names it: never "../../…"."""
    monkeypatch.setattr(ocr_progress, "SECONDS", 0.0)
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    for year in ("1995", "1996"):
        (tmp_path / year).mkdir()
    (tmp_path / "1995" / "ho so.tif").write_bytes(_tiff("Trang một của hồ sơ", "Trang hai của hồ sơ"))
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "1995"), str(tmp_path / "1996"), "--db", "kb.sqlite",
                                      "--workers", "1"])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if line.startswith("OCR ")]
    assert said == [f"OCR {tmp_path / '1995' / 'ho so.tif'}: page 1 of 2",
                    f"OCR {tmp_path / '1995' / 'ho so.tif'}: page 2 of 2"]
