"""A legal document's web page that lays its signer's column out in boxes of its own after the text ("BỘ TRƯỞNG",
"(Đã ký)", the name, each a <div>): trafilatura left the boxes out, so the document lost its signer and ``who``
could not find the minister who signed it (session 38's newcomer, one page of ten).  The HTML reader now adds the
column the plain extraction gives right after the main text's last block.  Pages of our own wording."""
from __future__ import annotations

import pytest

from extractors import extract
from pipeline.letterhead import signer_lines
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes

ARTICLES = "".join(f"<p>Điều {n}. Nội dung thứ {n} của Thông tư về công tác thi đua, khen thưởng của ngành "
                   f"giao thông vận tải, áp dụng với các cơ quan, đơn vị thuộc Bộ từ năm 2026.</p>" for n in range(1, 9))


def _page(signer: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>Thông tư 41</title></head><body><main><article>"
            "<h1>Thông tư số 41/2026/TT-BGTVT</h1>" + ARTICLES +
            "<p>Điều 9. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Bộ để xem "
            "xét, sửa đổi./.</p></article>" + signer + "</main><footer><div>Cổng thông tin văn bản</div>"
            "<div>Liên hệ</div></footer></body></html>")


BOXES = ("<div style='display:flex'><div style='text-align:center'><div>KT. BỘ TRƯỞNG</div><div>THỨ TRƯỞNG</div>"
         "<div><i>(Đã ký)</i></div><div>Đoàn Minh Kha</div></div></div>")


def _blocks(page: str) -> list[str]:
    return [b.text for b in normalize_document(read_bytes(page.encode("utf-8"), "tt41.html")).blocks]


def test_the_signer_column_laid_out_in_boxes_is_read():
    blocks = _blocks(_page(BOXES))
    assert blocks[-5:] == ["Điều 9. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Bộ "
                           "để xem xét, sửa đổi./.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(Đã ký)", "Đoàn Minh Kha"]
    doc = normalize_document(read_bytes(_page(BOXES).encode("utf-8"), "tt41.html"))
    signers = {o.name.text: o.position for o in extract(doc).officials}
    assert signers.get("Đoàn Minh Kha", "").lower() == "thứ trưởng"


def test_boxes_that_are_no_signer_column_are_left_out():
    # the same boxes without the mark of a signature, and a mark with no name after it: nothing is added
    unsigned = BOXES.replace("<div><i>(Đã ký)</i></div>", "")
    nameless = BOXES.replace("<div>Đoàn Minh Kha</div>", "<div>Trang 1</div>")
    for boxes in (unsigned, nameless):
        assert _blocks(_page(boxes))[-1].startswith("Điều 9.")


@pytest.mark.parametrize("lines, n", [
    (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(Đã ký)", "Đoàn Minh Kha", "Mục lục"], 4),
    (["BỘ TRƯỞNG", "(Đã ký)", "Lò Văn Pấng"], 3),
    (["(Đã ký)", "Lò Văn Pấng"], 0),  # no title before the mark
    (["BỘ TRƯỞNG", "Lò Văn Pấng"], 0),  # no mark
    (["BỘ TRƯỞNG", "(Đã ký)", "trang chủ"], 0),  # no name after the mark
    ([], 0)])
def test_signer_lines(lines, n):
    assert signer_lines(lines) == n
