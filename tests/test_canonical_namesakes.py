"""Two people of one name are not joined on what does not tell them one (a newcomer, session 39, found a pilot and a
cải lương artist, a student and a minister, and the chairmen of two bodies each shown as one person by `sovang who`).
An occupation tells who a person is by trade: two of no common family (occupation_families.tsv) are two people, and
a student is no office holder; two words of one trade ("diễn viên", "nghệ sĩ") still join.  Documents of our own wording and invented names, the real CLI on a real SQLite file; values worked
out by hand."""
from __future__ import annotations

from outputs.join_evidence import Who, compatible, position_parts
from tests.cli import kb_of, run_cli


def people(db, name: str) -> list[list[str]]:
    """The documents of each person of ``name`` that ``sovang who`` shows, as a sorted list of sorted lists."""
    out = run_cli("who", name, "--db", db)
    blocks = out.split("Người / person:")[1:]
    return sorted(sorted({d for d in ("a.txt", "b.txt", "c.txt") if d in block}) for block in blocks)


PILOT = "Phi công Đỗ Minh Quân đã đưa chiếc máy bay hạ cánh an toàn sau khi một động cơ gặp sự cố trên không.\n"
ACTOR = "Diễn viên Đỗ Minh Quân vừa nhận lời đóng vai chính trong vở kịch mới của nhà hát tuổi trẻ.\n"
ARTIST = "Nghệ sĩ Đỗ Minh Quân được đề nghị xét tặng danh hiệu Nghệ sĩ Ưu tú trong đợt xét tặng năm nay.\n"


def test_a_pilot_is_not_an_actor_but_an_actor_is_an_artist(tmp_path):
    # before: no node had evidence (occupations counted as none), so all three were one person
    db, _ = kb_of(tmp_path, {"a.txt": PILOT, "b.txt": ACTOR, "c.txt": ARTIST})
    assert people(db, "Đỗ Minh Quân") == [["a.txt"], ["b.txt", "c.txt"]]
    shown = run_cli("who", "Đỗ Minh Quân", "--db", db)
    assert "occupations of one kind: arts" in shown


def test_a_student_is_not_a_minister(tmp_path):
    db, _ = kb_of(tmp_path, {
        "a.txt": "Sinh viên Lương Hữu Tín đã lao xuống dòng sông chảy xiết để cứu hai em nhỏ bị đuối nước.\n",
        "b.txt": "Bộ trưởng Lương Hữu Tín đã ký ban hành Thông tư hướng dẫn công tác thi đua trong ngành.\n"})
    assert people(db, "Lương Hữu Tín") == [["a.txt"], ["b.txt"]]


def test_the_words_of_one_trade_and_the_offices_they_may_hold():
    # occupation_families.tsv: "diễn viên", "nghệ sĩ cải lương" arts; "phi công lái" opens with "phi công"
    assert position_parts("diễn viên").families == position_parts("nghệ sĩ cải lương").families == {"arts"}
    assert position_parts("nguyên diễn viên").families == {"arts"}  # a prefix of title_prefixes.txt skipped
    assert position_parts("phi công lái").families == {"aviation", "military"}
    assert position_parts("Chủ tịch") == Who(office=True)
    assert position_parts("tân binh") == Who()  # a word of no list: neither occupation nor office
    student, minister = position_parts("sinh viên"), position_parts("Bộ trưởng")
    assert student.no_office and not compatible(student, minister)
    assert compatible(position_parts("tỷ phú"), position_parts("Giám đốc điều hành"))  # may hold an office
    assert not compatible(position_parts("phi công"), position_parts("nghệ sĩ"))
    assert position_parts("Nữ diễn viên, đạo diễn").families == {"arts"}  # the holder's sex (sex_words.txt) skipped
    assert position_parts("ca sĩ kiêm doanh nhân").families == {"arts", "business"}
    assert compatible(position_parts("HLV"), position_parts("ca sĩ"))  # a talent show's coach
    assert position_parts("Nghệ sỹ nhân dân") == position_parts("nghệ sĩ")  # "sỹ" read as "sĩ", no row of its own


def test_every_occupation_has_a_family():
    from extractors.lexicon import lexicon
    from extractors.descriptors import fold_sy
    from outputs.join_evidence import _families

    roles = {fold_sy(t.lower()) for t, kind in lexicon().honorifics.items() if kind == "role"}
    assert roles - set(_families()) == set()


def test_an_occupation_joins_the_namesake_of_its_trade_rather_than_an_office_holder(tmp_path):
    # a singer who is also in business may be either namesake: the one known as a singer is the one (before: neither,
    # since the name had two persons with evidence and occupations were none)
    db, _ = kb_of(tmp_path, {
        "a.txt": "Ca sĩ kiêm doanh nhân Tạ Bích Ngân vừa ra mắt album nhạc trữ tình đầu tay.\n",
        "b.txt": "Bà Tạ Bích Ngân, Phó Chủ tịch Hiệp hội Cá tra Việt Nam, dự hội thảo về xuất khẩu thủy sản.\n",
        "c.txt": "Ca sĩ Tạ Bích Ngân, Nhà hát Ca múa nhạc Bông Sen, được đề nghị xét tặng danh hiệu Nghệ sĩ Ưu tú.\n"})
    assert people(db, "Tạ Bích Ngân") == [["a.txt", "c.txt"], ["b.txt"]]


def test_a_coach_does_not_link_a_footballer_and_a_singer(tmp_path):
    # "huấn luyện viên" is of two families (sport, arts: a talent show's coach); it may be either namesake, but the
    # footballer and the singer share no family, so they are two people whichever it joins (before: one person,
    # the coach's node linking the other two)
    db, _ = kb_of(tmp_path, {
        "a.txt": "Cầu thủ Tạ Quốc Huy đã ghi bàn thắng quyết định ở phút bù giờ của trận đấu tối qua.\n",
        "b.txt": "Huấn luyện viên Tạ Quốc Huy cho biết cả đội sẽ tập luyện thêm trước vòng đấu tới.\n",
        "c.txt": "Ca sĩ Tạ Quốc Huy vừa phát hành album nhạc trữ tình đầu tay vào cuối tuần trước.\n"})
    groups = people(db, "Tạ Quốc Huy")
    assert ["a.txt", "b.txt", "c.txt"] not in groups
    assert not any("a.txt" in g and "c.txt" in g for g in groups)
    assert len(groups) == 2
