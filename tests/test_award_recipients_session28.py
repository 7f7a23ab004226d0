"""Session 28 of award precision and recall on real news: kinds of wrong or missed award facts.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_a_given_name_opening_a_unit_head_is_no_person():
    """"… cho Trung tâm cứu hộ …": "Trung" ends the name "Lê Văn Trung" written later, but "Trung tâm" is a unit
    head (unit_types.tsv); the certificate went to no "Lê Văn Trung" (before: one spurious fact, his)."""
    g = facts_of("Ngày 5/3, UBND tỉnh Bình Định đã trao tặng Bằng khen cho Trung tâm cứu hộ biển số hai vì đã cứu "
                 "12 ngư dân.",
                 "Trên tàu có ngư dân Lê Văn Trung (30 tuổi).")
    assert "Lê Văn Trung" not in {a["recipient"] for a in g["awards"]}
    assert "Lê Văn Trung" in {o["name"] for o in g["officials"]}


def test_a_given_name_before_a_lower_case_word_is_still_the_person():
    """The guard is the unit head only: "… cho Trung vì …" still names "Lê Văn Trung" by his given name."""
    g = facts_of("Ngư dân Lê Văn Trung đã cứu 12 người.",
                 "Ngày 5/3, UBND tỉnh Bình Định đã trao tặng Bằng khen cho Trung vì đã cứu 12 ngư dân.")
    assert people(g) == {("Lê Văn Trung", "Bằng khen của UBND tỉnh Bình Định")}


def test_what_follows_ve_viec_after_cho_is_the_reason():
    """"… cho Trung tâm … về việc đã điều tàu SAR 2712 …": the ship the centre sent is in the reason ("về việc"),
    no recipient; the centre, written with lower-case words after its head, is no unit the finder names, so no
    fact at all (before: "tàu SAR 2712" received the certificate)."""
    g = facts_of("Ngày 5/3, UBND tỉnh Bình Định đã trao tặng Bằng khen cho Trung tâm cứu hộ cứu nạn II về việc đã "
                 "điều tàu SAR 2712 kịp thời cứu 12 ngư dân.")
    assert "tàu SAR 2712" not in {a["recipient"] for a in g["awards"]}
    g = facts_of("Ngày 5/3, UBND tỉnh Bình Định đã trao tặng Bằng khen cho ông Trần Văn Nam về việc đã cứu 12 ngư "
                 "dân trên tàu cá BĐ 90123.")
    assert people(g) == {("Trần Văn Nam", "Bằng khen của UBND tỉnh Bình Định")}


def test_a_newly_appointed_title_stands_for_the_appointee():
    """"Tân Giám đốc Sở Y tế từng được tặng …": "tân" and a title with no name after it (nor after its body) is the
    person the story appoints, the last one named before; before, no fact."""
    g = facts_of("Ngày 3/6, UBND tỉnh Hà Nam công bố quyết định bổ nhiệm bác sĩ Trần Văn Khải giữ chức Giám đốc Sở "
                 "Y tế tỉnh Hà Nam.",
                 "Tân Giám đốc Sở Y tế từng được tặng Bằng khen của Bộ trưởng Bộ Y tế năm 2014.")
    assert people(g) == {("Trần Văn Khải", "Bằng khen của Bộ trưởng Bộ Y tế")}
    assert g["awards"][0]["year"] == 2014


def test_a_newly_appointed_title_after_a_fronted_phrase_with_several_awards():
    """"Đặc biệt, tân Phó Giám đốc bệnh viện X là …, được tặng A (năm 2012) và là B năm 2017": the appointee
    receives both; the year of each is its own."""
    g = facts_of("Bộ Y tế bổ nhiệm bác sĩ Lê Thị Hoa làm Phó Giám đốc bệnh viện Đa khoa tỉnh Phú Thọ.",
                 "Đặc biệt, tân Phó Giám đốc bệnh viện Đa khoa tỉnh Phú Thọ được tặng Bằng khen của Thủ tướng Chính "
                 "phủ (năm 2012) và là Thầy thuốc Ưu tú năm 2017.")
    got = {(a["recipient"], a["award"], a["year"]) for a in g["awards"]}
    assert got == {("Lê Thị Hoa", "Bằng khen của Thủ tướng Chính phủ", 2012), ("Lê Thị Hoa", "Thầy thuốc Ưu tú", 2017)}


def test_a_newly_appointed_title_with_its_name_is_that_name():
    """"Tân Giám đốc Sở Y tế Lê Văn Bình được tặng …": the name after the title is the subject, not the person
    named before."""
    g = facts_of("Ông Trần Văn Khải chúc mừng.",
                 "Tân Giám đốc Sở Y tế Lê Văn Bình từng được tặng Bằng khen của Bộ trưởng Bộ Y tế năm 2014.")
    assert {a["recipient"] for a in g["awards"]} == {"Lê Văn Bình"}


def test_a_future_year_dates_no_document():
    """A year of a future act ("sẽ hoàn thành … vào năm 2021", engine.FUTURE) is no year of the story: the award of
    a sentence without a year takes the story's year of a past act (2019), not the later plan's (before: 2021, the
    later year winning the tie)."""
    g = facts_of("Chiều 22/2, Công ty Sữa Hồng Hà đón nhận Huân chương Lao động hạng Ba.",
                 "Doanh thu của công ty năm 2019 đạt 300 tỉ đồng.",
                 "Công ty sẽ hoàn thành nhà máy thứ hai với công suất 100.000 tấn vào năm 2021.")
    assert [(a["recipient"], a["year"]) for a in g["awards"]] == [("Công ty Sữa Hồng Hà", 2019)]
    g = facts_of("Chiều 22/2, Công ty Sữa Hồng Hà đón nhận Huân chương Lao động hạng Ba.",
                 "Doanh thu của công ty năm 2019 đạt 300 tỉ đồng, năm 2021 đạt 500 tỉ đồng.")
    assert [a["year"] for a in g["awards"]] == [2021]  # (no future: the later year of the tie)


def test_a_part_of_what_the_clause_before_counted_is_its_subjects():
    """"Ông A được trao tặng gần 15 huân chương …; trong đó có hai Giải thưởng Hồ Chí Minh": the clause after ";"
    opening "trong đó có" names a part of what A received (PART_OPENERS); before, the prize had no recipient."""
    g = facts_of("Ông Trần Văn Hòa được trao tặng gần 15 huân chương, huy chương các loại; trong đó có hai Giải thưởng "
                 "Hồ Chí Minh.")
    assert ("Trần Văn Hòa", "Giải thưởng Hồ Chí Minh") in people(g)
    g = facts_of("Ông Trần Văn Hòa được trao tặng Huân chương Lao động hạng Ba; bà Lê Thị Lan nhận Bằng khen của Thủ "
                 "tướng.")
    assert people(g) == {("Trần Văn Hòa", "Huân chương Lao động hạng Ba"), ("Lê Thị Lan", "Bằng khen của Thủ tướng")}


def test_the_young_doctors_award_with_its_level():
    """"là thầy thuốc trẻ tiêu biểu toàn quốc năm 2008" (awards.tsv: the Youth Union's "Thầy thuốc trẻ Việt Nam tiêu
    biểu", its level after it): a fact of 2008, its name opening with a capital as facts do."""
    g = facts_of("Bác sĩ Nguyễn Văn Tâm là thầy thuốc trẻ tiêu biểu toàn quốc năm 2008.")
    assert {(a["recipient"], a["award"], a["year"]) for a in g["awards"]} == \
        {("Nguyễn Văn Tâm", "Thầy thuốc trẻ tiêu biểu toàn quốc", 2008)}
