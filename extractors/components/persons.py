"""``sovang_persons``: person names.

A name is (a) a capitalised run of 2–5 syllables starting with a surname of
``surnames.txt``, or (b) a capitalised run of 1–4 syllables right after an
honorific, rank, honorary title or role of ``honorifics.tsv`` / a position of
``positions.txt`` ("NSƯT Công Lý", "Thượng tá Lê Chí Phước"), or (c) an item of a
comma list in which another item is a name ("Thoại Miêu, Thanh Nam, Trần Hạnh"), or (d) a name of (b) or (c)
without a surname written again alone ("Hoa hậu Xuân Thuỷ …", then "Xuân Thuỷ đã …": ``named_again.py``).
Places (``places.txt``) and spans already taken by units or awards are not names.
Honorifics are never part of the name.
"""
from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher
from itertools import compress, islice, repeat
from operator import contains

from spacy.language import Language

from ..foreign import designators, is_common_noun, is_foreign_word, organisation_words, product_makers, work_words
from ..gazetteer import competitions, dictionary_syllables, dictionary_words, district_names, field_at, section, table, \
    triggers, word_list
from ..sports import lettered_names, sports_stars, sports_story, sports_team_set
from .named_again import named_again
from .unit_holders import CHAMBER_FIRSTS, chamber_at, chamber_before
from .foreign_single import LIST_GOES_ON, MAX_ITEMS, bare_collective, coordinated_items, enumeration_len, noun_cued, \
    play_cued
from .conferral_words import COUNT_WORDS as NUMERALS, PLURALS
from .base import LOWERED, Ent, WordTest, indices, is_cap, lexicon, opens_unit_head, phrase_matcher, set_spans, \
    span_text, state, title_case, toks, token_set, whole_writings

NOT_NAME = {"Chủ", "Phó", "Tổng", "Bí", "Giám", "Bộ", "Sở", "Thủ", "Tại", "Theo", "Trong", "Hội", "Ban", "Huân",
            "Bằng", "Cờ", "Giấy", "Chiến", "Lao", "Sau", "Với", "Đây", "Đó", "Khi", "Các", "Những", "Năm", "Ngày",
            "Tháng", "Quyết", "Nghị", "Thông", "Luật", "Đảng", "Nhà", "Nước", "Tỉnh", "UBND", "HĐND", "VKSND",
            "TAND", "Phong", "Cuộc", "Lễ", "Giải", "Kỷ", "Cục", "Vụ", "Viện", "Trưởng", "Cụm", "Tập", "Đơn", "Phủ",
            "Ảnh", "Nguồn", "PV", "Quận", "Huyện", "Xã", "Phường", "Tòa", "Trường", "Bệnh", "Đội", "Lực", "Ông",
            "Bà", "Thành", "Ủy", "Công", "Chính", "Trung", "Ương", "Quốc", "Việt", "Đoàn", "Thượng", "Thiếu",
            "Đại", "Anh", "Chị", "Em", "Cô", "Thầy", "Cụ", "Tp", "TP", "Hà"}
MAX_LEN = 4
#: the Youth Union (Đoàn TNCS Hồ Chí Minh) written by its first word, which is also a surname
UNION = "Đoàn"
#: words before "Đoàn" that make it the Youth Union of a level, no surname (Điều lệ Đoàn TNCS Hồ Chí Minh: Trung
#: ương Đoàn, Tỉnh đoàn, Thành đoàn, Huyện đoàn, Quận đoàn): "Bí thư thứ nhất T.Ư Đoàn Lê Quốc Phong" ("Ư" closes
#: "T.Ư", read as "T", ".", "Ư"), "Ban Thường vụ Tỉnh Đoàn Quảng Trị"
UNION_LEVELS = {"Ư", "TƯ", "TW", "ương", "Ương", "Tỉnh", "tỉnh", "Thành", "thành", "Huyện", "huyện", "Quận", "quận"}
#: what may follow the province of a deputy's delegation in brackets (:meth:`PersonRecognizer._delegation`)
DELEGATION_CLOSERS = frozenset({")", "-", "–", ","})
#: word -> whether its first character is upper-case (w[:1].isupper()), for scans over all the words of a document
_UPPER_FIRST = WordTest(lambda w: w[:1].isupper())
#: function words that open a clause, never a name syllable ("Nguyễn Văn A Cùng dự": a lost sentence break)
CLAUSE_OPENERS = frozenset(w.capitalize() for w in word_list("clause_openers.txt") if " " not in w)
#: syllables that open sentences and never end a person's name (``sentence_openers.txt``, counted in the bulk news):
#: one right after a name and before a lower-case word opens the next sentence, its full stop lost ("TS Nguyễn Thị
#: An | Tôi muốn hỏi …", "bà Lan | Lúc này, …": a caption or a sub-heading flattened into the paragraph)
SENTENCE_OPENERS = frozenset(word_list("sentence_openers.txt"))
#: the same words as written inside a sentence: after a spaced dash one opens the clause that goes on after a name
#: ("Bảo Quốc – trong vai …", "Lê An - theo lời …"), never a romanised syllable of the name ("Jong - sim")
CLAUSE_WORDS = frozenset(w.lower() for w in CLAUSE_OPENERS)
#: the short names of countries that are also surnames ("Hàn": ``country_short_names.tsv``, of one word), and the
#: words that make one a nationality ("gốc Hàn David Chang", "người Hàn …": the country, then the name)
SHORT_COUNTRIES = frozenset(row[0] for row in table("country_short_names.tsv") if " " not in row[0])
NATIONALITY_WORDS = {"người", "gốc"}
#: the words counting a plural before a title or an occupation ("2 tuyển thủ", "ba tiền đạo", "những ngôi sao"), and
#: the words that then open the list of their names ("… là A và B", "… gồm A, B"): _counted_lists
COUNT_WORDS = frozenset(NUMERALS) | PLURALS  # the numerals two to ten of conferral_words, and the plural markers
COUNTED_LIST_OPENERS = {"là", "gồm"}
#: lower-case words qualifying an occupation between it and the name it cues ("diễn viên hài", "hậu vệ trái",
#: "tiền đạo trẻ": ``role_qualifiers.txt``), and the most words one holds
ROLE_QUALIFIERS = frozenset(word_list("role_qualifiers.txt"))
QUALIFIER_WORDS = max(len(q.split()) for q in ROLE_QUALIFIERS)


def counted(word: str) -> bool:
    """``word`` counts what follows it or marks it plural: a number in digits, a numeral two to ten or a plural marker
    of ``COUNT_WORDS`` in any letter case ("2", "hai", "các", "những": "hai cầu thủ", "ba tiền đạo")."""
    return word.isdigit() or word.lower() in COUNT_WORDS

#: two-word connectives opening a sentence ("tuy nhiên", "ngoài ra"): a name glued to one ends before it
CONNECTIVES = frozenset(section("clause_openers.txt", "# Connectives of two words"))


def connective(word: str, nxt: str) -> bool:
    """``word`` and the word after it, ``nxt``, make a connective of :data:`CONNECTIVES` ("Tuy | nhiên", "Trước |
    khi"), ``word`` in any case: a lost sentence break before it ends a name (persons, championships' names)."""
    return f"{LOWERED[word]} {nxt}" in CONNECTIVES
#: the levels of residential communities below the commune (``sub_commune_levels.txt``, Thông tư 04/2012/TT-BNV):
#: a title ending with one ("trưởng thôn") is followed by the community's name, not its holder's
COMMUNITY_LEVELS = frozenset(word_list("sub_commune_levels.txt"))
#: the longest of them, in words ("tổ dân phố")
COMMUNITY_WORDS = max(len(w.split()) for w in COMMUNITY_LEVELS)
#: the fewest syllables of a holder's full name written right after such a title ("Trưởng thôn Nguyễn Văn An"; a
#: community's name is mostly of two: "thôn Trung Lương", "thôn Lê Lợi")
COMMUNITY_HOLDER = 3
#: the last word of each level of ``COMMUNITY_LEVELS`` ("thôn", "phố" of "tổ dân phố")
COMMUNITY_LAST_WORDS = frozenset(v.rsplit(" ", 1)[-1] for v in COMMUNITY_LEVELS)
#: word -> True when, lower-cased, it ends as a level of ``COMMUNITY_LEVELS`` does: the words before a token can end
#: with a level only after such a word (one look-up instead of joining the words before it for each level's length)
_ENDS_COMMUNITY_LEVEL = WordTest(lambda word: word.lower().rsplit(" ", 1)[-1] in COMMUNITY_LAST_WORDS)


def after_community_level(words, i) -> bool:
    """The words before token ``i`` end with a level of a community below the commune (``COMMUNITY_LEVELS``:
    "thôn", "tổ dân phố"), so a capitalised word at ``i`` opens the community's name."""
    if i <= 0 or not _ENDS_COMMUNITY_LEVEL[words[i - 1]]:
        return False
    return any(i >= L and " ".join(words[i - L:i]).lower() in COMMUNITY_LEVELS for L in range(1, COMMUNITY_WORDS + 1))


#: Vietnamese vowels: every syllable has one; a capitalised letter group without one is an initial ("Nh.", "C.")
VOWELS = frozenset("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


#: one-letter given names: "Ý" ("thủ môn Hồ Văn Ý", "Lê Minh Ý"; newcomer and a pool of 300 bulk articles, session
#: 44); other toned vowels alone close no name there ("Lý Châu | Á", "Quách Thị Lan | Ở …": a place, a lost stop)
ONE_LETTER_GIVEN = frozenset({"Ý"})


def is_initial(word: str, nxt: str) -> bool:
    """``word`` followed by ``nxt`` is a name cut to its initial ("Lê Chí C.", "Nguyễn Thị Tuyết Nh."):
    one to three capitalised letters without a vowel, then a full stop."""
    if word.endswith("."):
        word = word[:-1]
    elif nxt != ".":
        return False
    return 0 < len(word) <= 3 and word[:1].isupper() and word.isalpha() and \
        not any(c in VOWELS for c in word.lower())
#: the fewest names of a team's line-up (eleven players, a substitute each in brackets: persons._lineup)
LINEUP_MIN = 9
#: the longest team's name before a line-up's colon, in tokens ("Đội hình U23 Việt Nam" is a heading, not a team)
LINEUP_HEAD = 4
#: lower-case particles inside foreign names ("al", "bin", "de", "van")
PARTICLES = {"al", "bin", "de", "van", "von", "da", "di", "le", "el", "ibn", "den", "der", "du", "dos", "del"}
#: words before a capitalised run that make it a place, street or site, not a person ("huyện Thạch Thất")
PLACE_BEFORE = {"tỉnh", "huyện", "xã", "quận", "phường", "thị", "trấn", "KCN", "tại", "ở", "đường", "Đường",
                "phố", "làng", "thôn", "ấp", "bản", "sông", "núi", "cầu", "chùa", "đền", "đình", "Tp", "TP", "măng",
                "Q", "P", "khu", "xóm", "vùng", "miền", "cảng", "sân", "bay", "hồ", "đảo", "vịnh", "đèo",
                "nhánh", "TX", "Tx"}  # ("chi nhánh Thạch Khê": a branch named by its place; "TX Thái Hoà": thị xã)
#: surnames spelled like an honorific of address ("Ông"), a surname right after an honorific
HONORIFIC_SURNAMES = frozenset(word_list("honorific_surnames.txt"))
#: the most words of an enterprise's trade written in lower case between its head and its name ("Hợp tác xã kinh
#: doanh tổng hợp X"), the function words that are never part of one (clause_openers.txt, open_end_words.txt,
#: trade_stops.txt) and the verbs that, right after the head, open the predicate instead (triggers.tsv's cues but
#: its group nouns, group_outsiders.txt, field_verbs.txt, trade_stops.txt's verbs of a body over its staff), but
#: the trades opening like a verb ("cấp nước") (PersonRecognizer._after_trade)
TRADE_WORDS = 4
TRADE_STOPS = frozenset(w.lower() for w in word_list("clause_openers.txt") + word_list("open_end_words.txt") +
                        section("trade_stops.txt", "# Function words"))
TRADE_VERBS = frozenset(w.lower() for w in word_list("group_outsiders.txt") + word_list("field_verbs.txt") +
                        section("trade_stops.txt", "# Verbs of a body") +
                        tuple(p for role, ps in triggers().items() if role != "group" for p in ps if p.islower()))
VERB_TRADES = frozenset(section("trade_stops.txt", "# Trades that open on a verb"))
#: words right before a district's name that make it the place ("quận Tây Hồ", "TP. Cao Lãnh", "tại Hà Đông"); "." after
#: an abbreviated level ("TP.", "TX.")
DISTRICT_BEFORE = {"huyện", "quận", "xã", "phố", "TP", "Tp", "TX", "Tx", "Q", "H", "tại", "ở", "Huyện", "Quận"}
#: abbreviated levels written with a full stop before a district's name
LEVEL_ABBREVIATIONS = {"TP", "Tp", "TX", "Tx", "Q", "H"}
#: how many lines from the end of a document a byline may stand (the story's end, photo captions after it)
BYLINE_LINES = 8
#: middle names the press may write in lower case after a surname ("Nguyễn thị Kim Ngân"; ``middle_names.txt``)
LOWER_MIDDLE = frozenset(word_list("middle_names.txt"))
#: verbs of giving and prepositions that open a clause and are no given names ("Trao đổi", "Tặng hoa", "Tại buổi
#: lễ", "Theo ông")
GIVE_VERBS = {"Trao", "Tặng", "Tại", "Theo", "Trong", "Sau", "Với", "Khi"}
#: alleys (and stations) named after a street or a person, before their number too ("ngõ 300 Nguyễn Xiển");
#: namesakes.txt, section "# Alleys". Capitalised, "Kiệt", "Ga" are given names too ("Tuấn Kiệt"; :func:`_alley_at`)
ALLEYS = frozenset(section("namesakes.txt", "# Alleys"))
#: nouns of institutions, sites and vessels named after a person ("THPT chuyên Lê Hồng Phong"), lower-case phrases
#: matched in any case; the alleys' words apart (:data:`ALLEYS`, read by :func:`_alley_at`)
#: compounds of a person's role ending on such a noun ("gác đền", a goalkeeper): a name after them is a person's
ROLE_COMPOUNDS = frozenset(section("namesakes.txt", "# Compounds"))
NAMESAKES = frozenset(w.lower() for w in word_list("namesakes.txt")) - ALLEYS - ROLE_COMPOUNDS
#: intersections among them, named by two streets with a dash between ("giao lộ Trần Phú - Lê Lợi"), and the
#: longest of those in words (:func:`_second_street`)
INTERSECTIONS = frozenset(section("namesakes.txt", "# Intersections"))
INTERSECTION_WORDS = max(len(w.split()) for w in INTERSECTIONS)
#: the longest of them, in words
NAMESAKE_WORDS = max((len(w.split()) for w in NAMESAKES | ALLEYS), default=0)
#: a town's landmarks among them ("chợ", "bến xe", "khu vực"): the end of a title or a board's name too ("Giám đốc
#: khu vực", "Trưởng ban quản lý chợ"), after which they name no landmark (:func:`_ends_title`)
LANDMARKS = frozenset(section("namesakes.txt", "# Landmarks of a town"))
#: the places of a town among them (landmarks, intersections, alleys): a list after one names more such places
#: (:func:`_landmark_named`)
TOWN_PLACES = LANDMARKS | INTERSECTIONS | ALLEYS


@functools.lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset, int]:
    """The titles a landmark noun of ``LANDMARKS`` may end (lower case: ``positions.txt``, ``staff_titles.txt``
    and the boards of ``generic_boards.txt``, "ban quản lý"), and the longest of them in words."""
    titles = frozenset(t.lower() for t in lexicon().positions + word_list("staff_titles.txt")
                       + word_list("generic_boards.txt"))
    return titles, max(len(t.split()) for t in titles)


def _ends_title(words, s: int, k: int) -> bool:
    """The landmark noun of ``k`` words before token ``s`` of ``words`` ends a title or a board's name: the words
    right before it are one of :func:`_title_words` ("Giám đốc | khu vực", "Trưởng ban quản lý | chợ")."""
    titles, longest = _title_words()
    a = s - k
    return any(a - L >= 0 and " ".join(words[a - L:a]).lower() in titles for L in range(1, longest + 1))
#: their last words: a name after any other word follows no namesake noun (a test before the joins)
NAMESAKE_LAST = frozenset(w.split()[-1] for w in NAMESAKES | ALLEYS if w.split())


def follows_namesake(words, s, dictionary) -> bool:
    """The name at token ``s`` of ``words`` follows a noun of ``namesakes.txt`` (within its clause): it names a
    school, a theatre, a studio or a scholarship after a person ("THPT chuyên Lê Hồng Phong", "Nhà hát Cải lương
    Trần Hữu Trang"), no person of the story.  A one-word noun that closes a compound of ``dictionary`` (a set of
    lower-case words) with the word before it is no institution ("Bộ Tài nguyên và Môi trường Đặng Hùng Võ"), nor
    is a landmark noun (``LANDMARKS``) that ends a title ("Giám đốc khu vực Lê Văn A": :func:`_ends_title`)."""
    if s > 1 and words[s - 1] in _DASHES:
        return _second_street(words, s)
    if s < 1 or LOWERED[words[s - 1]] not in NAMESAKE_LAST:
        return False
    for k in range(1, NAMESAKE_WORDS + 1):
        if s - k < 0 or not words[s - k].isalpha():
            return False
        phrase = " ".join(words[s - k:s])
        if (phrase.lower() in NAMESAKES or (k == 1 and _alley_at(words, s - 1))) and \
                (k > 1 or s < 2 or (pair := f"{words[s - 2]} {words[s - 1]}".lower()) not in dictionary
                 and pair not in ROLE_COMPOUNDS):
            return phrase.lower() not in LANDMARKS or not _ends_title(words, s, k)
    return False


def _label_ending(words, e) -> int:
    """Length in tokens of a credit label (:data:`CREDIT_LABELS`) ending right before token ``e``, else 0."""
    for label in CREDIT_LASTS.get(words[e - 1], ()) if e > 0 else ():
        L = len(label)
        if e >= L and tuple(words[e - L:e]) == label:
            return L
    return 0


def glued_credit(words, s, e) -> int:
    """How many tokens at the end of the name run [s, e) open a credit label whose colon follows the run ("Hoàng
    Cường | Ảnh: Autoevolution", "Nguyễn Hoàng Duy | Make-up: …": the label glued to the name before it when the
    line's break was lost), else 0."""
    for k in (1, 2):
        if e - k > s:
            for label in CREDIT_FIRSTS.get(words[e - k], ()):
                L = len(label)
                if L >= k and tuple(words[e - k:e - k + L]) == label and e - k + L < len(words) and \
                        words[e - k + L] == ":":
                    return k
    return 0


def credit_closes(words, e) -> bool:
    """From token ``e`` (a credit label's first token), the label, its colon and at most :data:`CREDIT_TAIL` tokens
    close the line or the text: a credit line, whose name before the label signs the story."""
    n = len(words)
    end = min(n, e + CREDIT_TAIL + 3)
    k = e
    while k < end and words[k].strip():
        k += 1
    return k >= n or not words[k].strip()


def _opens_line(words, s) -> bool:
    """Token ``s`` opens its line or its sentence: the first token, one after a blank token (a line's break) or after
    a sentence's stop ("… một mình". | Lê Minh Ảnh: …", "… tốt hơn nữa. | Đỗ Đạt - Xuân Trường")."""
    return s == 0 or words[s - 1] in (".", "!", "?") or not words[s - 1].strip()


def _commune_named(words, i) -> bool:
    """The name at token i follows a commune's or a village's level word (:data:`COMMUNE_WORDS`; "trấn" only as "thị
    trấn"): the place's name ("xã Lý Thường Kiệt"), read only where no title opens the name (the surname branch of
    :meth:`PersonRecognizer.__call__`; "Chủ tịch UBND xã Nguyễn Văn An" keeps its person)."""
    prev = words[i - 1] if i else ""
    if prev not in COMMUNE_WORDS:
        return False
    before = LOWERED[words[i - 2]] if i >= 2 else ""
    return before == "thị" if prev == "trấn" else before not in COMMUNE_WORD_COMPOUNDS


#: what parts the items of a list of places: a comma, "và", a dash (a route's stops: "Bến xe Miền Tây - Kinh Dương
#: Vương - Hùng Vương")
PLACE_LIST_SEPARATORS = frozenset({",", "và", "-", "–"})
#: words opening a list after its noun ("các tuyến đường khác như A, B", "các bệnh viện hạng đặc biệt như A, B",
#: "các tuyến phố: A, B"); and the most lower-case words between the noun and the opener ("khác", "hạng đặc biệt")
PLACE_LIST_OPENERS = frozenset({"như", ":", "gồm"})
PLACE_NOUN_GAP = 4
#: words that end the walk back from an opener to its noun: past them the noun is another's ("bác sĩ của bệnh viện
#: như Nguyễn Văn A": the list is the doctors'), or a clause's
PLACE_NOUN_STOPS = frozenset({"của", "cho", "với", "và", "là", "có", "được", "bị"})
#: the most items of a list walked back over, and the most words of one item (a street's name of up to five syllables,
#: or a landmark's: "Bến xe Miền Tây")
PLACE_LIST_ITEMS = 30
PLACE_ITEM_WORDS = 6


def _place_item_start(words, k) -> int | None:
    """The first token of the list item that ends right before the separator at token ``k - 1``: a capitalised run of
    one to :data:`PLACE_ITEM_WORDS` tokens (digits within: "Công viên 23 / 9" is no item, "Quốc lộ 1" is), else None."""
    j = k - 2
    start = j
    while start >= 0 and j - start < PLACE_ITEM_WORDS and (is_cap(words[start]) or
                                                            (start < j and words[start].isdigit())):
        start -= 1
    start += 1
    return start if start <= j and is_cap(words[start]) else None


def _place_noun_before_opener(words, k) -> bool:
    """Token ``k - 1`` opens a list (:data:`PLACE_LIST_OPENERS`) whose noun, within :data:`PLACE_NOUN_GAP` lower-case
    words before it, is a street's ("đường", "phố": "các tuyến đường khác như") or a namesake's (``namesakes.txt``:
    "các bệnh viện hạng đặc biệt như"), with none of :data:`PLACE_NOUN_STOPS` between. An institution's noun (a
    school, a hospital) opens such a list only with "như" (such as), and not where a title governs it: "Hiệu trưởng
    các trường gồm A (THPT B) …" lists the principals (tests/test_positions_pupils.py)."""
    if k < 2 or words[k - 1] not in PLACE_LIST_OPENERS:
        return False
    for j in range(k - 2, max(-1, k - 3 - PLACE_NOUN_GAP), -1):
        w = words[j]
        if not w.isalpha() or not w.islower() or w in PLACE_NOUN_STOPS:
            return False
        if w in STREET_WORDS:
            L = 1
        elif w in NAMESAKE_LAST:
            L = next((L for L in range(NAMESAKE_WORDS, 0, -1)
                      if j - L + 1 >= 0 and " ".join(words[j - L + 1:j + 1]) in NAMESAKES), 0)
        else:
            continue
        if L:  # the noun's phrase, of L words; the word before it makes no compound with it ("thành phố") and
            before = LOWERED[words[j - L]] if j - L >= 0 else ""  # owns no other noun ("bác sĩ của bệnh viện như")
            if before == "thành" or before in PLACE_NOUN_STOPS:
                return False
            if w in STREET_WORDS or " ".join(words[j - L + 1:j + 1]) in TOWN_PLACES:
                return True
            a = j - L + 1  # an institution: "như" only, no title governing it (past a plural: "Hiệu trưởng các")
            a -= a > 0 and LOWERED[words[a - 1]] in PLURALS
            return words[k - 1] == "như" and not _ends_title(words, a, 0)
    return False


def _landmark_named(words, k) -> bool:
    """The name at token ``k`` follows a landmark's, an intersection's or an alley's noun of ``namesakes.txt``
    ("Bến xe Miền Tây", "vòng xoay Lăng Cha Cả", "chợ Nguyễn Tri Phương"): a place of a town, which a list goes on
    with others (a school's or a hospital's name may be followed by its pupils or staff, so those nouns open no
    list here)."""
    return any(k - L >= 0 and " ".join(words[k - L:k]).lower() in TOWN_PLACES for L in range(1, NAMESAKE_WORDS + 1))


def _second_street(words, s) -> bool:
    """The name at token ``s`` of ``words``, right after a dash, is the second street of an intersection: the
    capitalised run before the dash (one to MAX_LEN words) follows a noun of ``namesakes.txt``'s section
    "# Intersections" ("giao lộ Trần Phú - Lê Lợi", "nút giao Nguyễn Trãi – Khuất Duy Tiến")."""
    k = s - 2
    while k >= 0 and s - 2 - k < MAX_LEN and is_cap(words[k]):
        k -= 1
    if k == s - 2:
        return False
    return any(k - n + 1 >= 0 and " ".join(words[k - n + 1:k + 1]).lower() in INTERSECTIONS
               for n in range(1, INTERSECTION_WORDS + 1))


#: romanised Chinese, Korean and Khmer surnames shaped like Vietnamese syllables ("Li", "Hu", "Ieng")
ROMANISED_SURNAMES = frozenset(word_list("romanised_surnames.txt"))
#: Spanish, Italian and German definite articles (``foreign_articles.txt``): opening a run, before a foreign word, they
#: make it a nickname, a brand or a title ("El Pulga", "La Perla", "Der Spiegel"), no person's name
FOREIGN_ARTICLES = frozenset(word_list("foreign_articles.txt"))
#: English given names spelled like a syllable of the dictionary ("Tom", "Tim"): loan-shaped openers all the same
LOAN_GIVEN_NAMES = frozenset(word_list("loan_given_names.txt"))
#: titles of the head of a city, state or province abroad ("thị trưởng", "thống đốc") and the level words that may
#: follow them before the place ("bang", "thành phố", "tp"), lower-cased (matched in any case): ``place_head_titles.txt``
PLACE_HEAD_TITLES = frozenset(section("place_head_titles.txt", "# Titles"))
PLACE_HEAD_LEVELS = frozenset(w.lower() for w in section("place_head_titles.txt", "# Levels"))
#: their last syllables, lower-cased: the one look-up that rules out nearly every token
PLACE_HEAD_LAST = frozenset(w.split()[-1].lower() for w in PLACE_HEAD_TITLES | PLACE_HEAD_LEVELS)
#: a house number with a letter ("5B", "12A", "18bis"): a street's name follows it
HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]{1,3}$")
#: digits of a bare house number before a street named after a person ("504 Nguyễn Tất Thành"), and the words a
#: street's name in a list of addresses spans at most (_address_listed)
HOUSE_DIGITS = 4
ADDRESS_GAP = 5
#: an alley's number, with its sub-alley after a slash and a letter ("300", "63/30", "141B")
ALLEY_NUMBER = re.compile(r"^\d{1,4}(?:/\d{1,4})*[A-Za-z]?$")
#: words before a class's code that looks like a house number ("lớp 4A", "chi đội 7B")
CLASS_WORDS = {"lớp", "đội", "khối", "phòng", "tổ", "ban"}
#: words before a street's name ("đường Trần Phú", "phố Lý Thường Kiệt")
STREET_WORDS = {"đường", "Đường", "phố", "Phố"}
#: the labels of a credit line (``credit_labels.txt``) as token tuples, each in both cases of its first letter:
#: "Ảnh: Lê Minh", "Make-up: …" (("Make", "-", "up"))
CREDIT_LABELS = frozenset(t for label in word_list("credit_labels.txt")
                          for t in {tuple(re.findall(r"\w+|[^\w\s]", v)) for v in (label, label[0].swapcase() + label[1:])})
#: the credit labels by their first token and by their last (so a test reads only the labels that can match there)
CREDIT_FIRSTS: dict[str, list[tuple[str, ...]]] = {}
CREDIT_LASTS: dict[str, list[tuple[str, ...]]] = {}
for _label in sorted(CREDIT_LABELS, key=len, reverse=True):  # (the longest label first where two could match)
    CREDIT_FIRSTS.setdefault(_label[0], []).append(_label)
    CREDIT_LASTS.setdefault(_label[-1], []).append(_label)
del _label
#: how many tokens a credit line may hold after a label glued to the name before it, to the end of its line ("Hoàng
#: Cường Ảnh: Autoevolution", "… Ảnh: Vogue, YouTube, Bao Tran-Chi")
CREDIT_TAIL = 12
#: the lower-case level words of a commune, a ward, a township and the villages within them (Luật Tổ chức chính quyền
#: địa phương 77/2015/QH13, Điều 2: xã, phường, thị trấn; thôn, ấp: Thông tư 04/2012/TT-BNV on villages): a name of
#: three or more syllables after one, with no title before, is the place's, named after a person ("xã Lý Thường
#: Kiệt", "phường Nguyễn Cư Trinh"; chk44's check of 2,000 bulk articles: about 14 read as persons). "làng" and "xóm"
#: are left out: "già làng", "lão làng", "hàng xóm" + a name are persons (a pool of 300 bulk articles, session 44)
COMMUNE_WORDS = {"xã", "phường", "trấn", "thôn", "ấp"}
#: words that make another word with the level word after them (Từ điển tiếng Việt, Hoàng Phê, 2003): "bà xã", "ông
#: xã" (wife, husband), "trưởng thôn", "phó thôn", "trưởng ấp" (the village's head), "nông thôn" (the countryside),
#: "hợp tác xã" (a cooperative: "Chủ nhiệm hợp tác xã Nguyễn Văn An"): the name after them is a person's (observed in
#: the same pool; "hợp tác xã": session 44's review)
COMMUNE_WORD_COMPOUNDS = {"bà", "ông", "trưởng", "phó", "nông", "tác"}
#: words of a memorial's or a site's name before a title and a name ("tượng đài", "Lăng", "Bảo tàng", "Khu di tích",
#: "đền thờ", "nhà tưởng niệm", "mang tên")
MEMORIALS = {"tượng", "đài", "lăng", "tàng", "tích", "thờ", "niệm", "tên", "đường", "quảng", "trường"}
#: NOT_NAME words that are also common middle/given names ("Trần Thị Hà", "Nguyễn Công Lý")
GIVEN_OK = {"Hà", "Anh", "Thành", "Công", "Chính", "Trung", "Quốc", "Việt", "Đại", "Thượng", "Em"}
#: NOT_NAME words that are given names too, with the lower-case syllables that make them a common noun after a
#: full name ("Lê Văn Thành | phố" is rare; "Lê Văn Thành ra đi" is the name then a verb)
#: unit heads that are given names too, read as a person's two-syllable name only right after an honorific ("MC
#: Trường Giang"), never before a school's type (person_head_given.txt, first section)
HEAD_GIVEN = frozenset(section("person_head_given.txt", "# Unit heads that are given names"))
#: places that are also given names, a person's name right after a personal honorific of address ("bà Hà Lan");
#: places.txt, section "# Places that are also given names"
PLACE_GIVEN = frozenset(section("places.txt", "# Places that are also given names"))
#: honorifics of a school's members, written before the school's name ("học sinh Trường Ams"): no cue for HEAD_GIVEN
#: (person_head_given.txt, second section)
SCHOOL_MEMBERS = frozenset(section("person_head_given.txt", "# Honorifics of a school's members"))
GIVEN_NOUNS = {"Thành": {"phố", "ủy", "uỷ", "viên", "lập", "công", "tích", "tựu", "quả", "phần"},
               "Công": {"an", "ty", "đoàn", "nhân", "ước", "văn", "trình"},
               "Quyết": {"định"}, "Thông": {"báo", "tư", "tin", "tấn", "qua"},
               "Chiến": {"sĩ", "dịch", "tranh", "lược", "thắng", "công", "khu", "trường"}}


#: words before a foreign capitalised run that make it a place, company, brand or work, not a person
#: ("tại Kaliningrad", "công ty FrieslandCampina", "bộ phim Parasite"; a tennis ground's main court named after a
#: person, "sân chính" or "sân trung tâm": observed in news, session 40)
#: the prepositions of NOT_PERSON_BEFORE: a run after one is no person there, but the same run elsewhere may be one
#: ("Từ Cristiano Ronaldo đến Lionel Messi …"; the nouns of NOT_PERSON_BEFORE name a place, brand or work wherever
#: the run is written: "sân Nou Camp")
PLACE_PREPOSITIONS = frozenset(section("place_prepositions.txt", "# Place prepositions"))
NOT_PERSON_BEFORE = set(PLACE_PREPOSITIONS) | {"vùng", "bang", "xứ", "thủ đô", "thành phố", "tỉnh",
                     "công ty", "tập đoàn", "hãng", "thương hiệu", "nhãn hiệu", "dự án", "chương trình", "phim",
                     "bộ phim", "ca khúc", "bài hát", "sách", "cuốn sách", "tác phẩm", "giải", "giải thưởng",
                     "cuộc thi", "đội", "câu lạc bộ", "clb", "trường", "khách sạn", "nhà hàng", "điện", "sân",
                     "sân bay", "tàu", "máy bay", "hệ thống", "mạng", "trang", "website", "báo", "tạp chí",
                     "kênh", "đài", "ngân hàng", "quỹ", "tổ chức", "hiệp hội", "liên minh", "đảng", "nhóm",
                     "ban nhạc", "album", "sản phẩm", "dòng", "mẫu", "xe", "vịnh", "đảo", "sông", "núi", "phố",
                     "đường", "quảng trường", "cung điện", "lâu đài", "viện", "học viện", "đại học", "bệnh viện",
                     "truyện", "tiểu thuyết", "vở", "vở kịch", "kịch", "nhân vật"}
ROMAN = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X)$")
#: a middle initial of a foreign name, one capital letter and its full stop, one token ("W." of "George W. Bush")
MIDDLE_INITIAL = re.compile(r"^[A-Z]\.$")
QUOTE_BEFORE = {"“", "\"", "‘", "'", "«"}
#: words of a quoted title after the name-like run that opens it at most, and the syllables of a Vietnamese run
#: that fills the quotes whole to be a title rather than a nickname (_quoted_title)
TITLE_TAIL = 6
QUOTED_NAME = 3
QUOTE_AFTER = {"”", "\"", "’", "'", "»"}
#: the ten heavenly stems and twelve earthly branches of the lunar calendar (Thiên can, Địa chi): "Đinh Dậu",
#: "Mậu Tuất" name a year, not a person, although "Đinh" is a surname
CAN = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
CHI = {"Tý", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}


#: the locative prepositions of PLACE_PREPOSITIONS: a run after one is a place wherever it is written uncued
LOCATIVE_PREPOSITIONS = frozenset(section("place_prepositions.txt", "# Locative prepositions"))
#: words opening a time phrase before a number or another of them ("Năm 2006", "Cuối tháng 12"): time_openers.txt
TIME_OPENERS = frozenset(word_list("time_openers.txt"))


def _blocked(st) -> set:
    """Tokens of the document's units and awards (no name starts or runs inside them), computed once."""
    blocked = st.get("_taken")
    if blocked is None:
        blocked = st["_taken"] = token_set(st["unit"]) | token_set(st["award"])
    return blocked


def _one_spelling(found, surnames):
    """A foreign name of two words or more written in two spellings in one document ("Kendall Jenner" and
    "Kendal Jenner", "Thongloun Sisoulith" and "Thoonglun Sisoulith", "Gina Haspel" and "Gina Hapel": a
    transliteration or a typo) is one person: each mention takes the spelling written most often (the first
    one on a tie).  Two spellings are one name when they have as many words and difflib's ratio of their
    lower-cased texts is at least ``SPELLING_RATIO`` (the scorer's threshold for a name, GUIDELINES.md); only
    names holding a foreign word (:func:`is_foreign_word`) count, Vietnamese names are left alone ("Nguyễn Văn
    An" and "Nguyễn Văn Anh" are two people; ``surnames``: those of ``surnames.txt``).  In place."""
    long = {p.text for p in found if p.end - p.start >= 2}
    if len(long) < 2:
        return
    long = {t for t in long if t.split(" ", 1)[0] not in surnames and any(map(is_foreign_word, t.split()))}
    # (each text tested once; a name opening with a Vietnamese surname is Vietnamese: a cheap test first)
    foreign = [p for p in found if p.text in long]
    counts: dict[str, int] = {}
    for p in foreign:
        counts[p.text] = counts.get(p.text, 0) + 1
    if len(counts) < 2:
        return
    order = sorted(counts, key=lambda t: (-counts[t], min(p.start for p in foreign if p.text == t)))
    canon = {}
    for k, t in enumerate(order):
        for u in order[:k]:
            if u in canon or len(u.split()) != len(t.split()):
                continue
            m = SequenceMatcher(None, u.lower(), t.lower())
            if m.real_quick_ratio() >= SPELLING_RATIO and m.quick_ratio() >= SPELLING_RATIO and \
                    m.ratio() >= SPELLING_RATIO:  # (the cheap upper bounds first)
                canon[t] = u
                break
    for p in foreign:
        p.text = canon.get(p.text, p.text)


def _counted_lists(words, cue_end):
    """A title or an occupation counted in the plural, then "là" or "gồm" (COUNTED_LIST_OPENERS: "2 tuyển thủ là
    Văn Hoàn và Đình Luật", "ba tiền đạo gồm Văn Quyết, …"), cues the first name of the list after that word too (in
    place, on ``cue_end``: token -> length of the cue ending there); the names after it follow as items of a list."""
    n = len(words)
    for e, length in list(cue_end.items()):
        s = e - length
        if s < 1 or e + 1 >= n or words[e] not in COUNTED_LIST_OPENERS:
            continue
        if counted(words[s - 1]):
            k = e + 1 + (words[e] == "gồm" and words[e + 1] == "có")
            k += k < n and words[k] == ":"
            cue_end.setdefault(k, k - s)


def _qualified_roles(words, cue_end, honorifics, dictionary):
    """An occupation of ``honorifics`` (kind "role") followed by a lower-case qualifier of ``ROLE_QUALIFIERS`` (one
    or two words: "diễn viên hài", "hậu vệ trái", "ca sĩ nhạc pop") and two capitalised words cues the name they
    open as the occupation alone does (in place, on ``cue_end``: token -> length of the cue ending there, the
    qualifier counted in): "diễn viên hài Hoài An" as "diễn viên Hoài An".  One capitalised word there is mostly
    the place the players or artists come from ("cầu thủ trẻ Zambia", "nghệ sĩ hàng đầu Hollywood"), and two that
    make a word of ``dictionary`` (the dictionary's words, lower case) the rest of an award's category ("giải Nữ diễn
    viên chính Xuất Sắc"): no cue either."""
    n = len(words)
    for e, length in list(cue_end.items()):
        if e >= n - 2 or not words[e].islower():
            continue
        cue = " ".join(words[e - length:e])
        if (honorifics.get(cue) or honorifics.get(cue.lower())) != "role":
            continue
        for q in range(min(QUALIFIER_WORDS, n - e - 2), 0, -1):
            if " ".join(words[e:e + q]) in ROLE_QUALIFIERS and is_cap(words[e + q]) and is_cap(words[e + q + 1]) \
                    and f"{words[e + q]} {words[e + q + 1]}".lower() not in dictionary:
                cue_end.setdefault(e + q, length + q)
                break


def _nationality(words, i) -> bool:
    """Token ``i`` is a short country name that is also a surname (SHORT_COUNTRIES: "Hàn") written as a nationality,
    after "người" or "gốc" ("đầu bếp gốc Hàn David Chang"): no surname opening a name there."""
    return i > 0 and words[i] in SHORT_COUNTRIES and words[i - 1] in NATIONALITY_WORDS


#: a family name written with an elided article or patronymic ("O'Connor", "D’Angelo", "N'Koulou"): one token
APOSTROPHE_NAME = re.compile(r"[A-Z]['’][A-Z][a-z]+")


def _article_run(words) -> bool:
    """The words of a capitalised run open with an article of FOREIGN_ARTICLES followed by a foreign word
    (:func:`extractors.foreign.is_foreign_word`): a nickname, a brand or a title ("El Pulga", "La Perla", "Der
    Spiegel"), no person's name; "La Văn Cầu" (a Vietnamese surname, then syllables) is one."""
    return len(words) > 1 and words[0] in FOREIGN_ARTICLES and is_foreign_word(words[1])


def _apostrophe_name(word: str) -> bool:
    """``word`` is a family name of APOSTROPHE_NAME's shape ("O'Connor"), which goes on the name before it ("Erin
    O'Connor"); it opens none by itself."""
    return APOSTROPHE_NAME.fullmatch(word) is not None


#: word -> whether it can open a foreign name: a foreign word written with one capital, first ("Masami")
_FOREIGN_OPENER = WordTest(lambda w: is_foreign_word(w) and title_case(w))


def _particles_then_name(words, j) -> bool:
    """Token ``j`` opens lower-case name particles followed by a capitalised word ("van den Berg")."""
    while j < len(words) and words[j] in PARTICLES:
        j += 1
    return j < len(words) and words[j][:1].isupper() and words[j].isalpha()


def _lunar_year(text: str) -> bool:
    """``text`` holds a lunar year's name: a heavenly stem then an earthly branch ("Đinh Dậu", "Tết Mậu Tuất")."""
    w = text.split()
    return any(a in CAN and b in CHI for a, b in zip(w, w[1:]))


def _substitute(w, e: int):
    """The substitute written in brackets from ``e`` (at "(") after a player: "(Odriozola 77)", one to three
    capitalised words and, before ")", the minute.  ((start, end) of the name, the index after ")"), or None."""
    n = len(w)
    b = e + 1
    while b < n and b - e < 4 and is_cap(w[b]) and not w[b].isupper():
        b += 1
    z = b
    while z < n and z - b < 5 and w[z] not in (")", "\n", ","):
        z += 1
    if b == e + 1 or z >= n or w[z] != ")" or not any(x.isdigit() for x in w[b:z]):
        return None
    return (e + 1, b), z + 1


def _untaken(d, items, taken: set, info: dict) -> list:
    """Persons (Ents carrying ``info``) of the (start, end) ``items`` that overlap no token of ``taken``, which
    then holds theirs."""
    out = []
    for s_, e_ in items:
        if taken.isdisjoint(range(s_, e_)):
            out.append(Ent("person", s_, e_, span_text(d, s_, e_), dict(info)))
            taken.update(range(s_, e_))
    return out


def _opens_predicate(run) -> bool:
    """The lower-case words ``run`` right after an enterprise's head open on a verb of TRADE_VERBS ("khen thưởng",
    "bổ nhiệm", "trao"), a predicate, unless on a trade of VERB_TRADES that opens like one ("cấp nước")."""
    text = " ".join(run) + " "
    return any(text.startswith(v + " ") for v in TRADE_VERBS) and not any(text.startswith(t + " ") for t in VERB_TRADES)


class PersonRecognizer:
    """Finds person spans; see module doc."""

    def __init__(self, nlp):
        self.lex = lexicon()
        self.words = dictionary_words()
        #: syllables of the dictionary's words: a Vietnamese word, not a transliteration ("Pol Pốt")
        self.syllables = dictionary_syllables()
        #: word -> whether it is a foreign given name shaped like a Vietnamese syllable ("Pep", "Kai", "Kei"): an
        #: unaccented word written with one capital that is no syllable of the dictionary's words (a foreign name
        #: opener only before a foreign word: :meth:`_loan_opens`)
        self.loan_given = WordTest(lambda w: w in LOAN_GIVEN_NAMES or (
            w.isascii() and title_case(w) and len(w) > 1 and not is_foreign_word(w) and
            w.lower() not in self.syllables and not VOWELS.isdisjoint(w.lower()) and w not in ROMANISED_SURNAMES))
        #: word -> whether it may open a foreign name at all: a foreign word written with one capital, or a loan-shaped
        #: given name (what :meth:`_foreign_names` looks for among the capitalised words, in one scan instead of two)
        self._foreign_or_loan = WordTest(lambda w: _FOREIGN_OPENER[w] or self.loan_given[w])
        self.titles = {p.lower() for p in self.lex.positions} | {h.lower() for h in self.lex.honorifics}
        self.place_first = {p.split()[0] for p in self.lex.places}
        #: the sports competitions of ``competitions.txt`` as lower-case word tuples by first word: one opening a
        #: foreign run is no part of a name ("Roland Garros | Andy Murray", "US Open")
        self.competitions = competitions().blind
        #: first word of a place -> the lengths (in words, 4 at most, longest first) of the places it opens: the only
        #: lengths _place_before need try (places.txt is written with single spaces, tokens hold none)
        self.place_lengths = {}
        for p in self.lex.places:
            self.place_lengths.setdefault(p.split()[0], set()).add(len(p.split()))
        self.place_lengths = {w: tuple(L for L in (4, 3, 2, 1) if L in ls) for w, ls in self.place_lengths.items()}
        #: district-level names (``districts.tsv``), and their first word -> their lengths in words, longest first
        self.districts = district_names()
        lengths = {}
        for p in self.districts:
            lengths.setdefault(p.split()[0], set()).add(len(p.split()))
        self.district_lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}
        #: the words that may open a name, a place or a district, or the Youth Union's "Đoàn" (:data:`UNION`): one
        #: look-up in __call__'s walk skips a capitalised word with no title before it that opens none of them
        self.name_openers = frozenset(self.lex.surnames) | self.place_first | set(self.district_lengths) | {UNION}
        #: their first two words as pairs: most capitalised pairs ("Trần Thị") are rejected before any join, by one
        #: C-level look-up each (_districts_of; 12,600 capitalised words a pass open on a district's first word, about
        #: 800 on its two)
        self.district_pairs = frozenset((p.split()[0], p.split()[1]) for p in self.districts)
        #: the same pairs as a phrase set, matched as written on the shared phrase walk every document makes: its
        #: matches are where the C-level scan of the capitalised words found a pair (_districts_of)
        self.district_openers = phrase_matcher(nlp, district_openers(nlp, self.district_pairs), case_variants=False)
        #: the first two words of titles and honorifics ("phó chủ", "ủy viên"): a run opening so is a title
        self.title_heads = {" ".join(t.split()[:2]) for t in self.titles}
        #: the honorifics of address (honorifics.tsv, kind address) written capitalised, which open the next
        #: sentence after a name whose full stop was lost ("Nguyễn Văn Bình | Ông phân tích …"): none ends a
        #: surname-led name before a punctuation mark in 25,000 bulk news articles ("Ông" 7,906 times, "Cô" 2,986,
        #: "Bà" 1,948, "Cụ" 1,860 opening a sentence; "Bà" once, the lake "Hồ Thác Bà"), save the given names of
        #: GIVEN_OK ("Nguyễn Thị Lan Anh": 480 such names, "Nguyễn Út Em": 5) and "Cố" ("Nguyễn Sỹ Cố", once) and
        #: "Cu" (a child's name: "Cu Tí")
        self.address_openers = frozenset(
            w.capitalize() for w, kind in self.lex.honorifics.items()
            if kind == "address" and w.isalpha() and w.islower() and " " not in w) - GIVEN_OK - {"Cố", "Cu"}
        self.cues = phrase_matcher(nlp, list(self.lex.honorifics) + list(self.lex.positions), attr="ORTH")
        #: the first and the last words of the honorifics: the only tokens _cue_len need look at
        self.cue_firsts = {h.split()[0] for h in self.lex.honorifics}
        self.cue_lasts = {h.split()[-1] for h in self.lex.honorifics}

    def _run(self, doc, i, taken, max_len=MAX_LEN, first_ok=False, cued=False):
        """End of a capitalised name run starting at token i (None when not a name)."""
        words = doc.words  # (plain strings: no light tokens built)
        n = len(words)
        j = i
        joined = 0  # tokens of dash-joined words ("Diaz – Canel"): a joined word is one syllable of the name
        while j < n and j - i < max_len + 1 + joined:
            t = words[j]
            if cued and j > i and t in PARTICLES and words[i] not in self.lex.surnames and j + 1 < n \
                    and (words[j + 1] in ("-", "–") or _particles_then_name(doc.words, j + 1)):
                j += 1  # "Bashar al - Assad"
                continue
            if cued and j > i and t in ("-", "–") and j + 1 < n and words[i] not in self.lex.surnames \
                    and (self._joined_syllable(doc, j + 1) or words[j - 1] in PARTICLES or
                         (is_foreign_word(words[j - 1]) and is_foreign_word(words[j + 1])
                          and title_case(words[j + 1]))) and not dash_between_names(doc, i, j):
                # ("Anna Kopacz - Mrak"; not "Rafael Nadal – Dominic Thiem": two persons)
                step = 2 if words[j + 1].isalpha() else 1  # "Park Hang - seo"
                j += step
                joined += step
                continue
            if j == i + 1 and t in LOWER_MIDDLE and words[i] in self.lex.surnames and j + 1 < n and \
                    is_cap(words[j + 1]) and words[j + 1].isalpha() and len(words[j + 1]) > 1:
                j += 1  # "Nguyễn thị Kim Ngân": a middle name written in lower case (middle_names.txt)
                continue
            if not ((is_cap(t) and t.isalpha()) or (j > i and _apostrophe_name(t))) or (j, j + 1) in taken:
                break
            if len(t) < 2 and not (j > i and j + 1 < n and is_cap(words[j + 1]) and words[j + 1].isalpha()
                                        and len(words[j + 1]) > 1) and not self._given_letter_last(words, i, j):
                break  # a one-letter syllable only inside a name ("Vàng A Dính"), or a given name "Ý" closing one
            if t.isupper() and len(t) > 1 and not first_ok:
                break
            nxt = words[j + 1] if j + 1 < n else ""
            pair = LOWERED[t] + " " + nxt if nxt else ""
            if nxt.islower() and (pair in self.words or pair in self.titles) \
                    and (t in NOT_NAME or (cued and j == i) or (j - i >= 2 and pair in self.titles)) \
                    and not (j - i >= 2 and t in GIVEN_NOUNS and words[j + 1] not in GIVEN_NOUNS[t]
                             and pair not in self.titles and words[i] in self.lex.surnames):
                break  # "Bộ trưởng", "Bằng khen", "Thường trực": a common word starts here
            if j - i >= 2 and nxt[:1].islower() and not is_foreign_word(t) and (t in NOT_NAME or pair in self.words) \
                    and is_foreign_word(words[j - 1]) and is_foreign_word(words[i]):
                break  # "Tổng thống Donald Trump | Tuyên bố …", "người mẫu Jenna Jameson | Cô xuất hiện …": after a
                # foreign name, a Vietnamese word opening a common word or a pronoun opens the next sentence
            if j > i and t in GIVE_VERBS and nxt[:1].islower():
                break  # "em Lan Anh | Trao đổi với PV", "Ảnh: Minh Vũ | Tại buổi lễ": a lost sentence break
            if j > i and nxt[:1].islower() and connective(t, nxt):
                break  # "Nghệ sĩ Xuân Hương | Ngoài ra, …": a lost sentence break before a connective
            if j - i >= 2 and t in CLAUSE_OPENERS and (not nxt or not is_cap(nxt)) and \
                    (t.lower() + " " + nxt) not in self.words:
                break  # "Nguyễn Văn Trân | Cùng dự …", "Đỗ Kim Hội | Với …": a clause opens here
            if j - i >= 2 and t in self.address_openers and (nxt == words[j - 1] or (
                    (nxt[:1].islower() or nxt in self.lex.surnames) and
                    ((cued and (words[i] in self.lex.surnames or is_foreign_word(words[i]))) or
                     _written_alone(doc, i, j)))):
                break  # "Nguyễn Văn Bình | Ông phân tích …", "GS Nguyễn Quý An | Bà Nguyễn Thị …": an honorific of
                # address opens the next sentence or the next person, where the name before it, opened by a surname
                # or a foreign word, stands behind a title or an honorific ("Ông Ngô Văn Tú | Ông cho biết …") or
                # is written on its own elsewhere (not a place's name ending on one: "Hồ Thác Bà", "Đền Cửa Ông",
                # also behind an honorific that ends the place before it: "Đền Cửa Ông Đền Cửa | Ông thuộc …"); or
                # before the name's own given name, the short form the story calls the person by ("Ông Đỗ Văn An |
                # Ông An đề nghị …": a caption run into the text; bulk news, session 47)
            if j - i >= 2 and t in CLAUSE_OPENERS and is_cap(nxt) and \
                    f"{LOWERED[nxt]} {LOWERED[words[j + 2]] if j + 2 < n else ''}" in self.title_heads:
                break  # "Phó Thủ tướng Trần Văn Hòa | Theo Phó Thủ tướng, …": a clause opens on a title
            if j > i and t in SENTENCE_OPENERS and nxt[:1].islower() and \
                    not any(map(is_foreign_word, words[i:j])) and _opens_next_sentence(doc, i, j, self.words):
                break  # "TS Nguyễn Thị An | Tôi muốn hỏi …": the next sentence glued on ("Stephen Lo": a foreign
                # name's run is read whole here, then cut by _without_run_in_openers)
            if j > i and t in NOT_NAME and t not in GIVEN_OK and (t.lower() + " " + nxt.lower()) \
                    in self.words and (nxt.islower() or j - i >= 2) and \
                    not (j - i == 2 and t in GIVEN_NOUNS and is_cap(nxt) and words[i] in self.lex.surnames
                         and (nxt.lower() not in GIVEN_NOUNS[t])):
                break  # "… Phong trào", but "Nguyễn Phong Quang" (a name of two syllables goes on)
            j += 1
        if j - i > max_len + joined:
            j = i + max_len + joined
        return j if j > i else None

    def _given_letter_last(self, words, i, j) -> bool:
        """Token ``j``, a one-letter given name (:data:`ONE_LETTER_GIVEN`: "Ý"), closes the name run from ``i``
        after two syllables or more ("thủ môn Hồ Văn Ý"), not an initial or a placeholder ("Nguyễn Văn A") and not
        the first syllable of a word ("… Ý kiến …")."""
        if j - i < 2 or words[j] not in ONE_LETTER_GIVEN:
            return False
        nxt = words[j + 1] if j + 1 < len(words) else ""
        return not (nxt.islower() and f"{LOWERED[words[j]]} {nxt}" in self.words)

    def _honorific_surname(self, words, i) -> bool:
        """Token ``i`` is a surname spelled like an honorific (``honorific_surnames.txt``: "Ông") right after an
        honorific of address, opening a name of Vietnamese syllables: "ông | Ông Văn Ích", "anh | Ông Tiến".  Not
        before another surname ("ông Ông Trần Bá …": the honorific written twice) or a foreign word."""
        if words[i] not in HONORIFIC_SURNAMES or i == 0 or i + 1 >= len(words):
            return False
        nxt = words[i + 1]
        return self.lex.honorifics.get(words[i - 1].lower()) == "address" and is_cap(nxt) and nxt.isalpha() and \
            nxt not in self.lex.surnames and not is_foreign_word(nxt)

    def _after_trade(self, words, i) -> bool:
        """Token ``i`` follows the head of an enterprise (a unit type of kind company in ``unit_types.tsv``: "Hợp
        tác xã", "HTX", "Công ty", "Xí nghiệp") and the trade written after it in lower case, one to
        ``TRADE_WORDS`` words none of which is a function word (``clause_openers.txt``, ``open_end_words.txt``):
        "Hợp tác xã nông nghiệp | Triệu Phong", "HTX dịch vụ vận tải | Hoàng Long" (a name of two syllables there
        is the enterprise's place or own name, as after a place word; not "HTX ở | …", "Công ty và | …")."""
        heads = self.lex.unit_heads
        for k in range(i - 1, max(0, i - TRADE_WORDS) - 1, -1):
            if not (words[k].isalpha() and words[k].islower()) or words[k] in TRADE_STOPS:
                return False
            if any(heads.get(" ".join(words[k - L:k]), ("",))[0] == "company" for L in (3, 2, 1) if k - L >= 0):
                return not _opens_predicate(words[k:i])
        return False

    def _community_end(self, words, i):
        """End of the community's name at token ``i`` after a title ending with its level ("trưởng thôn | Trung
        Lương", "Trưởng ấp | Gò Nổi A", "trưởng thôn | Phương La 2"): the capitalised or numbered run, up to a
        holder's full name after it (a surname then one or more syllables to the run's end: "Trưởng thôn Phụ Chính
        | Nguyễn Văn An"); None when the run is itself a holder's full name (a surname and COMMUNITY_HOLDER
        syllables or more: "Trưởng thôn Nguyễn Văn An")."""
        n, surnames = len(words), self.lex.surnames
        r = i
        while r < n and r - i < MAX_LEN + 2 and (is_cap(words[r]) or words[r].isdigit()):
            r += 1
        if words[i] in surnames and r - i >= COMMUNITY_HOLDER:
            return None
        return next((k for k in range(i + 1, r - 1) if words[k] in surnames and 2 <= r - k <= MAX_LEN), r)

    def _joined_syllable(self, doc, j) -> bool:
        """Token ``j``, lower-case after a dash, is a syllable of the name before the dash: the dash is glued to
        it (a Lao or Khmer name transcribed syllable by syllable, "Phết-tha-von Phi-lạ-văn"), or it is the
        romanised last syllable of a Korean or Chinese given name ("Park Hang - seo", "Kim Byeong - joo"),
        written without Vietnamese letters or tone marks, no function word opening a clause (CLAUSE_WORDS: "Bảo Quốc -
        trong vai …") and opening no Vietnamese word ("Anh Tú - chia sẻ …", "Thao Văn Súa - trưởng Công an xã": the
        name ends at the dash)."""
        words = doc.words
        w = words[j]
        if not w.islower():
            return False
        if doc.starts[j] == doc.ends[j - 1]:
            return True
        if not (w.isascii() and w.isalpha()) or w in CLAUSE_WORDS:
            return False
        return j + 1 >= len(words) or f"{w} {words[j + 1].lower()}" not in self.words

    def _namesake(self, words, s) -> bool:
        """:func:`follows_namesake` with this recognizer's dictionary."""
        return follows_namesake(words, s, self.words)

    def _ok(self, doc, s, e, st, cued=False, listed=False):
        """Tokens ``s``..``e`` may be a person's name: no place, league, company, title word or blocked token.
        ``cued``: a title or an honorific, or a list of names, comes before it; ``listed``: it is an item of such a
        list (any word of foreign_designators.txt makes it no person, as for a run with no cue)."""
        text = span_text(doc, s, e)
        words = text.split()
        if s > 0 and doc.words[s - 1] in self.place_first and f"{doc.words[s - 1]} {text}" in self.lex.places:
            return False  # the end of a place's name ("Bồ | Đào Nha", "U20 Bồ Đào Nha")
        if text in self.lex.places or any(p in text for p in ("Hồ Chí Minh",)) and e - s == 3:
            if text in PLACE_GIVEN and s > 0 and self.lex.honorifics.get(doc.words[s - 1].lower()) == "address":
                pass  # "bà Hà Lan": a given name right after a personal honorific
            elif not (cued and len(words) >= 3 and words[0] in self.lex.surnames and
                    MEMORIALS.isdisjoint(w.lower() for w in doc.words[max(0, s - 4):max(0, s - 2)])):
                return False  # a place; but a person's full name after his title is the person ("lời Chủ tịch Hồ
                # Chí Minh"), not in a memorial's name ("tượng đài Chủ tịch Hồ Chí Minh")
        if _article_run(words):
            return False  # "La Perla", "La Pulga Atomica": "La" a surname, but an article before a foreign word
        stop = organisation_words() if cued and not listed else designators()
        if any(w in stop and is_foreign_word(w) for w in words[1:]):
            return False  # a league, a company: "La Liga", "Premier League" ("La" a surname, "League" no syllable);
            # after a title or an honorific only a word no name holds ("Ông Adam Silver", "bà Grace Park": persons)
        head_given = cued and words[0] in HEAD_GIVEN and self._head_given(doc.words, s, e)
        if words[0] in NOT_NAME and words[0] not in self.lex.surnames and not (cued and words[0] in GIVEN_OK
                                                                                and len(words) > 1) and not head_given \
                and not (cued and self._honorific_surname(doc.words, s)):
            return False
        if words[0] in self.lex.unit_heads and words[0] not in self.lex.surnames and not head_given:
            return False
        if self._namesake(doc.words, s):
            return False
        district_at, placed = st.get("_districts", ({}, ()))
        if district_at.get(s) == e - s and self._district_place(doc.words, s, e - s, placed):
            return False  # a list's item or a cued run that is a district in a place's context
        return _blocked(st).isdisjoint(range(s, e))

    def _head_given(self, words, s, e) -> bool:
        """Tokens ``s``..``e`` are a two-syllable name opening on a word of HEAD_GIVEN ("Trường Giang") right after
        an honorific of honorifics.tsv (one or two words: "MC", "danh hài"), and the second syllable with the
        word after it is no word of the dictionary ("Trường Đại | học": a school)."""
        if e - s != 2 or s == 0:
            return False
        nxt = words[e].lower() if e < len(words) else ""
        if f"{words[s + 1].lower()} {nxt}" in self.words:
            return False
        cue = next((c for c in ((" ".join(words[s - 2:s]) if s > 1 else ""), words[s - 1])
                    if c in self.lex.honorifics or c.lower() in self.lex.honorifics), None)
        return cue is not None and cue.lower() not in SCHOOL_MEMBERS

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        taken = set()
        found = []
        n = len(d)
        words = d.words
        starts = list(compress(range(n), map(_UPPER_FIRST.__getitem__, words)))  # (a C-level scan)
        given = self._given(words, starts)
        cue_end = st["_cue_end"] = {}
        for _, s, e in self.cues(doc):
            cue_end[e] = max(cue_end.get(e, 0), e - s)
        for u in st["unit"]:
            if u.start in cue_end:  # "Bộ trưởng Bộ Ngoại giao Nhật Bản Kono Taro": title, unit, then the name
                cue_end.setdefault(u.end, u.end - u.start)
        for e in [e for e in cue_end if e < n and LOWERED[words[e]] in CHAMBER_FIRSTS]:
            L = chamber_at(words, e)
            if L:  # "Chủ tịch Hạ viện | <Given Surname>": title, a chamber named by its head alone, then the holder
                cue_end.setdefault(e + L, cue_end[e] + L)
        self._nationalities(words, cue_end)
        _counted_lists(words, cue_end)
        _qualified_roles(words, cue_end, self.lex.honorifics, self.words)
        surnames = self.lex.surnames
        place_first = self.place_first
        name_openers = self.name_openers
        district_at, placed = st["_districts"] = self._districts_of(words, [s for _, s, _ in self.district_openers(doc)])
        bodies = st["_bodies"] = named_bodies(st["unit"])
        leads = written_bodies(words, self.titles)
        held_by = {}  # a name's start -> the body glued before it (its title's unit): (start, end)
        # only capitalised words can start a name: visit just those
        i = -1
        for i0 in starts:
            if i0 < i:
                continue
            i = i0
            cued = i in cue_end
            if not cued and words[i] not in name_openers and words[i] not in given:
                i += 1  # no title before it, and the word opens no name, place or district: no test below reads it
                continue
            if cued and after_community_level(words, i):
                k = self._community_end(words, i)
                if k is not None:  # "Ông A, trưởng thôn Trung Lương, xã B": the community, not a person
                    cue_end.setdefault(k, 1)  # ("Trưởng thôn Phụ Chính Nguyễn Văn An": its holder may follow)
                    i = k
                    continue
            if words[i] in place_first and not (cued and self._given_after_title(words, i)):
                i += self._place_before(words, i)  # "Tổng thống Mỹ Donald Trump", "tỉnh Thái Nguyên Trần Quốc Tô"
            cued = cued or i in cue_end
            if words[i] in self.district_lengths:
                L = district_at.get(i, 0)
                if L and self._district_place(words, i, L, placed):
                    i += L  # "quận Bắc Từ Liêm", "huyện Trần Văn Thời", "Thạch Hà (Hà Tĩnh)": a place
                    continue
                if not L and self._level_before(words, i):
                    i += self._district_len(words, i, before_name=True)  # "UBND huyện Thạch Hà Nguyễn Văn An":
                    # the district qualifies the title before it, the name starts after it
            if cued:
                i += self._field_before(words, i)  # "Tổng cục trưởng Du Lịch Nguyễn Văn Tuấn"
            w = words[i]
            if w == UNION and i > 0 and words[i - 1] in UNION_LEVELS:
                i += 1  # "T.Ư Đoàn | Lê Quốc Phong": the Youth Union, then a name
                continue
            if w == UNION and self._delegation(words, i):
                i += 1  # "đại biểu Nguyễn Văn An (Đoàn Nghệ An)": his province's delegation, not a person
                continue
            if cued and self.lex.honorifics.get(w) == "address" and not self._honorific_surname(words, i):
                continue  # a capitalised style after a title opens no name: "Huấn luyện viên Sir | Alex Ferguson"
            end = None
            if cued and w.isalpha() and not w.isupper():
                end = self._run(d, i, taken, cued=True)
                lead = titled_place(words, i, end) if end is not None else 0
                tail = 0
                if not lead and end is not None and end - i > GLUED_PART:
                    lead, tail = unit_edges(words, i, end, bodies, leads=leads)  # "Đội trưởng Tottenham | Hugo Lloris"
                    if lead and is_foreign_word(words[i]):  # the body, the title's unit where a name follows it
                        # (officials chain through it; not "Hội Nông dân Tỉnh | Đoàn Minh Khang": a level word)
                        held_by[i + lead] = (i, i + lead - (words[i + lead - 1] in _DASHES))
                if end is not None and end - i == 2 and ((words[i],) in bodies or (words[i],) in leads) and \
                        not is_foreign_word(words[i + 1]):
                    end = None  # "CEO Apple | Hình ảnh …" (the stop lost): a body, then the next sentence; no name
                if lead or tail:  # "Thống đốc Saint Petersburg | Georgy Poltavchenko": the place is no name of its own
                    _blocked(st).update(range(i, i + lead), range(end - tail, end))
                    i += lead
                    end -= tail
            elif w in given and (i + 1 >= n or not is_cap(words[i + 1])) and i > 0 and \
                    (words[i - 1].islower() or words[i - 1] in self.lex.honorifics) and words[i - 1] not in PLACE_BEFORE \
                    and not opens_unit_head(words, i, self.lex.unit_heads) and self._free(st, i):
                found.append(Ent("person", i, i + 1, w, {"given": True}))
                i += 1
                continue
            elif w in surnames and i + 1 < n and is_cap(words[i + 1]) and (i == 0 or words[i - 1] != "-") and \
                    not _nationality(words, i):
                end = self._run(d, i, taken, max_len=5)
                if end is not None and end - i < 2:
                    end = None
                if end is not None and end - i == 2 and i > 0 and (words[i - 1] in PLACE_BEFORE or
                                                                   self._after_trade(words, i)):
                    end = None  # "huyện Thạch Thất", "KCN Châu Đức": two syllables after a place word; "Hợp tác
                    # xã nông nghiệp Triệu Phong": after an enterprise's head and its trade, the enterprise's place
                if end is not None and end - i == 2 and self._place_in_brackets(words, end):
                    end = None  # "Thạch Hà (Hà Tĩnh)": a place with its province in brackets
                if end is not None and (self._street(words, i) or _commune_named(words, i) or
                                        self._place_listed(words, i)):
                    i = end  # "đường Trần Nhân Tông", "số nhà 18 Nguyễn Du": a street named after a person, skipped
                    continue  # whole (not "đường Nguyễn | Tất Thành": its last two syllables no person either)
            if end is not None and end - i >= 2 * GLUED_PART - 1:
                end = glued_end(d, i, end)  # "nghệ sĩ Lam Thư | Bảo Hân …": two names, the stop between lost
            if end is not None and ((end < n and is_initial(words[end], words[end + 1] if end + 1 < n else "")) or
                                    (end - i > 1 and is_initial(words[end - 1], words[end] if end < n else ""))):
                i = end + 1  # "Lê Chí C.", "Nguyễn Thị Tuyết Nh.": a name cut to an initial is no person
                continue
            glued = glued_credit(words, i, end) if end is not None else 0
            if glued:
                if not cued and (credit_closes(words, end - glued) or _opens_line(words, i)):
                    _blocked(st).update(range(i, end))  # (no other reading takes a piece of it: "Trail Hoàng")
                    i = end  # "… X-Trail Hoàng Cường Ảnh: Autoevolution": the byline before the photo credit;
                    # also where the text runs on past the credit, the byline opening its sentence ("… một mình". Lê
                    # Minh Ảnh: Nhân vật cung cấp Vợ anh …": the story's end, its break lost)
                    continue
                end = end - glued if end - glued - i >= 2 else None  # "Thủ tướng X Ảnh: VGP": the photo's subject
            if end is not None and (self._credit(words, i, end) or self._namesake(words, i)):
                i = end  # (a namesake's name is skipped whole: "THPT Nguyễn Tất Thành", not "Tất Thành")
                continue
            if end is not None and self._ok(d, i, end, st, cued=cued):
                found.append(Ent("person", i, end, span_text(d, i, end)))
                i = end
                continue
            i += 1
        found += self._foreign_names(d, st, found, cue_end, starts)
        found += self._coordinated(d, st, found)
        found += self._lineup(d, found)
        found = _without_run_in_openers(d, found, self.words)  # (before the short forms are mapped to full names)
        found = self._one_syllable_refs(d, self._lists(d, found, st))
        found = self._in_context(d, st, self._completed(d, found), cue_end)
        found += self._named_again(d, st, found, cue_end)
        _one_spelling(found, surnames)
        st["person"] = sorted(found, key=lambda x: x.start)
        set_spans(doc, "person", st["person"], "PERSON")
        bodies_found = [Ent("unit", *held_by[p.start], span_text(d, *held_by[p.start]), {"kind": "glued"})
                        for p in found if p.start in held_by]
        if bodies_found:  # ("CEO Apple | Tim Cook": the unit "Apple"; "Thứ trưởng Bộ | Công Thương": no name, none)
            st["unit"] = sorted(st["unit"] + bodies_found, key=lambda x: (x.start, -x.end))
            set_spans(doc, "unit", st["unit"], "UNIT")
        return doc

    def _named_again(self, d, st, found, cue_end) -> list:
        """The bare mentions of a name kept without a surname (after a title: "Hoa hậu Xuân Thuỷ", then "Xuân Thuỷ
        đã giành …"; :func:`~extractors.components.named_again.named_again`) that pass :meth:`_ok` and the tests of
        context __call__ puts every name through (:meth:`_in_context`: bylines, credits, addresses, quoted titles,
        unit names; a lunar year is none, the titled mention passed that test), marked
        ``again`` in their ``info`` (officials.py reads no title of theirs: the titled mention gives it)."""
        words = d.words
        again = [Ent("person", s, e, span_text(d, s, e), {"again": True})
                 for s, e in named_again(words, found, self.lex.surnames, PLACE_BEFORE) if self._ok(d, s, e, st)]
        return self._in_context(d, st, again, cue_end) if again else again

    def _in_context(self, d, st, found, cue_end) -> list:
        """The persons of ``found`` that the tests of context keep, the same for every name: no byline, no credit
        pair, no lunar year, no item of an address, no quoted title, no unit's name, no common noun heading a
        place's name (:meth:`_without_bylines` … :func:`_without_common_heads`, in that order)."""
        words = d.words
        found = self._without_credit_pairs(words, self._without_bylines(words, found))
        found = [p for p in found if not _lunar_year(p.text) and not self._address_item(words, p)
                 and not self._quoted_title(words, p)]
        return _without_common_heads(d, self._without_unit_names(d, st, found, self.words, cue_end))

    def _coordinated(self, d, st, found) -> list:
        """One-word foreign names coordinated with a foreign person's name ("Djokovic và Federer", "Neymar, Hazard",
        :func:`.foreign_single.coordinated_items`), none on a blocked token. A one-word name found once seeds a list
        wherever the document writes it ("Chủ công Werner …" makes "Werner, Goretzka cùng …" a list of two, and the
        Goretzka so found makes "Draxler hay Goretzka" one), round after round until no new name is found.  A
        round finds the names new to it only, each by a C-level scan of the words (:func:`~.base.indices`; an index
        of every word, built with a dict per document, cost more than the one or two rounds a document takes, and a
        Python test of every word per round about 0.6% of extraction; session 36)."""
        blocked = _blocked(st)
        words = d.words
        seeds = [(p.start, p.end) for p in found]
        taken = {s for s, _ in seeds}
        new = {words[p.start] for p in found if p.end - p.start == 1}
        out: list[tuple[int, int]] = []
        while True:
            if new:
                more = sorted(k for w in new for k in indices(words, w) if k not in taken)
                seeds += [(k, k + 1) for k in more]
                taken.update(more)
            items = [x for x in coordinated_items(words, seeds, self.lex.places, NOT_PERSON_BEFORE)
                     if x[0] not in blocked]
            if not items:
                break
            out += items
            seeds += items
            taken.update(s for s, _ in items)
            new = {words[s] for s, _ in items}  # (the places of a word read before are all taken)
        return [Ent("person", s, e, span_text(d, s, e), {"foreign": True, "list": True}) for s, e in out]

    def _lineup(self, d, found) -> list:
        """The players of a team's line-up, a line of its own: the team's name (:meth:`_team_opens`), ":" and at
        least ``LINEUP_MIN`` names (:meth:`_lineup_items`) none of which is a place (:meth:`_names_a_place`).
        Names already found are kept as they are."""
        w = d.words
        out = []
        taken = None  # the tokens of the names found: built for the first line-up only (most documents have none)
        for c in indices(w, ":"):
            items = self._lineup_items(w, c) if self._team_opens(w, c) else None
            if items and not self._names_a_place(d, items):
                if taken is None:
                    taken = token_set(found)
                out += _untaken(d, items, taken, {"lineup": True})
        return out

    def _team_opens(self, w, c) -> bool:
        """Whether the colon at ``c`` follows a team's name that opens its line: at most ``LINEUP_HEAD`` words
        capitalised or numbers ("Real Madrid", "U23 Malaysia", "PSG"), the first no unit head ("Đội hình U23 Việt
        Nam" is a heading, not a team)."""
        h = c
        while h > 0 and w[h - 1] != "\n" and (is_cap(w[h - 1]) or w[h - 1].isdigit()) and c - h < LINEUP_HEAD:
            h -= 1
        return not (h == c or (h > 0 and w[h - 1] != "\n") or w[h].lower() in self.lex.unit_heads)

    def _lineup_items(self, w, c) -> list | None:
        """(start, end) of the names after the colon at ``c``: names of players (:meth:`_player_end`) joined by
        commas, each perhaps followed by its substitute in brackets with the minute (:func:`_substitute`:
        "Carvajal (Odriozola 77)"), the line ending after the last (or a full stop); None when they are fewer
        than ``LINEUP_MIN`` or the line goes on."""
        n = len(w)
        items, k = [], c + 1
        while k < n and w[k] != "\n":
            e = self._player_end(w, k)
            if e == k:
                break
            items.append((k, e))
            if e < n and w[e] == "(":
                sub = _substitute(w, e)
                if sub is None:
                    break
                items.append(sub[0])
                e = sub[1]
            if e < n and w[e] == ",":
                k = e + 1
                continue
            k = e
            break
        if len(items) < LINEUP_MIN or (k < n and w[k] not in ("\n", ".")):
            return None
        return items

    def _player_end(self, w, k) -> int:
        """End of a player's name from ``k``: one to three capitalised words, none in capitals nor a place of
        places.txt (``k`` itself when there is none)."""
        n, e = len(w), k
        while e < n and e - k < 3 and is_cap(w[e]) and not w[e].isupper() and w[e] not in self.lex.places:
            e += 1
        return e

    def _names_a_place(self, d, items) -> bool:
        """Whether one of the line's ``items`` is a place of places.txt or a district of districts.tsv: a list
        of places ("Quảng Ninh: Hạ Long, Móng Cái, …"), no line-up (review finding)."""
        places, districts = self.lex.places, district_names()
        return any(span_text(d, s_, e_) in places or span_text(d, s_, e_) in districts for s_, e_ in items)

    def _foreign_names(self, d, st, found, cue_end, starts) -> list:
        """Foreign names the Vietnamese rules above miss ("Maurice Greenberg, cựu giám đốc …", "Tổng thống
        Duterte", "ông Arnoud van den Berg"): a run of capitalised words that are not Vietnamese syllables
        (:func:`extractors.foreign.is_foreign_word`; lower-case particles and a joining dash inside), of
        2–4 words, or of one word right after a title or honorific.  A run holding a designator of
        ``foreign_designators.txt``, a place of ``places.txt``, or opened by a word that names a place,
        a company or a work ("tại", "công ty", a quote) is no person, nor is that run anywhere else in the
        document ("sân Nou Camp" … "bởi Nou Camp mới").  ``starts``: the indices of the
        capitalised tokens, in order (only they can open a run)."""
        words = d.words
        n = len(words)
        out = []
        # (one C-level scan of the capitalised words for either kind of opener, both rare; then each kind among them)
        either = list(compress(starts, map(self._foreign_or_loan.__getitem__, map(words.__getitem__, starts))))
        if not either:
            return out
        opening = [i for i in either if _FOREIGN_OPENER[words[i]]]
        loans = [i for i in either if self.loan_given[words[i]] and self._loan_opens(words, i)]
        if loans:
            opening = sorted(opening + loans)
        if not opening:
            return out
        taken = token_set(found) | _blocked(st)
        body_names = st["_bodies"]
        named = set()  # texts of runs written right after a noun of NOT_PERSON_BEFORE
        placed_runs = set()  # texts of runs written right after a preposition of PLACE_PREPOSITIONS
        cued_runs = set()  # texts of runs read as persons right after a cue
        i = 0
        for i0 in opening:
            if i0 < i:
                continue
            i = i0
            w = words[i]
            if i in taken or w in self.lex.places or self.lex.honorifics.get(w) == "address":
                continue  # (a place opening the run is no part of it: "Tổng thống Philippines Duterte"; nor a
                # style of address: "Sir | Alex Ferguson")
            if w.lower() in self.competitions:
                end = field_at(words, i, self.competitions)
                if end:
                    i = end  # "Roland Garros": a competition, the name (if any) after it
                    continue
            j, names = i + 1, 1
            # a surname before the run joins it (below); a dash-joined syllable may close the name it opens ("Kim
            # Jong-un", "Park Ji-sung")
            surname_before = self._surname_before(words, i, taken)
            korean = False  # (a Korean given name closes the run: its surname may be a designator, "Park Ji-sung")
            while j < n and names < 4 and j not in taken:
                t = words[j]
                if not is_foreign_word(t) and t not in self.lex.surnames and t.isalpha() and \
                        (t in CLAUSE_OPENERS or t in NOT_NAME or (not t.isascii() and t.lower() in self.syllables)):
                    break  # a Vietnamese word after the foreign name opens the next sentence that lost its
                    # full stop ("… Cadillac Hãng xe …", "Rolls-Royce Trong …", "Ảnh: Internet Nhiều …")
                if (title_case(t) or _apostrophe_name(t)) and len(t) > 1 and not (
                        not is_foreign_word(t) and j + 1 < n and f"{t.lower()} {words[j + 1]}" in self.words):
                    j, names = j + 1, names + 1  # (but "Napoleon | Đại đế": a Vietnamese word ends the name)
                elif t in PARTICLES and _particles_then_name(words, j):
                    j += 1  # "Arnoud van den Berg"
                elif MIDDLE_INITIAL.match(t) and is_foreign_word(words[j - 1]) and j + 1 < n and \
                        title_case(words[j + 1]) and is_foreign_word(words[j + 1]) and \
                        (LOWERED[words[j - 1]], t[0].lower()) not in lettered_names():
                    j += 1  # "George W. Bush", "Jay Y. Lee": a middle initial between a foreign given name and the
                    # surname (no word of its own: the name's count goes on with the surname); not a league's letter
                    # before a full stop ("… Serie A. Milan …")
                elif t in ("-", "–") and names + surname_before >= 2 and j + 1 < n and \
                        len(words[j + 1]) <= KOREAN_SYLLABLE and \
                        len(words[j - 1]) <= KOREAN_SYLLABLE + 1 and self._joined_syllable(d, j + 1) and \
                        (j + 2 >= n or f"{words[j + 1]} {words[j + 2]}" not in self.titles):
                    j += 2  # "Rim Jong - sim", "Ji-sung": a romanised given name's last syllable ends the name (after
                    # a short syllable; not "John Millman - tay vợt": a title after the dash)
                    korean = True
                    break
                elif t in ("-", "–") and j + 1 < n and is_foreign_word(words[j + 1]) and words[j + 1][:1].isupper() \
                        and is_foreign_word(words[j - 1]) and not dash_between_names(d, i, j):
                    j, names = j + 2, names  # "Kassym - Zhomart Tokayev": the joined word counts as one
                    continue
                else:
                    break
            lead = titled_place(words, i, j)
            if lead:
                i, names = i + lead, names - lead  # "Thị trưởng Ljubljana | Zoran Jankovic": the place is the title's
            elif j - i > GLUED_PART:
                lead, tail = unit_edges(words, i, j, body_names, i in cue_end)
                taken.update(range(j - tail, j))  # (no name of its own after it either)
                i, j, names = i + lead, j - tail, names - lead - tail  # "Giám đốc Uber | Travis Kalanick",
                # "Corentin Tolisso | Bayern Munich": a team or a body of the document glued to the name
            # a surname of surnames.txt or romanised_surnames.txt before the run is part of it ("Li Huaxi")
            k = i
            if not lead and surname_before:  # ("Kim Jong Un"; not "Vua Maha …", "Nhật Bản Shinzo …")
                k -= 1
                names += 1
            span = words[k:j]
            after = after_work_title(words, k, j)
            titled = after > k and (k in cue_end or _written_apart(d, span_text(d, after, j)))
            # ("Nhà vô địch Super Bowl | Tom Brady": the work's title, then a person cued or written elsewhere on
            # his own; but "Red Bull Ring" is a place, "Bull Ring" never written apart)
            if titled:
                k, names, span = after, j - after, words[after:j]
            text = span_text(d, k, j)
            before = words[k - 1].lower() if k > 0 else ""
            before2 = " ".join(words[max(0, k - 2):k]).lower()
            foreign = sum(is_foreign_word(x) for x in span) + (k < i and words[k] in ROMANISED_SURNAMES)
            cued = k in cue_end or (k > 0 and words[k - 1] in self.lex.places and k - 1 in cue_end) or \
                (names == 1 and noun_cued(words, k, self.words)) or \
                (names == 1 and sports_story(d) and (text in sports_stars() or (
                    play_cued(words, j) and not (k > 0 and is_cap(words[k - 1])) and text not in sports_team_set())))
            # ("con gái của Judy", "siêu sao Tarquino"; a star of sports_stars.txt in a sports story; "Belizzo đánh đầu"
            # there, but not "Celta Vigo gỡ hòa": the end of a longer run)
            ok = (names >= 2 and foreign * 2 >= names) or \
                (names == 1 and cued and not bare_collective(text) and not self._name_follows(words, j))
            # ("Tổng thống Philippines Duterte"; but "Thủ tướng Australia, ông John Howard": a country, then the name)
            # A cue noun of foreign_name_cues.txt ending on a word of NOT_PERSON_BEFORE is the cue, not that word:
            # "đồng đội | Bernardo Silva" (a teammate), not "đội | Real Madrid" (a team)
            if ok and designators().isdisjoint(span[1:] if korean else span) and \
                    (k in cue_end or span[0] not in product_makers()) and \
                    not any(is_common_noun(x) for x in span) and not _article_run(span) and \
                    text not in self.lex.places and \
                    not any(x in self.lex.places for x in span) and \
                    (before not in NOT_PERSON_BEFORE or noun_cued(words, k, self.words) or
                     (k in cue_end and chamber_before(words, k))) and \
                    before2 not in NOT_PERSON_BEFORE and not self._namesake(words, k) and not self._credit(words, k, j) and \
                    not (j < n and words[j] in QUOTE_AFTER and before in QUOTE_BEFORE) and \
                    not (j < n and words[j] == ")" and before == "(") and \
                    not (k > 0 and words[k - 1] in designators() and not titled):  # a quoted title, a translation in brackets;
                # a work or an organisation whose name opens with a designator read as Vietnamese ("The Voice Kids")
                out.append(Ent("person", k, j, text, {"foreign": True}))
            elif before2 in NOT_PERSON_BEFORE or (before in NOT_PERSON_BEFORE and before2 not in self.words):
                if before not in PLACE_PREPOSITIONS or before2 in NOT_PERSON_BEFORE:
                    named.add(text)  # ("sân Nou Camp": the same run elsewhere is that place, brand or work too)
                elif before in LOCATIVE_PREPOSITIONS:
                    placed_runs.add(text)  # ("tại Santa Clara … Santa Clara là …": a place, unless cued below;
                    # but "tới Kylian Mbappe", "từ Carlo Ancelotti": a directional one takes persons too)
            if ok and cued:
                cued_runs.add(text)
            i = j
        if named or placed_runs:
            placed_runs -= cued_runs  # (a run cued as a person somewhere: "tiền đạo Erling Haaland")
            out = [p for p in out if p.text not in named and p.text not in placed_runs]
        _without_repeated_tail(d, found + out)  # (before the short forms below take the full names' texts)
        _without_glued_name(d, found + out)
        _without_run_in_openers(d, found + out, self.words)
        for p in found + out:
            if p.end < n and ROMAN.match(words[p.end]) and is_foreign_word(words[p.end - 1]) and p.end - p.start <= 2:
                p.end += 1  # a regnal number: "Elizabeth II"
                p.text = span_text(d, p.start, p.end)
        longer = {}
        for p in found + out:
            if p.end - p.start >= 2:
                for w in p.text.split()[:-1]:
                    longer.setdefault(w, set()).add(p.text)
        for p in found + out:
            if p.end - p.start == 1 and is_foreign_word(p.text) and len(longer.get(p.text, ())) == 1:
                p.text = next(iter(longer[p.text]))  # "Thaksin" after "Thaksin Shinawatra", "Vua Vajiralongkorn"
                # after "Maha Vajiralongkorn Bodindradebayavarangkun": a word of one longer name (the last word
                # is the engine's short form)
        return out

    def _surname_before(self, words, i, taken) -> bool:
        """Token ``i - 1`` is a surname of ``surnames.txt`` or ``romanised_surnames.txt``, not taken, that opens the
        foreign name at ``i`` ("Kim | Jong-un", "Li | Huaxi"): no capitalised word before it ("Vua Maha …", "Nhật Bản
        Shinzo …": a title's or a place's word), unless that word closes a place of ``places.txt`` ("lãnh đạo Triều
        Tiên | Kim Jong-un": the country, then the name), and that is no short country name after "gốc" or "người"
        ("gốc Hàn | David Chang": SHORT_COUNTRIES)."""
        if i == 0 or (i - 1) in taken or not (words[i - 1] in self.lex.surnames or words[i - 1] in ROMANISED_SURNAMES):
            return False
        if _nationality(words, i - 1):
            return False  # "đầu bếp gốc Hàn | David Chang": a nationality, no surname
        if i > 1 and is_cap(words[i - 2]):
            return any(" ".join(words[i - 1 - L:i - 1]) in self.lex.places for L in (1, 2, 3) if i - 1 - L >= 0) \
                and is_foreign_word(words[i])
        return True

    def _loan_opens(self, words, i) -> bool:
        """Token ``i``, a given name shaped like a Vietnamese syllable but none of the dictionary's
        (``self.loan_given``: "Pep Guardiola", "Kai Havertz", "Pia Wurtzbach", "Kei Nishikori"; with a vowel, not
        an abbreviation such as "St", nor a romanised surname, read as a surname by the rules above), opens a foreign
        name: it follows no capitalised word, a foreign word written with one capital follows it, neither a designator of
        ``foreign_designators.txt`` ("Nou Camp", "Cup Futsal"), and it opens no place of ``places.txt`` or
        district of ``districts.tsv`` ("Ia Grai")."""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        w = words[i]
        if i > 0 and is_cap(words[i - 1]):
            return False  # inside a longer capitalised run ("Son Ye Jin", "Hong Kong Dragon"): no opener
        return _FOREIGN_OPENER[nxt] and w not in designators() and nxt not in designators() and \
            w not in self.place_first and w not in self.district_lengths

    def _nationalities(self, words, cue_end):
        """A cue then "người" and a place of ``places.txt`` (a nationality: "tiền đạo người Bỉ Hazard", "doanh
        nhân người Scotland Jeremy Jauncey") cues the name after the place too (in place, on ``cue_end``: token
        -> length of the cue ending there)."""
        n = len(words)
        for e in [e for e in cue_end if e + 2 < n and words[e] == "người"]:
            L = self._place_before(words, e + 1)
            if L:
                cue_end.setdefault(e + 1 + L, L + 1)

    @staticmethod
    def _without_unit_names(d, st, found, words, cue_end):
        """Names the document writes as the proper name of one of its units, right after the unit's head ("hãng
        Mai Linh" ... "Phía Mai Linh"; "Đại học Nông Lâm TP HCM" ... "Nông Lâm"): the organisation, not a person.
        A name the document also writes after a title or an honorific (``cue_end``: token -> length of the cue ending
        there) is a person all the same ("Học viện … Hồ Chí Minh" and "Chủ tịch Hồ Chí Minh").  ``words``: the
        dictionary's words (a head closing one of them is no head)."""
        names = set()
        w = d.words
        firsts = {w[p.start] for p in found if p.end - p.start >= 2}
        for u in st["unit"]:
            h = u.info.get("head_end", u.start + 1)
            if h >= u.end or w[h] not in firsts:
                continue  # (a cheap test first: no name of the document opens the unit's own name)
            s = u.start
            if s > 0 and not is_cap(w[s]) and f"{w[s - 1]} {w[s]}".lower() in words:
                continue  # (a lower-case head closing a common word is none: "nhà hoạt động xã | hội Kailash …")
            e = h
            while e < u.end and is_cap(w[e]) and w[e].isalpha():
                e += 1
            if e - h >= 2:
                names.add(" ".join(w[h:e]))
        if not names:
            return found
        names -= {p.text for p in found if p.start in cue_end}  # ("Chủ tịch Hồ Chí Minh": a person all the same)
        return [p for p in found if p.text not in names]

    def _name_follows(self, words, j) -> bool:
        """A name or an address word opens at token ``j`` (after an optional comma): the word before is the
        title's country or body ("Thủ tướng Australia, ông John Howard"), not a name."""
        k = j + (j < len(words) and words[j] == ",")
        if k >= len(words) or k + 1 < len(words) and f"{words[k]} {words[k + 1]}".lower() in self.titles:
            return False  # a title after the name ("Andrew, Công tước xứ York")
        if words[k] in self.lex.honorifics:
            return True
        return is_cap(words[k]) and words[k].isalpha() and not (
            k + 1 < len(words) and words[k + 1] in LIST_GOES_ON and is_foreign_word(words[k]) and
            enumeration_len(words, k, k + 1) <= MAX_ITEMS)
        # (but "HLV Zidane, Ronaldo và Ramos": one foreign word in a list, not the name the title's country precedes)

    @staticmethod
    def _completed(doc, found):
        """A name cut before a syllable that opens a common word ("Đỗ Kim | Hội sinh ngày …": "hội sinh") is
        the full name the document writes elsewhere with that syllable ("đồng chí Đỗ Kim Hội đã …"): extended
        by it (in place; the list is returned)."""
        full = {p.text for p in found if p.end - p.start >= 3}
        if not full:
            return found
        n = len(doc)
        starts = {p.start for p in found}
        for p in found:
            if p.end < n and p.end not in starts and p.end - p.start >= 2 and doc.words[p.end].isalpha() and is_cap(doc.words[p.end]):
                longer = p.text + " " + doc.words[p.end]
                if longer in full:
                    p.end += 1
                    p.text = longer
        return found

    def _address_item(self, words, p) -> bool:
        """Person ``p`` is an item of an address in brackets: a comma list closed by a province or city of
        ``places.txt`` ("anh Vũ Huy (Bạch Đằng, Hải Châu, Đà Nẵng)", "(thôn X, xã Y, Yên Mỹ, Hưng Yên)"): its
        items of two syllables are wards and districts, not given names.  Mined on 630 unlabelled award stories
        (11 such items in 5 stories)."""
        n = len(words)
        if p.start == 0 or words[p.start - 1] not in ("(", ",") or p.end >= n or words[p.end] not in (",", ")"):
            return False
        k = p.end
        while k < n and k - p.end < 20 and words[k] not in (")", "(", "."):
            k += 1
        if k >= n or words[k] != ")":
            return False
        c = k
        while c > p.end and words[c - 1] != ",":
            c -= 1
        if c == p.end or " ".join(words[c:k]) not in self.lex.places:
            return False  # (the last item is the place; the person is an item before it)
        if p.end - p.start > 2:
            return False  # (a full name of three syllables is a person: "(Nguyễn Văn An, Trần Thị Bình, Hà Nội)")
        o = p.start
        while o > 0 and p.start - o < 20 and words[o - 1] not in ("(", ")", "."):
            o -= 1
        return o > 0 and words[o - 1] == "("

    def _delegation(self, words, i) -> bool:
        """"Đoàn" (token i) with a province or city (``places.txt``) opening a bracket, then its end, a dash or a
        comma (:data:`DELEGATION_CLOSERS`): "(Đoàn Nghệ An)", "(Đoàn Thanh Hóa - Phó Chủ nhiệm …)" after a deputy's
        name is the delegation of National Assembly deputies he belongs to (Luật Tổ chức Quốc hội 2014, art. 30:
        the deputies elected in a province or city form its delegation), not a person surnamed Đoàn.  Session 43:
        a check of bulk news found them as persons; a pool of 106 articles with such brackets held 21."""
        return i > 0 and words[i - 1] == "(" and self._place_then(words, i + 1, DELEGATION_CLOSERS, districts=False)

    def _place_in_brackets(self, words, e) -> bool:
        """A province (``places.txt``) or a district (``districts.tsv``) alone in brackets right after token e
        ("Thạch Hà (Hà Tĩnh)", "xã Thạch Hội (Thạch Hà)", "Dương Nội (Hà Đông)")."""
        return e < len(words) and words[e] == "(" and self._place_then(words, e + 1, (")",), districts=True)

    def _place_then(self, words, s, closers, districts: bool) -> bool:
        """A province or city (``places.txt``), or with ``districts`` a district (``districts.tsv``) too, of one to
        three words at token ``s``, then one of ``closers``: the test of :meth:`_place_in_brackets` and
        :meth:`_delegation`."""
        for L in (1, 2, 3):
            if s + L < len(words) and words[s + L] in closers:
                place = " ".join(words[s:s + L])
                if place in self.lex.places or (districts and place in self.districts):
                    return True
        return False

    def _place_listed(self, words, i) -> bool:
        """The name at token ``i`` is an item of a list of places named after persons: the list's first item (walked
        back over items parted by :data:`PLACE_LIST_SEPARATORS`) is a street's, a commune's or a town landmark's
        (:func:`_landmark_named`) name, or follows a street's or a namesake's noun and an opener ("các tuyến đường khác như
        Xô Viết Nghệ Tĩnh, Đinh Bộ Lĩnh, Bạch Đằng", "bệnh viện hạng đặc biệt như Bạch Mai, Việt Đức", "từ các tuyến
        đường Cộng Hòa, Lê Văn Sỹ và Nguyễn Văn Trỗi", "Bến xe Miền Tây - Kinh Dương Vương - Hùng Vương"). chk45's
        check of 2,000 bulk articles found about 42 such streets, hospitals and stops read as persons."""
        if _place_noun_before_opener(words, i):
            return True
        k = i
        for _ in range(PLACE_LIST_ITEMS):
            if k < 2 or words[k - 1] not in PLACE_LIST_SEPARATORS:
                return False
            start = _place_item_start(words, k)
            if start is None:
                return False
            k = start
            if self._street(words, k) or _commune_named(words, k) or _landmark_named(words, k) or \
                    _place_noun_before_opener(words, k):
                return True
        return False

    @staticmethod
    def _street(words, i) -> bool:
        """The name at token i is a street's: right after "đường" / "phố" (not "thành phố"), or after a house
        number ("số nhà 18 Nguyễn Du", "số 5 Lý Thường Kiệt", "số 5, Lý Thường Kiệt, Hà Nội"), or after a house
        number with a letter ("5B Võ Văn Tần (TP HCM)", "12A Trần Phú, quận 1"; not "lớp 4A Nguyễn Văn An")."""
        if i == 0:
            return False
        prev = words[i - 1]
        if prev in STREET_WORDS:
            return not (i >= 2 and words[i - 2].lower() == "thành")
        if prev == "," and i >= 3 and words[i - 2].isdigit() and words[i - 3] in ("số", "nhà"):
            return True
        if HOUSE_NUMBER.match(prev) and i >= 2 and words[i - 2].lower() not in CLASS_WORDS:
            return True
        if _alley_number(words, i):
            return True
        if prev.isdigit() and len(prev) <= HOUSE_DIGITS and i >= 2 and \
                (words[i - 2] in LOCATIVE_PREPOSITIONS or _address_listed(words, i)):
            return True  # "tại 504 Nguyễn Tất Thành", "như 25 Lê Văn Lương, 102 Trường Chinh, 36 Phạm Hùng"
        return i >= 2 and prev[:1].isdigit() and len(prev) <= 5 and words[i - 2] in ("số", "nhà")

    def _quoted_title(self, words, p) -> bool:
        """Person ``p`` opens a quoted title: an opening quote (QUOTE_BEFORE) right before it, and the closing one
        (QUOTE_AFTER) right after it or behind at most ``TITLE_TAIL`` more words of a title (capitalised, numbers,
        "!", "?", ":" or a foreign function word that is no syllable of the dictionary's words: "'Love Will Tear Us
        Apart'", "“Reinvent Banking for the Digital Era”", "'Jump Ashin!'"). A Vietnamese run filling the quotes
        is a title only of ``QUOTED_NAME`` syllables or more ("“Từ Làng Sen”"; "trùm “Năm Cam”" is a nickname); a
        quote that goes on in Vietnamese ("“Bob Smith là …”") is speech, its name a person."""
        s, e = p.start, p.end
        if s == 0 or words[s - 1] not in QUOTE_BEFORE:
            return False
        n = len(words)
        k = e
        while k < n and k - e < TITLE_TAIL and words[k] not in QUOTE_AFTER:
            w = words[k]
            if not (is_cap(w) or w.isdigit() or w in ("!", "?", ":", "-", "–") or
                    (w.isascii() and w.isalpha() and w.lower() not in self.syllables)):
                return False
            k += 1
        if k >= n or words[k] not in QUOTE_AFTER:
            return False
        return k > e or e - s >= QUOTED_NAME

    @staticmethod
    def _without_bylines(words, found):
        """Names that sign the story (GUIDELINES.md: bylines are no facts): a name written once, as a line of
        its own (not a few words under an upper-case title line: a signature), or closing the text after its last
        sentence ("… tiếp theo. Phạm Diệp"); a line of its own only among the last BYLINE_LINES lines (a
        decision's signer may be laid out amid its list of recipients)."""
        n = len(words)
        count: dict[str, int] = {}
        for p in found:
            count[p.text] = count.get(p.text, 0) + 1

        def blank(k):
            return k < 0 or k >= n or not words[k].strip()

        last_breaks = None
        out = []
        for p in found:
            s, e = p.start, p.end
            if count[p.text] > 1 or e - s < 2:  # (a name written again, or of one word, signs nothing)
                out.append(p)
                continue
            alone = blank(s - 1) and blank(e) and not any(
                w.isupper() and w.isalpha() and len(w) >= 2 for w in words[max(0, s - 8):s])  # ("BỘ TRƯỞNG\n(Đã
            # ký)\nNguyễn Văn A": a signature under its title)
            if alone and last_breaks is None:
                # the line-break tokens that matter: the last BYLINE_LINES + 1, found from the end (a C-level scan
                # that stops there), once a name alone on its line asks; a name is near the end when at most
                # BYLINE_LINES of them come after it
                last_breaks = list(islice(compress(range(n - 1, -1, -1), map(contains, reversed(words),
                                                                             repeat("\n"))), BYLINE_LINES + 1))
            near_end = alone and (len(last_breaks) <= BYLINE_LINES or last_breaks[-1] < e)
            closing = all(blank(k) for k in range(e, n)) and s > 0 and words[s - 1] in (".", "…", "!", "?", ")")
            if (alone and near_end) or closing:
                continue
            out.append(p)
        return out

    def _without_credit_pairs(self, words, found):
        """Names that sign a photo or a story in pairs (GUIDELINES.md: bylines and photo credits are no
        officials): a name opening its sentence or line, a dash, then a second name of two or three syllables
        that opens with no word of a title ("Võ Văn Thành - Thái Mạc", "… tốt hơn nữa. Đỗ Đạt - Xuân Trường LĐLĐ
        tỉnh …"); both names are dropped.  "NSND Anh Tú - Giám đốc …" is a name and its title."""
        n = len(words)
        drop = set()
        for p in found:
            s, e = p.start, p.end
            if e + 2 >= n or words[e] not in ("-", "–") or not _opens_line(words, s):
                continue
            k = m = e + 1
            while m < n and m - k < 4 and title_case(words[m]):
                m += 1
            if 2 <= m - k <= 3 and words[k] not in NOT_NAME and \
                    f"{words[k].lower()} {words[k + 1].lower()}" not in self.title_heads:
                drop.update((s, k))
        return [p for p in found if p.start not in drop] if drop else found

    @staticmethod
    def _credit(words, s, e) -> bool:
        """A photo or news-agency credit, not a person of the story (GUIDELINES.md: bylines and photo credits
        are not officials): "Ảnh: Lê Minh", "Lê Minh/TTXVN", "Lê Minh (TTXVN)" closing its line."""
        n = len(words)
        if s >= 2 and words[s - 1] == ":" and _label_ending(words, s - 1):
            return True
        if e + 1 < n and words[e] == "/" and words[e + 1].isupper() and words[e + 1].isalpha():
            return True
        return e + 2 < n and words[e] == "(" and words[e + 1].isupper() and words[e + 1].isalpha() and \
            len(words[e + 1]) >= 3 and words[e + 2] == ")" and (e + 3 >= n or words[e + 3] in ("\n", ".", "")
                                                                 or not words[e + 3].strip())

    def _place_before(self, words, i) -> int:
        """Length of a place (``places.txt``) at token i that is glued to a capitalised word after it ("Mỹ
        Donald Trump", "Hà Nội Hoàng Trung Hải"): the place qualifies what precedes, the name starts after it.
        0 when there is none."""
        lengths = self.place_lengths.get(words[i])
        if lengths is None:
            return 0
        n = len(words)
        for L in lengths:
            if i + L < n and " ".join(words[i:i + L]) in self.lex.places and is_cap(words[i + L]) \
                    and words[i + L].isalpha():
                return L
        return 0

    def _given_after_title(self, words, i) -> bool:
        """Token ``i``, right after a title or an honorific, is a one-word place (a country: "Mỹ", "Đức", "Anh",
        "Nga" of ``places.txt``) that opens a Vietnamese name of two syllables: one capitalised syllable of the
        dictionary's words follows it and no capitalised word after that ("Ca sĩ Mỹ | Linh vừa …", "giám khảo
        Đức Huy", "ca sĩ Anh Tú"). A place there otherwise qualifies the title and the name follows it ("Tổng
        thống Mỹ Donald Trump", "Ngoại trưởng Nga Lavrov": a foreign word, no Vietnamese syllable)."""
        n = len(words)
        if i + 1 >= n or words[i] not in self.lex.places:
            return False
        nxt = words[i + 1]
        return is_cap(nxt) and nxt.isalpha() and not nxt.isupper() and nxt.lower() in self.syllables and \
            not (i + 2 < n and is_cap(words[i + 2]) and words[i + 2].isalpha())

    def _district_len(self, words, i, before_name=False) -> int:
        """Length in words of the district name (``districts.tsv``) at token i that closes the capitalised run
        ("Tây Hồ", "Bắc Từ Liêm"; not "Hoàng Mai Anh"), or with ``before_name`` that a person's full name
        follows (a surname and one more capitalised word: "huyện Thạch Hà | Nguyễn Văn An"); 0 when there is
        none."""
        lengths = self.district_lengths.get(words[i])
        n = len(words)
        if lengths is None or i + 1 >= n or (words[i], words[i + 1]) not in self.district_pairs:
            return 0
        for L in lengths:
            if i + L <= n and " ".join(words[i:i + L]) in self.districts:
                e = i + L
                if not (e < n and is_cap(words[e]) and words[e].isalpha()):
                    return 0 if before_name else L
                if before_name and words[e] in self.lex.surnames and e + 1 < n and is_cap(words[e + 1]) and \
                        words[e + 1].isalpha():
                    return L
        return 0

    def _level_before(self, words, i) -> bool:
        """A district's level word or a place preposition stands right before token i ("quận", "huyện", "thành
        phố", "thị xã", "TP.", "tại", "ở")."""
        if i == 0:
            return False
        prev = words[i - 1]
        return prev in DISTRICT_BEFORE or (prev == "." and i >= 2 and words[i - 2] in LEVEL_ABBREVIATIONS)

    def _province_after(self, words, e) -> bool:
        """A province or city of ``places.txt`` follows token e after a comma, a dash or a bracket, with or
        without its level ("Tây Hồ (Hà Nội)", "Thạch Hà, Hà Tĩnh", "Thạch Hà - Hà Tĩnh")."""
        n = len(words)
        if e >= n or words[e] not in (",", "(", "-", "–"):
            return False
        j = e + 1
        while j < n and j - e <= 2 and words[j] in ("tỉnh", "TP", "Tp", ".", "thành", "phố"):
            j += 1
        return any(" ".join(words[j:j + L]) in self.lex.places for L in self.place_lengths.get(
            words[j] if j < n else "", ()))

    def _districts_of(self, words, opened) -> tuple[dict, frozenset]:
        """The district names of the document: token -> length in words of the one starting there and closing
        its capitalised run (:meth:`_district_len`), and the names the document writes as places, after a level
        word or a place preposition or before their province ("quận Tây Hồ", "Thạch Hà (Hà Tĩnh)"); ``opened``:
        the tokens opening a district's first two words as written (``district_openers``' matches, in order)."""
        at, placed = {}, set()
        for i in opened:
            L = self._district_len(words, i)
            if L:
                at[i] = L
                if self._level_before(words, i) or self._province_after(words, i + L):
                    placed.add(" ".join(words[i:i + L]))
        return at, frozenset(placed)

    def _district_place(self, words, i, L, placed) -> bool:
        """The district name of L words at token i is the place, no person: after a level word or a place
        preposition, before its province, alone in brackets after a capitalised place ("Dương Nội (Hà Đông)"),
        beside another district or place in a comma list ("các quận Cầu Giấy, Ba Đình, Đống Đa"), or written as a place elsewhere in the document (``placed``) and not after an
        honorific of address ("học sinh Tây Hồ" in a story of quận Tây Hồ; but "ông Hoàng Mai")."""
        if self._level_before(words, i) or self._province_after(words, i + L):
            return True
        n = len(words)
        if i >= 2 and words[i - 1] == "(" and i + L < n and words[i + L] == ")" and is_cap(words[i - 2]):
            return True  # "Dương Nội (Hà Đông)": the district of the place before the brackets
        if i >= 2 and words[i - 1] in (",", "và"):
            k = i - 1
            while k > 0 and i - 1 - k < 4 and is_cap(words[k - 1]) and words[k - 1].isalpha():
                k -= 1
            item = " ".join(words[k:i - 1])
            if item in self.districts or item in self.lex.places:
                return True
        e = i + L
        if e + 2 < n and words[e] in (",", "và"):
            L2 = self._district_len(words, e + 1) if is_cap(words[e + 1]) else 0
            if L2 or any(" ".join(words[e + 1:e + 1 + M]) in self.lex.places
                         for M in self.place_lengths.get(words[e + 1], ())):
                return True
        return " ".join(words[i:i + L]) in placed and not (i > 0 and self.lex.honorifics.get(words[i - 1]) == "address")

    def _field_before(self, words, i) -> int:
        """Length of a title's field written capitalised between the title and a full name ("Tổng cục trưởng
        Du Lịch Nguyễn Văn Tuấn", "Bộ trưởng Tài Chính Đinh Tiến Dũng"): a two-syllable dictionary word, not
        starting with a surname, right before a surname and one more capitalised syllable.  0 when there is none."""
        if i + 3 >= len(words) or words[i] in self.lex.surnames or words[i + 2] not in self.lex.surnames or \
                not (is_cap(words[i + 1]) and is_cap(words[i + 3]) and words[i + 3].isalpha()):
            return 0
        return 2 if (words[i].lower() + " " + words[i + 1].lower()) in self.words else 0

    def _one_syllable_refs(self, doc, found):
        """A name has 2–5 syllables; a one-syllable one is kept only as the short form of a longer name
        of the same document ("ông Quang" after "Nguyễn Phong Quang", "Trump" after "Donald Trump") or
        when it is a foreign word ("Tổng thống Duterte")."""
        lasts = {doc.words[p.end - 1] for p in found if p.end - p.start >= 2}
        return [p for p in found if p.end - p.start >= 2 or doc.words[p.start] in lasts
                or (is_foreign_word(doc.words[p.start]) and not self._name_follows(doc.words, p.end))
                or self._described_given(doc.words, p.start) or p.info.get("lineup")]
        # ("Tổng thống Duterte": a foreign name of one word; not "Thủ tướng Australia, ông John Howard"; a player of
        # a line-up: "Real Madrid: Courtois, Carvajal, …")

    def _described_given(self, words, s) -> bool:
        """The one-syllable name at token ``s`` is a person described in brackets right after it, behind an
        honorific of address: "chị Loan (giáo viên trường THCS …)", "bà Hà (mẹ phóng viên …)" (an aside that
        only says where the person stands in a photo is none: "anh Nga (ảnh)")."""
        return 0 < s and s + 2 < len(words) and words[s + 1] == "(" and \
            self.lex.honorifics.get(words[s - 1]) == "address" and words[s + 2].lower() not in PHOTO_ASIDES

    @staticmethod
    def _free(st, i) -> bool:
        return i not in _blocked(st)

    def _given(self, words, starts) -> set:
        """Given names of the full names in the text ("Lê Chí Phước" → "Phước"), so that a bare "Phước"
        anywhere in the document is a person too."""
        out = set()
        n = len(words)
        cap = set(starts)
        for i in compress(starts, map(self.lex.surnames.__contains__, map(words.__getitem__, starts))):  # (C-level)
            if i + 2 in cap and i + 1 in cap:
                j = i + 3
                while j in cap and j - i < 4:
                    j += 1
                for k in range(i + 2, j):
                    if k + 1 < n and words[k + 1].islower() and \
                            ((words[k].lower() + " " + words[k + 1]) in self.titles or
                             (words[k].lower() + " " + words[k + 1]) in self.words):
                        j = k  # "Trần Anh Phương Đạo diễn": the name stops before the title
                        break
                last = words[j - 1]
                if last.isalpha() and not last.isupper() and " ".join(words[i:j]) not in self.lex.places \
                        and " ".join(words[i:i + 2]) not in self.lex.places:
                    out.add(last)
        return out

    def _lists(self, doc, found, st):
        """Comma-list propagation: neighbours of a name in "A, B, C và D" lists are names too."""
        n = len(doc)
        have = {(p.start, p.end) for p in found}
        used = token_set(found)  # tokens of names found so far (a new list item must not overlap them)
        queue = list(found)
        cue_words = self.lex.honorifics  # (read by membership only: the dict's keys, no set copied per document)
        while queue:
            p = queue.pop()
            # right neighbour (behind the name's aside in brackets: "A (Quán quân …), B (…)")
            j = self._past_aside(doc.words, p.end)
            if j < n and doc.words[j] in (",", "và") and j + 1 < n:
                k = j + 1
                while k < n and (L := self._cue_len(doc.words, k, cue_words)):
                    k += L  # ("…, đạo diễn Nguyễn Trọng Trinh": an honorific of several words)
                e = self._run(doc, k, set(), max_len=4)
                if e and (e >= n or doc.words[e] in (",", "và", ";", ")") or doc.words[e][0] in ".…" or
                          (doc.words[e] == "(" and j > p.end) or
                          (self._grounded(doc.words, p, st) and self._open_tail(doc.words, k, e))) \
                        and self._ok(doc, k, e, st, cued=True, listed=True) \
                        and (k, e) not in have and used.isdisjoint(range(k, e)) \
                        and field_at(doc.words, k, self.competitions) != e:  # ("Andy Murray và Wimbledon")
                    q = Ent("person", k, e, span_text(doc, k, e), {"list": True})
                    found.append(q)
                    have.add((k, e))
                    used.update(range(k, e))
                    queue.append(q)
            # left neighbour
            j = p.start - 1
            while j >= 0 and (L := self._cue_len(doc.words, j, cue_words, back=True)):
                j -= L
            if j >= 1 and doc.words[j] == ",":
                e = self._before_aside(doc.words, j)  # ("A (…), B": the item before ends at its aside)
                k = e
                while k - 1 >= 0 and is_cap(doc.words[k - 1]) and doc.words[k - 1].isalpha() and e - k < 4:
                    k -= 1
                if k < e and (k == 0 or doc.words[k - 1] in (",", ":", "(")) and \
                        self._ok(doc, k, e, st, cued=True, listed=True) \
                        and (k, e) not in have and used.isdisjoint(range(k, e)) \
                        and not doc.words[k].isupper():
                    q = Ent("person", k, e, span_text(doc, k, e), {"list": True})
                    found.append(q)
                    have.add((k, e))
                    used.update(range(k, e))
                    queue.append(q)
        return found

    @staticmethod
    def _grounded(words, p, st) -> bool:
        """The list item ``p`` may carry a list on to an item ended by the clause's verb (:meth:`_open_tail`): behind
        a title or an honorific (``st["_cue_end"]``: "Tổng thống Biden và Putin | ở …") any name; else a Vietnamese
        name of two syllables or more ("Lâm Canh Tân, Đậu Kiêu | đóng …"), a foreign word of one ("Tom và Delma |
        khi …"), or a foreign run opened by a romanised surname ("Song Joong Ki và Song Hye Kyo | liên tục …"). A
        list walked through a Vietnamese syllable alone or an uncued foreign run of other words is a list of things
        ("các sông Thao, Lục Nam, Mã, Gianh, Kiến Giang | sẽ …": rivers; "giục Cathay Pacific và Hong Kong Dragon |
        xác nhận": airlines), its last item no person when nothing closes it."""
        if p.start in st.get("_cue_end", ()):
            return True
        if p.info.get("foreign"):
            return words[p.start] in ROMANISED_SURNAMES or (p.end - p.start == 1 and is_foreign_word(words[p.start]))
        return p.end - p.start >= 2 or is_foreign_word(words[p.start])

    def _open_tail(self, words, k, e) -> bool:
        """The list item of tokens ``k``..``e`` ends the list before a lower-case word at token ``e`` that goes on
        with the clause ("A, B và Minh Khôi | được tại ngoại"): that word makes no word of the dictionary with the
        item's last syllable ("Hà | Nội" aside, "Tân | binh"), and no two words of the item and it open a title of
        ``positions.txt`` or honorifics.tsv ("…, Nguyên Phó | hiệu trưởng trường X": an apposition's title, not an
        item)."""
        w = words[e]
        if not (w.isalpha() and w.islower()) or f"{LOWERED[words[e - 1]]} {w}" in self.words:
            return False
        return all(f"{LOWERED[words[i]]} {LOWERED[words[i + 1]]}" not in self.title_heads for i in range(k, e))

    def _cue_len(self, words, j, cues, back=False) -> int:
        """Length (3, 2 or 1 tokens) of an honorific of ``cues`` starting at token ``j`` (ending there when
        ``back``: "đạo diễn", "NSƯT"), else 0."""
        if words[j] not in (self.cue_lasts if back else self.cue_firsts):
            return 0  # (a cheap test before three joins)
        for L in (3, 2, 1):
            s = j - L + 1 if back else j
            if s >= 0 and s + L <= len(words) and " ".join(words[s:s + L]) in cues:
                return L
        return 0

    @staticmethod
    def _past_aside(words, j) -> int:
        """The token after the aside in brackets opened at token ``j`` ("Bảo Ngọc (Quán quân Got Talent 2012), …"),
        closed within ``ASIDE_MAX`` tokens on one line; ``j`` itself when no aside opens there."""
        if j >= len(words) or words[j] != "(":
            return j
        for k in range(j + 1, min(j + ASIDE_MAX, len(words))):
            if words[k] in ("(", "\n"):
                return j
            if words[k] == ")":
                return k + 1
        return j

    @staticmethod
    def _before_aside(words, j) -> int:
        """The token opening the aside in brackets that closes right before token ``j`` ("Công Lý (diễn viên Nhà
        hát Kịch Hà Nội), Trung Anh": the "(" after "Công Lý"), within ``ASIDE_MAX`` tokens on one line; ``j``
        itself when no aside closes there."""
        if j < 1 or words[j - 1] != ")":
            return j
        for k in range(j - 2, max(j - 1 - ASIDE_MAX, -1), -1):
            if words[k] in (")", "\n"):
                return j
            if words[k] == "(":
                return k
        return j


#: the first word of an aside in brackets that only places a person in a photo ("anh Nga (ảnh)", "ông Long (trái)")
PHOTO_ASIDES = {"ảnh", "trái", "phải", "giữa"}

#: the longest romanised last syllable of a Korean or Chinese given name written after a dash ("sim", "chol"); the
#: syllable before the dash is one letter longer at most ("Jong", "Kwang")
KOREAN_SYLLABLE = 4

#: the least difflib ratio of two spellings of one foreign name in a document (the scorer's threshold for names)
SPELLING_RATIO = 0.9

#: the longest aside in brackets between the items of a list of names ("A (Quán quân The Voice Kids 2016), B"), in
#: tokens
ASIDE_MAX = 14


def _alone_elsewhere(text: str, name: str, skip: int = -1, before: int | None = None) -> bool:
    """``name`` is written somewhere in ``text`` as a whole name: no dash right before or after it, and no
    capitalised word right after it ("Park Hang" in "Park Hang Seo" is not the whole name); the writing that starts
    at character ``skip`` (the one asked about) is not counted, nor, when ``before`` is given, one starting at or
    after that character."""
    n = len(name)
    for start in whole_writings(text, name, lambda a, b: _undashed(text, a, b)):
        if before is not None and start >= before:
            return False
        if start == skip:
            continue
        rest = text[start + n:start + n + 40].lstrip(" ")
        if not rest[:1].isupper():
            return True
    return False


def _written_alone(d, a: int, b: int, here: bool = False) -> bool:
    """Tokens ``a``..``b`` of ``d`` (:class:`Toks`) are written elsewhere in the document as a whole name
    (:func:`_alone_elsewhere`; when ``here``, their writing at ``a`` is not counted), kept per document and name."""
    memo = d.__dict__.setdefault("_alone_elsewhere", {})
    side = span_text(d, a, b)
    key = (side, d.starts[a]) if here else side  # (the second name: not counting its writing in this run)
    if key not in memo:
        memo[key] = _alone_elsewhere(d.text, side, d.starts[a] if here else -1)
    return memo[key]


def _without_repeated_tail(d, found):
    """Names whose run goes on into the same name written again ("Gal Gadot | Gal Gadot là …", "Rafael Nadal | – Nadal
    vô địch …", "Betty Hill | Betty và …": a heading run into the paragraph that opens on the name, or a name and its
    short form glued by a dash): each person of ``found`` that holds a foreign word (:func:`is_foreign_word`: no
    Vietnamese syllable, so "Lê Văn Lê" stays whole) written again two words or more after its first writing ends
    before that second writing and a dash before it (in place; the list is returned), when a dash stands before it or
    inside the run (a line-up "A – B – C A …"), when it repeats the run's first two words, or when the words before it
    are written elsewhere as a whole name (:func:`_written_alone`). Else a repeated word is part of the name, as
    Arabic and Somali names repeat a father's or a grandfather's name ("Hassan Ali Hassan", "Mohamed Abdullahi
    Mohamed"). A word written twice in a row is a name of its own ("Jin Jin", "Alioum Alioum"). ``d``: the document's
    tokens (:class:`Toks`)."""
    words = d.words
    for p in found:
        seen = set()
        for k in range(p.start, p.end):
            w = words[k]
            if w in seen and k - p.start >= 2:
                end = k - 1 if words[k - 1] in _DASHES else k
                if any(map(_DASHES.__contains__, words[p.start:k])) or \
                        words[k:k + 2] == words[p.start:p.start + 2] or _written_alone(d, p.start, end):
                    p.end, p.text = end, span_text(d, p.start, end)
                break
            if is_foreign_word(w) and title_case(w):
                seen.add(w)
    return found


def _without_glued_name(d, found):
    """Names whose run goes on into another person's name, a heading or a caption run into the text without its full
    stop ("… trẻ hơn Usain Bolt | Christian Coleman hiện đang học …", "… hủy diệt Milos Raonic | Federer hay bao
    nhiêu …"): each person of ``found`` of three words or more, every one a capitalised foreign word
    (:func:`is_foreign_word`), is cut (in place) before the first word from which its tail is written elsewhere as a
    whole name, where its head, two words or more, is too (:func:`_written_alone`; a name of three words whose
    surname alone is written elsewhere, "Jerome Hayden Powell" beside "Powell", is left whole when its first two
    words are never written alone), and the tail somewhere opens a writing of its own, after no capitalised word
    (:func:`_opens_alone`: not "Sanusi Putra" of "Gerian Sanusi Putra", an Indonesian family's name), and one of
    them is written alone before the run (:func:`_part_named_before`: not the first mention of "Mary Jane Watson",
    then "Mary Jane" and "Watson").  ``d``: the
    document's tokens (:class:`Toks`).  Observed in bulk news (session 47's check of 2,000 stories: about 14 such
    runs)."""
    words = d.words
    for p in found:
        if p.end - p.start < 3 or not all(is_foreign_word(w) and title_case(w) for w in words[p.start:p.end]):
            continue
        for k in range(p.start + 2, p.end):
            if _written_alone(d, k, p.end, here=True) and _written_alone(d, p.start, k) and \
                    _opens_alone(d.text, span_text(d, k, p.end)) and _part_named_before(d, p.start, k, p.end):
                p.end, p.text = k, span_text(d, p.start, k)
                break


def _part_named_before(d, a: int, k: int, b: int) -> bool:
    """The head (tokens ``a``..``k``) or the tail (``k``..``b``) of the run [a, b) of ``d`` (:class:`Toks`) is
    written alone (:func:`_alone_elsewhere`) before the run: the run is no first mention.  A person's full name is
    written at its first mention, its short forms after it ("Mary Jane Watson … Mary Jane … Watson": one person);
    two names glued in a caption or a heading repeat names the story has written ("… vì Donnarumma và Mino Raiola
    | Donnarumma đang …")."""
    at = d.starts[a]
    return _alone_elsewhere(d.text, span_text(d, a, k), before=at) or \
        _alone_elsewhere(d.text, span_text(d, k, b), before=at)


def _opens_alone(text: str, name: str) -> bool:
    """``name`` is written somewhere in ``text`` with no capitalised word right before it (the end of another
    name it would close: "Sanusi Putra" in "Gerian Sanusi Putra"); a word of a sentence's opening counts as written
    alone only after a mark (".", ":", a quote …)."""
    for start in whole_writings(text, name):
        before = text[max(0, start - 40):start].rstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
        if not last or not last[:1].isupper() or not last[-1:].isalnum():
            return True
    return False


def _opens_next_sentence(d, a: int, k: int, dictionary) -> bool:
    """Token ``k`` of ``d`` (:class:`Toks`), right after a name written on tokens ``a``..``k - 1``, opens the next
    sentence, its full stop lost (a caption or a sub-heading run into the text): the one test of a name run into the
    next sentence's first word, read while a name is read (PersonRecognizer._run) and after the names of every
    recogniser are found (:func:`_without_run_in_openers`). Never when the name would end on a middle name of
    ``middle_names.txt`` ("Trần Văn | Minh họa …", "Nguyễn Thị Thật về đích" stay whole); else, in the order:

    * a syllable of SENTENCE_OPENERS (opening sentences, never ending a name in the bulk news) before a lower-case
      word, when the two make a word of ``dictionary`` (the Viet74K words: "Xác định", "Lúc này") or the name is
      written elsewhere on its own (:func:`_written_alone`: "TS Lạc Thu Vân | Tôi muốn …" beside "TS Lạc Thu Vân,");
    * after two words of the name or more, any syllable making a word of ``dictionary`` with the lower-case word
      after it, when the name is written elsewhere on its own ("nhà thiết kế An Nhiên | Hiện nay, …" beside "nhà
      thiết kế An Nhiên đã may …"; so two persons, "Lê Hoàng" and "Lê Hoàng Minh | họa bìa", are one: rare);
    * a word of TIME_OPENERS before a number or another of them ("Năm 2002", "Ngày 3/2"), when the name is written
      elsewhere on its own."""
    words = d.words
    if k + 1 >= len(words) or LOWERED[words[k - 1]] in LOWER_MIDDLE:
        return False
    t, nxt = words[k], words[k + 1]
    if t in SENTENCE_OPENERS and nxt[:1].islower():
        return f"{LOWERED[t]} {nxt}" in dictionary or _written_alone(d, a, k)
    if k - a >= 2 and nxt.isalpha() and nxt.islower() and f"{LOWERED[t]} {nxt}" in dictionary:
        return _written_alone(d, a, k)
    if LOWERED[t] in TIME_OPENERS and (nxt[:1].isdigit() or nxt in TIME_OPENERS):
        return _written_alone(d, a, k)
    return False


def _without_run_in_openers(d, found, dictionary):
    """Persons whose last word opens the next sentence, the stop before it lost (a caption or a heading run into the
    text: "Tổng thống Markus Kessler | Ngày 3/2, …", "Phó chủ nhiệm Đỗ Văn Lực | Xác định rõ …", "Lê Văn An | Năm
    2002, …"): each person of ``found`` of three words or more whose last word opens it by
    :func:`_opens_next_sentence` (``dictionary``: the Viet74K words, :func:`extractors.gazetteer.dictionary_words`)
    is cut before that word (in place; the list is returned). Read after every recogniser, so a foreign name's run
    and a line-up's are cut too. ``d``: the document's tokens (:class:`Toks`)."""
    for p in found:
        if p.end - p.start >= 3 and _opens_next_sentence(d, p.start, p.end - 1, dictionary):
            p.end, p.text = p.end - 1, span_text(d, p.start, p.end - 1)
    return found


def district_openers(nlp, pairs) -> list[str]:
    """The first two words of the districts (``pairs``: (first, second) word pairs) as phrases, those the tokenizer
    reads as those two words and whose first word is capitalised: only they stand where a scan of the capitalised
    tokens for the pairs stops (``_UPPER_FIRST``), so the phrase set's matches are the scan's hits, at the same
    tokens, in order (session 47: the scan was about 0.4% of extraction; the shared phrase walk is made anyway)."""
    return sorted(f"{a} {b}" for a, b in pairs
                  if _UPPER_FIRST[a] and [t.text for t in nlp.make_doc(f"{a} {b}")] == [a, b])


def _without_common_heads(d, found):
    """Persons whose first word the document writes elsewhere in lower case before the same words: a common noun
    heading a place's, a body's or a time's name, capitalised where it opens a sentence or a heading ("Hồ Toplitz"
    after "đáy hồ Toplitz": a lake; "Đoàn Việt Nam" after "đoàn Việt Nam": a delegation; "Mùa Thu", "Ngành Cơ
    khí"), not a surname. A particle of a foreign name written so is no common noun ("Van Gaal", "van Gaal"). A
    lower-case writing running on into a capitalised word is the head of a longer name, not of this one ("Ca sĩ
    Thu Hà" beside "mùa thu Hà Nội": :func:`_runs_on`). ``d``: the document's tokens (:class:`Toks`); one search
    of the text per name. Returns the persons kept."""
    text = d.text
    common: dict[str, bool] = {}
    out = []
    for p in found:
        head, _, rest = p.text.partition(" ")
        if rest and head.lower() not in PARTICLES and head[:1].isupper():
            if p.text not in common:
                common[p.text] = next(iter(whole_writings(text, f"{head.lower()} {rest}",
                                                          lambda a, b: not _runs_on(text, b))), None) is not None
            if common[p.text]:
                continue
        out.append(p)
    return out


def _runs_on(text: str, b: int) -> bool:
    """A capitalised word follows ``text[:b]`` after one space: the writing ending at ``b`` is part of a longer
    proper name ("mùa thu Hà | Nội")."""
    return text[b:b + 1] == " " and text[b + 1:b + 2].isupper()


def _undashed(text: str, a: int, b: int) -> bool:
    """No dash right before ``text[a:b]`` nor right after it, nor one space from it: the look-arounds
    ``(?<![-–])(?<![-–] )`` before a name and ``(?! ?[-–])`` after it (:data:`_DASHES`, :data:`_SPACED_DASHES`)."""
    before = text[max(0, a - 2):a]
    after = text[b:b + 2]
    return not (before[-1:] in _DASHES or before in _SPACED_DASHES or after[:1] in _DASHES
                or after in _DASHES_SPACED)


#: a hyphen or an en dash, which join a name to what is written beside it (a tuple: "" is none of them)
_DASHES = ("-", "–")
_SPACED_DASHES = ("- ", "– ")
_DASHES_SPACED = (" -", " –")


def _written_apart(d, name: str) -> bool:
    """``name`` is written somewhere in the document ``d`` (:class:`Toks`) with no capitalised word right before
    it (not only as the end of a longer capitalised run: "Red Bull Ring"); kept per document and name."""
    memo = d.__dict__.setdefault("_written_apart", {})
    if name not in memo:
        text = d.text
        memo[name] = any(not (text[max(0, a - 40):a].rstrip(" ").split(" ")[-1][:1].isupper())
                         for a in whole_writings(text, name))
    return memo[name]


def after_work_title(words, k: int, j: int) -> int:
    """Where a person's name starts in the capitalised run ``k``..``j`` (of four words at most) that holds a word
    of a work's, product's or event's title (:func:`extractors.foreign.work_words`): its last two words, when they
    follow the last such word, are capitalised, none a designator, and one or both foreign ("Super Bowl | Tom
    Brady"; "Iron Man | John Carter": a word between is the title's); else ``k``."""
    works = work_words()
    last = next((x for x in range(j - 1, k - 1, -1) if words[x] in works), -1)
    if last < 0 or j - last - 1 < 2:
        return k
    rest = words[j - 2:j]
    if designators().isdisjoint(rest) and all(map(title_case, rest)) and any(map(is_foreign_word, rest)):
        return j - 2
    return k


def dash_between_names(d, s: int, j: int) -> bool:
    """The dash at token ``j`` stands between two persons' names ("Rafael Nadal – Dominic Thiem", a match or a
    pair) rather than inside one ("Diaz – Canel", "Kassym – Zhomart", "Park Hang - seo"): the capitalised words
    ``s``..``j`` before it and those after it are two or more on each side, and one side is written elsewhere in
    the document as a whole name on its own (no dash beside it, no capitalised word after it). ``d``: the
    document's tokens (:class:`Toks`); the look-ups are kept per document and name (one scan of the text each)."""
    words = d.words
    k = j + 1
    while k < len(words) and words[k].isalpha() and title_case(words[k]):
        k += 1
    if j - s < 2 or k - j <= 2:
        return False
    memo = d.__dict__.setdefault("_alone_elsewhere", {})
    for side in (span_text(d, s, j), span_text(d, j + 1, k)):
        if side not in memo:
            memo[side] = _alone_elsewhere(d.text, side)
        if memo[side]:
            return True
    return False


#: the fewest words of each of two names glued into one run (glued_end): a name of one word is too often the short form
#: of the full name it opens ("Ronaldo", "Kim"; "Bảo Hân | Kiwi")
GLUED_PART = 2


def glued_end(d, s: int, e: int) -> int:
    """End of the first of two names written one after the other with no stop between them, where the capitalised run
    ``s``..``e`` holds them both (a sentence break lost in the source, or a caption run into the text: "nghệ sĩ Lam
    Thư | Bảo Hân …", "Đỗ Thị Ngọc Lan | Ngọc Lan được …"): the first split k from the left such that the words
    ``s``..k (ending on a capitalised word) and the capitalised words from k (up to MAX_LEN; not a particle: "Sheikh
    Mohamed | bin Zayed" is one name) are each GLUED_PART words or more and each written elsewhere in the document as
    a whole name (:func:`_alone_elsewhere`); ``e`` when there is none. ``d``: the
    document's tokens (:class:`Toks`); the look-ups are kept per document and name, as in :func:`dash_between_names`."""
    words = d.words
    if e - s < 2 * GLUED_PART - 1:
        return e
    stop = s + GLUED_PART  # the first word from there that is no capitalised word (one scan: the run may go on
    while stop < len(words) and stop < e + MAX_LEN and words[stop].isalpha() and title_case(words[stop]):
        stop += 1  # after its end, where it was cut at its longest)
    for k in range(s + GLUED_PART, min(e, stop - GLUED_PART + 1)):
        r = min(stop, k + MAX_LEN)  # the second name: the capitalised words from k
        if title_case(words[k - 1]) and _written_alone(d, s, k) and _written_alone(d, k, r, here=True):
            return k
    return e


@functools.lru_cache(maxsize=1)
def _bare_bodies() -> frozenset:
    """The clubs of ``sports_teams.txt`` and the collectives the press names bare (``collectives_named.txt``:
    "Chelsea", "Apple", "Facebook") as word tuples, made once."""
    return frozenset(tuple(t.split()) for t in sports_team_set() | set(word_list("collectives_named.txt")))


def named_bodies(units) -> frozenset:
    """The names of teams and bodies a foreign name may be glued to, as word tuples: the clubs of
    ``sports_teams.txt``, the collectives of ``collectives_named.txt`` and each unit of the document (``units``: its
    unit spans), whole ("Tottenham") and by the capitalised words closing it ("Công ty điện tử | Samsung"):
    :func:`unit_edges` reads them."""
    out = set(_bare_bodies())
    for u in units:
        ws = u.text.split()
        out.add(tuple(ws))
        k = len(ws)
        while k > 0 and ws[k - 1][:1].isupper():
            k -= 1
        if 0 < k < len(ws):
            out.add(tuple(ws[k:]))
    return frozenset(out)


#: words after which the press names a body by its bare name ("của | Uber", "tại | Facebook", "hãng | Apple"):
#: ``body_cues.txt``
BODY_CUES = frozenset(word_list("body_cues.txt"))
#: the lengths in words of the titles looked up before such a word ("ông", "Chủ tịch", "Giám đốc điều hành")
TITLE_SPAN = (1, 2, 3, 4)


def written_bodies(words, cues) -> frozenset:
    """The one-word bodies the document of ``words`` names bare, as word tuples (:func:`unit_edges` reads them with
    :func:`named_bodies`): a foreign title-cased word written right after a word of ``BODY_CUES`` with no capitalised
    word after it ("nhân viên của Uber phản đối" → ("Uber",)), unless the document also writes it alone right after
    a word of ``cues`` (lower-case honorifics and titles of TITLE_SPAN words: "HLV Park nói", "ông Park": a name
    of its own) or opening a capitalised run anywhere but right after one ("…, Lady Mary Charteris": a given name;
    a body is glued to a name only after its holder's title, "CEO Uber Travis Kalanick")."""
    n = len(words)
    # (C-level scans: the tokens after a cue word, then the writings of the words so found; most stories hold none)
    found = {words[k] for k in compress(range(1, n - 1), map(BODY_CUES.__contains__, words[:n - 2]))
             if title_case(words[k]) and not is_cap(words[k + 1]) and is_foreign_word(words[k])}
    if not found:
        return frozenset()
    named = set()
    for k in compress(range(1, n), map(found.__contains__, words[1:])):
        titled = any(" ".join(words[k - L:k]).lower() in cues for L in TITLE_SPAN if k >= L)
        if titled != (k + 1 < n and is_cap(words[k + 1])):
            named.add(words[k])
    return frozenset((w,) for w in found - named)


def unit_edges(words, i, j, bodies, cued=True, leads=frozenset()) -> tuple[int, int]:
    """How many tokens of the capitalised run [i, j) name a team or a body of ``bodies`` (:func:`named_bodies`)
    glued before the person's name ("Giám đốc điều hành Uber | Travis Kalanick", "Đội trưởng Tottenham | Hugo
    Lloris": the title's body; only when ``cued``, a title or an honorific right before the run: bare, the body
    opens a product's or a work's name, "Toyota Safety Sense") and after it ("Kingsley Coman | Bayern Munich": a
    transfer's clubs, a lost line break), one to three words each, as long as GLUED_PART title-cased words of the
    name are left: (lead, tail).  The bodies of ``leads`` (:func:`written_bodies`) are read before the name only (a
    name's last word is written alone after "của" as often as a body is: "đơn vị của | Ovcharenko")."""
    lead = next((L for L in (3, 2, 1) if j - i - L >= GLUED_PART and
                 (tuple(words[i:i + L]) in bodies or tuple(words[i:i + L]) in leads) and
                 sum(map(title_case, words[i + L:j])) >= GLUED_PART), 0) if cued else 0
    # (the name left keeps GLUED_PART title-cased words: "Giám đốc điều hành Samsung Ji-won" is one name, its
    # given name hyphenated)
    if lead and words[i + lead] in _DASHES:
        lead += 1  # "HLV Bayern Munich – | Carlo Ancelotti"
    if lead and not title_case(words[i + lead]):
        lead = 0  # ("cựu Chánh Văn phòng … Kim Ki | -choon": the body's name ran into the person's)
    i += lead
    tail = 0
    while True:
        L = next((L for L in (3, 2, 1) if j - tail - L - i >= GLUED_PART and
                  tuple(words[j - tail - L:j - tail]) in bodies and title_case(words[j - tail - L - 1])), 0)
        if not L:
            if tail and not any(map(is_foreign_word, words[i:j - tail])):
                tail = 0  # ("Giám đốc Công ty … Hùng": a Vietnamese name closing its owner's company keeps its word)
            return (lead, tail) if tuple(words[i:j - tail]) not in bodies else (0, 0)  # ("cầu thủ Man City |
            # West Brom": two teams, no name between them)
        tail += L


def level_ends_at(words, k, lv) -> bool:
    """A level word of ``PLACE_HEAD_LEVELS`` of ``lv`` tokens ("bang", "thành phố") ends at token ``k`` of
    ``words``, in any case."""
    return k - lv >= 0 and " ".join(words[k - lv:k]).lower() in PLACE_HEAD_LEVELS


def place_head_title_before(words, k) -> int:
    """Where a title of ``PLACE_HEAD_TITLES`` ("Thị trưởng", "Phó thống đốc") ends, when it ends at token ``k`` or
    before a level word of ``PLACE_HEAD_LEVELS`` that ends there ("Thống đốc bang | …", "Thị trưởng Thành phố | …"),
    both in any case; else -1."""
    if k == 0 or LOWERED[words[k - 1]] not in PLACE_HEAD_LAST:
        return -1
    for lv in (0, 1, 2):
        if lv and not level_ends_at(words, k, lv):
            continue
        e = k - lv
        if any(e - L >= 0 and " ".join(words[e - L:e]).lower() in PLACE_HEAD_TITLES for L in (2, 1, 3)):
            return e
    return -1


def titled_place(words, i, j) -> int:
    """How many tokens opening the capitalised run [i, j) name the place of a head-of-place title written right
    before it ("Thị trưởng Ljubljana Zoran Jankovic", "Thống đốc bang Texas Greg Abbott", "Thị trưởng New York Bill
    de Blasio"): all but the last two capitalised words, which are the holder's name (the form of nearly every such
    mention in the bulk news); after a level word all but the last one when only two are written.  0 when no such
    title stands before the run, every word is the name ("Thị trưởng Sadiq Khan") or the name is no foreign one."""
    e = place_head_title_before(words, i) if j - i >= 2 else -1
    if e < 0:
        return 0
    caps = [x for x in range(i, j) if is_cap(words[x]) and words[x - 1] not in ("-", "–")
            and not MIDDLE_INITIAL.match(words[x])]  # ("Thị trưởng New York | Rudolph W. Giuliani": no word of its own)
    if len(caps) < 2:
        return 0
    keep = 2 if len(caps) >= 3 else (1 if e < i else 0)
    if not keep or not all(map(is_foreign_word, (words[x] for x in caps[-keep:]))):
        return 0  # (a Vietnamese name is written whole: "Thống đốc Nguyễn Văn Bình")
    return caps[-keep] - i


def _address_listed(words, i) -> bool:
    """The name at token ``i``, after a house number, is one of a list of addresses: a comma, then another house
    number and a capitalised word, follow its run ("25 Lê Văn Lương, 102 Trường Chinh"), or close the run before the
    number ("…, 102 Trường Chinh, 36 | Phạm Hùng"), within ``ADDRESS_GAP`` words; a numbered list of names is written
    with a full stop or on lines of its own ("1. Nguyễn Văn An"), no such pairs."""
    n = len(words)
    k = i
    while k < n and k - i < ADDRESS_GAP and words[k][:1].isupper():
        k += 1
    if k + 2 < n and words[k] == "," and words[k + 1].isdigit() and words[k + 2][:1].isupper():
        return True
    if i < 3 or words[i - 2] != ",":
        return False
    return any(words[j].isdigit() and len(words[j]) <= HOUSE_DIGITS and words[j + 1][:1].isupper()
               for j in range(max(0, i - 2 - ADDRESS_GAP), i - 3))


def _alley_at(words, j) -> bool:
    """Token ``j`` is an alley's or a station's word (:data:`ALLEYS`): in lower case anywhere ("ngõ", "ga"),
    capitalised only opening a clause or after a number ("Ga La Khê …", "88 Ngõ Thái Thịnh"); after a word a
    capital "Kiệt" or "Ga" is a given name ("Tuấn Kiệt", "anh Kiệt")."""
    w = words[j]
    return w in ALLEYS or (w.lower() in ALLEYS and (j == 0 or not words[j - 1].isalpha()))


def _alley_number(words, i) -> bool:
    """The tokens before token i are an alley's word and its number ("ngõ 300", "hẻm 141B", "ngõ 63/30")."""
    k = i
    while k > 0 and i - k < 5 and (ALLEY_NUMBER.match(words[k - 1]) or (words[k - 1] == "/" and k < i)):
        k -= 1
    return k < i and k > 0 and words[k - 1].lower() in ALLEYS


@Language.factory("sovang_persons")
def make_persons(nlp, name):
    """Factory of :class:`PersonRecognizer`."""
    return PersonRecognizer(nlp)
