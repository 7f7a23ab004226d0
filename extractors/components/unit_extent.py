"""Where a unit's name ends after its head (:meth:`NameExtent._extend`): the capitalised run, numbers, legal forms,
school types, and where a person, a cited document or a closing syllable cuts it.
"""
from __future__ import annotations

import itertools
import re

from ..foreign import is_vietnamese_syllable
from ..gazetteer import field_at, field_table, section, unit_fields, word_list
from .base import LOWERED, is_cap, span_text
from .conferral_words import DAY_WORDS, TENSE_ADVERBS  # a field of two-syllable dictionary words closes
# a name before one, as before a comma ("Chi cục An toàn | vệ sinh thực phẩm | đã …"; bulk news, session 40)
from .persons import CLAUSE_OPENERS, CONNECTIVES, LEVEL_ABBREVIATIONS, LOCATIVE_PREPOSITIONS, PLACE_PREPOSITIONS, \
    follows_namesake
from .unit_fields import EFFORT_PREDICATES, predicate_verb_at
from .unit_cues import AWARD_FIRST
from .unit_places import COMMUNITY_FIRST
from .unit_words import BARE_LEVELS, CENTRE_PAIR, CITY_MARKS, COUNTERS, EVERY_LEVEL_KINDS, FIELD_NOT, \
    FIELD_ADVERBS, FOREIGN_WORD, HEAD_RANKS, ISLAND, ISLAND_LEVELS, LEVELS, NO_SANDWICH, NOT_LEVELS, PREDICATE_ADVERBS, \
    QUALIFIERS, SCHOOL_KEY_FIRST, SCHOOL_LEVELS, STOP, SUB_KINDS, VIET_SYLLABLE, address_at, is_code, seated_branch


def _qualifier_at(words, i) -> bool:
    """Token i is a lower-case word of ``QUALIFIERS`` inside a name ("tỉnh", "cấp", "thuộc"), in any letter case;
    "trung" only before "ương" (``CENTRE_PAIR``: "thuộc Trung ương", not "thuộc Trung đoàn", "thuộc Trung Nguyên",
    whose "Trung" opens another name)."""
    low = LOWERED[words[i]]
    return low in QUALIFIERS and (low != CENTRE_PAIR[0].lower() or words[i + 1:i + 2] == [CENTRE_PAIR[1]])


SCHOOLISH = {"school", "hospital"}  # often named after a person or a place ("Bệnh viện Bạch Mai")
#: a ministry or a province's department named by a field of one word (ministry_fields.txt without "và", a comma or a
#: dash: "Tư pháp", "Xây dựng", "Y tế"; Nghị định 24/2014/NĐ-CP names the departments as the ministries): the name is
#: whole, a lower-case word after it opens the predicate ("Bộ Tư pháp | lo lắng.", "Bộ Y tế | bên lề hội nghị";
#: observed in held-out and bulk news, session 23), as after a listed body
CLOSED_MINISTRIES = frozenset(f"{head} {f}" for head in ("Bộ", "Sở") for f in unit_fields("ministry_fields.txt")
                              if len(f.split()) == 2 and not any(c in f for c in ",–-"))
#: the scope of a body, lower-case, closing its name after a capitalised word ("Trung tâm Vũ trụ quốc gia", "Viện Kỹ nghệ
#: và Điện tử quốc tế", "Liên đoàn Bridge thế giới"; Từ điển tiếng Việt, Hoàng Phê 2003: quốc gia, quốc tế, thế giới)
SCOPES = {("quốc", "gia"), ("quốc", "tế"), ("thế", "giới")}
#: the fewest lower-case syllables of a field closing a name right before a mark of ``SHORT_FIELD_CLOSES``: one
#: two-syllable dictionary word after the name's capitalised words ("Phòng Quản lý | ngân sách,", "Khoa Bỏng | trẻ
#: em ("; observed in bulk news, session 38: such names were cut before their last word), none of them a word of
#: ``FIELD_NOT`` or of a day (``DAY_WORDS``: "Công ty X | hôm qua,", "Trường Y | năm nay,": a time, not a field);
#: four syllables or more close a name before any mark of the rule
CLOSING_FIELD_SYLLABLES = 2
#: the marks that close such a short field: a comma or an opening parenthesis; before a stop or a closing one the
#: word most often ends the clause's predicate ("xã X Trung | kể lại.", "Công ty X | thi công)"; bulk news, session 38)
SHORT_FIELD_CLOSES = {",", "("}
#: prepositions of place and direction (place_prepositions.txt) that never go on inside a name: after a place of one
#: syllable closing a name ("Không quân Mỹ | từ năm 1986", "Đại sứ quán Mỹ | từ chối …"; bulk news, session 46) one
#: opens the predicate, though the two syllables make a dictionary word ("mỹ từ"); not "tại", "thuộc" (a seat or a
#: parent goes on: "Đại sứ quán Mỹ tại Hà Nội")
AFTER_PLACE = frozenset(PLACE_PREPOSITIONS) - QUALIFIERS
#: the words right before a place's name: its level ("huyện Quế Sơn", "TP. Hà Nội", "thành phố Huế")
PLACE_MARKS = LEVELS | CITY_MARKS | {"phố", "."}
#: "directly under": a sub-unit's link to its parent ("Trung tâm X trực thuộc Cục Y"), also a dictionary word
SUBORDINATE = ["trực", "thuộc"]


def _field_run_ok(words, i: int, j: int) -> bool:
    """Whether the lower-case two-syllable words of ``words[i:j]`` may be a field closing a name: no pair opens with
    a word of ``FIELD_NOT`` or of a day (``DAY_WORDS``: "năm nay", "hôm qua"); closing a pair, such a word is the
    pair's own ("hàng không", "trẻ em": "Trung tâm Dịch vụ | hàng không,")."""
    return not any(words[k] in FIELD_NOT or words[k] in DAY_WORDS for k in range(i, j, 2))


def _adverb_pair_in(words, i: int, j: int) -> int | None:
    """Where the first pair of the two-syllable words ``words[i:j]`` (a run of :meth:`FieldWords._word_pairs`) is an
    adverb of ``PREDICATE_ADVERBS`` ("gần đây", "kịp thời"), or one of ``FIELD_ADVERBS`` not right after the field it
    closes, else None: "Khoa Sản | gần đây đã đón …" (the run ends at ``i``, no field), "Hội Người cao tuổi | kịp thời
    đến …" (it ends after "cao tuổi"), "Khoa Sản | thường xuyên tổ chức …" (but "Trung tâm Giáo dục thường xuyên")."""
    return next((k for k in range(i, j - 1, 2) if _adverb_pair_at(words, k)), None)


def _adverb_pair_at(words, k: int) -> bool:
    """``words[k:k + 2]`` (``k + 1`` a token of ``words``) is an adverb of ``PREDICATE_ADVERBS`` ("gần đây"), or one
    of ``FIELD_ADVERBS`` not right after the field it closes (:func:`_predicate_field_adverb`): the test of one
    pair of :func:`_adverb_pair_in`, asked alone of the pair right after a name ("Khoa Sản | thường xuyên …")."""
    return words[k] + " " + words[k + 1] in PREDICATE_ADVERBS or _predicate_field_adverb(words, k)


def _predicate_field_adverb(words, k: int) -> bool:
    """``words[k:k + 2]`` is an adverb of ``FIELD_ADVERBS`` and the two words before it are none of the fields it
    closes ("Khoa Sản | thường xuyên": the predicate; "Giáo dục | thường xuyên": the name's field)."""
    fields = FIELD_ADVERBS.get(words[k] + " " + words[k + 1]) if k + 1 < len(words) else None
    return fields is not None and (k < 2 or (words[k - 2] + " " + words[k - 1]).lower() not in fields)


def short_field_at(words, end: int, i: int) -> bool:
    """Whether the short lower-case word at ``i`` (before a comma or "(") can close the field of a name whose head
    ends at ``end``: it goes on a field written with its first capital only ("Phòng Quản lý | ngân sách,", "Trung
    tâm Dịch vụ | việc làm,", "Viện Toán | ứng dụng,"); the verbs of ``words_verbs`` and of
    :func:`predicate_verb_at` are kept out before (:meth:`_word_pairs`, the effort predicates). After a proper name,
    every syllable capitalised (Nghị định 30/2020/NĐ-CP Phụ lục II: a field takes a capital on its first word, a
    proper name on each syllable), the word opens the predicate ("Công ty Phú An | thi công,", "Công ty X Dương |
    vắng mặt,"; reviewer's finding and bulk news, session 38)."""
    return not (i - 2 >= end and is_cap(words[i - 1]) and is_cap(words[i - 2]))


#: abbreviations a name goes on after, through their full stop, to the capitalised word written next (often glued:
#: "Công an TP.Quy Nhơn", "T.Ư Đoàn"): "T" and "Ư" of "Trung ương", the levels of ``persons.LEVEL_ABBREVIATIONS``
#: ("Q." quận, "H." huyện, "TX." thị xã) and "P." phường ("Công an Q.Cẩm Lệ", "UBND P.Quang Trung"; observed in bulk
#: news, session 39: 7 of 600 stories write a district or ward so, and the name was cut at its letter, "Công an Q")
DOTTED_MARKS = LEVEL_ABBREVIATIONS | {"T", "Ư", "P"}
#: kinds whose name a byline follows: a newspaper's reporter signs with an initial and a given name ("Báo Thanh Niên
#: | P.Minh", "Báo Tuổi Trẻ | T. Hùng"; the byline risk session 39's review named for DOTTED_MARKS, not seen in the
#: 50,000 stories of the bulk news), and a paper is not named by a district or ward, so such an initial
#: (:func:`_initial_at`) after the paper's name ends it
SIGNED_KINDS = {"press"}


def _initial_at(words, i: int) -> bool:
    """Token ``i`` is one capital letter with its full stop, glued to it ("P", ".") or one token ("H."), before a
    capitalised word: an initial, as a byline writes it ("P.Minh", "H. Nam"), or a level's letter ("Q.Tân Phú")."""
    w, n = words[i], len(words)
    if len(w) == 2 and w[1] == ".":
        return w[0].isupper() and w[0].isalpha() and i + 1 < n and is_cap(words[i + 1])
    return len(w) == 1 and w.isupper() and w.isalpha() and i + 2 < n and words[i + 1] == "." and is_cap(words[i + 2])
#: a syllable that makes a scope a verb ("quốc tế hóa": to internationalise), which opens the clause
SCOPE_VERB_ENDS = {"hóa", "hoá"}
#: "nhân dân" of a people's council, committee, court or procuracy written out ("Hội đồng nhân dân tỉnh")
PEOPLES = ("nhân", "dân")
#: a term's number in Roman numerals ("Ủy ban … của Quốc hội khóa VI")
ROMAN = re.compile(r"[IVXL]{1,5}")
#: the locative prepositions (place_prepositions.txt) among the QUALIFIERS ("cấp cao tại", "thuộc"): in a name only
#: before a capitalised place or body
LINK_QUALIFIERS = LOCATIVE_PREPOSITIONS & QUALIFIERS
#: verbs that right after a head are its name's first word ("Viện nghiên cứu …", "Ủy ban kiểm tra …")
NAMING_VERBS = {"nghiên cứu", "kiểm tra"}
#: unit kinds whose names may end with a place after lower-case words ("Trung tâm Huấn luyện … Hà Nội")
PLACE_NAMED_KINDS = {"centre", "company", "association", "school", "institute", "art", "press", "hospital"}
#: kinds of bodies named by their place alone, never by a field (the police, courts, procuracies, party committees,
#: fronts, youth unions, trade unions and people's councils of a place: "Công an Vinh | lực lượng chức năng …")
PLACE_ONLY_KINDS = {"police", "court", "procuracy", "party", "front", "youth", "union", "council"}
#: kinds of bodies that exist at each local level (Luật Tổ chức chính quyền địa phương 2015)
LOCAL_KINDS = {"department", "council", "committee", "office", "police", "association", "union", "youth", "party",
               "front", "court", "procuracy",
               "centre"}  # provincial and district centres (Nghị định 120/2020/NĐ-CP: đơn vị sự nghiệp công lập)
#: heads of the armed forces' provincial commands, named by their province (Luật Quốc phòng 2018: the military
#: command of a province, "Bộ Chỉ huy Quân sự tỉnh"; Luật Biên phòng Việt Nam 2020: "Bộ Chỉ huy Bộ đội Biên phòng
#: tỉnh"): local bodies like those of LOCAL_KINDS, also written with a bare "tỉnh" (bulk news: 17 of 66 such
#: commands; held-out 9), their place completed later; lower-case
LOCAL_COMMAND_HEADS = {"bộ chỉ huy"}
#: a state's diplomatic missions, named by the state and seated in a foreign city or country (Luật Cơ quan đại diện
#: nước CHXHCN Việt Nam ở nước ngoài 2009, Điều 5: đại sứ quán, tổng lãnh sự quán, lãnh sự quán)
EMBASSY_HEADS = {"đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán"}
CREDIT_WORDS = {"Ảnh", "Nguồn", "Theo", "Video", "Clip", "Đồ", "Tin", "Bài", "PV"}
#: the lowest rank of a head (``HEAD_RANKS``: "Sở", "Bộ", "Tổng cục") that, written bare before a lower-case word, is
#: the clause's subject rather than a sub-unit's head with its field ("lãnh đạo Sở | chỉ đạo Trung tâm Y tế …")
SUBJECT_RANK = 4
#: kinds whose names may close on a long lower-case description ("Phòng Thực hành quyền công tố và …")
LONG_NAME_KINDS = {"department", "centre", "office", "institute"}
CLOSING_MARKS = {",", ")", ";", "thuộc"}  # what follows a name's last syllable (:meth:`UnitRecognizer._closing_syllable`)
GROUP = ["Tập", "đoàn"]  # a group written inside a company's name, after its legal form
#: lower-case verbs that open the predicate right after a unit's own name ("bệnh viện K | điều trị"; name_predicates.txt)
NAME_PREDICATES = frozenset(word_list("name_predicates.txt"))
#: levels whose units are named by a number after the lower-case level word ("UBND quận | 1", "Công an phường | 7":
#: ``numbered_levels.txt``)
NUMBERED_LEVELS = frozenset(word_list("numbered_levels.txt"))
#: specialties a hospital is named by, in lower case before its proper name ("Bệnh viện mắt | Sài Gòn";
#: hospital_specialties.txt), as :func:`~extractors.gazetteer.field_table` word tuples
HOSPITAL_SPECIALTIES = field_table(tuple(word_list("hospital_specialties.txt")))
PREDICATE_FIRSTS = frozenset(v.split()[0] for v in NAME_PREDICATES)
#: "named", in lower case before a capitalised name: the name of a person of the unit, not the unit's ("một thành
#: viên Hội đồng Quân sự | tên Ivan …", "nhân viên Công ty X | tên Minh"); "tên lửa" (a missile arm: "Trung đoàn
#: tên lửa 285") has no capital after it, and "mang tên" (bearing the name) names the unit itself
NAMING_WORD = "tên"
NAME_BEARING = "mang"
#: links a name goes on over only before a place ("Trạm Y tế xã X thuộc Hà Nội", "VKSND cấp cao tại Đà Nẵng"):
#: before another capitalised word they open the predicate ("Ngân hàng X | thuộc Top các ngân hàng …"); before a
#: unit, "thuộc" stops the name (the parent is read as a unit of its own); "thuộc Trung ương" (of the centre) stays
PLACE_ONLY_LINKS = {"tại", "thuộc"}
#: one-syllable qualifiers of an association's members, in lower case inside its name ("Hội Doanh nhân trẻ Việt Nam")
MEMBER_QUALIFIERS = frozenset(word_list("member_qualifiers.txt"))
#: lists sent or attached as documents ("Danh mục", "Danh sách"; list_documents.txt)
LIST_DOCUMENTS = frozenset(word_list("list_documents.txt"))
#: the first words of what ends a name at a capitalised word after it (an award, ``AWARD_FIRST``; a list document,
#: ``LIST_DOCUMENTS``; the titles' own first words are the recognizer's ``title_firsts``): a word of neither opens
#: none of them, and the walk asks no test (:meth:`NameExtent._extend`)
BREAK_FIRSTS = frozenset(AWARD_FIRST) | frozenset(p.split(" ", 1)[0] for p in LIST_DOCUMENTS)
#: kinds named by their members ("Hội", "Hiệp hội"), whose name may hold a member qualifier
MEMBER_KINDS = {"association"}


class NameExtent:
    """The end of a unit's name after its head; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _city_seat(self, words, j, k) -> bool:
        """Capitalised words [j, k) after a mission's "tại" / "ở" are a foreign city, its seat, though no place of
        ``places.txt`` ("Tổng Lãnh sự quán Lào tại Vinh", "… Việt Nam tại Osaka"; observed in bulk news): one or two
        words that close the phrase (no capitalised word after them) and open no unit head ("tại Hội nghị …")."""
        if k - j > 2 or (k < len(words) and (is_cap(words[k]) or words[k] == "." and len(words[j]) < 3)):
            return False  # (not an abbreviation cut at its dot: "TP. HCM", "St. Petersburg")
        return not self._head_at(words, j)

    @staticmethod
    def _after_city_mark(words, k) -> bool:
        """Token k opens a city's name after its level written "TP", "TP." or "thành phố" ("UBND TP. Móng Cái",
        "Công an thành phố Hạ Long"): the capitalised run from k is a place."""
        return k > 0 and (words[k - 1] in CITY_MARKS or (k > 1 and words[k - 1] == "." and words[k - 2] in CITY_MARKS)
                          or (k > 1 and words[k - 1] == "phố" and words[k - 2] == "thành"))

    @staticmethod
    def _bare_level(words, i, j, named) -> bool:
        """The lower-case words [i, j) are a place level written alone ("tỉnh", "thành phố"; ``BARE_LEVELS``),
        after a named body also with the "nhân dân" of a people's council or committee written out before it
        ("Văn phòng Ủy ban | nhân dân tỉnh,", "Ban Pháp chế Hội đồng | nhân dân huyện"): its place is completed
        later, as for "Văn phòng UBND tỉnh"."""
        run = tuple(w.lower() for w in words[i:j])
        if named and run[:2] == PEOPLES:
            run = run[2:]
        return run in BARE_LEVELS

    @staticmethod
    def _opens_predicate(words, i) -> bool:
        """The lower-case verb at token i (``name_predicates.txt``: "điều trị", "cấp cứu") follows the name's own
        last word, a capitalised syllable, a number or code, or a qualifier ("Trung ương", "tỉnh"), and so opens
        the sentence's predicate ("được bệnh viện E | điều trị"); after a lower-case field syllable it is the
        field's ("khoa Hồi sức cấp cứu")."""
        prev = words[i - 1]
        return " ".join(words[i:i + 2]) in NAME_PREDICATES and (
            is_cap(prev) or prev.isdigit() or is_code(prev) or prev in QUALIFIERS)

    def _field_before_dash(self, doc, end, i) -> bool:
        """The name before the dash at token i (its head ends at ``end``) closes on a field that a lower-case field
        after the dash pairs with: one word right after the head ("Khoa Nội – tiêu hóa"), one capitalised syllable
        after lower-case words ("Tập đoàn công nghiệp Than – khoáng sản"), lower-case words, or a two-syllable
        dictionary word ("Sở Tài nguyên – môi trường", "Bộ Văn hóa – thể thao"); none of them a place (``places.txt``,
        or words after a level: ``PLACE_MARKS``). After a place or a proper name the dash opens an apposition or the
        clause ("Công an huyện X – có mặt …", "phòng GDĐT huyện X – đề án …", "UBND TP. X – lãnh đạo …", "Hội X Y –
        nghiệp đoàn …"; bulk news, session 46)."""
        words = doc.words
        if words[i - 2] in PLACE_MARKS or span_text(doc, i - 1, i) in self.lex.places:
            return False
        if i - 1 == end or not is_cap(words[i - 2]):
            return True
        return (words[i - 2] + " " + words[i - 1]).lower() in self.words and \
            span_text(doc, i - 2, i) not in self.lex.places and words[i - 3] not in PLACE_MARKS

    def _cited_document(self, doc, i) -> bool:
        """A document is cited from token i: a two-word type (``document_types.txt``) followed by its number ("số",
        a token opening with a digit) or by the line's end ("UBND tỉnh X – | Quyết định số 123", "… – | Kế hoạch"
        closing a line).  A type word inside a name, with its name going on, is no document ("Phòng Tài chính –
        | Kế hoạch huyện A Lưới", Nghị định 37/2014/NĐ-CP Điều 7)."""
        words, n = doc.words, len(doc)
        if i + 1 >= n or (words[i] + " " + words[i + 1]) not in self.doc_types:
            return False
        return i + 2 >= n or words[i + 2] in ("số", "\n") or words[i + 2][:1].isdigit()

    def _closing_syllable(self, doc, start, i) -> bool:
        """The lower-case syllable at token i, right after a capitalised one, closes the name before a comma, a
        parenthesis, a semicolon or "thuộc": the second syllable of a word the dictionary lacks ("Bệnh viện Ung
        bướu, UBND …", "Viện Hàn lâm Văn khắc và Mỹ văn thuộc …"); not a function or clause word (``STOP``,
        ``FIELD_NOT``: "… Hà Nam cho,") nor a word after a listed body's bare name ("Bộ Công Thương | nêu,")."""
        words = doc.words
        low = words[i]
        return i + 1 < len(words) and words[i + 1] in CLOSING_MARKS and low not in STOP and low not in FIELD_NOT \
            and not self._closed_name(doc, start, i)

    @staticmethod
    def _closing_pair(doc, i) -> bool:
        """Two capitalised syllables at i closing a name before ",", ")" or ";" are the place or the name that
        ends it, not a person after it ("Công ty … Hóa chất Lâm Thao,", "Sở Y tế Hà Nam)"): a person named
        right after a body has a title before it and most often three syllables (bulk news: such pairs after
        a body's field are places or names of schools in all but one of 80 cases)."""
        return i + 2 < len(doc) and doc.words[i + 2] in (",", ")", ";") and doc.words[i + 1].isalpha()

    def _closing_district(self, doc, i) -> bool:
        """Two syllables at i naming a district (``districts.tsv``: "Hoàng Mai", "Hà Đông", whose first syllable is
        also a surname) with no capitalised word after them close the name as its place ("Công ty điện lực Hoàng
        Mai có …", "Tập đoàn Hoàng Mai – …"), not a person after it (observed in bulk news and the newcomer's
        reports: a company named by its district, read as a person)."""
        words = doc.words
        if words[i] not in self.district_starts or i + 1 >= len(words):
            return False  # (the common case: one dict look-up)
        after = words[i + 2] if i + 2 < len(words) else ""
        return not (is_cap(after) or after.isdigit()) and words[i] + " " + words[i + 1] in self.districts and \
            not self._starts_unit(doc, i + 1)  # ("Trung tâm Y tế Hải Hà | Trung tâm …": a head, not "Hà Trung")

    def _named_already(self, doc, start, end, i, kind) -> bool:
        """A school or hospital, often named after a person ("Trường THPT Nguyễn Huệ", "Bệnh viện Bạch Mai"),
        already has its name before token i, so a person-like run there is a person ("GS ĐH Waseda | Trần
        Văn Thọ"): two capitalised words, or one after an abbreviated head ("ĐH", "BV"); a hospital written
        in lower case ("bệnh viện Nguyễn …") is named only by capitalised words after it. A school's type
        (``school_types.txt``, "Đại học", "Cao đẳng") names none: "Trường Đại học Nông | Lâm Huế" goes on (its
        field, then its place); one word after it that is a place names it ("Đại học Huế | Lê Anh Phương")."""
        t = self._school_type_end(doc, end)
        caps = sum(1 for x in doc.words[t:i] if is_cap(x))
        if kind == "hospital":
            return caps >= 1 or not doc.words[start][:1].isupper()
        return caps >= 2 or (caps >= 1 and (doc.words[end - 1].isupper() or span_text(doc, t, i) in self.seat_names))

    def _person_ends_name(self, doc, start, end, i, kind) -> bool:
        """A person-like run at token i ends the name whose head is [start, end): always, but not right after a
        company's legal form (``company_forms.txt``, then maybe "Tập đoàn"), and in the name of a
        school or hospital, or of a body of one ("Hội Cựu học sinh Trường THPT Lê Lợi", "Đoàn trường THPT Trần
        Phú"), only when the school already has its name (:meth:`_named_already`).  Right after a noun of
        ``namesakes.txt`` within the name ("Nhà hát Cải lương | Trần Hữu Trang", "Xưởng phim | Nguyễn Đình Chiểu")
        the run names the body after a person, as the persons' extractor reads it (:func:`follows_namesake`): it
        does not end the name."""
        if i - start >= 2 and follows_namesake(doc.words, i, self.words) and kind not in SCHOOLISH:
            return False
        if kind == "company" and i > end and self._legal_form_end(doc, end) == (i - 2 if doc.words[i - 2:i] == GROUP else i):
            return False  # "Công ty Cổ phần (Tập đoàn) | Mai Linh": only its legal form so far; a founder's name names it
        if kind not in SCHOOLISH:
            k = next((k for k in range(i - 1, start - 1, -1) if doc.words[k] == "Trường" or
                      (k < end and doc.words[k] == "trường")), None)  # (also the head "Đoàn trường")
            if k is None:
                return True
            start, end, kind = k, k + 1, "school"
        return self._named_already(doc, start, end, i, kind)

    def _extend(self, doc, start, end, kind, needs_name, head_is_new):
        """Extend the head [start, end) over its name; returns the new end or None when no name follows.

        A name is a run of capitalised words, numbers after a name word or "số", "&" / "-" / "và" / ","
        joining capitalised parts of one name ("Bộ Văn hóa, Thể thao và Du lịch"), place qualifiers
        ("tỉnh", "cấp cao tại"), and lower-case syllables that continue a capitalised word
        ("Văn hóa", "Thi đua khen thưởng") up to a STOP word.
        """
        i = end
        named = False
        community = False  # a residential community read into the name (its address may follow after a comma)
        words = doc.words  # (a local: read on every step)
        n = len(words)
        while i < n:
            w = words[i]
            if i > end and w in self.miscased:
                j = self._miscased_place_end(doc, i)
                if j:
                    i, named = j, True  # "Tỉnh đoàn Thừa thiên Huế", "Đại sứ quán Mỹ tại Bắc kinh": the place whole
                    if i < n and words[i][:1].islower():
                        break  # "Cục thuế TP. Hồ Chí minh | xử phạt": the place ends the name
                    continue
            cap = is_cap(w)
            if not cap or i == end:  # (after the head, a capitalised word is asked none of these tests: each
                # needs a lower-case word, a number, a preposition or the head's end)
                if named and w.islower() and predicate_verb_at(words, i, EFFORT_PREDICATES):
                    break  # "Phòng Nội vụ | đăng ký thi đua, …", "Trường X | phấn đấu …": an emulation's registration
                    # opens the predicate, as a verb of charge_verbs.txt does (not "Văn phòng đăng ký đất đai")
                if w in ("tại", "ở") and named and address_at(words, i + 1) and not seated_branch(words, start):
                    break  # "Công ty Cổ phần X | tại xã Y, huyện Z": the address, not part of the name (but a branch's
                    # seat names it: "Chi nhánh Ngân hàng X tại huyện Y")
                if w == "tại" and kind == "ministry" and not self._representative(doc, start):
                    break  # "đại diện Bộ Giáo dục và Đào tạo | tại TP HCM": a ministry is national; only its
                    # representative office lies in a place
                if i == end and kind == "office" and w.lower() in self.office_bodies:
                    j = self._joined_field(doc, i, self.office_bodies)
                    if j:
                        i = j  # "Văn phòng HĐND và UBND huyện X": the office of both bodies, one name
                        named = True
                        continue
                if i == end and LOWERED[w] in self.joined_fields:
                    j = self._joined_field(doc, i)
                    if j:
                        i = j  # "Đội Cảnh sát phòng cháy và chữa cháy", "Phòng Tài nguyên và môi trường": the whole field
                        named = True
                        if j < n and 0 <= self._rank(doc, j) <= HEAD_RANKS.get(words[start].lower(), -1):
                            break  # "Phòng Tổ chức cán bộ | Đội …": no sub-unit of a body of its rank or lower
                        continue
                if w.isdigit():
                    prev = words[i - 1]
                    nxt = words[i + 1] if i + 1 < n else ""
                    counted = nxt in LEVELS and i + 2 < n and words[i + 2][:1].islower()  # "13 tỉnh miền núi"
                    if len(w) <= 4 and (prev == "số" or named or i == end) and nxt.lower() not in COUNTERS and not counted:
                        i += 1
                        named = True
                        continue
                    break
                if i == end and kind == "army" and w[:1].islower():
                    j = self._army_code_end(doc, i)
                    if j:
                        i = j  # "Lữ đoàn không quân 918": the arm in lower case, then the number
                        named = True
                        continue
                if i == end and kind in SUB_KINDS and w[:1].islower() and words[start][:1].isupper() and \
                        HEAD_RANKS.get(span_text(doc, start, end).lower(), 0) < SUBJECT_RANK:
                    j = self._parent_after_field(doc, start, i)
                    if j:
                        i = j  # "Đội tuần tra | Đồn BP X", "Trung tâm chống độc | Bệnh viện Y": a sub-unit's lower-case
                        named = True  # field right after its head, then its parent: one name (as after a capital)
                        break
                if i == end and kind == "group":
                    g = i + 1 if w in ("nam", "nữ") else i  # (a men's or women's team)
                    if tuple(words[g:g + 2]) == ("quốc", "gia"):
                        i = g + 2  # "Đội tuyển bóng đá (nữ) quốc gia": the national team of its sport
                        named = True
                        continue
                if i == end and w[:1].islower() and needs_name:
                    j = self._field_before_brand(doc, i)
                    if j:
                        i = j  # "Trung tâm không gian mạng | Viettel": the field, then the brand naming the body
                        named = True
                        continue
                if i == end and is_code(w) and not w.isdigit():
                    i += 1  # "Vụ 1A", "Phòng PC02": a code names the unit
                    named = True
                    continue
            if named and w in _NAM and _year_follows(words, i):
                break  # "UBND TỈNH QUẢNG NAM NĂM 2024" (a title in capitals): the year ends the name
            if cap and not (w in ("Ông", "Bà") and words[i - 1] not in ("tỉnh", "Tỉnh")):
                if named and kind in SIGNED_KINDS and _initial_at(words, i) and \
                        not (len(words[i - 1]) == 1 and words[i - 1].isupper()):
                    break  # "Báo Lao Động | H.Nam": a reporter's initial and name (SIGNED_KINDS); not the second
                    # letter of an abbreviation written apart ("Báo Pháp Luật T P.HCM": "TP.", in bulk news)
                low_w = LOWERED[w]
                if named and w in CLAUSE_OPENERS and i + 1 < n and (words[i + 1][:1].isdigit() or words[i + 1] == ":" or (
                        words[i + 1][:1].islower() and ((pair := low_w + " " + words[i + 1]) not in self.words or
                                                        pair in CONNECTIVES))):
                    break  # "Tổng công ty Phát điện 1 | Tặng …": a clause opens (a lost sentence break),
                    # or a source ("… Theo: …"), or a connective ("… | Trước khi …", clause_openers.txt); before a comma
                    # or stop it is the place's last syllable ("Sủng Là,")
                if named and words[i - 1] in self.place_tails and self._place_ends(doc, end, i):
                    break  # "Bộ Ngoại giao Nhật Bản | Kono Taro", "UBND thành phố Hà Nội | Nguyễn …"
                if w in self.district_starts:
                    L = self._district_after_level(doc, i)
                    if L:
                        i += L  # "Công an quận Bắc Từ Liêm", "UBND huyện Trần Văn Thời": the district whole
                        named = True
                        continue
                if w in self.district_starts and self._closing_district(doc, i) and w in self.person_start and \
                        self._person_like(doc, i):  # (each test's own first look-up, without a call)
                    i += 2  # "Công ty Cổ phần Xi măng Vicem Hoàng Mai | vượt …": its district closes the name
                    named = True
                    break
                if w in self.person_start and not (words[i - 1] in LEVELS and self._place_after_level(doc, i)) and \
                        self._person_like(doc, i) and (named or not w.isupper()) and \
                        not (named and self._closing_pair(doc, i)) and not self._head_closes_at(doc, end, i) and \
                        self._person_ends_name(doc, start, end, i, kind):
                    break
                if self._foreign_holder_at(doc, start, end, i, named, kind) and \
                        self._person_ends_name(doc, start, end, i, kind):
                    break  # "Chủ tịch Hạ viện Mỹ | <Given Surname>": the foreign holder of the title (unit_holders)
                if named and (w in BREAK_FIRSTS or low_w in self.title_firsts) and \
                        (self._starts_award(doc, i) or self._starts_title(doc, i) or _opens_list(words, i)):
                    break  # ("gửi Vụ X | Danh mục các đề tài": a list sent, the sentence's object)
                i += 1
                named = True
                continue
            lower_word = w[:1].islower() and w.isalpha()  # (a lower-case word: asked by the tests below)
            if not lower_word or w == "và" or w in COMMUNITY_FIRST:  # (the marks, "và" and a community's
                # level: a lower-case word other than these is asked none of these tests)
                if w in ("-", "–") and i + 1 < n and words[i - 1].isalpha() and words[i - 1].isupper() and \
                        len(words[i - 1]) == 1 and words[i + 1].isdigit() and len(words[i + 1]) <= 3:
                    i += 2  # "đội tuyển U -23 Việt Nam": a letter-number code written with a dash
                    continue
                if w in (",", "-", "–") and named:
                    j = self._field_pair(doc, end, i)
                    if j > i:
                        i = j  # "Trung tâm Phòng, chống HIV/AIDS": one field
                        continue
                if w == "/" and named and i + 1 < n and words[i - 1].isupper() and words[i + 1].isupper() and \
                        words[i + 1].isalpha():
                    i += 1  # "HIV/AIDS": two acronyms joined by a slash, one field
                    continue
                if w == "(" and (named or (i == end and is_cap(words[start]))):
                    j = self._inner_acronym(doc, i)
                    if j:
                        i = j  # "Hội đồng Thi đua-Khen thưởng (TĐ-KT) | Trung ương", "phòng Cảnh sát hình sự (PC 02) |
                        continue  # Công an TP. Hải Phòng": the acronym inside, the name goes on
                if w == "&" and i + 1 < n and is_cap(words[i + 1]):
                    i += 1
                    continue
                if w in ("-", "–") and named and i + 2 < n and (not self._starts_unit(doc, i + 1) or (
                        kind == "school" and words[i + 1].lower() in SCHOOL_KEY_FIRST)) \
                        and ((words[i + 1] not in CREDIT_WORDS and words[i + 1].capitalize() not in CREDIT_WORDS) or
                             (words[i + 1] + " " + words[i + 2]).lower() in self.words) \
                        and not self._starts_title(doc, i + 1) and not self._starts_rank(doc, i + 1) \
                        and not self._cited_document(doc, i + 1):
                    if is_cap(words[i + 1]):
                        i += 1
                        continue
                    pair = words[i + 1] + " " + words[i + 2]
                    if pair in self.words and (words[i + 1] not in STOP or self._pair_start(doc, i + 1)) and \
                            pair.lower() not in self.words_verbs and self._field_before_dash(doc, end, i):
                        i += 3  # "Thi đua – khen thưởng", "Văn hóa – thể thao"; a STOP syllable opening a noun too
                        continue  # ("Khoa học - công nghệ", "Kinh tế - kỹ thuật - công nghiệp"; not "- công trình")
                if w == "." and words[i - 1] in DOTTED_MARKS and i + 1 < n and is_cap(words[i + 1]):
                    i += 1
                    continue
                if w == "và" and named and i + 1 < n and words[i + 1][:1].islower():
                    j = self._joined_lower_field(doc, start, end, i, kind)
                    if j:
                        i = j  # "Trung tâm Quản lý | và điều hành giao thông đô thị": the field goes on after "và"
                        continue
                if w == "và" and named and i + 1 < n and is_cap(words[i + 1]) and (not self._starts_unit(doc, i + 1) or (
                        kind == "school" and words[i + 1].lower() in SCHOOL_KEY_FIRST)) \
                        and not self._person_like(doc, i + 1) and not self._starts_award(doc, i + 1) and not self._place_list(doc, start, i) \
                        and not self._place_ends(doc, end, i) and not self._places_joined(doc, end, i):
                    # ("Tổng Liên đoàn Lao động Việt Nam | và Thông tấn xã", "Tỉnh đoàn Thừa Thiên Huế | và Quảng Nam")
                    i += 1
                    continue
                if named and w in COMMUNITY_FIRST:
                    j = self._community_end(doc, i)
                    if j:
                        i = j  # "Hội Cựu chiến binh | khu phố 5": the body's residential community, its address may follow
                        community = True
                        continue
                if w == "," and named and (kind == "school" or community or any(words[k] in LEVELS for k in range(start, i))):
                    j = self._place_chain(doc, start, i)
                    if j:
                        i = j  # "trường THCS X, huyện Y, Quảng Bình", "UBND xã X, thị xã Y": the body's address
                        break
                if w == "," and named and kind in PLACE_NAMED_KINDS and i + 2 < n and words[i + 1] in ("tỉnh", "huyện",
                                                                                               "quận", "thành") \
                        and is_cap(words[i + 2]) and not any(words[k] in LEVELS for k in range(start, i)) and \
                        self._place_at(doc, i + 1):
                    i += 1  # "Trường Phổ thông Dân tộc nội trú X, tỉnh Hậu Giang": a school's place after a comma
                    continue
                if w == "," and named and self._abbrev_list(doc, i) and not self._place_list(doc, start, i):
                    i += 1
                    continue
            low = LOWERED[w]
            if named and w in PREDICATE_FIRSTS and self._opens_predicate(words, i):
                break  # "được bệnh viện E | điều trị", "Bệnh viện Nhi Trung ương | cấp cứu": the verb, not the name
            if named and w == NAMING_WORD and i + 1 < n and is_cap(words[i + 1]) and words[i - 1] != NAME_BEARING:
                break  # "Hội đồng Quân sự | tên Ivan …": the person named next, not the unit's name
            if low == "tối" and named and i + 1 < n and words[i + 1] == "cao":
                i += 2  # "Viện KSND tối cao dự …": the supreme procuracy or court (Luật Tổ chức VKSND 2014, Điều 40)
                continue
            if low in QUALIFIERS and (low not in STOP or (low == "thành" and i + 1 < n and words[i + 1] == "phố")):
                j = i
                while j < n and (_qualifier_at(words, j) or (words[j] == ISLAND and words[j - 1] in ISLAND_LEVELS)):
                    j += 1  # ("UBND huyện | đảo | Lý Sơn": an island district)
                while j > i and (words[j - 1].lower() == "cấp" or words[j - 1] in LINK_QUALIFIERS) and \
                        (j >= n or not is_cap(words[j])):
                    j -= 1  # "UBND huyện | cấp giấy phép", "Công an tỉnh | cấp biển số": the verb, no level after it;
                    # "Hội đồng Thi đua – Khen thưởng | tại cơ quan": a preposition before no name links no place
                if j < n and words[j - 1] == "thuộc" and self._starts_unit(doc, j):
                    break  # "Đồn Biên phòng X | thuộc Bộ Chỉ huy …": the parent is a unit of its own, joined later
                if j < n and words[j - 1] in NUMBERED_LEVELS and words[j].isdigit() and len(words[j]) <= 2:
                    i, named = j + 1, True  # "UBND quận | 1", "Công an phường | 7": the number names the unit
                    continue
                if j < n and (is_cap(words[j]) or (words[j].isdigit() and words[j - 1] == "số")) and \
                        (words[j - 1] not in PLACE_ONLY_LINKS or self._place_at(doc, j)) and words[j - 1] != "cấp":
                    i = j
                    continue
                if not needs_name and j > i and (j >= n or not is_cap(words[j])) and not named:
                    i = j  # a generic body: "HĐND tỉnh", "UBND huyện", "Ủy ban nhân dân tỉnh cho …"
                    break
                if (named or kind in EVERY_LEVEL_KINDS) and self._bare_level(words, i, j, named) and \
                        words[i - 1] not in self.generic_heads and \
                        (j >= n or not (is_cap(words[j]) or words[j][:1].isdigit())) and \
                        (kind in LOCAL_KINDS or span_text(doc, start, end).lower() in LOCAL_COMMAND_HEADS):
                    i = j  # "Ban Thi đua – Khen thưởng thành phố | lý giải": a local body, its place completed later
                    named = True  # ("Công an tỉnh | cấp …": a body of every level, named by its level alone)
                    break
            if kind == "school" and named and i >= 2 and w[:1].islower() and \
                    " ".join(words[i - 2:i + 1]).lower() in SCHOOL_LEVELS:
                i += 1  # "Trường Trung cấp nghề tỉnh X": the school level ends with a lower-case syllable
                continue
            if kind == "school" and named and w[:1].islower() and w in self.school_types:
                j = self._school_type_end(doc, i)
                if j > i and j < n and is_cap(words[j]):
                    i = j  # "Trường Trung học phổ thông chuyên | Lê Quý Đôn": the school's type, then its name
                    continue
            if w == "các" and kind == "cluster" and self._named_by_region(doc, i):
                j = self._cluster_region(doc, i + 2)
                if j:
                    i = j  # "Cụm thi đua các tỉnh Tây Nguyên", "… các tỉnh, thành Duyên hải miền Trung và Tây Nguyên"
                    named = True
                    continue
            if i == end and kind == "hospital" and w[:1].islower():
                j = field_at(words, i, HOSPITAL_SPECIALTIES)
                if j and j < n and is_cap(words[j]) and not self._person_like(doc, j):
                    i = j  # "Bệnh viện mắt | Sài Gòn", "Bệnh viện phụ sản | Hà Nội": the specialty, then the name
                    continue
            if w == "chuyên" and (named or i == end) and kind == "school" and i + 1 < n and is_cap(words[i + 1]):
                i += 1  # "trường THPT chuyên Lê Quý Đôn": a specialised school, named after "chuyên"
                continue
            if w[:1].islower() and named and i >= 2 and i + 2 <= n and is_cap(words[i - 2]) and \
                    (words[i - 2] + " " + words[i - 1]).lower() in self.words and \
                    span_text(doc, i - 2, i) not in self.lex.places and not (i >= 3 and words[i - 3] in LEVELS) and \
                    (w + " " + words[i + 1]).lower() in self.words and words[i + 1].islower() and \
                    (w + " " + words[i + 1]).lower() not in self.words_verbs and \
                    words[i - 2].lower() not in LEVELS and \
                    (words[i + 2 if i + 2 < n else i] in ("(", ")", "-", "–") or
                     (i + 3 < n and words[i + 2] in LEVELS | {"ngành"} and is_cap(words[i + 3])) or
                     self._place_tail(doc, i + 2, levels=False) > i + 2 or
                     (kind == "school" and w not in STOP and i + 2 < n and words[i + 2] in ("đã", "và", "đang", "vừa"))):
                i += 2  # "Vụ Thi đua khen thưởng (Bộ …)", "trường THPT chuyên Khoa học tự nhiên đã …"
                continue
            if w in ("tại", "ở") and named and kind == "office" and span_text(doc, start, end).lower() in EMBASSY_HEADS:
                j = i + 2 if i + 2 < n and words[i + 1].lower() == "thủ" and words[i + 2] == "đô" else i
                j += 1
                k = j
                while k < n and k - j < 3 and is_cap(words[k]) and words[k].isalpha():
                    k += 1
                if k > j and (j > i + 1 or self._place_at(doc, j) or self._city_seat(words, j, k)):
                    i = k  # "Đại sứ quán Romania ở thủ đô Damascus", "đại sứ quán Syria ở Pháp": the mission's seat
                    break
            if w == "tại" and named and i + 1 < n and (self._place_at(doc, i + 1) or any(
                    span_text(doc, i + 1, i + 1 + L) in self.lex.places for L in (3, 2) if i + 1 + L <= n)):
                # (also "tại TP. HCM", "tại TP HCM", listed whole)
                i += 1
                continue
            if lower_word and named and i + 1 < n and _adverb_pair_at(words, i) and \
                    not (is_cap(words[i - 1]) and LOWERED[words[i - 1]] + " " + low in self.words):
                break  # "Khoa Sản | thường xuyên tổ chức …", "Bệnh viện X | gần đây …": the adverb opens the body's
                # predicate (not the second syllable of a capitalised word: "Cộng đồng | thời …")
            if lower_word and named and is_cap(words[i - 1]) and \
                    not (words[i - 1].isupper() and len(words[i - 1]) > 1):
                prev = LOWERED[words[i - 1]]
                ends_place = (i - 2 >= start and span_text(doc, i - 2, i) in self.lex.places) or \
                    (low in AFTER_PLACE and words[i - 1] in self.lex.places)  # "Không quân Mỹ | từ năm …" (not "mỹ từ")
                k = i - 1
                while k > start and is_cap(words[k - 1]):
                    k -= 1
                ends_place = ends_place or (k > 0 and words[k - 1] in LEVELS) or \
                    any(self._after_city_mark(words, m) for m in range(k, i - 1))
                # ("huyện Lạc Thủy | tổ chức", "UBND TP. Móng Cái | đã …": not "cái đã", a dictionary word)
                # the second (third) syllable of a capitalised word: "Bộ Xây dựng", "Hội Luật gia"
                if ends_place:
                    pass
                elif i + 1 < n and words[i + 1].islower() and (prev + " " + low + " " + words[i + 1]) in self.words:
                    i += 2  # "Hội Cựu học sinh": a three-syllable word, not "Cựu học" then a stop
                    continue
                elif i + 1 < n and (low + " " + LOWERED[words[i + 1]]) in self.words_verbs:
                    pass  # "Bộ Công Thương | yêu cầu": the syllable starts a verb, it does not end "Thương yêu"
                elif (prev + " " + low) in self.words or \
                        (i >= 2 and (words[i - 2].lower() + " " + prev + " " + low) in self.words) or \
                        self._closing_syllable(doc, start, i):
                    i += 1
                    continue
                if not ends_place and i + 1 < n and words[i + 1].islower() and \
                        (prev + " " + low + " " + words[i + 1]) in self.words:
                    i += 2
                    continue
            if lower_word and (named or i == end) and kind in PLACE_NAMED_KINDS:
                j = self._region_after(doc, i)
                if j and not named and not any(" ".join(words[k:k + 2]).lower() in self.words
                                               for k in range(i, j - 2)):
                    j = None  # a lower-case name needs dictionary words before its region
                if j:
                    i = j  # "Trung tâm Nghiên cứu trâu và đồng cỏ miền Đông Nam bộ", "… GD-ĐT phía nam"
                    named = True
                    continue
            if lower_word and named and is_cap(words[i - 1]) and self._after_place(doc, end, i):
                break  # "… TP Hải Phòng cần nghiên cứu": a place ends the name
            if lower_word and not named and i == end and kind in LONG_NAME_KINDS and \
                    start > 0 and words[start - 1] in (";", "(", ":") and is_cap(words[start]):
                j = self._long_tail(doc, i, item_only=True)
                if j:
                    i = j  # "…; Ban tổ chức cán bộ; Ban đối ngoại và hợp tác quốc tế;": a list item, named whole
                    named = True
                    break
            if lower_word and not named and i == end and kind in LONG_NAME_KINDS:
                j = self._long_tail(doc, i, parent_only=True)
                if j:
                    i = j  # "Trung tâm sản xuất phim truyền hình, Đài Truyền hình Việt Nam": its parent follows
                    named = True
                    break
            if lower_word and named and kind in LONG_NAME_KINDS:
                j = self._long_tail(doc, i)
                if j:
                    i = self._field_pair(doc, end, j)  # "Phòng Thực hành quyền công tố và kiểm sát xét xử hình sự,
                    # VKSND tỉnh …" ("… và công tác học sinh, sinh viên (Bộ …)": the run closes on a pair)
                    if self._starts_unit(doc, i):
                        continue  # the parent follows without a comma: one name, written whole
                    break
            if lower_word and named and i - 2 >= end and FOREIGN_WORD(words[i - 1]) and \
                    FOREIGN_WORD(words[i - 2]) and not (w.isascii() and not VIET_SYLLABLE.fullmatch(w)):
                break  # "Hãng Ural Airlines | rời sân bay Zhukovsky": Vietnamese words do not go on a foreign name
                # of two words or more (but English ones do: "World Founder and Progenitor Academy")
            if w in MEMBER_QUALIFIERS and named and kind in MEMBER_KINDS and (is_cap(words[i - 1]) or is_cap(words[i - 2])) \
                    and (i + 1 >= n or not words[i + 1][:1].islower() or words[i + 1] in STOP or words[i + 1] in LEVELS):
                i += 1  # "Hội Doanh nhân trẻ | Việt Nam", "… trẻ | vừa …", "Hội Người mù | tỉnh X": the members'
                # qualifier (not "trẻ em", "trẻ hóa": a word of its own)
                continue
            if named and i + 1 < n and (w, words[i + 1]) in SCOPES and (is_cap(words[i - 1]) or is_cap(words[i - 2])) \
                    and not (i + 2 < n and words[i + 2] in SCOPE_VERB_ENDS):
                i += 2  # "Trung tâm Vũ trụ quốc gia | được …", "Bảo tàng Lịch sử quốc gia": the national body;
                continue  # "Viện Kỹ nghệ và Điện tử quốc tế", "Liên đoàn Bridge thế giới": the international one
            if lower_word and named:
                j = self._police_branch(doc, end, i)
                if j:
                    i = j  # "Đội Cảnh sát hình sự | Công an quận X": one name, the branch with its police
                    continue
            if lower_word and named and low not in QUALIFIERS and self._closed_name(doc, start, i):
                break  # a listed body takes no lower-case field after it: the words open the
                # predicate ("Tổng cục Hải quan | chú trọng …", "Ban Bí thư | nắm tình hình", "Bộ Công an | khách quan")
            if lower_word and low not in STOP and named:
                j = self._word_pairs(doc, i)
                if j - i >= CLOSING_FIELD_SYLLABLES and j < n and words[j] in ("(", ",", ")", ";", ".") and \
                        not self._after_acronym(doc, i) and (j - i >= 4 or (words[j] in SHORT_FIELD_CLOSES and
                                                              _field_run_ok(words, i, j) and short_field_at(words, end, i))):
                    i = j  # "Vụ Công tác học sinh sinh viên (Bộ …)", "Phòng Quản lý ngân sách,": a field
                    break  # of two-syllable words, up to its end
                if words[j - 2:j] == SUBORDINATE:
                    j -= 2  # "… an ninh hàng không | trực thuộc ACV": a dictionary word, the link to the parent
                adverb = _adverb_pair_in(words, i, j)
                j = j if adverb is None else adverb  # "Hội Người cao tuổi | gần đây đã …": the predicate opens there
                line_end = j >= n or words[j] == "\n"
                capital = self._capital_field(doc, i - 2, i) or \
                    (kind not in PLACE_ONLY_KINDS and self._capital_syllable(doc, start, end, i))
                if j - i >= (4 if line_end else CLOSING_FIELD_SYLLABLES) and capital and _field_run_ok(words, i, j):
                    if line_end:
                        i = j  # "… thành lập Trung tâm Điều hành | an ninh hàng không" closing a title or a line: two
                        break  # words or more, as before a stop
                    if adverb is not None or words[j] in TENSE_ADVERBS or words[j] == "thuộc" or \
                            words[j:j + 2] == SUBORDINATE or \
                            LOWERED[words[j]] + " " + LOWERED[words[j + 1] if j + 1 < n else ""] in self.words_verbs:
                        i = j  # "Cục Quản lý | thị trường | đã …", "Phòng Quản lý | băng đĩa | cho biết": the field,
                        break  # then the body's predicate or parent
                    if (j + 1 < n and (words[j], words[j + 1]) in SCOPES) or tuple(words[j - 2:j]) in SCOPES:
                        i = j + (0 if tuple(words[j - 2:j]) in SCOPES else 2)
                        if i < n and is_cap(words[i]):
                            continue  # "Chi cục Hải quan | cửa khẩu sân bay quốc tế | Tân Sơn Nhất": a name goes on
                        break  # "Viện Kiểm nghiệm | an toàn vệ sinh | quốc gia": the scope closes the name
                    if self._field_then_place(doc, i, j):
                        i = j  # "Chi cục An toàn | vệ sinh thực phẩm | tỉnh X": the field, then the body's place
                        continue
            if lower_word and named and kind in SUB_KINDS:
                j = self._parent_after_field(doc, start, i)
                if j:
                    i = j  # "phòng Tổ chức cán bộ | Sở Y tế tỉnh X", "khoa Hồi sức cấp cứu | Bệnh viện …": the
                    break  # sub-unit's field, then its parent, one name
            if lower_word and (low not in STOP or self._pair_start(doc, i)) and named:
                # up to 3 lower-case syllables inside a name, between capitalised words ("Tổng công ty Xây lắp
                # dầu khí Việt Nam", "Hội Liên hiệp thanh niên Việt Nam") or closing it before punctuation
                # when they are dictionary words ("Trung tâm Sản xuất phim truyền hình, Đài …")
                j = i
                while j < n and j - i < 4 and words[j].isalpha() and words[j].islower() \
                        and (words[j] not in STOP or self._pair_end(doc, i, j) or (j == i and self._pair_start(doc, j))) \
                        and words[j] not in NO_SANDWICH and (words[j] not in LEVELS or (
                            j + 1 < n and (words[j] + " " + words[j + 1]) in NOT_LEVELS)):
                    j += 1  # a STOP syllable only closing a word of the run ("pháp lý", not "lý giải")
                # (a verb inside the run or right after it: "Trung tâm Giáo dục thường xuyên | chia sẻ …")
                verb_at = next((k for k in range(i + 1, j + 1) if " ".join(words[k:k + 2]).lower() in self.words_verbs),
                               None)
                field = self._two_word_field(doc, i) if self._legal_form_end(doc, end) < i else None
                if field:  # (a company's line of business after its legal form is :meth:`_company_name`'s)
                    j = field  # two whole words ("Trung tâm Hỗ trợ | phát triển tài năng | Điện ảnh Việt Nam")
                elif j - i == 4 and not self._placed_level(doc, j):
                    j = i + 3  # four lower-case words only before a place level ("… pháp lý nhà nước tỉnh X")
                if j > i and self._placed_level(doc, j) and \
                        any(" ".join(words[k:k + 2]).lower() in self.words for k in range(i, j - 1)):
                    i = j  # "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nam Định": the place level follows
                    continue
                if verb_at is not None and verb_at < j:
                    j = verb_at  # the field closes before the verb
                has_word = any(" ".join(words[k:k + 2]).lower() in self.words for k in range(i, j - 1))
                nxt = words[j] if j < n else ""
                verbish = any(" ".join(words[k:k + 2]).lower() in self.words_verbs for k in range(i, j - 1))
                if j > i and is_cap(nxt) and not self._person_like(doc, j) and not self._starts_unit(doc, j) \
                        and not self._starts_award(doc, j) \
                        and (not self._place_at(doc, j) or (has_word and kind in PLACE_NAMED_KINDS)) \
                        and not self._starts_title(doc, j) and not verbish:
                    i = j
                    continue
                if j > i and has_word and not verbish and nxt.isdigit() and len(nxt) <= 3 and \
                        (j + 1 >= n or not words[j + 1][:1].islower()):
                    i = j + 1  # "Trung đoàn Không quân vận tải 918 (…)": a number closes the name (no count)
                    continue
                if j > i and has_word and not verbish and not self._after_acronym(doc, i) and (
                        nxt in (",", ")", "(", ";", ".", "") or j == verb_at or (
                        nxt == "của" and j + 1 < n and self._starts_unit(doc, j + 1)) or (
                        nxt in ("khóa", "khoá") and j + 1 < n and ROMAN.fullmatch(words[j + 1])) or (
                        nxt in ("-", "–") and j + 1 < n and is_cap(words[j + 1]))):
                    # keep the run up to its last dictionary word ("Ban Chỉ đạo 389 quốc gia[ giao]")
                    last = max(k + 2 for k in range(i, j - 1) if " ".join(words[k:k + 2]).lower() in self.words)
                    i = last
                    break
                if j > i and nxt == "và" and j + 1 < n and is_cap(words[j + 1]) and \
                        not self._starts_unit(doc, j + 1) and not self._person_like(doc, j + 1):
                    i = j + 1  # "Đầu tư và Phát triển"
                    continue
            if i - 4 >= end and self._parallel_field(doc, end, i):
                i += 1  # "Hội Nghệ nhân và Thương hiệu Việt Nam", "Viện Huyết học và Truyền máu": the second field
                continue  # of the pair is written like the first (a capital, then a lower-case syllable)
            # the words before i are the head alone or its capital field (_capital_field): asked at most once, only
            # where a test below needs it (None: not asked yet)
            after_head = None
            if lower_word and (low not in STOP or (
                    i + 1 < n and kind in PLACE_NAMED_KINDS | LONG_NAME_KINDS and
                    (after_head := i == end or self._capital_field(doc, end, i)) and
                    (low + " " + words[i + 1]) in self.words and
                    (low + " " + words[i + 1]) not in self.words_verbs)):
                # lower-case words bridging to a capitalised name: "Công ty cổ phần Licogi 14",
                # "Xí nghiệp thi công cơ giới số 14", "Sở Văn hóa – thể thao TP. HCM"
                j = i
                while j + 1 < n and j - i < 4 and (LOWERED[words[j]] + " " + LOWERED[words[j + 1]]) in self.words \
                        and words[j].islower() and words[j + 1].islower():
                    j += 2
                    if j < n and words[j] == "và" and j + 2 < n and words[j + 1].islower():
                        j += 1
                if j > i and j < n and (is_cap(words[j]) or words[j] == "số") \
                        and (not self._person_like(doc, j) or (kind in SCHOOLISH and i >= 2 and
                                                                " ".join(words[i - 2 if words[i - 2][:1].isupper()
                                                                                   else i - 1:j]).lower()
                                                                in SCHOOL_LEVELS)) \
                        and not self._starts_award(doc, j) \
                        and (not self._place_at(doc, j) or (kind in PLACE_NAMED_KINDS and (
                            after_head if after_head is not None else i == end or self._capital_field(doc, end, i)))) \
                        and (low not in STOP or i == end or self._place_at(doc, j)) \
                        and not self._starts_unit(doc, j) and not self._starts_title(doc, j) and \
                        not any(" ".join(words[k:k + 2]).lower() in self.words_verbs and
                                not (k == end and " ".join(words[k:k + 2]).lower() in NAMING_VERBS)
                                for k in range(i, j - 1)):
                    i = j  # (also "Trung tâm nghiên cứu Việt Nam", "Trung tâm kinh tế Việt Nam – …")
                    continue
                if i == end and words[start][:1].isupper() and self._field_then_place(doc, i, j):
                    i = j + (1 if j == i else 0)  # "Ban thi đua khen thưởng | tỉnh Đồng Nai", "Cục thuế | Hà Nam"
                    continue
                j = self._long_field_before_place(doc, start, end, i)
                if j:
                    i = j  # "Hội | bảo vệ thiên nhiên và môi trường | Việt Nam": a long field, then the place
                    continue
            break
        if not named and needs_name:
            return None
        if not named and i == end and kind not in ("party", "youth"):
            return None  # a bare "UBND" / "HĐND" is not a unit
        while i > end and words[i - 1] in ("và", ",", "&", "-", "–"):
            i -= 1  # a name never closes on a joiner ("Ban Nội chính Trung ương | và Bằng khen …")
        return i

    def _capital_field(self, doc, end, i) -> bool:
        """The words [end, i) after a head are one two-syllable dictionary word, no verb, written with its first
        capital only, as a field is (Nghị định 30/2020/NĐ-CP Phụ lục II): "Công ty Xây dựng | công trình giao thông
        Hà Nội", "Hội Bảo vệ | thiên nhiên và môi trường Việt Nam"; the lower-case field words after it may then
        bridge to the body's place, as they do right after the head (not after a proper name: "Tập đoàn đầu tư
        LetterOne | của ông …"; observed in bulk news, session 39)."""
        pair = " ".join(doc.words[end:i])
        return i - end == 2 and is_cap(doc.words[end]) and doc.words[end + 1].islower() and \
            pair.lower() in self.words and pair.lower() not in self.words_verbs

    def _capital_syllable(self, doc, start, end, i) -> bool:
        """The one word [end, i) after the head [start, end) is a capitalised syllable opening a field written in
        sentence case, its first letter only capitalised (Nghị định 30/2020/NĐ-CP Phụ lục II): "Hội Người | cao
        tuổi", "khoa Ngoại | thần kinh"; a Vietnamese syllable (not a brand: "Tập đoàn Viettel | quốc tế hóa …"), not
        a place of ``places.txt``, a person's name or an acronym; and no capitalised word before the head, which would
        make the head a syllable of a name ("<Surname> Hội <Given> | gần đây": a person, bulk news, session 43)."""
        words = doc.words
        w = words[end] if i - end == 1 else ""
        return w.isalpha() and is_cap(w) and not w.isupper() and is_vietnamese_syllable(w) and \
            w not in self.lex.places and \
            not self._person_like(doc, end) and not (start > 0 and is_cap(words[start - 1]))

    def _two_word_field(self, doc, i) -> int | None:
        """End of a field of two lower-case two-syllable dictionary words from token i, neither a verb of
        ``words_verbs``, joined directly or by "&", when a capitalised word follows it: a field bridging the
        capitalised words of a name ("Trung tâm Hỗ trợ | phát triển tài năng | Điện ảnh Việt Nam", "viện Quy
        hoạch | đô thị & nông thôn | Quốc gia"), as a run of three syllables does; None when no such field."""
        words, n = doc.words, len(doc)
        second = i + 3 if i + 2 < n and words[i + 2] == "&" else i + 2
        j = second + 2
        if j >= n or not is_cap(words[j]):
            return None
        pairs = [" ".join(words[k:k + 2]) for k in (i, second)]
        ok = all(p.islower() and p in self.words and p not in self.words_verbs for p in pairs)
        return j if ok else None

    def _closed_name(self, doc, start, i) -> bool:
        """The name up to token i is whole: a body of ``named_units.txt`` by its bare name ("Bộ Công an",
        "Ban Bí thư"), or a ministry or a province's department by a one-word field of a ministry's name
        (``CLOSED_MINISTRIES``: "Bộ Tư pháp", "Sở Xây dựng"), after which no lower-case field follows."""
        text = span_text(doc, start, i)
        return text in self.named_full or text in CLOSED_MINISTRIES

    def _school_type_end(self, doc, i) -> int:
        """End of the run of school types from token i, in any letter case (``school_types.txt``, the school
        levels: "phổ thông dân tộc nội trú", "Trung học phổ thông chuyên", "dân tộc bán trú Tiểu học"); i when
        none."""
        words, n = doc.words, len(doc)
        while i < n:
            low = words[i].lower()
            t = next((t for t in self.school_types.get(low, ()) if i + len(t) <= n and
                      all(words[i + k].lower() == t[k] for k in range(1, len(t)))), None)
            if t is None:
                break
            i += len(t)
        return i

    def _legal_form_end(self, doc, i) -> int:
        """End of the legal forms of an enterprise written from token i, one after another ("cổ phần", "TNHH MTV",
        "TNHH nhà nước MTV"; ``company_forms.txt``); i when none."""
        words, n = doc.words, len(doc)
        k = i
        while k < n and words[k].lower() in self.company_form_first:  # (a form opens with its first word: most
            # tokens are none, one look-up instead of three lower-cased tuples)
            L = next((L for L in (3, 2, 1) if tuple(w.lower() for w in words[k:k + L]) in self.company_forms), 0)
            if not L:
                break
            k += L
        return k

    def _company_name(self, doc, e, end):
        """The end of a company's name whose head [.., e) is followed by a legal form (Luật Doanh nghiệp 2020, Điều
        37: the type of enterprise, then the own name), where :meth:`_extend` stopped on the form or found no name:
        the own name is lower-case words of the line of business, then a capitalised run ("công ty Cổ phần thực
        phẩm dinh dưỡng NutiFood", "Công ty cổ phần xuất nhập khẩu và đầu tư NTC Việt Nam", "công ty TNHH Võ
        Việt Chung International"). Returns ``end`` (an int or None) when no such name follows."""
        if e >= len(doc) or doc.words[e].lower() not in self.company_form_first:
            return end  # (the common case, one set look-up)
        f = self._legal_form_end(doc, e)
        if f == e or (end is not None and end > f):
            return end
        words, n = doc.words, len(doc)
        j = f
        while j < n and j - f < 6 and words[j].isalpha() and words[j].islower() and \
                ((words[j] == "và" and j > f) or (words[j] not in FIELD_NOT and (
                    words[j] not in STOP or self._in_word(words, f, j)))):
            j += 1  # the line of business ("xuất nhập khẩu và đầu tư"; "thực phẩm", not "đã ký")
        if j >= n or not is_cap(words[j]) or words[j - 1] == "và" or \
                any(" ".join(words[k:k + 2]) in self.words_verbs for k in range(f, j - 1)) or \
                self._starts_title(doc, j) or self._starts_award(doc, j) or self._starts_unit(doc, j):
            return end
        k = j
        while k < n and (is_cap(words[k]) or (k > j and words[k].isdigit() and len(words[k]) <= 3) or
                         (words[k] in ("&", "-") and k + 1 < n and is_cap(words[k + 1]))) and \
                not (k > j and (self._starts_title(doc, k) or words[k] in CLAUSE_OPENERS or
                                self._place_ends(doc, f, k))):
            k += 1  # (a place closes the name: "công ty CP mía đường Cần Thơ | Phạm Quang Vinh")
        return k


#: "năm" in every letter case ("năm", "Năm", "NĂM"): the words whose lower case is "năm" (:func:`_year_follows`)
_NAM = frozenset("".join(c) for c in itertools.product(*((x, x.upper()) for x in "năm")))


def _year_follows(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is "năm" in any case followed by a year of four digits ("NĂM 2024", "Năm 2023"): a
    title written in capitals dates its list there, after the unit it names, which never holds it ("huyện Năm
    Căn" is a place: no year follows); "NĂM" in capitals may have its year wrapped to the next line."""
    if words[i].lower() != "năm":
        return False
    j = i + 1
    if j < len(words) and words[j] == "\n" and words[i] == "NĂM":
        j += 1  # a title wrapped before its year (a PDF's line)
    return j < len(words) and words[j].isdigit() and len(words[j]) == 4


def _opens_list(words, i) -> bool:
    """A list sent or attached (``list_documents.txt``: "Danh mục", "Danh sách") is written from token i, a
    lower-case word after it ("Danh mục các đề tài"): it opens the sentence's object, not a word of a name."""
    return i + 2 < len(words) and " ".join(words[i:i + 2]) in LIST_DOCUMENTS and words[i + 2][:1].islower()
