"""A ministry only Viet Nam's Government has (home_ministry_fields.txt), written bare before "và" and a foreign state's
ministry, stays Viet Nam's: it does not take the foreign state as two ministries of one state do ("Bộ Ngoại giao và
Bộ Quốc phòng Mỹ"; review of session 24, finding M7; unit_coordination._shared_state). Sentences of our own wording;
unit names written by hand."""
from __future__ import annotations

import pytest

from extractors.components.unit_coordination import _home_ministry
from tests.test_extractors import unit_names

HOME_BESIDE_FOREIGN = [
    ("Lãnh đạo Bộ Công Thương và Bộ Kinh tế Đức trao đổi về chuỗi cung ứng.",
     {"Bộ Công Thương", "Bộ Kinh tế Đức"}),
    ("Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nông nghiệp Australia ký ý định thư.",
     {"Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp Australia"}),
    ("Bộ Giáo dục và Đào tạo và Bộ Giáo dục Singapore phối hợp tổ chức hội thảo.",
     {"Bộ Giáo dục và Đào tạo", "Bộ Giáo dục Singapore"}),
]

#: what must not change: two ministries that any state may have, written before its name, are both that state's
BOTH_FOREIGN = [
    ("Bộ Ngoại giao và Bộ Thương mại Canada ra tuyên bố chung.", {"Bộ Ngoại giao Canada", "Bộ Thương mại Canada"}),
    ("Bộ Tài chính và Bộ Kinh tế Pháp công bố gói hỗ trợ.", {"Bộ Tài chính Pháp", "Bộ Kinh tế Pháp"}),
]


@pytest.mark.parametrize("text,names", HOME_BESIDE_FOREIGN + BOTH_FOREIGN)
def test_a_home_ministry_takes_no_foreign_state(text, names):
    assert set(unit_names(text)) == names


def test_home_ministry_names():
    assert _home_ministry("Bộ Công Thương")
    assert _home_ministry("Bộ công thương")
    assert _home_ministry("Bộ Lao động, Thương binh & Xã hội")
    assert _home_ministry("Bộ Lao động - Thương binh và Xã hội")
    assert not _home_ministry("Bộ Y tế")
    assert not _home_ministry("Sở Công Thương")
