"""A win one is only favoured for ("X sáng cửa giành …", "X rộng cửa đoạt …": the betting or the pundits' pick before
a vote or a final) was read as won: football award previews in bulk news gave the favourite the award.  Both words
are now words of wish (``wishes.txt``, conferral_cues._wished), as "hy vọng", "có thể" are.  Session 40; sentences
of our own wording."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of


def _awards(*lines) -> list:
    return sorted((a["recipient"], a["award"]) for a in facts_of(*lines)["awards"])


@pytest.mark.parametrize("sentence", [
    "Theo nhiều chuyên gia, tiền đạo Nguyễn Văn An đang sáng cửa giành Quả bóng vàng năm nay.",
    "Thủ môn Lê Văn Bình rộng cửa đoạt Quả bóng vàng nếu đội nhà thắng trận chung kết.",
    "Hậu vệ Trịnh Quốc Cường đang rộng cửa giành Quả bóng vàng sau mùa giải thành công.",
])
def test_a_favourite_is_no_winner(sentence):
    assert _awards(sentence) == []


def test_the_same_win_reported_stays_a_win():
    assert _awards("Tiền đạo Nguyễn Văn An đã giành Quả bóng vàng năm 2016.") == [("Nguyễn Văn An", "Quả bóng vàng")]
