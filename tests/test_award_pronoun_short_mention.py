"""A pronoun subject stands for the person last named, also when that person was last written short, by one
syllable ending a longer name written before ("Schneider" for "Klaus Dieter Schneider"), after another person named
in full (extractors.components.conferral_references._short_mention_after).  Found by a newcomer (session 23): the
awards of a foreign cosmonaut went to the Vietnamese one named in between.  Sentences of our own wording."""
from __future__ import annotations

import json

from tests.cli import kb_of, run_cli


STORY = """Nhà vật lý người Đức qua đời

Nhà vật lý Klaus Dieter Schneider vừa qua đời ở tuổi 90.

Nhà vật lý Klaus Dieter Schneider (trái) và giáo sư Nguyễn Văn Hiệu tại Viện Vật lý năm 1975. Gắn bó với các đồng nghiệp, Schneider đã nhiều lần sang Việt Nam giảng dạy. Trong số các phần thưởng mà ông được trao tặng có Huân chương Hữu nghị.

Bà Trần Thị Lan gắn bó với bệnh viện ba mươi năm. Năm 2020, bà được tặng Bằng khen của Bộ trưởng Bộ Y tế.
"""


def test_a_pronoun_after_a_short_mention_is_that_person(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": STORY})
    output = run_cli("awards", "--db", db, "--format", "json")
    rows = {(r["recipient"], r["award"]) for r in json.loads(output)}
    assert ("Klaus Dieter Schneider", "Huân chương Hữu nghị") in rows
    assert not any(r == "Nguyễn Văn Hiệu" for r, _ in rows)
    assert ("Trần Thị Lan", "Bằng khen của Bộ trưởng Bộ Y tế") in rows
