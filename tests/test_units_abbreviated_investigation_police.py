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
