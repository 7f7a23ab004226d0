"""Memory on a 1,000-page PDF: build one with reportlab, ingest it, report time and peak RSS.

    python benchmarks/big_pdf.py [--pages 1000]

The PDF reader goes page by page and releases each page, so peak memory
should stay flat as pages grow.  Peak RSS is the summed RSS of the ingest
process tree (parent and workers), sampled every 0.2 s.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bulk import run_measured  # noqa: E402

PARAGRAPH = ("Ngày {d}/{m}/2023, Chủ tịch Ủy ban nhân dân tỉnh Nghệ An tặng Bằng khen cho ông Nguyễn Văn "
             "Hùng, Giám đốc Sở Tư pháp, và Sở Y tế tỉnh Nghệ An vì thành tích trong phong trào thi đua "
             "“Chung sức xây dựng nông thôn mới” năm 2023, trang {p}.")


def build_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for p in range(1, pages + 1):
        c.setFont("DejaVu", 10)
        y = 800
        for line in range(30):
            text = PARAGRAPH.format(d=1 + line % 28, m=1 + p % 12, p=p)
            c.drawString(40, y, text[:110])
            y -= 25
        c.showPage()
    c.save()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sovang-bigpdf-"))
    (tmp / "in").mkdir()
    pdf = tmp / "in" / "big.pdf"
    build_pdf(pdf, args.pages)
    seconds, rss, out = run_measured([sys.executable, "-m", "pipeline.cli", "ingest", str(tmp / "in"), "--db",
                                      str(tmp / "kb.sqlite"), "-q", "--workers", "2"])
    result = {"pages": args.pages, "pdf_mb": round(pdf.stat().st_size / 2**20, 1), "seconds": round(seconds, 1),
              "pages_per_s": round(args.pages / seconds, 1), "peak_rss_mb_all_processes": round(rss, 1),
              "summary": out.splitlines()[:4]}
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
