"""A unit's own acronym in parentheses, then the unit's country, city or province: one name, written without the
acronym (unit_acronyms._inner_acronym / _own_acronym_at; sentences of our own)."""
from __future__ import annotations


def _extract(*lines: str):
    from extractors import extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=x) for x in lines]))
    return extract(doc)


def _unit_names(*lines: str) -> list[str]:
    return [u.text for u in _extract(*lines).units]


def test_country_after_the_acronym_stays_in_the_name():
    # was cut before the parenthesis: "Liên hiệp các Hội Khoa học và Kỹ thuật"
    assert _unit_names("Sáng nay, Liên hiệp các Hội Khoa học và Kỹ thuật (KH&KT) Việt Nam tổ chức hội thảo.") == \
        ["Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"]
    assert _unit_names("Bà Lan gặp lãnh đạo Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam sáng nay.") == \
        ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_city_after_the_acronym_of_a_bare_head():
    # the head alone before the parenthesis ("Liên đoàn Lao động", "Công an") gave no unit at all
    assert _unit_names("Chiều 3/5, Liên đoàn Lao động (LĐLĐ) TP.HCM trao 200 suất quà cho công nhân.") == \
        ["Liên đoàn Lao động TP.HCM"]
    assert _unit_names("Công an (CA) TP Hà Nội vừa triệt phá một đường dây đánh bạc.") == ["Công an TP Hà Nội"]
    assert _unit_names("Đoàn làm việc với Liên đoàn Lao động (LĐLĐ) tỉnh Nghệ An về nhà ở công nhân.") == \
        ["Liên đoàn Lao động tỉnh Nghệ An"]


def test_initials_compared_without_tone_marks_and_with_and():
    # "Tòa án nhân dân" gives T-A-N-D, "Ủy ban" U-B; "và" may count ("nhỏ và vừa": DNNVV)
    assert _unit_names("Hôm qua, Tòa án nhân dân (TAND) tỉnh Sơn La mở phiên xử lưu động.") == \
        ["Tòa án nhân dân tỉnh Sơn La"]
    assert _unit_names("Ông Bình làm việc với Hiệp hội Doanh nghiệp nhỏ và vừa (DNNVV) Việt Nam về vốn vay.") == \
        ["Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"]


def test_acronym_then_a_comma_is_no_place_of_the_name():
    # ", Việt Nam giảm …": the country opens the next clause
    assert _unit_names("Theo Tổ chức Sở hữu trí tuệ thế giới (WIPO), Việt Nam giảm 7 bậc.") == \
        ["Tổ chức Sở hữu trí tuệ thế giới"]


def test_inner_acronym_later_with_its_place():
    # the acronym stands for the words before it; a later "BVĐK <place>" is that hospital of that place
    assert _unit_names("Bệnh nhân của Bệnh viện Đa khoa (BVĐK) tỉnh Hòa Bình đã ổn định. "
                       "Công ty giao thiết bị cho BVĐK thành phố Hòa Bình.") == \
        ["Bệnh viện Đa khoa tỉnh Hòa Bình", "Bệnh viện Đa khoa thành phố Hòa Bình"]
    # an unknown name after it is no place: no bare "Bệnh viện Đa khoa"
    assert _unit_names("Bệnh nhân của Bệnh viện Đa khoa (BVĐK) tỉnh Hòa Bình đã ổn định. "
                       "Công ty giao thiết bị cho BVĐK Xuân Lộc Bảy.") == ["Bệnh viện Đa khoa tỉnh Hòa Bình"]


def test_official_of_the_unit_gets_the_whole_name():
    facts = _extract("Ông Trần Văn Hùng, Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa, phát biểu khai mạc.")
    assert [(o.name.text, o.position, o.unit) for o in facts.officials] == \
        [("Trần Văn Hùng", "Chủ tịch", "Liên đoàn Lao động tỉnh Khánh Hòa")]
