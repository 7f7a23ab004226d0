"""Legal normative documents (a law, a decree, a circular) define awards and who may have them and confer none
(newcomer's finding, session 22).  Sentences written for these tests."""
from __future__ import annotations

from tests.test_extractors import facts_of

_LETTERHEAD = ("BỘ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
               "Số: 07/2031/TT-BTP", "Hà Nội, ngày 3 tháng 4 năm 2031")
_BODY = ("Điều 5. Cờ thi đua của Bộ Tư pháp",
         "Cờ thi đua của Bộ Tư pháp để tặng cho Cục Bổ trợ tư pháp, Cục Con nuôi và Vụ Pháp chế có thành tích "
         "dẫn đầu phong trào thi đua.",
         "Điều 6. Đối tượng xét tặng Bằng khen của Bộ trưởng Bộ Tư pháp bao gồm: Cục Hộ tịch, quốc tịch, chứng "
         "thực; Học viện Tư pháp.")


def test_a_circular_gives_no_award():
    g = facts_of(*_LETTERHEAD, "THÔNG TƯ", "Quy định chi tiết về thi đua, khen thưởng trong ngành Tư pháp", *_BODY)
    assert g["awards"] == []


def test_a_law_gives_no_award():
    g = facts_of("QUỐC HỘI", *_LETTERHEAD[1:3], "Luật số: 11/2031/QH16", "Hà Nội, ngày 3 tháng 4 năm 2031",
                 "LUẬT", "KHEN THƯỞNG NGÀNH TƯ PHÁP", *_BODY)
    assert g["awards"] == []


def test_a_decision_of_the_same_wording_still_gives_its_awards():
    g = facts_of(*_LETTERHEAD[:3], "Số: 07/QĐ-BTP", "Hà Nội, ngày 3 tháng 4 năm 2031", "QUYẾT ĐỊNH",
                 "Về việc tặng Cờ thi đua",
                 "Điều 1. Tặng Cờ thi đua của Bộ Tư pháp cho Cục Bổ trợ tư pháp đã có thành tích xuất sắc.")
    assert {(a["recipient"], a["status"]) for a in g["awards"]} == {("Cục Bổ trợ tư pháp", "conferred")}
