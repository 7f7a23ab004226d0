"""``sovang who`` and ``sovang awards --unit/--recipient`` read abbreviations typed by a user ("ubnd", "VKSND",
"thpt") as the canonical names write them out.  Found by a newcomer: the example of ``awards --help``
("Chủ tịch UBND tỉnh Hà Tĩnh") found nothing.  Documents of tests/test_canonical_level_certificates.py; rows worked out by hand."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from outputs.queries import query_key
from pipeline.cli import cli
from tests.test_canonical_level_certificates import BK_HA_TINH, awards_json, kb, rows  # noqa: F401  (module fixture)


@pytest.mark.parametrize("typed, folded", [
    ("vksnd tinh quang ninh", "vien kiem sat nhan dan tinh quang ninh"),
    ("VKSND tỉnh Quảng Ninh", "vien kiem sat nhan dan tinh quang ninh"),
    ("hdnd tinh", "hoi dong nhan dan tinh"),
    ("Trường THPT Ninh Giang", "truong trung hoc pho thong ninh giang"),
    ("tp hue", "thanh pho hue"),
    ("nguyen van ca", "nguyen van ca"),  # no abbreviation: only folded
])
def test_query_key_writes_out_typed_abbreviations(typed, folded):
    assert query_key(typed) == folded


def test_the_help_example_with_ubnd_finds_the_provinces_certificates(kb):  # noqa: F811
    spelled = rows(awards_json(kb, "--unit", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"))
    assert spelled  # the two certificates and the title the province's decision gives
    assert rows(awards_json(kb, "--unit", "Chủ tịch UBND tỉnh Hà Tĩnh")) == spelled
    assert rows(awards_json(kb, "--unit", "ubnd tinh ha tinh")) == spelled


def test_who_finds_a_unit_typed_with_its_abbreviation(kb):  # noqa: F811
    spelled = CliRunner().invoke(cli, ["who", "--db", kb, "Ủy ban nhân dân huyện Đức Thọ"])
    typed = CliRunner().invoke(cli, ["who", "--db", kb, "ubnd huyen duc tho"])
    assert spelled.exit_code == 0 and typed.exit_code == 0, (spelled.output, typed.output)
    assert typed.output == spelled.output
