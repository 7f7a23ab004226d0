"""sovang_parenthesised_titles: a contest title noted in parentheses after a name (sentences written for these
tests; the expected facts are read off each sentence by hand)."""
from __future__ import annotations

import pytest

from tests.test_championships import awards_of


def test_titles_noted_after_guests_names():
    got = awards_of("Đêm diễn có sự góp mặt của Phạm Minh Châu (Quán quân Vietnam Idol Kids 2017), "
                    "Lê Bảo An (Á quân Đồ Rê Mí 2013) và nhiều ca sĩ nhí khác.")
    # the edition's year is the fact's year, not a word of the title
    assert ("Phạm Minh Châu", "Quán quân Vietnam Idol Kids", 2017) in got
    assert ("Lê Bảo An", "Á quân Đồ Rê Mí", 2013) in got


def test_title_without_year():
    assert awards_of("Khách mời là Nguyễn Thu Trang (Hoa hậu Biển Việt Nam).") == \
        [("Nguyễn Thu Trang", "Hoa hậu Biển Việt Nam", None)]


@pytest.mark.parametrize("text", [
    "Cuộc thi Miss World (Hoa hậu Thế giới) năm nay diễn ra tại Anh.",  # a translation: no name before it
    "Chị Phạm Thị Dung (Á hậu sinh năm 1995, ở huyện Bắc Quang) bị bắt.",  # no pageant named
    "Chị Phạm Thị Dung (Hoa hậu Việt Nam 2010 là đàn chị của cô) dự lễ.",  # more than the title in parentheses
])
def test_no_title_noted(text):
    assert awards_of(text) == []
