"""Names that are not an award's recipients although a recipient's slot seems to hold them
(extractors.components.conferral_recipients): the names inside the reason an award is given for, after "cho" and a
noun of merit (after_cho_openers.txt: "… cho những nỗ lực …"), those after an indefinite pronoun ("… cho một ai đó
nếu A thắng B"), and the rivals beaten, after a verb of beating and before
the verb of winning (defeat_verbs.txt: "vượt qua A và B để giành …"). Sentences of our own wording; the expected facts
read off each by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def awards_of(text: str) -> list:
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=text)]))
    return [(a["recipient"], a["award"]) for a in extract(doc).to_guidelines("t.txt")["awards"]]


def test_names_inside_a_reason_after_cho_are_no_recipients():
    # the union named inside "cho những nỗ lực phát triển …" was read as the medal's recipient
    got = awards_of("Liên đoàn Cờ vua châu Á từng trao cho ông Lê Văn Minh một huy chương vàng đặc biệt năm 2017 cho "
                    "những nỗ lực phát triển Liên đoàn Cờ vua Đông Nam Á.")
    assert not [r for r, _ in got if "Đông Nam Á" in r]
    # a recipient written before the reason stays
    assert ("Peter Smith", "Huân chương Hữu nghị") in awards_of(
        "Đại sứ quán trao Huân chương Hữu nghị cho ông Peter Smith cho những đóng góp vào quan hệ hai nước.")


def test_rivals_beaten_before_the_verb_of_winning_are_no_recipients():
    # neither teammate beaten won the prize (its winner is named by an anaphor: no fact)
    assert awards_of("Tiền vệ người Tây Ban Nha đã vượt qua hai đồng đội Nguyễn Văn Toàn và Lê Công Vinh để giành "
                     "giải thưởng Cầu thủ xuất sắc nhất.") == []
    # the subject before the verb of beating won it
    assert awards_of("Nguyễn Văn Quyết đã vượt qua Lê Công Vinh để giành danh hiệu Vua phá lưới V-League 2020.") == [
        ("Nguyễn Văn Quyết", "Vua phá lưới V-League 2020")]


def test_an_indefinite_person_after_cho_names_no_recipient():
    # the clubs of the condition after "cho một ai đó" were read as the medal's recipients
    assert awards_of("HLV Nguyễn Văn Tâm cho biết ông sẽ tặng tấm huy chương cho một ai đó nếu Câu lạc bộ Hà Nội "
                     "đánh bại Câu lạc bộ Hải Phòng tối nay.") == []
