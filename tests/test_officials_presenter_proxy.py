"""The office a presenter acts for is not his own title (session 13). Sentences written for these tests; every
expected value worked out by hand from the annotation guidelines and the dev gold's conventions."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document
from tests.test_extractors import positions_and_units as positions


def test_the_office_acted_for_is_the_principals_not_the_presenters():
    p = positions("Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Khánh trao Huân chương Lao động hạng Nhì cho "
                  "Công ty Cổ phần Gạch men Tân Phú.",
                  "Thay mặt Thủ tướng Chính phủ, bà Vi Thị Ngần trao Bằng khen cho hai tập thể.",
                  "Được sự ủy quyền của Chủ tịch nước, ông Hà Quang Đạt trao Huân chương Độc lập hạng Ba.")
    assert p["Lò Văn Khánh"] == ("", "")
    assert p["Vi Thị Ngần"] == ("", "")
    assert p["Hà Quang Đạt"] == ("", "")


def test_a_title_written_with_the_name_after_the_principal_stays():
    # "… của Thủ tướng Nguyễn …": no comma, the title is his own; after the comma, the presenter's own title
    p = positions("Thừa ủy quyền của Thủ tướng Chính phủ Đinh Văn Sơn, Chủ tịch UBND tỉnh Hòa Bình Bùi Đức Lâm "
                  "trao Bằng khen cho ba cá nhân.")
    assert p["Bùi Đức Lâm"][0] == "Chủ tịch UBND tỉnh"


def test_the_president_is_still_the_conferrer_of_the_order():
    doc = Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=
        "Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Khánh trao Huân chương Lao động hạng Nhì cho "
        "Công ty Cổ phần Gạch men Tân Phú.")])
    facts = extract(normalize_document(doc))
    assert [c.conferrer for c in facts.conferrals] == ["Chủ tịch nước"]
