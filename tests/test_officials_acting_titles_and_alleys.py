"""Officials' positions (session 16). Sentences written for these tests; every expected value worked out by hand
from the annotation guidelines and the dev gold's conventions."""
from __future__ import annotations

from tests.test_extractors import official_names as names, positions_and_units as positions


def test_the_office_acted_for_written_with_its_unit_is_not_the_presenters():
    # the principal's title runs on into its unit before the comma: still the principal's office
    p = positions("Thay mặt Chủ tịch UBND tỉnh Lạng Sơn, bà Mông Thị Hoa trao Bằng khen cho ba học sinh.",
                  "Thừa ủy quyền của Giám đốc Sở Nội vụ, ông Triệu Văn Cường trao Giấy khen cho hai tập thể.")
    assert p["Mông Thị Hoa"] == ("", "")
    assert p["Triệu Văn Cường"] == ("", "")


def test_thua_uy_quyen_holds_no_acting_title():
    # "quyền Chủ tịch" is an acting title, but here "quyền" closes the opener "thừa ủy quyền"
    p = positions("Thừa ủy quyền Chủ tịch UBND tỉnh Cao Bằng, ông Nông Văn Phúc trao Bằng khen cho đội cứu hộ.",
                  "Thừa uỷ quyền chủ tịch UBND huyện Bảo Lạc, bà Hà Thị Lụa trao Giấy khen cho hai em.")
    assert p["Nông Văn Phúc"] == ("", "")
    assert p["Hà Thị Lụa"] == ("", "")


def test_the_presenters_own_title_elsewhere_wins():
    p = positions("Bà Lục Thị Xuân, Trưởng ban Thi đua - Khen thưởng tỉnh Bắc Kạn, đến thăm gia đình em.",
                  "Thừa ủy quyền Chủ tịch UBND tỉnh Bắc Kạn, bà Xuân trao Bằng khen cho em.")
    assert p["Lục Thị Xuân"][0] == "Trưởng ban"


def test_an_acting_title_and_a_title_after_the_comma_stay():
    p = positions("Ông Hoàng Văn Sinh, quyền Chủ tịch UBND tỉnh Hà Giang, dự buổi lễ.",
                  "Thay mặt Chủ tịch UBND tỉnh Yên Bái, ông Đỗ Văn Tâm, Phó Giám đốc Sở Y tế, trao quà.")
    assert p["Hoàng Văn Sinh"] == ("quyền Chủ tịch UBND tỉnh", "UBND tỉnh Hà Giang")
    assert p["Đỗ Văn Tâm"] == ("Phó Giám đốc", "Sở Y tế tỉnh Yên Bái")


def test_an_alley_or_a_station_named_after_a_person_is_no_person():
    assert names("Cửa hàng của chị nằm trong ngõ 215 Hoàng Văn Thái, quận Thanh Xuân.") == []
    assert names("Nước ngập sâu ở hẻm 72/14 Phan Văn Trị, phường 10.") == []
    assert names("Gia đình ông sống ở kiệt 40B Ngô Thì Nhậm, TP. Đà Nẵng.") == []
    assert names("Sáng nào bà cũng bán xôi trước ga Lê Thánh Tông.") == []
    assert names("Căn nhà cuối ngách Trương Định đã được sửa lại.") == []


def test_a_person_near_an_alleys_number_stays():
    assert names("Ông Đinh Văn Khoa sống ở ngõ 9, còn anh Mạc Văn Tư ở ngõ 11.") == ["Đinh Văn Khoa", "Mạc Văn Tư"]
    assert names("Chị Tạ Thị Mơ ở hẻm 3 kể: ông Hồ Văn Lực hay giúp cả xóm.") == ["Tạ Thị Mơ", "Hồ Văn Lực"]


def test_a_given_name_kiet_or_ga_is_no_alley():
    # capitalised after a word, "Kiệt" is a given name, and the name after it a person's, not an alley's namesake
    assert names("Bằng khen được trao cho Kiệt Phạm Văn Tới và Lê Thị Hoa.") == ["Phạm Văn Tới", "Lê Thị Hoa"]
    assert "Trần Văn Nam" in names("Lời cảm ơn của Kiệt Trần Văn Nam gửi tới thầy cô.")


def test_a_capitalised_alley_opening_a_clause_stays_a_namesake():
    assert names("Ga Đào Duy Từ sẽ mở cửa vào tháng sau.") == []
    assert names("Cắt điện từ số 12 đến số 40, 77 Ngõ Thái Hà Tùng, quận Đống Đa.") == []


def test_acting_for_an_acting_chairman_gives_no_title():
    # "quyền" after "Thay mặt" is the principal's acting title; only after "ủy" does it close the opener
    p = positions("Thay mặt quyền Chủ tịch UBND tỉnh Lai Châu, ông Lò Văn Sướng trao Bằng khen cho ba xã.",
                  "Thay mặt quyền Giám đốc Sở Y tế, bà Vì Thị Hạnh trao Giấy khen cho hai trạm y tế.")
    assert p["Lò Văn Sướng"] == ("", "")
    assert p["Vì Thị Hạnh"] == ("", "")
