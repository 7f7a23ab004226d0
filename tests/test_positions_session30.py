"""Positions, session 30: occupations of the kitchen, the studio and the farm (``role_nouns.txt``), and an
occupation whose nationality carries praise before it or an origin after it. Sentences written for these tests;
the expected positions are worked out by hand from the annotation guidelines (the occupation as written, without
the words that praise its holder or give his nationality)."""
from __future__ import annotations

from tests.test_extractors import facts_of, positions


def test_cooks_presenters_analysts_and_livestock_owners_are_positions():
    p = positions("Đầu bếp Peter Lam mở thêm một nhà hàng ở Hà Nội.",
                  "Buổi lễ có ông Mark Tully, người dẫn chương trình của Đài truyền hình Kênh Xanh.",
                  "Nhà phân tích Anna Berg cho rằng giá vàng sẽ còn tăng.",
                  "Ông Hà Văn Sỹ, một chủ trâu ở xã Kim Lộc, cho biết con trâu đã được chăm từ năm ngoái.")
    assert p["Peter Lam"] == "Đầu bếp"
    assert p["Mark Tully"] == "người dẫn chương trình"
    assert p["Anna Berg"] == "Nhà phân tích"
    assert p["Hà Văn Sỹ"] == "chủ trâu"


def test_praise_before_a_nationality_and_an_origin_after_it_leave_the_occupation():
    # "nổi tiếng" (evaluative_adjectives.txt) between the occupation and "người Mỹ"; "gốc Hàn" after the
    # nationality: the position is the occupation alone, as with "doanh nhân người Scotland X"
    p = positions("Đầu bếp nổi tiếng người Mỹ Peter Lam vừa ra sách mới.",
                  "Diễn viên người Mỹ gốc Hàn Quốc Daniel Kim đóng vai chính.",
                  "Tiền vệ người Pháp gốc Việt Eric Tran lập cú đúp.")
    assert p["Peter Lam"] == "Đầu bếp"
    assert p["Daniel Kim"] == "Diễn viên"
    assert p["Eric Tran"] == "Tiền vệ"


def test_a_body_before_the_name_still_keeps_its_title_whole():
    # no occupation before the place: the body's name is the unit, as before ("… Việt Nam | Nguyễn Văn Quyền")
    o = {x["name"]: (x["position"], x["unit"])
         for x in facts_of("Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn phát biểu.")["officials"]}
    assert o["Lương Quốc Đoàn"] == ("Chủ tịch", "Hội Nông dân Việt Nam")


def test_a_one_word_name_found_once_seeds_lists_wherever_it_is_written():
    # "Tiền đạo Mertens" makes Mertens a person; his other mention opens a list ("Mertens, Kolbeck cùng …"), and
    # Kolbeck so found makes "Brandt hay Kolbeck" another: three one-word names, worked out by hand
    g = facts_of("Đội khách có nhiều gương mặt trẻ. Mertens, Kolbeck cùng các đồng đội chơi rất gắn kết.",
                 "Tiền đạo Mertens sẽ đá cao nhất, phía sau là Brandt hay Kolbeck.")
    names = {o["name"] for o in g["officials"]}
    assert {"Mertens", "Kolbeck", "Brandt"} <= names
