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
