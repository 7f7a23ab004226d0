"""A dash between two persons' full names ("A B – C D", a match or a pair) separates them; a dash inside one
foreign name ("Vasquez - Moreno") joins it. Sentences are of the test's own wording; expected names worked
out by hand (officials: every named person, no others)."""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(*lines: str) -> set:
    """The names of every official of ``lines``."""
    return {o["name"] for o in facts_of(*lines)["officials"]}


def test_a_dash_between_two_full_names_written_alone_elsewhere_separates_them():
    got = names("Trận tứ kết Martin Kowalski – Peter Lindgren kéo dài gần ba giờ.",
                "Peter Lindgren thắng sau ba ván và gặp Martin Kowalski ở giải sau.")
    assert got == {"Martin Kowalski", "Peter Lindgren"}


def test_a_dash_inside_one_name_joins_it():
    got = names("Thủ tướng Elena Vasquez - Moreno đến thăm trường.",
                "Bà Elena Vasquez - Moreno tặng quà cho học sinh.")
    assert len(got) == 1
    (name,) = got
    assert name.startswith("Elena Vasquez") and name.endswith("Moreno")


def test_a_korean_name_joined_by_a_dash_stays_whole_when_written_unjoined_elsewhere():
    got = names("Huấn luyện viên Choi Min-ho đã chọn 23 cầu thủ cho giải năm nay.",
                "Ông Choi Min Ho cho biết đội sẽ tập trung từ tuần sau.")
    assert not any(n in ("Choi Min", "Min") for n in got)
    assert any(n.startswith("Choi Min") and n.lower().endswith("ho") for n in got)


def test_a_dash_before_one_capitalised_surname_joins_it_even_if_the_given_names_stand_alone_elsewhere():
    got = names("Chủ tịch nước Lucas Ferrer - Ortega tiếp đoàn đại biểu.",
                "Ông Lucas Ferrer nói về quan hệ hai nước.")
    assert any(n.startswith("Lucas Ferrer") and n.endswith("Ortega") for n in got)


def test_two_full_names_either_side_of_a_dash_still_separate():
    got = names("Trận đấu Lionel Messi – Cristiano Ronaldo thu hút hàng triệu khán giả.",
                "Lionel Messi ghi hai bàn trong hiệp hai.")
    assert {"Lionel Messi", "Cristiano Ronaldo"} <= got
