"""A head title ("Trưởng", "Phó Trưởng") whose last word opens a unit's head ("Trưởng Trạm | Y tế xã …": the head
"Trạm Y tế" of unit_types.tsv) is the title "Trưởng Trạm" and the unit "Trạm Y tế …", as "Trưởng Ban" and
"Ban Thi đua …" are written in the dev gold; in running text and in a table's "Chức vụ, đơn vị" cell."""
import pytest

from extractors.lexicon import lexicon
from extractors.tables import _split_position, lexicon_tables
from tests.test_extractors import facts_of


@pytest.mark.parametrize("written, title, unit", [
    ("Trưởng Trạm Y tế xã Nà Hừ", "Trưởng Trạm", "Trạm Y tế xã Nà Hừ"),
    ("Phó Trưởng trạm Y tế xã Nà Hừ", "Phó Trưởng trạm", "trạm Y tế xã Nà Hừ"),
    ("Trạm trưởng Trạm Y tế xã Nà Hừ", "Trạm trưởng", "Trạm Y tế xã Nà Hừ"),
])
def test_station_head_in_running_text(written, title, unit):
    g = facts_of(f"Chị Lò Thị Hoa, {written}, nhận Giấy khen.")
    assert g["officials"] == [{"name": "Lò Thị Hoa", "position": title, "unit": unit}]


def test_a_second_title_after_the_head_word_keeps_the_title_whole():
    """"Trưởng đoàn | Đại biểu Quốc hội …": a title follows the head word, so the title goes on over it."""
    g = facts_of("Ông Đỗ Văn Khang, Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Lai Châu, dự lễ.")
    assert g["officials"] == [{"name": "Đỗ Văn Khang",
                               "position": "Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Lai Châu",
                               "unit": "Tỉnh ủy Lai Châu"}]


@pytest.mark.parametrize("cell, split", [
    ("Trưởng Trạm Y tế xã Nà Hừ, huyện Nậm Pồ", ("Trưởng Trạm", "Trạm Y tế xã Nà Hừ, huyện Nậm Pồ")),
    ("Phó Trưởng phòng Tư pháp huyện Nậm Pồ", ("Phó Trưởng phòng", "phòng Tư pháp huyện Nậm Pồ")),
    # the rest opens a head of its own: the title's last word stays the title's
    ("Trưởng phòng Sở Tư pháp", ("Trưởng phòng", "Sở Tư pháp")),
    ("Phó Giám đốc Sở Tư pháp", ("Phó Giám đốc", "Sở Tư pháp")),
])
def test_station_head_in_a_table_cell(cell, split):
    assert _split_position(cell, lexicon_tables(lexicon())) == split


def test_a_deputy_of_any_listed_title_opens_a_position_unit_cell():
    # tables.TITLE_PREFIXES: "Phó" before a title of positions.txt that is not listed with it (newcomer's finding:
    # "Phó Trưởng trạm Y tế xã X" in a "Chức vụ, đơn vị" cell gave no position)
    ordered = lexicon_tables(lexicon())
    assert _split_position("Phó Trưởng trạm Y tế xã Tả Phìn", ordered) == ("Phó Trưởng trạm", "trạm Y tế xã Tả Phìn")
    assert _split_position("Trưởng trạm Y tế xã Tả Phìn", ordered) == ("Trưởng trạm", "trạm Y tế xã Tả Phìn")
    # a listed deputy title is read as before
    assert _split_position("Phó Giám đốc Sở Xây dựng", ordered) == ("Phó Giám đốc", "Sở Xây dựng")
