"""A counted group receiving an award whose members no list names: the exactly-n persons first named in the
sentences after the award's (counted_groups.following_members), and not the officials named after it who
congratulate, encourage or present (a person named with a position or doing a PRAISE verb of
group_outsiders.txt). Sentences written for these tests; facts computed by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_members_introduced_one_a_sentence_after_the_count():
    g = facts_of("Hai người Việt Nam vừa được Chính phủ Pháp trao tặng Huân chương.",
                 "Đại sứ quán cho biết có 2 người được trao huân chương đợt này.",
                 "Thứ nhất là ông Lê Văn Tám, nguyên vụ trưởng.",
                 "Người thứ hai là bà Trần Thị Bảy, giám đốc một công ty.")
    assert people(g) == {("Lê Văn Tám", "Huân chương của Chính phủ Pháp"),
                         ("Trần Thị Bảy", "Huân chương của Chính phủ Pháp")}


def test_members_listed_bare_in_a_later_sentence():
    g = facts_of("Ba thực tập sinh Việt Nam được Công an thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Lê Thị Hoa, Trần Thị Mai, Phạm Thị Lan tối 2/5 đang đi dạo thì thấy một người ngã.")
    assert people(g) == {("Lê Thị Hoa", "Bằng khen của Công an thành phố Osaka"),
                         ("Trần Thị Mai", "Bằng khen của Công an thành phố Osaka"),
                         ("Phạm Thị Lan", "Bằng khen của Công an thành phố Osaka")}


def test_fewer_names_than_counted_give_nothing():
    g = facts_of("Ba thực tập sinh Việt Nam được Công an thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Lê Thị Hoa và Trần Thị Mai tối 2/5 đang đi dạo thì thấy một người ngã.")
    assert people(g) == set()


def test_a_speaker_after_the_count_gives_nothing():
    g = facts_of("Hai chiến sĩ được Bộ Công an tặng bằng khen vì bắt cướp.",
                 "Đại tá Lê Văn Tám cho biết hai chiến sĩ đã bị thương.",
                 "Trung tá Trần Văn Bảy nói vụ cướp xảy ra lúc nửa đêm.")
    assert people(g) == set()


def test_a_certificate_whose_giver_is_not_read_gives_nothing():
    # "cảnh sát thành phố Osaka" is no unit the finder reads: the name would lack its conferrer
    g = facts_of("Ba thực tập sinh Việt Nam được cảnh sát thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Lê Thị Hoa, Trần Thị Mai, Phạm Thị Lan tối 2/5 đang đi dạo thì thấy một người ngã.")
    assert people(g) == set()


def test_names_of_another_counted_group_are_not_members():
    g = facts_of("Hai sinh viên được Công an thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Trước đó, 2 tình nguyện viên khác là Lê Thị Hoa và Trần Thị Mai đã báo tin cho cảnh sát.")
    assert people(g) == set()


def test_officials_congratulating_the_group_get_nothing():
    # before: the two officials (exactly two, as counted) received the pupils' certificate
    g = facts_of("Hai học sinh Trường THCS Hòa Bình vừa được tặng Bằng khen của Chủ tịch UBND tỉnh Bình Định.",
                 "Tại buổi lễ, ông Võ Minh Khoa, Phó Chủ tịch UBND tỉnh, chúc mừng các em.",
                 "Bà Đặng Thu Hà, Giám đốc Sở Giáo dục và Đào tạo, khen ngợi tinh thần của các em.")
    assert people(g) == set()


def test_a_praising_official_without_title_is_passed_over():
    g = facts_of("Hai ngư dân được tặng Bằng khen của Chủ tịch UBND tỉnh Phú Yên vì cứu người.",
                 "Ông Huỳnh Văn Tâm động viên các ngư dân.",
                 "Trước đó, Lý Văn Sơn và Mạc Văn Tú đã lặn xuống cứu người bị nạn.")
    assert people(g) == {("Lý Văn Sơn", "Bằng khen của Chủ tịch UBND tỉnh Phú Yên"),
                         ("Mạc Văn Tú", "Bằng khen của Chủ tịch UBND tỉnh Phú Yên")}


def test_members_with_an_age_before_their_job_still_count():
    g = facts_of("Hai người Việt Nam vừa được Chính phủ Pháp trao tặng Huân chương.",
                 "Thứ nhất là ông Lê Văn Tám (70 tuổi), nguyên vụ trưởng, vì đóng góp cho hợp tác.",
                 "Người thứ hai là bà Trần Thị Bảy (50 tuổi), giám đốc một công ty, vì giao lưu văn hóa.")
    assert people(g) == {("Lê Văn Tám", "Huân chương của Chính phủ Pháp"),
                         ("Trần Thị Bảy", "Huân chương của Chính phủ Pháp")}


def test_members_who_receive_are_not_passed_over_as_presenters():
    g = facts_of("Ba thực tập sinh Việt Nam được Công an thành phố Osaka tặng bằng khen vì cứu một cụ bà.",
                 "Lê Thị Hoa, Trần Thị Mai, Phạm Thị Lan được trao bằng khen sau khi đưa cụ bà đi viện.")
    assert people(g) == {("Lê Thị Hoa", "Bằng khen của Công an thành phố Osaka"),
                         ("Trần Thị Mai", "Bằng khen của Công an thành phố Osaka"),
                         ("Phạm Thị Lan", "Bằng khen của Công an thành phố Osaka")}
