"""A conferral told twice in one document (outputs.canonical._one_per_fact): the revocation is kept, and what one
telling leaves out (the decision, the conferrer) is taken from the other. Documents of our own wording."""
from __future__ import annotations

import json


from tests.cli import run_cli




def _awards(tmp_path, text):
    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "qd.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    run_cli("ingest", folder, "--db", db, "--quiet", "--workers", "1")
    return json.loads(run_cli("awards", "--db", db, "--format", "json"))


def test_a_revocation_told_again_in_its_grounds_stays_revoked(tmp_path):
    rows = _awards(tmp_path, (
        "Điều 1. Thu hồi Bằng khen của Chủ tịch UBND tỉnh đối với ông Hờ A Chử, cán bộ Trạm Khuyến nông huyện "
        "Mù Cang Chải.\n\n"
        "Lý do: ông Hờ A Chử được tặng Bằng khen của Chủ tịch UBND tỉnh tại Quyết định số 417/QĐ-UBND ngày "
        "9/4/2021 nhưng đã kê khai sai thành tích.\n"))
    (row,) = [r for r in rows if r["recipient"] == "Hờ A Chử"]
    assert row["revoked"] == 1
    # the conferring decision comes from the grounds' sentence; the revocation names none of its own
    assert row["decision"] == "417/QĐ-UBND"
    assert row["sentence"].startswith("Điều 1. Thu hồi")


def test_the_decision_of_one_telling_joins_the_conferrer_of_another(tmp_path):
    rows = _awards(tmp_path, (
        "Trường THPT Mường Chà đón nhận Huân chương Lao động hạng Ba\n\n"
        "Theo Quyết định số 1234/QĐ-CTN, Trường THPT Mường Chà được tặng Huân chương Lao động hạng Ba.\n\n"
        "Thừa ủy quyền của Chủ tịch nước, ông Lò Văn Puôn trao Huân chương Lao động hạng Ba cho Trường THPT "
        "Mường Chà.\n"))
    (row,) = [r for r in rows if r["award"] == "Huân chương Lao động hạng Ba"]
    assert (row["conferrer"], row["decision"]) == ("Chủ tịch nước", "1234/QĐ-CTN")
    assert row["sentence"].startswith("Thừa ủy quyền của Chủ tịch nước")
