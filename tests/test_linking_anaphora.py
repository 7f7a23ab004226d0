"""Award linking, session 6: an award named again by its kind and a demonstrative ("huy hiệu này", "bằng
khen này") stands for the last award of that kind (``ConferralLinker._anaphoric_awards`` in
``extractors/components/conferrals.py``); a body that presents a certificate its head confers holds no award of
its own (``_presented_for_head`` in ``extractors/resolve.py``); a counted object ("cho hai ông") is the group a nearby
sentence counts and names (``ConferralLinker._counted_object``); a person recipient written shorter takes the
document's one fuller name (``_fullest_persons`` in ``extractors/resolve.py``), and a name written once with a
wrong tone mark the spelling the document writes most; an honouring verb after the award and what is handed over
with it ("bằng khen, phần thưởng tuyên dương em A") names the recipient (``_co_given``).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people


def test_badge_named_again_by_its_kind_goes_to_the_second_recipient():
    g = facts_of("Trung ương Đoàn đã trao huy hiệu \"Tuổi trẻ dũng cảm\" cho anh Lê Văn Tâm và truy tặng "
                 "huy hiệu này cho anh Hoàng Văn Lợi.")
    assert people(g) == {("Lê Văn Tâm", "Huy hiệu Tuổi trẻ dũng cảm"),
                         ("Hoàng Văn Lợi", "Huy hiệu Tuổi trẻ dũng cảm")}


def test_certificate_named_again_by_its_kind_takes_the_certificates_name():
    g = facts_of("Tỉnh đoàn đã tặng bằng khen \"Thanh niên sống đẹp\" cho anh Lê Văn Tâm và trao bằng khen này "
                 "cho chị Trần Thị Hoa.")
    assert ("Trần Thị Hoa", "Bằng khen Thanh niên sống đẹp") in people(g)
    assert ("Trần Thị Hoa", "Bằng khen") not in people(g)


def test_kind_anaphor_after_an_award_of_another_kind_is_not_that_award():
    g = facts_of("Bộ Quốc phòng đã trao Huân chương Chiến công hạng Nhất cho ông Nguyễn Văn An và tặng "
                 "huy hiệu này cho ông Lê Văn Bình.")
    assert ("Lê Văn Bình", "Huân chương Chiến công hạng Nhất") not in people(g)


# --- a body presenting the certificate its head confers (``_presented_for_head`` in extractors/resolve.py) ---

def test_presenting_body_and_written_head_certificate_are_one_award():
    g = facts_of("Thứ trưởng Lê Văn Hải đã trao bằng khen của Bộ trưởng Bộ Y tế cho bác sĩ Trần Thị Hoa.",
                 "Đại diện Bộ Y tế trao bằng khen cho bác sĩ Trần Thị Hoa.")
    assert people(g) == {("Trần Thị Hoa", "Bằng khen của Bộ trưởng Bộ Y tế")}


def test_certificates_of_two_bodies_to_one_recipient_stay_two():
    g = facts_of("Ông Lê Văn Hải đã trao bằng khen của Chủ tịch UBND tỉnh Nam Định cho bác sĩ Trần Thị Hoa.",
                 "Bộ Y tế cũng trao bằng khen cho bác sĩ Trần Thị Hoa.")
    assert people(g) == {("Trần Thị Hoa", "Bằng khen của Chủ tịch UBND tỉnh Nam Định"),
                         ("Trần Thị Hoa", "Bằng khen của Bộ Y tế")}


# --- a counted object ("cho hai ông") names the group a nearby sentence counts and names ---------------------

def test_counted_object_takes_the_pair_named_with_the_same_count():
    g = facts_of("Ngày 5/3, UBND huyện Gia Lâm khen thưởng cho 2 ông Lê Văn Tâm (60 tuổi) và Trần Văn Bình.",
                 "Dịp này, UBND xã Đông Dư cũng tặng giấy khen kèm phần thưởng cho hai ông.")
    assert {("Lê Văn Tâm", "Giấy khen của UBND xã Đông Dư"),
            ("Trần Văn Bình", "Giấy khen của UBND xã Đông Dư")} <= people(g)


def test_counted_object_with_another_count_is_left_unnamed():
    g = facts_of("Ba ông Lê Văn Tâm, Trần Văn Bình và Ngô Văn Hải đã cứu người.",
                 "UBND xã Đông Dư đã tặng giấy khen cho hai ông.")
    assert people(g) == set()


# --- a person recipient written shorter than the document's one fuller name (``_fullest_persons``) ----------

def test_recipient_without_middle_name_takes_the_documents_full_name():
    g = facts_of("Nghệ sĩ Trần Ngọc Hạnh là diễn viên của Nhà hát Kịch Hà Nội.",
                 "Nghệ sĩ Trần Hạnh được phong tặng danh hiệu Nghệ sĩ Nhân dân năm 2019.")
    assert people(g) == {("Trần Ngọc Hạnh", "Nghệ sĩ Nhân dân")}


def test_shortened_name_of_two_fuller_names_stays_as_written():
    g = facts_of("Ông Trần Ngọc Hạnh và ông Trần Văn Hạnh là diễn viên của Nhà hát Kịch Hà Nội.",
                 "Nghệ sĩ Trần Hạnh được phong tặng danh hiệu Nghệ sĩ Nhân dân năm 2019.")
    assert people(g) == {("Trần Hạnh", "Nghệ sĩ Nhân dân")}


# --- an honouring verb after the award and what is given with it names the recipient ------------------------

def test_honouring_verb_after_certificate_and_gift_names_the_recipient():
    g = facts_of("Sở GD&ĐT Nam Định đã trao tặng bằng khen, phần thưởng tuyên dương em Lê Thị Mai, học sinh lớp 5B.")
    assert people(g) == {("Lê Thị Mai", "Bằng khen của Sở GD&ĐT Nam Định")}


def test_recipient_written_once_with_a_wrong_tone_takes_the_usual_spelling():
    g = facts_of("Em Lê Thị Mai học lớp 5B.", "Em Lê Thị Mai nhặt được ví tiền và trả lại người mất.",
                 "Sở GD&ĐT Nam Định đã trao tặng bằng khen, phần thưởng tuyên dương em Lê Thi Mai.")
    assert people(g) == {("Lê Thị Mai", "Bằng khen của Sở GD&ĐT Nam Định")}
