"""Recipients that are a branch of a unit named by the unit it belongs to (session 15): a Youth Union branch ("Chi
đoàn Trường X"), a body's Youth Union ("Đoàn thanh niên Bộ X") and a body's self-defence force ("Tự vệ Nhà máy X")
are units of their own (unit_types.tsv) and receive the award, not the parent unit they name.  Sentences written for
these tests; the expected recipients worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_a_youth_union_branch_receives_the_prize():
    f = facts_of("Chi đoàn Trường Đại học Thủy lợi giành giải nhất kéo co tại hội thao sinh viên.")
    assert ("Chi đoàn Trường Đại học Thủy lợi", "giải nhất kéo co") in people(f)
    assert all(a["recipient"] != "Trường Đại học Thủy lợi" for a in f["awards"])


def test_a_ministry_youth_union_receives_the_flag():
    f = facts_of("Trung ương Đoàn tặng Cờ thi đua cho Đoàn thanh niên Bộ Xây dựng.")
    assert people(f) == {("Đoàn thanh niên Bộ Xây dựng", "Cờ thi đua của Trung ương Đoàn")}


def test_a_plant_self_defence_force_receives_the_order():
    f = facts_of("Năm 1968, Tự vệ Nhà máy Điện Uông Bí được Chủ tịch nước tặng Huân chương Chiến công hạng Ba.")
    assert [(a["recipient"], a["award"], a["year"]) for a in f["awards"]] == [
        ("Tự vệ Nhà máy Điện Uông Bí", "Huân chương Chiến công hạng Ba", 1968)]


def test_the_parent_unit_alone_is_unchanged():
    f = facts_of("Trung ương Đoàn tặng Cờ thi đua cho Tỉnh đoàn Bắc Ninh.")
    assert people(f) == {("Tỉnh đoàn Bắc Ninh", "Cờ thi đua của Trung ương Đoàn")}
