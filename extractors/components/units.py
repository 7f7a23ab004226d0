"""``sovang_units``: organisation names = a unit-type head (``unit_types.tsv``) + its proper name.

Also the bare national bodies of ``named_units.txt`` and coordinated place lists
("các VKSND cấp cao tại Hà Nội, Đà Nẵng và Tp. Hồ Chí Minh" → three units).
Nested units are kept apart ("Vụ Thi đua – Khen thưởng VKSND tối cao" also gives
"VKSND tối cao"), as GUIDELINES.md lists both.

This module finds the candidate spans (heads, listed bodies) and assembles them; :class:`UnitRecognizer` takes
the rest from one mixin a job: ``unit_extent`` (where a name ends), ``unit_fields`` (lower-case fields inside
a name), ``unit_places`` (places closing a name), ``unit_acronyms``, ``unit_variants`` (one unit's other
names in a document), ``unit_parents`` (sub-units and their parents), ``unit_coordination`` (one unit per
listed name or place), ``unit_titles`` (bodies inside a person's title), ``unit_cues`` (token tests); the
word lists several of them read are in ``unit_words``.
"""
from __future__ import annotations

import bisect
import functools

from spacy.language import Language

from ..canonical import level_words
from ..gazetteer import (dictionary_words, district_names, field_table, province_levels, section, table, unit_fields,
                         word_list)
from .base import LOWERED, toks, Ent, is_cap, lexicon, longest_first, lower_span, phrase_matcher, set_spans, span_text, state
from .conferral_words import _opening
from .unit_acronyms import Acronyms
from .unit_coordination import SHARED_HEADS_LOWER, Coordination
from .unit_councils import AwardCouncils
from .unit_cues import UnitCues
from .unit_extent import NameExtent
from .unit_fields import CHARGE_VERBS, FieldWords
from .unit_holders import Holders
from .unit_joined_tails import JoinedTails
from .unit_parents import Parents, office_key
from .unit_places import PlaceSuffixes
from .unit_titles import OFFICE_CHIEF, Titles
from .unit_variants import Variants, name_variants, short_openings, with_i_y_spellings
from .persons import COMMUNITY_LEVELS, HEAD_GIVEN, STREET_WORDS
from .unit_words import BARE_LEVELS, BRANCH_HEADS_LOWER, EPONYM_NOUNS, LEVELS, PREMISES_BEFORE, PREMISES_HEADS, \
    PREMISES_NOUNS, SCHOOL_LEVELS, FOREIGN_WORD, STANDING_BOARDS, STOP, TEAM_HEAD, VERB_HEADS, collective_classifiers


#: lower-case words that end a clause rather than a name ("… Đà Nẵng tiết lộ,")
VERBISH = {"tiết lộ", "cho biết", "khẳng định", "chia sẻ", "nhấn mạnh", "phát biểu", "đề nghị", "cho rằng",
           "nhận định", "thông tin", "bày tỏ", "trả lời", "giải thích", "xác nhận", "yêu cầu", "kiến nghị",
           "nhắc lại", "đưa tin", "dẫn lời", "cho hay", "thông báo", "công bố", "thống nhất", "tổ chức",
           "ban hành", "phát động", "quyết định", "tuyên dương", "biểu dương", "ghi nhận", "đánh giá",
           "đơn vị", "thương tiếc", "báo tin", "nghiên cứu", "phối hợp", "trao tặng", "thu hồi", "phát hiện",
           "chú ý", "khẩn trương", "xác định", "tiếp nhận", "triển khai", "kiểm tra", "trình bày", "phát hành",
           "thay mặt", "phê duyệt",  # ("Ban Cơ yếu Chính phủ | thay mặt Đảng", "Bộ TT&TT | phê duyệt")
           # a body as the subject of a meeting or a ceremony ("Ban Bí thư Trung ương Đoàn | gặp mặt, chúc mừng …",
           # "Tập đoàn Tân Á Đại Thành | long trọng tổ chức …")
           "gặp mặt", "gặp gỡ", "chúc mừng", "long trọng", "làm việc", "ký kết", "tiếp đón", "vinh danh",
           # discourse adverbials and advisory verbs after a body ("Tập đoàn Viettel | nói riêng", "Bộ NN&PTNT | tham mưu")
           "nói riêng", "nói chung", "tham mưu", "yêu dấu",
           # a council's or board's decision or charge ("Hội đồng | nhất trí …", "Ban Chỉ đạo | đôn đốc huyện …")
           "nhất trí", "đôn đốc",
           # a speaker's concern or admission closing a quote ("…", Phó Tổng cục trưởng Tổng cục X | trăn trở.)
           "trăn trở", "tâm sự", "thừa nhận", "lưu ý"}

#: the classifiers of ``collective_classifiers.tsv`` (:func:`~extractors.components.unit_words.collective_classifiers`)
#: of two words or more, as lower-case word tuples, longest first (the file's order within one length): a one-word head
#: written capitalised before the rest in lower case, then a place alone, is that classifier and a country or province,
#: no body's name ("Đội bóng Anh …", "Hãng xe Nhật …" opening a sentence: the English team, a Japanese carmaker; in
#: lower case the collectives component reads no unit there)
CLASSIFIER_WORDS = tuple(sorted((c for c in collective_classifiers() if len(c) >= 2), key=len, reverse=True))
CLASSIFIER_MAX = len(CLASSIFIER_WORDS[0])  # (the words of the longest: what _classifier_then_place reads at once)
#: "vụ": a ministry's department, also a case or an affair ("vụ Morata": the affair of a person)
AFFAIR = "vụ"
#: two-syllable verbs and adverbials that open a clause after a unit's name ("đội X | trở về sân Y"; clause_verbs.txt)
CLAUSE_VERBS = frozenset(word_list("clause_verbs.txt"))
#: distinct unit names whose variant key (UnitRecognizer._variant_key) one process keeps
VARIANT_KEYS_KEPT = 50_000
#: lower-case place levels before a place's name
PLACE_LEVELS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị trấn", "trấn", "phố", "ấp", "thôn", "bản"}
#: the words a place's name follows: those levels, a street's (``persons.STREET_WORDS``) and a community's
#: (``persons.COMMUNITY_LEVELS``); one look-up rules out nearly every head before the tests of
#: UnitRecognizer._street_or_community
PLACE_NAME_LEADS = frozenset(PLACE_LEVELS | STREET_WORDS | COMMUNITY_LEVELS)
#: national bodies that name a foreign state's body in lower case too, with the state's name ("chính phủ Cuba",
#: "quốc hội Mỹ": a parliament; dev and held-out 10 gold list them)
STATE_BODIES_LOWER = ["chính phủ", "quốc hội"]
#: the press's names in named_units.txt (its "# Press:" sections): matched only in the letter case listed
PRESS_NAMES = frozenset(section("named_units.txt", "# Press:"))
#: "royal", written between a monarchy's body and its state ("Chính phủ Hoàng gia Campuchia", "Quân đội Hoàng gia …")
ROYAL = ["Hoàng", "gia"]
#: unit kinds named by their members' occupation, which is also a title ("hội Nghệ nhân và Thương hiệu Việt Nam",
#: "hội Nhà văn Việt Nam", "hiệp hội Doanh nhân …"): after such a head in lower case the title opens the name
MEMBERS_NAMED_KINDS = {"association"}
PLANT_REACH = 40  # words either side of a plant searched for its sentence's award
PLANT_CLAUSE = 25  # words after a plant opening its clause searched for its verb ("được") and its award
#: the marks around a plant's clause: what it opens after (a sentence's start or a comma: "Năm 2023, nhà máy X …")
#: and what closes it
PLANT_CLAUSE_BREAKS = {".", "!", "?", ";", ",", ":", "\n"}
SENTENCE_ENDS = {".", "!", "?", ";"}
#: heads that name a unit only capitalised: in lower case they are a trade or a field ("ngành điện lực Thanh Hoá"),
#: or a force spoken of ("quân đội Mỹ rút quân": held-out gold lists only the capitalised "Lục quân Mỹ")
CASED_HEADS = {"điện lực", "quân đội", "lục quân", "hải quân", "không quân", "hồng quân", "lực lượng"}
#: of those, heads that in lower case too name a body when its district or city follows with its level word: a power
#: company of EVN's provincial companies, named by its district ("điện lực quận Sơn Trà", "điện lực TP Móng Cái";
#: observed in held-out 6 and bulk news), while "ngành điện lực Thanh Hoá" is the trade
LEVEL_NAMED_CASED = {"điện lực"}
#: words before such a head that make it the trade again, district or not ("ngành điện lực huyện X": the power trade
#: of a district, not its power company; observed in real/news and bulk news)
TRADE_WORDS = {"ngành"}
#: the level words of a district or city of a province, lower-case, short forms without their dot ("quận", "huyện",
#: "thị xã", "thành phố", "tp"; administrative_levels.tsv)
DISTRICT_LEVEL_WORDS = level_words(("district",))
#: heads whose unit is named by a place ("đội tuyển U23 Việt Nam", "Đội tuyển bóng đá quốc gia"); without one the
#: head is a kind ("các đội tuyển Olympic khu vực"); a state's armed forces and services, named by the state
#: ("Lục quân Mỹ", "Quân đội Hoàng gia Campuchia"; not "Sư đoàn Không quân 371")
PLACE_NAMED_HEADS = {"đội tuyển", "quân đội", "lục quân", "hải quân", "không quân", "hồng quân", "lực lượng"}
#: of those, heads named by a foreign state only ("Lực lượng biên phòng Triều Tiên"): Viet Nam's own ("Lực lượng
#: chuyên gia Việt Nam", "Lực lượng cảnh sát giao thông huyện X") are a force spoken of, which no gold lists
FOREIGN_NAMED_HEADS = {"lực lượng"}
#: a team's division written between its head and its place ("đội tuyển bóng chuyền | nam | Việt Nam";
#: ``team_divisions.txt``): part of the head
TEAM_DIVISIONS = frozenset(word_list("team_divisions.txt"))
#: the press's abbreviations of "thành phố" opening a city's name ("TP. HCM", "Tp Cần Thơ"): a place of Viet Nam
CITY_ABBREVIATIONS = {"TP", "TP.", "Tp", "Tp.", "TPHCM"}
#: the head of a ministry; in lower case also a set of things ("một bộ trang phục"), see _ministry_named
MINISTRY_HEAD = "bộ"
#: the first two words of the ministries' fields, lower-case, without commas (``ministry_fields.txt``; the bodies
#: "Bộ …" of ``named_units.txt``: "giáo dục", "chính trị", "tư lệnh"): what a ministry's name opens with
MINISTRY_OPENINGS = frozenset(" ".join(w.strip(",") for w in f.lower().split()[:2])
                              for f in unit_fields("ministry_fields.txt") +
                              tuple(u[len("Bộ "):] for u in word_list("named_units.txt") if u.startswith("Bộ ")))


#: heads of bodies named by their commune, written lower-case in running text as often as capitalised ("trạm y tế
#: xã Long Tân"; unit_types.tsv); their name opens with a commune level word (unit_places.COMMUNE_LEVEL_WORDS)
COMMUNE_NAMED_HEADS = {"trạm y tế"}
#: lower-case heads of sub-units that may be written before a capitalised field ("phòng Tổ chức cán bộ")
SUB_UNIT_WORDS = {"phòng", "ban", "vụ", "cục", "sở", "khoa", "tổ", "bộ", "viện", "luật"}  # (and "luật Tổ chức TAND")
#: first words of the events a head that is also a verb takes ("tổ chức | Lễ …"; unit_words.VERB_HEADS)
EVENT_FIRST = {"Lễ", "Hội", "Đại", "Cuộc", "Chương", "Giải", "Tuần", "Ngày", "Tháng", "Năm", "Diễn", "Triển", "Lớp",
               "Khóa", "Buổi", "Đoàn", "Kỳ", "Hành", "Liên", "Đêm", "Họp", "Phiên", "Tọa", "Tết", "Trại", "Hành"}
#: one-word heads that with a one-syllable name are a person or a place ("Trường Chinh", "Trường Sơn";
#: but "khoa Điện")
ONE_SYLLABLE_NAME_HEADS = {"trường"}
JOINERS = {"-", "–"}  # dashes written inside a field ("Lao động – Thương binh và Xã hội")


class UnitRecognizer(NameExtent, FieldWords, PlaceSuffixes, Acronyms, Variants, Parents, Coordination, Titles, UnitCues,
                     AwardCouncils, Holders, JoinedTails):
    """Finds unit spans; see module doc. Rules: ``unit_types.tsv``, ``named_units.txt``, ``places.txt``."""

    def __init__(self, nlp):
        lex = lexicon()
        self.lex = lex
        self.heads = phrase_matcher(nlp, list(lex.unit_heads), attr="LOWER", case_variants=False)
        self.heads_lower = {}
        for h, v in lex.unit_heads.items():
            self.heads_lower.setdefault(h.lower(), v)
        # (with their openings written short, matched as written: "T.Ư Đoàn", "BCH Trung ương Đảng")
        self.named = phrase_matcher(nlp, list(lex.named_units) + [v for u in lex.named_units
                                                                   for v in short_openings(u, lex.abbreviations)],
                                    case_variants=False)
        # long official names are unambiguous in any letter case ("Bộ Kế hoạch và đầu tư"); a paper's name is not
        # (the "# Press:" sections: "tuyển dụng lao động online" is no "Lao Động Online"): only with its first and
        # last words capitalised ("Tuổi trẻ Online"), in press_any_case
        # a province's departments bear its ministries' names (Nghị định 24/2014/NĐ-CP, amended by 107/2020):
        # "Sở Khoa học và công nghệ" as "Bộ Khoa học và Công nghệ"
        departments = ["Sở " + u[3:] for u in lex.named_units if u.startswith("Bộ ") and " và " in u]
        self.named_any_case = phrase_matcher(nlp, [v for u in lex.named_units if len(u.split()) >= 3
                                                   and u not in PRESS_NAMES
                                                   for v in name_variants(u)] + departments,
                                             attr="LOWER", case_variants=False)
        self.press_any_case = phrase_matcher(nlp, [v for u in PRESS_NAMES if len(u.split()) >= 3
                                                   for v in name_variants(u)], attr="LOWER", case_variants=False)
        #: national bodies written in lower case before a foreign state ("chính phủ Cuba", "chính phủ Anh")
        self.state_bodies_lower = phrase_matcher(nlp, STATE_BODIES_LOWER, case_variants=False)
        #: the bare bodies that share a place written once after a list of them (Coordination._shared_place)
        self.shared_heads = phrase_matcher(nlp, list(SHARED_HEADS_LOWER), attr="LOWER", case_variants=False)
        self.person_start = set(lex.surnames)
        # first words of the listed bodies; a newspaper's site ("Tuổi Trẻ Online") does not make "báo Tuổi Trẻ"
        # a head followed by another unit
        self.named_set = {" ".join(u.split()[:2]) for u in lex.named_units if not u.endswith(" Online")}
        self.named_full = frozenset(lex.named_units)
        #: first two words of a listed body -> its first three words, lower-cased: "Cảnh sát biển Việt Nam" starts
        #: at "Cảnh sát biển", not at "Cảnh sát PCCC"
        self.named_starts: dict[str, set] = {}
        for u in lex.named_units:
            if not u.endswith(" Online"):
                w = u.split()
                self.named_starts.setdefault(" ".join(w[:2]), set()).add(tuple(x.lower() for x in w[:3]))
        self.named_lower = {" ".join(u.lower().split()[:3]) for u in lex.named_units}
        #: the compounds of ``not_heads.txt`` split at each of their spaces: what follows a space -> the texts before it
        #: ("đội" -> {"bộ"}, "bộ đội" -> ...) and what precedes it -> the texts after it, so that "is 'X head' a
        #: compound" is one look-up of X among the head's entries, no string built
        self.not_heads_after: dict[str, set] = {}
        self.not_heads_before: dict[str, set] = {}
        for c in lex.not_heads:
            for k, ch in enumerate(c):
                if ch == " ":
                    self.not_heads_after.setdefault(c[k + 1:], set()).add(c[:k])
                    self.not_heads_before.setdefault(c[:k], set()).add(c[k + 1:])
        self.words = with_i_y_spellings(dictionary_words())
        # (each field also without its inner dashes and commas: "Bộ trưởng Lao động Thương binh và Xã hội")
        fields = {v for f in unit_fields("ministry_fields.txt")
                  for v in (f, " ".join(x for x in f.replace(",", " ").split() if x not in JOINERS))}
        self.minister_fields = phrase_matcher(nlp, [f"{t} {f}" for t in ("Bộ trưởng", "Thứ trưởng")
                                                    for f in sorted(fields)],
                                              attr="LOWER", case_variants=False)
        self.doc_types = frozenset(word_list("document_types.txt"))
        #: fields read whole right after a head: those joined by "và" (``ministry_fields.txt``), those of
        #: ``joined_fields.txt``
        #: and the departments' fields (``department_fields.txt``), as lower-case word tuples without their commas and
        #: dashes, by first word, longest first: ("tài", "nguyên", "và", "môi", "trường"), ("tổ", "chức", "cán", "bộ")
        departments = unit_fields("department_fields.txt")
        joined = unit_fields("joined_fields.txt")  # (each read whole: also "Cảnh sát điều tra tội phạm về ma túy")
        self.joined_fields = field_table(tuple(f for f in unit_fields() if " và " in f or f in departments or
                                               f in joined))
        #: the departments' fields alone: written without a head, no unit's head opens them ("Tổ chức cán bộ")
        self.department_fields = field_table(departments)
        #: universities of member schools, the only schools a school is written with as its parent (lower-case word
        #: tuples; ``member_universities.txt``)
        self.member_universities = frozenset(tuple(u.lower().split()) for u in word_list("member_universities.txt"))
        #: fields of a district's offices ("Phòng Nội vụ"), offices of a UBND only: lower-case word tuples without
        #: their dashes (``district_offices.txt``)
        self.district_offices = frozenset(office_key(f) for f in word_list("district_offices.txt"))
        #: bodies served by one office, read whole right after "Văn phòng" (``office_bodies.txt``)
        self.office_bodies = field_table(word_list("office_bodies.txt"))
        #: heads of bodies whose office is a department of theirs, as word tuples (``office_departments.txt``)
        self.office_departments = frozenset(tuple(x.split()) for x in word_list("office_departments.txt"))
        #: legal forms of an enterprise as lower-case word tuples ("cổ phần", "tnhh"; ``company_forms.txt``)
        self.company_forms = frozenset(tuple(f.lower().split()) for f in word_list("company_forms.txt"))
        self.company_form_first = frozenset(f[0] for f in self.company_forms)
        #: boards named only by what they do ("Ban Tổ chức"), lower-cased: no unit alone (``generic_boards.txt``)
        self.generic_boards = frozenset(x.lower() for x in word_list("generic_boards.txt"))
        #: side ("before" | "after") -> the words beside a plant that make it an award's recipient
        #: (``plant_recipient_cues.tsv``)
        self.plant_cues = {side: frozenset(w for sd, w in table("plant_recipient_cues.tsv") if sd == side)
                           for side in ("before", "after", "award")}
        # (longer, shorter) spelling of each country, as " … " keys: a variant key takes the shorter
        self.countries = [tuple(f" {x.lower()} " for x in sorted(row[:2], key=len, reverse=True))
                          for row in table("country_short_names.tsv")]
        # (and the two-syllable verbs opening a body's predicate: "Sở X | chủ trì, phối hợp …", charge_verbs.txt;
        # "Phòng X | đăng ký thi đua, …", aim_clauses.txt "# Efforts")
        self.words_verbs = VERBISH | CLAUSE_VERBS | {v for v in CHARGE_VERBS if v.count(" ") == 1}
        self.titles = {" ".join(p.lower().split()[:2]) for p in lex.positions}
        #: the first words of those ("bí", "chủ"): a word opening none opens no title (:meth:`_starts_title`)
        self.title_firsts = frozenset(t.split(" ", 1)[0] for t in self.titles)
        self.position_titles = frozenset(p.lower() for p in lex.positions)  # whole titles, lower case
        self.title_ends = {" ".join(p.lower().split()[-2:]) for p in lex.positions}
        #: one-word heads that can stand without a name ("UBND", "HĐND", "VKSND")
        self.generic_heads = {h for h, (_, needs) in lex.unit_heads.items() if not needs and " " not in h}
        self.places = phrase_matcher(nlp, lex.places, case_variants=False)
        #: province-level units by short name -> their level word ("Hà Nội" -> "thành phố", "Hải Dương" -> "tỉnh")
        self.province_level = province_levels()
        self.district_names = district_names()
        #: school types written between "trường" and the name (``school_types.txt`` and the school levels), as
        #: lower-case word tuples by their first word, longest first
        self.school_types: dict[str, list] = {}
        for t in sorted({tuple(x.lower().split()) for x in word_list("school_types.txt")} |
                        {tuple(x.split()) for x in SCHOOL_LEVELS}, key=len, reverse=True):
            self.school_types.setdefault(t[0], []).append(t)
        #: products written in lower case between "Nhà máy" and its name, as word tuples (``plant_fields.txt``:
        #: "Nhà máy điện X", "Nhà máy điện mặt trời X"), and the longest one's length
        self.plant_fields = frozenset(tuple(p.split()) for p in word_list("plant_fields.txt"))
        self.plant_field_max = max(map(len, self.plant_fields))
        self.place_prefixes = {" ".join(p.split()[:k]) for p in lex.places for k in range(1, len(p.split()) + 1)}
        #: every tail of a place's text ("Nội", " Nội", "à Nội" … of "Hà Nội"): the last token of a span that is a place
        #: is one of them, so a token that is none ends no place (:meth:`_place_ends` answers at once)
        self.place_tails = frozenset(p[k:] for p in lex.places for k in range(len(p)))
        #: first word -> the mis-cased places starting with it (``lexicon.places_as_written``), as word tuples,
        #: longest first
        self.miscased = {}
        for p in sorted(lex.miscased_places, key=lambda p: -len(p.split())):
            self.miscased.setdefault(p.split()[0], []).append(tuple(p.split()))
        #: district-level and province names (``districts.tsv``, ``provinces_2025.tsv``): first word -> (name, its
        #: length in words), longest first
        self.district_starts: dict[str, list] = {}
        for name in sorted(district_names() | set(self.province_level), key=lambda x: -len(x.split())):
            self.district_starts.setdefault(name.split()[0], []).append((name, len(name.split())))
        #: the district-level names of two syllables (``districts.tsv``), a place closing a name (not a person)
        self.districts = frozenset(n for n in district_names() if len(n.split()) == 2)
        #: places a school may be named by alone ("Đại học Huế", "Trường Đại học Vinh"): places.txt, provinces and
        #: district-level names of any length (``districts.tsv``)
        self.seat_names = frozenset(lex.places) | frozenset(self.province_level) | {r[2] for r in table("districts.tsv")}
        #: variant keys of the listed ministries ("bộ giáo dục và đào tạo")
        self.ministry_keys = {self._variant_key(u) for u in lex.named_units if u.startswith("Bộ ")}
        #: variant key of a ministry's first field(s) -> the listed ministries going on from it with "và", a
        #: comma or a dash ("bộ giáo dục" -> {"Bộ Giáo dục và Đào tạo"})
        self.ministry_prefixes: dict[str, set] = {}
        for u in lex.named_units:
            w = u.split()
            if u.startswith("Bộ "):
                for k in range(2, len(w)):
                    if w[k] in ("và", "-", "–") or w[k - 1].endswith(","):
                        key = self._variant_key(" ".join(w[:k]).rstrip(","))
                        self.ministry_prefixes.setdefault(key, set()).add(u)
        # (a pure function of the name, asked again for the same names in document after document: kept per name)
        self._variant_key = functools.lru_cache(maxsize=VARIANT_KEYS_KEPT)(self._variant_key)

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        cands = []
        listed = set()  # (start, end) of the bodies of named_units.txt
        named = list(self.named(doc)) + list(self.named_any_case(doc)) + [
            m for m in self.press_any_case(doc) if is_cap(d.words[m[1]]) and is_cap(d.words[m[2] - 1])]
        for key, s, e in self.state_bodies_lower(doc):
            end = self._place_tail(d, e, levels=False)
            if end > e and span_text(d, e, end) not in self.province_level:
                named.append((key, s, e))  # "chính phủ Cuba": a foreign state's body, written in lower case
        named = [m for m in named if not self._title_of_next_person(d, m[1], m[2])]  # "Tổ tư vấn kinh tế của Thủ
        # tướng Chính phủ Nguyễn …": the title is the person's; a body inside the title ("Chính phủ") is still read
        for s, e in longest_first(named):
            if self._ends_title(d, s, e):
                continue  # "Thủ tướng Chính phủ", "đại biểu Quốc hội": part of a title, not a mention of the body
            if self._in_credit(d, s, e):
                continue  # "Ảnh: Trí Dũng/TTXVN", "(Reuters)" closing a line: a credit, not a mention
            if s > 0 and d.words[s][:1].islower() and (d.words[s - 1] + " " + d.words[s]).lower() in self.lex.not_heads:
                continue  # "cán bộ y tế", "cán bộ công an": a common compound, not "Bộ Y tế" in lower case
            before = lower_span(d, s - 2, s) if s > 1 else ""
            if before in EPONYM_NOUNS or (before in PREMISES_NOUNS and d.words[s][:1].islower()):
                continue  # "chỉ số Nikkei 225": a stock index named after the paper, not the paper (EPONYM_NOUNS);
                # "tòa nhà quốc hội Mỹ", "trụ sở chính phủ Anh": the building, a venue (PREMISES_NOUNS)
            s = self._member_board(d, s, e)
            kind = self._named_kind(d, s, e)
            if d.words[s][:1].islower() and " ".join(d.words[s:s + 2]).lower() in self.lex.not_heads and \
                    self._place_tail(d, e, levels=kind != "named") == e:
                continue  # "bộ đội biên phòng" without a place: soldiers, not the Border Guard of a province
            end = self._place_tail(d, e, levels=kind != "named")
            if end == e and d.words[e:e + 2] == ROYAL:
                royal = self._place_tail(d, e + 2, levels=False)
                end = royal if royal > e + 2 else e  # "Chính phủ Hoàng gia Campuchia": a monarchy's body
            cands.append((s, end, kind))
            listed.add((s, end))
        inside = {k for s, e, _ in cands for k in range(s + 1, e)}  # tokens strictly inside a candidate
        branches = set()  # starts of lower-case branch heads right before a body ("đoàn thanh niên | Bộ Công an")
        head_end = {}  # (start, end) of a head candidate -> end of its head ("Văn phòng" in "Văn phòng UBND …")
        place_spans = longest_first(self.places(doc))
        in_place = {k for a, b in place_spans for k in range(a + 1, b)}
        head_spans = longest_first(self.heads(doc))
        place_ends = dict(place_spans)  # start -> end of the place found there (longest_first: no two overlap)
        head_opens = {s: e for s, e in head_spans if s not in place_ends}  # "Bộ …", not "Hội An"
        for s, e in head_spans:
            if s in in_place:
                continue  # "Ban" in "Tây Ban Nha"
            if e - s == 1 and d.words[s][:1].isupper() and self._inside_name(d, s):
                continue  # "Trường" in "Nguyễn Trường Sơn"
            if e - s == 1 and e < len(d) and d.words[e][:1].islower() and self._classifier_then_place(d, s, place_ends):
                continue  # "Đội bóng Anh …" opening a sentence: the classifier "đội bóng" and a country, no body
            if e - s == 1 and s in inside and is_cap(d.words[s - 1]) and \
                    (pair := (d.words[s - 1] + " " + d.words[s]).lower()) in self.words and pair not in self.heads_lower:
                continue  # "Khoa" in "Đại học Bách Khoa TPHCM, …": the second syllable of a word of a name read already
            if s > 0 and d.words[s - 1] in PLACE_NAME_LEADS and d.words[s][:1].isupper() and \
                    (d.words[s - 1] in PLACE_LEVELS or self._street_or_community(d, s)):
                continue  # "phường Sở Dầu", "thị xã Hội An", "đường Đội Cấn", "làng Ban Mai": a place named like a unit
            head_text = span_text(d, s, e)
            head_low = lower_span(d, s, e)  # (lower-cased once: read by most tests below)
            kind, needs_name = self.lex.unit_heads.get(head_text) or self.heads_lower[head_low]
            if (head_text not in self.lex.unit_heads and e - s == 1) or \
                    (head_low in CASED_HEADS and not head_text[:1].isupper() and
                     not self._district_named(d, s, e)):
                continue  # one-word heads only in their listed spellings ("Bộ", "bộ"; not "BỘ"); "ngành điện lực"
            if kind in ("venue", "not_unit"):
                continue  # "Trung tâm Hội nghị tỉnh": a site, not a unit; "vụ Đông Xuân": a season
            if head_low == AFFAIR and e < len(d) and (FOREIGN_WORD(d.words[e]) or (
                    self._affair_cased(d, s) and (self._person_like(d, e) or not self._department_named(d, e)))):
                continue  # "vụ Morata", "vụ Minh Béo": an affair named by a person (no department is named so); "vụ
                # TNGT", "vụ Đồng Tâm": a case named by its kind or its place
            if head_low in STANDING_BOARDS and not self._standing_board(d, s, e):
                continue  # "Phó Bí thư Thường trực Tỉnh ủy", "Phó Thủ tướng Thường trực": a title's part
            plant = kind == "plant"
            kind = "company" if plant else kind
            if plant:
                e += self._plant_product(d, e, head_opens)  # "Nhà máy điện Hàm Rồng", "nhà máy giấy Bãi Bằng",
                # "Nhà máy điện mặt trời X": the product, then the name
            if LOWERED[d.words[s]] in self.department_fields and self._joined_field(d, s, self.department_fields):
                continue  # "Tổ chức cán bộ Sở Y tế …": a department's field written without its head, no "Tổ chức …"
            if head_low in VERB_HEADS and not (
                    head_text[:1].isupper() and head_text[1:].islower() and e < len(d) and is_cap(d.words[e]) and
                    d.words[e] not in EVENT_FIRST and not (s > 0 and (is_cap(d.words[s - 1]) or
                                                                      d.words[s - 1].lower() in SUB_UNIT_WORDS))):
                continue  # "Tổ chức Lễ kỷ niệm …", "TỔ CHỨC THỰC HIỆN", "tổ chức Festival": the verb; "Luật Tổ chức
                # Chính phủ", "Ban Tổ chức …", "phòng Tổ chức cán bộ": another body's name
            head = span_text(d, s, e).lower() if plant else head_low  # (a plant's head with its product)
            # (the compounds of not_heads.txt around the head, read from the tables by the head: "X head", "head Y")
            after, before = self.not_heads_after.get(head, ()), self.not_heads_before.get(head, ())
            if ((LOWERED[d.words[s - 1]] in after if s > 0 else head in self.lex.not_heads) and
                (d.words[s][:1].islower() or is_cap(d.words[s - 1]))) or \
                    (LOWERED[d.words[e]] in before if e < len(d) else head in self.lex.not_heads):
                continue  # "cán | bộ", "bộ | đội": a common compound (but "cán bộ Đội Cảnh sát …" is no "bộ đội")
            if s > 1 and after and lower_span(d, s - 2, s) in after:
                continue  # "Anh hùng Lực lượng vũ trang nhân dân …": a title that holds a head, after two words
            if self._closes_word_before(d, s, e):
                continue  # "Đa | khoa Trung ương …", "bưu | cục X", "võ | sư Đoàn …": the end of a word
            if head == "trường" and e < len(d) and not is_cap(d.words[e]):
                j = self._school_type_end(d, e)
                if j > e and j < len(d) and is_cap(d.words[j]):
                    e = j  # "trường trung cấp Xiếc …", "trường dân tộc nội trú Yên Minh": the school's type is the head
            team = head.startswith(TEAM_HEAD)
            if team and e + 1 < len(d) and d.words[e] in TEAM_DIVISIONS and self._place_at(d, e + 1):
                e += 1  # "đội tuyển bóng chuyền nam Việt Nam": the men's team, its division part of the head
            if d.words[s][:1].islower() and kind == "party" and not needs_name and self._after_title(d, s) and \
                    (e >= len(d) or not is_cap(d.words[e])):
                end = self._extend(d, s, e, kind, needs_name, True) or e  # "Bí thư tỉnh ủy tỉnh Thái Nguyên"
                cands.append((s, end, kind))  # "Phó Bí thư Thường trực tỉnh ủy,": the province's committee
                head_end[(s, end)] = e
                inside.update(range(s + 1, end))
                continue
            if head in COMMUNE_NAMED_HEADS and d.words[s][:1].islower() and not self._commune_named(d, e):
                continue  # "kiểm tra tại trạm y tế | Dũng vẫn …": in lower case only with its commune
            if d.words[s][:1].islower() and sum(1 for w in d.words[s + 1:e] if is_cap(w)) < 2:
                # a lower-case head ("bộ VH, TT & DL", "trường THPT …") needs a capitalised word next
                # (not one with a name of its own: "Trưởng đoàn Đại biểu Quốc hội tỉnh …")
                if e >= len(d) or not (is_cap(d.words[e]) or d.words[e].isupper() or self._code_of_sub_unit(d, e) or
                                       (kind == "police" and self._district_after_level(d, e + 1)) or
                                       self._district_named(d, s, e) or
                                       (head in COMMUNE_NAMED_HEADS) or
                                       (kind == "cluster" and self._named_by_region(d, e)) or
                                       (kind == "army" and self._army_code_end(d, e))):
                    continue  # (but "công an huyện Chợ Lách": the police of a district or province; "trung đoàn
                    # không quân 910": an army unit by its arm and number; "cụm thi đua các tỉnh Tây Nguyên")
            end = self._extend(d, s, e, kind, needs_name, True)
            if kind == "company":
                end = self._company_name(d, e, end)
            if end is None or end <= s:
                continue
            if plant and not (self._after_title(d, s) or self._after_work_unit(d, s) or
                              self._plant_recipient(d, s, e, end)):
                continue  # "công trình như: Nhà máy Xi măng Hoàng Mai, …": a site, not a body (but "Giám đốc Nhà
                # máy X", "quản đốc phân xưởng, Nhà máy X": the workplace of a title's holder is a body)
            if end > e and d.words[end - 1] in self.generic_heads and end < len(d) and d.words[end] in LEVELS:
                L = next((L for L in (2, 1) if end + L <= len(d) and
                          tuple(w.lower() for w in d.words[end:end + L]) in BARE_LEVELS), 0)
                if not L or (end + L < len(d) and is_cap(d.words[end + L])):
                    continue  # "Văn phòng UBND xã Mỹ | …": not a bare level
                end += L  # "Chánh Văn phòng UBND tỉnh,": the office of the province's body, its place completed later
            if head_low in VERB_HEADS and end - e == 1 and d.words[e].lower() in STOP:
                continue  # "Tổ chức Các | nước …": a name cut at a function word
            if LOWERED[d.words[s]] in ONE_SYLLABLE_NAME_HEADS and e - s == 1 and end - e == 1 and d.words[e].isalpha() \
                    and not d.words[e].isupper():
                continue  # "Trường Chinh", "Trường Sơn": a person or place, not a school
            text = span_text(d, s, end)
            if head in PLACE_NAMED_HEADS and not any(span_text(d, a, b) in self.lex.places or
                                                     span_text(d, a, b).lower() == "quốc gia"
                                                     for a in range(e, end) for b in range(a + 1, min(end, a + 4) + 1)):
                continue  # "đội tuyển Olympic khu vực": a kind of team; a team is named by its country or place
            if head in FOREIGN_NAMED_HEADS and not self._foreign_place_in(d, e, end):
                continue
            if head == MINISTRY_HEAD and d.words[s][:1].islower() and not self._ministry_named(d, e, end):
                continue  # "một bộ Mi xơ Audio", "bộ Trang phục dân tộc X", "bộ Quốc sử": a set, not a ministry
            if text in self.lex.places or (end - s >= 2 and span_text(d, s, s + 2) in self.lex.places):
                continue
            if self._centre_of_place(d, s, e, end):
                continue  # "ở trung tâm TP Phan Thiết", "trung tâm Barcelona": the middle of a place, no body
            if kind == "press" and end > e and self._foreign_state(span_text(d, e, end)):
                continue  # "Báo Nga:", "Tạp chí Đức kêu gọi …": a country's press, no paper
            if s > 0 and LOWERED[d.words[s - 1]] in ("các", "những", "mỗi") and "tại" not in d.words[e:end] and \
                    not any(span_text(d, a, end) in self.lex.places for a in range(max(e, end - 4), end)):
                # (but "các Tỉnh đoàn Đồng Nai, Đồng Tháp", "các Ủy ban TW MTTQ Việt Nam": ending on a place)
                continue  # "các VKSND cấp cao", "những Sở", "các Hội Luật gia trong cụm", "các Sở Y tế": a kind
                # of body, not a named unit
            if d.words[s][:1].islower() and (needs_name or (s > 0 and is_cap(d.words[s - 1]))) and not plant and \
                    not team and span_text(d, e, end) in self.lex.places and \
                    not (kind == "police" and not is_cap(d.words[s - 1]) and span_text(d, e, end) in self.province_level):
                # ("công an Quảng Bình": the press writes a province's police in lower case)
                continue  # "vụ Đà Nẵng" inside "Sở Nội vụ Đà Nẵng", "đoàn Việt Nam" (but "thành ủy Hà Nội")
            # ("opens": a unit starts right after the head; "khoa | Báo chí Học viện …": "báo chí" names no paper)
            if d.words[s][:1].islower() and not any(is_cap(w) for w in d.words[s + 1:e]) and \
                    ((opens := self._starts_unit(d, e) and not self._common_compound(d, e)) or (
                    e < len(d) and self._starts_title(d, e) and kind not in MEMBERS_NAMED_KINDS)) \
                    and span_text(d, s, min(len(d), e + 2)).lower() not in self.named_lower \
                    and not (head == "trường" and self._school_at(d, e)) \
                    and not (kind == "army" and self._army_code_end(d, e) == end):  # ("trung đoàn không quân 910")
                if head not in BRANCH_HEADS_LOWER or (s > 0 and (is_cap(d.words[s - 1]) or
                                                                 d.words[s - 1] == OFFICE_CHIEF)) or not opens or \
                        (head in PREMISES_HEADS and s > 0 and d.words[s - 1].lower() in PREMISES_BEFORE):
                    continue  # "đoàn | Bộ Công an": a common noun before a body ("Chi đoàn thanh niên | Đội X": inside
                    # a longer head); "chánh văn phòng | Sở X": the post, not the office; "tại văn phòng | Sở X":
                    # the body's premises
                branches.add(s)  # "đoàn thanh niên | Bộ Công an": the body's branch (BRANCH_HEADS_LOWER)
            if end < len(d) - 1 and d.words[end - 1] in LEVELS and d.words[end] in (",", "và", "/") and \
                    d.words[end + 1] in LEVELS | {"thị", "thành"} and not needs_name:
                continue  # "UBND huyện, thị xã, thành phố": levels listed, a kind of body
            if self._level_only(d, end):
                continue  # "VKSND cấp tỉnh, cấp huyện", "Hội Luật gia cấp tỉnh": a level, not a named unit
            if head == "trường" and span_text(d, e, end) in self.lex.unit_heads:
                continue  # "trường Đại học." alone: a kind of school, not a named one
            if d.words[s][:1].islower() and s in inside:
                continue  # "vụ" inside "Sở Nội vụ Đà Nẵng"
            # a surname head followed only by capitalised words is a person ("Đoàn Anh Tuấn")
            if d.words[s] in self.lex.surnames and all(is_cap(t) for t in d[s:end]) and 2 <= end - s <= 4:
                continue
            for L in range((end - s) // 2, e - s - 1, -1):
                if L and d.words[s:s + L] == d.words[s + L:s + 2 * L]:
                    s, e = s + L, min(e + L, end)  # "Bệnh viện Quân y 354 Bệnh viện Quân y 354": a caption run
                    break  # into the text, or a header repeated ("Hội đồng Hội đồng Thi đua …"): written once
            cands.append((s, end, kind))
            head_end[(s, end)] = e
            inside.update(range(s + 1, end))
        cands = self._chief_office(d, self._office_of_listed(cands, listed, head_end), head_end)
        cands = self._branch_of_parent(d, cands, head_end, branches)
        out = [Ent("unit", s, e, span_text(d, s, e), {"kind": kind, "head_end": head_end.get((s, e), s + 1),
                                                      "listed": (s, e) in listed})
               for s, e, kind in self._merge(cands)]
        # "Trường Đại học Y dược Huế", "trường Cao đẳng …": the school, not also "Đại học Y dược Huế" inside it
        schools = {(u.start, u.end) for u in out if LOWERED[d.words[u.start]] == "trường"}
        out = [u for u in out if (u.start - 1, u.end) not in schools or d.words[u.start].lower() == "trường"]
        whole, parts = self._with_parent(d, out)
        dropped = {id(u) for u in parts}
        out = [u for u in out if id(u) not in dropped] + whole
        out = self._drop_inner_parents(d, out)
        out.extend(self._distributed(d, head_spans))
        out.extend(self._minister_fields(d, out))
        out.extend(self._coordinated(d, out))
        self._shared_state(d, out)
        shared, shared_from = self._shared_place(d, out, place_spans)
        if shared:
            out = [u for u in out if id(u) not in shared_from] + shared
        spread, spread_from = self._over_places(d, out)
        if spread:
            out = [u for u in out if id(u) not in spread_from] + spread
        out.extend(self._aliases(d, out))
        councils = self._award_councils(d, out)
        if councils:  # (a council's name replaces a unit read from its head: its owner, inside it, stays a unit)
            opened = {c.start for c in councils}
            out = [u for u in out if u.start not in opened] + councils
        # "Ban Tổ chức", "Ban Quản lý" left with nothing after them (no parent joined): an event's or a project's board
        out = [u for u in out if u.text.lower() not in self.generic_boards]
        # "nhóm máu A", "Nhóm 1: Real Madrid, …": a category named by a label, not a body
        out = [u for u in out if not self._category(d, u)]
        # "Ảnh: báo Tin Tức", "Nguồn: Báo Hòa Bình": a newspaper crediting a photo or a story, not a mention
        out = [u for u in out if u.info.get("kind") != "press" or not self._in_credit(d, u.start, u.end)]
        for u in out:
            last = d.words[u.end - 1]
            if u.end - u.start >= 3 and last in ("Tỉnh", "Huyện") and u.text.endswith(" " + last) and \
                    (u.end >= len(d) or not is_cap(d.words[u.end])):
                u.text = u.text[:-len(last)] + last.lower()  # "Đảng bộ Tỉnh": the generic level, completed later
            if u.info.get("kind") == "party" and u.text[:1].islower():
                u.text = u.text[:1].upper() + u.text[1:]  # "Bí thư tỉnh ủy" → "Tỉnh ủy", completed with its place
            if "(" in u.text:
                u.text = self._without_own_acronym(d, u)
        out = self._without_inner_acronyms(d, out)
        for u in out:
            if self._representative(d, u.start) and "tại" in d.words[u.start:u.end]:
                u.start -= 4  # "cơ quan đại diện Bộ Giáo dục và Đào tạo tại TP HCM": the office, named whole
                u.text = span_text(d, u.start, u.start + 4) + " " + u.text
        for u in out:
            if u.text.startswith("đội ") and self._club_after_team_word(d, u):
                u.start += 1  # "đội Real", "đội U15 Sporting": the common noun before a club's own name
                u.text = u.text[len("đội "):]
        self._bare_addressed(d, out)
        out = self._parents_named(d, out)
        self._unify_variants(out, doc)
        st["unit"] = sorted(out, key=lambda x: (x.start, -x.end))
        set_spans(doc, "unit", st["unit"], "UNIT")
        return doc

    def _street_or_community(self, d, s) -> bool:
        """The word before token s names a street ("đường", "phố"; ``persons.STREET_WORDS``) or a residential
        community (``sub_commune_levels.txt``: "làng", "xóm"), not closing a dictionary word with the one before it
        ("chăm sóc"): the capitalised words from s are that street's or community's name, even where they open
        like a unit ("đường Đội Cấn", "làng Ban Mai"; bulk news, session 46)."""
        prev = d.words[s - 1]
        if prev in STREET_WORDS:
            return True
        return prev in COMMUNITY_LEVELS and not (s > 1 and f"{LOWERED[d.words[s - 2]]} {prev}" in self.words)

    @staticmethod
    def _affair_cased(d, s) -> bool:
        """The "vụ" at token s is written as a common noun: in lower case, or capitalised only for opening a sentence
        or the text ("…; Vụ X, …"), where a department's capital says nothing."""
        w = d.words[s]
        return w == AFFAIR or (w == AFFAIR.capitalize() and (s == 0 or d.words[s - 1] in SENTENCE_ENDS or
                                                            not d.words[s - 1].strip()))

    def _department_named(self, d, e) -> bool:
        """Token e opens the name of a department written after a "vụ" cased as a common noun (:meth:`_affair_cased`):
        its number or code ("vụ 1A", "vụ 4"), or its field in sentence case, a two-syllable dictionary word
        capitalised on its first syllable only ("vụ Thi đua khen thưởng", "vụ Pháp chế"; the fields of the Vụ of a
        ministry, Nghị định 123/2016/NĐ-CP Điều 8).  Else the "vụ" is a case or an affair, named by an acronym ("vụ
        TNGT"), a place ("vụ Đồng Tâm") or a person ("vụ Trang Trần"): observed in bulk news, session 34 (ten such
        "vụ" read as departments in 1,200 stories; the six lower-case departments of the sets and the bulk are all of
        the forms above)."""
        w = d.words
        if w[e][:1].isdigit():
            return True
        return e + 1 < len(d) and is_cap(w[e]) and not w[e].isupper() and w[e + 1][:1].islower() and \
            (w[e] + " " + w[e + 1]).lower() in self.words

    @staticmethod
    def _classifier_then_place(d, s, place_ends) -> bool:
        """A classifier of ``CLASSIFIER_WORDS`` opens at token s, then a place (``place_ends``: start -> end of the
        places found) and no capitalised word after it ("Đội bóng Anh | pressing …", "Hãng xe Nhật | vừa …"; not
        "Hãng xe Nhật Subaru", "Hãng thông tấn Yonhap")."""
        w = d.words
        c = _opening(list(map(LOWERED.__getitem__, w[s:s + CLASSIFIER_MAX])), CLASSIFIER_WORDS)
        b = place_ends.get(s + len(c)) if c else None
        return b is not None and (b >= len(w) or not is_cap(w[b]))

    def _district_named(self, d, s, e) -> bool:
        """The head [s, e) is one of ``LEVEL_NAMED_CASED`` named by the district or city after it ("điện lực quận Sơn
        Trà"), not the trade ("ngành điện lực huyện X": a word of ``TRADE_WORDS`` before it)."""
        return span_text(d, s, e).lower() in LEVEL_NAMED_CASED and \
            not (s > 0 and d.words[s - 1].lower() in TRADE_WORDS) and self._level_place_at(d, e)

    def _level_place_at(self, d, i) -> bool:
        """Token i opens a district's or city's level word (``DISTRICT_LEVEL_WORDS``) and its name ("quận Sơn Trà",
        "thị xã Sơn Tây", "TP Móng Cái", "thành phố Việt Trì")."""
        w, n = d.words, len(d)
        j = next((i + L for L in (2, 1) if " ".join(w[i:i + L]).lower().rstrip(".") in DISTRICT_LEVEL_WORDS), None)
        if j is not None and j < n and w[j] == ".":
            j += 1  # ("TP. Móng Cái")
        if j is None or j >= n or not is_cap(w[j]):
            return False
        return self._place_at(d, j) or any(span_text(d, j, j + L) == name for name, L in self.district_starts.get(w[j], ()))

    def _ministry_named(self, d, e, end) -> bool:
        """The name [e, end) after a lower-case "bộ" names a ministry: it opens with an abbreviation ("bộ VH, TT &
        DL", "bộ LĐ-TB&XH") or with the first two words of a ministry's field (``MINISTRY_OPENINGS``: "bộ Công
        Thương", "bộ Tài nguyên và …"), or a foreign state closes it ("bộ An ninh nội địa Mỹ"); else "bộ" is a set
        of things ("một bộ Mi xơ Audio", "bộ Trang phục dân tộc Khổng tước", "bộ Quốc sử")."""
        first = d.words[e]
        if not first.isalpha() or first.isupper():
            return True
        opening = " ".join(w.lower().strip(",") for w in d.words[e:e + 2])
        return opening in MINISTRY_OPENINGS or self._foreign_place_in(d, e, min(len(d), end + 4))

    def _foreign_place_in(self, d, a, end) -> bool:
        """Tokens [a, end) hold a foreign place of ``places.txt`` and no place of Viet Nam: no level word ("huyện"),
        no province or city of ``province_levels`` and not "Việt Nam" ("biên phòng | Triều Tiên", not "chuyên gia
        | Việt Nam")."""
        if any(w in LEVELS for w in d.words[a:end]) or span_text(d, a, end) in self.lex.places:
            return False  # (nor a bare state: "Lực lượng Mỹ" is the US forces spoken of)
        spans = [span_text(d, x, y) for x in range(a, end) for y in range(x + 1, min(end, x + 4) + 1)]
        places = [p for p in spans if p in self.lex.places]
        return bool(places) and not any(self._home_place(p) for p in places)

    def _foreign_state(self, text: str) -> bool:
        """``text`` is a place of ``places.txt`` outside Viet Nam, whole (:meth:`_home_place`: a province's paper is
        named by it, "Báo Nghệ An").  A newspaper's head followed by such a place alone is the press of that country
        (observed in bulk news, session 34: "Báo Mỹ", "Báo Nga", "Báo New Zealand", "Tạp chí Đức" in 1,200
        stories)."""
        return text in self.lex.places and not self._home_place(text)

    def _home_place(self, place: str) -> bool:
        """A place of ``places.txt`` read as Viet Nam's by the foreign-place tests (:meth:`_foreign_place_in`,
        :meth:`_foreign_state`): "Việt Nam", a province or city of ``province_levels``, or a name opening with a city
        mark (``CITY_ABBREVIATIONS``: "TP Hồ Chí Minh").  (``lexicon.foreign_states`` also leaves out districts and
        home regions; these two tests keep their narrower reading.)"""
        return place == "Việt Nam" or place in self.province_level or place.split()[0] in CITY_ABBREVIATIONS

    @staticmethod
    def _opens_unit(d, i, head_opens) -> bool:
        """Whether token ``i`` opens a unit's head (``head_opens``: start -> end of the heads not opening a place) that
        names the owner after a plant's product ("Nhà máy nước | Bộ Quốc phòng"), not a name opening with a head that
        is a given name too ("Nhà máy sữa | Trường Thọ": person_head_given.txt)."""
        end = head_opens.get(i)
        return end is not None and not (end == i + 1 and d.words[i] in HEAD_GIVEN)

    def _plant_product(self, d, e, head_opens) -> int:
        """The number of words of a product of ``plant_fields.txt`` (the longest) that follows a plant's head
        ending at ``e`` and is followed by a capitalised name ("Nhà máy | điện | Hàm Rồng", "Nhà máy | điện gió |
        Bạc Liêu"); 0 when none does, or when a unit's head follows the product (it opens the plant's owner,
        not a name: "Nhà máy nước | Bộ Quốc phòng")."""
        words = d.words
        for L in range(min(self.plant_field_max, len(words) - e - 1), 0, -1):
            if tuple(words[e:e + L]) in self.plant_fields and is_cap(words[e + L]) and \
                    not self._opens_unit(d, e + L, head_opens):
                return L
        return 0

    def _plant_subject(self, d, s, end) -> bool:
        """Whether the plant ``s``..``end`` opens its clause (first in its sentence or after a comma) and a word of
        ``plant_recipient_cues.tsv`` (side "after") follows later in that clause (up to PLANT_CLAUSE words, no comma
        between), then a word of an award: the plant is the subject of "được … tặng" with its owner or a clause
        between ("Nhà máy X của Công ty Y vượt 10% kế hoạch và được … tặng Cờ thi đua"; h4 gold: "nhà máy Hà Nam
        của công ty FrieslandCampina vinh dự đón nhận Huân chương …")."""
        if s > 0 and d.words[s - 1] not in PLANT_CLAUSE_BREAKS:
            return False
        words, n = d.words, len(d)
        stop = next((j for j in range(end, min(n, end + PLANT_CLAUSE)) if words[j] in PLANT_CLAUSE_BREAKS),
                    min(n, end + PLANT_CLAUSE))
        cue = next((j for j in range(end, stop) if words[j].lower() in self.plant_cues["after"]), None)
        if cue is None:
            return False
        rest = " " + " ".join(words[cue + 1:stop]).lower() + " "
        return any(f" {w} " in rest for w in self.plant_cues["award"])

    def _plant_recipient(self, d, s, e, end) -> bool:
        """Whether the plant ``s``..``end`` (head ending at ``e``) is named by a capitalised name of its own (after
        its field or not: "Nhà máy Thủy điện X", "Nhà máy thủy điện X") and stands
        beside a word of ``plant_recipient_cues.tsv`` in a sentence (up to PLANT_REACH words either side) naming an
        award: "trao Huân chương … cho Nhà máy Thủy điện X", "Nhà máy
        Thủy điện X được tặng …" (the plant given an award is a body), not "công trình như: Nhà máy Xi măng X, …"."""
        if not (any(is_cap(w) for w in d.words[e:end]) and (
                (s > 0 and d.words[s - 1].lower() in self.plant_cues["before"]) or
                (end < len(d) and d.words[end].lower() in self.plant_cues["after"]) or
                self._plant_subject(d, s, end))):
            return False
        a = next((i + 1 for i in range(s - 1, max(-1, s - PLANT_REACH), -1) if d.words[i] in SENTENCE_ENDS),
                 max(0, s - PLANT_REACH))
        b = next((i for i in range(end, min(len(d), end + PLANT_REACH)) if d.words[i] in SENTENCE_ENDS),
                 min(len(d), end + PLANT_REACH))
        sentence = " " + " ".join(d.words[a:b]).lower() + " "
        return any(f" {w} " in sentence for w in self.plant_cues["award"])

    @staticmethod
    def _office_of_listed(cands, listed, head_end):
        """A head whose name is cut inside a listed body that starts right after the head ("Văn phòng | Ban chỉ
        đạo Tây Nam Bộ" read "Văn phòng Ban"): the head with that body is one unit (the office of the body;
        GUIDELINES.md: a sub-unit written with its parent is one unit).  Returns the candidates."""
        starts = {}
        for s, e in listed:
            starts[s] = max(starts.get(s, s), e)
        out = []
        for s, e, kind in cands:
            h = head_end.get((s, e))
            le = starts.get(h) if h is not None else None
            if le is not None and h < e < le:
                head_end[(s, le)] = h
                e = le
            out.append((s, e, kind))
        return out

    @staticmethod
    def _branch_of_parent(d, cands, head_end, branches):
        """A branch's head (``BRANCH_HEADS_LOWER``, in any letter case) whose name is cut inside the body that starts
        right after the head ("công đoàn | Ban Chính sách pháp luật LĐLĐ thành phố" read "công đoàn Ban Chính sách"):
        the branch of that body, written whole with it (its end is the body's).  A head in lower case right before a
        body's first word (``branches``: their starts) with no body recognised there names no branch ("công đoàn |
        Tổng công ty": a kind).  Returns the candidates."""
        heads = [(s, e, h) for s, e, _ in cands for h in [head_end.get((s, e))]
                 if h is not None and lower_span(d, s, h) in BRANCH_HEADS_LOWER]
        if not heads:
            return cands  # (the common case)
        ends: dict[int, int] = {}
        for s, e, _ in cands:
            ends[s] = max(ends.get(s, s), e)
        grown = {(s, e): ends[h] for s, e, h in heads if h in ends and h < e < ends[h]}
        orphans = {(s, e) for s, e, h in heads if s in branches and h not in ends}
        if not grown and not orphans:
            return cands
        out = []
        for s, e, kind in cands:
            if (s, e) in orphans:
                continue
            if (s, e) in grown:
                head_end[(s, grown[(s, e)])] = head_end[(s, e)]
                e = grown[(s, e)]
            out.append((s, e, kind))
        return out

    @staticmethod
    def _merge(cands):
        """Candidates (start, end, kind) without duplicates, shorter spans at a taken start, and spans
        crossing the end of an earlier one.  Linear apart from sorting: kept spans are indexed by start and
        the ends of spans that start before the current one are kept sorted."""
        cands = sorted(cands, key=lambda c: (c[0], -(c[1] - c[0])))
        kept = []
        longest_at: dict[int, int] = {}  # start -> end of the longest kept span there
        ends_before: list[int] = []      # sorted ends of kept spans starting before the current start
        pending: list[int] = []          # ends of kept spans at the current start
        cur = None
        for s, e, kind in cands:
            if s != cur:
                for x in pending:
                    bisect.insort(ends_before, x)
                pending, cur = [], s
            if longest_at.get(s, -1) >= e:
                continue  # the same span again, or a shorter one at a taken start
            k = bisect.bisect_right(ends_before, s)
            if k < len(ends_before) and ends_before[k] < e:
                continue  # crosses the end of an earlier span: o.start < s < o.end < e
            kept.append((s, e, kind))
            longest_at[s] = max(longest_at.get(s, -1), e)
            pending.append(e)
        return kept


@Language.factory("sovang_units")
def make_units(nlp, name):
    """Factory of :class:`UnitRecognizer`."""
    return UnitRecognizer(nlp)
