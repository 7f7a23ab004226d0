"""A body closing a person's comma apposition in a "cho" list is where the person served, not a recipient of its
own (conferrals' _list_members, APPOSITION_COMMAS)."""
from tests.test_extractors import facts_of, people


def test_body_after_rank_and_post_is_no_recipient():
    # newcomer finding: the body after "nguyên Trung úy, Trợ lý tác chiến," got the medal too
    g = facts_of("Ngày 12/3/2024, Chủ tịch nước truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho liệt sĩ Trần Văn "
                 "Quyết, nguyên Trung úy, Trợ lý tác chiến, Bộ Chỉ huy Quân sự tỉnh Kon Tum.")
    assert people(g) == {("Trần Văn Quyết", "Huân chương Bảo vệ Tổ quốc hạng Ba")}


def test_a_body_after_a_semicolon_is_the_next_recipient():
    # ";" ends the apposition: the body after it is listed, the one inside it is not
    g = facts_of("Năm 2023, Chủ tịch UBND tỉnh Kon Tum tặng Bằng khen cho: ông Lê Văn Nam, nguyên Thiếu tá, Trợ lý "
                 "tác chiến, Bộ Chỉ huy Quân sự tỉnh Kon Tum; Công an huyện Đắk Hà.")
    assert people(g) == {("Lê Văn Nam", "Bằng khen của Chủ tịch UBND tỉnh Kon Tum"),
                         ("Công an huyện Đắk Hà", "Bằng khen của Chủ tịch UBND tỉnh Kon Tum")}
