"""Session 30 (unit boundaries): a unit's name ends before a verb that opens the clause (``clause_verbs.txt``); a
hospital named by a lower-case specialty keeps it (``hospital_specialties.txt``); compounds with "trường" that are no
school (``not_heads.txt``) open no unit. Sentences of our own."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_team_name_ends_before_a_motion_verb():
    """Before: "đội Real trở về sân Bernabeu" was the unit."""
    assert unit_names("Sau trận thắng, cả đội Real trở về sân Bernabeu ăn mừng.") == ["Real"]
    assert unit_names("Đoàn cán bộ Sở Y tế tỉnh Nam Định trở về Hà Nội chiều qua.") == ["Sở Y tế tỉnh Nam Định"]


def test_a_ministry_name_ends_before_an_adverbial_of_place():
    """Before: "bộ VH, TT & DL bên lề hội nghị Tổng kết" was the unit."""
    assert unit_names("Ông An, Bộ trưởng bộ VH, TT & DL bên lề hội nghị Tổng kết năm đã trả lời báo chí.") == \
        ["bộ VH, TT & DL"]


def test_an_organising_board_ends_before_its_predicate():
    assert unit_names("Cục yêu cầu ban Tổ chức cuộc thi Hoa khôi Biển 2019 hủy bỏ kết quả.") == \
        ["ban Tổ chức cuộc thi Hoa khôi Biển 2019"]
    assert unit_names("Trường ĐH Vinh đề xuất UBND tỉnh Nghệ An hỗ trợ kinh phí.") == \
        ["Trường ĐH Vinh", "UBND tỉnh Nghệ An"]


def test_a_hospital_named_by_a_lower_case_specialty():
    """Before: no unit (the specialty stopped the name before the hospital's proper name)."""
    assert unit_names("Bé được chuyển lên Bệnh viện phụ sản Hải Phòng lúc nửa đêm.") == ["Bệnh viện phụ sản Hải Phòng"]
    assert unit_names("Ông từng làm việc ở Bệnh viện mắt Quốc tế Sài Gòn hai năm.") == \
        ["Bệnh viện mắt Quốc tế Sài Gòn"]


def test_a_specialty_without_a_name_after_it_names_no_hospital():
    assert unit_names("Chị đưa con đến bệnh viện mắt để khám.") == []


def test_a_rifle_and_an_airfield_are_no_schools():
    """Before: "trường Mosin – Nagant" and "trường Tân Sơn Nhất" were units."""
    assert unit_names("Anh mang theo một khẩu súng trường Mosin – Nagant và một chiếc rìu.") == []
    assert unit_names("Máy bay hạ cánh xuống phi trường Tân Sơn Nhất lúc 9 giờ.") == []


def test_the_common_noun_team_before_a_club_s_own_name_is_dropped():
    """Before: "đội U15 Sporting", "đội Real" (the training gold lists the club's name alone)."""
    assert unit_names("Cậu bé gia nhập đội U15 Sporting năm 2015.") == ["U15 Sporting"]
    assert unit_names("Cả đội Real đã nhận chức vô địch Champions League.") == ["Real"]


def test_a_team_named_by_its_place_keeps_the_noun():
    assert unit_names("Cả đội Hà Nội FC đã về nước.") == ["đội Hà Nội FC"]
    assert unit_names("Anh An dẫn dắt đội U19 Thái Lan từ năm 2020.") == ["đội U19 Thái Lan"]


def test_an_affair_named_by_a_foreign_person_is_no_department():
    """Before: "vụ Morata", "Vụ Mbappe" were units (a ministry's Vụ)."""
    assert unit_names("Điểm tin: vụ Morata khiến HLV lo lắng.") == []
    assert unit_names("Vụ Mbappe vẫn chưa ngã ngũ.") == []
    assert unit_names("Ông An, Vụ trưởng Vụ Pháp chế, phát biểu.") == ["Vụ Pháp chế"]


def test_a_fleet_is_a_unit_and_a_gun_crew_is_no_team():
    """Before: "đội Baltic" (the fleet cut at its head's second word), "đội Patriot" (a gun's crew)."""
    assert unit_names("Lực lượng phòng không Hạm đội Baltic đã điều máy bay đánh chặn.") == ["Hạm đội Baltic"]
    assert unit_names("Mỹ cung cấp khoảng 10 khẩu đội Patriot cho nước này.") == []
    assert unit_names("Mai Hường (đội Lệ Quyên) hát rất hay.") == ["đội Lệ Quyên"]


def test_a_name_ends_before_an_injury_or_a_recent_time():
    """Before: "trường THPT An Lạc bị thương", "tạp chí Forbes mới đây" (the words bridged to the next capital)."""
    assert unit_names("Em Nam, học sinh trường THPT An Lạc bị thương nhẹ ở tay.") == ["trường THPT An Lạc"]
    assert unit_names("Theo tạp chí Forbes mới đây, Tập đoàn Vingroup đứng đầu.") == ["tạp chí Forbes", "Tập đoàn Vingroup"]
