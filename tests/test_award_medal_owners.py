"""A medal written with its owner after "của" is the owner's, whatever the sentence's verb
(extractors.components.medal_owners); a bare medal takes the contest its sentence names before it with a
capitalised "Giải" (awards._contest_earlier_in_sentence); an event's tail never ends on a dash
(awards._event_tail).  Text of our own wording, invented names; the expected facts read off by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*blocks: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=b) for b in blocks]))
    return [(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_medals_of_two_fighters_with_their_events_go_to_the_fighters_not_the_team():
    got = awards_of("Đội tuyển vật Việt Nam đã kết thúc Giải vô địch vật thế giới 2019 với hai huy chương vàng "
                    "hạng 57kg nam của võ sĩ Lê Văn Khoa và hạng 65kg nam của võ sĩ Đặng Minh Tú.")
    assert got == [("Lê Văn Khoa", "huy chương vàng Giải vô địch vật thế giới 2019"),
                   ("Đặng Minh Tú", "huy chương vàng Giải vô địch vật thế giới 2019")]


def test_each_medal_of_a_list_goes_to_its_own_owner():
    got = awards_of("Ở ngày thi đấu đầu tiên, bơi lội Việt Nam đoạt 1 HCV của Phan Thị Ngọc (100 m bướm nữ), "
                    "1 HCB của Trịnh Văn Lực (200 m tự do nam).")
    assert got == [("Phan Thị Ngọc", "HCV"), ("Trịnh Văn Lực", "HCB")]


def test_a_medal_of_two_coordinated_owners_goes_to_both():
    got = awards_of("Đội tuyển vật Việt Nam giành hai huy chương vàng của Lê Văn Khoa và Đặng Minh Tú.")
    assert got == [("Lê Văn Khoa", "huy chương vàng"), ("Đặng Minh Tú", "huy chương vàng")]


def test_a_capitalised_holder_between_the_medal_and_cua_keeps_the_owner_out():
    # the medal went to the team named before "của"; the player after it is the team's, no owner of the medal
    got = awards_of("Đội tuyển Đức chỉ mất tấm HCV về tay đội chủ nhà Brazil của Lê Văn Khoa.")
    assert ("Lê Văn Khoa", "HCV") not in got


def test_a_medal_named_from_elsewhere_in_the_document_is_left_to_the_linker():
    # the bare HCB takes the document's one competition (SEA Games 29): a guess, so its owner is not read here
    got = awards_of("Đoàn thể thao Việt Nam chuẩn bị cho SEA Games 29.",
                    "Tuyển thủ Lê Văn Khoa từng tham dự SEA Games 29.",
                    "Đội tuyển Việt Nam giành được 1 HCB của Trần Thị Hòa.")
    assert ("Trần Thị Hòa", "HCB SEA Games 29") not in got


def test_an_event_tail_never_ends_on_a_dash():
    got = awards_of("Vận động viên Trần Thị Hòa đã giành huy chương bạc nội dung đối kháng nữ - hạng cân dưới 46kg.")
    assert got == [("Trần Thị Hòa", "huy chương bạc nội dung đối kháng nữ")]


def test_a_medal_aimed_at_has_no_owner_yet():
    # a word of wish or aim (wishes.txt) before the medal in its clause: no medal won
    assert awards_of("Mục tiêu huy chương vàng của Lê Văn Khoa là hoàn toàn khả thi.") == []
    assert awards_of("Cơ hội giành huy chương vàng của Lê Văn Khoa là rất lớn.") == []
    assert awards_of("Hy vọng HCV của Trần Thị Hòa đặt vào nội dung 100 m bướm.") == []


def test_an_aim_in_an_earlier_clause_leaves_the_owner():
    # (a guard: the aim is the team's, past a comma; the medal of the next clause is the swimmer's)
    got = awards_of("Đội bơi đặt mục tiêu 3 HCV, trong đó có 1 HCV của Trần Thị Hòa ở nội dung 100 m bướm.")
    assert ("Trần Thị Hòa", "HCV") in got


def test_the_contest_named_earlier_ends_on_its_name():
    # a verb after the name is no part of it; a noun with no name after it names no contest
    assert awards_of("Cúp Sông Hồng khép lại, Trần Thị Hòa giành huy chương bạc.") == \
        [("Trần Thị Hòa", "huy chương bạc Cúp Sông Hồng")]
    assert awards_of("Giải đấu năm nay, võ sĩ Lê Văn Khoa giành huy chương vàng.") == \
        [("Lê Văn Khoa", "huy chương vàng")]


def test_a_prize_named_earlier_is_no_contest_of_the_medal():
    # "Giải thưởng Sáng tạo trẻ" is an award the recogniser found, not the contest the medal was won at
    assert awards_of("Tại lễ trao Giải thưởng Sáng tạo trẻ, em Lê Văn Khoa còn nhận huy chương vàng.") == \
        [("Lê Văn Khoa", "huy chương vàng")]
