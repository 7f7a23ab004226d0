"""Session 10: award names and recipients (awards.py, conferrals.py, competitions.txt).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(g) -> set:
    """(recipient, award) of every award fact."""
    return {(a["recipient"], a["award"]) for a in g["awards"]}


def test_conferrer_run_opening_a_unit_with_a_dash_takes_it_whole():
    """"Trưởng phòng" is no conferrer title: the run from it stops at the dash, but the unit that starts inside
    the run ("Phòng Tài chính – Kế hoạch huyện Yên Thế") is the conferrer, whole."""
    g = facts_of("Ông Nguyễn Văn An được tặng Giấy khen của Trưởng phòng Phòng Tài chính – Kế hoạch huyện Yên Thế "
                 "vì đã có thành tích xuất sắc.")
    assert awards(g) == {("Nguyễn Văn An", "Giấy khen của Trưởng phòng Phòng Tài chính – Kế hoạch huyện Yên Thế")}


def test_conferrer_unit_beginning_inside_a_title_word():
    """"Trưởng phòng Giáo dục – Đào tạo thành phố Nam Định": the unit "phòng Giáo dục – Đào tạo …" begins at the
    title's second syllable and runs past the dash."""
    g = facts_of("Trường THCS Lý Tự Trọng được tặng Giấy khen của Trưởng phòng Giáo dục – Đào tạo thành phố Nam Định.")
    assert awards(g) == {("Trường THCS Lý Tự Trọng",
                          "Giấy khen của Trưởng phòng Giáo dục – Đào tạo thành phố Nam Định")}


def test_listed_field_with_a_dash_in_an_award_name():
    """A ministry's field of ministry_fields.txt is read whole in a medal's name, past its dash and "và"."""
    g = facts_of("Bà Lê Thị Hoa được tặng Huy chương Vì sự nghiệp Lao động – Thương binh và Xã hội.")
    assert awards(g) == {("Lê Thị Hoa", "Huy chương Vì sự nghiệp Lao động – Thương binh và Xã hội")}


def test_dash_before_a_credit_or_an_aside_still_ends_the_award():
    """A dash followed by a photo credit or a lower-case aside is no part of the conferrer."""
    g = facts_of("Ông Hoàng Văn Em được tặng Bằng khen của Chủ tịch UBND tỉnh – Ảnh: Văn Hải.")
    assert awards(g) == {("Hoàng Văn Em", "Bằng khen của Chủ tịch UBND tỉnh")}
    g = facts_of("Ông Vũ Văn Phong được tặng Bằng khen của Thủ tướng Chính phủ – một phần thưởng cao quý.")
    assert awards(g) == {("Vũ Văn Phong", "Bằng khen của Thủ tướng Chính phủ")}


def test_name_syllable_before_nhan_makes_no_compound():
    """"Phạm Thị Dung nhận", "Nguyễn Thành Công nhận", "Lê Văn Thu nhận": the last syllable of a name and the
    receive verb are no dictionary word ("dung nhận", "công nhận", "thu nhận")."""
    g = facts_of("Bà Phạm Thị Dung nhận Giấy khen của Giám đốc Sở Y tế tỉnh Bắc Giang.")
    assert awards(g) == {("Phạm Thị Dung", "Giấy khen của Giám đốc Sở Y tế tỉnh Bắc Giang")}
    g = facts_of("Ông Nguyễn Thành Công nhận Bằng khen của Bộ trưởng Bộ Y tế.")
    assert awards(g) == {("Nguyễn Thành Công", "Bằng khen của Bộ trưởng Bộ Y tế")}
    g = facts_of("Anh Lê Văn Thu nhận Huy chương vàng.")
    assert awards(g) == {("Lê Văn Thu", "Huy chương vàng")}


def test_competition_aliases_come_from_the_gazetteer():
    """competitions.txt's second column: "Olympics" counts as the Olympic, "AFF Suzuki Cup" as the AFF Cup."""
    from extractors.components.awards import AwardRecognizer
    from extractors.nlp import get_nlp

    rec = AwardRecognizer(get_nlp())
    assert rec.competition_keys[("Olympics",)] == "olympic"
    assert rec.competition_keys[("AFF", "Suzuki", "Cup")] == "aff cup"
    assert rec.competition_keys[("SEA", "Games")] == "sea games"


def test_capitalised_ceremony_between_giver_and_give_verb():
    """"Bộ X tổ chức Lễ trao tặng bằng khen cho …": the press writes the ceremony "Lễ" with a capital; the
    ministry before it still gives the certificate, as with "tổ chức lễ trao tặng"."""
    g = facts_of("Chiều 23-6, Bộ Y tế tổ chức Lễ trao tặng bằng khen cho ông Nguyễn Công Uẩn.")
    assert awards(g) == {("Nguyễn Công Uẩn", "Bằng khen của Bộ Y tế")}
