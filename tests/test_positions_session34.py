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
