"""``sovang forget`` of a path within its ingest folder that two ingested folders hold (``qd01.txt`` of the 2019
and the 2020 archive) removes nothing and says which folders hold it; the full path removes the one meant (a
newcomer, session 36: both documents were removed).  Decisions of our own wording, the real CLI."""
from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import query_json, run_cli

ONE = "Ngày 4/4/2019, Chủ tịch UBND tỉnh Quảng Trị tặng Bằng khen cho ông Hồ Văn Tư.\n"
TWO = "Ngày 6/6/2020, Chủ tịch UBND tỉnh Quảng Trị tặng Bằng khen cho bà Lê Thị Năm.\n"


def recipients(db: str) -> list[str]:
    return sorted(r["recipient"] for r in query_json("awards", "--db", db, "--format", "json"))


def test_a_relative_path_of_two_folders_forgets_nothing_until_given_whole(tmp_path):
    folders = [tmp_path / "kho2019", tmp_path / "kho2020"]
    db = str(tmp_path / "kb.sqlite")
    for folder, text in zip(folders, (ONE, TWO)):
        folder.mkdir()
        (folder / "qd01.txt").write_text(text, encoding="utf-8")
        run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    assert recipients(db) == ["Hồ Văn Tư", "Lê Thị Năm"]
    refused = CliRunner().invoke(cli, ["forget", "qd01.txt", "--db", db])
    assert refused.exit_code == 1
    assert (f"Error: qd01.txt is stored under 2 folders given to 'sovang ingest' ({folders[0]}, {folders[1]}): "
            f"nothing removed; give its full path, such as {folders[0]}/qd01.txt") in refused.output
    assert recipients(db) == ["Hồ Văn Tư", "Lê Thị Năm"]
    assert f"forgot {folders[1]}/qd01.txt" in run_cli("forget", folders[1] / "qd01.txt", "--db", db)
    assert recipients(db) == ["Hồ Văn Tư"]
    # one folder holds it now: the relative path is no longer in doubt
    assert f"forgot {folders[0]}/qd01.txt" in run_cli("forget", "qd01.txt", "--db", db)
