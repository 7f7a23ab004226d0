"""An award's canonical name wrote out the administrative abbreviations of its conferrer but not the places written
short ("Bằng khen của Liên đoàn Lao động TP HCM" → "… thành phố HCM": half written out), while the conferrer as a
unit read "… thành phố Hồ Chí Minh"; the award's name is now written out as a unit's is (canonical.expand_places),
so every spelling of one award is one entity.  Found by a newcomer; bulk news writes the city short in award names.
Names of our own wording."""
from __future__ import annotations

import pytest

from extractors.canonical import canonical_award, canonical_unit

FULL = "Bằng khen của Liên đoàn Lao động thành phố Hồ Chí Minh"


@pytest.mark.parametrize("written", ["Bằng khen của Liên đoàn Lao động thành phố HCM",
                                     "Bằng khen của Liên đoàn Lao động TP HCM", "Bằng khen của LĐLĐ TP.HCM",
                                     "BẰNG KHEN CỦA LIÊN ĐOÀN LAO ĐỘNG TPHCM"])
def test_every_spelling_is_written_out_whole(written):
    award = canonical_award(written)
    assert award.name == FULL
    assert award.conferrer == canonical_unit("LĐLĐ TP.HCM").name == "Liên đoàn Lao động thành phố Hồ Chí Minh"
    assert award.level == "province" and award.base == "Bằng khen"


def test_the_catalogues_short_alias_still_maps():
    assert canonical_award("Huân chương HCM").name == "Huân chương Hồ Chí Minh"
    assert canonical_award("Bằng khen của UBND TPHCM").name == "Bằng khen của Ủy ban nhân dân thành phố Hồ Chí Minh"
