"""Session 41 (off): a person's name run into the next sentence's first word, the stop lost (a photo caption or a
heading run into the text), is cut before that word when the words before it are written elsewhere as a whole name
and the word opens a common word with the lower-case word after it ("Xác định", "Tham gia") or a time phrase before
a number ("Năm 2002", "Cuối tháng 12"): persons._without_run_in_openers."""
from tests.test_extractors import official_names, positions


def test_a_verb_opening_the_next_sentence_is_no_syllable_of_the_name():
    names = official_names("Đại biểu Đỗ Văn Lực phát biểu. Phó chủ nhiệm Đỗ Văn Lực Xác định rõ chủ thể có quyền ký "
                           "hợp đồng với giáo viên.")
    assert names == ["Đỗ Văn Lực"]


def test_a_year_opening_the_next_sentence_is_no_syllable_of_the_name():
    names = official_names("Ông Lê Văn An đến dự lễ. Lê Văn An Năm 2002, ông giữ chức giám đốc.")
    assert names == ["Lê Văn An"]


def test_a_month_part_opening_the_next_sentence_is_no_syllable_of_the_name():
    names = official_names("Ca sĩ Phan Thu Hà Cuối tháng 12, ca sĩ Phan Thu Hà ra mắt album mới.")
    assert names == ["Phan Thu Hà"]


def test_the_short_form_takes_the_cut_name_and_its_position():
    # "Kessler" is the short form of the one longer name holding it: the cut one, with the title before the run
    found = positions("Tổng thống Markus Kessler Ngày 3/2, một thẩm phán chặn sắc lệnh. Ông Kessler phản đối. "
                      "Markus Kessler nói sẽ kháng cáo.")
    assert found == {"Markus Kessler": "Tổng thống"}


def test_only_a_name_written_alone_elsewhere_is_cut():
    # "Lý Quốc Minh" is written nowhere without "Minh": its last syllable stays, though "minh họa" is a word ("Lý Văn
    # Tham | gia đình", the test before session 41's review, stayed whole by the middle-name guard alone)
    names = official_names("Đại biểu Đỗ Văn Lực phát biểu. Đỗ Văn Lực Xác định rõ chủ thể. Ông Lý Quốc Minh họa bức "
                           "tranh.")
    assert sorted(names) == ["Lý Quốc Minh", "Đỗ Văn Lực"]


def test_a_name_is_never_cut_to_end_on_its_middle_name():
    names = official_names("Bà Lê Thị Năm 2002 đến dự. Lê Thị cho biết.")
    assert sorted(names) == ["Lê Thị", "Lê Thị Năm"]
