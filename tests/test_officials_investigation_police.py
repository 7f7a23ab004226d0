"""Police investigation departments named "Cảnh sát điều tra tội phạm về …" (session 15). Sentences written for
these tests; every expected value worked out by hand from the annotation guidelines and the dev gold's conventions
(the title is written whole with its field, the Công an after it is the unit)."""
from __future__ import annotations

from tests.test_extractors import facts_of, official_names as names, positions_and_units as positions


def test_a_title_keeps_its_investigation_field_past_ve():
    p = positions("Ông Hoàng Văn Tú, Đội trưởng Cảnh sát điều tra tội phạm về ma túy, Công an huyện Yên Dũng, "
                  "được tặng Giấy khen.",
                  "Chị Lưu Thị Mến, Phó Đội trưởng Cảnh sát điều tra tội phạm về kinh tế Công an thị xã Sơn Tây "
                  "phát biểu tại hội nghị.")
    assert p["Hoàng Văn Tú"] == ("Đội trưởng Cảnh sát điều tra tội phạm về ma túy", "Công an huyện Yên Dũng")
    assert p["Lưu Thị Mến"] == ("Phó Đội trưởng Cảnh sát điều tra tội phạm về kinh tế", "Công an thị xã Sơn Tây")


def test_an_investigation_department_is_one_unit_with_its_police():
    f = facts_of("Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Hà Tĩnh được tặng Bằng khen.")
    assert f["units"] == ["Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Hà Tĩnh"]
    p = positions("Ông Đàm Quang Huy, Trưởng phòng Cảnh sát điều tra tội phạm về môi trường Công an tỉnh Bắc Kạn "
                  "cho biết.")
    assert p["Đàm Quang Huy"] == ("Trưởng phòng",
                                  "phòng Cảnh sát điều tra tội phạm về môi trường Công an tỉnh Bắc Kạn")


def test_a_league_opened_by_a_surname_is_no_person():
    # "La" is a surname, "Liga" and "League" are words of foreign_designators.txt (no Vietnamese syllable)
    assert names("Câu lạc bộ của anh đã đăng quang La Liga mùa trước.") == []
    assert names("Tiền đạo Lê Công Vinh từng thử việc ở các giải (Premier League, La Liga) nhưng không thành.") == \
        ["Lê Công Vinh"]


def test_a_competition_opening_a_foreign_run_is_no_part_of_a_name():
    # "Roland Garros" is an entry of competitions.txt: neither a person nor the start of the name after it
    assert names("Ở Roland Garros Rafael Nadal chưa từng thua ở chung kết.") == ["Rafael Nadal"]
    assert names("Cô ấy mơ một lần vô địch Roland Garros.") == []


def test_a_cued_name_with_a_designator_that_is_also_a_name_is_a_person():
    # "Silver" and "Park" are words of foreign_designators.txt but also surnames: after "Ông"/"Bà" the run is a
    # person; only a word of its "Organisation-only words" section ("United", "Group") makes a cued run no person
    assert positions("Ông Adam Silver, Chủ tịch NBA, phát biểu khai mạc.")["Adam Silver"][0] == "Chủ tịch"
    assert positions("Bà Grace Park, Giám đốc quỹ, nói thêm về kế hoạch.")["Grace Park"][0] == "Giám đốc"
    assert names("Ông Hà United, Giám đốc công ty, phát biểu.") == []


def test_one_competitions_table_for_the_three_components():
    from extractors.gazetteer import competitions
    from extractors.nlp import get_nlp
    nlp = get_nlp()
    table = competitions()
    assert nlp.get_pipe("sovang_awards").competitions is table.first
    assert nlp.get_pipe("sovang_championships").competitions is table.first
    assert table.first["Asian"][0] == ("Asian", "Para", "Games")  # longest first
    assert table.keys[("Olympics",)] == "olympic" and table.keys[("AFF", "Suzuki", "Cup")] == "aff cup"
    assert ("asiad",) in table.blind["asiad"] and len(table.blind["asiad"]) == 1  # "Asiad"/"ASIAD" once
    for entries in table.first.values():  # written as the tokens of a document (no punctuation to split)
        assert all(tuple(t.text for t in nlp.make_doc(" ".join(e))) == e for e in entries)


def test_the_competitions_table_gives_the_longest_entry_written_at_a_word():
    # gazetteer.Competitions.entry_at: the one look-up the awards and championships components share
    from extractors.gazetteer import competitions

    table = competitions()
    words = ["tại", "ASEAN", "Para", "Games", "12", "và", "SEA", "Games", "31", "sea"]
    assert table.entry_at(words, 1) == ("ASEAN", "Para", "Games")
    assert table.entry_at(words, 6) == ("SEA", "Games")
    assert table.entry_at(words, 0) is None and table.entry_at(words, 9) is None  # the case counts
