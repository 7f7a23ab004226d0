"""``sovang who --limit N`` says when more persons or units match than it shows (a newcomer, session 24, read the
first ten persons as all of them). Documents of our own wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import kb_of

NEWS = ("Ngày 8/3/2024, UBND huyện Thanh Chương trao Giấy khen cho bà Trần Thị Mai, bà Trần Thị Lan và "
        "bà Trần Thị Hoa, giáo viên Trường Tiểu học Thanh Mai, vì thành tích xuất sắc năm học 2022-2023.")


def who(db, *args):
    return CliRunner().invoke(cli, ["who", *args, "--db", db])


def test_a_cut_list_of_persons_is_said_on_stderr(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    cut = who(db, "tran thi", "--limit", "2")
    assert cut.exit_code == 0
    assert cut.stderr == ("more than 2 persons match 'tran thi': the first 2 are shown; type more of the name or "
                          "raise --limit\n")
    assert cut.stdout.count("Người / person:") == 2  # three match, two shown
    whole = who(db, "tran thi", "--limit", "3")
    assert whole.exit_code == 0 and whole.stderr == ""
    assert whole.stdout.count("Người / person:") == 3


def test_json_stays_one_value_when_the_list_is_cut(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    cut = who(db, "tran thi", "--limit", "1", "--json")
    assert [r["kind"] for r in json.loads(cut.stdout)] == ["person"]
    assert "more than 1 person match 'tran thi': the first is shown;" in cut.stderr  # not "the first 1 are"


def test_a_limit_below_one_is_a_usage_error(tmp_path):
    # review, session 25: 'search --limit 0' printed "no results" with exit 0
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    for args in (["search", "tran"], ["who", "tran"], ["awards"]):
        for bad in ("0", "-1"):
            result = CliRunner().invoke(cli, [*args, "--limit", bad, "--db", db])
            assert result.exit_code == 2 and "Invalid value for '--limit'" in result.output, (args, bad)


PRIZES = ("Ngày 12/5/2024, Chủ tịch UBND huyện Yên Thành trao Giấy khen cho ông Lê An, bà Lê An Khuê, "
          "ông Lê An Dũng và bà Lê Anh Thư, cán bộ Phòng Nông nghiệp huyện, vì thành tích trong phòng chống thiên "
          "tai năm 2023.")


def test_longer_names_hidden_by_an_equal_one_are_said_on_stderr(tmp_path):
    # a newcomer, session 28: "who 'nguyen van'" showed one person named exactly so and nothing of the many
    # "Nguyễn Văn …", which the exact match hides
    db, _ = kb_of(tmp_path, {"tin.txt": PRIZES})
    exact = who(db, "le an")
    assert exact.exit_code == 0
    assert exact.stdout.count("Người / person:") == 1 and "Lê An " in exact.stdout
    # words whole (a newcomer, session 40): "Lê Anh Thư" does not hold "Lê An"
    assert exact.stderr == ("also 2 persons whose name contains 'le an' (Lê An Dũng, Lê An Khuê): type more of "
                            "the name to see them\n")
    assert who(db, "le an", "--json").stdout.startswith("[")  # the notice stays off stdout
    other = who(db, "le anh")  # the one name holding "Lê Anh": nothing more to say
    assert other.stdout.count("Người / person:") == 1 and "Lê Anh Thư" in other.stdout and other.stderr == ""


def test_the_notice_counts_past_its_examples(tmp_path):
    from outputs.queries import names_also_containing, who_page
    import sqlite_utils

    db, _ = kb_of(tmp_path, {"tin.txt": PRIZES})
    kb = sqlite_utils.Database(db)
    records, _ = who_page(kb, "le an")
    assert names_also_containing(kb, "le an", records, examples=1) == {"person": (2, ["Lê An Dũng"])}
    assert who(db, "le an", "--limit", "1").stderr.startswith("also 2 persons")


def test_the_notice_keeps_to_the_diacritics_typed(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": PRIZES})
    assert who(db, "Lê An").stderr.startswith("also 2 persons")
    assert who(db, "Lê Ân").stderr == ""  # "Ân" is not "Anh": no longer name agrees (the exact one is shown)


def test_the_examples_are_shortest_first_over_both_spellings(tmp_path):
    # review, session 28: each i/y spelling was sorted alone and the two lists joined, so a shorter name of the
    # second spelling came after the longer ones of the first
    from outputs.queries import names_also_containing
    import sqlite_utils

    news = ("Ngày 2/4/2024, UBND huyện Yên Thành trao Giấy khen cho ông Hồ Sĩ, ông Hồ Sĩ Thanh Tùng và "
            "ông Hồ Sỹ An vì thành tích trong phòng chống thiên tai năm 2023.")
    db, _ = kb_of(tmp_path, {"tin.txt": news})
    assert names_also_containing(sqlite_utils.Database(db), "ho si", []) == {
        "person": (3, ["Hồ Sĩ", "Hồ Sỹ An", "Hồ Sĩ Thanh Tùng"])}

