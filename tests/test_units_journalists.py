""""nhà báo" (a journalist) before a person's name opens no newspaper (``not_heads.txt``); a paper named after
"báo", and "Nhà báo" inside an association's name, stay units (sentences written for these tests; values worked
out by hand)."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_journalist_s_name_is_no_newspaper():
    # "báo" follows "nhà": the compound "nhà báo", a person's trade; "Minh Quân" is the person
    assert unit_names("Con trai ông - nhà báo Minh Quân - chụp bức ảnh này.") == []


def test_a_newspaper_after_a_journalist_is_still_read():
    assert unit_names("Bài của nhà báo Lê Hoa đăng trên báo Tuổi Trẻ.") == ["báo Tuổi Trẻ"]


def test_the_journalists_association_keeps_its_name():
    assert unit_names("Ông Hà là Phó Chủ tịch Hội Nhà báo Việt Nam.") == ["Hội Nhà báo Việt Nam"]
