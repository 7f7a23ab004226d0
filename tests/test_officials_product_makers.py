"""A product's or model's name opened by its maker ("Toyota …", "Google …": product_makers.txt) is no person,
while a person whose surname is a maker's name written last ("… Honda"), or one cued by a title, is kept
(extractors.components.persons, _foreign_names). Sentences are of the test's own wording."""
from extractors.foreign import product_makers
from tests.test_extractors import facts_of


def names(*lines: str) -> list:
    """The names of every official of ``lines``, sorted."""
    return sorted(o["name"] for o in facts_of(*lines)["officials"])


def test_makers_are_listed():
    assert {"Toyota", "Hyundai", "Google", "Samsung"} <= product_makers()


def test_models_opened_by_their_maker_are_no_persons():
    text = ("Tháng trước, Hyundai Sonata Prime bán chạy nhất phân khúc. Giá niêm yết của Mazda Tribute Sport "
            "đã giảm, còn Google Pixel Fold được nhiều người dùng chọn.")
    assert names(text) == []


def test_a_maker_written_last_or_a_cued_run_is_a_person():
    text = ("Tiền vệ Takumi Honda ghi bàn thắng quyết định. Theo Giám đốc điều hành Samsung Ji-won, "
            "doanh thu tăng. Ông Derek Ford có mặt tại buổi lễ. Bà Toyota Mieko phát biểu.")
    # a maker's name written last, or opening a run after a title ("Giám đốc điều hành") or "Bà": all four kept
    assert names(text) == ["Derek Ford", "Samsung Ji-won", "Takumi Honda", "Toyota Mieko"]
