"""Session 40: the police's investigation departments written with "Cảnh sát điều tra" abbreviated "CSĐT" take
their whole field, as written in full they do (joined_fields.txt). Sentences written for these tests; values worked
out by hand: before the entries each name stopped at "CSĐT" ("Đội CSĐT", "Phòng CSĐT")."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_abbreviated_investigation_department_keeps_its_field():
    assert unit_names("Sáng qua, Đội CSĐT tội phạm về kinh tế đã làm việc với hai doanh nghiệp.") == \
        ["Đội CSĐT tội phạm về kinh tế"]
    assert unit_names("Hồ sơ được chuyển cho phòng CSĐT tội phạm về môi trường xem xét.") == \
        ["phòng CSĐT tội phạm về môi trường"]


def test_abbreviated_department_with_its_police():
    assert unit_names("Đội CSĐT tội phạm về ma túy Công an huyện Tân Kỳ đã bắt quả tang hai người.") == \
        ["Đội CSĐT tội phạm về ma túy Công an huyện Tân Kỳ"]


def test_a_field_missing_from_the_copied_list_is_read_abbreviated_too():
    # "… kinh tế và tham nhũng" was written in full only; the abbreviated form now comes from unit_abbreviations.tsv
    assert unit_names("Đội CSĐT tội phạm về kinh tế và tham nhũng đã khởi tố vụ án.") == \
        ["Đội CSĐT tội phạm về kinh tế và tham nhũng"]


def test_the_abbreviated_and_the_full_name_are_one_unit():
    from extractors.canonical import canonical_unit

    short = canonical_unit("Phòng CSĐT tội phạm về môi trường Công an tỉnh Hà Tĩnh")
    full = canonical_unit("Phòng Cảnh sát điều tra tội phạm về môi trường Công an tỉnh Hà Tĩnh")
    assert short.key == full.key == "phong canh sat dieu tra toi pham ve moi truong cong an ha tinh"
