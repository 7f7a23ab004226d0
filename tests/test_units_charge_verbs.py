"""Session 24 (unit boundaries, the newcomer's decisions and circulars): a unit's name ends before the verb that
charges it with a task, before a preposition that links no place, and before a list sent as a document; "&" between
two fields of a ministry's or department's name stands for "và" (sentences of our own)."""
from __future__ import annotations

from extractors.gazetteer import field_at, field_table
from tests.test_extractors import unit_names


def test_ampersand_joins_the_fields_of_a_department():
    """Before: "Sở Nông nghiệp & Phát triển" (cut short) and "… nông thôn chủ trì" (the verb swallowed)."""
    assert unit_names("Sở Nông nghiệp & Phát triển nông thôn chủ trì việc tập huấn.") == \
        ["Sở Nông nghiệp & Phát triển nông thôn"]
    assert unit_names("Giao Sở Lao động – Thương binh & Xã hội chủ trì, phối hợp với các huyện.") == \
        ["Sở Lao động – Thương binh & Xã hội"]


def test_field_at_reads_ampersand_as_va():
    table = field_table(("Nông nghiệp và Phát triển nông thôn",))
    words = ["Nông", "nghiệp", "&", "Phát", "triển", "nông", "thôn", "chủ", "trì"]
    assert field_at(words, 0, table) == 7
    assert field_at(["Nông", "nghiệp", "+", "Phát", "triển", "nông", "thôn"], 0, table) is None


def test_a_charge_verb_ends_a_long_lower_case_tail():
    """Before: "Vụ … và Truyền thống văn hóa chủ trì"; a charge verb opening the tail keeps it out."""
    assert unit_names("Vụ Thi đua – Khen thưởng và Truyền thống văn hóa chủ trì, phối hợp với các đơn vị.") == \
        ["Vụ Thi đua – Khen thưởng và Truyền thống văn hóa"]
    got = unit_names("Cục Kế hoạch Tài chính chịu trách nhiệm quản lý và sử dụng Quỹ Hỗ trợ Bộ; lập dự toán.")
    assert got[0] == "Cục Kế hoạch Tài chính"  # (the fund after the verb is read on its own, as before)
    assert not any("chịu trách nhiệm" in u for u in got)


def test_a_preposition_before_no_name_is_not_a_qualifier():
    """Before: "Hội đồng Thi đua – Khen thưởng tại" (a board at any body: no unit); "cấp cao tại" + a city stays."""
    assert unit_names("Hội đồng Thi đua – Khen thưởng tại cơ quan, đơn vị có trách nhiệm tư vấn.") == []
    assert unit_names("Tòa án nhân dân cấp cao tại Đà Nẵng mở phiên phúc thẩm.") == \
        ["Tòa án nhân dân cấp cao tại Đà Nẵng"]


def test_a_list_sent_is_not_part_of_the_name():
    """Before: "Vụ Tổ chức Cán bộ Danh sách học viên tốt nghiệp"."""
    assert unit_names("Học viện Tài chính gửi Vụ Tổ chức Cán bộ Danh sách học viên tốt nghiệp.") == \
        ["Học viện Tài chính", "Vụ Tổ chức Cán bộ"]
    assert unit_names("Trường Đại học Mỏ gửi Sở Tư pháp Danh mục các đề tài đã nghiệm thu.") == \
        ["Trường Đại học Mỏ", "Sở Tư pháp"]
