"""A proposal to revoke that goes on with a second revoking verb ("Đề nghị thu hồi Giấy khen … và hủy bỏ Quyết định
số …", "…, đồng thời hủy bỏ …") asks for both: the award stays conferred, not revoked (eval GUIDELINES: status;
extractors.revocation.revocation_kind, the ``join`` phrases of revocation_roles.tsv).  Found by a newcomer: the
second verb alone was read as a revocation.  Sentences of our own wording; a Tờ trình run through the real CLI."""
from __future__ import annotations

import json

from click.testing import CliRunner

from extractors.revocation import revocation_kind
from pipeline.cli import cli


def test_a_revoking_verb_joined_to_a_proposed_one_is_asked():
    assert revocation_kind("Đề nghị thu hồi Giấy khen đã tặng cho bà Ngô Thị Thu và hủy bỏ Quyết định số "
                           "15/QĐ-UBND ngày 2/2/2025.") == "asked"
    assert revocation_kind("Đề nghị thu hồi Giấy khen của bà Ngô Thị Thu, đồng thời hủy bỏ Quyết định số "
                           "15/QĐ-UBND.") == "asked"
    assert revocation_kind("Đề nghị thu hồi Giấy khen của bà Ngô Thị Thu, hủy bỏ Quyết định số 15/QĐ-UBND.") \
        == "asked"
    # a revocation decided stays one, and so does a second verb not joined to the proposal
    assert revocation_kind("Thu hồi Giấy khen của bà Ngô Thị Thu và hủy bỏ Quyết định số 15/QĐ-UBND.") == "revoked"
    assert revocation_kind("Đề nghị thu hồi Giấy khen của bà Thu; Chủ tịch huyện đã hủy bỏ Quyết định số 15.") \
        == "revoked"


PROPOSAL = """ỦY BAN NHÂN DÂN XÃ YÊN THÀNH
Số: 21/TTr-UBND
Yên Thành, ngày 12 tháng 6 năm 2025
TỜ TRÌNH
Về việc đề nghị thu hồi Giấy khen
Đề nghị thu hồi Giấy khen của Chủ tịch Ủy ban nhân dân huyện đã tặng cho bà Ngô Thị Thu, Chủ tịch Hội Nông dân xã Yên Thành và hủy bỏ Quyết định số 15/QĐ-UBND ngày 2/2/2025 của Ủy ban nhân dân huyện.
"""


def test_the_proposal_leaves_the_award_in_force(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tt21.txt").write_text(PROPOSAL, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "docs"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["awards", "--db", db, "--format", "json"])
    rows = [(r["recipient"], r["status"], r["revoked"]) for r in json.loads(result.output)]
    assert rows == [("Ngô Thị Thu", "conferred", 0)]
