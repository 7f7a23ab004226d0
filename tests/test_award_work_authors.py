"""The authors of a prize-winning work ("đề tài … của em A và em B", conferral_words.authored_work_before,
authored_works.txt) are its recipients, each of them; an owner after "của" that is no work's author stays out; a
prize's rank ends before "bao gồm" (awards.TAIL_STOP_PAIRS). Every sentence was written for these tests; the
expected facts are read off each sentence by hand."""
from __future__ import annotations

from extractors.components.conferral_words import authored_work_before
from tests.test_extractors import facts_of


def awards(*lines: str) -> set:
    """(recipient, award) of every award fact of a document of ``lines``."""
    return {(a["recipient"], a["award"]) for a in facts_of(*lines)["awards"]}


def test_both_authors_of_a_work_given_the_prize():
    """"trao cho đề tài “…” của em A và em B": A and B wrote it, both receive the prize (not only the name after
    "và")."""
    assert awards("Giải Nhì cuộc thi được trao cho đề tài “Bộ cảm biến đo độ mặn” của em Quách Thị Mơ và em La "
                  "Văn Khởi (Trường THPT Nà Hang).") == {("Quách Thị Mơ", "Giải Nhì cuộc thi"),
                                                        ("La Văn Khởi", "Giải Nhì cuộc thi")}


def test_a_head_of_three_words_is_read_whole():
    """A head of three words ("bài dự thi", authored_works.txt) is read as the one- and two-word heads are (review of
    session 40: only 1- and 2-word slices were compared, so that line never matched): the "của" after it, its quoted
    title between or not, follows an authored work; a head cut short ("bài thi") is none."""
    words = "trao giải cho bài dự thi “ Chiếc cầu tre ” của em Lựu".split()
    assert authored_work_before(words, 0, words.index("của"))
    words = "trao giải cho bài dự thi của em Lựu".split()
    assert authored_work_before(words, 0, words.index("của"))
    words = "trao giải cho bài thi của em Lựu".split()
    assert not authored_work_before(words, 0, words.index("của"))


def test_the_author_of_a_work_that_won():
    """A work as the subject of the win ("Đề tài “…” của em A đoạt giải Nhì"): its author is the recipient."""
    assert awards("Đề tài “Bộ cảm biến đo độ mặn” của em Quách Thị Mơ đoạt giải Nhì.") == {
        ("Quách Thị Mơ", "giải Nhì")}


def test_an_owner_who_wrote_nothing_stays_out():
    """The owner of a ship after "của" is no recipient of a certificate its crew receives; a university after a
    work's "của" is the prize's giver here, not a recipient."""
    assert awards("UBND tỉnh tặng bằng khen cho 7 thuyền viên trên tàu cá QB-90123TS của ông Đậu Văn Quế.") == set()
    got = awards("Ngoài huy chương vàng, hai sáng chế còn giành giải đặc biệt cho các sáng chế xuất sắc của Đại học "
                 "Kasetsart.")
    assert not any(r == "Đại học Kasetsart" for r, _ in got)


def test_a_rank_ends_before_bao_gom():
    """"đoạt giải Ba bao gồm: …": the prize is "giải Ba", and each listed work's author receives it."""
    assert awards("Năm đề tài đoạt giải Ba bao gồm: đề tài “Máy sấy nông sản” của Hà Thị Yên; đề tài “Đèn học "
                  "thông minh” của Mẫn Đức Trọng.") == {("Hà Thị Yên", "giải Ba"), ("Mẫn Đức Trọng", "giải Ba")}
