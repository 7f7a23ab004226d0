"""A pronoun subject stands for the person last named, also when that person was last written short, by one
syllable ending a longer name written before ("Schneider" for "Klaus Dieter Schneider"), after another person named
in full (extractors.components.conferral_references._short_mention_after).  Found by a newcomer (session 23): the
awards of a foreign cosmonaut went to the Vietnamese one named in between.  Sentences of our own wording."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import cli

STORY = """Nhà vật lý người Đức qua đời

Nhà vật lý Klaus Dieter Schneider vừa qua đời ở tuổi 90.

Nhà vật lý Klaus Dieter Schneider (trái) và giáo sư Nguyễn Văn Hiệu tại Viện Vật lý năm 1975. Gắn bó với các đồng nghiệp, Schneider đã nhiều lần sang Việt Nam giảng dạy. Trong số các phần thưởng mà ông được trao tặng có Huân chương Hữu nghị.

Bà Trần Thị Lan gắn bó với bệnh viện ba mươi năm. Năm 2020, bà được tặng Bằng khen của Bộ trưởng Bộ Y tế.
"""


def test_a_pronoun_after_a_short_mention_is_that_person(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tin.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json"])
    rows = {(r["recipient"], r["award"]) for r in json.loads(result.output)}
    assert ("Klaus Dieter Schneider", "Huân chương Hữu nghị") in rows
    assert not any(r == "Nguyễn Văn Hiệu" for r, _ in rows)
    assert ("Trần Thị Lan", "Bằng khen của Bộ trưởng Bộ Y tế") in rows
