"""Positions stated of a name by "là" after its asides, and superlatives after a title (session 29). Sentences
written for these tests; the expected positions are worked out by hand from the annotation guidelines (the title
as written, without the words that praise or rank its holder)."""
from __future__ import annotations

from tests.test_extractors import positions_and_units as positions


def test_a_title_after_an_aside_in_brackets_and_la():
    p = positions("Anh Hoàng Văn Tú (SN 1990, trú xã Tân An) là công nhân Công ty May 10.",
                  "Chị Vũ Thị Hạnh (32 tuổi) là giáo viên Trường Tiểu học Kim Liên.")
    assert p["Hoàng Văn Tú"] == ("công nhân", "Công ty May 10")
    assert p["Vũ Thị Hạnh"] == ("giáo viên", "Trường Tiểu học Kim Liên")


def test_a_title_after_an_age_a_nationality_or_a_hometown_and_la():
    p = positions("Ông Phạm Văn Lâm, 62 tuổi, người Hải Dương, là thuyền trưởng của tàu cá.",
                  "Ông Nguyễn Văn Hùng quê xã Tân Phú, huyện Đức Hòa, là đại biểu Quốc hội các khóa trước.")
    assert p["Phạm Văn Lâm"][0] == "thuyền trưởng"
    assert p["Nguyễn Văn Hùng"][0] == "đại biểu Quốc hội"


def test_subjects_listed_together_share_the_title_after_la():
    p = positions("Hai em Nguyễn Văn An và Trần Thị Bích đều là học sinh lớp 9 Trường THCS Tân Lập.",
                  "Ông Nguyễn Hữu Toàn (60 tuổi) và bà Lê Thị Mai (55 tuổi) - cả hai là cựu cán bộ Sở Tư pháp.")
    assert p["Nguyễn Văn An"] == p["Trần Thị Bích"] == ("học sinh lớp 9", "Trường THCS Tân Lập")
    assert p["Nguyễn Hữu Toàn"] == p["Lê Thị Mai"] == ("cựu cán bộ", "Sở Tư pháp")


def test_an_adverb_before_la():
    p = positions("Anh Phan Văn Đức vẫn là tiền đạo của đội bóng tỉnh.")
    assert p["Phan Văn Đức"][0] == "tiền đạo"


def test_no_title_after_la_gives_none():
    p = positions("Ông Lê Văn Sáu (70 tuổi) là người đầu tiên trồng cam ở xã.")
    assert p["Lê Văn Sáu"][0] == ""


def test_a_title_before_the_name_wins_over_la():
    p = positions("Giám đốc Sở Tư pháp Trần Văn Nam (52 tuổi) là đại biểu Quốc hội.")
    assert p["Trần Văn Nam"][0] == "Giám đốc"


def test_a_superlative_after_a_title_is_no_part_of_it():
    p = positions("Ông Nguyễn Văn Tâm, 85 tuổi, người Bắc Ninh, là tuyển thủ nhiều tuổi nhất đoàn.",
                  "Anh Trần Văn Hùng (35 tuổi) là cầu thủ già nhất đạt cột mốc này.",
                  "Hôm qua, cầu thủ gây ấn tượng nhất Nguyễn Văn Quyết ghi hai bàn.")
    assert p["Nguyễn Văn Tâm"][0] == "tuyển thủ"
    assert p["Trần Văn Hùng"][0] == "cầu thủ"
    assert p["Nguyễn Văn Quyết"][0] == "cầu thủ"


def test_an_ordinal_nhat_stays():
    p = positions("Anh Lê Quốc Toàn, Bí thư thứ nhất Trung ương Đoàn, phát biểu.",
                  "Em Trần Văn Hải (20 tuổi) là sinh viên năm nhất Trường Đại học Bách khoa.")
    assert p["Lê Quốc Toàn"][0] == "Bí thư thứ nhất"
    assert p["Trần Văn Hải"][0] == "sinh viên năm nhất"


def test_a_degree_adverb_ends_the_title():
    p = positions("Ông Trần Văn Hùng vẫn là cầu thủ rất quan trọng của đội.")
    assert p["Trần Văn Hùng"][0] == "cầu thủ"


def test_an_honorary_office_keeps_danh_du():
    p = positions("GS Trần Văn Giàu, Chủ tịch Danh dự Hội Khoa học Lịch sử, phát biểu.",
                  "Ông Putin trao Huân chương cho cố vấn danh dự công ty \"DDC\" Kenji Tanaka.")
    assert p["Trần Văn Giàu"] == ("Chủ tịch Danh dự", "Hội Khoa học Lịch sử")
    assert p["Kenji Tanaka"] == ("cố vấn danh dự", "công ty \"DDC\"")


def test_the_late_holder_of_a_title_after_the_name():
    p = positions("Những người nhận giải trước đây:",
                  "- Juan Carlos Mendez: Cố chủ tịch Ủy ban Olympic Quốc tế",
                  "Buổi lễ tưởng nhớ ông Lê Văn Khải, cố Chủ tịch Hội Nhà văn Việt Nam, diễn ra hôm qua.")
    assert p["Juan Carlos Mendez"] == ("Cố chủ tịch", "Ủy ban Olympic Quốc tế")
    assert p["Lê Văn Khải"] == ("cố Chủ tịch", "Hội Nhà văn Việt Nam")
