"""The body a presenter acts for ("thay mặt Chính phủ", "thừa ủy quyền Chủ tịch nước"), written before the give verb,
is never a recipient (extractors.components.conferral_recipients.acts_for_giver); a body received for ("Thay mặt
tập thể …, ông A nhận …") still is.  Found by a newcomer (session 23): "Chính phủ" was given an order.  Sentences
of our own wording."""
from __future__ import annotations

import json

from tests.cli import kb_of, run_cli


STORY = """Lễ kỷ niệm ngày truyền thống

Phó Thủ tướng Lê Văn An trao tặng Huân chương Lao động hạng Ba cho Trường Đại học Y Hà Nội Cũng tại buổi lễ, thay mặt Chính phủ, Phó Thủ tướng Lê Văn An đã trao tặng Bằng khen cho Bệnh viện Việt Đức.

Thay mặt Công ty Cổ phần Dệt Nam Định, ông Phạm Văn Cường nhận Huân chương Lao động hạng Nhì.
"""


def test_the_principal_of_a_presenter_receives_nothing(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": STORY})
    output = run_cli("awards", "--db", db, "--format", "json")
    rows = {(r["recipient"], r["award"]) for r in json.loads(output)}
    assert ("Chính phủ", "Huân chương Lao động hạng Ba") not in rows
    assert ("Trường Đại học Y Hà Nội", "Huân chương Lao động hạng Ba") in rows
