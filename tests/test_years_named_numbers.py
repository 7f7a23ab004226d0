"""Numbers written like a year that date no story (``extractors.named_years.names_no_time``; ``extractors.engine
._bare_years``, ``_span_start``, ``_history_year``; the founding anniversary of relations, ``_jubilee_year``), read by
``document_year``, the year of an award whose sentence writes none.

GUIDELINES.md: an award's year is the year "the text says or its date implies"; a count ("gần 2000 fan"), a decade
("thập niên 1950"), a law's year ("Bộ luật hình sự 1999"), a model's ("đời 1978") or the first year of a span of
several years ("khóa IX (2016-2021)") implies none.  Sentences and names are invented for these tests; expected years worked out by hand.
"""
from __future__ import annotations

from extractors.engine import document_year
from extractors.named_years import names_no_time
from pipeline.model import Block, Document


def _doc(*lines):
    return Document(path="t.txt", sha256="0", format="txt", blocks=[Block(text=l) for l in lines])


def _named(text: str) -> bool:
    at = next(i for i in range(len(text) - 3) if text[i:i + 2] in ("19", "20") and text[i:i + 4].isdigit())
    return names_no_time(text, at, at + 4)


def test_counts_decades_laws_models_and_glued_numbers_name_no_time():
    assert _named("Gần 2000 cổ động viên đã có mặt.")
    assert _named("Có khoảng 2000 chiếc xe được nhập về.")
    assert _named("Làng chài ở thập niên 1950 nay đã khác.")
    assert _named("Ông sang Pháp vào những năm 1990.")
    assert _named("Theo Điều 242 Bộ luật hình sự 1999, bị cáo phải chịu án.")
    assert _named("Theo BLTTHS 2003, luật sư được tham gia.")
    assert _named("Việt Nam là thành viên Công ước về Luật Biển 1982.")
    assert _named("Luật Đất đai năm 2013 quy định rõ.")
    assert _named("Chiếc xe máy đời 1978 vẫn chạy tốt.")
    assert _named("Xe nặng 1950kg được đưa lên tàu.")
    # a story's years stay
    assert not _named("Đội tuyển dự SEA Games 2017 tại Malaysia.")
    assert not _named("Luật sư Trần Văn Bình năm 2016 nhận vụ án.")
    assert not _named("Năm 2016, công ty mở rộng sản xuất.")


def test_a_count_a_decade_or_a_law_leaves_a_story_undated():
    assert document_year(_doc("Gần 2000 cổ động viên đến sân cổ vũ.", "Đội Sao Mai giành chức vô địch.")) is None
    assert document_year(_doc("Ảnh làng chài thập niên 1950.", "Nhiếp ảnh gia Lê Văn Cần đoạt giải nhất.")) is None
    assert document_year(_doc("Bị cáo bị xử theo Bộ luật hình sự 1999.", "Phiên tòa kết thúc chiều qua.")) is None


def test_a_year_of_history_written_with_nam_before_1980_dates_no_story():
    assert document_year(_doc("Cây cầu được xây vào năm 1945 và nay vẫn đứng vững.")) is None


def test_the_first_year_of_a_term_or_an_anniversary_span_dates_no_story():
    assert document_year(_doc("Ông Hồ Văn Tâm, đại biểu HĐND tỉnh khóa IX (2016-2021), vừa được điều động.")) is None
    assert document_year(_doc("Nghiên cứu 8 năm (1998 - 2006) cho thấy kết quả tốt.")) is None
    assert document_year(_doc("Lưu lượng về hồ từ 2000-2500 m3/s.")) is None


def test_a_school_year_and_a_plan_period_keep_their_first_year():
    assert document_year(_doc("Hà Nội công bố điểm chuẩn lớp 10 năm học 2017-2018.")) == 2017
    assert document_year(_doc("Tỉnh triển khai đề án giai đoạn 2017 - 2025.")) == 2017


def test_an_anniversary_of_relations_is_of_its_span_end():
    d = _doc("Giải bóng đá là sự kiện hướng tới kỷ niệm 25 năm thiết lập quan hệ hai nước (1992-2017).",
             "Đội Sao Mai giành chức vô địch.")
    assert document_year(d) == 2017


def test_a_law_named_with_nam_is_no_written_year_of_the_story():
    d = _doc("Theo Luật Đất đai năm 2013, người dân được bồi thường.", "Luật Đất đai năm 2013 quy định rõ điều này.",
             "Năm 2016, xã đã thu hồi 5 ha đất.")
    assert document_year(d) == 2016


def test_an_anniversary_spelt_ki_niem_is_a_founding_anniversary():
    d = _doc("Sáng 18-11, trường Cao đẳng Sông Mây tổ chức lễ kỉ niệm 40 năm hình thành và phát triển.",
             "Trường tiền thân là lớp sơ cấp được thành lập năm 1977.", "Năm 1990, trường được nâng cấp.")
    assert document_year(d) == 2017
