"""A person put on a nomination list ("X lọt vào danh sách đề cử <award>", "nằm trong / có tên trong danh sách đề cử")
is proposed for the award (triggers.tsv, receive cues of a nomination list; eval GUIDELINES: status proposed when the
text only nominates). Held-out h3 and bulk news, session 42. Sentences and names of our own wording; facts computed by
hand."""
from __future__ import annotations

import pytest

from tests.test_extractors import facts_of

CASES = [
    ("Ca sĩ Lâm Thị Tú lọt vào danh sách đề cử Nghệ sĩ Ưu tú năm nay.",
     ("Lâm Thị Tú", "Nghệ sĩ Ưu tú", None)),
    ("Năm 2016, diễn viên Đào Văn Khương nằm trong danh sách đề cử giải Oscar cho vai diễn trong phim Mùa thu.",
     ("Đào Văn Khương", "giải Oscar", 2016)),
    ("Nhạc sĩ Hồ Văn Lâm có tên trong danh sách đề cử Nghệ sĩ Nhân dân lần này.",
     ("Hồ Văn Lâm", "Nghệ sĩ Nhân dân", None)),
]


@pytest.mark.parametrize("line,fact", CASES)
def test_a_nominee_is_proposed(line, fact):
    assert [(a["recipient"], a["award"], a["year"], a["status"]) for a in facts_of(line)["awards"]] == \
        [fact + ("proposed",)]


def test_a_list_without_an_award_gives_no_fact():
    assert facts_of("Ca sĩ Lâm Thị Tú lọt vào danh sách đề cử.")["awards"] == []
