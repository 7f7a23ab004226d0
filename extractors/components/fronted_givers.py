"""The giver named after a fronted give clause that has no subject of its own: "Phát biểu và trao Huân chương Lao
động hạng Nhất cho tỉnh A, Chủ tịch nước B đánh giá cao …", "Trao Bằng khen cho các tập thể, Bộ trưởng B ghi nhận
…" (invented names).  The clause before the comma opens the sentence on its give verb; the titled name after the
comma, followed by its own verb, is the main clause's subject, who gave the award, not one more recipient of the
list after "cho" (GUIDELINES.md: ``recipient`` is who received it; session 45's check of bulk news)."""
from __future__ import annotations

import re

from ..gazetteer import alternation
from .base import LOWERED

#: how many words may open the sentence before its give verb ("Phát biểu và trao", "Sau khi trao")
OPENING_MAX = 3
#: words right after a name that go on a list of recipients, not a clause of its own ("…, ông A, bà B và …", "bà B
#: cùng 20 cá nhân", "bà B (Công ty X)"): punctuation, "và", "cùng", "với"
LIST_GOES_ON = frozenset({",", ";", ".", ":", "(", ")", "-", "–", "—", "…", "...", "!", "?", '"', "“", "”", "và",
                          "cùng", "với"})
#: the clause of merit said of the whole list of recipients (achievement_clauses.txt: "vì đã có thành tích …", "đã
#: hoàn thành xuất sắc …"): after the list's last name, no clause of that name's own
MERIT = re.compile(r"(?:%s)(?!\w)" % alternation("achievement_clauses.txt"), re.I)


def opens_on_give(words, ss: int, award_start: int, cues, ent_starts) -> bool:
    """Whether sentence tokens ``ss``.. open on a give verb of ``cues`` ((start, end, role) triples) before the award
    at ``award_start``, within :data:`OPENING_MAX` words, with no name (``ent_starts``) and no "được" before it: a
    clause with no subject of its own ("Trao …", "Phát biểu và trao …")."""
    return any(r == "give" and ss <= s <= ss + OPENING_MAX and s < award_start
               and not any(i in ent_starts or LOWERED[words[i]] == "được" for i in range(ss, s))
               for s, _, r in cues)


def subject_after_comma(words, x, in_title, se: int) -> bool:
    """Whether person ``x`` (an Ent) stands right after a comma with only its title between ("…, Chủ tịch nước B")
    and is followed by a word of a clause of its own before the sentence end ``se`` ("B đánh giá cao …"), not by a
    word going on a list (:data:`LIST_GOES_ON`) nor by the merit said of the list (:data:`MERIT`: "…, Giám đốc B vì
    đã có thành tích xuất sắc"): the subject of the sentence's main clause."""
    if x.kind != "person" or x.end >= se or LOWERED[words[x.end]] in LIST_GOES_ON:
        return False  # a word going on the list ("và", punctuation, in any case)
    k = x.start
    while k - 1 in in_title:
        k -= 1
    return 0 < k < x.start and words[k - 1] == "," and not MERIT.match(" ".join(words[x.end:min(se, x.end + 6)]))
    # (not the merit said of the list: "…, Giám đốc B vì đã có thành tích"; joined only after the cheaper tests)
