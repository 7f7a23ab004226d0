"""Session 8 of campaign extraction on news: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_the_motto_of_the_national_emulation_movement_is_named_without_a_head():
    # no head before the quote: the name is known from campaigns_named.txt (four or more words)
    g = facts_of("Với tinh thần “Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc”, các ngành đều hưởng ứng.")
    assert g["campaigns"] == ["Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc"]


def test_the_national_movements_of_2016_2020_are_named_unquoted():
    g = facts_of("Tỉnh tiếp tục thực hiện phong trào Doanh nghiệp Việt Nam hội nhập và phát triển trong năm nay.")
    assert g["campaigns"] == ["Doanh nghiệp Việt Nam hội nhập và phát triển"]
    g = facts_of("Sở Tư pháp hưởng ứng phong trào thi đua Cán bộ, công chức, viên chức thi đua thực hiện văn hóa "
                 "công sở.")
    assert g["campaigns"] == ["Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"]


def test_words_of_a_motto_in_other_order_are_no_name():
    assert facts_of("Toàn dân đoàn kết, sáng tạo trong lao động sản xuất.")["campaigns"] == []
