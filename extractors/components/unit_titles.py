"""Bodies named by or inside a person's title: a title ending right before a body, a fixed title naming its body
("Thủ tướng Chính phủ"), a standing board inside a member's title, and ministries named by a minister's title.
"""
from __future__ import annotations

from ..tables import WORK_UNITS
from .base import LOWERED, Ent, lower_span, span_text

#: titles whose last words are their body's name, not a mention of it
TITLES_NAMING_BODY = {"thủ tướng chính phủ", "phó thủ tướng chính phủ"}
#: every tail of those titles after one of their spaces ("chính phủ", "tướng chính phủ"): a body that is none of them
#: closes no such title (:meth:`Titles._ends_title` answers at once, without joining the words before it)
_TITLE_TAILS = frozenset(t[k + 1:] for t in TITLES_NAMING_BODY for k, c in enumerate(t) if c == " ")
#: words of an award's name or of a conferral, within AWARD_WINDOW words before such a title, and verbs after it
AWARD_WORDS = {"khen", "cờ", "huân", "huy", "hiệu", "thưởng", "kỷ"}
AWARD_WINDOW = 8
CONFERS = {"tặng", "trao", "khen", "phong", "truy"}
#: words a holder's title after "của" may run past a listed body's end before the holder's name ("… của Thủ tướng |
#: Chính phủ Nguyễn …")
TITLE_TAIL = 3
WORK_UNIT_REACH = 5  # words of a work unit's phrase between its title and the comma before the body
#: the title word of an office's chief, before "Văn phòng" ("Chánh Văn phòng", "Phó Chánh Văn phòng")
OFFICE_CHIEF = "chánh"


class Titles:
    """Units and titles; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _after_title(self, doc, s) -> bool:
        """A position title (``positions.txt``) ends right before token s ("Bí thư | tỉnh ủy")."""
        for k in (1, 2):
            if s - k >= 0 and " ".join(doc.words[s - k:s]).lower() in self.title_ends:
                return True
        return False

    def _after_work_unit(self, doc, s) -> bool:
        """A title and the lower-case work unit it heads (work_units.txt), then a comma, end right before token s
        ("quản đốc phân xưởng, | Nhà máy X", "tổ trưởng tổ ngữ văn, | Trường …"): s opens the title's body."""
        words = doc.words
        if s < 3 or words[s - 1] != ",":
            return False
        for k in range(s - 2, max(0, s - 1 - WORK_UNIT_REACH), -1):
            if not words[k][:1].islower():
                return False
            if (words[k] in WORK_UNITS or " ".join(words[k:k + 2]) in WORK_UNITS) and self._after_title(doc, k):
                return True
        return False

    def _chief_office(self, doc, cands, head_end) -> list:
        """The office after its chief's title, of a body whose office is one of its departments ("Chánh Văn
        phòng | Hội Luật gia Việt Nam", "Phó Chánh Văn phòng Bộ Tư pháp"; ``office_departments.txt``): "Chánh Văn
        phòng" is the post, the unit is the body (dev gold), so the candidate starts at the body, which is named
        after its head (the bare "Văn phòng Bộ" stays, to be completed by the letterhead).  An office that is a body
        of its own ("Chánh Văn phòng UBND tỉnh X") stays.  Returns the candidates."""
        words = doc.words
        out = []
        for s, e, kind in cands:
            b = s + 2
            if b < e and s > 0 and LOWERED[words[s - 1]] == OFFICE_CHIEF and words[s] == "Văn" and \
                    words[s + 1] == "phòng" and words[b][:1].isupper():
                L = next((L for L in (3, 2, 1) if b + L < e and words[b + L][:1].isupper() and
                          tuple(words[b:b + L]) in self.office_departments), 0)  # (a named body: not "Văn
                # phòng Bộ | phụ trách …", the letterhead's ministry)
                if L:
                    head_end[(b, e)] = b + L
                    s = b
            out.append((s, e, kind))
        return out

    def _ends_title(self, doc, s, e) -> bool:
        """The listed body [s, e) closes a fixed title that names it ("Thủ tướng Chính phủ") inside an award's
        name or as its conferrer ("Bằng khen của Thủ tướng Chính phủ", "được Thủ tướng Chính phủ tặng Cờ",
        "danh hiệu … của Thủ tướng Chính phủ"): the award, not a mention of the body.  The title of a person or
        of one who acts ("Thủ tướng Chính phủ Nguyễn …", "Xét đề nghị của Thủ tướng Chính phủ") does mention it:
        the eval gold lists "Chính phủ" there (dev: 2 of 2 documents where only such a title names it; 0 of 4
        where only an award does)."""
        body = lower_span(doc, s, e)
        if any(w == "Luật" for w in doc.words[max(0, s - 3):s]):
            return True  # "Luật Tổ chức Chính phủ": the name of a law, not a mention of the body
        if body not in _TITLE_TAILS:
            return False  # (the common case: no title of TITLES_NAMING_BODY ends on this body)
        prev = [k for k in range(max(0, s - 4), s) if doc.words[k].strip()]  # a title may wrap a line ("Thủ | tướng")
        for k in (1, 2):
            if len(prev) >= k and (" ".join(doc.words[j] for j in prev[-k:]).lower() + " " + body) in TITLES_NAMING_BODY:
                first = prev[-k]
                window = doc.words[max(0, first - AWARD_WINDOW):first]
                for stop in (";", ".", ":"):
                    if stop in window:  # "Căn cứ Luật Thi đua, khen thưởng; Xét đề nghị của Thủ tướng …"
                        window = window[len(window) - window[::-1].index(stop):]
                before = {w.lower() for w in window}
                after = doc.words[e].lower() if e < len(doc) else ""
                return bool(before & AWARD_WORDS) or after in CONFERS
        return False

    def _title_of_next_person(self, doc, s, e) -> bool:
        """The listed body [s, e) ends on its holder's position title, "của" + title, that a person's name right
        after it holds ("Tổ tư vấn kinh tế của Thủ tướng | Nguyễn Xuân Phúc"): the title is that person's, and
        the body is not taken (it would leave the person without his position).  The title after "của" is a whole
        title of ``positions.txt`` running up to the name, also past the body's end ("Tổ công tác của Thủ tướng |
        Chính phủ Nguyễn …").  A body named by the title alone stays ("Thường trực Ban bí thư Trần Quốc Vượng": the
        board, then its member)."""
        words = doc.words
        for c in range(s + 1, e - 1):
            if words[c] == "của":
                for t in range(e, min(e + TITLE_TAIL, len(words)) + 1):
                    if " ".join(words[c + 1:t]).lower() in self.position_titles and self._person_like(doc, t):
                        return True
        return False

    @staticmethod
    def _member_board(doc, s, e) -> int:
        """Start of the listed body [s, e) once a standing board written inside a member's title is left out:
        "Ủy viên Thường vụ Quân ủy Trung ương" is a member of the board of "Quân ủy Trung ương", which is the
        unit named (the board is a unit only outside such a title)."""
        k = s + (1 if doc.words[s].lower() == "ban" else 0)
        if s > 0 and doc.words[s - 1].lower() == "viên" and e - k > 2 and \
                " ".join(doc.words[k:k + 2]).lower() == "thường vụ":
            return k + 2
        return s

    def _standing_board(self, doc, s, e) -> bool:
        """The standing board [s, e) ("Thường trực") is a unit: no position title ends before it and a party
        committee's head follows it ("Thường trực | Tỉnh ủy Bình Phước", "Thường trực | Thành ủy"; ``unit_types.tsv``
        kind "party", one or two words)."""
        if self._after_title(doc, s):
            return False
        for k in (2, 1):
            head = " ".join(doc.words[e:e + k]).lower()
            if e + k <= len(doc) and self.heads_lower.get(head, ("", False))[0] == "party":
                return True
        return False

    def _starts_title(self, doc, i) -> bool:
        """A position title starts at token i ("– Bí thư Trung ương Đảng")."""
        w = LOWERED[doc.words[i]]
        if w not in self.title_firsts:
            return False  # (the common case: no title opens with this word, alone or before another)
        two = w + " " + doc.words[i + 1].lower() if i + 1 < len(doc) else w
        return w in self.titles or two in self.titles

    def _starts_rank(self, doc, i) -> bool:
        """A military or police rank (honorifics.tsv, kind "rank": Luật Sĩ quan QĐND, Luật CAND; one or two words, as
        written) starts at token i ("– Đại tá Nguyễn Văn A")."""
        words, honorifics = doc.words, self.lex.honorifics
        return honorifics.get(words[i]) == "rank" or (
            i + 1 < len(words) and honorifics.get(f"{words[i]} {words[i + 1]}") == "rank")

    def _minister_fields(self, doc, units) -> list:
        """"Thứ trưởng Nội vụ", "Bộ trưởng Giao thông Vận tải Đinh La Thăng": a minister's title
        followed by the field of a ministry (``ministry_fields.txt``) names that ministry ("Bộ Nội vụ").  Not where a
        unit already covers the field, not a foreign ministry ("Bộ trưởng Ngoại giao Nhật Bản"), not a title that
        decides or confers (:meth:`_conferring_title`)."""
        taken = None  # (the tokens the units cover, found only when a title is written: most documents have none)
        out = []
        for _, s, e in self.minister_fields(doc.doc if hasattr(doc, "doc") else doc):
            a = s + 2
            if taken is None:
                taken = {k for u in units for k in range(u.start, u.end)}
            if any(k in taken for k in range(a, e)) or self._conferring_title(doc, s):
                continue
            if doc.words[a][:1].islower():
                continue  # "bộ trưởng quốc phòng" in lower case: the office in general, no ministry named
            if any(e + L <= len(doc) and span_text(doc, e, e + L) in self.lex.places and
                   span_text(doc, e, e + L) != "Việt Nam" for L in (1, 2, 3)):
                continue  # "Bộ trưởng Quốc phòng Mỹ": a foreign ministry, named so only in passing
            out.append(Ent("unit", a, e, "Bộ " + span_text(doc, a, e), {"kind": "ministry"}))
        return out

    @staticmethod
    def _conferring_title(doc, s) -> bool:
        """The title at token s is one who decides or confers ("quyết định của Bộ trưởng Quốc phòng", "Bằng khen
        của Bộ trưởng Công an"), not a person's title: the eval gold lists no ministry for it (dev, heldout5)."""
        if s > 0 and doc.words[s - 1].lower() == "của":
            return True
        window = [w.lower() for w in doc.words[max(0, s - AWARD_WINDOW):s]]
        for stop in (";", ".", ":"):
            if stop in window:
                window = window[len(window) - window[::-1].index(stop):]
        return bool(set(window) & AWARD_WORDS)
