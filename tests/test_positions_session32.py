"""Officials' names and positions (session 32). Sentences written for these tests; every expected value worked out
by hand from the annotation guidelines and the annotated sets' conventions."""
from __future__ import annotations

from tests.test_extractors import official_names as names, positions_and_units as positions


def test_a_run_opened_by_a_foreign_article_is_no_person():
    # Spanish, Italian and German articles before a foreign word: a nickname, a brand, a magazine (foreign_articles.txt)
    assert names("Tạp chí Đức Der Spiegel đăng bài về ông Trump.") == ["Trump"]
    assert names("Người mẫu Gigi Hadid diễn cho nhà mốt La Perla tối qua.") == ["Gigi Hadid"]
    assert names("Siêu sao Lionel Messi ghi bàn. El Pulga đã có 40 bàn mùa này.") == ["Lionel Messi"]


def test_la_the_vietnamese_surname_still_opens_a_name():
    # "La" before Vietnamese syllables is the surname
    assert names("Bà La Thị Hằng và ông La Văn Cầu dự lễ kỷ niệm.") == ["La Thị Hằng", "La Văn Cầu"]


def test_a_title_with_its_unit_after_cua_and_a_comma_is_another_persons():
    # "của Giám đốc Nhà hát X," names whose health it is; the name's own occupation is written after the comma
    p = positions("Nói về sức khoẻ của Giám đốc Nhà hát Tuổi trẻ, diễn viên trẻ Lê Văn Bình cho biết ông đã khỏe.")
    assert p["Lê Văn Bình"] == ("diễn viên", "")


def test_a_title_with_its_unit_after_cua_and_no_title_after_the_comma_stays():
    # nothing of the name's own after the comma: the title before it stays his (the existing reading)
    p = positions("Theo đề nghị của Chủ tịch UBND tỉnh Nghệ An, ông Nguyễn Xuân Đường dự lễ.")
    assert p["Nguyễn Xuân Đường"] == ("Chủ tịch UBND tỉnh", "UBND tỉnh Nghệ An")


def test_the_sex_before_a_title_is_no_part_of_it():
    # "nữ" before a staff title, a director's or a singer's occupation is dropped (sex_kept_occupations.txt)
    p = positions("Chị Trần Thị Mai - nữ nhân viên Công ty Điện lực quận Hải Châu vừa được khen.",
                  "Vở diễn do nữ đạo diễn Lê Thu Hà dàn dựng.")
    assert p["Trần Thị Mai"] == ("nhân viên", "Công ty Điện lực quận Hải Châu")
    assert p["Lê Thu Hà"] == ("đạo diễn", "")


def test_the_sex_stays_before_an_actress_and_a_driver():
    # "nữ diễn viên" (an actress) and "nữ lái xe" (without "nữ" a verb) keep it
    p = positions("Nữ diễn viên Trần Thu Trang dự buổi ra mắt phim.",
                  "Bà Phạm Thị Lý, nữ lái xe, được Sở tặng giấy khen.")
    assert p["Trần Thu Trang"] == ("Nữ diễn viên", "")
    assert p["Phạm Thị Lý"] == ("nữ lái xe", "")
