"""Word tests at one token the unit recognizer asks: what starts there (a unit head, a listed body, a school, an award),
whether it continues a person's name, signs a byline, or names a body's representative office.
"""
from __future__ import annotations

from ..gazetteer import section, word_list
from .base import LOWERED, is_cap, lower_span, span_text
from .unit_words import AGE_TEAM, FOREIGN_WORD, VERB_HEADS

#: a body's representative office, written before the body and its place ("cơ quan đại diện Bộ … tại TP HCM")
REPRESENTATIVE = ("cơ", "quan", "đại", "diện")
#: heads of higher-education institutions (Luật Giáo dục đại học 2012, amended 2018, Điều 4 and 7: đại học, trường
#: đại học, học viện; cao đẳng, Luật Giáo dục nghề nghiệp 2014), lower-case
HIGHER_SCHOOL_HEADS = {"đại học", "đh", "học viện", "trường đại học", "trường đh", "cao đẳng", "trường cao đẳng",
                       "trường cđ", "cđ"}
#: the most words of a name of ``member_universities.txt`` ("Đại học Quốc gia", "Đại học Thái Nguyên")
MEMBER_UNIVERSITY_WORDS = 4
#: "deputy" and "chief", written right before a head in a short title ("Phó phòng", "phó ban": the deputy head of that
#: body, the positions list only "Phó Trưởng phòng"; "Đồn trưởng đồn …"), lower-case
RANKS = {"phó", "trưởng"}
#: words opening a photo or source credit, and how many words before a listed body one may stand
CREDIT_LEADS = {"Ảnh", "ảnh", "Video", "Clip"}
CREDIT_SPAN = 6
#: words that make a listed body national, never a sub-unit of another ("Ban Tổ chức Trung ương")
#: forces of named_units.txt written with their place and its level, as their Cục is (its "# Placed forces" section)
PLACED_FORCES = frozenset(n.lower() for n in section("named_units.txt", "# Placed forces"))
NATIONAL_MARKERS = {"Trung ương", "T.Ư", "Quốc hội", "Chính phủ", "Việt Nam", "Nhà nước", "Đảng", "Bí thư", "Chính trị",
                    "Chấp hành", "Thường vụ"}
#: first and second words of an award or an honorary title that a unit's name does not run into ("Huân chương",
#: "Bằng khen", "Giấy khen", "Kỷ niệm chương", "Chiến sĩ thi đua", "Anh hùng", "Nhà giáo Nhân dân", "Thầy thuốc Ưu tú")
AWARD_FIRST = ("Huân", "Huy", "Bằng", "Giấy", "Cờ", "Kỷ", "Giải", "Chiến", "Anh", "Nghệ", "Nhà", "Thầy")
AWARD_SECOND = ("chương", "khen", "thi", "niệm", "thưởng", "sĩ", "hiệu", "hùng", "giáo", "thuốc")
#: heads that with a label alone name a category, not a body ("nhóm máu A", "Nhóm 1"; ``category_heads.txt``)
CATEGORY_HEADS = frozenset(word_list("category_heads.txt"))
#: the most letters of a label written in capitals ("A", "AB"; not a name: "VTV")
LABEL_LETTERS = 2
#: marks that may stand between a label's words ("A & B", "1-2")
LABEL_MARKS = {"&", "-", "–", "."}


def _label_word(w: str) -> bool:
    """``w`` may be a word of a label: a number, one or two capital letters, a lower-case word or a mark."""
    return w.isdigit() or w.islower() or w in LABEL_MARKS or (w.isalpha() and w.isupper() and len(w) <= LABEL_LETTERS)


class UnitCues:
    """Token tests; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    @staticmethod
    def _category(doc, u) -> bool:
        """Unit ``u`` is a head of ``category_heads.txt`` named by a label alone: every word after the head a
        number, one or two capital letters, a lower-case word or a mark (:func:`_label_word`), the last a number
        or capitals ("nhóm A", "Nhóm 4", "Nhóm hạt giống số 3"): a category (a blood group, a draw's pot), not a
        body with a name of its own ("Nhóm biên kịch bộ phim Về nhà đi con")."""
        h = u.info.get("head_end", u.start + 1)
        if h >= u.end or lower_span(doc, u.start, h) not in CATEGORY_HEADS:
            return False
        words = doc.words[h:u.end]
        return all(_label_word(w) for w in words) and not words[-1].islower() and words[-1] not in LABEL_MARKS

    def _person_like(self, doc, i) -> bool:
        """A person's name starts at token i: a surname or given-name start (``self.person_start``) then a capitalised,
        not upper-case word, the two (or three) words being no place of ``places.txt``."""
        words = doc.words  # (plain strings: no light tokens built)
        if i + 1 >= len(words):
            return False
        t, n = words[i], words[i + 1]
        if t not in self.person_start or not is_cap(n) or n.isupper():
            return False
        two = t + " " + n
        three = two + " " + words[i + 2] if i + 2 < len(words) else two
        return two not in self.lex.places and three not in self.lex.places

    def _school_at(self, doc, i) -> bool:
        """A school head ("Đại học", "Cao đẳng", "THPT" …) other than "Trường" starts at token i."""
        for h in (doc.words[i], " ".join(doc.words[i:i + 2])):
            if h.lower() != "trường" and self.lex.unit_heads.get(h, ("",))[0] == "school":
                return True
        return False

    @staticmethod
    def _in_credit(doc, s, e) -> bool:
        """The listed body [s, e) signs a photo or a story (GUIDELINES.md: bylines and photo credits are no facts):
        next to "/" ("Ảnh: Lê Minh/TTXVN", "TTXVN/Tin Tức"), an acronym in parentheses closing its line ("(TTXVN)"), or within
        the few words after "Ảnh", "Video", "Clip", "Nguồn:" or "(nguồn" on its line ("Ảnh chụp màn hình Sputnik",
        "Nguồn: báo Hòa Bình", "(nguồn VTV)"), or after "(Theo" in brackets closing the line (:func:`_closes_line`:
        "Duy An (Theo India Today, X Times)", the story's sources after its byline)."""
        w, n = doc.words, len(doc)
        if (s > 0 and w[s - 1] == "/") or (e == s + 1 and w[s].isupper() and e < n and w[e] == "/"):
            return True
        if s > 0 and w[s - 1] == "(" and e == s + 1 and w[s].isupper() and e < n and w[e] == ")" and \
                (e + 1 >= n or not w[e + 1].strip()):
            return True
        for k in range(s - 1, max(-1, s - CREDIT_SPAN), -1):
            if not w[k].strip() or w[k] in (".", "!", "?"):
                return False
            if w[k] in CREDIT_LEADS or (w[k] == "Nguồn" and k + 1 < n and w[k + 1] == ":") or \
                    (LOWERED[w[k]] == "nguồn" and k > 0 and w[k - 1] == "(") or \
                    (LOWERED[w[k]] == "theo" and k > 0 and w[k - 1] == "(" and _closes_line(w, e)):
                return True  # ("Nguồn" alone opens a sentence too: "Nguồn tin từ Bộ Công an cho biết"; in brackets,
                # "(nguồn VTV)", it credits)
        return False

    def _named_kind(self, doc, s, e) -> str:
        """Kind of a listed body: its head's kind ("Vụ Thi đua – Khen thưởng" is a department, so it can be
        written with its parent), but "named" for national bodies ("Ban Tổ chức Trung ương")."""
        words = doc.words[s:e]
        if " ".join(words).lower() in PLACED_FORCES:
            return "department"  # "Lực lượng Quản lý thị trường tỉnh …", as its Cục
        if any(" ".join(words[k:k + 2]) in NATIONAL_MARKERS or words[k] in NATIONAL_MARKERS
               for k in range(len(words))):
            return "named"
        for L in (2, 1):
            head = self.lex.unit_heads.get(" ".join(words[:L])) or \
                (self.heads_lower.get(" ".join(words[:L]).lower()) if L == 2 else None)  # ("Tổng Cục lâm nghiệp")
            if head and L < len(words):
                return head[0]
        return "named"

    @staticmethod
    def _representative(doc, s) -> bool:
        """"cơ quan đại diện" is written right before token s: a body's representative office in a place (Nghị
        định 123/2016/NĐ-CP, Điều 17: cơ quan đại diện of a ministry; a newspaper's office, Luật Báo chí 2016)."""
        return s >= 4 and LOWERED[doc.words[s - 1]] == REPRESENTATIVE[-1] and \
            tuple(w.lower() for w in doc.words[s - 4:s]) == REPRESENTATIVE  # (the last word first: most fail it)

    def _inside_name(self, doc, s) -> bool:
        """Token s (a capitalised one-word head) continues a person's name: the capitalised run before it
        starts with a surname ("Nguyễn Trường Sơn", "Lê Hội")."""
        k = s
        while k > 0 and s - k < 3 and is_cap(doc.words[k - 1]) and doc.words[k - 1].isalpha() \
                and not doc.words[k - 1].isupper():
            k -= 1
        return k < s and doc.words[k] in self.lex.surnames and (k == 0 or not is_cap(doc.words[k - 1]))

    def _starts_award(self, doc, i) -> bool:
        """An award or an honorary title starts at token i: a word of ``AWARD_FIRST`` then one of ``AWARD_SECOND``."""
        w = doc.words[i]
        return w in AWARD_FIRST and i + 1 < len(doc) and doc.words[i + 1].lower() in AWARD_SECOND

    def _named_at(self, doc, i) -> bool:
        """A body of ``named_units.txt`` starts at token i: its first two words, and its third when it has one."""
        starts = self.named_starts.get(doc.words[i] + " " + doc.words[i + 1]) if i + 1 < len(doc) else None
        if not starts:
            return False
        return any(len(p) < 3 or (i + 2 < len(doc) and doc.words[i + 2].lower() == p[2]) for p in starts)

    def _head_at(self, words, i) -> bool:
        """A head of ``unit_types.tsv`` of one to three words opens at word i, in any letter case ("Hiệp hội …",
        "Tổng Lãnh sự quán …"): no place or city's name ("… tại TPHCM, Hiệp hội …")."""
        return any(" ".join(words[i:i + L]).lower() in self.heads_lower for L in (1, 2, 3))

    def _starts_unit(self, doc, i) -> bool:
        """A unit starts at token i: a body of ``named_units.txt`` or a head of ``unit_types.tsv`` of one to three
        words (not a verb-like head of ``VERB_HEADS``)."""
        w = doc.words[i]
        if i + 1 < len(doc) and self._named_at(doc, i):
            return True
        for h in (w, " ".join(doc.words[i:i + 2]), " ".join(doc.words[i:i + 3])):
            if h in self.lex.unit_heads and h.lower() not in VERB_HEADS:  # ("phòng Tổ chức cán bộ")
                return True
        return False

    def _common_compound(self, doc, i) -> bool:
        """The one-word head at token i makes a common compound with the word after it, written in lower case
        ("Báo chí", "Khoa học"; ``not_heads.txt``): a field's words, no unit's head ("khoa Báo chí Học viện …")."""
        return i + 1 < len(doc) and doc.words[i + 1][:1].islower() and \
            (doc.words[i] + " " + doc.words[i + 1]).lower() in self.lex.not_heads

    def _closes_word_before(self, doc, s, e) -> bool:
        """The head [s, e) opens in lower case and its first syllable closes a two-syllable dictionary word
        (``dictionary_words``) begun by the word before it: a hospital's type ("Đa | khoa Trung ương …"), a post
        office ("bưu | cục X"), a castle ("lâu | đài Windsor"), a verb ("khai | báo Nhà nước", "đề | phòng IS"), an
        event ("Thế vận | hội Atlanta", "khai | hội Xuân") or a body ("quốc | hội Mỹ"), no unit's head.  Only a
        head of one word, or one whose own words the writing breaks (a lower-case syllable, then capitals: "võ | sư
        Đoàn …", "đề | nghị Viện …"); a head of lower-case words is a word of its own ("của | công ty X").  Not when
        the pair is a head itself, a position's first two words ("trưởng | phòng X": ``positions``) or a rank's word
        and the head (``RANKS``: "phó | phòng …", "Đồn trưởng | đồn …"), a title before the body.  Observed in bulk
        news, session 36 (about fifteen such fragments in 1,200 stories; ``not_heads.txt`` lists a few by hand)."""
        w = doc.words
        if s == 0 or not w[s][:1].islower() or not w[s - 1].isalpha() or w[s - 1].isupper() or \
                LOWERED[w[s - 1]] in RANKS or (e - s > 1 and not is_cap(w[s + 1])):
            return False
        pair = (w[s - 1] + " " + w[s]).lower()
        return pair in self.words and pair not in self.heads_lower and pair not in self.titles

    def _higher_school(self, doc, i) -> bool:
        """A higher-education institution's name starts at token i ("Đại học", "Học viện", "Trường ĐH", "Cao
        đẳng"; ``HIGHER_SCHOOL_HEADS``)."""
        words = [w.lower() for w in doc.words[i:i + 3]]
        return any(" ".join(words[:L]) in HIGHER_SCHOOL_HEADS for L in (1, 2, 3))

    def _member_university(self, doc, i) -> bool:
        """A university of member schools (``member_universities.txt``) is named from token i ("Đại học Quốc gia Hà
        Nội", "ĐHQG TP HCM", "Đại học Huế")."""
        words = tuple(w.lower() for w in doc.words[i:i + MEMBER_UNIVERSITY_WORDS])
        return any(words[:L] in self.member_universities for L in range(1, MEMBER_UNIVERSITY_WORDS + 1))

    def _club_after_team_word(self, doc, u) -> bool:
        """The unit ``u`` is the lower-case common noun "đội" (a team) before a foreign club's own name, an age
        group's code optional ("đội Real", "đội U15 Sporting"): every word after it capitalised, the first (after the
        code) a foreign word (unit_words.FOREIGN_WORD) and no place of ``places.txt`` (a national team keeps the noun:
        "đội U23 Qatar"); not the end of a compound ("Hạm đội Baltic", "khẩu đội Patriot": a dictionary word), nor a
        Vietnamese name ("đội Lệ Quyên": a singer's team in a show). Training gold lists such a club without the noun
        (three of three, session 30); in session 31 it named a club in 2 training documents (held-out 10 and 12) and in
        6 of 120 bulk stories writing "đội" before a capital ("đội Honda Repsol", "đội Red Bull", "đội West Ham")."""
        w = doc.words
        s, e = u.start, u.end
        if w[s] != "đội" or u.info.get("head_end") != s + 1 or e - s < 2 or \
                (s > 0 and (w[s - 1].lower() + " đội") in self.words):
            return False
        k = s + 1
        if AGE_TEAM.fullmatch(w[k]):
            k += 1
        if k >= e or not FOREIGN_WORD(w[k]) or not all(is_cap(x) or x.isdigit() for x in w[k:e]):
            return False
        return not any(span_text(doc, k, k + L) in self.lex.places for L in (1, 2, 3) if k + L <= e)


def _closes_line(words, e: int) -> bool:
    """The bracket open before token ``e`` closes within :data:`CREDIT_SPAN` tokens, and its line with it, perhaps
    after one more bracketed credit ("(Theo X) (Dân Việt)"): the brackets are the line's last words."""
    n = len(words)
    for _ in range(2):
        j = next((j for j in range(e, min(n, e + CREDIT_SPAN)) if words[j] in ("(", ")", "\n") or not words[j].strip()),
                 None)
        if j is None or words[j] != ")":
            return False
        if j + 1 >= n or not words[j + 1].strip():
            return True
        if words[j + 1] != "(":
            return False
        e = j + 2
    return False
