"""A sentence telling awards as a record, received again and again over the years ("nhiều lần được trao tặng huân
chương, bằng khen", "Nhiều năm liền, … nhận bằng khen …", "được tặng nhiều Huân chương Lao động, Cờ thi đua"), writes
no award of one year: when it writes no year of its own, the story's year does not date it (year None;
extractors.engine._told_as_record, corpora/gazetteers/repeated_award_cues.txt).  A sentence reporting one award in
the same story keeps the story's year.  Sentences of our own wording; the expected facts read off each by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of


def _years(*lines: str) -> dict:
    return {(a["recipient"], a["award"]): a["year"] for a in facts_of(*lines)["awards"]}


STORY = "Năm 2017, Hợp tác xã Tân Phong đạt doanh thu 20 tỷ đồng, tăng 10% so với năm trước."


def test_an_award_received_many_times_takes_no_year_from_the_story():
    assert _years(STORY, "Ông Lê Văn Tâm nhiều lần được trao tặng huân chương, bằng khen.") == {
        ("Lê Văn Tâm", "Huân chương"): None, ("Lê Văn Tâm", "Bằng khen"): None}


def test_a_fronted_many_years_running_reaches_the_clause_after_its_comma():
    assert _years(STORY, "Nhiều năm liền, ông Lê Văn Tâm nhận được Bằng khen của Chủ tịch UBND tỉnh.") == {
        ("Lê Văn Tâm", "Bằng khen của Chủ tịch UBND tỉnh"): None}


def test_many_awards_listed_after_nhieu_take_no_year():
    got = _years(STORY, "Hợp tác xã Tân Phong đã được Nhà nước trao tặng nhiều Huân chương Lao động, Cờ thi đua "
                        "của Chính phủ.")
    assert got == {("Hợp tác xã Tân Phong", "Huân chương Lao động"): None,
                   ("Hợp tác xã Tân Phong", "Cờ thi đua của Chính phủ"): None}


def test_one_award_of_the_story_keeps_its_year():
    # no cue in the award's clause: "nhiều" before a comma and a clause of its own verb is another clause's
    assert _years(STORY, "Với nhiều đóng góp, ông Lê Văn Tâm được tặng Bằng khen của Chủ tịch UBND tỉnh.") == {
        ("Lê Văn Tâm", "Bằng khen của Chủ tịch UBND tỉnh"): 2017}


def test_a_year_the_sentence_writes_still_dates_a_repeated_award():
    assert _years(STORY, "Ông Lê Văn Tâm nhiều lần được tặng Bằng khen, gần nhất là năm 2015.") == {
        ("Lê Văn Tâm", "Bằng khen"): 2015}


def test_a_cue_of_another_doing_before_a_joined_award_keeps_the_story_year():
    # "nhiều lần" repeats the visits; the award is a second predicate joined by "và" (engine.AND_PREDICATE)
    assert _years(STORY, "Ông Lê Văn Tâm đã nhiều lần đến thăm hợp tác xã và được tặng Bằng khen của Chủ tịch UBND "
                         "tỉnh.") == {("Lê Văn Tâm", "Bằng khen của Chủ tịch UBND tỉnh"): 2017}


def test_a_repeated_award_joined_to_another_award_stays_a_record():
    # the cue's own verb is a verb of receiving ("được tặng"): both awards are of the record
    assert _years(STORY, "Ông Lê Văn Tâm nhiều lần được tặng Bằng khen và được tặng Giấy khen của huyện.") == {
        ("Lê Văn Tâm", "Bằng khen"): None, ("Lê Văn Tâm", "Giấy khen"): None}
