"""A recommendation to revoke, with its addressee between the asking verb and the revoking one ("Bộ X kiến nghị Thủ
tướng Chính phủ xem xét hủy quyết định khen thưởng, thu hồi Bằng khen …"), revokes nothing: the award stays
conferred and in force (eval GUIDELINES: status; extractors.revocation._asking, the ``ask`` and ``done`` phrases of
revocation_roles.tsv), and the story's year dates the recommendation, not the award.  Found by a newcomer (session
23): such an award was shown REVOKED, with the story's year.  Sentences of our own wording."""
from __future__ import annotations

import json

from extractors.revocation import asks_revocation, revocation_kind
from tests.cli import kb_of, run_cli


def test_a_recommendation_with_its_addressee_is_asked():
    assert revocation_kind("Sở Tư pháp kiến nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét hủy quyết định khen "
                           "thưởng, thu hồi Giấy khen đã tặng cho ông Hà Văn Lực.") == "asked"
    assert revocation_kind("Hội đồng cũng kiến nghị Chủ tịch nước xem xét, thu hồi Huân chương Lao động hạng "
                           "Ba của ông Hà Văn Lực.") == "asked"
    assert revocation_kind("Ban Thi đua đề nghị Thủ tướng xem xét thu hồi Bằng khen của bà Lò Thị Mai.") == "asked"
    assert asks_revocation("kiến nghị Bộ trưởng Bộ Nội vụ xem xét ,")
    assert not asks_revocation("đề nghị của Sở Nội vụ , Ủy ban nhân dân tỉnh")


def test_a_revocation_told_as_done_stays_revoked():
    assert revocation_kind("Theo đề nghị của Sở Nội vụ, Ủy ban nhân dân tỉnh thu hồi Giấy khen của ông Hà Văn "
                           "Lực.") == "revoked"
    assert revocation_kind("Sau khi Sở kiến nghị, Chủ tịch tỉnh đã thu hồi Giấy khen của ông Hà Văn Lực.") \
        == "revoked"
    assert revocation_kind("Chủ tịch nước quyết định hủy bỏ Huân chương Lao động hạng Ba của ông Hà Văn Lực.") \
        == "revoked"


STORY = """Kiến nghị xem xét lại khen thưởng của một giám đốc

Ngày 12/4/2021, Sở Tư pháp tỉnh Yên Bái họp báo về công tác thi đua.

Sở Tư pháp tỉnh Yên Bái kiến nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét hủy quyết định khen thưởng, thu hồi Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh đã tặng trước đây cho ông Hà Văn Lực.
"""


def test_the_recommendation_leaves_the_award_in_force_and_undated(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": STORY})
    output = run_cli("awards", "--db", db, "--format", "json")
    rows = [(r["recipient"], r["status"], r["revoked"], r["year"]) for r in json.loads(output)]
    assert rows == [("Hà Văn Lực", "conferred", 0, None)]
