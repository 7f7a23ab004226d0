"""OCR with Tesseract and its Vietnamese data, one page image at a time.

The ``tesseract`` binary (Debian packages ``tesseract-ocr`` and
``tesseract-ocr-vie``) is called through :mod:`subprocess`, with a time limit
per page (:data:`TIMEOUT`); its TSV output gives words with confidences,
grouped here into paragraphs (Tesseract's block/paragraph numbers), each
paragraph one ``(text, confidence)`` pair, the confidence being the mean of its
words' confidences on a 0–1 scale.  Tesseract's paragraphs are mended by the rules
the PDF and text readers part lines by (:func:`_mended`): a paragraph parts where a
heading in capitals ends or a part opens ("QUYẾT ĐỊNH" / "Điều 1. …"), and a
paragraph that goes on in lower case from one that ends unfinished ("… Ủy ban nhân
dân huyện" / "cho ông …") is joined to it.

Rotation: a page is read as it is; when the result is poor (mean confidence
below :data:`GOOD_CONFIDENCE` or few words), Tesseract's orientation detection
(``--psm 0``) decides when it is sure; failing a clear answer, the page is read
turned by 90, 180 and 270 degrees and a turned reading wins only when clearly
better (confidence × words).

:func:`unavailable_reason` says why OCR cannot run (None when it can):
readers keep such documents ``partial`` with that reason.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache

from .ocr_progress import Pages
from .wording import counted

#: Seconds one Tesseract call may take.
TIMEOUT = int(os.environ.get("SOVANG_OCR_TIMEOUT", "180"))
#: Tesseract language(s).
LANG = os.environ.get("SOVANG_OCR_LANG", "vie")
#: Mean word confidence (0-1) above which a reading is not tried in other orientations.
GOOD_CONFIDENCE = 0.75
#: Resolution pages of PDFs are rendered at.
DPI = 300

UNAVAILABLE = "OCR unavailable: install tesseract-ocr and tesseract-ocr-vie"


class OCRError(Exception):
    """OCR could not run on an image (missing Tesseract, timeout, unreadable image)."""


@dataclass
class OcrPage:
    """One page read by OCR: ``paragraphs`` as (text, confidence 0-1) in reading order."""

    paragraphs: list[tuple[str, float]] = field(default_factory=list)
    angle: int = 0  # degrees the image was turned (counter-clockwise) before reading
    words: int = 0

    @property
    def confidence(self) -> float:
        """Mean word confidence of the page, weighted by paragraph length (0 when empty)."""
        total = sum(len(t) for t, _ in self.paragraphs)
        if not total:
            return 0.0
        return sum(len(t) * c for t, c in self.paragraphs) / total

    @property
    def text(self) -> str:
        return "\n".join(t for t, _ in self.paragraphs)


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    binary = tesseract_path()
    if not binary:
        return frozenset()
    try:
        out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in (out.stdout + out.stderr).splitlines()[1:] if line.strip())


def unavailable_reason() -> str | None:
    """None when Tesseract with Vietnamese data can run; otherwise the reason to report."""
    if not tesseract_path():
        return UNAVAILABLE
    langs = _languages()
    if any(lang not in langs for lang in LANG.split("+")):
        return UNAVAILABLE
    return None


def _run(args: list[str]) -> str:
    try:
        out = subprocess.run([tesseract_path() or "tesseract", *args], capture_output=True, timeout=TIMEOUT,
                             stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise OCRError(f"OCR timed out after {TIMEOUT} s") from None
    except OSError as exc:
        raise OCRError(f"{UNAVAILABLE} ({exc.strerror or exc})") from None
    if out.returncode != 0:
        msg = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OCRError(f"tesseract failed: {msg[-1] if msg else out.returncode}"[:300])
    return out.stdout.decode("utf-8", "replace")


def _prepare(image):
    """Greyscale, white background, at least ~1500 px wide (small images are upscaled)."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image)
    image = image.convert("L")
    if image.width < 1000:
        factor = 2 if image.width >= 500 else 3
        image = image.resize((image.width * factor, image.height * factor), Image.LANCZOS)
    return image


def _read_tsv(tsv: str) -> OcrPage:
    page = OcrPage()
    groups: dict[tuple[int, int], list[tuple[int, str, float]]] = {}
    order: list[tuple[int, int]] = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        try:
            conf = float(cols[10])
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        key = (int(cols[2]), int(cols[3]))  # block, paragraph
        if key not in groups:
            groups[key] = []
            order.append(key)
        left, top, height = int(cols[6]), int(cols[7]), int(cols[9])
        groups[key].append((int(cols[4]), text, conf / 100.0, (left, top, top + height)))
    paragraphs, boxes = [], []
    for key in order:
        words = groups[key]
        lines: dict[int, list[tuple[str, float]]] = {}
        spans: dict[int, list[tuple[int, int, int]]] = {}
        for line_no, text, conf, box in words:
            lines.setdefault(line_no, []).append((text, conf))
            spans.setdefault(line_no, []).append(box)
        paragraphs.append([ws for _, ws in sorted(lines.items())])
        boxes.append([(min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs))
                      for _, bs in sorted(spans.items())])
        page.words += len(words)
    for words in _mended(paragraphs, boxes):
        text = re.sub(r"\s+", " ", " ".join(t for t, _ in words)).strip()
        if text:
            page.paragraphs.append((text, round(sum(c for _, c in words) / len(words), 3)))
    return page


def _line_text(words: list[tuple[str, float]]) -> str:
    return " ".join(t for t, _ in words)


#: how far (in line heights) a paragraph's first line may start from its block's left edge, and how far below the
#: block's last line, to go on in it: a wrapped sentence's next line starts under the block and right below it; a
#: table's next cell stands to the right on the same row (or far down the page)
_NEAR_LEFT = 2.0
_NEAR_BELOW = 1.5

Box = tuple[int, int, int]  # a line's left edge, top and bottom in pixels


def _goes_under(edge: int, last: Box, first: Box) -> bool:
    """Whether a line ``first`` starts near the left ``edge`` of a block and just below its ``last`` line (within
    :data:`_NEAR_LEFT` and :data:`_NEAR_BELOW` of the last line's height), as a wrapped sentence's next line does."""
    height = max(last[2] - last[1], 1)
    return abs(first[0] - edge) <= _NEAR_LEFT * height and -height / 2 <= first[1] - last[2] <= _NEAR_BELOW * height


def _mended(paragraphs: list[list[list[tuple[str, float]]]],
            boxes: list[list[Box]] | None = None) -> list[list[tuple[str, float]]]:
    """Tesseract's ``paragraphs`` (each a list of lines, each line its (word, confidence) pairs) as the words of
    each block: a paragraph parted before a line that opens a part or follows a heading in capitals
    (:func:`pipeline.wrap.heading_above`, :func:`pipeline.wrap.starts_part`), a paragraph joined to the one before
    when its first line goes on from that one's last in lower case or with a number (:func:`pipeline.wrap.text_wraps`
    without names in capitals, whatever the width) and, where the lines' ``boxes`` are known (each paragraph's
    lines as (left, top, bottom)), the line starts near the block's left edge just below its last line
    (:func:`_goes_under`) or that last line ends on a word that cannot end (``open_end_words.txt``): a scanned
    table's cells ("Nguyễn Văn An" | "giáo viên Trường …") are paragraphs side by side and stay apart."""
    from .wrap import ends_open, heading_above, starts_part, text_wraps

    blocks: list[list[tuple[str, float]]] = []
    last, last_box, edge = "", None, 0
    for k, lines in enumerate(paragraphs):
        for i, line in enumerate(lines):
            text = _line_text(line)
            if not text.strip():
                continue
            box = boxes[k][i] if boxes else None
            if not blocks:
                parts = True
            elif i == 0:
                parts = not (text_wraps(last, text, 0, names=False) and (
                    box is None or last_box is None or ends_open(last) or _goes_under(edge, last_box, box)))
            else:
                parts = heading_above(last, text) or starts_part(last, text)
            if parts:
                blocks.append(list(line))
            else:
                blocks[-1] += line
            if box:
                edge = box[0] if parts else min(edge, box[0])
            last, last_box = text, box
    return blocks


def _ocr_once(image, angle: int, tmp: str) -> OcrPage:
    img = image.rotate(angle, expand=True, fillcolor=255) if angle else image
    path = os.path.join(tmp, f"page-{angle}.png")
    img.save(path)
    page = _read_tsv(_run([path, "stdout", "-l", LANG, "--psm", "3", "tsv"]))
    page.angle = angle
    return page


def _osd_angle(image, tmp: str) -> int | None:
    """Tesseract's orientation detection: degrees to turn the image counter-clockwise, or None."""
    path = os.path.join(tmp, "osd.png")
    image.save(path)
    try:
        out = _run([path, "stdout", "--psm", "0"])
    except OCRError:
        return None
    rotate = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rotate or not conf or float(conf.group(1)) < 2.0:
        return None
    # "Rotate: 90" means the image must be turned 90 degrees clockwise to be upright
    return (360 - int(rotate.group(1))) % 360


def _score(page: OcrPage) -> float:
    return page.confidence * page.words


def ocr_image(image, rotate: bool = True) -> OcrPage:
    """OCR one page image (a PIL image); tries other orientations when the reading is poor.

    A good upright reading is kept.  Otherwise Tesseract's orientation
    detection decides when it is sure (the page is read in the orientation it
    names, upright included); only when it cannot tell are the three other
    orientations read, and one of them wins only when clearly better (15 %
    more confidence × words): Tesseract reads some sideways text blocks by
    itself, so near-equal readings are the same text.
    """
    reason = unavailable_reason()
    if reason:
        raise OCRError(reason)
    image = _prepare(image)
    with tempfile.TemporaryDirectory(prefix="sovang-ocr-") as tmp:
        best = _ocr_once(image, 0, tmp)
        if not rotate or (best.confidence >= GOOD_CONFIDENCE and best.words >= 5):
            return best
        angle = _osd_angle(image, tmp)
        if angle == 0:
            return best
        if angle is not None:
            page = _ocr_once(image, angle, tmp)
            return page if _score(page) > _score(best) else best
        for angle in (90, 270, 180):
            page = _ocr_once(image, angle, tmp)
            if _score(page) > 1.15 * _score(best):
                best = page
        return best


def render_pdf_page(pdf, index: int, dpi: int = DPI):
    """Render page ``index`` (0-based) of an open ``pypdfium2.PdfDocument`` to a greyscale PIL image."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        # bound the bitmap: at most ~60 megapixels whatever the page size says
        scale = dpi / 72
        pixels = width * scale * height * scale
        if pixels > 60e6:
            scale *= (60e6 / pixels) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return bitmap.to_pil()
        finally:
            bitmap.close()
    finally:
        page.close()


def ocr_pdf_pages(data: bytes, pages: list[int], dpi: int = DPI):
    """Yield ``(page_number, OcrPage or OCRError)`` for the 1-based ``pages`` of a PDF, one at a time."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        with Pages(len(pages)) as progress:
            for k, number in enumerate(pages, start=1):
                progress.start(k)
                try:
                    image = render_pdf_page(pdf, number - 1, dpi)
                    result: OcrPage | OCRError = ocr_image(image)
                    del image
                except OCRError as exc:
                    result = exc
                except Exception as exc:  # a page pdfium cannot render
                    result = OCRError(f"cannot render page: {type(exc).__name__}: {exc}"[:200])
                yield number, result
    finally:
        pdf.close()


#: Pages of one PDF read by OCR at most (the others stay flagged); ``SOVANG_OCR_MAX_PAGES``.
MAX_PDF_PAGES = int(os.environ.get("SOVANG_OCR_MAX_PAGES", "300"))


def recover_pdf_pages(data: bytes, blocks: list, bad_pages: list[int], warnings: list[str]):
    """OCR the PDF pages a text reader could not read; returns ``(blocks, still_bad, reason)``.

    ``blocks`` are the reader's blocks (with ``page``); for every page of
    ``bad_pages`` that OCR reads, that page's blocks are replaced by OCR
    blocks (``source="ocr"``, ``confidence``) and ``warnings`` gets
    "page N: text from OCR (confidence X)".  ``still_bad`` lists the pages
    OCR could not read; ``reason`` is None, or why OCR did not run at all
    (:data:`UNAVAILABLE`).  Pages are rendered and read one at a time.
    """
    from .model import Block

    if not bad_pages:
        return blocks, [], None
    reason = unavailable_reason()
    if reason:
        return blocks, list(bad_pages), reason
    todo = list(bad_pages[:MAX_PDF_PAGES])
    still_bad = list(bad_pages[MAX_PDF_PAGES:])
    if still_bad:
        warnings.append(f"OCR limited to {MAX_PDF_PAGES} pages (SOVANG_OCR_MAX_PAGES): "
                        f"{counted(len(still_bad), 'page')} not read")
    recovered: dict[int, list] = {}
    try:
        for number, page in ocr_pdf_pages(data, todo):
            if isinstance(page, OCRError):
                still_bad.append(number)
                warnings.append(f"page {number}: OCR failed: {page}")
            elif not any(ch.isalpha() for text, _ in page.paragraphs for ch in text):
                still_bad.append(number)  # nothing, or only digits and marks: no text recovered
                warnings.append(f"page {number}: no text recognised by OCR")
            else:
                recovered[number] = [Block(text=t, page=number, source="ocr", confidence=c)
                                     for t, c in page.paragraphs]
                turned = f", turned {page.angle}°" if page.angle else ""
                warnings.append(f"page {number}: text from OCR (confidence {page.confidence:.2f}{turned})")
    except Exception as exc:  # pdfium cannot open the file: leave the pages flagged
        warnings.append(f"OCR could not open the PDF ({type(exc).__name__})")
        return blocks, sorted(set(bad_pages)), None
    if recovered:
        kept = [b for b in blocks if b.page not in recovered]
        for page_blocks in recovered.values():
            kept.extend(page_blocks)
        kept.sort(key=lambda b: b.page or 0)  # stable: reading order within a page is kept
        blocks = kept
    return blocks, sorted(set(still_bad)), None
