"""Award linking and conferrer naming, kinds of fault seen on unseen news (``ConferralLinker`` in
``extractors/components/conferrals.py``, ``extractors/resolve.py``).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of, people


# --- the giver before the verb ends with a number or an abbreviation ----------------------------------

def test_giver_whose_name_closes_with_a_number_is_not_a_count():
    g = facts_of("Công ty cổ phần Nhiệt điện Hải Hà được Tổng công ty Phát điện 3 tặng cờ thi đua năm 2020.")
    assert people(g) == {("Công ty cổ phần Nhiệt điện Hải Hà", "Cờ thi đua của Tổng công ty Phát điện 3")}


def test_a_count_between_giver_and_verb_is_still_passed_over():
    g = facts_of("UBND tỉnh Nam Định ngày 5 đã trao tặng 3 bằng khen cho ông Nguyễn Văn An.")
    assert people(g) == {("Nguyễn Văn An", "Bằng khen của UBND tỉnh Nam Định")}


def test_giver_followed_by_its_abbreviation_in_parentheses():
    g = facts_of("Tập đoàn Điện lực Việt Nam (EVN) đã tặng bằng khen cho ông Nguyễn Văn An.")
    assert people(g) == {("Nguyễn Văn An", "Bằng khen của Tập đoàn Điện lực Việt Nam")}


# --- one conferrer written out and as an initialism -----------------------------------------------------

def test_conferrer_initialism_spelled_out_elsewhere_is_one_award():
    g = facts_of("Bộ Giáo dục và Đào tạo đã trao tặng bằng khen cho học sinh Nguyễn Văn Minh.",
                 "Em Nguyễn Văn Minh được Bộ GD & ĐT tặng bằng khen vì đã trả lại tài sản.")
    assert people(g) == {("Nguyễn Văn Minh", "Bằng khen của Bộ Giáo dục và Đào tạo")}


def test_dashed_initialism_of_a_minister_conferrer():
    g = facts_of("Bộ trưởng Bộ Giáo dục và Đào tạo vừa ký quyết định tặng bằng khen cho em Lê Văn Bình.",
                 "Để biểu dương, Bộ trưởng Bộ GD-ĐT quyết định tặng bằng khen cho em Trần Thị Hoa.")
    assert people(g) == {("Lê Văn Bình", "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo"),
                         ("Trần Thị Hoa", "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo")}


def test_abbreviation_match_by_initial_letters():
    from extractors.initialisms import abbreviates, name_words
    assert abbreviates(name_words("Bộ VH, TT & DL"), name_words("Bộ Văn hóa, Thể thao và Du lịch"))
    assert abbreviates(name_words("Bộ LĐ-TB&XH"), name_words("Bộ Lao động - Thương binh và Xã hội"))
    assert abbreviates(name_words("UBND tỉnh Nam Định"), name_words("Ủy ban nhân dân tỉnh Nam Định"))
    assert not abbreviates(name_words("Bộ GD & ĐT"), name_words("Bộ Giao thông vận tải"))
    assert not abbreviates(name_words("Thủ tướng"), name_words("Thủ tướng Chính phủ"))


# --- a counted pronoun subject is a group, not the last person named ----------------------------------

def test_counted_pronoun_subject_is_not_the_last_person_named():
    g = facts_of("Học sinh Nguyễn Văn Lộc và Trần Văn Thạch đã bắt được kẻ trộm.",
                 "Kẻ trộm là Nguyễn Thị Minh An.",
                 "Hai em được Bộ Giáo dục và Đào tạo tặng bằng khen.")
    assert "Nguyễn Thị Minh An" not in {r for r, _ in people(g)}


def test_a_year_before_a_pronoun_is_no_count():
    g = facts_of("Ông Lê Văn Giao là người chăn nuôi giỏi.",
                 "Với thành tích này, năm 1966 ông được phong Anh hùng Lao động.")
    assert people(g) == {("Lê Văn Giao", "Anh hùng Lao động")}


# --- a bare head noun subject stands for the document's unit with that head ----------------------------

def test_bare_centre_subject_is_the_centre_named_before():
    g = facts_of("Trung tâm Nghiên cứu Biển Miền Trung được thành lập năm 2007.",
                 "Với những thành tích đạt được, Trung tâm đã được trao tặng Bằng khen của Thủ tướng Chính phủ.")
    assert people(g) == {("Trung tâm Nghiên cứu Biển Miền Trung", "Bằng khen của Thủ tướng Chính phủ")}


# --- a conferrer written as a bare unit head ("của công ty", "của Hội") ---------------------------------

def test_bare_company_conferrer_is_the_documents_company():
    g = facts_of("Thủ tướng vừa tặng bằng khen cho bà Trần Thị Mai, nhân viên Công ty TNHH MTV Điện lực Hải Hà.",
                 "Bà Mai nhận bằng khen của công ty vì hành động đẹp.")
    assert people(g) == {("Trần Thị Mai", "Bằng khen của Thủ tướng"),
                         ("Trần Thị Mai", "Bằng khen của Công ty TNHH MTV Điện lực Hải Hà")}


def test_bare_head_skips_a_unit_with_a_longer_head():
    g = facts_of("Hội đồng Chức danh giáo sư nhà nước và Hội Nghệ nhân Việt Nam họp.",
                 "Ông Trần Văn Sơn nhận bằng khen của Hội vì đóng góp.")
    assert people(g) == {("Trần Văn Sơn", "Bằng khen của Hội Nghệ nhân Việt Nam")}


def test_central_body_of_the_association_confers_its_certificate():
    # "Trung ương Hội" right after the certificate, without "của": the central committee of the one association
    g = facts_of("Hội Nhạc sĩ Trẻ Việt Nam vừa họp.",
                 "Dòng chữ ghi trong bằng khen Trung ương Hội cấp cho nhạc sĩ Trần Văn Minh sẽ phải hủy bỏ.")
    assert people(g) == {("Trần Văn Minh", "Bằng khen của Hội Nhạc sĩ Trẻ Việt Nam")}


def test_abbreviated_central_body_after_cua():
    g = facts_of("Hội Nhạc sĩ Trẻ Việt Nam vừa họp.",
                 "Ông Trần Văn Minh nhận bằng khen của TW Hội vì đóng góp.")
    assert people(g) == {("Trần Văn Minh", "Bằng khen của Hội Nhạc sĩ Trẻ Việt Nam")}


def test_central_body_names_no_association_among_several():
    g = facts_of("Hội Nhạc sĩ Trẻ Việt Nam và Hội Nông dân Việt Nam vừa họp.",
                 "Dòng chữ ghi trong bằng khen Trung ương Hội cấp cho nhạc sĩ Trần Văn Minh sẽ phải hủy bỏ.")
    assert people(g) == {("Trần Văn Minh", "Bằng khen")}


def test_central_body_of_a_named_association_is_kept():
    # the association named after the head, its name opening in lower case: not the document's other "Hội"
    g = facts_of("Hội Nhạc sĩ Trẻ Việt Nam vừa họp.",
                 "Ông Trần Văn Minh nhận bằng khen Trung ương Hội chữ Thập đỏ trao.")
    assert people(g) == {("Trần Văn Minh", "Bằng khen của Trung ương Hội chữ Thập đỏ")}


def test_pronoun_syllable_after_an_address_word_is_a_short_name():
    g = facts_of("Thủ tướng vừa tặng bằng khen cho bà Trần Thị Anh.",
                 "Bà Anh nhận giấy khen của UBND tỉnh Nam Định vì hành động đẹp.")
    assert people(g) == {("Trần Thị Anh", "Bằng khen của Thủ tướng"),
                         ("Trần Thị Anh", "Giấy khen của UBND tỉnh Nam Định")}


# --- a nominalised clause after "việc" has a subject of its own -----------------------------------------

def test_a_name_before_viec_is_not_the_subject_of_the_clause_after_it():
    g = facts_of("Ông Trần Văn Nhân, Tổng thư ký Hội đồng Chức danh giáo sư nhà nước, chia sẻ về việc "
                 "ca sĩ Lê Ngọc Sơn được tặng bằng khen.")
    assert "Trần Văn Nhân" not in {r for r, _ in people(g)}


def test_bare_company_conferrer_found_as_the_parent_of_a_sub_unit():
    from extractors.components.conferral_award_names import _parent_forms
    assert _parent_forms("Điện lực Sơn Trà thuộc Công ty TNHH MTV Điện lực Đà Nẵng") == [
        "Điện lực Sơn Trà thuộc Công ty TNHH MTV Điện lực Đà Nẵng", "Công ty TNHH MTV Điện lực Đà Nẵng"]
    assert _parent_forms("Phòng Tổ chức cán bộ, Sở Y tế tỉnh Nam Định") == [
        "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Nam Định", "Sở Y tế tỉnh Nam Định"]
