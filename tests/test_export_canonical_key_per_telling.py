"""Every award fact of ``export facts --canonical`` has its conferral's key (a newcomer, session 31: 151 awards
with ``"key": null``).  The canonical layer keeps one telling per conferral key (document, folded recipient,
folded award); a document telling the same award twice, written two ways ("… Chính Phủ" in its headline,
"… Chính phủ" in the story), gave the second writing no key.  The key is the conferral's; since session 40 the
canonical export writes the conferral once (outputs.export._one_fact_per_key: the telling the layer keeps, here the
headline, the first of two that name neither conferrer nor decision), the plain export both tellings.
The real CLI on a real SQLite file; a news story of our own wording."""
from __future__ import annotations

import hashlib
import json

from tests.cli import kb_of, run_cli

NEWS = ("Công ty Cổ phần Sông Lam đón nhận Cờ thi đua của Thủ tướng Chính Phủ\n\n"
        "Ngày 5/4/2023, Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Hải trao Cờ thi đua của Thủ tướng Chính phủ "
        "cho Công ty Cổ phần Sông Lam vì đã có thành tích xuất sắc năm 2022.\n")


def test_an_award_told_twice_written_two_ways_is_one_fact_with_its_key(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    (line,) = [json.loads(x) for x in run_cli("export", "facts", "--canonical", "--db", db).splitlines()]
    awards = [(a["recipient"], a["award"], a["key"]) for a in line["awards"]]
    sha = hashlib.sha256(NEWS.encode("utf-8")).hexdigest()
    # outputs.canonical.conferral_key by hand: "C" + sha1 of sha256|folded recipient|folded award, 10 hex digits
    key = "C" + hashlib.sha1(f"{sha}|cong ty co phan song lam|co thi dua cua thu tuong chinh phu".encode()) \
        .hexdigest()[:10]
    assert awards == [("Công ty Cổ phần Sông Lam", "Cờ thi đua của Thủ tướng Chính Phủ", key)]
    # the layer lists the conferral once, under that key
    assert [r["key"] for r in json.loads(run_cli("awards", "--db", db, "--format", "json"))] == [key]


def test_the_plain_export_is_unchanged_by_the_key(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    (line,) = [json.loads(x) for x in run_cli("export", "facts", "--db", db).splitlines()]
    assert [set(a) for a in line["awards"]] == [{"recipient", "recipient_type", "award", "year", "status"}] * 2
