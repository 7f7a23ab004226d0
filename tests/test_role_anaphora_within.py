"""An occupation with a foreign nationality written inside a sentence ("… và tiền vệ người Mỹ đánh đầu …") describes
the one foreign-named person written before it in that sentence or the one before (role_anaphora.described_within).
Sentences of our own wording; positions computed by hand from GUIDELINES.md (the occupation as written)."""
from __future__ import annotations

import pytest

from extractors.components.role_anaphora import described_within
from tests.test_extractors import positions

#: (text, {person: position}) worked out by hand
CASES = [
    # the same sentence, after the name
    ("Đường chuyền của Nguyễn Văn An đến chỗ Carlos Mendes và tiền vệ người Brazil đánh đầu ghi bàn.",
     {"Nguyễn Văn An": "", "Carlos Mendes": "tiền vệ"}),
    # the sentence before names him; this one opens with a time, not with the occupation
    ("Năm 2003, Pedro Alvarez ghi một bàn cho đội trẻ. Năm 2004 mang lại hợp đồng đầu tiên cho tiền vệ người "
     "Argentina.",
     {"Pedro Alvarez": "tiền vệ"}),
    # a Vietnamese named between: only the foreigner is described by a foreign nationality
    ("Nói về Ivan Petrov, ông Lê Văn Hùng khen chân sút người Nga rất chăm chỉ.",
     {"Ivan Petrov": "chân sút", "Lê Văn Hùng": ""}),
    # two foreigners named before: no one
    ("Hans Becker chuyền cho Marco Rossi rồi tiền vệ người Ý sút tung lưới.",
     {"Hans Becker": "", "Marco Rossi": ""}),
    # a count before the occupation: several persons, not the one named
    ("Ronaldo Souza ghi bàn sau đường chuyền dài và hai cầu thủ người Brazil ăn mừng cùng nhau.",
     {"Ronaldo Souza": ""}),
    # a name the persons' reader may miss after the nationality, introduced by "tên" or capitalised, and a second
    # nationality: not the foreigner named before
    ("Ông Kenji Tanaka đến phòng khám và gặp bác sĩ người Hàn Quốc tên Kim.", {"Kenji Tanaka": ""}),
    ("Ông Kenji Tanaka kể rằng trường có học sinh người Pháp và Việt Nam.", {"Kenji Tanaka": ""}),
    # no foreigner: a Vietnamese is never described by a foreign nationality
    ("Trần Văn Tài ra sân từ đầu và tiền vệ người Pháp vào thay ở hiệp hai.",
     {"Trần Văn Tài": ""}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_occupation_inside_a_sentence(text, expected):
    got = positions(text)
    assert {n: got.get(n, "") for n in expected} == expected


def test_described_within_on_tokens():
    # "A ghi bàn . B và tiền_vệ người Pháp sút ." with A foreign at 0, B Vietnamese at 4
    words = ["A", "ghi", "bàn", ".", "B", "và", "tiền vệ", "người", "Pháp", "sút", "."]
    sents = [(0, 4), (4, 11)]
    names = {0: "Jean Dupont", 4: "Lê Văn B"}
    role_end = {6: 7}.get
    place_end = lambda s: s + 1 if words[s] == "Pháp" else s  # noqa: E731
    foreign = lambda p: names[p] if p == 0 else None  # noqa: E731
    found = described_within(words, sents, [0, 4], lambda s: role_end(s, -1), place_end, {"Pháp"}, foreign)
    assert found == {0: (6, 7)}
    # a name right after the nationality makes the occupation that name's own
    assert described_within(words, sents, [0, 4, 9], lambda s: role_end(s, -1), place_end, {"Pháp"}, foreign) == {}
    # a nationality of no foreign state describes no one here
    assert described_within(words, sents, [0, 4], lambda s: role_end(s, -1), place_end, {"Đức"}, foreign) == {}
