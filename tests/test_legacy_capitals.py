"""TCVN3 (ABC) has capital codes only for Ă Â Ê Ô Ơ Ư Đ: a capital vowel with a tone mark is typed as the lower-case
code (a capitals font draws it), so a decision typed in capitals and decoded reads "QUYếT ĐịNH", "GIáM ĐốC", "ủY BAN"
(newcomer's finding, session 16: the letterhead units, the signer and the award's conferrer were lost).  Such a
word is restored to capitals on decoding (TCVN3 and VNI); ordinary mixed-case words are kept.  Text of our own
wording."""
from __future__ import annotations

import pytest

from extractors import extract
from pipeline import legacy
from pipeline.normalize import normalize_document
from pipeline.readers import read_bytes

DECISION = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "QUYẾT ĐỊNH",
    "Về việc tặng Giấy khen năm học 2024-2025",
    "",
    "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    "",
    "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
    "Xét đề nghị của Trưởng phòng Tổ chức cán bộ,",
    "",
    "QUYẾT ĐỊNH:",
    "Điều 1. Tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho ông Lê Quang Vịnh, Hiệu trưởng "
    "Trường Trung học phổ thông Nghèn, đã có thành tích xuất sắc trong năm học 2024-2025.",
    "Điều 2. Chánh Văn phòng Sở và ông Lê Quang Vịnh chịu trách nhiệm thi hành Quyết định này.",
    "",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "",
    "Nguyễn Thị Bích Ngọc",
    "",
])


def _facts(data: bytes):
    doc = normalize_document(read_bytes(data, "qd.txt"))
    return doc, extract(doc)


def _key(facts):
    return ({u.text for u in facts.units},
            {(o.name.text, o.position, o.unit) for o in facts.officials},
            {(c.recipient.text, c.award.text) for c in facts.conferrals})


def test_capitals_words_with_lower_case_toned_vowels_are_restored():
    assert legacy.restore_capitals("QUYếT ĐịNH") == "QUYẾT ĐỊNH"
    assert legacy.restore_capitals("ủY BAN NHÂN DÂN") == "ỦY BAN NHÂN DÂN"
    # one capital and toned vowels: upper-cased on a capitals line only
    assert legacy.restore_capitals("Sở Y Tế TỉNH BếN TRE") == "SỞ Y TẾ TỈNH BẾN TRE"
    assert legacy.restore_capitals("Sở Y Tế") == "Sở Y Tế"
    assert legacy.restore_capitals("GIáM ĐốC Sở Y tế") == "GIÁM ĐỐC Sở Y tế"
    # ordinary mixed case stays, line by line
    for text in ("TP.HCM và iPhone của Sở", "PGS.TS Bế Văn Tú", "ThS. Hồ Thị Lý\nBộ Tài chính"):
        assert legacy.restore_capitals(text) == text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_encoders_write_capitals_as_old_files_do_and_decoding_restores_them(encoding):
    if encoding == "tcvn3":
        encoded = legacy.unicode_to_tcvn3("PHÓ GIÁM ĐỐC")
        # the encoder writes toned capitals with the lower-case codes, as a real file in a normal font holds them
        assert encoded == legacy.unicode_to_tcvn3("PHó GIáM ĐốC")
        assert legacy.tcvn3_to_unicode(encoded) == "PHÓ GIÁM ĐỐC"
    else:
        # VNI has capital codes; a typist's lower-case toned vowels in a capitals word are restored the same
        assert legacy.vni_to_unicode(legacy.unicode_to_vni("PHó GIáM ĐốC")) == "PHÓ GIÁM ĐỐC"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_capitals_letterhead_and_signer_read_from_a_legacy_file_as_from_unicode(encoding):
    source = DECISION if encoding == "tcvn3" else DECISION.replace("GIÁM ĐỐC", "GIáM ĐốC")
    encode = legacy.unicode_to_tcvn3 if encoding == "tcvn3" else legacy.unicode_to_vni
    doc, facts = _facts(legacy.legacy_to_bytes(encode(source)))
    assert doc.encoding == encoding
    assert doc.blocks[0].text == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"
    _, plain = _facts(DECISION.encode("utf-8"))
    assert _key(facts) == _key(plain)
    units, officials, conferrals = _key(facts)
    # the letterhead units, the signer with the unit she signs for, and the award's conferrer
    assert {"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH"} <= units
    assert ("Nguyễn Thị Bích Ngọc", "Phó Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh") in officials
    assert conferrals == {("Lê Quang Vịnh", "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh")}
