"""Positions of people named with an occupation or role (session 7): role nouns, "X là <title>", an age
aside before the title, evaluative adjectives after a role noun. Sentences written for these tests; the
expected positions are the title as written, worked out by hand from the annotation guidelines."""
from __future__ import annotations

from tests.test_extractors import positions_and_units as positions


def test_occupation_nouns_before_and_after_a_name():
    p = positions("Anh Lê Văn Hoa (23 tuổi, thuyền viên tàu du lịch Phú Quý 2) được tặng Bằng khen.",
                  "Đạo diễn nói về nhà quay phim Trần Văn Hùng.")
    assert p["Lê Văn Hoa"][0] == "thuyền viên"  # (the vessel is no part of the title)
    assert p["Trần Văn Hùng"][0] == "nhà quay phim"


def test_role_noun_shared_by_a_counted_list():
    p = positions("Bộ trưởng truy tặng Bằng khen cho ba thiếu sinh quân Lê Văn An, Trần Văn Bình và Phạm Văn Cường.")
    assert {p[n][0] for n in ("Lê Văn An", "Trần Văn Bình", "Phạm Văn Cường")} == {"thiếu sinh quân"}


def test_title_stated_by_la_after_the_name():
    p = positions("Lập tức, anh Nguyễn Thanh Tâm là thuyền trưởng của tàu cá đã huy động mọi người.")
    assert p["Nguyễn Thanh Tâm"][0] == "thuyền trưởng"


def test_title_after_an_age_aside():
    p = positions("Nhỏ tuổi nhất là em Huỳnh Văn Khánh, 14 tuổi, một học sinh có nhiều sáng kiến.")
    assert p["Huỳnh Văn Khánh"][0] == "học sinh"


def test_evaluative_adjective_ends_the_title():
    p = positions("Chia sẻ về điều đó, diễn viên trẻ Ngô Minh Hoàng cho biết anh rất vui.")
    assert p["Ngô Minh Hoàng"][0] == "diễn viên"


def test_status_noun_before_the_name_yields_to_the_title_after_it():
    p = positions("Cựu chiến binh Phùng Văn Út (64 tuổi, phó chủ tịch Hội Cựu chiến binh xã Gia Hòa 2) là thương binh.")
    assert p["Phùng Văn Út"][0] == "phó chủ tịch"


def test_role_noun_before_a_colon_list_and_after_a_count_with_an_address_word():
    p = positions("Tổng thống trao Huân chương cho các dịch giả: Tạ Minh Châu, Lê Bá Thự và Nguyễn Thị Thư.",
                  "Ba em học sinh được xác định là Lê Chí Cường, Lê Chí Sơn và Nguyễn Hữu Tín.")
    assert {p[n][0] for n in ("Tạ Minh Châu", "Lê Bá Thự", "Nguyễn Thị Thư")} == {"dịch giả"}
    assert {p[n][0] for n in ("Lê Chí Cường", "Lê Chí Sơn", "Nguyễn Hữu Tín")} == {"học sinh"}


def test_list_line_name_colon_title():
    p = positions("Danh sách người nhận Huân chương:", "- Stephen Perry: Chủ tịch Câu lạc bộ Nhóm 48, mạng lưới kinh doanh",
                  "- Klaus Schwab: Người sáng lập Diễn đàn Kinh tế Thế giới")
    assert p["Stephen Perry"] == ("Chủ tịch", "Câu lạc bộ Nhóm 48")
    assert p["Klaus Schwab"][0].startswith("Người sáng lập")


def test_title_after_a_parenthesised_aside_and_after_giu_chuc():
    p = positions("Em Hoàng Văn Vũ (sinh năm 2005) - sinh viên năm thứ 4 cho biết em rất vui.",
                  "Các đồng chí Ngô Thị Hằng, Tiêu Văn Trí giữ chức Phó Chủ tịch Hội Luật gia tỉnh Bạc Liêu.")
    assert p["Hoàng Văn Vũ"][0] == "sinh viên năm thứ 4"
    assert p["Tiêu Văn Trí"] == p["Ngô Thị Hằng"] == ("Phó Chủ tịch", "Hội Luật gia tỉnh Bạc Liêu")


def test_title_after_a_list_shared_across_ranks_but_not_past_va_ong():
    p = positions("Tổ công tác gồm Trung úy Phạm Văn Duy, Thiếu úy Nguyễn Bá Đạt (cán bộ, phòng CSGT Đường bộ) "
                  "tổ chức chốt chặn.",
                  "Tổng thống trao Huân chương cho Lê Bá Thự và ông Hồ Chí Hưng, Tổng thư ký Hội hữu nghị Việt Nam - Ba Lan.")
    assert p["Phạm Văn Duy"][0] == p["Nguyễn Bá Đạt"][0] == "cán bộ"
    assert p["Lê Bá Thự"][0] == ""


def test_title_after_a_name_stops_before_the_next_persons_title():
    p = positions("Luật gia Vũ Ngọc Lan, chi hội trưởng chi hội Luật gia Ngân hàng Nhà nước Việt Nam và luật gia "
                  "Võ Sỹ Mạnh phát biểu.")
    assert p["Vũ Ngọc Lan"] == ("chi hội trưởng", "chi hội Luật gia Ngân hàng Nhà nước Việt Nam")
