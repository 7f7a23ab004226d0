"""``sovang_collectives``: collectives named after a classifier noun or bare (sentences written for these tests;
facts computed by hand from collective_classifiers.tsv and collectives_named.txt)."""
from __future__ import annotations

from tests.test_extractors import facts_of as facts  # noqa: F401  (shared helper)


def units(*lines: str) -> set:
    return set(facts(*lines)["units"])


def test_classifier_kept_or_dropped_as_the_gazetteer_says():
    # "tờ" and "kênh" are classifiers only (keep=no); "hãng hàng không", "công ty bảo hiểm" name a kind of body
    assert units("Theo tờ The Sun, kênh VTV6 và hãng hàng không Vietjet đã ký với công ty bảo hiểm AIG.") == \
        {"The Sun", "VTV6", "hãng hàng không Vietjet", "công ty bảo hiểm AIG"}


def test_band_name_closes_on_its_number():
    assert units("Ban nhạc Maroon 5 sẽ biểu diễn tại Hà Nội.") == {"Maroon 5"}


def test_team_after_tuyen_and_age_code_is_a_unit_and_no_person():
    g = facts("Tuyển Đức thua tuyển Bồ Đào Nha 1-2, U20 Bồ Đào Nha cũng thua.")
    assert set(g["units"]) == {"Tuyển Đức", "tuyển Bồ Đào Nha", "U20 Bồ Đào Nha"}
    assert g["officials"] == []  # not "Đào Nha"


def test_age_code_before_a_continent_is_a_tournament():
    assert units("Đội bóng giành vé dự giải U23 châu Á.") == set()


def test_country_after_a_company_classifier_is_no_name():
    assert units("Các hãng thời trang Nhật Bản đều tăng giá.") == set()


def test_title_stops_the_name_and_a_cut_word_drops_it():
    # "công kênh HLV Park …": "kênh" before a title; "kênh truyền hình Thông tấn" cut inside "Thông tấn"
    assert units("Các cầu thủ công kênh HLV Park Hang Seo trên kênh truyền hình Thông tấn.") == set()


def test_club_name_shaped_like_a_person():
    g = facts("Cầu thủ của CLB Hoàng Anh Gia Lai ghi bàn.")
    assert g["units"] == ["CLB Hoàng Anh Gia Lai"]
    assert g["officials"] == []


def test_bare_listed_names_not_products_not_inside_longer_names():
    # "Samsung Galaxy" is a product, "Keisuke Honda" a person; "Chelsea" before a score is the club
    assert units("Theo Telegraph, Arsenal thắng Chelsea 2-0 và Keisuke Honda dùng Samsung Galaxy.") == \
        {"Telegraph", "Arsenal", "Chelsea"}


def test_country_after_a_listed_company_belongs_to_it():
    assert units("Các đối tác gồm Canon, Toyota Việt Nam và Samsung.") == {"Canon", "Toyota Việt Nam", "Samsung"}


def test_short_mention_takes_the_fuller_name_of_the_document():
    assert units("Báo Telegraph đưa tin vụ việc.", "Theo Telegraph, ông Smith đã về nước.") == {"Báo Telegraph"}


def test_parenthesised_short_name_is_the_unit_before_it():
    g = units("Công ty Viễn thông Quân đội (Viettel) nhận Huân chương.", "Viettel cũng trao quà cho trẻ em.")
    assert "Viettel" not in g


def test_source_credit_line_is_no_mention():
    assert units("Ông Putin bày tỏ lòng thương tiếc.", "Theo Telegraph") == set()


def test_company_named_like_a_person_after_hang_and_team_abbreviation():
    # "hãng" takes a name shaped like a person's ("Mai Linh"); "ĐT" = đội tuyển, but "Đào tạo" after "&"
    assert units("Tài xế của hãng Mai Linh được biểu dương, ĐT Việt Nam thắng ĐT Thái Lan.") == \
        {"hãng Mai Linh", "ĐT Việt Nam", "ĐT Thái Lan"}
    assert units("Sở GD&ĐT Hà Nội vừa công bố kết quả.") == {"Sở GD&ĐT Hà Nội"}


def test_country_between_classifier_and_name_and_joint_venture():
    # the country is the body's, the name follows it; "liên doanh" is a classifier only (keep=no)
    assert units("Theo tờ Anh The Sun, hãng thông tấn Nga Tass và liên doanh Mayda đều đưa tin.") == \
        {"The Sun", "hãng thông tấn Nga Tass", "Mayda"}
    assert units("Tờ Mỹ dẫn lời chuyên gia.") == set()


def test_a_heading_in_capitals_is_no_classifier():
    """"TỜ TRÌNH" heads a proposal (Nghị định 30/2020/NĐ-CP, Phụ lục III): its "TỜ" is no newspaper classifier,
    while "tờ Thanh Niên" in running text is."""
    units = facts("VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN", "TỜ TRÌNH", "Về việc đề nghị tặng Bằng khen",
                  "Theo tờ Thanh Niên, lễ trao thưởng diễn ra hôm qua.")["units"]
    assert "TRÌNH" not in units and "Thanh Niên" in units


def test_a_gold_shop_is_named_after_tiem_vang_even_by_a_persons_name():
    """"tiệm vàng" takes a name shaped like a person's, as a club does: the shop, not a person (held-out 9 gold)."""
    g = facts("Tối 5-3, hai đối tượng đột nhập tiệm vàng Thu Hằng ở xã Tân Phú lấy đi 10 lượng vàng.")
    assert g["units"] == ["tiệm vàng Thu Hằng"]
    assert g["officials"] == []
    # a fire brigade named by its town
    assert units("Nhà trường cảm ơn đội phòng cháy chữa cháy Millbrook đã có mặt kịp thời.") == \
        {"đội phòng cháy chữa cháy Millbrook"}


def test_a_name_hidden_behind_its_initial_is_none():
    """The press hides a shop's name behind an initial ("tiệm vàng K", "tiệm vàng Kim Ngọc M", "H."): no unit; a roman
    numeral closing a name is no initial."""
    assert units("Hai đối tượng cướp tiệm vàng K ở xã Tân Phú.") == set()
    assert units("Hai đối tượng cướp tiệm vàng Kim Ngọc M ở xã Tân Phú.") == set()
    assert units("Hai đối tượng cướp tiệm vàng H. ở xã Tân Phú.") == set()
    assert units("Hai đối tượng cướp tiệm vàng Kim Long II ở xã Tân Phú.") == {"tiệm vàng Kim Long II"}


def test_a_teams_closing_letter_is_its_name_not_an_initial():
    """A letter closing a sports team's name names its second side ("Hà Nội B", "Barcelona B"): the team, kept whole;
    only a business's name is hidden behind an initial (session 44's review)."""
    assert units("Anh từng thi đấu cho đội bóng Hà Nội B ở giải hạng Nhất.") == {"đội bóng Hà Nội B"}
    assert units("Cầu thủ trẻ được đôn lên từ đội bóng Barcelona B mùa trước.") == {"đội bóng Barcelona B"}
