"""A decision of a body under a people's committee (letterhead "UBND HUYỆN … / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", signed by
its Trưởng phòng) conferring an award whose name states no conferrer ("Chiến sĩ thi đua cơ sở") had the committee
above as conferrer; the issuing body is the letterhead's lower line (Nghị định 30/2020/NĐ-CP, Phụ lục I).  Found
by a newcomer; documents of our own wording."""
from __future__ import annotations

import pytest

from extractors.engine import extract
from pipeline.readers import read_bytes

DECISION = """{upper}
{lower}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Số: 45/QĐ-{code}
Vinh, ngày 25 tháng 5 năm 2024
QUYẾT ĐỊNH
Về việc công nhận danh hiệu thi đua năm 2024
{signer}
Căn cứ Luật Thi đua, khen thưởng năm 2022;
QUYẾT ĐỊNH:
Điều 1. Tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2024 cho bà Trần Thị Mỹ Hạnh, giáo viên Trường Tiểu học Thanh Mỹ.
Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
{signer}
Nguyễn Hữu Bình
"""


@pytest.mark.parametrize("upper, lower, code, signer, conferrer", [
    ("UBND HUYỆN THANH CHƯƠNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT", "TRƯỞNG PHÒNG",
     "Phòng Giáo dục và Đào tạo huyện Thanh Chương"),
    ("UBND TỈNH HÀ TĨNH", "SỞ TƯ PHÁP", "STP", "GIÁM ĐỐC", "Sở Tư pháp tỉnh Hà Tĩnh"),
])
def test_the_award_of_a_department_s_decision_is_conferred_by_the_department(upper, lower, code, signer, conferrer):
    text = DECISION.format(upper=upper, lower=lower, code=code, signer=signer)
    facts = extract(read_bytes(text.encode(), "qd.txt"))
    assert [(c.recipient.text, c.conferrer) for c in facts.conferrals] == [("Trần Thị Mỹ Hạnh", conferrer)]


def test_a_committee_s_own_decision_keeps_the_committee():
    text = DECISION.format(upper="ỦY BAN NHÂN DÂN", lower="HUYỆN THANH CHƯƠNG", code="UBND", signer="CHỦ TỊCH")
    facts = extract(read_bytes(text.encode(), "qd.txt"))
    assert [c.conferrer for c in facts.conferrals] == ["Ủy ban nhân dân huyện Thanh Chương"]
