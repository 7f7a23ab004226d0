"""A date fronted before both the revoke cue and the award of a sentence telling a revocation dates the act of
revoking (or asking it), not the award (extractors.engine._revoking_front_blanked; session 40's newcomer). A year
after the cue stays: the conferring decision's date. Sentences are the test's own."""
from extractors.engine import _revoking_front_blanked
from tests.test_extractors import facts_of


def _years(*lines: str) -> dict:
    return {a["award"]: a["year"] for a in facts_of(*lines)["awards"]}


def test_a_fronted_date_of_a_request_to_revoke_does_not_date_the_award():
    years = _years("Xã Phú Lâm xin thu hồi khen thưởng",
                   "Cuối tháng 3-2021, UBND huyện Mỹ Lợi gửi văn bản đề nghị thu hồi Huân chương Lao động hạng Ba "
                   "đã tặng cho ông Đặng Văn Tùng.")
    assert years["Huân chương Lao động hạng Ba"] is None


def test_a_year_after_the_cue_still_dates_the_award():
    text = "Năm 2021, huyện đề nghị hủy quyết định ngày 4-5-2011 về việc tặng Bằng khen cho ông Tùng."
    blanked = _revoking_front_blanked(text, text.index("Bằng khen"))
    assert len(blanked) == len(text) and "2021" not in blanked and "4-5-2011" in blanked
    text = "Bằng khen năm 2011 của ông Tùng bị thu hồi."  # the award before the cue: its year stays
    assert _revoking_front_blanked(text, 0) == text
