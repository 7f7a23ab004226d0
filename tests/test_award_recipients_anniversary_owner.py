"""The one whose anniversary a ceremony celebrates receives the award handed over at it, not the body that organises
the ceremony: "X tổ chức Lễ kỷ niệm N năm Ngày truyền thống của Y (dates) và đón nhận <award>" (anniversary_owners.txt).
Sentences written for these tests; facts worked out by hand."""
from __future__ import annotations

from extractors.components.conferral_subjects import anniversary_owner_span, local_unit_of
from tests.test_extractors import facts_of


def _got(*lines):
    return [(a["recipient"], a["recipient_type"], a["award"]) for a in facts_of(*lines)["awards"]]


def test_a_named_force_whose_day_it_is_receives_not_the_ministry():
    assert _got("Sáng 5/8, Bộ Nội vụ tổ chức kỷ niệm 45 năm Ngày truyền thống của lực lượng Thanh tra ngành Nội vụ "
                "(1978-2023) và đón nhận Cờ thi đua của Chính phủ.") == \
        [("lực lượng Thanh tra ngành Nội vụ", "collective", "Cờ thi đua của Chính phủ")]


def test_a_province_founded_receives_not_its_party_council_and_committee():
    assert _got("Tỉnh ủy, HĐND, UBND tỉnh Hà Giang đã tổ chức trọng thể Lễ kỷ niệm 130 năm ngày thành lập tỉnh Hà "
                "Giang (1891 - 2021) và đón nhận Huân chương Lao động hạng Nhất.") == \
        [("tỉnh Hà Giang", "collective", "Huân chương Lao động hạng Nhất")]


def test_a_hospital_founded_receives_not_the_department_organising():
    assert _got("Sở Y tế tổ chức lễ kỷ niệm 20 năm thành lập Bệnh viện Đa khoa tỉnh Phú Thọ và đón nhận Huân "
                "chương Lao động hạng Nhì.") == \
        [("Bệnh viện Đa khoa tỉnh Phú Thọ", "collective", "Huân chương Lao động hạng Nhì")]


def test_a_local_unit_of_the_force_receives_on_the_forces_day():
    """A provincial unit of a force celebrates its force's day and receives its own award there."""
    assert _got("Sáng 12/8, Công an thành phố Cần Thơ tổ chức lễ kỷ niệm 75 năm ngày truyền thống của lực lượng "
                "Công an nhân dân và đón nhận Huân chương Chiến công hạng Ba.") == \
        [("Công an thành phố Cần Thơ", "collective", "Huân chương Chiến công hạng Ba")]
    assert _got("Chi cục Kiểm lâm tỉnh Lâm Đồng tổ chức lễ kỷ niệm 50 năm ngày truyền thống của lực lượng Kiểm lâm "
                "và đón nhận Cờ thi đua của Chính phủ.") == \
        [("Chi cục Kiểm lâm tỉnh Lâm Đồng", "collective", "Cờ thi đua của Chính phủ")]


def test_the_forces_national_body_leaves_the_award_to_the_force():
    assert _got("Cục Kiểm lâm tổ chức lễ kỷ niệm 50 năm ngày truyền thống của lực lượng Kiểm lâm và đón nhận Cờ thi "
                "đua của Chính phủ.") == [("lực lượng Kiểm lâm", "collective", "Cờ thi đua của Chính phủ")]


def test_local_unit_of():
    assert local_unit_of("Công an tỉnh Quảng Trị", "lực lượng Công an nhân dân")
    assert local_unit_of("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "Bộ đội Biên phòng")
    assert not local_unit_of("Cục Kiểm lâm", "lực lượng Kiểm lâm")
    assert not local_unit_of("Sở Y tế tỉnh Phú Thọ", "Bệnh viện Đa khoa tỉnh Phú Thọ")


def test_a_unit_named_in_full_is_no_force_of_the_organiser():
    """An owner with its own place level is a unit named in full, not a force: its anniversary gives it the award
    even when the organiser is a higher unit of the same branch (before: the organiser received it)."""
    assert _got("Hôm qua, Công an tỉnh Bình Định tổ chức lễ kỷ niệm 15 năm thành lập Công an xã Phước Sơn và đón "
                "nhận Cờ thi đua của Bộ Công an.") == \
        [("Công an xã Phước Sơn", "collective", "Cờ thi đua của Bộ Công an")]
    assert not local_unit_of("Công an tỉnh Bình Định", "Công an xã Phước Sơn")


def test_local_unit_written_with_the_forces_initialism():
    # "BĐBP" writes "Bộ đội Biên phòng" (initials of its syllables); matched either way round
    assert local_unit_of("Bộ Chỉ huy BĐBP tỉnh Cà Mau", "Bộ đội Biên phòng")
    assert local_unit_of("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau", "BĐBP")
    assert local_unit_of("CA huyện Đông Anh", "lực lượng Công an nhân dân")
    assert not local_unit_of("Cục CSGT", "lực lượng Cảnh sát giao thông")
    assert _got("Chiều 3/3, Bộ Chỉ huy BĐBP tỉnh Cà Mau tổ chức lễ kỷ niệm 60 năm Ngày truyền thống của Bộ đội "
                "Biên phòng và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì.") == \
        [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau", "collective", "Huân chương Bảo vệ Tổ quốc hạng Nhì")]


def test_its_own_anniversary_leaves_the_organiser():
    assert _got("Sáng 9/3, Công ty CP Sông Đà 9 tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao "
                "động hạng Ba.") == [("Công ty CP Sông Đà 9", "collective", "Huân chương Lao động hạng Ba")]
    assert _got("Chiều 2/9, Tổng công ty Sông Hồng tổ chức Lễ kỷ niệm 30 năm ngày thành lập Tổng công ty và đón "
                "nhận Huân chương Lao động hạng Nhất.") == \
        [("Tổng công ty Sông Hồng", "collective", "Huân chương Lao động hạng Nhất")]


def test_owner_span_after_the_day_and_before_the_dates():
    words = "A tổ chức kỷ niệm 60 năm ngày truyền thống của lực lượng B ( 1957 - 2017 ) và đón nhận".split()
    p = words.index("đón")
    assert anniversary_owner_span(words, 0, p) == (11, 14)  # "lực lượng B", words 11-13
    words = "A tổ chức lễ mừng 60 năm thành lập tỉnh B và đón nhận".split()
    assert anniversary_owner_span(words, 0, words.index("đón")) is None  # no "kỷ niệm"
