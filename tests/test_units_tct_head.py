"""Session 33 (awd): "TCT", the press's short form of "Tổng công ty" (a state corporation), is a unit head as "TCty"
is (unit_types.tsv) and stands for "Tổng công ty" where one unit is written both ways (abbreviations.tsv): "trao
Huân chương … cho TCT X" names X's corporation as the recipient, and "TCT X" beside "Tổng công ty X" is one unit.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from extractors.canonical import canonical_unit
from tests.test_extractors import facts_of, people, unit_names


def test_a_corporation_written_tct_receives_the_order():
    g = facts_of("Chủ tịch nước trao Huân chương Lao động hạng Nhì cho TCT Vận tải Thủy Miền Bắc.")
    assert people(g) == {("TCT Vận tải Thủy Miền Bắc", "Huân chương Lao động hạng Nhì")}


def test_tct_with_its_name_is_a_unit():
    assert unit_names("Theo báo cáo của TCT Lương thực Miền Trung, sản lượng tăng.") == ["TCT Lương thực Miền Trung"]


def test_tct_alone_names_no_unit():
    """A name must follow the head ("Theo TCT, …" may be any body written so)."""
    assert unit_names("Theo TCT, số thu ngân sách tăng mạnh.") == []


def test_tct_and_tong_cong_ty_are_one_unit():
    g = facts_of("Tổng công ty Lương thực Miền Trung tổ chức lễ kỷ niệm 30 năm thành lập. Phó Thủ tướng trao Huân "
                 "chương Lao động hạng Ba cho TCT Lương thực Miền Trung.")
    assert g["units"] == ["Tổng công ty Lương thực Miền Trung"]
    assert people(g) == {("Tổng công ty Lương thực Miền Trung", "Huân chương Lao động hạng Ba")}


def test_tct_is_written_out_in_the_knowledge_base():
    """The canonical layer (extractors/canonical.py) writes the short form out, so "TCT X" of one document and
    "Tổng công ty X" of another are one unit in the knowledge base."""
    assert canonical_unit("TCT Lương thực Miền Trung").name == "Tổng công ty Lương thực Miền Trung"
