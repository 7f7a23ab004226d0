"""The copula cue ("X là <award>") read an aim as a conferral: "X phấn đấu là Tập thể lao động xuất sắc", "Chỉ tiêu
đề ra cho X là Cờ thi đua …" gave the award as received, while the same aim with a winning verb ("phấn đấu đạt")
gave none.  The words of wish or aim (``wishes.txt``, conferral_cues._wished) now govern the copula as they govern
the winning verbs.  Found by the reviewer of session 20; sentences of our own wording."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of


def _awards(*lines) -> list:
    return sorted((a["recipient"], a["award"], a["status"]) for a in facts_of(*lines)["awards"])


@pytest.mark.parametrize("sentence", [
    "Năm nay, Phòng Nội vụ huyện Kỳ Anh đăng ký là Tập thể lao động xuất sắc.",
    "Trường Tiểu học Hòa Bình phấn đấu là Tập thể lao động xuất sắc.",
    "Trường Tiểu học Hòa Bình hướng tới là Tập thể lao động xuất sắc năm học tới.",
    "Chỉ tiêu đề ra cho Đoàn Thanh niên xã Cẩm Bình là Cờ thi đua của Tỉnh đoàn.",
])
def test_an_aim_before_the_copula_is_no_award(sentence):
    assert _awards(sentence) == []


def test_the_copula_without_an_aim_still_names_the_award():
    assert _awards("Trường Tiểu học Hòa Bình là Tập thể lao động xuất sắc năm học 2023-2024.") == [
        ("Trường Tiểu học Hòa Bình", "Tập thể lao động xuất sắc", "conferred")]


def test_the_aim_words_are_data():
    from extractors.components.conferral_cues import WISHES
    assert {"phấn đấu", "chỉ tiêu", "đăng ký", "hướng tới", "quyết tâm"} <= set(WISHES)


@pytest.mark.parametrize("sentence, recipient, award", [
    ("Năm học vừa qua, Trường Tiểu học Hòa Bình đăng ký thi đua và đã đạt danh hiệu Tập thể lao động xuất sắc.",
     "Trường Tiểu học Hòa Bình", "Tập thể lao động xuất sắc"),
    ("Hoàn thành vượt chỉ tiêu năm 2024, Phòng Nội vụ huyện Kỳ Anh đạt danh hiệu Tập thể lao động xuất sắc.",
     "Phòng Nội vụ huyện Kỳ Anh", "Tập thể lao động xuất sắc"),
    ("Trường Tiểu học Hòa Bình vượt mọi chỉ tiêu năm học và là Tập thể lao động xuất sắc năm 2024.",
     "Trường Tiểu học Hòa Bình", "Tập thể lao động xuất sắc"),
    ("Qua nhiều năm phấn đấu, Trần Văn Bình đã trở thành Nghệ sĩ Nhân dân.", "Trần Văn Bình", "Nghệ sĩ Nhân dân"),
])
def test_an_aim_in_another_clause_leaves_the_award(sentence, recipient, award):
    """The aim must govern the award's own verb: a comma, or "và" opening the verb's clause, ends the aim's clause
    ("đăng ký thi đua và đã đạt …": registered, then won; review 22, finding 2)."""
    assert _awards(sentence) == [(recipient, award, "conferred")]


def test_an_aim_before_a_listed_subject_still_governs_its_verb():
    """The commas of the subject's own list end no clause: "hy vọng A, B giành HCV" is still an aim."""
    assert _awards("Ban huấn luyện hy vọng Nguyễn Văn An, Trần Văn Bình giành huy chương vàng môn cờ vua.") == []


@pytest.mark.parametrize("sentence", [
    "Đội tuyển Việt Nam quyết tâm, nỗ lực hết mình để giành HCV SEA Games 33.",
    "U22 Việt Nam đặt mục tiêu vượt qua vòng bảng, sau đó giành HCV SEA Games 32.",
    "Đội tuyển nữ Việt Nam đặt mục tiêu bảo vệ thành công và giành thêm HCV SEA Games 33.",
])
def test_a_comma_or_va_before_a_purpose_or_a_bare_verb_stays_in_the_aim(sentence):
    """A comma or "và" ends the aim's clause only before a new subject, a past marker or a copula
    (conferral_cues._clause_start, aim_clauses.txt; review of session 22, finding 5)."""
    assert _awards(sentence) == []


def test_a_past_marker_after_the_comma_reports_the_win():
    assert _awards("Đội tuyển Việt Nam đặt mục tiêu vào chung kết, đã giành HCV SEA Games 31.") == [
        ("Đội tuyển Việt Nam", "HCV SEA Games 31", "conferred")]


@pytest.mark.parametrize("sentence, recipient, award", [
    ("Năm học 2022-2023, Trường Mầm non Hoa Sen đăng ký thi đua và đạt danh hiệu Tập thể lao động xuất sắc.",
     "Trường Mầm non Hoa Sen", "Tập thể lao động xuất sắc"),
    ("Năm 2022, Hợp tác xã Thành Công phấn đấu vượt kế hoạch, giành Cờ thi đua của Chính phủ.",
     "Hợp tác xã Thành Công", "Cờ thi đua của Chính phủ"),
])
def test_the_verb_coordinated_after_an_effort_reports_its_outcome(sentence, recipient, award):
    """An effort or a registration ("đăng ký thi đua", "phấn đấu": aim_clauses.txt "# Efforts") governs no verb
    coordinated after it by "và" or a comma: registered (strove), then won (review of session 23, finding 1)."""
    assert _awards(sentence) == [(recipient, award, "conferred")]


@pytest.mark.parametrize("sentence", [
    "Trường Mầm non Hoa Sen phấn đấu vượt kế hoạch để đạt danh hiệu Tập thể lao động xuất sắc.",
    "Hợp tác xã Thành Công quyết tâm phấn đấu vượt kế hoạch, giành Cờ thi đua của Chính phủ.",
    "Trường Mầm non Hoa Sen đăng ký thi đua, sau đó đạt danh hiệu Tập thể lao động xuất sắc.",
])
def test_an_effort_still_aims_through_a_purpose_a_later_step_or_a_goal(sentence):
    """A purpose ("để"), a later step ("sau đó") or a goal word before the effort ("quyết tâm phấn đấu") keeps
    the coordinated verb in the aim: no award."""
    assert _awards(sentence) == []
