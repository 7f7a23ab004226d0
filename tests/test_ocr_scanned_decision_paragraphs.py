"""A scanned decision read by OCR: Tesseract put the letterhead in capitals and "Điều 1. …" in one paragraph,
and the article's last line ("cho ông …") in another, so the award sentence was cut and gave nothing.  Its
paragraphs are mended by the rules the PDF and text readers part lines by (pipeline.ocr._mended).  Pages of our
own wording, rendered with DejaVu Sans; the knowledge base is made by the real CLI."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from pipeline import ocr
from pipeline.cli import cli

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["ỦY BAN NHÂN DÂN HUYỆN YÊN THÀNH", "QUYẾT ĐỊNH",
         "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
         "cho ông Trần Văn Khải, Trưởng phòng Nội vụ huyện Yên Thành."]


def _words(*lines: str) -> list[list[tuple[str, float]]]:
    return [[(w, 0.9) for w in line.split()] for line in lines]


def test_a_paragraph_parts_after_a_heading_and_before_an_article():
    blocks = ocr._mended([_words("QUYẾT ĐỊNH", "Điều 1. Tặng Giấy khen cho bà Lê Thị Na.", "Điều 2. Hiệu lực.")])
    assert [" ".join(w for w, _ in b) for b in blocks] == [
        "QUYẾT ĐỊNH", "Điều 1. Tặng Giấy khen cho bà Lê Thị Na.", "Điều 2. Hiệu lực."]


def test_a_paragraph_going_on_in_lower_case_joins_the_one_before():
    blocks = ocr._mended([_words("Điều 1. Tặng Giấy khen của Chủ tịch huyện"), _words("cho ông Hà Văn Tư."),
                          _words("Nơi nhận:")])
    assert [" ".join(w for w, _ in b) for b in blocks] == [
        "Điều 1. Tặng Giấy khen của Chủ tịch huyện cho ông Hà Văn Tư.", "Nơi nhận:"]
    # a finished sentence keeps the next paragraph apart, whatever its case
    blocks = ocr._mended([_words("Tặng Giấy khen cho ông Hà Văn Tư."), _words("sau đó là lễ mừng công.")])
    assert len(blocks) == 2


def _scan(path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    if not os.path.exists(FONT):
        pytest.skip(f"{FONT} missing (Debian package fonts-dejavu-core)")
    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 50)
    for i, line in enumerate(LINES):
        draw.text((200, 200 + 110 * i), line, font=font, fill=0)
    image.save(str(path), "PDF", resolution=300)


def test_the_scanned_decision_gives_its_award(tmp_path):
    reason = ocr.unavailable_reason()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    (tmp_path / "kho").mkdir()
    _scan(tmp_path / "kho" / "bản quét số 1.pdf")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "kho"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = json.loads(CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json"]).output)
    assert [(r["recipient"], r["document"]) for r in rows] == [("Trần Văn Khải", "bản quét số 1.pdf")]
