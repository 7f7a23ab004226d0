"""An award found inside a longer award mention ("Quả bóng Vàng" of "giải thưởng Quả bóng Vàng") names no award of
its own, and a prize's form dropped as the same award (resolve._same_prize_by_noun) is a mention of the kept form's
award: the knowledge base stores one award entity, and its awards list (the site's ``awards_view``) one award, not a
second with no conferral (extractors.resolve._without_nested_awards).  A document of our own wording ingested with
the real CLI; values worked out by hand."""
from __future__ import annotations

import sqlite3

from tests.cli import kb_of

HEADLINE = "Bản tin bóng đá"
WON = "Thủ môn Lạc Văn Tùng từng đoạt giải thưởng Găng tay Vàng năm 2021."
AGAIN = "Lạc Văn Tùng nhận Găng tay vàng sau một mùa giải giữ sạch lưới 15 trận."


def _award_rows(db) -> tuple[list, list]:
    conn = sqlite3.connect(db)
    mentions = conn.execute("SELECT e.canonical_name, m.text FROM mentions m JOIN entities e ON e.id = m.entity "
                            "WHERE e.kind = 'award' ORDER BY m.block, m.start").fetchall()
    listed = conn.execute("SELECT award, conferrals FROM awards_view").fetchall()
    return mentions, listed


def test_the_prize_inside_its_prize_noun_is_no_second_award(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": f"{HEADLINE}\n\n{WON}\n"})
    mentions, listed = _award_rows(db)
    assert mentions == [("giải thưởng Găng tay Vàng", "giải thưởng Găng tay Vàng")]
    assert [n for _, n in listed] == [1]


def test_the_form_written_again_without_its_noun_is_a_mention_of_the_kept_award(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": f"{HEADLINE}\n\n{WON}\n\n{AGAIN}\n"})
    mentions, listed = _award_rows(db)
    assert mentions == [("giải thưởng Găng tay Vàng", "giải thưởng Găng tay Vàng")] * 2
    assert [n for _, n in listed] == [1]
