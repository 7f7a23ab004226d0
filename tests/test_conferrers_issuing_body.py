"""Conferrers completed with their issuing body (session 11): a certificate named by its conferrer's office alone
("Bằng khen của Bộ trưởng") inside a ministry's or a board's decision is that body's office's certificate in the
knowledge base (conferrer_titles.tsv), the facts keep the document's words; an office that issues in its own name
("CHỦ TỊCH NƯỚC", "THỦ TƯỚNG CHÍNH PHỦ": issuing_offices.tsv) gives its signers' body and confers its decisions'
orders.  Small decisions of our own wording, ingested by the real CLI."""
from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from extractors.canonical import Issuer, canonical_award, complete_level, with_conferrer
from extractors.conferrers import complete_conferrer, stated_conferrer
from extractors.engine import _placer
from pipeline.cli import cli
from tests.cli import query_json
from tests.test_reingest_marks import ingest

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"

MINISTRY = f"""BỘ Y TẾ
{MOTTO}Số: 640/QĐ-BYT
Hà Nội, ngày 8 tháng 5 năm 2024
QUYẾT ĐỊNH
Về việc tặng Bằng khen
BỘ TRƯỞNG BỘ Y TẾ
QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Bộ trưởng cho Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái và ông Đinh Công Thắng, \
Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái, đã có thành tích xuất sắc năm 2023.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lương Đức Minh
"""

BOARD = f"""ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
BAN THI ĐUA – KHEN THƯỞNG
{MOTTO}Số: 31/QĐ-BTĐKT
Quảng Nam, ngày 14 tháng 6 năm 2024
QUYẾT ĐỊNH
Về việc tặng Giấy khen
TRƯỞNG BAN BAN THI ĐUA – KHEN THƯỞNG TỈNH
QUYẾT ĐỊNH:
Điều 1. Tặng Giấy khen của Trưởng ban Ban Thi đua – Khen thưởng tỉnh cho bà Huỳnh Thị Thanh Tâm, chuyên viên, \
đã hoàn thành xuất sắc nhiệm vụ năm 2023.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""

DEPARTMENT = f"""UBND TỈNH THÁI BÌNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
{MOTTO}Số: 88/QĐ-SGDĐT
Thái Bình, ngày 2 tháng 7 năm 2024
QUYẾT ĐỊNH
Về việc tặng Giấy khen
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
QUYẾT ĐỊNH:
Điều 1. Tặng Giấy khen của Giám đốc cho thầy Bùi Văn Khôi, giáo viên, đã có thành tích trong năm học 2023-2024.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""

PRESIDENT = f"""CHỦ TỊCH NƯỚC
{MOTTO}Số: 1322/QĐ-CTN
Hà Nội, ngày 9 tháng 9 năm 2024
QUYẾT ĐỊNH
Về việc tặng thưởng Huân chương Lao động
CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QUYẾT ĐỊNH:
Điều 1. Tặng thưởng Huân chương Lao động hạng Ba cho Hợp tác xã Nông nghiệp Tân Phong, đã có thành tích xuất \
sắc năm 2023.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
KT. CHỦ TỊCH NƯỚC
PHÓ CHỦ TỊCH NƯỚC
Đào Thị Ngọc Lan
"""

PRIME_MINISTER = f"""THỦ TƯỚNG CHÍNH PHỦ
{MOTTO}Số: 975/QĐ-TTg
Hà Nội, ngày 11 tháng 9 năm 2024
QUYẾT ĐỊNH
Về việc tặng Bằng khen của Thủ tướng Chính phủ
THỦ TƯỚNG CHÍNH PHỦ
QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Thủ tướng Chính phủ cho ông Lò Văn Thịnh, nông dân, đã có thành tích xuất sắc năm 2023.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Mai Xuân Trường
"""

NEWS = """Tuyên dương học sinh dũng cảm
Ngày 3/4, em Lại Minh Đức được trao Bằng khen của Bộ trưởng vì đã cứu hai bạn nhỏ đuối nước.
"""


def _kb(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    for name, text in (("byt.txt", MINISTRY), ("btdkt.txt", BOARD), ("sgd.txt", DEPARTMENT),
                       ("ctn.txt", PRESIDENT), ("ttg.txt", PRIME_MINISTER), ("tin.txt", NEWS)):
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    ingest(folder, db)
    return db


def _run(*args) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_conferrers_completed_with_the_issuing_body_in_the_knowledge_base(tmp_path):
    db = _kb(tmp_path)
    with sqlite3.connect(db) as conn:
        rows = sorted(conn.execute(
            """SELECT p.path, r.recipient, r.award_as_written, a.canonical_name, r.conferrer
               FROM conferrals_resolved r JOIN awards a ON a.id = r.award
               JOIN document_paths p ON p.sha256 = r.document"""))
    assert rows == [
        ("btdkt.txt", "Huỳnh Thị Thanh Tâm", "Giấy khen của Trưởng ban Ban Thi đua – Khen thưởng tỉnh",
         "Giấy khen của Trưởng ban Ban Thi đua – Khen thưởng tỉnh Quảng Nam",
         "Trưởng ban Ban Thi đua – Khen thưởng tỉnh Quảng Nam"),
        ("byt.txt", "Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái", "Bằng khen của Bộ trưởng",
         "Bằng khen của Bộ trưởng Bộ Y tế", "Bộ trưởng Bộ Y tế"),
        ("byt.txt", "Đinh Công Thắng", "Bằng khen của Bộ trưởng", "Bằng khen của Bộ trưởng Bộ Y tế",
         "Bộ trưởng Bộ Y tế"),
        ("ctn.txt", "Hợp tác xã Nông nghiệp Tân Phong", "Huân chương Lao động hạng Ba",
         "Huân chương Lao động hạng Ba", "Chủ tịch nước"),
        ("sgd.txt", "Bùi Văn Khôi", "Giấy khen của Giám đốc", "Giấy khen của Giám đốc Sở Giáo dục và Đào tạo tỉnh "
         "Thái Bình", "Giám đốc Sở Giáo dục và Đào tạo tỉnh Thái Bình"),
        # no letterhead: the minister is not known
        ("tin.txt", "Lại Minh Đức", "Bằng khen của Bộ trưởng", "Bằng khen của Bộ trưởng", "Bộ trưởng"),
        ("ttg.txt", "Lò Văn Thịnh", "Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Thủ tướng Chính phủ",
         "Thủ tướng Chính phủ"),
    ]


def test_unit_filter_finds_the_certificates_by_their_completed_conferrer(tmp_path):
    db = _kb(tmp_path)

    def recipients(unit):
        return sorted(r["recipient"] for r in query_json("awards", "--db", str(db), "--unit", unit,
                                                        "--format", "json"))
    assert recipients("bo y te") == ["Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái", "Đinh Công Thắng"]
    assert recipients("quang nam") == ["Huỳnh Thị Thanh Tâm"]
    assert recipients("ban thi dua khen thuong quang nam") == ["Huỳnh Thị Thanh Tâm"]
    assert recipients("so giao duc thai binh") == ["Bùi Văn Khôi"]
    assert recipients("bo cong an") == []


def test_exported_facts_keep_the_documents_words_and_signers_their_body(tmp_path):
    db = _kb(tmp_path)
    facts = {d["document"]: d for d in map(json.loads, _run("export", "facts", "--db", str(db)).splitlines())}
    assert {a["award"] for a in facts["byt.txt"]["awards"]} == {"Bằng khen của Bộ trưởng"}
    assert {a["award"] for a in facts["sgd.txt"]["awards"]} == {"Giấy khen của Giám đốc"}
    officials = {(o["name"], o["position"], o["unit"]) for d in facts.values() for o in d["officials"]}
    # the State's office names no unit (as the dev gold writes "Chủ tịch nước"); the Prime Minister's is Chính phủ
    assert ("Đào Thị Ngọc Lan", "Phó Chủ tịch nước", "") in officials
    assert ("Mai Xuân Trường", "Phó Thủ tướng", "Chính phủ") in officials
    assert ("Lương Đức Minh", "Thứ trưởng", "Bộ Y tế") in officials


def test_complete_conferrer_by_hand():
    def none():
        return Issuer()

    def quang_nam():
        return Issuer(places={"tinh": "Quảng Nam"})
    assert complete_conferrer("Bộ trưởng", "Bộ Tư pháp", None, none) == "Bộ trưởng Bộ Tư pháp"
    assert complete_conferrer("bộ trưởng", "Bộ Tư pháp", None, none) == "bộ trưởng Bộ Tư pháp"
    # an office that leads no such body, or no issuing body: unchanged
    assert complete_conferrer("Giám đốc", "Bộ Tư pháp", None, none) == "Giám đốc"
    assert complete_conferrer("Bộ trưởng", "", None, none) == "Bộ trưởng"
    assert complete_conferrer("Giám đốc", "Sở Xây dựng tỉnh Lạng Sơn", None, none) == \
        "Giám đốc Sở Xây dựng tỉnh Lạng Sơn"
    assert complete_conferrer("Chủ tịch", "UBND huyện Vũ Thư", None, none) == "Chủ tịch UBND huyện Vũ Thư"
    # a level word with the document's place of that level; a department with its province
    assert complete_conferrer("Trưởng ban Ban Thi đua – Khen thưởng tỉnh", "", None, quang_nam) == \
        "Trưởng ban Ban Thi đua – Khen thưởng tỉnh Quảng Nam"
    assert complete_conferrer("Giám đốc Sở Nội vụ", "", None, quang_nam) == "Giám đốc Sở Nội vụ tỉnh Quảng Nam"
    assert complete_conferrer("Bộ trưởng Bộ Nội vụ", "Bộ Y tế", None, quang_nam) == "Bộ trưởng Bộ Nội vụ"
    # a body named precisely: the Committee for Ethnic Affairs, not any "Ủy ban" (review finding)
    assert complete_conferrer("Chủ nhiệm", "Ủy ban Dân tộc", None, none) == "Chủ nhiệm Ủy ban Dân tộc"
    assert complete_conferrer("Chủ nhiệm", "Ủy ban nhân dân tỉnh Nghệ An", None, none) == "Chủ nhiệm"
    assert complete_conferrer("Thủ trưởng", "Ủy ban nhân dân tỉnh Nghệ An", None, none) == "Thủ trưởng"


def test_placer_adds_the_place_name_after_a_written_level_word():
    # (as _letterhead_units gives them: the issuing body written with the managing body's place)
    placed = _placer([(0, "UBND TỈNH KON TUM", "UBND tỉnh Kon Tum"),
                      (1, "SỞ NỘI VỤ TỈNH KON TUM", "Sở Nội vụ tỉnh Kon Tum")])
    assert placed("Giám đốc Sở Nội vụ") == "Giám đốc Sở Nội vụ tỉnh Kon Tum"
    assert placed("Sở Nội vụ tỉnh") == "Sở Nội vụ tỉnh Kon Tum"
    assert placed("SỞ NỘI VỤ TỈNH") == "SỞ NỘI VỤ TỈNH KON TUM"
    assert placed("Sở Tài chính") == "Sở Tài chính"
    assert _placer([(0, "BỘ NỘI VỤ", "Bộ Nội vụ")]) is None


def test_level_completion_and_the_canonical_award_by_hand():
    assert complete_level("Chủ tịch tỉnh", {"tinh": "Gia Lai"}) == "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"
    assert complete_level("Công an huyện", {"huyen": "Krông Pa"}) == "Công an huyện Krông Pa"
    assert complete_level("Công an huyện", {"tinh": "Gia Lai"}) == "Công an huyện"
    award = canonical_award("Bằng khen của Bộ trưởng")
    assert with_conferrer(award, "Bộ trưởng Bộ Y tế").name == "Bằng khen của Bộ trưởng Bộ Y tế"
    assert with_conferrer(award, "Bộ trưởng").name == "Bằng khen của Bộ trưởng"
    assert with_conferrer(award, "Chủ tịch nước").name == "Bằng khen của Bộ trưởng"  # not its conferrer
    assert with_conferrer(canonical_award("Huân chương Lao động hạng Ba"), "Chủ tịch nước").name == \
        "Huân chương Lao động hạng Ba"


def test_ingest_summary_says_what_is_counted_apart_and_export_counts_the_facts(tmp_path):
    """The newcomer read "documents stored: 4 (… failed 3)" as if failures were stored facts, and files tried
    again or already known as missing; the first line now says the failed ones are listed below and which files
    are counted apart.  `sovang export facts -o` (the end of `make demo`) says how many facts it wrote."""
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(MINISTRY, encoding="utf-8")
    (folder / "rong.txt").write_bytes(b"")
    db = tmp_path / "kb.sqlite"
    first = ingest(folder, db)
    assert "documents stored: 2 (ok 1, partial 0, failed 1: kept with the reason, listed below)" in first
    again = ingest(folder, db, "--retry-failed")  # (without it the empty file is skipped, counted apart too)
    assert "documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 1 tried again, " \
           "1 already known" in again
    skipped = ingest(folder, db)
    assert "documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 1 already known, " \
           "1 failed before, unchanged" in skipped
    (folder / "rong.txt").write_text(NEWS, encoding="utf-8")  # the empty file fixed
    fixed = ingest(folder, db)
    assert "documents stored: 1 (ok 1, partial 0, failed 0; 1 of them replaces a failed or partial version at the " \
           "same path); counted apart below: 1 already known" in fixed
    out = tmp_path / "facts.jsonl"
    result = CliRunner().invoke(cli, ["export", "facts", "--db", str(db), "-o", str(out)], catch_exceptions=False)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    counts = {k: sum(len(d[k]) for d in lines) for k in ("units", "officials", "campaigns", "awards")}
    assert counts["awards"] == 3 and counts["officials"] >= 3  # two in the decision, one in the story
    assert result.stderr.strip() == (f"2 documents written to {out}: {counts['units']} units, "
                                     f"{counts['officials']} officials, 0 campaigns, 3 awards")


def test_stated_conferrer_is_what_follows_cua():
    assert stated_conferrer("Giấy khen của Giám đốc Sở Tài chính") == "Giám đốc Sở Tài chính"
    assert stated_conferrer("Cờ thi đua của Bộ Công an") == "Bộ Công an"
    assert stated_conferrer("Huân chương Lao động hạng Nhì") is None
