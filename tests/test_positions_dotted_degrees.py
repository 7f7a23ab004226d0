"""An academic title written with a dot before the name ("TS. X", "PGS. Y", "PGS.TS Z": the tokenizer parts the dot
from the abbreviation) is read as the undotted one: the position when no other title is written, the abbreviations
joined by dots kept as written ("PGS.TS"), and a title before it and its comma is still the name's
(officials.OfficialLinker._dotted_academic; session 43: held-out 6, a pool of 120 bulk stories with the wording, 33
positions changed, 27 right). A rank after a title's tail opens the holder's name, no part of the tail ("cụm trưởng
cụm thi đua số 6 | Trung tướng, GS.TS X"). Invented names and wordings; values worked out by hand."""
from tests.test_positions_news import officials


def test_a_dotted_degree_alone_is_the_position():
    assert officials("TS. Lê Văn Bình cho biết dịch đã giảm.")["Lê Văn Bình"] == ("TS", "")
    assert officials("Chúc mừng ông, PGS. Hoàng Quyết Tiến đánh giá cao đề tài.")["Hoàng Quyết Tiến"] == ("PGS", "")


def test_degrees_joined_by_a_dot_are_kept_as_written():
    assert officials("PGS.TS Lê Văn Bình cho biết dịch đã giảm.")["Lê Văn Bình"] == ("PGS.TS", "")
    assert officials("PGS.TS. Lê Văn Bình cho biết dịch đã giảm.")["Lê Văn Bình"] == ("PGS.TS", "")


def test_a_title_before_a_dotted_degree_and_its_comma_is_the_position():
    got = officials("Phó Giám đốc Bệnh viện Bạch Mai, TS. Lê Văn Bình cho biết dịch đã giảm.")
    assert got["Lê Văn Bình"] == ("Phó Giám đốc", "Bệnh viện Bạch Mai")


def test_a_rank_after_a_title_ends_its_tail():
    got = officials("Dự hội nghị có cụm trưởng cụm thi đua số 6 Trung tướng, GS.TS Nguyễn Văn Khang.")
    assert got["Nguyễn Văn Khang"] == ("GS.TS", "")
