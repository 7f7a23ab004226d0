"""Bodies named in English by the word closing their name (extractors/components/english_bodies.py,
english_body_heads.txt): "X Lab", "X Bank", "Bank of X". Sentences and names of our own; units by hand."""
from __future__ import annotations

from tests.test_extractors import unit_names


def test_a_foreign_run_closed_by_an_english_head_is_a_unit():
    assert unit_names("Theo báo cáo của Zorvex Lab, số vụ tấn công tăng.") == ["Zorvex Lab"]


def test_a_preposition_opening_the_sentence_is_no_word_of_the_name():
    assert unit_names("Theo Brantley University, kết quả rất tốt.") == ["Brantley University"]


def test_the_name_goes_on_after_of_or_for():
    assert unit_names("Ông làm việc tại Bank of Norwell từ năm 2001.") == ["Bank of Norwell"]
    assert unit_names("Food Bank for Westbury City đã nhận số tiền.") == ["Food Bank for Westbury City"]


def test_an_acronym_with_the_head_is_a_unit():
    assert unit_names("Anh từng làm cho QTX Software ba năm.") == ["QTX Software"]


def test_a_head_inside_a_longer_capitalised_name_is_none():
    # (the head is followed by a capitalised word: an award or an event, not the body)
    assert unit_names("Phim của Zorvex Studios đoạt giải Westbury Academy Awards năm nay.") == ["Zorvex Studios"]


def test_vietnamese_words_opening_the_run_are_left_out():
    assert unit_names("Sau Korvan Group, nhiều tập đoàn khác cũng rời đi.") == ["Korvan Group"]
    assert unit_names("Ông Lâm, Chủ Tịch Zorvex Foundation, phát biểu.") == ["Zorvex Foundation"]
    assert unit_names("Quản lý của hãng hàng không quốc gia Anh Brantley Airways bị bắt.") == ["Brantley Airways"]


def test_a_place_of_two_words_opening_the_run_stays():
    assert unit_names("Ông làm phi công của Hong Kong Zorvex Airlines.") == ["Hong Kong Zorvex Airlines"]


def test_a_vietnamese_name_with_an_english_head_is_left_to_its_vietnamese_head():
    assert unit_names("Tiên Phong Bank và Zorvex Bank vừa ký hợp tác.") == ["Zorvex Bank"]


def test_a_vietnamese_abbreviation_before_the_name_is_no_word_of_it():
    assert unit_names("Ông Nguyễn Văn An, Chủ tịch HĐQT Korvan Group, cho biết.") == ["Korvan Group"]


def test_an_unmarked_word_inside_a_sentence_stays_in_the_name():
    assert unit_names("Hai nhà đầu tư là Pao Kestrel Fund và Korvan Group đề nghị.") == ["Pao Kestrel Fund",
                                                                                       "Korvan Group"]


def test_a_foreign_country_opening_the_name_stays():
    assert unit_names("Chuyến bay của Qatar Zorvex Airways bị hoãn.") == ["Qatar Zorvex Airways"]
    assert unit_names("Chuyến bay của Malaysia Airlines bị hoãn.") == ["Malaysia Airlines"]


def test_a_foreign_word_opening_the_sentence_or_a_parenthesis_stays():
    assert unit_names("Lion Zorvex Group xác nhận tin này.") == ["Lion Zorvex Group"]
    assert unit_names("Hôm qua, công ty (Pau Korvan Group) cho biết.") == ["Pau Korvan Group"]


def test_a_vietnamese_company_s_english_transaction_name_is_no_second_unit():
    assert unit_names("Chuyển khoản: Korvan Joint Stock Commercial Bank for Trade, và Zorvex Bank.") == ["Zorvex Bank"]


def test_companies_of_trades_named_in_english_are_units():
    # (session 47: Oil, Telecom, Mobile, Pharma, Electric close a company's English name, english_body_heads.txt)
    got = unit_names("Thủ tướng tiếp lãnh đạo các tập đoàn Zorvex Oil, Brantley Telecom và Calder Pharma.")
    assert got == ["Zorvex Oil", "Brantley Telecom", "Calder Pharma"]
