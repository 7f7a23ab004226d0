"""Units on news, session 8: kinds of faults seen on the held-out news sets (``extractors/components/units.py``).
Every sentence here was written for these tests; the expected units are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def units(*lines) -> set:
    return set(facts_of(*lines)["units"])


# --- a sub-unit's field closes in lower case, its parent follows without a link ---------------------------

def test_sub_unit_field_then_parent_is_one_unit():
    # "cán bộ", "cấp cứu": two-syllable dictionary words closing the field; "Sở", "Bệnh viện" open the parent
    assert units("Ông Lê Văn Tâm, Phó Trưởng phòng Tổ chức cán bộ Sở Y tế tỉnh Nam Định, phát biểu.") == \
        {"phòng Tổ chức cán bộ Sở Y tế tỉnh Nam Định"}
    assert units("Bác sĩ Trần Thu Hà, khoa Hồi sức cấp cứu Bệnh viện Đa khoa tỉnh Thái Bình, cho biết.") == \
        {"khoa Hồi sức cấp cứu Bệnh viện Đa khoa tỉnh Thái Bình"}


def test_parent_of_a_lower_rank_is_not_joined():
    # HEAD_RANKS: a "Phòng" is no sub-unit of a "Đội"; the run stops where it did before
    got = units("Ông Lê Văn Tâm, Trưởng phòng Tổ chức cán bộ Đội Cảnh sát giao thông, phát biểu.")
    assert "phòng Tổ chức cán bộ Đội Cảnh sát giao thông" not in got


def test_verb_between_body_and_next_body_is_not_joined():
    # "phối hợp" is a verb (VERBISH): a clause, not a field
    got = units("Phòng Cảnh sát kinh tế phối hợp Công an huyện Gia Lâm điều tra vụ việc.")
    assert not any(u.startswith("Phòng Cảnh sát kinh tế phối hợp") for u in got)


# --- the police written in lower case before its district or province ------------------------------------

def test_lower_case_police_with_a_place():
    assert units("Ông Nguyễn Văn Bình bị công an huyện Chợ Lách bắt giữ.") == {"công an huyện Chợ Lách"}
    assert units("Ông Phạm Văn Hòa đề nghị công an Quảng Bình điều tra vụ việc.") == {"công an Quảng Bình"}


def test_lower_case_police_without_a_place_is_no_unit():
    assert units("Người dân đã báo công an và chính quyền địa phương.") == set()


# --- an army unit named by its arm in lower case and its number -------------------------------------------

def test_army_unit_by_arm_and_number():
    assert units("Ông Lê Văn An là phi công của Lữ đoàn không quân 918.") == {"Lữ đoàn không quân 918"}
    assert units("Anh Trần Văn Bình từng bay ở trung đoàn không quân hỗn hợp số 37.") == \
        {"trung đoàn không quân hỗn hợp số 37"}


def test_army_arm_before_a_count_is_no_unit():
    assert units("Trung đoàn bộ binh có 30 người tham gia.") == set()


# --- a board named only by what it does, with nothing after it ----------------------------------------------

def test_bare_organising_board_is_no_unit():
    assert units("Nhân dịp này, Ban Tổ chức đã tặng quà tri ân các gia đình chính sách.") == set()
    assert units("Ban Quản lý đã họp với các doanh nghiệp.") == set()


def test_board_with_its_parent_stays():
    assert units("Ông Lê Văn An, Trưởng Ban Tổ chức Tỉnh ủy Nam Định, phát biểu.") == {"Ban Tổ chức Tỉnh ủy Nam Định"}


# --- an acronym or code in parentheses inside a name that goes on after it ----------------------------------

def test_name_goes_on_after_its_acronym():
    assert units("Ông Lê Văn An, Trưởng phòng Cảnh sát hình sự (PC 02) Công an TP. Hải Phòng, cho biết.") == \
        {"phòng Cảnh sát hình sự (PC 02) Công an TP. Hải Phòng"}


def test_own_acronym_inside_a_name_is_left_out():
    # the parenthesis holds the initials of the words before it: the name is written without it
    assert units("Lễ tuyên dương do Hội đồng Thi đua-Khen thưởng (TĐ-KT) Trung ương tổ chức.") == \
        {"Hội đồng Thi đua-Khen thưởng Trung ương"}
    assert units("Huyện trao máy phát sóng cho Đài Truyền thanh - Truyền hình (TT-TH) huyện Nam Đàn.") == \
        {"Đài Truyền thanh – Truyền hình huyện Nam Đàn"}
    assert units("Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Nam Định vừa ban hành kế hoạch.") == \
        {"Sở Giáo dục và Đào tạo tỉnh Nam Định"}


def test_acronym_closing_a_name_stays_apart():
    assert units("Bộ Giáo dục và Đào tạo (GD&ĐT) vừa ban hành thông tư.") == {"Bộ Giáo dục và Đào tạo"}


# --- lower-case words after an acronym that closes the name open the predicate ------------------------------

def test_verb_after_an_acronym_is_not_part_of_the_name():
    assert units("Quy định được cổng thông tin của bộ GD & ĐT đăng tải.") == {"bộ GD & ĐT"}


def test_legal_form_acronym_keeps_its_field():
    assert units("Ông Trần Văn Hải làm việc ở Công ty TNHH thương mại, dịch vụ.") == {"Công ty TNHH thương mại"}
