"""Officials' names and positions (session 32). Sentences written for these tests; every expected value worked out
by hand from the annotation guidelines and the annotated sets' conventions."""
from __future__ import annotations

from tests.test_extractors import official_names as names, positions_and_units as positions


def test_a_run_opened_by_a_foreign_article_is_no_person():
    # Spanish, Italian and German articles before a foreign word: a nickname, a brand, a magazine (foreign_articles.txt)
    assert names("Tạp chí Đức Der Spiegel đăng bài về ông Trump.") == ["Trump"]
    assert names("Người mẫu Gigi Hadid diễn cho nhà mốt La Perla tối qua.") == ["Gigi Hadid"]
    assert names("Siêu sao Lionel Messi ghi bàn. El Pulga đã có 40 bàn mùa này.") == ["Lionel Messi"]


def test_la_the_vietnamese_surname_still_opens_a_name():
    # "La" before Vietnamese syllables is the surname
    assert names("Bà La Thị Hằng và ông La Văn Cầu dự lễ kỷ niệm.") == ["La Thị Hằng", "La Văn Cầu"]
