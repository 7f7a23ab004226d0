"""Session 14 mend: press names matched only as written, a holder's title after "của" inside a listed body, a
placed force taking its level and place (sentences of our own; expected values worked out by hand)."""
from __future__ import annotations

from tests.test_extractors import facts_of, unit_names


def test_a_paper_inside_a_longer_paper_name_is_that_paper():
    # named_units.txt, "# Press:": "Người Lao Động Online" whole, not "Lao Động Online" inside it
    assert unit_names("Bạn đọc Người Lao Động Online gửi nhiều ý kiến về dự án.") == ["Người Lao Động Online"]
    assert unit_names("Số liệu do Lao Động Online công bố sáng nay.") == ["Lao Động Online"]


def test_press_names_are_not_matched_in_lower_case():
    # "lao động online", "pháp luật TP.HCM" written in lower case are phrases, not the papers
    assert unit_names("Trung tâm giới thiệu việc làm mở sàn tuyển lao động online cho sinh viên.") == []
    assert unit_names("Ban chỉ đạo tổ chức cuộc thi tìm hiểu pháp luật TP.HCM năm nay.") == []
    # a paper's name with its first and last words capitalised is the paper, whatever the case inside
    assert unit_names("Phóng viên Thanh niên Online có mặt tại hiện trường.") == ["Thanh niên Online"]
    # a ministry's long name is still found in any case
    assert unit_names("Đại diện bộ Kế hoạch và đầu tư dự buổi làm việc.") == ["bộ Kế hoạch và đầu tư"]


def test_a_title_after_cua_in_a_listed_body_is_the_next_persons():
    # "Tổ công tác của Thủ tướng Chính phủ Trần Văn Hùng": the title is Hùng's; "Chính phủ" is still a unit
    got = facts_of("Tổ công tác của Thủ tướng Chính phủ Trần Văn Hùng đã làm việc tại Cần Thơ.")
    assert "Tổ công tác của Thủ tướng Chính phủ" not in got["units"]
    assert {(o["name"], o["position"], o["unit"]) for o in got["officials"]} == \
        {("Trần Văn Hùng", "Thủ tướng Chính phủ", "Chính phủ")}
    assert "Chính phủ" in got["units"]
    got = facts_of("Bà Mai, thành viên Tổ tư vấn kinh tế của Thủ tướng Chính phủ Lê Quang Minh, trình bày.")
    assert ("Lê Quang Minh", "Thủ tướng Chính phủ") in {(o["name"], o["position"]) for o in got["officials"]}
    # the body without a holder's name after it stays
    assert unit_names("Tổ công tác của Thủ tướng Chính phủ đã làm việc với tỉnh Sóc Trăng.") == \
        ["Tổ công tác của Thủ tướng Chính phủ"]


def test_the_market_force_takes_its_level_and_place():
    # named_units.txt, "# Placed forces": as "Cục Quản lý thị trường tỉnh …"
    assert unit_names("Lực lượng Quản lý thị trường tỉnh Hà Tĩnh tịch thu 200 sản phẩm.") == \
        ["Lực lượng Quản lý thị trường tỉnh Hà Tĩnh"]
    assert unit_names("Lực lượng quản lý thị trường TP. HCM tịch thu 200 sản phẩm.") == \
        ["Lực lượng quản lý thị trường TP. HCM"]
