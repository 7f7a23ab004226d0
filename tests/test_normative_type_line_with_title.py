"""A legal normative document whose type line shares its block with the title after it ("THÔNG TƯ" and "Hướng dẫn …"
on two lines of one paragraph of a web page) is normative all the same, so it gives no conferral
(extractors.normative.document_type).  Found by a newcomer (session 23): a circular's footnote gave a company named
pages earlier a Bằng khen.  Blocks of our own wording."""
from __future__ import annotations

from extractors.normative import document_type, is_normative
from pipeline.model import Block


def _blocks(*texts):
    return [Block(text=t, kind="paragraph") for t in texts]


def test_a_type_line_opening_its_block_is_read():
    blocks = _blocks("BỘ NỘI VỤ", "Số: 7/2025/TT-BNV", "Hà Nội, ngày 2 tháng 3 năm 2025",
                     "THÔNG TƯ\nHướng dẫn thi hành một số điều về khen thưởng")
    assert document_type(blocks) == "THÔNG TƯ"
    assert is_normative(blocks)


def test_other_documents_stay_as_they_were():
    assert document_type(_blocks("THÔNG TƯ")) == "THÔNG TƯ"
    assert not is_normative(_blocks("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "QUYẾT ĐỊNH\nVề việc tặng Bằng khen"))
    assert document_type(_blocks("Thông tư mới của Bộ Nội vụ hướng dẫn khen thưởng có hiệu lực từ tháng sau.")) \
        is None
    assert document_type(_blocks("Tin tức\nThông tư mới về khen thưởng")) is None
