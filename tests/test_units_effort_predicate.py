"""A unit's name ran on over an emulation's registration after it ("Phòng Nội vụ đăng ký thi đua, đạt …" gave the
recipient "Phòng Nội vụ đăng ký thi đua"): the registration ("đăng ký thi đua", "đăng ký danh hiệu", "phấn đấu";
aim_clauses.txt "# Effort predicates") opens the predicate and ends the name, as a verb of charge_verbs.txt does,
while a registry's field ("Văn phòng đăng ký đất đai", "Phòng đăng ký kinh doanh") stays in its name.  Review of
session 24, M4; sentences of our own wording."""
from __future__ import annotations

import pytest

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def _units(text):
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt",
                                      blocks=[Block(text="Tin thi đua"), Block(text=text)]))
    return [u.text for u in extract(doc).units]


@pytest.mark.parametrize("text, unit", [
    ("Năm 2024, Phòng Tài chính đăng ký thi đua, đạt danh hiệu Tập thể lao động xuất sắc.", "Phòng Tài chính"),
    ("Trường Mầm non Hoa Sen đăng ký thi đua, giành Cờ thi đua của UBND huyện.", "Trường Mầm non Hoa Sen"),
    ("Năm 2024, Ban Tuyên giáo đăng ký danh hiệu Tập thể lao động xuất sắc.", "Ban Tuyên giáo"),
    ("Phòng Kế hoạch và Tài vụ tổng hợp đăng ký thi đua, đạt danh hiệu Tập thể lao động xuất sắc.",
     "Phòng Kế hoạch và Tài vụ tổng hợp"),
])
def test_a_registration_ends_the_name(text, unit):
    assert unit in _units(text) and not any("đăng ký" in u for u in _units(text))


@pytest.mark.parametrize("text, unit", [
    ("Chi nhánh Văn phòng đăng ký đất đai huyện Bình Lục được tặng Bằng khen.",
     "Chi nhánh Văn phòng đăng ký đất đai huyện Bình Lục"),
    ("Phòng đăng ký kinh doanh thuộc Sở Tài chính được tặng Bằng khen.", "Phòng đăng ký kinh doanh thuộc Sở Tài chính"),
])
def test_a_registry_keeps_its_field(text, unit):
    assert unit in _units(text)
