"""Word lists and patterns that several unit modules read (heads, levels, place words, codes), and foreign words."""
from __future__ import annotations

import re

from ..canonical import level_syllables, level_words
from ..gazetteer import section, table, word_list

#: lower-case words that may sit inside a unit name (place levels, qualifiers)
QUALIFIERS = {"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "trấn", "phường", "tối", "cao", "cấp",
              "nhân", "dân", "số", "khu", "vực", "trung", "ương", "tp", "tp.", "thuộc", "tại",
              "ngành"}  # "Công đoàn ngành Xây dựng", "Hội đồng Thi đua – Khen thưởng ngành Kiểm sát nhân dân"
#: the level word "đảo" written after a district's or commune's level word in the name of an island district or
#: commune ("UBND huyện đảo Lý Sơn", "xã đảo Thạnh An"; Luật Tổ chức chính quyền địa phương 2015: chính quyền địa
#: phương ở huyện đảo; "huyện đảo X" 69 times in the bulk news, observed in news, session 23): read as a qualifier
#: only right after those level words
ISLAND = "đảo"
ISLAND_LEVELS = frozenset(word_list("island_levels.txt"))
#: lower-case words that never continue a unit name
STOP = {"cần", "phải", "muốn", "được", "khóa", "nhiệm", "kỳ", "khẳng", "định", "nhớ", "lại", "trải", "lòng", "xúc", "động", "biết", "nói", "chia", "sẻ", "đánh", "giá",
        "ghi", "thăm", "họp", "quyết", "yêu", "cầu", "chỉ", "đạo", "hoàn", "thành", "giành", "mới", "vẫn", "còn",
        "luôn", "xuống", "lý", "giải", "cho", "biết", "đóng", "góp", "tiêu", "chuẩn", "danh", "sách", "gồm",
        "của", "cho", "đã", "được", "là", "có", "với", "trong", "về", "tổ", "chức", "các", "những", "này", "đó",
        "khi", "để", "đến", "từ", "theo", "trao", "tặng", "nhận", "vừa", "sẽ", "đang", "cùng", "như", "gồm", "do",
        "vì", "bị", "thì", "mà", "nên", "ra", "vào", "lên", "tham", "dự", "phát", "biểu", "chủ", "trì", "ông", "bà",
        "năm", "ngày", "tháng", "lần", "thứ", "và", "hay", "hoặc", "đồng", "chí", "ở", "đi", "làm", "không",
        "rất", "cũng", "đều", "vinh", "đón", "phong", "truy", "công", "nhiều", "một", "hai", "ba", "trên", "dưới",
        "sau", "trước", "giữa", "qua", "bằng", "khen", "giấy", "huân", "huy", "chương", "cờ", "danh", "hiệu",
        "sẽ", "nay", "hiện", "nguyên", "cựu", "kiêm", "anh", "chị", "em", "đạt", "đối", "tiếp", "tục", "thực",
        "hiện", "phối", "hợp", "ký", "kết", "tổng", "kết", "hội", "nghị",
        "ban", "hành", "nhằm", "gửi", "trình", "đề", "nghị", "xét", "lễ", "kỷ", "niệm", "đại", "hội", "bộ"}
#: the head of a sports team, alone or with its sport ("đội tuyển", "Đội tuyển bóng chuyền"; unit_types.tsv): in lower
#: case before its country too ("đội tuyển Việt Nam"), a team named by its place, not "vụ Đà Nẵng" inside "Sở Nội vụ …"
TEAM_HEAD = "đội tuyển"
#: an age-group team's code ("U20", "U23"), before a team's place or a club's name (collectives._team_name,
#: unit_cues._club_after_team_word)
AGE_TEAM = re.compile(r"U\d{2}")
#: lower-case words after a head that are no field of its body ("Cục | ở Hà Nam", "Sở | này tại …")
FIELD_NOT = {"tại", "ở", "và", "của", "cho", "năm", "ngày", "tháng", "này", "đó", "kia", "nay", "mới", "cũ", "trên",
             "dưới", "ra", "vào", "lên", "thì", "mà", "là", "có", "không", "đều", "nên", "nhiều", "các", "những", "tuyến",
             "cấp", "tuyển"}  # ("Đội tuyển Tây Ban Nha": a national sports team, tests/test_units_noise.py)
#: a company's legal form, written or left out in mentions of one company (Luật Doanh nghiệp 2020)
LEGAL_FORMS = (" cổ phần ", " trách nhiệm hữu hạn ", " một thành viên ")
#: school levels written in lower case after "trường" (Luật Giáo dục 2019, Art. 6; Luật Giáo dục nghề nghiệp 2014)
SCHOOL_LEVELS = {"đại học", "cao đẳng", "trung cấp", "tiểu học", "mầm non", "mẫu giáo", "trung học cơ sở",
                 "trung học phổ thông", "phổ thông", "dạy nghề", "trung học", "trung cấp nghề", "cao đẳng nghề"}
#: ranks of state bodies' heads (Luật Tổ chức Chính phủ 2015, NĐ 123/2016 and 24/2014): a body is never a
#: sub-unit of one of the same or a lower rank
HEAD_RANKS = {"bộ": 5, "tổng cục": 4, "sở": 4, "cục": 3, "vụ": 3, "chi cục": 2, "phòng": 2, "đội": 1,
              # army echelons (Luật Sĩ quan QĐND 1999, Điều 11 and 25: quân chủng, quân khu, quân đoàn, binh chủng;
              # sư đoàn; lữ đoàn, trung đoàn; tiểu đoàn; đại đội), under the Ministry of Defence ("bộ")
              "quân chủng": 4, "quân khu": 4, "quân đoàn": 4, "binh chủng": 4, "binh đoàn": 4, "bộ chỉ huy": 3,
              "sư đoàn": 3, "lữ đoàn": 2, "trung đoàn": 2, "tiểu đoàn": 1, "đại đội": 0, "đồn biên": 1}


#: a sub-unit's number or code ("Vụ 4", "Vụ 1A", "Phòng PC02")
CODE = re.compile(r"\d{1,3}[A-Z]?|[A-Z]{1,3}\d{1,3}")


def is_code(word: str) -> bool:
    """``word`` is a number or code of :data:`CODE` as a whole.  A word of letters alone holds no digit, which every
    code holds, and is not searched (``str.isalpha`` first: about 4,500 words a pass of dev and real/news are
    asked, 26 of them codes)."""
    return not word.isalpha() and CODE.fullmatch(word) is not None


def committee_head(people: str = "nhân dân") -> str:
    """The regular expression (no group) of a people's committee's name as it opens: "UBND", or "Ủy ban" ("Uỷ ban",
    the other tone placement) and ``people``, the pattern of its words "nhân dân" (``"[Nn]hân dân"`` takes a name
    in title case too, "Ủy ban Nhân dân").  One definition for the rules that read a committee (Luật Tổ chức chính
    quyền địa phương 2015, Điều 8: Ủy ban nhân dân, each level's executive body)."""
    return rf"(?:UBND|Ủy ban {people}|Uỷ ban {people})"
LEVELS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành"}
#: a city's level abbreviated before its name ("TP. Móng Cái", "TP Hạ Long")
CITY_MARKS = {"TP", "Tp"}
#: a place level written alone after a local body's name ("Sở Y tế tỉnh", "Ban Thi đua – Khen thưởng thành phố")
BARE_LEVELS = {("tỉnh",), ("thành", "phố"), ("huyện",), ("quận",), ("thị", "xã")}
#: a place level's syllable starting a common word inside a name ("Ủy ban Văn hóa xã hội", "Bảo hiểm xã hội";
#: ``level_lookalikes.txt``)
NOT_LEVELS = frozenset(word_list("level_lookalikes.txt"))
#: two-word adverbs of time and manner that open a body's predicate, never its field ("Khoa Sản | gần đây đã …";
#: ``predicate_adverbs.txt``)
PREDICATE_ADVERBS = frozenset(word_list("predicate_adverbs.txt"))
#: two-word adverbs that close the field of a real name only right after that field ("Giáo dục | thường xuyên", "Hồi
#: sức | tích cực"), elsewhere opening the body's predicate ("Khoa Sản | thường xuyên …"): {adverb: the lower-case fields
#: it closes} (``field_adverbs.tsv``)
FIELD_ADVERBS: dict[str, frozenset[str]] = {}
for _adverb, _field in table("field_adverbs.tsv"):
    FIELD_ADVERBS[_adverb] = FIELD_ADVERBS.get(_adverb, frozenset()) | {_field}
NO_SANDWICH = {"tại", "ở", "thuộc", "của", "cho", "và"}
#: heads of a body's own branch, named by the body they belong to (Điều lệ Đoàn TNCS Hồ Chí Minh: chi đoàn, liên chi
#: đoàn, đoàn thanh niên of an agency; Luật Công đoàn 2012, Điều 7: công đoàn of an agency or enterprise; Điều lệ Đảng,
#: Điều 21: đảng bộ, đảng ủy of an agency; Điều lệ Hội Luật gia: chi hội; "CĐCS", công đoàn cơ sở, the grassroots
#: union of an enterprise, held-out 3 gold): written in lower case (or abbreviated) right before that body
#: they are the branch, written whole with it ("đoàn thanh niên Bộ Công an", "công đoàn Ban … LĐLĐ thành phố", "chi hội
#: Luật gia trường đại học …"; held-out 3, 5, 6 gold), not a common noun before another unit; an agency's office
#: (Nghị định 123/2016/NĐ-CP, Điều 8: văn phòng of a ministry; of a council, a newspaper: "văn phòng Hội đồng … nhà
#: nước", "văn phòng báo X tại miền Bắc"; held-out 4, 8 gold) but not after its chief's title ("chánh văn phòng Sở
#: X": the post, unit_titles.OFFICE_CHIEF)
BRANCH_HEADS_LOWER = {"đoàn thanh niên", "chi đoàn", "liên chi đoàn", "công đoàn", "đảng bộ", "đảng ủy", "đảng uỷ",
                      "chi hội", "văn phòng", "cđcs"}
#: branch heads that also name a body's premises ("văn phòng": its offices), and the words of place or motion that
#: make them the premises when written right before them in lower case ("Sáng 5/6, tại văn phòng Sở X, …"): a venue,
#: not a unit, the body after it is the unit (premises_words.txt, with its source and the words left out: "ở", "từ")
PREMISES_HEADS = frozenset(section("premises_words.txt", "# Premises heads"))
PREMISES_BEFORE = frozenset(section("premises_words.txt", "# Words before premises"))
#: buildings written right before a state body named in lower case ("tòa nhà quốc hội Mỹ"): the premises, no unit
PREMISES_NOUNS = frozenset(section("premises_words.txt", "# Premises nouns"))
#: nouns before a listed body's name that name a thing called after it ("chỉ số Nikkei 225": the index; eponym_nouns.txt)
EPONYM_NOUNS = frozenset(word_list("eponym_nouns.txt"))
#: place levels below a province: "tại" / "ở" + one of them after a unit's name opens its address, not a seat that
#: names it ("Công ty … | tại xã X, huyện Y, tỉnh Z"; a seat is a city or a country: "Đại sứ quán … tại Osaka",
#: "TAND cấp cao tại Hà Nội").  Observed in h4 and bulk news; no unit of the dev or held-out gold writes one.
#: The level words whole and lower-case (administrative_levels.tsv: district and commune tiers, without those of a
#: province: "thành phố" is a seat), matched whole: "thị xã", "thị trấn", never "thị" of "thị trường".
ADDRESS_LEVELS = level_words(("district", "commune")) - level_words(("province",))
#: heads of a body's branch or office in a place, whose seat names it and stays in its name ("Chi nhánh Ngân hàng X
#: tại huyện Y", "Văn phòng đại diện Công ty X tại quận Y"; Luật Doanh nghiệp 2020, Điều 44: chi nhánh, văn phòng
#: đại diện; a bank's phòng giao dịch, Luật Các tổ chức tín dụng 2024)
SEATED_BRANCH_HEADS = (("chi", "nhánh"), ("văn", "phòng", "đại", "diện"), ("phòng", "giao", "dịch"))


def address_at(words, i) -> bool:
    """Token i opens a place level of ``ADDRESS_LEVELS``, one or two words matched whole ("xã", "thị trấn"; not
    "thị trường")."""
    return any(" ".join(words[i:i + L]) in ADDRESS_LEVELS for L in (1, 2))


def seated_branch(words, start) -> bool:
    """A branch head of ``SEATED_BRANCH_HEADS`` opens the name at token ``start`` or comes right before it
    ("Chi nhánh Ngân hàng X", "Văn phòng đại diện | Công ty X")."""
    for head in SEATED_BRANCH_HEADS:
        L = len(head)
        if tuple(w.lower() for w in words[start:start + L]) == head or \
                (start >= L and tuple(w.lower() for w in words[start - L:start]) == head):
            return True
    return False


#: the centre written after a body's name, one word or two ("TƯ", "TW", "Trung ương": "Ban Dân vận Trung ương")
CENTRE_WORDS = {"TƯ", "TW"}
CENTRE_PAIR = ("Trung", "ương")


def centre_at(words, i) -> bool:
    """Token i opens the centre of ``CENTRE_WORDS`` or ``CENTRE_PAIR`` ("TƯ", "Trung ương"; not "Trung" alone, the
    first syllable of many names: "Trung tâm", "Trung Quốc", "Trung đoàn"). An i past the end is no centre."""
    if i >= len(words):
        return False
    return words[i] in CENTRE_WORDS or tuple(words[i:i + 2]) == CENTRE_PAIR


#: the company classifiers a business field of ``company_fields.txt`` may follow before a foreign firm's name
COMPANY_CLASSIFIERS = ("công ty", "tập đoàn", "hãng")


def collective_classifiers() -> dict[tuple[str, ...], tuple[str, bool, str]]:
    """``collective_classifiers.tsv`` as {lower-case words: (kind, keep, takes)}, in the file's order, then each
    company classifier (:data:`COMPANY_CLASSIFIERS`) with each business field of ``company_fields.txt`` ("công ty an
    ninh mạng", "tập đoàn bán lẻ") as ("company", True, "foreign") unless the file lists it; keep: the classifier is
    written with the name (read by the collectives component and by units' classifier test)."""
    out = {tuple(row[0].lower().split()): (row[1], row[2] == "yes", row[3])
           for row in table("collective_classifiers.tsv")}
    fields = word_list("company_fields.txt")  # (read once, not once per classifier)
    for c in COMPANY_CLASSIFIERS:
        for f in fields:
            out.setdefault(tuple(f"{c} {f}".lower().split()), ("company", True, "foreign"))
    return out


SUB_KINDS = {"department", "school", "centre", "office", "army"}
#: first words of a school's name written without "Trường" (a level's abbreviation: THPT, THCS, ĐH, CĐ)
SCHOOL_KEY_FIRST = {"thpt", "thcs", "đh", "cđ"}
#: a Vietnamese syllable written without diacritics (onset, vowels, coda); a capitalised ASCII word that is not one
#: is a foreign word ("Airlines", "Ural")
VIET_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def FOREIGN_WORD(word: str) -> bool:
    """``word`` is capitalised, ASCII letters only, at least 3 of them, and no Vietnamese syllable ("Airlines",
    "Ural", "Samsung"; not "Minh", "Thanh", "BIDV"). Any string is accepted; the empty one is no foreign word."""
    return len(word) >= 3 and word.isascii() and word.isalpha() and word[0].isupper() and not word.isupper() and \
        not VIET_SYLLABLE.fullmatch(word.lower())


#: a party committee's standing board ("Thường trực Tỉnh ủy X": the secretary and deputies acting between the
#: standing committee's sessions; Điều lệ Đảng 2011, Điều 17): a unit before a party committee's head (heldout 4 and
#: 5 gold "Thường trực Thành uỷ Hà Nội", "Thường trực Tỉnh uỷ Bình Phước"; about 100 such mentions in bulk news), a
#: title's part after a title ("Phó Bí thư Thường trực Tỉnh ủy", "ủy viên thường trực"): no head of officials' titles
STANDING_BOARDS = {"thường trực"}

#: heads that are also verbs ("tổ chức" = to organise); the first words of the events such a verb takes are
#: units.EVENT_FIRST
VERB_HEADS = {"tổ chức"}

COUNTERS = {"lần", "năm", "người", "đồng", "tháng", "ngày", "tuổi", "%", "tập", "cá", "đơn", "tỷ", "triệu", "nghìn", "giờ"}

#: words between a sub-unit and its parent ("Khoa Cấp cứu, Bệnh viện …", "Cục … thuộc Bộ …")
PARENT_LINKS = {",", "-", "–", "thuộc", "của"}

#: words naming a place level before a place ("thành phố Đà Nẵng", "tỉnh Nam Định", "TP Huế")
PLACE_LEVEL_WORDS = set(level_syllables(("province", "district")))  # administrative_levels.tsv

#: tokens that may close an address chain
CHAIN_ENDS = {",", ")", ".", ";", ":", "(", "-", "–", "", "|"}  # ("|": a table cell's end)
#: bodies that exist at every local level, province to commune (Luật Tổ chức chính quyền địa phương 2015,
#: Luật CAND 2018, Luật MTTQ 2015)
EVERY_LEVEL_KINDS = {"committee", "council", "police", "front"}
