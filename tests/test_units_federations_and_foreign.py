"""Unit kinds seen missed on unseen news (session 6): labour federations (LĐLĐ), the Party by its full name, foreign
states' bodies (lower-case "chính phủ", royal bodies, armed services), bodies of two places joined by "và", a
ministry "tại" a place, representative offices.  Sentences written for these tests; units computed by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def units(*lines: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines]))
    return extract(doc).to_guidelines("t.txt")["units"]


def test_labour_federation_by_its_abbreviation_and_place():
    assert units("Bà Lan, Chủ tịch LĐLĐ tỉnh Bình Định, phát biểu tại hội nghị.") == ["LĐLĐ tỉnh Bình Định"]
    assert units("LĐLĐ TP. Đà Nẵng phát động thi đua trong công nhân.") == ["LĐLĐ TP. Đà Nẵng"]


def test_national_federation_glued_vn_is_the_same_unit():
    assert units("Tổng LĐLĐ Việt Nam tặng cờ cho công đoàn. Sau đó Tổng LĐLĐVN tặng thêm bằng khen.") == \
        ["Tổng LĐLĐ Việt Nam"]


def test_party_by_its_full_name():
    assert units("Thắng lợi do Đảng Cộng sản Việt Nam lãnh đạo.") == ["Đảng Cộng sản Việt Nam"]


def test_foreign_government_in_lower_case():
    assert units("Hiệp định xoá nợ cho chính phủ Venezuela được ký.") == ["chính phủ Venezuela"]
    assert units("Các bộ và chính phủ Hà Nội.") == []  # no state: not a foreign government


def test_royal_bodies_and_armed_services_of_a_state():
    assert units("Thừa uỷ quyền Chính phủ Hoàng gia Thái Lan, ông Somchai đã trao huân chương.") == \
        ["Chính phủ Hoàng gia Thái Lan"]
    assert set(units("Hải quân Ấn Độ và Không quân Nga diễn tập chung.")) == {"Hải quân Ấn Độ", "Không quân Nga"}
    assert units("Sau đó quân đội Pháp rút quân khỏi vùng này.") == []  # the force spoken of, in lower case
    assert units("Sư đoàn Không quân 372 tổ chức lễ.") == ["Sư đoàn Không quân 372"]


def test_body_of_two_places_joined_by_va():
    assert units("Sáng nay, đại diện Tỉnh đoàn Quảng Ngãi và Bình Định đã đến thăm gia đình.") == \
        ["Tỉnh đoàn Quảng Ngãi", "Tỉnh đoàn Bình Định"]


def test_ministry_is_not_in_a_place_but_its_representative_office_is():
    assert units("Chiều qua, đại diện Bộ Y tế tại TP HCM đã đến thăm bệnh viện.") == ["Bộ Y tế"]
    assert units("Ông Hải, Giám đốc cơ quan đại diện Bộ Y tế tại TP HCM, cho biết.") == \
        ["cơ quan đại diện Bộ Y tế tại TP HCM"]


def test_prevent_and_combat_written_with_a_comma_is_one_field():
    assert units("Cục Phòng, chống tệ nạn xã hội đã họp sơ kết.") == ["Cục Phòng, chống tệ nạn xã hội"]
    assert units("Trung tâm Phòng, chống HIV/AIDS tỉnh Gia Lai tổ chức tuyên truyền.") == \
        ["Trung tâm Phòng, chống HIV/AIDS tỉnh Gia Lai"]


def test_national_steering_committee_in_any_case():
    assert units("Hôm qua, Ban chỉ đạo trung ương về phòng chống thiên tai đã họp khẩn.") == \
        ["Ban chỉ đạo trung ương về phòng chống thiên tai"]


def test_school_by_its_level_abbreviation_without_truong():
    assert units("Nguyễn Văn An (THPT chuyên Lam Sơn) giành huy chương vàng.") == ["THPT chuyên Lam Sơn"]
    assert units("Điểm thi THPT quốc gia năm nay cao.") == []
    assert units("Em học trường Liên cấp Tiểu học và THCS Hoa Mai từ nhỏ.") == \
        ["trường Liên cấp Tiểu học và THCS Hoa Mai"]
    assert units("Hai em (trường Tiểu học - THCS - THPT Hoa Sen) cùng đạt giải.") == \
        ["trường Tiểu học – THCS – THPT Hoa Sen"]
    assert units("Học sinh các trường THPT trên địa bàn được nghỉ học.") == []


def test_border_control_station():
    assert units("Đại diện Trạm kiểm soát biên phòng Cửa Tùng trao quà.") == ["Trạm kiểm soát biên phòng Cửa Tùng"]


def test_state_professorship_council_in_any_case():
    assert units("Ca sĩ chưa được hội đồng Giáo sư nhà nước công nhận.") == ["hội đồng Giáo sư nhà nước"]


def test_students_pair_written_with_a_comma_is_one_field():
    assert units("Ông Hải, Vụ trưởng Vụ Giáo dục chính trị và công tác học sinh, sinh viên (Bộ GD-ĐT), dự lễ.") == \
        ["Vụ Giáo dục chính trị và công tác học sinh, sinh viên", "Bộ GD-ĐT"]


def test_member_of_a_party_committee_is_a_title():
    assert units("Về phía tỉnh có: ông Bình, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Hà Nam.") == ["UBND tỉnh Hà Nam"]


def test_embassy_with_its_seat_after_o_or_tai():
    assert units("Một nhà ngoại giao của đại sứ quán Ai Cập ở Pháp cho biết.") == ["đại sứ quán Ai Cập ở Pháp"]
    assert units("Ông làm việc tại Đại sứ quán Ba Lan ở thủ đô Nairobi, Kenya.") == \
        ["Đại sứ quán Ba Lan ở thủ đô Nairobi"]
    assert units("Đại sứ quán Mỹ ở đây tổ chức lễ.") == ["Đại sứ quán Mỹ"]
