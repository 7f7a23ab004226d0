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


_TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(paragraphs) -> str:
    """A Tesseract TSV of our own: each (left, top, text) its own block of one line, words 30 px a letter."""
    rows = [_TSV_HEAD]
    for block, (left, top, text) in enumerate(paragraphs, 1):
        x = left
        for n, word in enumerate(text.split(), 1):
            rows.append(f"5\t1\t{block}\t1\t1\t{n}\t{x}\t{top}\t{30 * len(word)}\t50\t95\t{word}")
            x += 30 * len(word) + 20
    return "\n".join(rows)


def test_a_scanned_table_cell_in_lower_case_stays_apart_from_the_cell_beside_it():
    # a table row: the name cell and the cell of the post beside it on the same row (each its own paragraph); a
    # paragraph far to the right under an unfinished line is no continuation either
    page = ocr._read_tsv(_tsv([(200, 300, "Phan Thị Mai"), (900, 300, "kế toán Trường Tiểu học Cẩm Lộc"),
                               (200, 500, "Bà Võ Thị Lan, Trưởng phòng Tư pháp"), (1400, 600, "huyện, được khen.")]))
    assert [text for text, _ in page.paragraphs] == [
        "Phan Thị Mai", "kế toán Trường Tiểu học Cẩm Lộc", "Bà Võ Thị Lan, Trưởng phòng Tư pháp",
        "huyện, được khen."]


def test_a_scanned_paragraph_under_its_block_or_after_an_open_word_goes_on():
    page = ocr._read_tsv(_tsv([(200, 400, "Điều 1. Tặng Giấy khen của Chủ tịch huyện"),
                               (200, 465, "cho ông Hà Văn Tư."),
                               (200, 800, "Ghi nhận thành tích tiêu biểu của"), (1500, 880, "các chi đoàn.")]))
    assert [text for text, _ in page.paragraphs] == [
        "Điều 1. Tặng Giấy khen của Chủ tịch huyện cho ông Hà Văn Tư.",
        "Ghi nhận thành tích tiêu biểu của các chi đoàn."]
