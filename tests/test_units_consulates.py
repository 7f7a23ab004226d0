"""Session 14 mend Y: a consulate general ("Tổng Lãnh sự quán") named whole (sentences of our own)."""
from __future__ import annotations


def _unit_names(*lines: str) -> list[str]:
    from extractors import extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=x) for x in lines]))
    return [u.text for u in extract(doc).units]


def test_consulate_general_keeps_its_first_word():
    # unit_types.tsv: "Tổng Lãnh sự quán" is a head of its own, not "Lãnh sự quán" after a stray "Tổng"
    assert _unit_names("Chiều qua, Tổng Lãnh sự quán Hàn Quốc tổ chức đêm văn hóa cho sinh viên.") == \
        ["Tổng Lãnh sự quán Hàn Quốc"]
    assert _unit_names("Cán bộ Tổng lãnh sự quán Ba Lan đã có mặt để hỗ trợ công dân.") == \
        ["Tổng lãnh sự quán Ba Lan"]


def test_consulate_general_with_its_seat():
    # the seat after "tại" stays part of the name, as for an embassy
    assert _unit_names("Đại diện Tổng lãnh sự quán Việt Nam tại Quảng Châu đã đến thăm các em.") == \
        ["Tổng lãnh sự quán Việt Nam tại Quảng Châu"]


def test_plain_consulate_unchanged():
    assert _unit_names("Lãnh sự quán Thái Lan cấp thị thực cho đoàn.") == ["Lãnh sự quán Thái Lan"]


def test_a_foreign_city_not_listed_is_the_missions_seat():
    # unit_extent._city_seat: one or two capitalised words closing the phrase after "tại" / "ở"
    assert _unit_names("Hôm qua, Tổng lãnh sự quán Việt Nam tại Osaka tiếp nhận hồ sơ của 12 lao động.") == \
        ["Tổng lãnh sự quán Việt Nam tại Osaka"]
    assert _unit_names("Đoàn đã đến làm việc với Lãnh sự quán Thái Lan ở Pakse.") == ["Lãnh sự quán Thái Lan ở Pakse"]
    # a capitalised word after the city is no seat: the name stops before "tại"
    assert _unit_names("Ông Minh là cán bộ Đại sứ quán Việt Nam tại Xiêng Khoảng Nguyễn Văn Tâm.")[0] == \
        "Đại sứ quán Việt Nam"


def test_a_coordinated_seat_is_no_title_after_a_comma():
    # unit_coordination._coordinated: "…, Thủ tướng …" after the seat names no second mission "… tại Thủ"
    names = _unit_names("Gặp gỡ nhân viên Đại sứ quán Việt Nam tại Hà Nội, Thủ tướng Lê Văn An phát biểu.")
    assert names == ["Đại sứ quán Việt Nam tại Hà Nội"]
    # places of a list are still each a body
    assert sorted(set(_unit_names("Các Tòa án nhân dân cấp cao tại Hà Nội, Đà Nẵng và TP.HCM đã họp."))) == \
        ["Tòa án nhân dân cấp cao tại Hà Nội", "Tòa án nhân dân cấp cao tại TP.HCM", "Tòa án nhân dân cấp cao tại Đà Nẵng"]
