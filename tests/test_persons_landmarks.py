"""Persons: a name right after a landmark of a town (an intersection, a market, a bus station, a bridge, a village,
an area; ``corpora/gazetteers/namesakes.txt``) names the landmark after a street or a historical figure, no person
of the story (``extractors/components/persons.py``, ``follows_namesake``). Every sentence here was written for these
tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of
from tests.test_persons_spurious_names import names


def test_a_bus_station_and_a_bridge_named_after_persons_are_no_persons():
    g = facts_of("Xe khách đón người ở bến xe Lương Yên rồi dừng trên cầu Trần Hưng Đạo.")
    assert names(g) == set()


def test_a_market_named_after_a_person_leaves_the_seller():
    g = facts_of("Chị Phan Thị Nụ bán rau ở chợ Nguyễn Văn Trỗi đã hai mươi năm.")
    assert names(g) == {"Phan Thị Nụ"}


def test_an_intersection_named_after_a_street_leaves_the_witness():
    g = facts_of("Tai nạn xảy ra tại nút giao Lạc Hồng Phúc, ông Hà Quang Sáng đã gọi cấp cứu.")
    assert names(g) == {"Hà Quang Sáng"}


def test_a_compound_ending_on_a_landmark_noun_still_opens_a_person():
    # "yêu cầu" (to demand) ends on "cầu": no bridge
    g = facts_of("Tòa yêu cầu Trịnh Văn Bảo bồi thường cho bà Lê Thị Tám.")
    assert names(g) == {"Trịnh Văn Bảo", "Lê Thị Tám"}


def test_the_second_street_of_an_intersection_after_a_dash_is_no_person():
    g = facts_of("Xe buýt hỏng máy ở giao lộ Lê Văn Sỹ – Phan Đình Giót, tài xế Vũ Đức Lâm phải gọi cứu hộ.")
    assert names(g) == {"Vũ Đức Lâm"}


def test_a_name_after_a_dash_behind_another_noun_stays_a_person():
    # the run before the dash follows no intersection: "Lê Văn Hòa - Trần Thị Na" is a pair of persons
    g = facts_of("Cặp vợ chồng Lê Văn Hòa - Trần Thị Na góp tiền xây cầu.")
    assert names(g) == {"Lê Văn Hòa", "Trần Thị Na"}


def test_a_main_court_named_after_a_person_is_no_person():
    g = facts_of("Trận chung kết diễn ra trên sân chính Marguerite Dolan, tay vợt Lê Minh Quân thua sát nút.")
    assert names(g) == {"Lê Minh Quân"}


def test_a_landmark_noun_ending_a_title_keeps_the_holder():
    # "khu vực" after "Giám đốc" (positions.txt) is the title's region, no landmark; before the mend: no official
    g = facts_of("Giám đốc khu vực Lưu Thành Đạt cho biết doanh số quý này tăng mạnh.")
    assert names(g) == {"Lưu Thành Đạt"}


def test_a_market_ending_a_board_s_title_keeps_the_holder():
    # "chợ" after "ban quản lý" (generic_boards.txt) ends the board of the head's title
    g = facts_of("Trưởng ban quản lý chợ Ninh Văn Toản cho biết tiểu thương đã được hỗ trợ.")
    assert names(g) == {"Ninh Văn Toản"}
