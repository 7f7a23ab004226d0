"""A pronoun subject went to a person whose name's last syllable stood anywhere between, as a place's ("công tác ở
miền Nam" made "Nam" stand for Trần Văn Nam) or as a subject of the other sex ("Bà Trần Thị Lan … Lan kể … ông
được tặng" gave the man's award to Lan).  A name written short is now the subject of its clause (after a sentence
break or a comma, a lower-case word after it) and agrees in sex with the pronoun where the document addresses that
person with "ông"/"bà"… (address_genders.tsv; conferral_references._short_mention_after).  Review of session 23,
finding 3; sentences of our own wording."""
from __future__ import annotations

import json

from tests.cli import kb_of, run_cli

STORIES = {
    "place.txt": """Gặp mặt cựu chiến binh

Ông Phạm Văn Nam từng là Chỉ huy trưởng Quân sự huyện Đức Thọ.

Ông Hoàng Văn Sơn nhiều năm chiến đấu ở miền Nam rồi trở về quê. Năm 2019, ông được tặng Bằng khen của Bộ trưởng Bộ Quốc phòng.
""",
    "sex.txt": """Tri ân nhà giáo

Bà Đặng Thị Hoa là giáo viên Trường THCS Kim Đồng.

Ông Hoàng Văn Sơn là hiệu phó nhà trường. Hoa nhớ lại những ngày đầu. Năm 2022, ông được tặng Bằng khen của Chủ tịch UBND tỉnh.
""",
    "same.txt": """Tri ân nhà giáo

Bà Đặng Thị Hoa là giáo viên Trường THCS Kim Đồng.

Ông Hoàng Văn Sơn là hiệu phó nhà trường. Sau nhiều năm đứng lớp, Hoa chuyển về Phòng Giáo dục. Năm 2022, bà được tặng Bằng khen của Chủ tịch UBND tỉnh.
""",
}


def test_a_short_mention_must_be_a_subject_of_the_pronouns_sex(tmp_path):
    db, _ = kb_of(tmp_path, STORIES)
    output = run_cli("awards", "--db", db, "--format", "json")
    rows = sorted((r["document"].rsplit("/", 1)[-1], r["recipient"]) for r in json.loads(output))
    assert rows == [("place.txt", "Hoàng Văn Sơn"), ("same.txt", "Đặng Thị Hoa"), ("sex.txt", "Hoàng Văn Sơn")]
