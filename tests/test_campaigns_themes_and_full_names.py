"""Session 13 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_a_theme_that_calls_for_emulation_is_a_drive_after_the_work_of_awards():
    # the nearest "thi đua" is the field of work ("thi đua, khen thưởng"), but the quote itself calls for emulation
    g = facts_of("Hội Cựu giáo chức quán triệt các quy định về thi đua, khen thưởng với chủ đề “Cán bộ hội viên "
                 "đoàn kết, thi đua lập công chào mừng Đại hội lần thứ V”.")
    assert g["campaigns"] == ["Cán bộ hội viên đoàn kết, thi đua lập công chào mừng Đại hội lần thứ V"]
    # a theme calling for nothing stays a conference's theme
    g = facts_of("Hội nghị tổng kết công tác thi đua, khen thưởng diễn ra với chủ đề “Nhìn lại một năm, thi đua, "
                 "khen thưởng”.")
    assert g["campaigns"] == []


def test_a_drive_cut_short_is_one_with_its_full_name():
    g = facts_of("Đơn vị phát động thi đua với chủ đề “Thi đua lập công chào mừng Đại hội Công đoàn tỉnh, nhiệm kỳ "
                 "2023-2028”. Cuối năm, các phòng đẩy mạnh phong trào thi đua lập công chào mừng Đại hội Công đoàn "
                 "tỉnh, nhiệm kỳ 2023-2028.")
    assert g["campaigns"] == ["Thi đua lập công chào mừng Đại hội Công đoàn tỉnh, nhiệm kỳ 2023-2028"]
    # a shorter name inside another movement's name is another movement
    g = facts_of("Hội phát động cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và "
                 "phong trào xây dựng nông thôn mới ở các xã.")
    assert sorted(g["campaigns"]) == ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                                      "xây dựng nông thôn mới"]


def test_quoted_sayings_of_a_moral_are_no_movements():
    g = facts_of("Các em thăm mẹ liệt sĩ, thể hiện đạo lý “Uống nước nhớ nguồn”, “Đền ơn đáp nghĩa” của lớp trẻ.")
    assert g["campaigns"] == []
    # the same name after a head is the movement
    g = facts_of("Xã đẩy mạnh phong trào “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn” trong dịp 27/7.")
    assert sorted(g["campaigns"]) == ["Uống nước nhớ nguồn", "Đền ơn đáp nghĩa"]


def test_a_drive_whose_name_opens_another_drive_stays():
    # review B5: "… đời sống văn hóa" and "… đời sống văn hóa ở khu dân cư" are two drives; no comma cuts the first
    g = facts_of("Phường tiếp tục cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”. Mặt trận chủ trì "
                 "cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” tại các tổ.")
    assert sorted(g["campaigns"]) == ["Toàn dân đoàn kết xây dựng đời sống văn hóa",
                                      "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"]
    # a drive's name followed by its year in another sentence is no cut-short drive either
    g = facts_of("Trung đoàn duy trì phong trào “Thi đua quyết thắng”. Đơn vị phát động đợt thi đua quyết thắng "
                 "năm 2025 trong toàn trung đoàn.")
    assert "Thi đua quyết thắng" in g["campaigns"]
