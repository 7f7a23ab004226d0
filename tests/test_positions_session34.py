"""Positions of officials, session 34 (helper pos). Sentences written for these tests; the expected values worked out
by hand from the annotation guidelines and the annotated sets' conventions."""
from __future__ import annotations

from tests.test_extractors import positions_and_units as positions


def test_the_male_sex_stays_before_an_actor_as_the_female_does():
    # "nam diễn viên" (an actor) is written whole, as "nữ diễn viên" is; before another occupation the sex is dropped
    p = positions("Vai chính do nam diễn viên 30 tuổi Kevin Marlowe đảm nhận.",
                  "Nam diễn viên Đỗ Văn Khang và nam ca sĩ Lê Văn Tám dự buổi ra mắt phim.")
    assert p["Kevin Marlowe"] == ("nam diễn viên", "")
    assert p["Đỗ Văn Khang"] == ("Nam diễn viên", "")
    assert p["Lê Văn Tám"] == ("ca sĩ", "")


def test_a_country_ending_in_nam_is_no_sex_word():
    p = positions("Ông Trần Văn Một, Đại sứ Việt Nam tại Pháp, dự lễ.")
    assert p["Trần Văn Một"][0] == "Đại sứ Việt Nam tại Pháp"


def test_titles_after_a_quantifier_in_a_fronted_phrase_name_a_group_not_the_person_after_the_comma():
    # "Với những lứa kỹ sư …, ông X", "Theo các bác sĩ …, ông Y": the group is another's; X and Y get no
    # title from it. Outside a fronted phrase the name after the comma may be one of the counted group ("có hai
    # thuyền viên, ông Z"), and with no quantifier the title before the comma is the name's ("Là bác sĩ …, anh W")
    p = positions("Với những lứa kỹ sư và công nhân Nhà máy Thủy điện Sơn La, ông Đặng Quốc Bảo luôn là người anh "
                  "đáng kính.",
                  "Theo các bác sĩ Bệnh viện Bạch Mai, ông Đinh Văn Lực đã qua cơn nguy kịch.",
                  "Trên xuồng có hai thuyền viên, ông Đào Văn Tùng (40 tuổi) làm đại diện.",
                  "Là bác sĩ trẻ, anh Lương Văn Hòa nhận nhiệm vụ mới.")
    assert p["Đặng Quốc Bảo"] == ("", "")  # (without the rule: "kỹ sư và công nhân" of the plant)
    assert p["Đinh Văn Lực"] == ("", "")
    assert p["Đào Văn Tùng"][0] == "thuyền viên"
    assert p["Lương Văn Hòa"] == ("bác sĩ", "")
