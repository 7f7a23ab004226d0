"""Session 15 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_a_drive_named_by_what_it_develops_is_read_after_its_head():
    g = facts_of("Chi hội đẩy mạnh phong trào thi đua phát triển hội viên mới ở các xã vùng cao.")
    assert g["campaigns"] == ["phát triển hội viên mới"]
    g = facts_of("Nhà máy duy trì phong trào phát huy sáng kiến cải tiến kỹ thuật, tiết kiệm vật tư.")
    assert g["campaigns"] == ["phát huy sáng kiến cải tiến kỹ thuật"]


def test_a_movement_that_itself_grew_gives_no_name():
    # "phát triển" then an adverb: the movement grew, it is not named
    assert facts_of("Năm nay phong trào thi đua phát triển mạnh, lan rộng ở các huyện.")["campaigns"] == []
    assert facts_of("Ở xã, phong trào phát triển đều khắp các thôn.")["campaigns"] == []
    # "phát" with another syllable opens no name
    assert facts_of("Tỉnh đoàn tổng kết phong trào phát động từ đầu năm ở các trường.")["campaigns"] == []
