"""``sovang awards --limit N`` says when more conferrals match than it shows, as ``who --limit`` does (a newcomer,
session 27: "--limit 3" printed "3 conferrals" of 48 and nothing else). Documents of our own wording, the real CLI
on a real SQLite file."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import kb_of

NEWS = ("Ngày 5/9/2023, UBND huyện Đô Lương trao Giấy khen cho ông Phan Văn Tâm, bà Phan Thị Nhàn và "
        "ông Phan Đình Lộc, cán bộ Trạm Y tế xã Đà Sơn, vì thành tích phòng chống dịch năm 2023.")


def awards(db, *args):
    return CliRunner().invoke(cli, ["awards", *args, "--db", db])


def test_a_cut_list_of_conferrals_is_said_on_stderr(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    every = awards(db, "--format", "json")
    assert every.exit_code == 0 and every.stderr == ""
    assert len(json.loads(every.stdout)) == 3  # three recipients of the Giấy khen
    cut = awards(db, "--limit", "2")
    assert cut.exit_code == 0
    assert cut.stderr == ("more than 2 conferrals match: the first 2 are shown; narrow the filters or raise --limit\n"
                          "2 conferrals\n")
    assert len(cut.stdout.splitlines()) == 2
    whole = awards(db, "--limit", "3")
    assert whole.exit_code == 0 and whole.stderr == "3 conferrals\n"


def test_json_and_csv_stay_whole_when_the_list_is_cut(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    cut = awards(db, "--limit", "1", "--format", "json")
    assert len(json.loads(cut.stdout)) == 1
    assert cut.stderr.startswith("more than 1 conferral match: the first is shown;")
    csv = awards(db, "--limit", "2", "--format", "csv")
    assert len(csv.stdout.splitlines()) == 3  # the header and two rows
    assert csv.stderr.startswith("more than 2 conferrals match:")
    distinct = awards(db, "--limit", "2", "--distinct", "--format", "json")
    assert len(json.loads(distinct.stdout)) == 2
    assert distinct.stderr.startswith("more than 2 distinct conferrals match:")
