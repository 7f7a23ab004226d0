"""An award named by its head and an ordinal alone ("HCV thứ ba", "huy chương vàng thứ 2") beside another award of
that head for the same recipient is that award counted again, no fact of its own (extractors.resolve._counted_again);
alone it stays, and told won after a verb ("Ngày 12, X giành HCV thứ hai") it is another medal and
stays. Sentences of our own wording; the expected facts read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(*lines: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", date=None,
                                      blocks=[Block(text=t) for t in lines]))
    return [(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_the_third_gold_beside_its_own_medal_is_counted_again():
    # fails before: ("Trần Văn Bình", "HCV thứ ba") was a second fact
    assert awards_of("Kình ngư Trần Văn Bình giành HCV nội dung 200m bơi ếch. Đây là HCV thứ ba của Bình tại giải.") \
        == [("Trần Văn Bình", "HCV nội dung 200m bơi ếch")]


def test_the_medal_written_in_full_and_by_its_abbreviation_is_one_head():
    assert awards_of("Trần Văn Bình giành HCV nội dung 200m bơi ếch. "
                     "Chiến thắng này là huy chương vàng thứ 2 của Trần Văn Bình.") == \
        [("Trần Văn Bình", "HCV nội dung 200m bơi ếch")]


def test_an_ordinal_medal_told_alone_stays():
    assert awards_of("Trần Văn Bình giành HCV thứ ba tại giải.") == [("Trần Văn Bình", "HCV thứ ba")]


def test_a_medal_of_another_metal_is_no_head_of_it():
    assert awards_of("Trần Văn Bình giành huy chương bạc nội dung 200m. Đây là HCV thứ ba của Bình tại giải.") == \
        [("Trần Văn Bình", "huy chương bạc nội dung 200m"), ("Trần Văn Bình", "HCV thứ ba")]


def test_a_second_gold_told_won_on_another_day_is_another_medal():
    # fails before the copula guard: the day-12 gold was dropped as the day-10 gold counted again, yet a multi-event
    # athlete's second gold won is a medal of its own (two golds, two awards)
    assert awards_of("Ngày 10, Nguyễn Thị Hoa giành HCV nội dung 100m bơi ngửa. "
                     "Ngày 12, Nguyễn Thị Hoa giành HCV thứ hai tại giải.") == \
        [("Nguyễn Thị Hoa", "HCV nội dung 100m bơi ngửa"), ("Nguyễn Thị Hoa", "HCV thứ hai")]


def test_the_ordinal_medal_after_a_copula_and_a_classifier_is_counted_again():
    assert awards_of("Trần Văn Bình giành HCV nội dung 50m. Đó là tấm HCV thứ hai của Trần Văn Bình.") == \
        [("Trần Văn Bình", "HCV nội dung 50m")]
