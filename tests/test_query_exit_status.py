"""The exit status of the query commands (session 36): ``search`` and ``who`` exited 1 when nothing matched
(grep's convention) while ``awards`` whose filters matched nothing exited 0, so a script could not tell "no
conferral" from a hit. Now every query exits ``NOTHING_FOUND`` (1) on an empty answer, whatever the format; the
listing of failures exits 0 when there is none (good news, not a failed query). Documents of our own wording,
the real CLI on a real SQLite file."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import NOTHING_FOUND, cli
from tests.cli import kb_of

NEWS = ("Ngày 12/4/2022, UBND tỉnh Yên Bái trao Bằng khen cho ông Hà Văn Sinh, cán bộ xã Khánh Hòa, "
        "vì thành tích trong công tác phòng chống thiên tai năm 2021.")


def sovang(db, *args):
    return CliRunner().invoke(cli, [*args, "--db", db])


def test_awards_that_match_nothing_exit_1_in_every_format(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    hit = sovang(db, "awards", "--recipient", "ha van sinh", "--format", "json")
    assert hit.exit_code == 0 and [r["recipient"] for r in json.loads(hit.stdout)] == ["Hà Văn Sinh"]
    assert NOTHING_FOUND == 1
    table = sovang(db, "awards", "--year", "1999")
    assert table.exit_code == 1 and table.stdout == "" and table.stderr == "0 conferrals\n"
    as_json = sovang(db, "awards", "--recipient", "khong ai", "--format", "json")
    assert as_json.exit_code == 1 and json.loads(as_json.stdout) == []
    as_csv = sovang(db, "awards", "--award", "huan chuong", "--format", "csv")
    assert as_csv.exit_code == 1 and len(as_csv.stdout.splitlines()) == 1  # the header alone
    distinct = sovang(db, "awards", "--status", "revoked", "--distinct", "--format", "json")
    assert distinct.exit_code == 1 and json.loads(distinct.stdout) == []


def test_a_knowledge_base_without_conferrals_answers_awards_with_1(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": "Chiều 3/5, trời mưa to ở vùng núi phía Bắc."})
    assert sovang(db, "awards").exit_code == 1


def test_no_failure_is_good_news_exit_0(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    none = sovang(db, "failures")
    assert none.exit_code == 0 and none.stdout == "no failed or partial document\n"
    as_json = sovang(db, "failures", "--json")
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == []
