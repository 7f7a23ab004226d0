"""English titles of works, products and events, and English-named companies, are not persons.

A capitalised run of foreign words holding a word of foreign_designators.txt's works section ("Super",
"Woman", "War", "Now") or of its organisation-only words ("Studios", "Lab") is no person's name; a person
written next to such a title is still found. Sentences are of the test's own wording.
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
