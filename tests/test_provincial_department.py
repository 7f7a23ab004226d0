""""A Sở is provincial" (Nghị định 24/2014/NĐ-CP: a Sở is a body of a province's people's committee only) is decided
once, by :func:`extractors.canonical.department_at`, for the unit names that resolve completes with a province and
for the conferrers the canonical layer writes with one.  Values computed by hand, on names of our own wording."""
from __future__ import annotations

from extractors.canonical import department_at, needs_province
from extractors.resolve import complete_place


def test_department_at_by_hand():
    assert department_at("Sở Xây dựng") == 0
    assert department_at("Phòng Kế toán Sở Tài chính") == 14
    assert department_at("Giám đốc  Sở Công Thương") == 10  # (two spaces before it: the same department)
    assert department_at("sở xây dựng") == -1  # its name not capitalised
    assert department_at("Trạm cơ sở Hòa Bình") == -1  # "cơ sở" (a base), no "Sở"
    assert department_at("Ủy ban nhân dân huyện Mê Linh") == -1


def test_one_test_serves_the_unit_names_and_the_conferrers():
    province = "tỉnh Bắc Kạn"
    for name in ("Sở Xây dựng", "Phòng Kế toán Sở Tài chính"):
        assert complete_place(name, {}, "", province) == f"{name} {province}"
        assert needs_province(f"Giám đốc {name}")
    for name in ("sở xây dựng", "Trạm cơ sở Hòa Bình"):
        assert complete_place(name, {}, "", province) == name
        assert not needs_province(f"Giám đốc {name}")
    # a name that starts with a department takes the one province its sentence names; one ending on it does not
    sentence = "Tại tỉnh Lào Cai, Sở Xây dựng và Phòng Kế toán Sở Tài chính đã họp."
    assert complete_place("Sở Xây dựng", {}, sentence) == "Sở Xây dựng tỉnh Lào Cai"
    assert complete_place("Phòng Kế toán Sở Tài chính", {}, sentence) == "Phòng Kế toán Sở Tài chính"
