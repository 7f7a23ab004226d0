"""Session 15 (mend P): a community's head and a plant's staff in their positions (sentences of our own)."""
from __future__ import annotations

from extractors.components.persons import after_community_level
from tests.test_extractors import facts_of


def _officials(*lines):
    return {(o["name"], o["position"], o["unit"]) for o in facts_of(*lines)["officials"]}


def test_the_name_after_a_village_head_s_title_is_the_village():
    """Before: "Hồng Phúc" was an official "trưởng thôn" and Phạm Văn Khải had no position."""
    g = facts_of("Ông Phạm Văn Khải, trưởng thôn Hồng Phúc, xã Yên Lạc được UBND huyện tặng Giấy khen.")
    assert {(o["name"], o["position"], o["unit"]) for o in g["officials"]} == {("Phạm Văn Khải", "trưởng thôn", "")}
    assert {a["recipient"] for a in g["awards"]} == {"Phạm Văn Khải"}


def test_a_holder_s_full_name_after_the_title_stays_a_person():
    assert _officials("Trưởng ấp Đinh Văn Lượm kể lại chuyện cũ.") == {("Đinh Văn Lượm", "Trưởng ấp", "")}
    # a hamlet named like a unit is no unit of the title
    assert _officials("Bà Lý Thị Hoa, trưởng bản Nông Trường nói rằng năm nay mùa màng tốt.") == \
        {("Lý Thị Hoa", "trưởng bản", "")}


def test_after_community_level():
    words = ["tổ", "trưởng", "tổ", "dân", "phố", "Hòa", "Bình", "thành", "phố", "Vinh"]
    assert after_community_level(words, 5)  # "tổ dân phố | Hòa Bình"
    assert not after_community_level(words, 9)  # "thành phố | Vinh": a city, no community


def test_a_foreman_s_title():
    """Before: no position."""
    assert _officials("Anh Võ Văn Đức, quản đốc Nhà máy Gạch Tuynel Đồng Xoài, cho biết lò nung chạy suốt đêm.") \
        == {("Võ Văn Đức", "quản đốc", "Nhà máy Gạch Tuynel Đồng Xoài")}


def test_a_plant_whose_director_is_named_is_a_unit():
    """Before: the official's unit was not in the document's units."""
    g = facts_of("Ông Đặng Quốc Bảo, Giám đốc Nhà máy Đường Sơn La, cho biết vụ ép năm nay kéo dài.")
    assert g["units"] == ["Nhà máy Đường Sơn La"]
    assert [(o["position"], o["unit"]) for o in g["officials"]] == [("Giám đốc", "Nhà máy Đường Sơn La")]
    # a plant only built or visited stays a site
    assert facts_of("Tỉnh vừa khởi công Nhà máy Đường Sơn La tại huyện Mai Sơn.")["units"] == []
