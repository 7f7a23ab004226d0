"""Initialisms a document spells out (extractors.initialisms) and their use on conferrals (resolve)."""
from extractors.facts import Conferral, DocumentFacts, Mention
from extractors.initialisms import expand, expansions, is_initialism
from extractors.resolve import resolve


def test_what_counts_as_an_initialism():
    assert is_initialism("NHNN")
    assert is_initialism("KHXH&NV")
    assert is_initialism("LĐ-TB&XH")
    assert not is_initialism("UBND")  # the scorer and abbreviations.tsv expand it already
    assert not is_initialism("HCM")  # a place, kept as written
    assert not is_initialism("NB")  # fewer than three letters
    assert not is_initialism("Nghệ")


def test_spelled_out_once_in_the_document():
    text = ("Chiều 24/5, Trung tâm Khoa học Xã hội và Nhân văn Nghệ An tổ chức lễ kỷ niệm. "
            "Bộ Lao động – Thương binh và Xã hội gửi thư chúc mừng Trung tâm KHXH&NV.")
    table = expansions(["Trung tâm KHXH&NV", "Bằng khen của Bộ LĐ-TB&XH"], text)
    assert table == {"KHXH&NV": "Khoa học Xã hội và Nhân văn", "LĐ-TB&XH": "Lao động – Thương binh và Xã hội"}
    assert expand("Trung tâm KHXH&NV Nghệ An", table) == "Trung tâm Khoa học Xã hội và Nhân văn Nghệ An"


def test_not_spelled_out_or_ambiguous_or_function_words():
    assert expansions(["Bằng khen của Thống đốc NHNN"], "Thống đốc NHNN trao bằng khen.") == {}
    # two different spellings: left alone
    text = "Ngân hàng Nhà nước và Ngành học Nông nghiệp"
    assert expansions(["NHNN"], text) == {}
    # "Cam kết của" ends on a function word: no name
    assert expansions(["trường CKC"], "Cam kết của nhà trường") == {}


def _mention(kind, text, sentence=""):
    return Mention(kind, text, 0, 0, len(text), sentence)


def test_resolve_writes_out_a_recipient_and_an_award_conferrer():
    texts = ["Prudential nhận bằng khen của Thống đốc Ngân hàng Nhà nước",
             "Công ty tài chính Prudential Việt Nam vừa nhận bằng khen của Thống đốc NHNN."]
    facts = DocumentFacts()
    unit = _mention("unit", "NHNN")
    facts.units.append(unit)
    facts.conferrals.append(Conferral(recipient=_mention("unit", "Công ty tài chính Prudential Việt Nam"),
                                      recipient_type="collective",
                                      award=_mention("award", "Bằng khen của Thống đốc NHNN"), year=2015,
                                      status="conferred"))
    resolve(facts, texts)
    assert facts.conferrals[0].award.text == "Bằng khen của Thống đốc Ngân hàng Nhà nước"
    assert facts.units[0].text == "NHNN"  # unit mentions keep their written form
