"""Every prefix of a few sentences, cut after each token, extracts without raising: guards index errors
when a document ends inside a unit's name, a recipient list or a title."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of

FUZZ = [
    "Chiều 5/3, Chủ tịch UBND huyện Yên Thành Lê Văn Cường trao tặng giấy khen cho em Lê Văn Tài và 2 bạn.",
    "Anh Ngô Minh Đạt được Tỉnh đoàn tặng bằng khen; chị Lý Thu Hà nhận Huy hiệu Tuổi trẻ dũng cảm (2021).",
    "Trường đã được tặng các phần thưởng như: Huân chương Lao động hạng Ba (1998); Huân chương Độc lập hạng Ba.",
    "Có 2 người được trao huân chương. Thứ nhất là ông Đỗ Văn Nam. Người thứ hai là bà Cao Thị Lan.",
    "Bộ trưởng trao Cờ thi đua cho: Sở Tư pháp tỉnh Bình Định; Công an tỉnh Bình Định gồm 25 cá nhân.",
    "Đoàn viên Trường Cao đẳng nghề tỉnh Lâm Đồng nhận Bằng khen của Đại học Quốc gia",
    "Ông Phan Đức Lợi - chánh Văn phòng HĐND tỉnh",
    "Tập thể Cty TNHH Minh Phát (MPC) đã đóng góp nhiều cho Cty",
]


@pytest.mark.parametrize("sentence", FUZZ)
def test_every_prefix_extracts_without_raising(sentence):
    words = sentence.split()
    for i in range(1, len(words) + 1):
        facts_of(" ".join(words[:i]))
