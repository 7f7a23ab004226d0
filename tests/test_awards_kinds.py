"""Award (conferral) extraction, one test per kind of Vietnamese phrasing fixed in
``extractors/components/conferrals.py``, ``awards.py`` and ``resolve.py``.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

import time

from extractors import extract
from tests.test_extractors import awards, facts_of, make_doc  # noqa: F401  (shared helpers)


def years(g: dict) -> dict:
    return {(a["recipient"], a["award"]): a["year"] for a in g["awards"]}


# --- presenter vs recipient -------------------------------------------------------------------------

def test_subject_before_duoc_tang_is_recipient_not_conferrer():
    g = facts_of("Nhiều năm liền, Công ty cổ phần Cơ khí Hòa Bình được tặng bằng khen.")
    assert awards(g) == {("Công ty cổ phần Cơ khí Hòa Bình", "Bằng khen", "conferred")}


def test_speaker_after_quote_is_not_recipient():
    g = facts_of('"Trước đây nhiều hợp tác xã của huyện đã được nhận danh hiệu Anh hùng Lao động", '
                 "ông Trần Văn Khoa nói thêm.")
    assert g["awards"] == []


def test_capitalised_anh_ending_a_name_is_no_pronoun():
    g = facts_of("Em Lê Thị Mai học lớp 12.",
                 "Trong khi Minh Anh giành huy chương bạc Olympic Vật lý thì Lê Thị Mai giành huy chương đồng.")
    assert ("Lê Thị Mai", "huy chương bạc Olympic Vật lý", "conferred") not in awards(g)


# --- conferrers -------------------------------------------------------------------------------------

def test_receive_award_from_a_body():
    g = facts_of("Anh Phạm Văn Tùng nhận bằng khen từ Bộ Y tế vì đã cứu người.")
    assert awards(g) == {("Phạm Văn Tùng", "Bằng khen của Bộ Y tế", "conferred")}


def test_conferrer_list_gives_one_award_per_conferrer():
    g = facts_of("Ông Hoàng Văn Sơn được tặng Bằng khen của Bộ Y tế và UBND tỉnh Thái Bình.")
    assert awards(g) == {("Hoàng Văn Sơn", "Bằng khen của Bộ Y tế", "conferred"),
                         ("Hoàng Văn Sơn", "Bằng khen của UBND tỉnh Thái Bình", "conferred")}


def test_agent_of_give_verb_gives_every_award_of_its_list():
    g = facts_of("Hợp tác xã Tân Tiến được Bộ Công Thương tặng Huy chương Vàng hội chợ và nhiều bằng khen.")
    assert ("Hợp tác xã Tân Tiến", "Bằng khen của Bộ Công Thương", "conferred") in awards(g)


# --- lists ------------------------------------------------------------------------------------------

def test_elided_subject_across_semicolon_clauses():
    g = facts_of("Ông Đinh Quang Vinh được phong Anh hùng Lao động; được tặng thưởng Huân chương Độc lập hạng Ba, "
                 "Huân chương Lao động hạng Nhì; Huy hiệu 40 năm tuổi Đảng.")
    got = {(r, a) for r, a, _ in awards(g)}
    assert got == {("Đinh Quang Vinh", "Anh hùng Lao động"), ("Đinh Quang Vinh", "Huân chương Độc lập hạng Ba"),
                   ("Đinh Quang Vinh", "Huân chương Lao động hạng Nhì"),
                   ("Đinh Quang Vinh", "Huy hiệu 40 năm tuổi Đảng")}


def test_name_list_after_nhu_past_quoted_nickname():
    g = facts_of('Danh sách đề nghị xét tặng danh hiệu NSND có những nghệ sĩ như "chị Hằng" NSƯT Lê Thu Hằng, '
                 "NSƯT Phạm Văn Toàn.")
    assert awards(g) == {("Lê Thu Hằng", "Nghệ sĩ Nhân dân", "proposed"),
                         ("Phạm Văn Toàn", "Nghệ sĩ Nhân dân", "proposed")}


def test_names_said_absent_from_the_list_give_no_fact():
    g = facts_of("Một số nghệ sĩ như: NSƯT Lê Thu Hằng, NSƯT Phạm Văn Toàn… không có trong danh sách được xét "
                 "tặng NSND đợt này.")
    assert g["awards"] == []


# --- award names ------------------------------------------------------------------------------------

def test_quoted_badge_name():
    g = facts_of('Tỉnh đoàn Bắc Giang trao Huy hiệu "Tuổi trẻ dũng cảm" cho anh Nông Văn Hải.')
    assert awards(g) == {("Nông Văn Hải", "Huy hiệu Tuổi trẻ dũng cảm", "conferred")}


def test_colour_medals_share_the_event():
    g = facts_of("Vận động viên Đỗ Thị Lan giành hai huy chương vàng và một huy chương bạc bơi lội châu Á.")
    assert {a for _, a, _ in awards(g)} == {"huy chương vàng bơi lội châu Á", "huy chương bạc bơi lội châu Á"}


# --- years ------------------------------------------------------------------------------------------

def test_same_award_in_two_sentences_keeps_the_written_year():
    g = facts_of("Ông Vũ Đình Khang, người hai lần được phong Anh hùng Lao động, vừa qua đời.",
                 "Năm 1972, ông Vũ Đình Khang được phong Anh hùng Lao động.",
                 "Năm 1990 và năm 1990, ông về hưu.")
    assert years(g)[("Vũ Đình Khang", "Anh hùng Lao động")] == 1972


def test_year_of_own_list_item():
    g = facts_of("Bà Ngô Thị Hà được tặng Giải thưởng Nhà nước (2001); Huân chương Lao động hạng Ba (1998).")
    y = years(g)
    assert y[("Ngô Thị Hà", "Giải thưởng Nhà nước")] == 2001
    assert y[("Ngô Thị Hà", "Huân chương Lao động hạng Ba")] == 1998


# --- speed ------------------------------------------------------------------------------------------

SENTENCES = [
    "Năm {y}, Công ty cổ phần Xây dựng số {n} được Bộ Xây dựng tặng Bằng khen.",
    "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Nam Định trao tặng Bằng khen cho ông Trần Văn Bình.",
    "Sở Tư pháp tỉnh Hà Nam đề nghị tặng Cờ thi đua của Chính phủ cho Phòng Công chứng số {n}.",
    "Ông Phạm Văn Cường vinh dự nhận Kỷ niệm chương Vì sự nghiệp Tư pháp.",
]


def _cpu_seconds(n: int) -> float:
    doc = make_doc(*[SENTENCES[i % 4].format(n=i, y=2000 + i % 20) for i in range(n)])
    t = time.process_time()
    extract(doc)
    return time.process_time() - t


def test_award_linking_is_linear_on_long_documents():
    _cpu_seconds(50)  # warm caches
    small, large = _cpu_seconds(250), _cpu_seconds(2000)
    # 8 times the blocks: linear work takes about 8 times as long, quadratic work 64 times
    assert large < 20 * max(small, 0.01)


def test_office_holder_after_conferrer_is_not_in_the_way():
    g = facts_of("Đại sứ Lê Minh Châu trao bằng khen của Bộ trưởng Bộ Ngoại giao Nguyễn Thanh Bình cho "
                 "ông Đào Văn Lực.")
    assert awards(g) == {("Đào Văn Lực", "Bằng khen của Bộ trưởng Bộ Ngoại giao", "conferred")}


def test_recipient_list_ends_before_attendance_clause_and_speaker():
    g = facts_of("Bí thư Tỉnh ủy trao Huy hiệu 60 năm tuổi Đảng cho ông Lâm Văn Tư Cùng dự có ông Kiều Văn Bảo; "
                 "bà Mạc Thị Nga.")
    recipients = {r for r, _, _ in awards(g)}
    assert len(recipients) == 1 and recipients.pop().startswith("Lâm Văn Tư")
    g = facts_of("Chủ tịch tỉnh trao Huy hiệu 60 năm tuổi Đảng cho ông Lâm Văn Tư Chủ tịch Kiều Văn Bảo nhấn "
                 "mạnh ý nghĩa của buổi lễ.")
    assert "Kiều Văn Bảo" not in {r for r, _, _ in awards(g)}


def test_subject_of_another_verb_is_no_presenter():
    g = facts_of("Sở Nội vụ yêu cầu giải trình việc tặng bằng khen cho ông Tạ Văn Đức.")
    assert awards(g) == {("Tạ Văn Đức", "Bằng khen", "conferred")}


def test_counted_group_before_duoc_is_the_subject():
    g = facts_of("Hội đồng Thi đua tỉnh Yên Bái đã lấy ý kiến về 12 trường hợp được đề nghị phong tặng danh hiệu "
                 "Anh hùng Lao động.")
    assert g["awards"] == []
    g = facts_of("Ông Lò Văn Páo là một trong 12 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert awards(g) == {("Lò Văn Páo", "Bằng khen của Thủ tướng Chính phủ", "conferred")}


def test_unit_qualifying_a_counted_group_is_no_recipient():
    g = facts_of("Các cá nhân bị thu hồi danh hiệu Chiến sĩ thi đua cơ sở gồm: 3 giáo viên thuộc Trường THCS "
                 "Lê Lợi, 2 cán bộ thuộc Phòng Giáo dục huyện Mỹ Tú.")
    assert g["awards"] == []


def test_names_listed_in_the_sentence_after_a_count():
    g = facts_of("Hội đồng đồng ý đề nghị xét tặng danh hiệu Nhà giáo Nhân dân cho 30 cá nhân.",
                 "Trong đó, ngành Giáo dục tỉnh Lào Cai có 3 hồ sơ như: Hà Văn Tới, Giàng Thị Mỷ, Vàng Văn Sử.")
    assert awards(g) == {(n, "Nhà giáo Nhân dân", "proposed") for n in ("Hà Văn Tới", "Giàng Thị Mỷ", "Vàng Văn Sử")}


def test_next_sentence_with_its_own_verb_is_not_a_continuation():
    g = facts_of("Bộ Giáo dục tặng Bằng khen cho 30 cá nhân.",
                 "Trong đó, ông Hà Văn Tới được tặng Huân chương Lao động hạng Ba.")
    assert awards(g) == {("Hà Văn Tới", "Huân chương Lao động hạng Ba", "conferred")}


def test_list_after_nhu_with_unknown_first_name_and_plural_title():
    g = facts_of("Năm 2019, 60 cá nhân được phong tặng danh hiệu NSND, trong đó có những cái tên như Ôn Tư, "
                 "Thái Thị Lụa, Đào Văn Chiến… và 120 nghệ sĩ được phong tặng danh hiệu NSƯT.")
    assert awards(g) == {("Thái Thị Lụa", "Nghệ sĩ Nhân dân", "conferred"),
                         ("Đào Văn Chiến", "Nghệ sĩ Nhân dân", "conferred")}


def test_signer_after_duoc_and_titles_is_no_recipient():
    g = facts_of("Theo quyết định được Chủ tịch nước Lý Văn Tâm ký ngày 2-9, các NSƯT Thái Thị Lụa, Đào Văn Chiến "
                 "được phong tặng danh hiệu NSND.")
    assert "Lý Văn Tâm" not in {r for r, _, _ in awards(g)}


def test_award_to_the_family_of_a_pronoun_goes_to_the_person_honoured():
    g = facts_of("Anh Hồ Văn Lâm đã hy sinh khi cứu hai em nhỏ.",
                 'Tỉnh đoàn Gia Lai đã truy tặng Huy hiệu "Tuổi trẻ dũng cảm" cho gia đình anh.')
    assert awards(g) == {("Hồ Văn Lâm", "Huy hiệu Tuổi trẻ dũng cảm", "conferred")}


def test_shortened_conferrer_takes_the_documents_fuller_form():
    g = facts_of("Sở Nội vụ đề nghị tặng bằng khen của Chủ tịch UBND tỉnh Sóc Trăng cho ông Kha Văn Lành.",
                 "Trước đó, huyện đã đề nghị tặng bằng khen của chủ tịch tỉnh cho ông Thạch Sô Phol.")
    assert ("Thạch Sô Phol", "Bằng khen của Chủ tịch UBND tỉnh Sóc Trăng", "proposed") in awards(g)


def test_a_ministry_is_not_short_for_its_minister():
    g = facts_of("Bộ trưởng Bộ Y tế tặng bằng khen cho ông Kha Văn Lành.",
                 "Trước đó, ông Thạch Sô Phol nhận bằng khen của Bộ Y tế.")
    assert ("Thạch Sô Phol", "Bằng khen của Bộ Y tế", "conferred") in awards(g)


def test_photo_credit_is_no_recipient():
    g = facts_of("Lễ trao tặng huân chương cho người nước ngoài ở Tokyo – Ảnh: Đại sứ quán Việt Nam tại Nhật Bản")
    assert g["awards"] == []


def test_la_ong_names_the_subject():
    g = facts_of("Hai người còn lại là ông Kim Văn Hòa (60 tuổi) và bà Triệu Thị Mai (55 tuổi) được trao "
                 "Huân chương Hữu nghị.")
    assert {r for r, _, _ in awards(g)} == {"Kim Văn Hòa", "Triệu Thị Mai"}


def test_document_year_counts_capitalised_nam():
    g = facts_of("Năm 2016, trường tổ chức nhiều hoạt động.", "Ông Kim Văn Hòa được trao Huân chương Hữu nghị.",
                 "Cũng trong năm 2016, trường đón nhiều đoàn khách.")
    assert years(g)[("Kim Văn Hòa", "Huân chương Hữu nghị")] == 2016


def test_conferral_in_a_round_proposed_for_a_count_is_a_proposal():
    g = facts_of("Hội đồng đồng ý đề nghị xét tặng danh hiệu Nhà giáo Ưu tú cho 120 cá nhân.",
                 "Ba thầy giáo được truy tặng danh hiệu Nhà giáo Ưu tú gồm: Vi Văn Lả, Hoàng Thị Pây, Lục Văn Pảo.")
    assert {s for _, _, s in awards(g)} == {"proposed"}


def test_past_conferral_in_a_proposal_story_stays_conferred():
    g = facts_of("Thành phố đề nghị truy tặng danh hiệu Anh hùng Lao động cho ông Vi Văn Lả.",
                 "Trước đây, tỉnh từng có ông Lục Văn Pảo được phong Anh hùng Lao động.")
    assert ("Lục Văn Pảo", "Anh hùng Lao động", "conferred") in awards(g)
    assert ("Vi Văn Lả", "Anh hùng Lao động", "proposed") in awards(g)


def test_award_name_stops_before_a_photo_credit():
    g = facts_of("Ông Lục Văn Pảo nhận Kỷ niệm chương Vì sự nghiệp Giáo dục – Ảnh: Hoàng Hà")
    assert awards(g) == {("Lục Văn Pảo", "Kỷ niệm chương Vì sự nghiệp Giáo dục", "conferred")}


def test_generic_titles_share_the_conferrers_of_a_certificate():
    g = facts_of("Nhiều năm liền, Hợp tác xã Tân Tiến được tặng bằng khen, các danh hiệu thi đua của Bộ Công Thương, "
                 "UBND tỉnh Bắc Ninh.")
    assert awards(g) == {("Hợp tác xã Tân Tiến", "Bằng khen của Bộ Công Thương", "conferred"),
                         ("Hợp tác xã Tân Tiến", "Bằng khen của UBND tỉnh Bắc Ninh", "conferred")}


def test_revoked_awards_listed_with_a_title_belong_to_the_owner():
    g = facts_of("Chủ tịch nước quyết định hủy bỏ Huân chương Lao động hạng Nhất, hạng Nhì và danh hiệu Anh hùng Lao "
                 "động của Công ty cổ phần Sông Đà 9.")
    got = {(r, a) for r, a, _ in awards(g)}
    assert ("Công ty cổ phần Sông Đà 9", "Huân chương Lao động hạng Nhất") in got
    assert ("Công ty cổ phần Sông Đà 9", "Huân chương Lao động hạng Nhì") in got


def test_representative_receives_for_the_body():
    g = facts_of("Bà Lò Thị Xuân – đại diện Công ty cổ phần Chè Mộc Châu lên nhận bằng khen của Bộ Tài chính.")
    assert awards(g) == {("Công ty cổ phần Chè Mộc Châu", "Bằng khen của Bộ Tài chính", "conferred")}


def test_person_only_title_never_goes_to_the_unit_beside_the_person():
    g = facts_of("Danh sách xét tặng NSƯT có ca sĩ Lò Thị Xuân, Nhà hát Ca múa nhạc Việt Bắc; nghệ sĩ Hà Văn Tới, "
                 "Nhà hát Chèo Thái Bình.")
    assert {(r, s) for r, _, s in awards(g)} == {("Lò Thị Xuân", "proposed"), ("Hà Văn Tới", "proposed")}


def test_award_handed_to_kin_goes_to_the_person_honoured():
    g = facts_of("Giám đốc Công an tỉnh trao Huân chương Dũng cảm cho thân nhân liệt sĩ là bà Vi Thị Nhung, "
                 "mẹ của thượng úy Lục Văn Pảo.")
    assert awards(g) == {("Lục Văn Pảo", "Huân chương Dũng cảm", "conferred")}


def test_give_verb_after_award_with_a_short_name():
    g = facts_of("Thượng úy Lục Văn Pảo đã hy sinh khi cứu người.",
                 "Tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm truy tặng anh Pảo.")
    assert ("Lục Văn Pảo", "Huy hiệu Tuổi trẻ dũng cảm", "conferred") in awards(g)


def test_award_handed_back_gives_no_fact_to_the_body_receiving_it():
    g = facts_of("Ông Đàm Văn Lực phải nộp lại Bằng khen của Chủ tịch UBND tỉnh cho Sở Nội vụ tỉnh Cao Bằng.")
    assert ("Sở Nội vụ tỉnh Cao Bằng", "Bằng khen của Chủ tịch UBND tỉnh", "conferred") not in awards(g)


def test_subject_described_by_birth_year_is_the_person_named_before():
    g = facts_of("Ở lĩnh vực y tế, chị Đoàn Thị Mai Hương, điều dưỡng Bệnh viện Đa khoa tỉnh Lạng Sơn, được tuyên dương.",
                 "Nữ điều dưỡng sinh năm 1990 đã giành Huy chương vàng Hội thi điều dưỡng giỏi toàn quốc.",
                 "Trước đó, cô gái sinh năm 1990 từng nhận Bằng khen của Bộ trưởng Bộ Y tế.")
    got = awards(g)
    assert ("Đoàn Thị Mai Hương", "Huy chương vàng Hội thi điều dưỡng giỏi toàn quốc", "conferred") in got
    assert ("Đoàn Thị Mai Hương", "Bằng khen của Bộ trưởng Bộ Y tế", "conferred") in got


def test_pronoun_subject_skips_a_syllable_of_a_common_word_taken_for_a_name():
    g = facts_of("Anh Vũ Đình Khoa, Đội trưởng Đội Cảnh sát giao thông, được tuyên dương.",
                 "Đội của anh dẫn đầu phong trào thi đua \"Vì an ninh Tổ quốc\" năm 2021.",
                 "Anh được Giám đốc Công an tỉnh trao hai giấy khen.")
    assert {r for r, _, _ in awards(g)} == {"Vũ Đình Khoa"}


def test_recipient_after_voi_following_a_given_award():
    g = facts_of("Chủ tịch tỉnh ký quyết định hủy bỏ Quyết định số 15 về việc tặng Bằng khen của Chủ tịch UBND tỉnh "
                 "với ông Đinh Văn Quý, nguyên Giám đốc Sở Công Thương.")
    assert ("Đinh Văn Quý", "Bằng khen của Chủ tịch UBND tỉnh", "conferred") in awards(g)


def test_voi_after_the_last_award_of_a_list_links_nothing():
    g = facts_of("Bộ đang xem xét hủy bỏ bằng khen của Bộ trưởng, danh hiệu Chiến sĩ thi đua toàn quốc với ông "
                 "Đinh Văn Quý và Công ty cổ phần Xây dựng số 5.")
    assert ("Đinh Văn Quý", "Chiến sĩ thi đua toàn quốc", "conferred") not in awards(g)


def test_collective_written_by_the_abbreviation_the_document_defines():
    g = facts_of("Tổng công ty Cơ khí Giao thông Vận tải Sài Gòn (SAMCO) là doanh nghiệp nhà nước.",
                 "Năm 2015, Chủ tịch nước đã tặng Huân chương Lao động hạng Nhì cho Tổng công ty SAMCO.")
    assert {r for r, _, _ in awards(g)} == {"Tổng công ty Cơ khí Giao thông Vận tải Sài Gòn"}


def test_medal_won_at_listed_contests_is_one_award_per_contest():
    g = facts_of("Em Nguyễn Minh Khôi là học sinh lớp 9 Trường THCS Cầu Giấy.",
                 "Nam sinh sinh năm 2008 đạt huy chương vàng ở nhiều kỳ thi, như: Olympic Toán học Singapore SMO, "
                 "Toán quốc tế Hà Nội HOMC, Vô địch Toán châu Á AMC.")
    assert {aw for _, aw, _ in awards(g)} == {"huy chương vàng Olympic Toán học Singapore SMO",
                                               "huy chương vàng Toán quốc tế Hà Nội HOMC",
                                               "huy chương vàng Vô địch Toán châu Á AMC"}


def test_medal_without_a_contest_list_keeps_its_name():
    g = facts_of("Em Nguyễn Minh Khôi đạt huy chương vàng ở nhiều kỳ thi trong năm học vừa qua.")
    assert {aw for _, aw, _ in awards(g)} == {"huy chương vàng"}


def test_emulation_flag_named_without_conferrer_takes_the_agents_giving_it():
    g = facts_of("Năm 2019, Công ty cổ phần Mía đường Sông Lam được Bộ Công Thương, UBND tỉnh Nghệ An trao tặng "
                 "Cờ Đơn vị dẫn đầu phong trào thi đua năm 2019.")
    assert {aw for _, aw, _ in awards(g)} == {"Cờ Đơn vị dẫn đầu phong trào thi đua của Bộ Công Thương",
                                               "Cờ Đơn vị dẫn đầu phong trào thi đua của UBND tỉnh Nghệ An"}


def test_national_flag_handed_over_is_no_award():
    g = facts_of("Sáng nay, Bộ Tư lệnh Vùng Cảnh sát biển 2 trao tặng Cờ Tổ quốc cho ngư dân xã Bình Châu.")
    assert awards(g) == set()


def test_year_in_the_award_name_beats_the_document_year():
    # the medal's sentence writes no year; its name, completed from the headline, writes the Games' year
    g = facts_of("Cụ ông Philippines đoạt huy chương bạc SEA Games 2019 môn cờ tướng",
                 "Ông Ramon Dela Cruz, 81 tuổi, là vận động viên cao tuổi nhất SEA Games 2019.",
                 "Ông và hai đồng đội đã đoạt huy chương bạc sau ván cờ với đội Malaysia hôm qua.",
                 "Liên đoàn cờ từng tặng ông một kỷ niệm chương năm 2015 vì công sức dạy cờ cho thiếu nhi.")
    assert years(g)[("Ramon Dela Cruz", "huy chương bạc SEA Games 2019 môn cờ tướng")] == 2019


def test_a_span_or_a_season_in_an_award_name_is_no_named_year():
    from extractors.resolve import NAMED_YEAR
    assert NAMED_YEAR.findall("Cờ thi đua giai đoạn 2016 - 2020") == []
    assert NAMED_YEAR.findall("Chiếc giày vàng mùa giải 2017/18") == []
    assert NAMED_YEAR.findall("giải Ba Intel ISEF 2017") == ["2017"]


def test_a_year_bracketed_after_each_recipient_is_that_recipients():
    g = facts_of("Hai thợ mỏ Vũ Văn Sơn (năm 1978) và Trịnh Văn Hải (năm 1985) được phong tặng Anh hùng Lao động.")
    assert years(g)[("Vũ Văn Sơn", "Anh hùng Lao động")] == 1978
    assert years(g)[("Trịnh Văn Hải", "Anh hùng Lao động")] == 1985


def test_a_year_opening_the_next_clause_is_the_next_awards():
    g = facts_of("Năm 2003, nhạc sĩ Đào Văn Khải được phong tặng danh hiệu Nghệ sĩ Ưu tú và đến năm 2012 là "
                 "Nghệ sĩ Nhân dân.")
    assert years(g)[("Đào Văn Khải", "Nghệ sĩ Ưu tú")] == 2003
    assert years(g)[("Đào Văn Khải", "Nghệ sĩ Nhân dân")] == 2012
