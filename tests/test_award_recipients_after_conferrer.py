"""Session 24 of award recipients (extractors/components/conferral_recipients.py): "trao <award> của <conferrer>
cho <recipient>". The conferrer written after a titled award ("của Trung ương Đoàn", "của Bộ Y tế") names no
recipient; the walk to "cho" goes past it. Session 43: a badge's name keeps the conferrer written after it ("huy hiệu
… của Trung ương Đoàn", GUIDELINES.md: the award's name with its conferrer; AwardNames._given_by); a commemorative
medal's stays without it, as before.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people  # noqa: F401  (shared helpers)


def test_badge_with_its_conferrer_before_cho():
    g = facts_of("Ngày 3/10, Huyện đoàn Yên Lạc trao tặng huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn TNCS "
                 "Hồ Chí Minh cho em Đỗ Văn Khang vì đã cứu bạn.")
    assert people(g) == {("Đỗ Văn Khang", "huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn TNCS Hồ Chí Minh")}


def test_commemorative_medal_with_a_ministry_before_cho():
    g = facts_of("Sáng 8/3, Sở Y tế trao Kỷ niệm chương Vì sức khỏe nhân dân của Bộ Y tế cho bác sĩ Lò Thị Mai.")
    assert people(g) == {("Lò Thị Mai", "Kỷ niệm chương Vì sức khỏe nhân dân")}


def test_quoted_badge_with_its_conferrer_before_cho():
    g = facts_of("Ngày 3/10, Tỉnh đoàn trao huy hiệu \"Tuổi trẻ dũng cảm\" của Trung ương Đoàn cho anh Hà Văn Lực.")
    assert people(g) == {("Hà Văn Lực", "Huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn")}


def test_conferrer_not_followed_by_cho_names_no_recipient():
    """Without "cho" after it, the body after "của" ends the walk as before: no recipient is read after it."""
    g = facts_of("Ngày 3/10, Tỉnh đoàn trao Kỷ niệm chương Vì sức khỏe nhân dân của Bộ Y tế tại hội trường Sở Y tế.")
    assert people(g) == set()
