"""A signer's position is the title line over the name even when an electronic copy writes the mark of signature
and seal between them ("(Đã ký)": Nghị định 30/2020/NĐ-CP, Phụ lục I), and when a table cell's text lost the line
break the block's text keeps (extractors.engine._signatures)."""
from __future__ import annotations

from extractors.engine import _signatures
from pipeline.letterhead import signature_mark
from pipeline.model import Block


def test_marks_of_signature_and_seal():
    assert signature_mark("(Đã ký)") and signature_mark("[daky]") and signature_mark("(đã ký và đóng dấu)")
    assert not signature_mark("Hồ Văn Tâm") and not signature_mark("PHÓ CHỦ TỊCH")


def test_a_mark_between_title_and_name_in_one_block():
    blocks = [Block(text="Điều 4. Thi hành."), Block(text="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nHồ Văn Tâm")]
    assert _signatures(blocks, "Ủy ban nhân dân tỉnh Gia Lai") == {1: ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai")}


def test_a_mark_between_title_and_name_in_blocks_of_their_own():
    blocks = [Block(text="Điều 4. Thi hành."), Block(text="KT. CHỦ TỊCH"), Block(text="PHÓ CHỦ TỊCH"),
              Block(text="(Đã ký)"), Block(text="Hồ Văn Tâm")]
    assert _signatures(blocks, "Ủy ban nhân dân tỉnh Gia Lai") == {4: ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai")}


def test_a_cell_that_lost_its_line_break():
    # the cell holds title and name on one line; the block's text keeps them on two
    row = Block(text="CHỦ TỊCH QUỐC HỘI\nLâm Quang Vĩnh", kind="table_row",
                cells=["", "CHỦ TỊCH QUỐC HỘI Lâm Quang Vĩnh"])
    assert _signatures([Block(text="Điều 9. Hiệu lực."), row], "Quốc hội") == {1: ("Chủ tịch Quốc hội", "Quốc hội")}


def test_a_line_opening_ky_is_a_mark_only_under_a_title_line():
    from extractors.engine import _line_pairs
    # "Ký kết …" under a sentence is text of its own: it keeps its place between the two lines around it
    text = "Hai huyện gặp nhau đầu năm\nKý kết giao ước thi đua năm mới\nBà Lò Thị Hoa phát biểu"
    assert list(_line_pairs(text)) == [("Hai huyện gặp nhau đầu năm", "Ký kết giao ước thi đua năm mới"),
                                       ("Ký kết giao ước thi đua năm mới", "Bà Lò Thị Hoa phát biểu")]
    # under an upper-case title line the same kind of line is the mark of signature and passed over
    assert list(_line_pairs("GIÁM ĐỐC\n(Đã ký)\nLò Thị Hoa")) == [("GIÁM ĐỐC", "Lò Thị Hoa")]
