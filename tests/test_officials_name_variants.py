"""Two written forms of one person's name in one document are one official, under the fuller name.

"Trần Hạnh" beside "Trần Ngọc Hạnh" (the surname and given name without the middle name) and "Nguyễn Thi Lan
Anh" beside "Nguyễn Thị Lan Anh" (a middle name typed without its mark).  Two persons written in one sentence
("ông Nguyễn Văn Hùng và ông Nguyễn Hùng") stay apart.  Sentences are of the test's own wording.
"""
from extractors.name_variants import variant_names
from tests.test_extractors import facts_of

SURNAMES = frozenset({"Trần", "Nguyễn", "Lê"})


def officials(*lines: str) -> list:
    """(name, position) of every official of ``lines``, sorted."""
    return sorted((o["name"], o["position"]) for o in facts_of(*lines)["officials"])


def test_surname_and_given_name_alone_is_the_full_name():
    got = variant_names([("Trần Ngọc Hạnh", "a"), ("Trần Hạnh", "b")], SURNAMES)
    assert got == {"Trần Hạnh": "Trần Ngọc Hạnh"}


def test_two_longer_names_leave_the_short_form_alone():
    got = variant_names([("Trần Ngọc Hạnh", "a"), ("Trần Minh Hạnh", "b"), ("Trần Hạnh", "c")], SURNAMES)
    assert got == {}


def test_a_name_written_twice_is_no_fuller_form_of_it():
    # a caption's name run into the sentence after it: "Trần Hạnh Trần Hạnh" is not "Trần Hạnh"'s full name
    got = variant_names([("Trần Hạnh Trần Hạnh", "a"), ("Trần Hạnh", "b")], SURNAMES)
    assert got == {}


def test_a_short_form_in_one_sentence_with_the_full_name_is_another_person():
    s = "Ông Nguyễn Văn Hùng và ông Nguyễn Hùng dự lễ."
    assert variant_names([("Nguyễn Văn Hùng", s), ("Nguyễn Hùng", s)], SURNAMES) == {}


def test_an_alias_in_brackets_is_the_full_name():
    s = "Nghệ sĩ Trần Ngọc Hạnh (Trần Hạnh) nhận giải."
    assert variant_names([("Trần Ngọc Hạnh", s), ("Trần Hạnh", s)], SURNAMES) == {"Trần Hạnh": "Trần Ngọc Hạnh"}


def test_an_unmarked_middle_name_is_the_marked_one():
    got = variant_names([("Nguyễn Thi Lan Anh", "a"), ("Nguyễn Thị Lan Anh", "b")], SURNAMES)
    assert got == {"Nguyễn Thi Lan Anh": "Nguyễn Thị Lan Anh"}


def test_no_variant_without_the_fuller_name():
    assert variant_names([("Nguyễn Thi Lan Anh", "a"), ("Lê Hạnh", "b")], SURNAMES) == {}


def test_one_official_under_the_full_name():
    text = ("Khán giả vẫn nhớ nghệ sĩ Trần Hạnh qua nhiều vai diễn trên sân khấu. "
            "Hội đồng xét tặng đã họp về trường hợp diễn viên Trần Ngọc Hạnh.")
    assert officials(text) == [("Trần Ngọc Hạnh", "diễn viên")]


def test_one_official_under_the_marked_spelling():
    text = ("Nhà trường tuyên dương em Nguyễn Thi Lan Anh vì nhặt được ví tiền. "
            "Em Nguyễn Thị Lan Anh đã trả lại ví cho người đánh rơi.")
    assert [n for n, _ in officials(text)] == ["Nguyễn Thị Lan Anh"]


def test_two_persons_in_one_sentence_stay_apart():
    text = "Ông Nguyễn Văn Hùng và ông Nguyễn Hùng cùng dự lễ khai giảng."
    assert [n for n, _ in officials(text)] == ["Nguyễn Hùng", "Nguyễn Văn Hùng"]


def test_a_short_form_with_another_office_and_unit_is_another_person():
    text = ("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Kỳ Tiến, phát biểu tại buổi lễ tổng kết năm học. "
            "Ông Nguyễn Hùng, Bí thư Đảng ủy xã Kỳ Hải, trao Giấy khen cho các học sinh tiêu biểu.")
    got = sorted((o["name"], o["position"], o["unit"]) for o in facts_of(text)["officials"])
    assert got == [("Nguyễn Hùng", "Bí thư", "Đảng ủy xã Kỳ Hải"),
                   ("Nguyễn Văn Hùng", "Chủ tịch UBND xã", "UBND xã Kỳ Tiến")]


def test_an_unmarked_middle_name_in_another_unit_is_another_person():
    text = ("Bà Nguyễn Thị Lan, Hiệu trưởng Trường Tiểu học Kỳ Tiến, báo cáo kết quả thi đua. "
            "Cô Nguyễn Thi Lan, giáo viên Trường Mầm non Kỳ Hải, được tặng Giấy khen của Chủ tịch UBND huyện.")
    facts = facts_of(text)
    assert [n for n, _ in officials(text)] == ["Nguyễn Thi Lan", "Nguyễn Thị Lan"]
    assert [a["recipient"] for a in facts["awards"]] == ["Nguyễn Thi Lan"]


def test_the_disagree_check_keeps_two_names_apart():
    got = variant_names([("Trần Ngọc Hạnh", "a"), ("Trần Hạnh", "b"), ("Nguyễn Thi Lan", "c"),
                         ("Nguyễn Thị Lan", "d")], SURNAMES, lambda name, fuller: name == "Trần Hạnh")
    assert got == {"Nguyễn Thi Lan": "Nguyễn Thị Lan"}


def test_a_short_form_without_a_description_or_with_the_same_unit_is_the_full_name():
    text = ("Ông Trần Văn Bình, Giám đốc Công ty Điện lực Kỳ Sơn, chủ trì hội nghị. "
            "Phát biểu bế mạc, ông Trần Bình, Giám đốc Công ty Điện lực Kỳ Sơn, cảm ơn các đơn vị.")
    assert [n for n, _ in officials(text)] == ["Trần Văn Bình"]


def test_inner_middle_name_and_given_name_is_the_full_name():
    # the mother's surname kept as a middle name, then the given name ("Lê Trần Ngọc Hạnh" -> "Trần Hạnh")
    got = variant_names([("Lê Trần Ngọc Hạnh", "a"), ("Trần Hạnh", "b")], SURNAMES)
    assert got == {"Trần Hạnh": "Lê Trần Ngọc Hạnh"}


def test_inner_middle_name_of_two_longer_names_leaves_the_short_form_alone():
    got = variant_names([("Lê Trần Ngọc Hạnh", "a"), ("Nguyễn Trần Minh Hạnh", "b"), ("Trần Hạnh", "c")], SURNAMES)
    assert got == {}


def test_inner_middle_name_short_form_is_one_official():
    assert officials("Sinh viên Lê Trần Ngọc Hạnh học tại trường.", "Năm nay, Trần Hạnh đạt học sinh giỏi.") == \
        [("Lê Trần Ngọc Hạnh", "Sinh viên")]


def test_inner_middle_name_short_form_with_an_office_of_its_own_is_another_person():
    # a team leader "Hồ Hà" beside a contestant "Phạm Hồ Thu Hà" who holds no office: two persons sharing a middle
    # and a given name (the inner form is weaker evidence than the surname-and-given-name form: the office of the
    # short form alone keeps them apart)
    assert officials("Chị Phạm Hồ Thu Hà đạt giải Nhất.", "Trưởng đoàn Hồ Hà cho biết kết quả.") == \
        [("Hồ Hà", "Trưởng đoàn"), ("Phạm Hồ Thu Hà", "")]
