"""Where a title's tail ends before a clause or a name (session 39). The passive and adversative verbs "bị" and
"gặp" open what befell the holder, no part of the title ("nữ diễn viên | bị …"), unless they close a word of
the tail ("kỹ sư thiết bị"); "tên" or "tên là" (named) before a name links the title written before it to
that name ("một ngư dân tên | X"), and is no part of the title; "làm" (to serve as) states a title after the
name, as "giữ chức" does. Sentences written for these tests; expected positions and units worked out by hand
from the annotation guidelines."""
from __future__ import annotations

from tests.test_extractors import positions, positions_and_units


def test_a_passive_or_adversative_verb_ends_the_tail():
    p = positions("Chị Mẫn Thị Lụa, nữ diễn viên bị chụp lén trong quán, đã lên tiếng.",
                  "Anh Đàm Quốc Lợi, nhân viên cứu hộ gặp nạn trên sông, được đưa về nhà.")
    assert p["Mẫn Thị Lụa"] == "nữ diễn viên"
    assert p["Đàm Quốc Lợi"] == "nhân viên cứu hộ"


def test_the_verb_closing_a_word_of_the_tail_is_read_on():
    p = positions("Anh Đàm Quốc Lợi, kỹ sư thiết bị điện, được đưa về nhà.")
    assert p["Đàm Quốc Lợi"] == "kỹ sư thiết bị điện"


def test_a_title_before_the_word_for_named():
    p = positions_and_units("Chiếc ví được một nhân viên bảo vệ tên Khổng Văn Lực nhặt được.",
                            "Hôm ấy có một nhân viên thư viện tên là Ninh Thị Hồng ở lại muộn.",
                            "Giấy tờ do một thành viên Hội đồng Khoa học tên Doãn Văn Bảy ký.")
    assert p["Khổng Văn Lực"] == ("nhân viên bảo vệ", "")
    assert p["Ninh Thị Hồng"] == ("nhân viên thư viện", "")
    assert p["Doãn Văn Bảy"] == ("thành viên", "Hội đồng Khoa học")


def test_to_serve_as_states_the_title_after_the_name():
    # "làm" (to serve as) before a title, as "giữ chức" is; not before a word that is no title ("làm việc")
    p = positions_and_units("Xưởng mộc do ông Quách Văn Tụ làm giám đốc từ năm ngoái.",
                            "Anh Quách Văn Tài làm việc ở xưởng mộc đã lâu.")
    assert p["Quách Văn Tụ"] == ("giám đốc", "")
    assert p["Quách Văn Tài"] == ("", "")
