"""Streets, stations, hospitals and temples named after persons, listed after a street's or a landmark's name or
after such a noun and "như"/":", are places, not persons of the story (chk45's check of 2,000 bulk articles: about 42
such names read as persons); a school's or a hospital's name followed by its pupils or staff keeps them. Sentences
written for these tests; expected values worked out by hand from GUIDELINES.md (officials are named persons)."""
from __future__ import annotations

from tests.test_extractors import official_names as names


def test_a_list_of_streets_after_a_street_noun_and_an_opener_holds_no_person():
    assert names("Kẹt xe kéo dài trên các tuyến đường khác như Lê Văn Sỹ, Trần Quốc Hoàn, Phan Đăng Lưu.") == []
    assert names("Đèn trang trí được giữ lại trên các tuyến phố: Hoàng Văn Thụ, Nguyễn Thái Học.") == []


def test_the_items_after_a_street_name_go_on_as_streets():
    assert names("Nước ngập sâu ở các đường Cộng Hòa, Trương Công Định và Nguyễn Văn Trỗi.") == []
    assert names("Xe bỏ chạy qua phố Tây Sơn - Nguyễn Chí Thanh - Đào Duy Anh rồi dừng lại.") == []


def test_a_list_after_a_hospital_noun_and_an_opener_holds_no_person():
    assert names("Người bệnh khám tại bệnh viện tuyến trung ương như Bạch Mai, Việt Đức phải đóng thêm phí.") == []


def test_a_roundabout_and_a_temple_named_after_a_figure_are_places():
    assert names("Cầu vượt ở vòng xoay Nguyễn Thái Sơn sắp thông xe.") == []
    assert names("Du khách đến Đền Trần Hưng Đạo xin lộc đầu năm.") == []


def test_persons_after_an_institution_stay_persons():
    assert names("Học sinh trường THPT Lê Hồng Phong, Nguyễn Thị Mai và Lê Văn Tám đều đạt giải.") == [
        "Nguyễn Thị Mai", "Lê Văn Tám"]
    assert names("Các bác sĩ của bệnh viện như Nguyễn Văn An, Trần Thị Bình đã được khen.") == [
        "Nguyễn Văn An", "Trần Thị Bình"]


def test_a_goalkeeper_is_no_temple():
    assert names("Người gác đền Đặng Văn Luân đã cản phá thành công quả phạt đền.") == ["Đặng Văn Luân"]


def test_a_flower_garden_and_a_national_park_are_places():
    assert names("Buổi biểu diễn diễn ra tại vườn hoa Lý Thái Tổ vào tối thứ Bảy.") == []
    assert names("Đàn voi di chuyển qua vườn quốc gia Maasai Mara vào mùa khô.") == []
