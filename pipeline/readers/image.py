"""Scanned pages as images (.png, .jpg/.jpeg, .tif/.tiff): OCR with Tesseract (:mod:`pipeline.ocr`).

Every page (each frame of a multi-page TIFF) is read on its own; each
paragraph Tesseract finds is a ``paragraph`` block with ``page``,
``source="ocr"`` and its ``confidence`` (0-1).  ``warnings`` gives each
page's confidence and the rotation applied ("page 1: text from OCR
(confidence 0.91, turned 90°)").

Status: ``partial`` with the reason when OCR cannot run (Tesseract or its
Vietnamese data missing: "OCR unavailable: install tesseract-ocr and
tesseract-ocr-vie"), or when a page gives no text or OCR fails on it.
Errors (:class:`~pipeline.model.ReaderError`): not an image Pillow can open,
or an image over Pillow's decompression-bomb limit.
"""
from __future__ import annotations

import io
from pathlib import Path

from .. import ocr
from ..model import Block, Document, ReaderError
from ..ocr_progress import Pages

#: Pages of a multi-page TIFF read at most.
MAX_PAGES = 2000


def read(data: bytes, name: str) -> Document:
    """Read an image file by OCR (see the module docstring)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    fmt = Path(name).suffix.lower().lstrip(".") or "image"
    fmt = {"jpeg": "jpg", "tif": "tiff"}.get(fmt, fmt)
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError as exc:
        raise ReaderError(f"image too large ({exc})"[:300]) from None
    except UnidentifiedImageError:
        raise ReaderError(f"not a readable image (no image format recognised in {len(data)} bytes)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ReaderError(f"not a readable image ({type(exc).__name__}: {exc})"[:300]) from None
    n_frames = getattr(image, "n_frames", 1)
    doc = Document(path=name, sha256="", format=fmt, pages=n_frames)
    reason = ocr.unavailable_reason()
    if reason:
        doc.status, doc.error = "partial", reason
        return doc
    problems: list[str] = []
    with Pages(min(n_frames, MAX_PAGES)) as progress:
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if number > MAX_PAGES:
                problems.append(f"pages after {MAX_PAGES} not read")
                break
            progress.start(number)
            try:
                page = ocr.ocr_image(frame.copy())
            except ocr.OCRError as exc:
                problems.append(f"page {number}: {exc}")
                continue
            if not page.paragraphs:
                problems.append(f"page {number}: no text recognised by OCR")
                continue
            for text, conf in page.paragraphs:
                doc.blocks.append(Block(text=text, page=number, source="ocr", confidence=conf))
            turned = f", turned {page.angle}°" if page.angle else ""
            doc.warnings.append(f"page {number}: text from OCR (confidence {page.confidence:.2f}{turned})")
    doc.warnings.extend(problems)
    if problems:
        doc.status = "partial"
        doc.error = "; ".join(problems)[:500]
    first = next((b.text for b in doc.blocks), None)
    doc.title = first[:300] if first else None
    return doc
