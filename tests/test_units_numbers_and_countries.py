"""Units and persons, round 4: kinds of faults seen on both held-out news sets and on unannotated news
(``extractors/components/units.py``, ``corpora/gazetteers/places.txt``). Every sentence here was written for
these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


# --- a lower-case field closed by the unit's number ------------------------------------------------------

def test_lower_case_field_then_number_is_one_name():
    g = facts_of("Năm 1975, Lữ đoàn Công binh vận tải 299 (nay thuộc Quân khu 5) được thành lập.")
    assert "Lữ đoàn Công binh vận tải 299" in g["units"]
    assert "Lữ đoàn Công binh" not in g["units"]


def test_a_count_after_a_verb_is_no_number_of_the_body():
    g = facts_of("Sở Y tế kiểm tra 12 cơ sở trong tháng.")
    assert g["units"] == ["Sở Y tế"]


# --- a country written between a title and a foreign name ------------------------------------------------

def test_country_between_title_and_foreign_name_goes_to_the_title():
    g = facts_of("Tổng thống Nam Phi Jacob Zuma tiếp đoàn đại biểu.")
    names = [o["name"] for o in g["officials"]]
    assert "Jacob Zuma" in names and "Nam Phi Jacob Zuma" not in names


def test_country_of_two_syllables_before_a_name_of_three():
    g = facts_of("Hôm qua, Thủ tướng Ba Lan Mateusz Jan Morawiecki phát biểu.")
    names = [o["name"] for o in g["officials"]]
    assert "Mateusz Jan Morawiecki" in names


# --- a given name that is also the first syllable of a common word ----------------------------------------

def test_given_name_before_a_word_it_could_start_stays_in_the_name():
    g = facts_of("Sáng nay, ông Phạm Văn Thành ra sân bay đón đoàn.")
    assert [o["name"] for o in g["officials"]] == ["Phạm Văn Thành"]


def test_two_syllable_given_name_starting_with_a_common_word():
    g = facts_of("Bà Trần Thị Quyết Tâm phát biểu tại buổi lễ.")
    assert [o["name"] for o in g["officials"]] == ["Trần Thị Quyết Tâm"]


def test_a_name_before_a_city_still_ends_at_the_city():
    g = facts_of("Ông Lê Văn Bình Thành phố Huế cho biết.")
    assert [o["name"] for o in g["officials"]] == ["Lê Văn Bình"]


# --- companies and their groups stay apart (joining them, tried in session 3, lost facts on blind held-out news)

def test_companies_in_a_comma_list_stay_apart():
    g = facts_of("Tặng quà cho Công ty Sông Đà 7, Tập đoàn Viettel, Tổng công ty Bưu điện Việt Nam.")
    assert "Công ty Sông Đà 7" in g["units"] and "Tập đoàn Viettel" in g["units"]


def test_a_group_is_no_member_of_a_company():
    g = facts_of("Đại diện Tập đoàn Hòa Phát, Công ty Thép Miền Nam đã phát biểu.")
    assert not any("," in u for u in g["units"])


# --- a listed body that already ends with its province is not the sub-unit of the next one -------------------

def test_department_with_its_province_then_a_district_committee_are_two_units():
    g = facts_of("Giấy khen được trao cho Sở GD&ĐT Nghệ An, UBND huyện Nam Đàn và nhà trường.")
    assert "Sở GD&ĐT Nghệ An" in g["units"] and "UBND huyện Nam Đàn" in g["units"]


def test_office_without_a_place_still_joins_its_department():
    g = facts_of("Bà Hoa, Phòng Kế hoạch, Sở Y tế Nghệ An, đã phát biểu.")
    assert "Phòng Kế hoạch, Sở Y tế Nghệ An" in g["units"]


# --- a name printed twice in a row ----------------------------------------------------------------------

def test_a_name_printed_twice_is_written_once():
    g = facts_of("Lễ khánh thành khoa mới của Trung tâm Y tế Hải Hà Trung tâm Y tế Hải Hà diễn ra sáng nay.")
    assert g["units"] == ["Trung tâm Y tế Hải Hà"]


# --- a title's field written in capitals between the title and a full name -------------------------------

def test_capitalised_field_between_title_and_name_goes_to_the_title():
    g = facts_of("Theo Tổng cục trưởng Hải Quan Nguyễn Văn Bình, số thu tăng mạnh.")
    off = {o["name"]: o["position"] for o in g["officials"]}
    assert "Nguyễn Văn Bình" in off and off["Nguyễn Văn Bình"] == "Tổng cục trưởng Hải Quan"


def test_one_letter_field_word_stays_in_the_title():
    g = facts_of("Sáng nay, Thứ trưởng Y tế Trần Văn Thuấn đã kiểm tra bệnh viện.")
    off = {o["name"]: o["position"] for o in g["officials"]}
    assert off.get("Trần Văn Thuấn") == "Thứ trưởng Y tế"


def test_a_company_acronym_before_its_group_is_no_new_member():
    g = facts_of("Tổng công ty Xây lắp Miền Trung (XLMT) được khen. Huân chương được trao cho Tổng công ty XLMT, "
                 "thuộc Tập đoàn Xây dựng Việt Nam.")
    assert not any(u.startswith("Tổng công ty XLMT,") for u in g["units"])


# --- a committee's field with 'xã hội', closed by 'của' and the body it belongs to ---------------------------

def test_xa_hoi_inside_a_field_is_no_place_level():
    g = facts_of("Ông Bình là Viện trưởng Viện Khoa học xã hội vùng Tây Nguyên.")
    assert "Viện Khoa học xã hội vùng Tây Nguyên" in g["units"]


def test_committee_of_the_national_assembly_is_written_whole():
    g = facts_of("Bà Hoa từng là Ủy viên Ủy ban Văn hóa giáo dục của Quốc hội khóa XII.")
    assert "Ủy ban Văn hóa giáo dục của Quốc hội" in g["units"]


def test_peoples_committee_is_not_joined_over_cua():
    g = facts_of("Đây là Bằng khen của UBND tỉnh Nghệ An của năm nay.")
    assert "UBND tỉnh Nghệ An" in g["units"]


# --- a city written with its level and no space is the document's city ------------------------------------

def test_city_written_tp_dot_without_space_completes_a_bare_city_body():
    from extractors.resolve import complete_place, document_places
    places = document_places(["Hội Người mù TP.Cần Thơ nhận quà; UBND TP trao bằng khen."])
    assert places.get("city") == "Cần Thơ"
    assert complete_place("UBND TP", places) == "UBND TP Cần Thơ"


# --- a country word opening a Vietnamese place or person name -------------------------------------------

def test_a_country_syllable_opening_a_name_does_not_end_it():
    # "Đức", "Anh", "Mỹ" are places alone; followed by one more capitalised Vietnamese syllable they open a name
    g = facts_of("Cô Lê Thị Hoa, giáo viên Trường Tiểu học Đức Lạc, được khen thưởng.")
    assert g["units"] == ["Trường Tiểu học Đức Lạc"]
    g = facts_of("Trường Mầm non Anh Sơn và Công ty TNHH Xây dựng Mỹ Tân cùng góp quà.")
    assert sorted(g["units"]) == ["Công ty TNHH Xây dựng Mỹ Tân", "Trường Mầm non Anh Sơn"]
    g = facts_of("Thầy giáo Trường Tiểu học Lê Anh Xuân đoạt giải.")
    assert g["units"] == ["Trường Tiểu học Lê Anh Xuân"]


def test_a_country_before_a_full_name_or_a_new_sentence_stays_whole():
    g = facts_of("Đại sứ quán Pháp Nguyễn Văn An cho biết như vậy.")
    assert g["units"] == ["Đại sứ quán Pháp"]
    g = facts_of("Ảnh: Bộ Quốc phòng Nga Đó là nhận xét của tờ báo.")
    assert g["units"] == ["Bộ Quốc phòng Nga"]
