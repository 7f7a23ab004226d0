"""Session 21 (award recall): recipient-list items naming a collective without a unit-type head.

"… cho ban …", "… gồm: khối …, ban …", "… cho A và ban …": the item, opened by a collective noun of
``list_collective_heads.txt`` and holding a capitalised word, is a collective recipient and a unit.  Every sentence
here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_board_item_after_cho_is_a_collective_recipient():
    """"… cho ban liên lạc nữ công nhân Trường Sơn.": the whole item up to the sentence's end ("công nhân" holds
    "nhân", which ends no item)."""
    g = facts_of("Bộ trưởng Lê Văn Hùng đã trao Bằng khen cho ban liên lạc nữ công nhân Trường Sơn.")
    assert people(g) == {("ban liên lạc nữ công nhân Trường Sơn", "Bằng khen")}
    assert all(a["recipient_type"] == "collective" for a in g["awards"])
    assert "ban liên lạc nữ công nhân Trường Sơn" in g["units"]


def test_board_item_after_a_found_unit_ends_at_its_verb():
    """"cho 2 tập thể là: A và ban X đã …": the second item runs to "đã"."""
    g = facts_of("UBND tỉnh trao Bằng khen cho 2 tập thể là: Viện Nghiên cứu Thời trang và ban quản lý Chợ Đồng "
                 "Xuân đã hoàn thành xuất sắc nhiệm vụ.")
    got = {r for r, _ in people(g)}
    assert {"Viện Nghiên cứu Thời trang", "ban quản lý Chợ Đồng Xuân"} <= got


def test_bloc_and_board_items_of_a_gom_list():
    """"gồm: …; … và các đơn vị: khối các trường Đại học, ban thanh niên Công an, …": each item a recipient."""
    g = facts_of("15 đơn vị đạt danh hiệu cờ thi đua xuất sắc gồm: Thành đoàn Hải Phòng; Tỉnh đoàn Nam Định và "
                 "các đơn vị: khối các trường Đại học, ban thanh niên Công an, đoàn thanh niên Bộ Tư pháp.")
    got = {r for r, _ in people(g)}
    assert {"khối các trường Đại học", "ban thanh niên Công an"} <= got


def test_organisers_teams_groups_and_lower_case_items_are_no_recipients():
    """"cho ban tổ chức giải X" names the organiser; "cho đội chủ nhà Thái Lan" a team the gold names bare and
    "cho nhóm nghiên cứu …" a group of the story (no heads); "cho ban bảo vệ" holds no capitalised word: none is
    a recipient."""
    g = facts_of("Ông Lê Văn An đã gửi Bằng khen cho ban tổ chức giải thưởng Bông Sen năm nay.")
    assert not g["awards"]
    g = facts_of("Liên đoàn trao Bằng khen cho đội chủ nhà Thái Lan.")
    assert "đội chủ nhà Thái Lan" not in {r for r, _ in people(g)}
    g = facts_of("Bộ trưởng trao Bằng khen cho nhóm nghiên cứu Vắc xin Covid.")
    assert "nhóm nghiên cứu Vắc xin Covid" not in {r for r, _ in people(g)}
    g = facts_of("Giám đốc Công ty trao Giấy khen cho ban bảo vệ.")
    assert not g["awards"]


def test_a_verb_opening_with_a_head_is_no_item():
    """"… cho 5 tập thể và ban hành Kế hoạch số …": "ban hành" (to issue) is a verb of not_heads.txt, not the board
    "ban"; the document it issues is neither a recipient nor a unit (review 22, finding 1)."""
    for s in ("Giám đốc Sở trao Giấy khen cho 5 tập thể và ban hành Kế hoạch số 30/KH-SGD về thi đua năm học mới.",
              "Hội đồng thi đua tặng Bằng khen cho Trường Tiểu học Hòa Bình, ban bố Thông báo số 7/TB-HĐ."):
        g = facts_of(s)
        assert not [r for r, _ in people(g) if r.lower().startswith("ban")]
        assert not [u for u in g["units"] if u.lower().startswith("ban")]


def test_a_staff_of_three_words_opens_no_item():
    """"ban tổ chức …", "ban giám hiệu …" (three-word entries of not_heads.txt, matched over their own words) open
    no collective item; a unit named after "ban giám hiệu" is still the recipient (review of session 22, finding 4)."""
    g = facts_of("Hội đồng Thi đua - Khen thưởng huyện tặng Giấy khen cho: Công ty TNHH Minh Phát; ban giám hiệu "
                 "Trường THCS Kim Đồng; ban tổ chức Giải chạy Vì hòa bình.")
    assert {r for r, _ in people(g)} == {"Công ty TNHH Minh Phát", "Trường THCS Kim Đồng"}
    assert not any(u.lower().startswith("ban ") for u in g["units"])
