"""Session 40: a foreign paper named by its city ("… Post", "… Times") after a classifier ("tờ") keeps the city as
the first words of its name (collectives._city_named); a country written in Vietnamese before the paper stays the
paper's country, out of its name. Sentences written for these tests; values worked out by hand: before the rule
the city was read as the paper's country and dropped ("Post", "Times")."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_foreign_city_opens_the_papers_name():
    assert unit_names("Theo tờ Dubai Times, khách sạn mới sẽ mở cửa vào tháng sau.") == ["Dubai Times"]
    assert unit_names("Bài viết được đăng trên tờ Los Angeles Daily News hôm thứ Hai.") == ["Los Angeles Daily News"]


def test_a_country_in_vietnamese_is_the_papers_country():
    # "Anh" is a Vietnamese word: the country the paper is of, not part of its name
    assert unit_names("Theo tờ Anh Daily Star, cầu thủ này sắp rời câu lạc bộ.") == ["Daily Star"]
    # a name of its own after a foreign city: the city is the place the paper is of
    assert unit_names("Theo tờ New York Gothamist, cửa hàng đã đóng cửa.") == ["Gothamist"]
