"""English titles of works, products and events, and English-named companies, are not persons.

A capitalised run of foreign words holding a word of foreign_designators.txt's works section ("Super",
"Woman", "War", "Now") or of its organisation-only words ("Studios", "Lab") is no person's name; a person
written next to such a title, or right after it ("Super Bowl | Tom Brady"), is still found, and so are persons
whose surname or stage name is an English word left out of the list ("Little", "Good", "Wonder"). Sentences are of the test's own wording.
"""
from extractors.foreign import designators, organisation_words
from tests.test_extractors import facts_of


def names(*lines: str) -> list:
    """The names of every official of ``lines``, sorted."""
    return sorted(o["name"] for o in facts_of(*lines)["officials"])


def test_work_words_are_designators():
    assert {"Super", "Bowl", "Woman", "War", "Now", "Iron"} <= designators()
    assert "Iron" not in organisation_words()
    assert {"Studios", "Lab", "Models", "Racing"} <= organisation_words()


def test_work_titles_are_no_persons():
    text = ("Khán giả cả nước Mỹ theo dõi trận Super Bowl năm nay. Bộ phim Wonder Woman và Civil War "
            "thu hút đông người xem, còn ứng dụng Google Now được nhiều người dùng.")
    assert names(text) == []


def test_companies_are_no_persons():
    text = "Theo hãng bảo mật Kaspersky Lab, xưởng phim Marvel Studios đã bị tấn công."
    assert names(text) == []


def test_person_beside_a_work_is_kept():
    text = "Diễn viên Robert Downey đóng vai chính trong phim Iron Fist, theo lời kể của ông Peter Walsh."
    assert names(text) == ["Peter Walsh", "Robert Downey"]


def test_a_name_right_after_a_work_title_is_the_person():
    got = facts_of("Nhà vô địch Super Bowl Jack Harlow trở lại sân cỏ. Năm nay Jack Harlow 41 tuổi.")["officials"]
    assert [o["name"] for o in got] == ["Jack Harlow"]


def test_a_title_then_words_never_written_apart_is_no_person():
    assert names("Tay đua về nhất ở chặng Red Bull Ring mùa này. Đường đua Red Bull Ring dài bốn cây số.") == []


def test_a_work_title_alone_is_still_no_person():
    assert names("Đội bóng vừa thắng trận Super Bowl năm nay.") == []


def test_surnames_and_stage_names_once_in_the_list_are_persons():
    assert not {"Good", "Little", "Wonder", "Night"} & designators()
    assert names("Khán giả đón chào Stevie Wonder và Anna Little tại lễ hội.") == ["Anna Little", "Stevie Wonder"]
    assert names("Theo Mark Good, đội tuyển đã sẵn sàng.") == ["Mark Good"]


def test_companies_shops_and_venues_closed_by_an_english_word_are_no_persons():
    # (session 47: the words closing a company's, a shop's or a venue's English name, foreign_designators.txt)
    text = ("Ảnh: AFP/Zorvex Images. Khách mua hàng tại Lumo Shop rồi xem hòa nhạc ở Westbury Arena, "
            "gần Calder Market và Brantley Station.")
    assert names(text) == []


def test_a_person_beside_a_venue_is_kept():
    text = "Ca sĩ Peter Walsh biểu diễn tại Westbury Arena tối qua."
    assert names(text) == ["Peter Walsh"]
