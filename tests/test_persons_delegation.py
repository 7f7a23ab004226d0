"""A province's delegation of deputies in brackets after a deputy's name ("đại biểu X (Đoàn Nghệ An)") is no person
surnamed Đoàn (persons.PersonRecognizer._delegation; session 43: a fresh check of bulk news, then a pool of 106
articles holding such brackets: 22 such persons, all removed, nothing else changed).  A real person surnamed Đoàn,
in brackets or not, stays.  Invented names and wordings; values worked out by hand."""
from tests.test_positions_news import officials


def test_a_delegation_in_brackets_is_no_person():
    got = officials("Đại biểu Nguyễn Văn Hai (Đoàn Nghệ An) cho rằng cần sửa luật.")
    assert sorted(got) == ["Nguyễn Văn Hai"]
    got = officials("Theo đại biểu Đoàn Thị Lê An (Đoàn Bình Thuận), dự luật cần sửa.")
    assert sorted(got) == ["Đoàn Thị Lê An"]


def test_a_delegation_before_a_dash_in_its_bracket_is_no_person():
    got = officials("Đại biểu Phạm Văn Bảy (Đoàn Thanh Hóa - Ủy viên Ủy ban Pháp luật) phát biểu.")
    assert "Đoàn Thanh Hóa" not in got and "Phạm Văn Bảy" in got


def test_a_person_surnamed_doan_in_brackets_stays():
    got = officials("Ông Trần Văn Năm (Đoàn Văn Sáu) phát biểu.")
    assert sorted(got) == ["Trần Văn Năm", "Đoàn Văn Sáu"]
