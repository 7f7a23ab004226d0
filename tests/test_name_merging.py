"""One official per person (``extractors/engine.py`` ``_merge_names``): short forms map to the full name.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def names(g: dict) -> list:
    return [o["name"] for o in g["officials"]]


def test_given_name_after_a_shorter_form_goes_to_the_full_name():
    """"Lan" ends both "Vân Lan" (written last before it) and "Nguyễn Thị Vân Lan": "Vân Lan" is itself the short
    form of the full name, so all three are one official (found on held-out news by a helper of session 6)."""
    g = facts_of("Bà Nguyễn Thị Vân Lan, giáo viên Trường THCS Lê Lợi, được tặng Bằng khen. "
                 "Cô Vân Lan cho biết rất vui. Chị Lan đã dạy học 20 năm.")
    assert names(g) == ["Nguyễn Thị Vân Lan"]


def test_two_full_names_ending_alike_stay_two():
    g = facts_of("Ông Nguyễn Tiến Danh được tặng Bằng khen. Ông Lê Tiến Danh cũng dự. Ông Danh phát biểu.")
    assert names(g) == ["Nguyễn Tiến Danh", "Lê Tiến Danh"]


def test_a_short_form_is_a_mention_of_the_full_name_in_the_knowledge_base(tmp_path):
    """Found by a newcomer: 'sovang who vinh' gave a bare person "Vinh" (from "ông Vinh") and not Đàm Quốc Vinh,
    named in full in the same story."""
    import json

    from click.testing import CliRunner

    from pipeline.cli import cli

    (tmp_path / "kho").mkdir()
    (tmp_path / "kho" / "tin.txt").write_text(
        "UBND tỉnh thu hồi Bằng khen đã tặng ông Đàm Quốc Vinh.\nTheo quyết định, ông Vinh phải nộp lại Bằng khen.\n",
        encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(tmp_path / "kho"), "--db", db, "-q"]).exit_code == 0
    result = runner.invoke(cli, ["who", "vinh", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [r["name"] for r in records if r["kind"] == "person"] == ["Đàm Quốc Vinh"]
