"""Session 8 of award names (extractors/components/awards.py): the conferrer the gold writes with a certificate.

Every sentence here was written for these tests; the expected names are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_titled_body_keeps_its_level_and_takes_the_sentences_place():
    """"Giám đốc Công an tỉnh": the level after a body closing on a lower-case syllable ("Công an") is the
    body's; the one "Công an tỉnh X" of the sentence gives the place (dev gold writes the place)."""
    g = facts_of("Ngày 15-2, Công an tỉnh Bến Tre cho biết vừa trao giấy khen đột xuất của Giám đốc Công an tỉnh "
                 "cho anh Phạm Hoàng Duy.")
    assert people(g) == {("Phạm Hoàng Duy", "Giấy khen của Giám đốc Công an tỉnh Bến Tre")}


def test_body_closing_on_lower_case_keeps_its_level():
    g = facts_of("Năm 2017, anh Phạm Hoàng Duy nhận giấy khen của Công an huyện.")
    assert people(g) == {("Phạm Hoàng Duy", "Giấy khen của Công an huyện")}


def test_titled_committee_takes_the_place_its_sentence_writes():
    g = facts_of("Thừa ủy quyền UBND tỉnh Đồng Nai, ông Lê Văn An trao bằng khen đột xuất của Chủ tịch UBND tỉnh "
                 "cho chị Thạch Thị Tha.")
    assert ("Thạch Thị Tha", "Bằng khen của Chủ tịch UBND tỉnh Đồng Nai") in people(g)


def test_titled_body_with_its_place_is_unchanged():
    g = facts_of("Năm 2017, anh Phạm Hoàng Duy nhận giấy khen của Giám đốc Sở Y tế tỉnh Nam Định.")
    assert people(g) == {("Phạm Hoàng Duy", "Giấy khen của Giám đốc Sở Y tế tỉnh Nam Định")}


def test_excellent_is_no_part_of_a_certificates_name():
    """Luật 06/2022/QH15 names certificates by their conferrer alone; "xuất sắc" describes this one."""
    g = facts_of("Năm 2018, ông Lê Duy Hạnh nhận bằng khen xuất sắc của Bộ Y tế.")
    assert people(g) == {("Lê Duy Hạnh", "Bằng khen của Bộ Y tế")}


def test_excellent_stays_in_a_flags_name():
    g = facts_of("Năm 2018, Tỉnh đoàn Nghệ An nhận cờ thi đua xuất sắc của Trung ương Đoàn.")
    assert {a for _, a in people(g)} == {"Cờ thi đua xuất sắc của Trung ương Đoàn"}


def test_titled_conferrer_takes_no_body_inside_a_title():
    """The signer "Chủ tịch UBND huyện X" holds the office now; the certificate revoked was given before."""
    g = facts_of("Chủ tịch UBND huyện Mường Tè vừa ký quyết định thu hồi giấy khen của Chủ tịch UBND huyện "
                 "đã tặng anh Phạm Hoàng Duy.")
    assert people(g) == {("Phạm Hoàng Duy", "Giấy khen của Chủ tịch UBND huyện")}
