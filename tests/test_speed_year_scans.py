"""The year scans of extractors.engine, rewritten in session 26 to open on a letter or digit instead of a
look-behind, and the pass over texts without "19"/"20", find what they found before."""
from extractors import engine
from pipeline.model import Block, Document


def test_month_year_after_thang_only():
    found = [(m.group(0), m.group(2)) for m in engine.MONTH_YEAR.finditer(
        "tháng 5/2019, Tháng 12-2018, ngày 5/2019, tháng 7/20199, tháng 123/2019")]
    assert found == [("5/2019", "2019"), ("12-2018", "2018")]


def test_year_span_not_inside_a_longer_number():
    found = [m.groups() for m in engine.YEAR_SPAN.finditer("(1964-2019), 11964-2019, 1990 – 2020, 2001—20019")]
    assert found == [("1964", "2019"), ("1990", "2020")]


def test_year_end_not_after_thang():
    found = [m.group(1) for m in engine.YEAR_END.finditer("Cuối năm 2017, 6 tháng cuối năm 2019, cuối năm 2020")]
    assert found == ["2017", "2020"]


def test_text_without_19_or_20_writes_no_year():
    assert list(engine._written_years("Sáng nay, hội nghị tổng kết công tác thi đua đã diễn ra.")) == []
    assert list(engine._written_years("Trong năm 2019, tặng Bằng khen ngày 3/4/2019")) == [2019, 2019]
    doc = Document(path="x.txt", sha256="0", format="txt",
                   blocks=[Block("Hội nghị tổng kết."), Block("Ngày 3/4/2018, tặng Bằng khen năm 2018.")])
    assert engine.document_year(doc) == 2018


def test_document_year_read_only_for_conferrals(monkeypatch):
    from extractors import extract
    asked = []
    real = engine.document_year
    monkeypatch.setattr(engine, "document_year", lambda d: asked.append(d) or real(d))
    plain = Document(path="a.txt", sha256="1", format="txt",
                     blocks=[Block("Năm 2019, ông Lê Văn An làm Chủ tịch UBND xã Tân Lập.")])
    extract(plain)
    assert asked == []  # no award given: the document's year dates nothing
    given = Document(path="b.txt", sha256="2", format="txt",
                     blocks=[Block("Năm 2019, UBND tỉnh tặng Bằng khen cho ông Lê Văn An.")])
    facts = extract(given)
    # the conferral's own sentence dates it: the document's year is not read either (session 28)
    assert asked == [] and [c.year for c in facts.conferrals] == [2019]
    undated = Document(path="c.txt", sha256="3", format="txt",
                       blocks=[Block("Ngày 5/3/2018, huyện tổ chức hội nghị tổng kết."),
                               Block("UBND huyện tặng Giấy khen cho bà Trần Thị Bình.")])
    facts = extract(undated)
    assert len(asked) == 1 and [c.year for c in facts.conferrals] == [2018]  # read once, for the one needing it
