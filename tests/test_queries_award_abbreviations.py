"""``awards --award`` and the site's question ``nhan_khen_thuong`` read an award typed short as staff write it
("HCLĐ", "cstdcs", "AHLLVTND", "NSƯT": the aliases of ``awards.tsv``) as its name written out, which is how the
knowledge base stores it; before, ``--award HCLĐ`` answered "0 conferrals" (a newcomer, session 38). Text of our
own wording."""
from __future__ import annotations

import json

import pytest

from outputs.queries import award_has, expand_award_aliases
from tests.cli import kb_of, run_cli

DECISION = "\n".join([
    "UỶ BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 731/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng danh hiệu thi đua",
    "Điều 1. Tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2023 cho bà Lò Thị Mến, kế toán Trường Tiểu học Bản Vược.",
    "Điều 2. Đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho ông Vàng Seo Chải, Chủ tịch UBND xã "
    "Bản Lầu, vì thành tích xuất sắc trong giai đoạn 2019-2023.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."])


@pytest.mark.parametrize("typed, written_out", [
    ("hcld", "huan chuong lao dong"),
    ("hcld hang ba", "huan chuong lao dong hang ba"),
    ("cstdcs", "chien si thi dua co so"),
    ("anh hung llvtnd", "anh hung luc luong vu trang nhan dan"),
    ("nsut", "nghe si uu tu"),
    # a name already written out stays as typed, not doubled by its shorter alias "Anh hùng lực lượng vũ trang"
    ("anh hung luc luong vu trang nhan dan", "anh hung luc luong vu trang nhan dan"),
    ("bang khen thu tuong", "bang khen thu tuong"),
])
def test_an_award_typed_short_is_written_out(typed, written_out):
    assert expand_award_aliases(typed) == written_out


def test_the_site_question_reads_the_short_form_too():
    assert award_has("huan chuong lao dong hang ba", "HCLĐ hạng Ba") == 1
    assert award_has("huan chuong lao dong hang ba", "HCĐL") == 0  # Huân chương Độc lập is another order


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("kb"), {"qd731.txt": DECISION})[0]


@pytest.mark.parametrize("typed, recipient", [("HCLĐ", "Vàng Seo Chải"), ("hcld hang ba", "Vàng Seo Chải"),
                                              ("CSTĐCS", "Lò Thị Mến"), ("cstdcs", "Lò Thị Mến")])
def test_awards_by_an_award_typed_short(kb, typed, recipient):
    listed = json.loads(run_cli("awards", "--db", kb, "--format", "json", "--award", typed))
    assert [r["recipient"] for r in listed] == [recipient]


# Session 39: the orders and medals staff write by their initials as HCLĐ is written (``awards.tsv`` aliases);
# before, ``--award hcbvtq`` answered "0 conferrals" of a stored Huân chương Bảo vệ Tổ quốc (a newcomer, session 39).
@pytest.mark.parametrize("typed, written_out", [
    ("hcbvtq hang nhi", "huan chuong bao ve to quoc hang nhi"),
    ("hcqc", "huan chuong quan cong"),
    ("hccc hang ba", "huan chuong chien cong hang ba"),
    ("hccsvv", "huy chuong chien si ve vang"),
    ("bkttg", "bang khen cua thu tuong chinh phu"),
])
def test_initials_of_orders_and_medals_are_written_out(typed, written_out):
    assert expand_award_aliases(typed) == written_out


ORDERS = "\n".join([
    "BỘ TƯ LỆNH QUÂN KHU 9", "Số: 418/QĐ-BTL", "QUYẾT ĐỊNH", "Về việc khen thưởng",
    "Điều 1. Tặng Huân chương Bảo vệ Tổ quốc hạng Nhì cho Đại tá Thạch Sô Phia, Chỉ huy trưởng Bộ Chỉ huy "
    "Quân sự tỉnh Sóc Trăng, đã có thành tích xuất sắc trong công tác huấn luyện năm 2022.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."])


@pytest.fixture(scope="module")
def kb_orders(tmp_path_factory):
    return kb_of(tmp_path_factory.mktemp("kb"), {"qd418.txt": ORDERS})[0]


@pytest.mark.parametrize("typed", ["HCBVTQ", "hcbvtq hang nhi"])
def test_awards_by_the_initials_of_an_order(kb_orders, typed):
    listed = json.loads(run_cli("awards", "--db", kb_orders, "--format", "json", "--award", typed))
    assert [(r["recipient"], r["award"]) for r in listed] == [("Thạch Sô Phia", "Huân chương Bảo vệ Tổ quốc hạng Nhì")]
    assert award_has("huan chuong chien cong hang nhi", typed) == 0  # Huân chương Chiến công is another order
