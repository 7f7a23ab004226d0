"""Officials (session 11): a unit written alone after a name, perhaps behind a rank, is the person's unit, also
when the only title is a descriptor written before the name ("liệt sĩ", "đạo diễn"); the level words of the officials component come from
administrative_levels.tsv. Sentences written for these tests; the expected values are worked out by hand from the
annotation guidelines and the dev gold's conventions (a rank is no position; "anh A, Công ty B" gives the unit)."""
from __future__ import annotations

from extractors.components import officials
from tests.test_extractors import facts_of, positions_and_units as positions


def test_fallen_soldier_with_a_rank_and_a_unit_gets_the_unit():
    # newcomer's finding: "liệt sĩ A, Thượng úy, Đồn Biên phòng X" gave position "liệt sĩ" and no unit; the title
    # stays the position (the held-out annotators write it so), the rank is passed over, the unit is read
    p = positions("Đoàn công tác thắp hương tưởng nhớ liệt sĩ Hà Văn Khánh, Thượng úy, Đồn Biên phòng Cửa khẩu Nậm Cắn.",
                  "Bộ Quốc phòng truy tặng Bằng khen cho liệt sĩ Vi Đức Thọ, Trung úy, Trạm Kiểm soát Biên phòng Pò Peo.")
    assert p["Hà Văn Khánh"] == ("liệt sĩ", "Đồn Biên phòng Cửa khẩu Nậm Cắn")
    assert p["Vi Đức Thọ"] == ("liệt sĩ", "Trạm Kiểm soát Biên phòng Pò Peo")


def test_a_descriptor_before_the_name_keeps_the_unit_written_after_it():
    # the dev gold's convention: "đạo diễn A, Công ty B" -> position "đạo diễn", unit "Công ty B"
    p = positions("Bộ phim của đạo diễn Lưu Quang Thịnh, Hãng phim Giải Phóng, ra mắt năm 2019.",
                  "Tiết mục của ca sĩ Đào Mai Anh (Nhà hát Ca múa nhạc Bông Sen) được khen ngợi.")
    assert p["Lưu Quang Thịnh"] == ("đạo diễn", "Hãng phim Giải Phóng")
    assert p["Đào Mai Anh"] == ("ca sĩ", "Nhà hát Ca múa nhạc Bông Sen")


def test_a_rank_before_the_name_and_a_unit_after_it():
    p = positions("Năm 2023, Đại úy Lò Văn Sơn, Phòng Cảnh sát kinh tế, Công an tỉnh Lai Châu, được tặng Giấy khen.")
    assert p["Lò Văn Sơn"] == ("", "Phòng Cảnh sát kinh tế, Công an tỉnh Lai Châu")


def test_a_unit_alone_after_the_name_is_its_unit_when_the_clause_goes_on_after_it():
    p = positions("Ở lĩnh vực khởi nghiệp, chị Đoàn Thị Mai, Công ty cổ phần Nông sản Tây Bắc, được tuyên dương.",
                  "Ông Kiều Văn Lực, Sở Y tế tỉnh Hòa Bình cho biết đã nhận hồ sơ.")
    assert p["Đoàn Thị Mai"] == ("", "Công ty cổ phần Nông sản Tây Bắc")
    assert p["Kiều Văn Lực"] == ("", "")  # (the unit runs into the verb: the subject of a clause, not an apposition)


def test_a_title_after_the_rank_still_wins_over_the_unit():
    p = positions("Tặng Bằng khen cho liệt sĩ Mông Văn Hào, Thiếu úy, Phó Đồn trưởng Đồn Biên phòng Lũng Cú.")
    assert p["Mông Văn Hào"] == ("Phó Đồn trưởng", "Đồn Biên phòng Lũng Cú")


def test_level_words_of_officials_come_from_administrative_levels():
    # the sets typed by hand before (GAP_LEVELS had a dead "thành phố": tokens are single syllables)
    assert officials.GAP_LEVELS == {"tỉnh", "huyện", "xã", "quận", "phường", "TP", "Tp"}
    assert set(officials.LEVEL_PARTY_COMMITTEES.split("|")) == {"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"}
    assert {"tỉnh", "huyện", "thành", "phố", "xã", "thị", "quận", "phường"} <= officials.TAIL_STOP
    assert {"tỉnh", "huyện", "thành", "phố", "TP", "xã", "thị"} <= officials.LINKS
    for unit in ("UBND tỉnh", "HĐND huyện", "Ủy ban nhân dân thị trấn", "UBND TP.", "Công an quận", "Huyện ủy"):
        assert officials.GENERIC.match(unit), unit
    assert officials.GENERIC_PREFIX.match("UBND thành phố Vinh ").group(1) == "UBND thành phố"
    assert officials.GENERIC_PREFIX.match("Thị ủy Hoàng Mai ").group(1) == "Thị ủy"
    assert not officials.GENERIC.match("UBND tỉnh Lai Châu")


def test_the_knights_style_is_no_part_of_the_name():
    # honorifics.tsv: "Sir" is a style of address (held-out sets write "Matt Busby", "Bobby Charlton")
    p = positions("Sir Geoffrey Hurst và Sir Stanley Matthews được mời dự lễ.",
                  "Cựu huấn luyện viên Sir Bobby Robson từng dẫn dắt đội tuyển.")
    assert "Geoffrey Hurst" in p and "Stanley Matthews" in p
    assert p["Bobby Robson"][0] == "Cựu huấn luyện viên"
    assert not any(name.startswith("Sir") for name in p)


def test_a_league_and_a_clip_caption_are_no_persons():
    # foreign_designators.txt: "Video" (a caption before a name); "Liga" (a league: "Real Betis La Liga")
    p = positions("Tiền đạo Lionel Messi đã ghi 30 bàn cho đội bóng.",
                  "Video Andres Iniesta chuyền bóng cho đồng đội.")
    assert "Video Andres Iniesta" not in p and "Lionel Messi" in p


def test_the_players_of_a_line_up_are_persons():
    # persons._lineup: a team, ":", at least nine names (substitutes in brackets with the minute), one line
    p = positions("Trận đấu kết thúc với tỷ số 2-1.",
                  "Sao Đỏ: Kowalski, Bernardi (Rossetti 70), Lindqvist, Okafor, Dumont, Petrov, Haraldsen (Nakamura 81), "
                  "Fontaine, Moreau, Vargas, Schultz",
                  "Các đội tham dự gồm: Nghệ An, Thái Bình, Lâm Đồng, Bắc Ninh, Phú Yên, Cà Mau, Lai Châu, Sơn La, Hà Giang",
                  "Khách mời: Anna, Bella, Clara")
    assert {"Kowalski", "Bernardi", "Rossetti", "Okafor", "Nakamura", "Schultz"} <= set(p)
    assert len([n for n in p if n in ("Kowalski", "Bernardi", "Rossetti", "Lindqvist", "Okafor", "Dumont", "Petrov",
                                       "Haraldsen", "Nakamura", "Fontaine", "Moreau", "Vargas", "Schultz")]) == 13
    assert not {"Nghệ An", "Lâm Đồng", "Anna", "Bella"} & set(p)  # (a lower-case head; fewer than nine names)


def test_a_list_of_districts_after_a_capitalised_head_is_no_line_up():
    # review finding (session 11): the place test looked at one word at a time, so two-word districts passed
    p = positions("Hà Nội: Ba Đình, Hoàn Kiếm, Tây Hồ, Long Biên, Cầu Giấy, Đống Đa, Hai Bà Trưng, Hoàng Mai, "
                  "Thanh Xuân, Nam Từ Liêm")
    assert p == {}


def test_the_unit_written_after_a_recipient_is_the_recipients_not_a_second_recipient():
    # officials helper's finding: "Giấy khen cho Đại úy A, Phòng X, Công an tỉnh Y" also made the unit a recipient
    f = facts_of("Tặng Giấy khen cho Đại úy Lò Văn Sơn, Phòng Cảnh sát kinh tế, Công an tỉnh Lai Châu, đã có thành "
                 "tích xuất sắc.",
                 "Tặng Bằng khen cho bà Trần Thị Lan, Công ty cổ phần May Sông Hồng, vì đã có thành tích.")
    assert sorted((a["recipient"], a["award"]) for a in f["awards"]) == [
        ("Lò Văn Sơn", "Giấy khen"), ("Trần Thị Lan", "Bằng khen")]
    assert "Công ty cổ phần May Sông Hồng" in f["units"]  # (still a unit of the document)


def test_a_unit_in_a_semicolon_list_of_recipients_stays_a_recipient():
    f = facts_of("Tặng Bằng khen cho các cá nhân, tập thể: ông Lê Văn Hùng; Công ty cổ phần Nông sản Tây Bắc; "
                 "bà Vũ Thị Hoa.")
    assert sorted(a["recipient"] for a in f["awards"]) == [
        "Công ty cổ phần Nông sản Tây Bắc", "Lê Văn Hùng", "Vũ Thị Hoa"]
