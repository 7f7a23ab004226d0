"""Session 12, the newcomer's findings, each on documents of our own wording: a letterhead typed as one column
(the bodies stacked above "Số:", no national title beside them), ``sovang ingest --force`` counting re-extracted
contents apart from new ones, and ``sovang search`` naming every path of a content found."""
from __future__ import annotations

import json

import docx
import pytest

from extractors import extract
from tests.cli import run_cli
from pipeline.letterhead import letterhead_bodies, rewrite_letterhead
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document
from pipeline.readers import read_file

STACKED = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH LAI CHÂU",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "Số: 318/QĐ-SNNMT    Lai Châu, ngày 14 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Về việc tặng Giấy khen năm 2025",
    "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Tặng Giấy khen của Giám đốc cho ông Tẩn Láo Lở, Trưởng Trạm Thú y huyện Sìn Hồ.",
    "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
    "GIÁM ĐỐC",
    "Giàng A Chu",
]


def _facts(path):
    return extract(normalize_document(read_file(path)))


def _check_stacked(facts):
    units = [u.text for u in facts.units]
    assert "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LAI CHÂU" in units
    assert "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" in units
    signer = [o for o in facts.officials if o.name.text == "Giàng A Chu"]
    assert [(o.position, o.unit) for o in signer] == [("Giám đốc", "Sở Nông nghiệp và Môi trường tỉnh Lai Châu")]
    (c,) = facts.conferrals
    assert c.award.text == "Giấy khen của Giám đốc"  # the export keeps the document's words
    assert c.conferrer == "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Lai Châu"
    assert (c.decision, c.decision_date) == ("318/QĐ-SNNMT", "2025-11-14")


def test_stacked_letterhead_in_a_text_file(tmp_path):
    path = tmp_path / "qd.txt"
    path.write_text("\n".join(STACKED) + "\n", encoding="utf-8")
    _check_stacked(_facts(path))


def test_stacked_letterhead_in_docx_paragraphs(tmp_path):
    d = docx.Document()
    for line in STACKED:
        d.add_paragraph(line)
    path = tmp_path / "qd.docx"
    d.save(path)
    _check_stacked(_facts(path))


def test_stacked_bodies_are_joined_and_found():
    doc = Document(path="x.txt", sha256="0", format="txt",
                   blocks=[Block(text=t, original=t) for t in STACKED])
    rewrite_letterhead(doc)
    texts = [b.text for b in doc.blocks]
    assert texts[:5] == ["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 318/QĐ-SNNMT",
                         "Lai Châu, ngày 14 tháng 11 năm 2025", "QUYẾT ĐỊNH"]
    assert letterhead_bodies(doc.blocks) == [0, 1]


@pytest.mark.parametrize("lines", [
    # a news story whose headline is in capitals: no number, no type line
    ["TỈNH LAI CHÂU KHEN THƯỞNG NÔNG DÂN GIỎI", "Sáng nay, tỉnh đã khen thưởng 20 nông dân."],
    # capitals above a number but no document type after it
    ["SỞ NỘI VỤ", "Số: 12/SNV-TĐKT", "V/v đề nghị khen thưởng năm 2025"],
    # something else between the bodies and the number
    ["SỞ NỘI VỤ", "Kính gửi các phòng ban", "Số: 12/QĐ-SNV", "QUYẾT ĐỊNH"],
])
def test_no_stacked_letterhead_without_its_lines(lines):
    blocks = [Block(text=t, original=t) for t in lines]
    doc = Document(path="x.txt", sha256="0", format="txt", blocks=list(blocks))
    rewrite_letterhead(doc)
    assert [b.text for b in doc.blocks] == lines
    assert letterhead_bodies(doc.blocks) == []


def test_an_emulation_cluster_takes_no_place_from_the_body_above_it(tmp_path):
    path = tmp_path / "bc.txt"
    path.write_text("UBND TỈNH LAI CHÂU\nKHỐI THI ĐUA SỐ 2\nSố: 9/BC-KTĐ2\nBÁO CÁO\n"
                    "Kết quả thi đua năm 2025 của các đơn vị trong khối.\n", encoding="utf-8")
    units = [u.text for u in _facts(path).units]
    assert "KHỐI THI ĐUA SỐ 2" in units and "KHỐI THI ĐUA SỐ 2 TỈNH LAI CHÂU" not in units




def test_force_counts_stored_contents_as_re_extracted(tmp_path):
    folder = tmp_path / "kho"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    (folder / "a" / "qd.txt").write_text("\n".join(STACKED) + "\n", encoding="utf-8")
    (folder / "b" / "qd_ban_sao.txt").write_text("\n".join(STACKED) + "\n", encoding="utf-8")
    (folder / "a" / "tin.txt").write_text("Ông Lò Văn Pọm được tặng Bằng khen của Chủ tịch UBND tỉnh Lai Châu.\n",
                                          encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    first = run_cli("ingest", folder, "--db", db, "--quiet", "--workers", "1").splitlines()
    assert first[0] == ("documents stored: 2 (ok 2, partial 0, failed 0); counted apart below: 1 copy of a "
                        "document stored in this run")
    forced = run_cli("ingest", folder, "--db", db, "--quiet", "--workers", "1", "--force").splitlines()
    assert forced[0] == ("documents stored: 0 (ok 0, partial 0, failed 0); counted apart below: 2 re-extracted, "
                         "1 already known")
    assert forced[1] == "re-extracted (--force), content already stored: 2 (facts replaced)"
    # the facts are still there, once
    out = run_cli("awards", "--db", db, "--format", "json")
    assert sorted(r["recipient"] for r in json.loads(out)) == ["Lò Văn Pọm", "Tẩn Láo Lở"]

    # search names the content once, with both its paths
    hits = json.loads(run_cli("search", "tan lao lo", "--db", db, "--json"))
    assert [(h["path"], h["paths"]) for h in hits] == [("a/qd.txt", ["a/qd.txt", "b/qd_ban_sao.txt"])]
    text = run_cli("search", "tan lao lo", "--db", db).splitlines()
    assert text[0].startswith("a/qd.txt #9 (same file also at b/qd_ban_sao.txt)")
    hits = json.loads(run_cli("search", "lo van pom", "--db", db, "--json"))
    assert [(h["path"], h["paths"]) for h in hits] == [("a/tin.txt", ["a/tin.txt"])]


def test_a_fact_told_twice_is_shown_from_the_sentence_that_says_most(tmp_path):
    """A headline and the story's sentence give one conferral; its evidence is the sentence naming the decision
    (or the conferrer), not the headline that names neither."""
    folder = tmp_path / "tin"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Trường Tiểu học Nà Ớt nhận Bằng khen của Chủ tịch UBND tỉnh Sơn La\n\n"
        "Ngày 2/12/2025, Trường Tiểu học Nà Ớt tổng kết năm học.\n\n"
        "Theo Quyết định số 2417/QĐ-UBND, Trường Tiểu học Nà Ớt được tặng Bằng khen của Chủ tịch UBND tỉnh Sơn La "
        "vì thành tích trong năm học.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", folder, "--db", db, "--quiet", "--workers", "1")
    (row,) = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert row["recipient"] == "Trường Tiểu học Nà Ớt"
    assert row["decision"] == "2417/QĐ-UBND"
    assert row["sentence"].startswith("Theo Quyết định số 2417/QĐ-UBND")


@pytest.mark.parametrize("sentence, conferrer", [
    ("Thừa ủy quyền của Chủ tịch nước, ông Quàng Văn Tiến, Phó Chủ tịch UBND tỉnh Điện Biên trao Huân chương Lao "
     "động hạng Nhì cho Trường THPT Mường Nhé.", "Chủ tịch nước"),
    ("Chủ tịch nước đã tặng Huân chương Lao động hạng Nhì cho Trường THPT Mường Nhé.", "Chủ tịch nước"),
    # the holder's name between the office and the verb (review finding: the commonest news wording)
    ("Chủ tịch nước Võ Văn Minh trao Huân chương Lao động hạng Nhì cho Trường THPT Mường Nhé.", "Chủ tịch nước"),
    ("Thủ tướng Nguyễn Văn Phúc tặng Huân chương Lao động hạng Nhì cho Trường THPT Mường Nhé.", None),
    ("Phó Chủ tịch nước Võ Thị Minh trao Huân chương Lao động hạng Nhì cho Trường THPT Mường Nhé.", None),
    # the presenter alone, no office the award is given for: none
    ("Ông Quàng Văn Tiến, Phó Chủ tịch UBND tỉnh Điện Biên trao Huân chương Lao động hạng Nhì cho Trường THPT "
     "Mường Nhé.", None),
    # the Vice-President presents: the sentence does not say on whose behalf
    ("Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì cho Trường THPT Mường Nhé.", None),
])
def test_the_office_a_state_order_is_given_for(sentence, conferrer):
    from extractors.conferrers import named_office

    assert named_office(sentence, "Huân chương Lao động hạng Nhì") == conferrer


def test_a_headline_order_takes_its_conferrer_and_evidence_from_the_story(tmp_path):
    """Newcomer's finding 2: a story whose first mention of a Huân chương is its headline and whose body says
    "thừa ủy quyền của Chủ tịch nước, X trao Huân chương … cho Y": the conferral has the conferrer "Chủ tịch
    nước" and the body's sentence as evidence; the export keeps the award as written."""
    folder = tmp_path / "tin"
    folder.mkdir()
    (folder / "b.txt").write_text(
        "Trường THPT Mường Nhé đón nhận Huân chương Lao động hạng Nhì\n\n"
        "Sáng 20/11/2025, Trường THPT Mường Nhé tổ chức lễ kỷ niệm 25 năm thành lập.\n\n"
        "Thừa ủy quyền của Chủ tịch nước, ông Quàng Văn Tiến, Phó Chủ tịch UBND tỉnh Điện Biên trao Huân chương Lao "
        "động hạng Nhì cho Trường THPT Mường Nhé.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", folder, "--db", db, "--quiet", "--workers", "1")
    (row,) = json.loads(run_cli("awards", "--db", db, "--format", "json"))
    assert (row["recipient"], row["award"], row["conferrer"]) == \
        ("Trường Trung học phổ thông Mường Nhé", "Huân chương Lao động hạng Nhì", "Chủ tịch nước")
    assert row["sentence"].startswith("Thừa ủy quyền của Chủ tịch nước")
    out = tmp_path / "facts.jsonl"
    run_cli("export", "facts", "--db", db, "-o", out)
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [a["award"] for a in line["awards"]] == ["Huân chương Lao động hạng Nhì"]
