"""Round 5 of the canonical layer: a certificate named by its level alone ("Bằng khen của Chủ tịch UBND tỉnh")
is completed with the place the document itself gives, and ``sovang awards --unit`` finds an award by its
conferrer (the body that gives it, or the decision's issuing body) as well as by its recipient.

The documents are written for these tests; the expected rows are worked out by hand from them.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extractors.canonical import canonical_award, complete_conferrer, document_issuer, issuer_may_confer
from pipeline.cli import cli
from tests.cli import query_json

#: a decision of a province's people's committee: its recipients do not name the province
QD_TINH = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 508/QĐ-UBND
Hà Tĩnh, ngày 14 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc khen thưởng thành tích năm học 2023 - 2024
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo.
QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho: Trường Tiểu học Kỳ Phong; bà Võ Thị Hồng Nhung, Hiệu trưởng Trường Tiểu học Kỳ Phong.
Điều 2. Tặng danh hiệu Tập thể lao động xuất sắc cho Trường Mầm non Sơn Kim.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Ngọc Châu
"""

#: a district's decision, its masthead set in two lines; it names its province's committee once
QD_HUYEN = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC THỌ
Số: 1203/QĐ-UBND
Đức Thọ, ngày 2 tháng 6 năm 2024
QUYẾT ĐỊNH
Về việc tặng Giấy khen
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ
Căn cứ Quyết định số 35/2023/QĐ-UBND ngày 10 tháng 8 năm 2023 của UBND tỉnh Hà Tĩnh ban hành quy chế thi đua, khen thưởng.
Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho ông Trần Quốc Bảo, Trưởng Công an xã Tùng Ảnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""

#: news naming the chairmen of two provinces: whose certificate it is, the text does not say
TIN_HAI_TINH = """Hai tỉnh ký kết giao ước thi đua
Chiều 9/8/2024, Chủ tịch UBND tỉnh Quảng Trị và Chủ tịch UBND tỉnh Quảng Bình đã ký kết giao ước thi đua giai đoạn 2024 - 2025.
Dịp này, anh Hoàng Văn Tú, kỹ sư Công ty cổ phần Cấp nước Đông Hà, được tặng Bằng khen của Chủ tịch UBND tỉnh vì có sáng kiến tiết kiệm điện.
"""

#: news naming one province's chairman as the one who confers (Hà Nam: part of Ninh Bình from 1 July 2025)
TIN_MOT_TINH = """Khen thưởng đột xuất người dân dũng cảm cứu người
Ngày 20/5/2023, Chủ tịch UBND tỉnh Hà Nam vừa ký quyết định khen thưởng đột xuất người dân dũng cảm cứu người đuối nước.
Theo đó, anh Phạm Đình Khang, trú tại thôn Đồng Lạc, được tặng Bằng khen của Chủ tịch UBND tỉnh.
"""

BK_HA_TINH = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    root = tmp_path_factory.mktemp("r5")
    docs = root / "docs"
    docs.mkdir()
    for name, text in (("qd-tinh.txt", QD_TINH), ("qd-huyen.txt", QD_HUYEN), ("tin-hai-tinh.txt", TIN_HAI_TINH),
                       ("tin-mot-tinh.txt", TIN_MOT_TINH)):
        (docs / name).write_text(text, encoding="utf-8")
    db = root / "kb.sqlite"
    result = CliRunner().invoke(cli, ["ingest", str(docs), "--db", str(db), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return str(db)


def awards_json(db, *args):
    return query_json("awards", "--db", db, "--format", "json", *args)


def rows(found):
    return sorted((r["recipient"], r["award"], r["conferrer"], r["document"]) for r in found)


# --- 1. `sovang awards --unit` finds a province's own decision by its conferrer -------------------------

def test_unit_finds_the_awards_a_province_confers(kb):
    # recipient units: none names Hà Tĩnh; the conferrer does (the decision's header, its authority line)
    assert rows(awards_json(kb, "--unit", "ha tinh")) == sorted([
        # a district's committee, written with the province its decision names (the award named with its
        # conferrer as extraction completed it)
        ("Trần Quốc Bảo", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Đức Thọ, tỉnh Hà Tĩnh",
         "Chủ tịch Ủy ban nhân dân huyện Đức Thọ, tỉnh Hà Tĩnh", "qd-huyen.txt"),
        ("Trường Mầm non Sơn Kim", "Tập thể lao động xuất sắc", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh",
         "qd-tinh.txt"),  # no conferrer in its name: the decision's issuing body confers it
        ("Trường Tiểu học Kỳ Phong", BK_HA_TINH, "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "qd-tinh.txt"),
        ("Võ Thị Hồng Nhung", BK_HA_TINH, "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "qd-tinh.txt"),
    ])


def test_unit_finds_a_district_conferrer_and_a_recipient_unit(kb):
    assert [r["recipient"] for r in awards_json(kb, "--unit", "Đức Thọ")] == ["Trần Quốc Bảo"]
    # by the recipient's unit, as before: the school and its headmistress
    assert sorted(r["recipient"] for r in awards_json(kb, "--unit", "truong tieu hoc ky phong")) == [
        "Trường Tiểu học Kỳ Phong", "Võ Thị Hồng Nhung"]


def test_unit_finds_a_merged_provinces_conferrals_by_its_successor(kb):
    # Hà Nam became part of Ninh Bình on 1 July 2025 (Nghị quyết 202/2025/QH15)
    assert rows(awards_json(kb, "--unit", "ninh binh")) == [
        ("Phạm Đình Khang", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
         "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam", "tin-mot-tinh.txt")]


def test_a_certificate_the_document_does_not_attribute_is_found_by_no_province(kb):
    assert awards_json(kb, "--unit", "quang tri") == []
    assert awards_json(kb, "--unit", "quang binh") == []
    (row,) = awards_json(kb, "--recipient", "hoang van tu")
    assert (row["award"], row["conferrer"]) == ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                                                "Chủ tịch Ủy ban nhân dân tỉnh")


def test_awards_help_says_what_unit_matches():
    out = CliRunner().invoke(cli, ["awards", "--help"]).output
    assert "--unit" in out and "conferrer" in out and "issuing" in out


def test_awards_help_tells_unit_in_a_few_lines():
    """``--unit`` took 24 of the help's 60 lines, most of them the README's examples (newcomer, session 30)."""
    out = CliRunner().invoke(cli, ["awards", "--help"], terminal_width=80).output
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("--unit"))
    end = next(i for i, line in enumerate(lines) if line.lstrip().startswith("--recipient"))
    assert end - start <= 8


# --- 2. the canonical layer completes a level-only conferrer; the facts keep the document's words ---------

def test_canonical_name_completed_facts_as_written(kb):
    from outputs.kb import open_db

    result = CliRunner().invoke(cli, ["export", "facts", "--db", kb, "--canonical"])
    assert result.exit_code == 0, result.output
    lines = {json.loads(x)["document"]: json.loads(x) for x in result.output.splitlines()}
    canonical = {d: sorted((a["recipient"], a["award_canonical"]) for a in line["awards"])
                 for d, line in lines.items()}
    assert canonical == {
        "qd-tinh.txt": [("Trường Mầm non Sơn Kim", "Tập thể lao động xuất sắc"),
                        ("Trường Tiểu học Kỳ Phong", BK_HA_TINH), ("Võ Thị Hồng Nhung", BK_HA_TINH)],
        "qd-huyen.txt": [("Trần Quốc Bảo", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện Đức Thọ, tỉnh Hà Tĩnh")],
        "tin-hai-tinh.txt": [("Hoàng Văn Tú", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")],
        "tin-mot-tinh.txt": [("Phạm Đình Khang", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam")],
    }
    # the facts keep what extraction wrote: the canonical layer adds its name beside them, it rewrites nothing
    extracted = {(path, r, a) for path, r, a in open_db(kb, readonly=True).execute(
        """SELECT p.path, c.recipient_name, c.award_name FROM conferrals c
           JOIN document_paths p ON p.sha256 = c.document""")}
    exported = {(d, a["recipient"], a["award"]) for d, line in lines.items() for a in line["awards"]}
    assert exported == extracted and len(exported) == 6
    assert ("qd-tinh.txt", "Võ Thị Hồng Nhung", BK_HA_TINH) not in exported
    plain = CliRunner().invoke(cli, ["export", "facts", "--db", kb]).output
    assert {(json.loads(x)["document"], a["recipient"], a["award"]) for x in plain.splitlines()
            for a in json.loads(x)["awards"]} == exported


def test_completed_award_in_views_and_who(kb):
    from outputs.kb import open_db

    db = open_db(kb, readonly=True)
    assert sorted(db.execute("SELECT recipient, award FROM conferrals_view WHERE document_path = 'qd-tinh.txt' "
                             "AND award LIKE 'Bằng khen%'").fetchall()) == [
        ("Trường Tiểu học Kỳ Phong", BK_HA_TINH), ("Võ Thị Hồng Nhung", BK_HA_TINH)]
    (level,) = db.execute("SELECT level FROM awards_view WHERE award = ?", [BK_HA_TINH]).fetchone()
    assert level == "Tỉnh, thành phố"
    out = CliRunner().invoke(cli, ["who", "vo thi hong nhung", "--db", kb]).output
    assert BK_HA_TINH in out


# --- the evidence, on lines of our own ----------------------------------------------------------------

def test_issuer_from_the_header():
    header = ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 508/QĐ-UBND", "QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"]
    issuer = document_issuer(header, header + ["Tặng Giấy khen cho UBND xã Kỳ Phong, huyện Kỳ Anh."])
    assert issuer.places == {"tinh": "Hà Tĩnh", "xa": "Kỳ Phong"}
    assert (issuer.body, issuer.decision) == ("Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "508/QĐ-UBND")


def test_masthead_columns_run_into_one_line():
    issuer = document_issuer(["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                              "HUYỆN HƯƠNG SƠN Độc lập - Tự do - Hạnh phúc", "Số: 77/QĐ-UBND Hương Sơn, ngày 3/4/2024"], [])
    assert (issuer.places, issuer.body, issuer.decision) == (
        {"huyen": "Hương Sơn"}, "Ủy ban nhân dân huyện Hương Sơn", "77/QĐ-UBND")


def test_header_wins_over_other_places_of_its_level_in_the_text():
    issuer = document_issuer(["UBND TỈNH NAM ĐỊNH", "Số: 12/BC-UBND"],
                             ["Đoàn công tác của UBND tỉnh Thái Bình đến thăm."])
    assert issuer.places == {"tinh": "Nam Định"} and issuer.decision is None  # a report, not a decision


@pytest.mark.parametrize("texts, places", [
    (["Chủ tịch UBND tỉnh Quảng Trị và Chủ tịch UBND tỉnh Quảng Bình dự lễ."], {}),  # two: none
    (["Phó Chủ tịch UBND tỉnh Hà Nam trao thưởng.", "UBND tỉnh Hà Nam khen."], {"tinh": "Hà Nam"}),
    (["Chủ tịch UBND huyện Can Lộc trao Giấy khen."], {"huyen": "Can Lộc"}),
    # a person's name after the place: where the place ends, the text does not say
    (["Chủ tịch UBND huyện Can Lộc Trần Văn Sơn trao Giấy khen."], {}),
    (["Bằng khen của Chủ tịch UBND tỉnh được trao cho 5 tập thể."], {}),  # a level alone is no place
])
def test_places_from_the_text(texts, places):
    assert document_issuer([], texts).places == places


@pytest.mark.parametrize("written, places, name", [
    ("Bằng khen của Chủ tịch UBND tỉnh", {"tinh": "Hà Tĩnh"}, BK_HA_TINH),
    ("Bằng khen của Chủ tịch tỉnh", {"tinh": "Hà Tĩnh"}, BK_HA_TINH),
    ("Cờ thi đua của UBND tỉnh", {"tinh": "Lào Cai"}, "Cờ thi đua của Ủy ban nhân dân tỉnh Lào Cai"),
    ("Giấy khen của Chủ tịch UBND xã", {"tinh": "Hà Tĩnh", "xa": "Sơn Kim"},
     "Giấy khen của Chủ tịch Ủy ban nhân dân xã Sơn Kim"),
    # no place of that level, or a conferrer that names its own: unchanged
    ("Giấy khen của Chủ tịch UBND huyện", {"tinh": "Hà Tĩnh"}, "Giấy khen của Chủ tịch Ủy ban nhân dân huyện"),
    ("Bằng khen của Chủ tịch UBND tỉnh Nghệ An", {"tinh": "Hà Tĩnh"},
     "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
    ("Bằng khen của Bộ trưởng Bộ Y tế", {"tinh": "Hà Tĩnh"}, "Bằng khen của Bộ trưởng Bộ Y tế"),
])
def test_complete_conferrer(written, places, name):
    award = complete_conferrer(canonical_award(written), places)
    assert award.name == name
    assert award.key == canonical_award(name).key  # the same catalogue award as when written in full


@pytest.mark.parametrize("conferrer, places, written", [
    ("Chủ tịch Ủy ban nhân dân huyện Đức Thọ", {"tinh": "Hà Tĩnh"}, "Chủ tịch Ủy ban nhân dân huyện Đức Thọ, tỉnh Hà Tĩnh"),
    ("Ủy ban nhân dân xã Sơn Kim", {"thanh pho": "Hà Nội"}, "Ủy ban nhân dân xã Sơn Kim, thành phố Hà Nội"),
    ("Ủy ban nhân dân huyện Đức Thọ", {}, "Ủy ban nhân dân huyện Đức Thọ"),  # the document names no province
    # a province of its own, even one no longer in the gazetteer (Sông Bé, divided in 1997): unchanged
    ("Ủy ban nhân dân tỉnh Sông Bé", {"tinh": "Đồng Nai"}, "Ủy ban nhân dân tỉnh Sông Bé"),
    ("Ủy ban nhân dân thị xã Quảng Trị", {"tinh": "Quảng Bình"}, "Ủy ban nhân dân thị xã Quảng Trị"),
    ("Bộ trưởng Bộ Y tế", {"tinh": "Hà Tĩnh"}, "Bộ trưởng Bộ Y tế"),
])
def test_a_committee_below_a_province_is_written_with_the_documents_province(conferrer, places, written):
    from extractors.canonical import Issuer
    from extractors.canonical import with_province as _with_province

    assert _with_province(conferrer, Issuer(places=places)) == written


@pytest.mark.parametrize("award, may", [
    ("Tập thể lao động xuất sắc", True), ("Chiến sĩ thi đua cơ sở", True), ("Bằng khen", True),
    # the State's: a provincial decision may name them (a bonus for them) but does not confer them
    ("Huân chương Lao động hạng Ba", False), ("Huy chương Chiến sĩ vẻ vang hạng Nhất", False),
    ("Nhà giáo Ưu tú", False), ("Chiến sĩ thi đua toàn quốc", False),
    ("Bằng khen của Thủ tướng Chính phủ", False),  # its name gives its conferrer
])
def test_what_a_decisions_issuing_body_may_confer(award, may):
    assert issuer_may_confer(canonical_award(award)) is may
