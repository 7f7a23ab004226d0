"""Lower-case fields written inside a unit's name ("Sở Lao động – Thương binh và Xã hội", "phòng Cảnh sát hình sự"):
dictionary word pairs, fields joined by "và", police branches, army arms, long descriptions.
"""
from __future__ import annotations

from ..gazetteer import field_at, section, word_list
from .base import is_cap
from .conferral_words import PLURALS as GROUP_MARKS  # before a group of persons ("các ông, bà")
from .persons import CLAUSE_OPENERS
from .unit_words import CHAIN_ENDS, COUNTERS, FIELD_NOT, FOREIGN_WORD, HEAD_RANKS, LEVELS, NO_SANDWICH, \
    NOT_LEVELS, STOP, VERB_HEADS, centre_at, is_code

#: pairs written with a comma or a dash as one field of a name (Luật Phòng, chống tham nhũng 2018; "Vụ Giáo dục Chính
#: trị và Công tác học sinh, sinh viên", Nghị định 69/2017/NĐ-CP; "Phòng Công tác học sinh, sinh viên" of universities;
#: "Liên hiệp các Hội Văn học, nghệ thuật Việt Nam", Chỉ thị 23-CT/TW, as the press writes it)
FIELD_PAIRS = {"phòng": "chống", "học sinh": "sinh viên", "văn học": "nghệ thuật"}
#: most two-syllable words in a capitalised head's lower-case field before the body's place ("Hội đồng | chính sách
#: khoa học công nghệ | Việt Nam"; observed in held-out 3 and 7 news, the names of national associations and councils)
LONG_FIELD_PAIRS = 4
#: words that praise or rank (``evaluative_adjectives.txt``, its words of two syllables): a run holding one describes
#: a body ("Tập đoàn sản xuất thực phẩm | hàng đầu | Brazil": a leading producer), it does not name one
EVALUATIVE_PAIRS = frozenset(x for x in word_list("evaluative_adjectives.txt") if x.count(" ") == 1)
#: negations ("không", "chưa"; negations.txt): a lower-case run holding one is a clause about the body ("cục X | chưa
#: hợp lý và thiếu thuyết phục"), never a field of its name (observed in held-out 11 news, session 23)
NEGATIONS = frozenset(x for x in section("negations.txt", "# Negations") if " " not in x)
#: verbs governing a body, never a sub-unit's field right before its parent ("Trung tâm | hỗ trợ | Sở Y tế …"); a
#: field word after the verb makes it a field ("Trung tâm | hỗ trợ khởi nghiệp | Sở …": the verb's object)
FIELD_VERBS = frozenset(word_list("field_verbs.txt"))
#: verbs charging a body with a task (``charge_verbs.txt``: "chủ trì", "chịu trách nhiệm"): they end a long lower-case
#: tail of its name ("Vụ … Truyền thống ngoại giao | chủ trì,") and never open one
CHARGE_VERBS = frozenset(word_list("charge_verbs.txt"))
#: an emulation's registration or effort ("đăng ký thi đua", "phấn đấu"; ``aim_clauses.txt`` "# Effort predicates"):
#: written after a body's name it opens the predicate and ends the name ("Phòng Nội vụ | đăng ký thi đua, …")
EFFORT_PREDICATES = frozenset(section("aim_clauses.txt", "# Effort predicates"))
#: the verbs that end a long lower-case tail of a name and never open one
PREDICATE_VERBS = CHARGE_VERBS | EFFORT_PREDICATES


#: the most two-syllable words of a field between a head and a foreign brand ("Trung tâm không gian mạng Viettel"): a
#: longer run holds a place or a description ("Đội nghi lễ bên ngoài cung điện Buckingham"; bulk news, session 33)
BRAND_FIELD_PAIRS = 1


class FieldWords:
    """Fields inside a unit's name; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _police_branch(self, doc, end, i) -> int | None:
        """A police branch's name right after the head ("Cảnh sát hình sự", "An ninh chính trị nội bộ", "Cảnh
        sát truy nã tội phạm"), its lower-case field from token i (up to 5 syllables, dictionary words) closed
        by the police it belongs to ("Công an …"): where that police starts, else None. Thông tư
        12/2019/TT-BCA names the branches of a province's or district's police so ("Phòng Cảnh sát hình sự
        Công an tỉnh X": one unit, as "Đội PCCC và CNCH Công an quận X")."""
        w, n = doc.words, len(doc)
        if i != end + 2 or " ".join(w[end:end + 2]) not in ("Cảnh sát", "An ninh"):
            return None
        j = i
        while j < n and j - i < 5 and w[j].isalpha() and w[j].islower():
            j += 1
        if j == i or j + 1 >= n or w[j] != "Công" or w[j + 1] != "an":
            return None
        if any(" ".join(w[k:k + 2]) in self.words_verbs for k in range(i, j - 1)):
            return None  # "Đội Cảnh sát giao thông | đề nghị Công an …": a verb opens the clause
        covered = {x for k in range(i, j - 1) if " ".join(w[k:k + 2]) in self.words for x in (k, k + 1)}
        return j if len(covered) == j - i else None  # every syllable in a dictionary word: no clause

    def _parent_after_field(self, doc, start, i) -> int | None:
        """End of the parent body that follows the lower-case close of a sub-unit's field, from token i, with
        no link between them ("phòng Tổ chức cán bộ | Sở Y tế tỉnh X", "khoa Hồi sức cấp cứu | Bệnh viện …",
        "ban Chính sách pháp luật | LĐLĐ Thành phố …"), the sub-unit's head starting at ``start``: one to three
        two-syllable dictionary words (:meth:`_word_pairs`, no verb), then a capitalised head extended over its
        own name (:meth:`_extend`), of a higher rank when both heads have one (``HEAD_RANKS``: not "Phòng … |
        Phòng …").  None when no such parent follows.  GUIDELINES.md: a sub-unit written with its parent is one
        unit; dev and held-out gold write such names whole ("Ban cán sự đảng Bộ Nội vụ")."""
        w, n = doc.words, len(doc)
        j = self._word_pairs(doc, i)
        if j == i or j >= n or not is_cap(w[j]) or self._person_like(doc, j) or self._starts_award(doc, j) or \
                self._starts_title(doc, j):
            return None
        if " ".join(w[j - 2:j]).lower() in FIELD_VERBS and " ".join(w[start:j]).lower() not in self.heads_lower:
            return None  # "Trung tâm | hỗ trợ Sở Y tế …": a verb whose object is the body, not a field
        head = next((h for h in (" ".join(w[j:j + 3]), " ".join(w[j:j + 2]), w[j]) if h in self.lex.unit_heads), None)
        if head is None or head.lower() in VERB_HEADS:
            return None
        sub = HEAD_RANKS.get(w[start].lower())
        parent = HEAD_RANKS.get(head.lower())
        if sub is not None and parent is not None and sub >= parent:
            return None
        kind, needs_name = self.lex.unit_heads[head]
        e = j + len(head.split())
        return self._extend(doc, j, e, kind, needs_name, False)

    def _army_code_end(self, doc, i) -> int | None:
        """End of an army unit's name written in lower case from token i, right after its echelon: one to three
        two-syllable dictionary words naming its arm or task, then its number or code, with or without "số"
        ("Lữ đoàn | không quân 918", "trung đoàn | không quân hỗn hợp số 37"; Luật Sĩ quan QĐND 1999 names
        echelons so, the press writes the arm in lower case); not a count ("… 30 người").  None when none."""
        w, n = doc.words, len(doc)
        j = self._word_pairs(doc, i)
        if j == i or j >= n:
            return None
        if w[j] == "số":
            j += 1
        if j >= n or not is_code(w[j]) or (j + 1 < n and w[j + 1].lower() in COUNTERS):
            return None
        return j + 1

    def _joined_field(self, doc, i, table=None) -> int | None:
        """End of a listed field joined by "và" that starts at token i, right after a head, read in any letter case
        and over the commas or dashes written inside it ("Đội | Cảnh sát phòng cháy và chữa cháy", "Phòng | Tài
        nguyên và môi trường", "Trung tâm | Văn hóa, Thể thao và Du lịch"; ``joined_fields.txt``,
        ``ministry_fields.txt``; a department's field, ``department_fields.txt``: "Phòng | Tổ chức cán bộ;"); None
        when no listed field starts there.  Without it the name stops at the lower-case "và" and the rest of the
        field, with the parent after it, is read as another body.  ``table``: the fields to read (by default
        ``self.joined_fields``)."""
        return field_at(doc.words, i, self.joined_fields if table is None else table)

    def _field_then_place(self, doc, i, j) -> bool:
        """The field of a capitalised head written in lower case, right after it, then the body's place: a
        dictionary word run ending at j ("Ban thi đua khen thưởng tỉnh X", "Sở tư pháp TP. Y") or one
        syllable ("Cục thuế Hà Nam", "Hội đồng đội Trung ương"), before a level with a capitalised place (one
        syllable, two or dotted: "tỉnh X", "thành phố X", "TP. X"; :meth:`_placed_level`), a place of ``places.txt``
        or "Trung ương"."""
        n = len(doc)
        if j == i:
            w = doc.words[i]
            if w in STOP or w in FIELD_NOT or w.capitalize() in CLAUSE_OPENERS or w in LEVELS or i + 1 >= n or \
                    doc.words[i - 1].isupper():  # (not "BV tuyến Trung ương": a tier of hospitals)
                return False
            j = i + 1
        elif any(" ".join(doc.words[k:k + 2]).lower() in self.words_verbs for k in range(i, j - 1)):
            return False
        if j >= n:
            return False
        nxt = doc.words[j]
        if self._placed_level(doc, j):
            return True
        if centre_at(doc.words, j):
            return True
        return is_cap(nxt) and self._place_at(doc, j) and not self._person_like(doc, j) and \
            not (j + 1 < n and (nxt.lower() + " " + doc.words[j + 1]) in self.words)  # (not "Anh hùng")

    def _parallel_field(self, doc, end, i) -> bool:
        """Token i is the lower-case second syllable of the second of two fields joined by "và" inside a name
        that started at ``end``, the first field written the same way ("Nghệ nhân và Thương | hiệu", "Huyết học
        và Truyền | máu", "Văn khắc và Mỹ | văn"): Vietnamese writes both words of such a pair alike, so the
        syllable continues the name even when the word list lacks the word.  Not a verb syllable, nor a STOP
        syllable that a lower-case word follows ("hiệu | trưởng")."""
        w = doc.words
        if i - 4 < end or i >= len(doc) or not (w[i].isalpha() and w[i].islower()):
            return False
        if w[i] in STOP and i + 1 < len(doc) and not (is_cap(w[i + 1]) or w[i + 1] in CHAIN_ENDS):
            return False  # (a STOP syllable only before a name or a mark: "… và Thương hiệu Việt Nam")
        if not (is_cap(w[i - 1]) and w[i - 2] == "và" and w[i - 3].isalpha() and w[i - 3].islower() and
                is_cap(w[i - 4])):
            return False
        return (w[i - 1].lower() + " " + w[i]) not in self.words_verbs

    def _word_pairs(self, doc, i, most=3, joined=False) -> int:
        """End of a run of up to ``most`` lower-case two-syllable dictionary words from token i ("học sinh sinh
        viên", "thương mại điện tử"), none a verb of ``VERBISH``, a place level or a joiner; i when none.
        ``joined``: one "và" may join two words of the run ("bảo vệ thiên nhiên và môi trường"); the run never
        ends on it."""
        w, n, j = doc.words, len(doc), i
        while j + 1 < n and (j - i) // 2 < most and w[j].isalpha() and w[j].islower() and w[j + 1].isalpha() and \
                w[j + 1].islower() and (w[j] not in LEVELS or w[j] + " " + w[j + 1] in NOT_LEVELS):
            if joined and w[j] == "và" and j > i and "và" not in w[i:j]:
                if self._word_pairs(doc, j + 1, 1) == j + 1:
                    break
                j += 1  # the joiner, then (the loop checks it) the word it joins
                continue
            pair = w[j] + " " + w[j + 1]
            if w[j] in NO_SANDWICH or pair not in self.words or pair in self.words_verbs:
                break
            j += 2
        return j

    def _field_before_brand(self, doc, i) -> int | None:
        """The token of a foreign name (unit_words.FOREIGN_WORD) right after the lower-case field that opens at token
        i, right after a head: one two-syllable dictionary word (:meth:`_word_pairs`, ``BRAND_FIELD_PAIRS``) and one
        syllable more optional, no function word of ``STOP`` nor place level ("Trung tâm không gian mạng | Viettel",
        "Ngân hàng đầu tư | Goldman Sachs"): the body's field, then the name of the company or brand it belongs to,
        one name (held-out 11 gold). None when the words are not so."""
        w, n = doc.words, len(doc)
        j = self._word_pairs(doc, i, most=BRAND_FIELD_PAIRS)
        if j == i:
            return None
        if j < n and w[j].isalpha() and w[j].islower() and w[j] not in STOP and w[j] not in LEVELS:
            j += 1  # ("không gian | mạng")
        return j if j < n and FOREIGN_WORD(w[j]) else None

    def _long_field_before_place(self, doc, start, end, i) -> int | None:
        """End of a long lower-case field of a capitalised head ending at token ``end`` == i, up to
        ``LONG_FIELD_PAIRS`` two-syllable dictionary words, one "và" allowed between them, when the body's
        place follows it (:meth:`_field_then_place`): "Hội | bảo vệ thiên nhiên và môi trường | Việt Nam",
        "Hội đồng | chính sách khoa học công nghệ | Việt Nam" (dev gold writes such fields in lower case:
        "Hội đồng thi đua khen thưởng huyện …").  None when the run is no longer than the short run the
        name's loop reads (two words) or no place follows."""
        if i != end or not doc.words[start][:1].isupper():
            return None
        j = self._word_pairs(doc, i, LONG_FIELD_PAIRS, joined=True)
        if j - i <= 4 or any(" ".join(doc.words[k:k + 2]) in EVALUATIVE_PAIRS for k in range(i, j - 1)):
            return None
        if not self._field_then_place(doc, i, j):
            return None
        if is_cap(doc.words[j]) and doc.words[j] not in ("Trung", "TƯ", "TW"):
            k = self._place_end(doc, j)
            if k < len(doc) and is_cap(doc.words[k]):
                return None  # "công nghệ | Nhật Quang": a name that opens like a place, not the place
        return j

    def _pair_end(self, doc, i, j) -> bool:
        """Token j closes a two-syllable dictionary word begun at j - 1 inside the run from i ("Trợ giúp
        pháp lý nhà nước": "lý" is a STOP word only as the start of "lý giải")."""
        if j <= i:
            return False
        pair = (doc.words[j - 1] + " " + doc.words[j]).lower()
        return pair in self.words and pair not in self.words_verbs and doc.words[j] not in ("và", "của", "cho") \
            and j + 1 < len(doc) and doc.words[j + 1].isalpha() and doc.words[j + 1].islower()  # not closing a clause

    def _pair_start(self, doc, j) -> bool:
        """Token j opens a two-syllable dictionary word that is no verb and ends on no STOP syllable ("Cục Bảo vệ
        thực vật": "thực" is a STOP word only as the start of "thực hiện")."""
        if j + 1 >= len(doc):
            return False
        pair = (doc.words[j] + " " + doc.words[j + 1]).lower()
        return pair in self.words and pair not in self.words_verbs and doc.words[j + 1] not in STOP and \
            doc.words[j].capitalize() not in CLAUSE_OPENERS  # (not "trong sạch": a function word opens a clause)

    def _long_tail(self, doc, i, parent_only=False, item_only=False) -> int | None:
        """End of a long lower-case description closing a department's name ("Phòng Thực hành | quyền công tố
        và kiểm sát xét xử hình sự", "Cục Đầu tư | nước ngoài thuộc Bộ …"): up to 14 syllables, mostly
        dictionary words (``dictionary_words``) joined by "và", that end the clause or meet the parent unit
        ("," / "thuộc" / "của" + a unit head, or a unit head directly).  None when the run is not one.
        ``parent_only``: the run is the whole name, after the head; it must meet the parent.  ``item_only``: the
        run is the whole name of a list item; it must end the item (";" / ")")."""
        n = len(doc)
        j, covered, total = i, 0, 0
        charged = False  # the run ended on a verb opening the predicate (PREDICATE_VERBS: a charge, a registration)
        while j < n and j - i < 14 and doc.words[j].isalpha() and doc.words[j].islower() \
                and doc.words[j] not in LEVELS:
            predicate = predicate_verb_at(doc.words, j)
            if predicate and j > i and total >= 2:
                charged = True
                break  # "Vụ … và Truyền thống | ngoại giao | chủ trì, phối hợp …": the predicate ends the tail
            if (" ".join(doc.words[j:j + 2]).lower()) in self.words_verbs or doc.words[j] in NEGATIONS or predicate:
                return None
            if self._addressed_group(doc, j):
                break  # "Phòng Tổ chức cán bộ | và các ông, bà có tên …": the persons named next, no field
            L = next((L for L in (3, 2) if j + L <= n and " ".join(doc.words[j:j + L]) in self.words
                      and all(x.islower() for x in doc.words[j:j + L])), 0)
            if L:
                covered += L
            elif doc.words[j] == "và" or (doc.words[j] not in STOP and doc.words[j] not in NO_SANDWICH):
                L = 1
            else:
                break
            j += L
            total += L
        if total < 2 or covered < 0.6 * total or doc.words[j - 1] == "và" or j >= n:
            return None
        if charged:  # a tail before the predicate: dictionary words only, after a name joined by "và"
            return j if covered == total and not parent_only and not item_only else None
        nxt = doc.words[j]
        if item_only:  # a whole lower-case name of a list item: up to the item's end, all dictionary words
            return j if nxt in (";", ")") and covered >= 0.8 * total else None
        if parent_only:  # a whole lower-case name, right after the head: only with its parent next
            ok = nxt in (",", "thuộc") and j + 1 < n and self._starts_unit(doc, j + 1) and \
                not self._starts_title(doc, j + 1) and covered >= 0.75 * total  # (not "Ban chỉ đạo, Bộ trưởng …")
            return j if ok else None
        if "và" not in doc.words[i:j] and not (nxt in ("thuộc", "của") and j + 1 < n and self._starts_unit(doc, j + 1)):
            return None  # a description without "và" is a clause ("… trao tặng bằng khen"), not part of the name
        if (nxt in (",", "thuộc", "của") and j + 1 < n and self._starts_unit(doc, j + 1)) or self._starts_unit(doc, j):
            return j
        if nxt in (",", ";", ".", ")") and total >= 3:
            return j
        return None

    def _addressed_group(self, doc, j) -> bool:
        """A group of persons addressed opens at token j: "các" or "những", then an address word of
        ``honorifics.tsv`` ("các ông, bà có tên tại Điều 1", "những đồng chí …"; the closing article of a
        decision names its executors so, after the bodies)."""
        return doc.words[j] in GROUP_MARKS and j + 1 < len(doc) and \
            self.lex.honorifics.get(doc.words[j + 1]) == "address"

    @staticmethod
    def _field_pair(doc, end, i) -> int:
        """The end of a pair of ``FIELD_PAIRS`` joined by the comma or dash at token i ("phòng, chống", "học sinh
        - sinh viên"), the name's words starting at ``end``; else i."""
        if i >= len(doc) or doc.words[i] not in (",", "-", "–"):
            return i
        for L in (1, 2):
            if i - L >= end and i + L < len(doc) and \
                    FIELD_PAIRS.get(" ".join(doc.words[i - L:i]).lower()) == " ".join(doc.words[i + 1:i + 1 + L]):
                return i + 1 + L
        return i

    def _in_word(self, words, f, j) -> bool:
        """The lower-case syllable words[j] makes a dictionary word with the one before (from f on) or after it."""
        return (j > f and (words[j - 1] + " " + words[j]) in self.words) or \
            (j + 1 < len(words) and (words[j] + " " + words[j + 1]) in self.words)


def predicate_verb_at(words, j, verbs=PREDICATE_VERBS) -> bool:
    """A phrase of ``verbs`` (lower-case phrases; by default :data:`PREDICATE_VERBS`: "chủ trì", "chịu trách
    nhiệm", "đăng ký thi đua") is written from token j, in lower case."""
    return words[j] in _FIRST_WORDS and any(" ".join(words[j:j + len(v.split())]) == v for v in verbs)


_FIRST_WORDS = frozenset(v.split()[0] for v in PREDICATE_VERBS)  # (a quick test before joining words)
