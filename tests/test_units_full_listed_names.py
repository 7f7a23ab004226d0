"""Session 14: bodies named by their full listed name, wholly missed before (sentences of our own)."""
from __future__ import annotations

from tests.test_extractors import unit_names as _unit_names


def test_foreign_parties_by_their_full_names():
    # named_units.txt: foreign political parties, also inside a member's title and in lower case
    assert _unit_names("Đoàn đại biểu Đảng Cộng sản Cuba sang thăm Hà Nội tuần trước.") == ["Đảng Cộng sản Cuba"]
    assert _unit_names("Ông Sok, Ủy viên Trung ương đảng Nhân dân Campuchia, phát biểu tại buổi lễ.") == \
        ["đảng Nhân dân Campuchia"]
    assert _unit_names("Năm 1980, Đảng Nhân dân cách mạng Campuchia cử cán bộ sang học tập.") == \
        ["Đảng Nhân dân cách mạng Campuchia"]


def test_market_control_force():
    # Pháp lệnh Quản lý thị trường 2016: the force as a whole, in either letter case
    assert _unit_names("Nhiều năm qua lực lượng Quản lý thị trường đã thu giữ hàng giả.") == \
        ["lực lượng Quản lý thị trường"]
    assert _unit_names("Hôm qua lực lượng quản lý thị trường kiểm tra 20 cửa hàng.") == \
        ["lực lượng quản lý thị trường"]


def test_prime_ministers_groups():
    assert _unit_names("Bà Lan là thành viên Tổ tư vấn kinh tế của Thủ tướng từ năm 2016.") == \
        ["Tổ tư vấn kinh tế của Thủ tướng"]
    assert _unit_names("Đoàn kiểm tra của Tổ công tác của Thủ tướng Chính phủ làm việc với tỉnh.") == \
        ["Tổ công tác của Thủ tướng Chính phủ"]


def test_a_title_closing_a_listed_body_stays_with_the_person_after_it():
    # "... của Thủ tướng | Nguyễn Văn A": the title is the person's, not the end of the group's name
    from extractors import extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document
    text = "Ông Hòa từng là thành viên Tổ tư vấn kinh tế của Thủ tướng Nguyễn Văn An."
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=text)]))
    facts = extract(doc)
    assert [u.text for u in facts.units] == []
    assert [(o.name.text, o.position) for o in facts.officials if o.name.text == "Nguyễn Văn An"] == \
        [("Nguyễn Văn An", "Thủ tướng")]
    # a board named by a title word ("Ban Bí thư") before its member's name is still the board
    assert _unit_names("Thường trực Ban bí thư Lê Văn Tâm trao bằng khen.") == ["Ban bí thư"]
