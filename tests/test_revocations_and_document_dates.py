"""Session 13, the newcomer's findings, each on documents of our own wording and the real ``sovang`` CLI on a real
SQLite file: a revocation recorded with the revoking decision's own number, a date cited from another document
never the document's own, one unit named with and without its district in one document, and ``sovang failures``
naming files as the ingest summary does."""
from __future__ import annotations

import json
import sqlite3

import docx
import pytest

from extractors.resolve import fullest_names
from extractors.revocation import own_decision, revocation_decisions
from outputs.site import QUERIES, prepare
from outputs.site_plugin import prepare_connection
from pipeline.dates import document_date
from tests.cli import run_cli


def test_failures_name_files_as_the_ingest_summary_does(tmp_path):
    """An archivist re-running ``sovang ingest /kho`` reads "failed   scan/hong.pdf: …" in its summary; ``sovang
    failures`` names the file the same way, under its ingest root."""
    root = tmp_path / "kho"
    (root / "scan").mkdir(parents=True)
    (root / "scan" / "hong.pdf").write_bytes(b"%PDF-1.4 cut short")
    (root / "tin.txt").write_text("Bà Hà Thị Mơ nhận Giấy khen của Giám đốc Sở Tài chính.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    summary = run_cli("ingest", root, "--db", db, "--quiet", "--workers", "1").splitlines()
    named = [line for line in summary if line.strip().startswith("failed ") and "hong.pdf" in line]
    assert len(named) == 1 and named[0].strip().startswith("failed   scan/hong.pdf: ")
    listing = run_cli("failures", "--db", db).splitlines()
    assert listing[0] == f"in {root}:"
    assert listing[1].startswith("failed   scan/hong.pdf: ")
    # then what the next ingest does with it (a PDF cut short fails for its own bytes: skipped while unchanged)
    assert listing[2:] == ["the next ingest skips 1 failed for the file's own bytes (empty, corrupt, undecodable, of "
                           "a type sovang does not read) while unchanged: mend or replace the file, or 'sovang ingest "
                           "--retry-failed' reads them again; 'sovang forget PATH' drops a file"]
    (row,) = json.loads(run_cli("failures", "--db", db, "--json"))
    assert (row["root"], row["relative"], row["path"]) == (str(root), "scan/hong.pdf", f"{root}/scan/hong.pdf")


REVOKING = """ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH	Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-UBND	Ninh Bình, ngày 20 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc thu hồi Bằng khen
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
QUYẾT ĐỊNH:
Điều 1. Thu hồi Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh đã tặng ông Đinh Công Tráng, Phó Giám đốc Trung tâm Y tế huyện Nho Quan, tại Quyết định số 210/QĐ-UBND ngày 5/3/2023 của Chủ tịch Ủy ban nhân dân tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Lộc
"""


def _revoking_kb(tmp_path):
    (tmp_path / "qd").mkdir()
    (tmp_path / "qd" / "thu-hoi.txt").write_text(REVOKING, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "qd", "--db", db, "--quiet", "--workers", "1")
    return db


def _award_of_trang(db) -> dict:
    (row,) = json.loads(run_cli("awards", "--db", db, "--recipient", "dinh cong trang", "--format", "json"))
    return row


def test_a_revocation_is_recorded_with_the_revoking_decisions_own_number(tmp_path):
    """Decision 45 revokes a certificate that decision 210 conferred: 45 is the revoking decision (the document's
    own header), 210 stays the conferring one, in the extracted table, the canonical view, ``who``, ``awards`` and
    the site's questions."""
    db = _revoking_kb(tmp_path)
    row = _award_of_trang(db)
    assert (row["revoked"], row["revoked_by"], row["revoked_date"]) == (1, "45/QĐ-UBND", "2025-08-20")
    assert (row["decision"], row["decision_date"], row["status"]) == ("210/QĐ-UBND", "2023-03-05", "conferred")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT decision, revoked_by FROM conferrals").fetchall() == [("210/QĐ-UBND",
                                                                                          "45/QĐ-UBND")]
        prepare_connection(conn)  # the site's SQL functions (sovang_fold…)
        cursor = conn.execute(QUERIES["khen_thuong_cua"][2], {"name": "dinh cong trang"})
        (fact,) = [dict(zip([d[0] for d in cursor.description], f)) for f in cursor.fetchall()]
    assert (fact["decision"], fact["revoked"], fact["revoked_by"]) == ("210/QĐ-UBND", 1, "45/QĐ-UBND")
    who = run_cli("who", "dinh cong trang", "--db", db)
    assert "(conferred, QĐ 210/QĐ-UBND, 2023-03-05, REVOKED by QĐ 45/QĐ-UBND 2025-08-20)" in who
    assert "REVOKED by QĐ 210" not in who


@pytest.mark.parametrize("sentence, conferring, revoking", [
    # the decision after the verb is the conferral revoked; the one before it, the act of revoking
    ("UBND huyện ban hành Quyết định số 12/QĐ-UBND ngày 2/2/2024 thu hồi Giấy khen đã tặng bà A tại Quyết định "
     "số 9/QĐ-UBND ngày 1/6/2021.", ("9/QĐ-UBND", "2021-06-01"), ("12/QĐ-UBND", "2024-02-02")),
    ("Điều 1. Hủy Quyết định số 9/QĐ-UBND về việc tặng Giấy khen cho bà A.", ("9/QĐ-UBND", None),
     ("7/QĐ-UBND", "2024-01-31")),
    ("Thu hồi Giấy khen đã tặng bà A.", (None, None), ("7/QĐ-UBND", "2024-01-31")),
])
def test_which_decision_conferred_and_which_revoked(sentence, conferring, revoking):
    assert revocation_decisions(sentence, ("7/QĐ-UBND", "2024-01-31")) == (conferring, revoking)


def test_own_decision_from_the_title_without_a_header():
    assert own_decision("Quyết định số 45/QĐ-UBND ngày 20/8/2025 về việc thu hồi Bằng khen", (None, None)) == \
        ("45/QĐ-UBND", "2025-08-20")
    assert own_decision("Thu hồi Bằng khen đã tặng tại Quyết định số 210/QĐ-UBND", (None, None)) == (None, None)
    assert own_decision("anything", ("1/QĐ-UB", None)) == ("1/QĐ-UB", None)


def test_a_knowledge_base_of_schema_1_is_migrated(tmp_path):
    """A knowledge base written before revocations kept their revoking decision apart (schema 1: no
    conferrals.revoked_by; the sentence's first decision stored as the decision, shown as the revoking one) is
    migrated when opened for writing: columns added, the revocation derived again from its sentence and header,
    the canonical layer rebuilt by the next ingest or by ``sovang serve``'s preparation."""
    db = _revoking_kb(tmp_path)
    _schema_1(db)  # what session 12's sovang wrote
    assert _award_of_trang(db)["revoked_by"] == "210/QĐ-UBND"  # read-only: shown as it was stored
    prepare(db)
    row = _award_of_trang(db)
    assert (row["decision"], row["revoked_by"], row["revoked_date"]) == ("210/QĐ-UBND", "45/QĐ-UBND", "2025-08-20")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("2",)
    run_cli("ingest", tmp_path / "qd", "--db", db, "--quiet", "--workers", "1")  # nothing new: the same facts
    assert _award_of_trang(db)["revoked_by"] == "45/QĐ-UBND"


UNDATED = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 46/QĐ-UBND
QUYẾT ĐỊNH
Về việc thu hồi Bằng khen đã tặng tại Quyết định số 211/QĐ-UBND ngày 6 tháng 3 năm 2023
Điều 1. Thu hồi Bằng khen đã tặng bà Bùi Thị Xuân tại Quyết định số 211/QĐ-UBND ngày 6/3/2023 của Chủ tịch Ủy ban nhân dân tỉnh.
"""


def test_a_date_cited_from_another_decision_is_not_the_documents_own(tmp_path):
    """A decision that writes no date of its own, only the date of the decision it cites (in its title and in
    Điều 1), has no date: not the cited one, neither as the document's date nor as its decision's."""
    (tmp_path / "qd").mkdir()
    (tmp_path / "qd" / "khong-ngay.txt").write_text(UNDATED, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "qd", "--db", db, "--quiet", "--workers", "1")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT date FROM documents").fetchall() == [(None,)]
    row = json.loads(run_cli("awards", "--db", db, "--format", "json"))[0]
    assert (row["decision"], row["decision_date"]) == ("211/QĐ-UBND", "2023-03-06")
    assert (row["revoked_by"], row["revoked_date"]) == ("46/QĐ-UBND", None)


@pytest.mark.parametrize("lines, date", [
    (["Số: 9/QĐ-UBND    Ninh Bình, ngày 2 tháng 1 năm 2024", "Điều 1. Theo Kế hoạch số 3/KH-UBND ngày 5/5/2023 …"],
     "2024-01-02"),
    (["Quyết định số 45/QĐ-UBND ngày 20/8/2025 về việc thu hồi Bằng khen"], "2025-08-20"),  # its own title
    (["Tặng Giấy khen theo Tờ trình số 8/TTr-SNV ngày 1/2/2024 của Sở Nội vụ."], None),
    (["Ngày 3/4/2024, tỉnh trao Bằng khen theo Quyết định số 7/QĐ-UBND ngày 1/4/2024."], "2024-04-03"),
])
def test_document_date_leaves_out_dates_of_cited_documents(lines, date):
    assert document_date(lines) == date


def _decision_with_list(path, district: str, head_unit: str) -> None:
    """A decision of a health department giving certificates by a list: a commune's health station with its
    district, and the station's head, whose "Chức vụ, đơn vị" cell names the station without it."""
    d = docx.Document()
    for line in ("UBND TỈNH LAI CHÂU", "SỞ Y TẾ", "Số: 31/QĐ-SYT", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
                 "GIÁM ĐỐC SỞ Y TẾ", "QUYẾT ĐỊNH:",
                 "Điều 1. Tặng Giấy khen của Giám đốc Sở Y tế cho 01 tập thể và 01 cá nhân đã có thành tích "
                 "xuất sắc năm 2024 (có danh sách kèm theo)."):
        d.add_paragraph(line)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["STT", "Họ và tên", "Chức vụ, đơn vị"],
                             ["1", f"Trạm Y tế xã Pa Tần, huyện {district}", ""],
                             ["2", "Ông Giàng A Páo", head_unit]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(path)


def _units(db) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(n for (n,) in conn.execute("SELECT canonical_name FROM units WHERE canonical_name LIKE "
                                                  "'Trạm Y tế%'"))


def test_one_unit_named_with_and_without_its_district_in_one_document(tmp_path):
    (tmp_path / "qd").mkdir()
    _decision_with_list(tmp_path / "qd" / "giay-khen.docx", "Sìn Hồ", "Trưởng Trạm Y tế xã Pa Tần")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "qd", "--db", db, "--quiet", "--workers", "1")
    assert _units(db) == ["Trạm Y tế xã Pa Tần, huyện Sìn Hồ"]
    (doc,) = [json.loads(line) for line in run_cli("export", "facts", "--db", db).splitlines()]
    assert {"name": "Giàng A Páo", "position": "Trưởng Trạm", "unit": "Trạm Y tế xã Pa Tần, huyện Sìn Hồ"} in \
        doc["officials"]


def test_stations_of_one_name_in_two_districts_stay_two_units(tmp_path):
    """Two decisions, each of a station "Pa Tần" in another district, and a third naming "Trạm Y tế xã Pa Tần"
    alone: three units, none joined without evidence."""
    for name, district in (("a", "Sìn Hồ"), ("b", "Nậm Pồ")):
        (tmp_path / name).mkdir()
        _decision_with_list(tmp_path / name / "qd.docx", district, "Trưởng Trạm Y tế xã Pa Tần")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "tin.txt").write_text("Năm 2024, Trạm Y tế xã Pa Tần được tặng Giấy khen của Giám đốc Sở "
                                            "Y tế.\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", tmp_path / "a", tmp_path / "b", tmp_path / "c", "--db", db, "--quiet", "--workers", "1")
    assert _units(db) == ["Trạm Y tế xã Pa Tần", "Trạm Y tế xã Pa Tần, huyện Nậm Pồ",
                          "Trạm Y tế xã Pa Tần, huyện Sìn Hồ"]


@pytest.mark.parametrize("names, expected", [
    (["Trạm Y tế xã Pa Tần", "Trạm Y tế xã Pa Tần, huyện Sìn Hồ"], {"Trạm Y tế xã Pa Tần":
                                                                    "Trạm Y tế xã Pa Tần, huyện Sìn Hồ"}),
    # two districts in one document: the short name is either
    (["Trạm Y tế xã Pa Tần", "Trạm Y tế xã Pa Tần, huyện Sìn Hồ", "Trạm Y tế xã Pa Tần, huyện Nậm Pồ"], {}),
    # the rest after the comma no place: no join
    (["Trạm Y tế xã Pa Tần", "Trạm Y tế xã Pa Tần, Trường Tiểu học Pa Tần"], {}),
])
def test_fullest_names_with_the_place_after_a_comma(names, expected):
    assert fullest_names(names) == expected


def _schema_1(db) -> None:
    """Turn a knowledge base of this sovang into what session 12's sovang wrote (schema 1)."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE conferrals SET decision = '210/QĐ-UBND', decision_date = '2023-03-05'")
        conn.execute("ALTER TABLE conferrals DROP COLUMN revoked_by")
        conn.execute("ALTER TABLE conferrals DROP COLUMN revoked_date")
        conn.execute("UPDATE conferrals_resolved SET decision = NULL, decision_date = NULL, "
                     "revoked_by = '210/QĐ-UBND', revoked_date = '2023-03-05'")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")


def test_an_ingest_storing_nothing_rebuilds_the_layer_of_a_migrated_knowledge_base(tmp_path):
    """The archivist's first ``sovang ingest`` with the new sovang stores nothing new, yet it migrated the
    knowledge base: the canonical layer is built again, so ``awards`` shows 210 conferring and 45 revoking."""
    db = _revoking_kb(tmp_path)
    _schema_1(db)
    run_cli("ingest", tmp_path / "qd", "--db", db, "--quiet", "--workers", "1")
    row = _award_of_trang(db)
    assert (row["decision"], row["revoked_by"], row["revoked_date"]) == ("210/QĐ-UBND", "45/QĐ-UBND", "2025-08-20")


def test_a_layer_marked_stale_is_rebuilt_by_the_sites_preparation(tmp_path):
    """A knowledge base migrated by a writer that built no layer afterwards (``open_db`` alone) is marked stale;
    ``sovang serve``'s preparation builds it again."""
    from outputs.kb import open_db

    db = _revoking_kb(tmp_path)
    _schema_1(db)
    open_db(db).conn.close()  # migrated, layer not rebuilt
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'canonical_stale'").fetchone() == ("1",)
    prepare(db)
    assert _award_of_trang(db)["revoked_by"] == "45/QĐ-UBND"


def test_a_second_writer_finds_the_migration_done(tmp_path, monkeypatch):
    """Two writers open a schema-1 knowledge base at once; both read the columns before either takes the lock.
    The one that migrates second re-reads them after taking it and adds none (no "duplicate column name")."""
    import sqlite_utils

    from outputs.kb import migrate

    db = _revoking_kb(tmp_path)
    _schema_1(db)
    first = sqlite_utils.Database(db)
    migrate(first)  # the first writer
    first.conn.close()
    # the second read the columns before the first migrated: it saw schema 1
    monkeypatch.setattr(sqlite_utils.db.Table, "columns_dict", property(lambda self: {"id": int}))
    second = sqlite_utils.Database(db)
    migrate(second)
    second.conn.close()
    with sqlite3.connect(db) as conn:
        assert [c[1] for c in conn.execute("PRAGMA table_info(conferrals)")].count("revoked_by") == 1
        assert conn.execute("SELECT decision, revoked_by FROM conferrals").fetchall() == [("210/QĐ-UBND",
                                                                                          "45/QĐ-UBND")]


@pytest.mark.parametrize("sentence, conferring, revoking", [
    # a decision before "(đã) bị thu hồi" with its conferring verb conferred the award (passive)
    ("Quyết định số 310/QĐ-UBND ngày 4/4/2022 tặng Giấy khen cho bà Lò Thị Hoa đã bị thu hồi.",
     ("310/QĐ-UBND", "2022-04-04"), ("7/QĐ-UBND", "2024-01-31")),
    # "theo Quyết định" after the cue with no conferring verb between: the revoking decision
    ("Bà Lò Thị Hoa bị thu hồi Giấy khen theo Quyết định số 88/QĐ-UBND ngày 9/9/2025.",
     (None, None), ("88/QĐ-UBND", "2025-09-09")),
    # the grounds "Căn cứ Quyết định … về việc tặng …" before the cue conferred it
    ("Căn cứ Quyết định số 6/QĐ-UBND ngày 1/2/2022 về việc tặng Giấy khen, nay thu hồi Giấy khen của bà Hoa.",
     ("6/QĐ-UBND", "2022-02-01"), ("7/QĐ-UBND", "2024-01-31")),
    # after the cue, of no clear role: neither
    ("Thu hồi Giấy khen của bà Hoa, Quyết định số 3/QĐ-UBND ngày 1/1/2024 của huyện.", (None, None),
     ("7/QĐ-UBND", "2024-01-31")),
])
def test_the_role_of_each_decision_follows_the_words_around_it(sentence, conferring, revoking):
    assert revocation_decisions(sentence, ("7/QĐ-UBND", "2024-01-31")) == (conferring, revoking)
