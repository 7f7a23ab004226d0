"""Session 15 of campaign extraction: one test per kind fixed (see the commit messages).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_a_drive_named_by_what_it_develops_is_read_after_its_head():
    g = facts_of("Chi hội đẩy mạnh phong trào thi đua phát triển hội viên mới ở các xã vùng cao.")
    assert g["campaigns"] == ["phát triển hội viên mới"]
    g = facts_of("Nhà máy duy trì phong trào thi đua phát huy sáng kiến cải tiến kỹ thuật, tiết kiệm vật tư.")
    assert g["campaigns"] == ["phát huy sáng kiến cải tiến kỹ thuật"]


def test_a_movement_that_itself_grew_gives_no_name():
    # "phát triển" then an adverb: the movement grew, it is not named
    assert facts_of("Năm nay phong trào thi đua phát triển mạnh, lan rộng ở các huyện.")["campaigns"] == []
    assert facts_of("Ở xã, phong trào phát triển đều khắp các thôn.")["campaigns"] == []
    # "phát" with another syllable opens no name
    assert facts_of("Tỉnh đoàn tổng kết phong trào phát động từ đầu năm ở các trường.")["campaigns"] == []


def test_growth_verbs_after_a_bare_movement_tell_what_it_did():
    # after a bare "phong trào" (no "thi đua", no "cuộc vận động") "phát triển"/"phát huy" open no name,
    # whatever word follows: the list of growth words need not hold it
    for text in ("Mấy năm gần đây phong trào phát triển rầm rộ ở khắp các xã ven biển.",
                 "Nhờ có vốn vay, phong trào phát triển vượt bậc so với trước.",
                 "Ban chỉ đạo nhận xét phong trào phát triển cả về chiều rộng lẫn chiều sâu.",
                 "Chi hội chú trọng phong trào phát huy vai trò của phụ nữ trong gia đình."):
        assert facts_of(text)["campaigns"] == [], text
    # a drive's head keeps the name
    g = facts_of("Huyện đoàn mở cuộc vận động phát triển đoàn viên mới ở các thôn bản.")
    assert g["campaigns"] == ["phát triển đoàn viên mới"]


def test_growth_verbs_before_a_quote_leave_it_no_aim():
    # the words between a bare "phong trào" and a quote open with "phát triển": not a drive's aim
    g = facts_of("Tại hội nghị, phong trào phát triển vượt bậc “Theo lời ông Bình” được nhắc lại nhiều lần.")
    assert g["campaigns"] == []
