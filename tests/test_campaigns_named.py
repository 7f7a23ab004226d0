"""Named movements: lists after a plural head, short national names after a head, long ones anywhere
(``corpora/gazetteers/campaigns_named.txt``)."""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_list_after_plural_head_with_words_before_nhu():
    g = facts_of("Năm qua, các phong trào thi đua được triển khai rộng khắp như "
                 "giỏi việc nước đảm việc nhà, xanh sạch đẹp đường làng.")
    assert sorted(g["campaigns"]) == ["giỏi việc nước đảm việc nhà", "xanh sạch đẹp đường làng"]


def test_list_item_keeps_a_named_movement_with_its_comma():
    g = facts_of("Huyện đẩy mạnh các phong trào như chung tay vì người nghèo, không để ai bị bỏ lại phía sau, "
                 "xây dựng gia đình văn hóa.")
    assert sorted(g["campaigns"]) == ["chung tay vì người nghèo, không để ai bị bỏ lại phía sau", "xây dựng gia đình văn hóa"]


def test_short_national_name_only_right_after_a_head():
    g = facts_of("Cán bộ xã tích cực tham gia phong trào thi đua Dân vận khéo.")
    assert g["campaigns"] == ["Dân vận khéo"]
    # the law's general term for all emulation (Luật 06/2022/QH15, Điều 6) is no named movement
    assert facts_of("Cán bộ xã tích cực tham gia phong trào thi đua yêu nước.")["campaigns"] == []
    assert facts_of("Các em học sinh thể hiện lòng yêu nước qua bài hát.")["campaigns"] == []


def test_long_national_name_without_a_head():
    g = facts_of("Sở tuyên dương 12 điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024.")
    assert g["campaigns"] == ["học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]
