"""``sovang_campaigns``: named emulation movements after a head of ``campaign_heads.txt``.

The name is the quoted text that follows the head within a short window
("phong trào thi đua … với chủ đề “…”"), else the descriptive phrase up to the
end of the clause when it starts with a content word ("phong trào thi đua lập
thành tích chào mừng …").  Plural, generic mentions ("các phong trào thi đua")
are skipped, except for a list of names after them ("các phong trào thi đua diễn ra
sôi nổi như A, B, C").  Nationally named movements of ``campaigns_named.txt``
(with their launching documents) are recognised wherever they occur when they
have four or more words, and right after a head when shorter ("phong trào
“Dân vận khéo”"); a short name marked ``alone`` in the list is recognised without a head where written with its
capital ("Tết trồng cây").
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language

from ..gazetteer import section, word_list
from .conferral_counts import PLURAL_QUANTIFIERS
from .conferral_words import PLURALS as PLURAL  # before a head: its names are listed after it
from .base import LOWERED, indices, token_set, toks, Ent, QUOTES_CLOSE, QUOTES_OPEN, lexicon, longest_first, phrase_matcher, set_spans, \
    span_text, state

BAD_START = {"năm", "của", "do", "này", "đó", "trong", "được", "đã", "và", "các", "những", "cho", "với", "tại",
             "ở", "là", "thi", "đua", "thường", "xuyên", "chung", "trên", "đạt", "có", "sẽ", "đang", "vừa", "cũng",
             "nói", "nhằm", "lớn", "mới", "sôi", "rộng", "khen", "thưởng", "đến", "này", "ấy", "trên", "từ", "về",
             "quần", "chúng", "đi", "vào", "không", "như", "hưởng", "tổng", "kết", "gần", "hơn", "khoảng",
             "theo", "giai", "đoạn", "gắn", "cụ", "thể", "chuyên", "đề", "toàn", "hàng", "cấp", "các"}
#: word pairs that open a name although their first word is in BAD_START: "phong trào toàn dân bảo vệ an ninh Tổ
#: quốc", "… toàn dân tham gia PCCC" (the movements "Toàn dân …" of the Mặt trận Tổ quốc and the Bộ Công an;
#: "toàn quốc", "toàn diện" stay no name)
GOOD_START_PAIRS = {"toàn dân"}
BAD_START_PAIRS = {"phát động", "diễn ra", "lan tỏa", "lan rộng", "đi vào", "được phát"}
CLAUSE_END = {",", ".", ";", ":", "(", ")", "!", "?", "…", "“", "”", "\""}
END_WORDS = {"gắn", "nhằm", "do", "được", "đã", "đạt", "trong", "của", "để", "ở", "tại", "năm", "cùng", "góp", "đến",
             "sẽ", "đang", "vừa", "cũng", "là", "có", "thì", "mà", "vẫn", "trên", "bao", "kéo", "bùng", "giành",
             "luôn"}
#: word pairs that close an unquoted name ("phong trào hiến máu tình nguyện nước ta", "… hiện nay không …")
END_PAIRS = {("nước", "ta"), ("hiện", "nay"), ("ngày", "càng"), ("không", "ngừng"), ("sôi", "nổi")}
#: words that close a short named movement written after a head ("phong trào yêu nước và …")
SHORT_NAME_ENDS = END_WORDS | {"và"}
#: a capitalised word that opens a photo caption run into the text ("… hiến máu tình nguyện Ảnh Chiến Thắng")
CAPTION = {"Ảnh"}
WINDOW = 14
#: the longest unquoted name of activities listed with commas ("thi đua học tập, rèn luyện, …"), in tokens
LISTED_MAX = 24
#: quotation marks: none stands inside an unquoted list item
QUOTE_MARKS = QUOTES_OPEN | QUOTES_CLOSE
#: a year written after an unquoted name ("… năm 2017")
YEAR = re.compile(r"(19|20)\d\d")
#: words that may stand between a head and its quoted name ("phong trào thi đua năm 2024 “…”", "như: “…”",
#: "3 phong trào thi đua trọng tâm: “…”")
QUALIFIERS = {"thi", "đua", "năm", "như", "cao", "điểm", "đặc", "biệt", "giai", "đoạn", ":", "lớn", "mới", "trọng",
              "tâm"}
MAX_QUALIFIERS = 6
#: a head's gap ending in one of these names the drive in the quote after it ("… với chủ đề: “…”"); the theme of an
#: emulation drive is its name (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 6: thi đua theo chuyên đề / đợt)
THEME_MARKERS = ("chủ đề", "chủ đề thi đua", "khẩu hiệu", "mang tên", "tên gọi", "có tên", "với tên")
#: a drive's aim written before its quoted name has at most this many words
MAX_AIM = 10
#: words of saying: a quote after them is someone's words ("phong trào … cho rằng “…”")
SAYING = {"rằng", "nói", "biết", "hay", "kể", "gọi", "chỉ", "trích", "phản", "đối", "tuyên", "bố", "thành"}
#: the word that opens the theme of a drive, and how far back its "thi đua" may stand
THEME = "chủ đề"
THEME_REACH = 30
#: what joins quoted names of one head ("“A”; “B”", "“A”, “B” và “C”")
CHAIN_SEPARATORS = {",", ";", "và"}
#: the words of a head that belong to a short named movement after it ("[phong trào] thi đua yêu nước")
EMULATION = ["thi", "đua"]
#: words before a head that make it a description ("một phong trào …")
INDEFINITE = {"một"}
#: words before "phong trào" that make it amateur sport ("bóng đá phong trào", "giải phong trào", "fan phong
#: trào", "thể thao phong trào") or a party's name ("đảng Phong trào 5 Sao")
NOT_EMULATION_BEFORE = {"đá", "giải", "fan", "thao", "đảng"}
#: words allowed between a plural head and the "như" that opens its list ("các phong trào thi đua diễn ra sôi nổi như")
LIST_GAP = 6
#: words that make a head's sentence political news: a head there names a protest, party or armed movement, not an
#: emulation drive ("thủ lĩnh phong trào biểu tình “Áo vàng”", "phong trào Hồi giáo Hamas", "phong trào ly khai");
#: an emulation movement is organised by the State and its mass organisations (Luật Thi đua, khen thưởng
#: 06/2022/QH15, Điều 3, 6), so its news does not use these words
POLITICAL = ("biểu tình", "thủ lĩnh", "Hồi giáo", "khủng bố", "nổi dậy", "ly khai", "đảo chính", "phiến quân",
             "đối lập")
#: words that may stand between a political head and the quoted name of its movement ("phong trào biểu tình mang
#: tên “…”")
POLITICAL_GAP = 4
#: award nouns before a quoted movement's name: the quote then names a title or certificate ("danh hiệu “Người tốt,
#: việc tốt”"; campaign_quote_nouns.txt, first section)
AWARD_BEFORE = section("campaign_quote_nouns.txt", "# Award nouns")
#: nouns of a moral or tradition before quoted sayings: the quotes then hold sayings, not movements ("đạo lý “Uống
#: nước nhớ nguồn”, “Đền ơn đáp nghĩa”"; campaign_quote_nouns.txt, second section)
SAYING_BEFORE = section("campaign_quote_nouns.txt", "# Nouns of a moral")
#: the longest quote (in tokens) walked back over to the noun before a list of quotes
CHAINED_QUOTE_MAX = 30
#: a named movement of at least this many words is recognised without a head
NAMED_ALONE = 4
#: the word that opens a list of examples of the movements named before it ("… phong trào thi đua … Nhiều mô hình
#: tiêu biểu ra đời, như “A”, “B”, “C”")
EXAMPLES = "như"
#: how many tokens after the end of a head its list of examples may open (the head's sentence or the next one)
EXAMPLES_REACH = 60
#: nouns saying that a list of quoted examples holds a movement's models and drives (campaign_quote_nouns.txt,
#: third section)
EXAMPLE_NOUNS = section("campaign_quote_nouns.txt", "# Nouns of examples")
#: the award nouns that make a list after "như" one of titles: those of AWARD_BEFORE but the nouns of examples
#: ("gương": a title when its quote follows it, "gương “Người tốt, việc tốt”"; the models themselves when a list
#: after "như" does, "nhiều tấm gương (tiêu biểu,) như “A”, “B”, “C”")
LIST_AWARD_BEFORE = tuple(n for n in AWARD_BEFORE if n not in EXAMPLE_NOUNS)
#: how many tokens before its "như" the noun of a list of examples may stand ("nhiều hoạt động cụ thể, thiết
#: thực, như: “…”")
EXAMPLE_NOUN_REACH = 8
#: words opening the noun a list of examples hangs on ("nhiều gương …, như", "các tiết mục như"): the plural
#: quantifiers ("các", "những", "nhiều"; Diệp Quang Ban, Ngữ pháp tiếng Việt: lượng từ before a noun) of group_words.txt
LIST_NOUN_OPENERS = PLURAL_QUANTIFIERS  # the plural quantifiers of group_words.txt, read once (conferral_counts)
#: the fewest quoted names that make a list of examples (two quotes after "như" are as often sayings or titles)
EXAMPLES_MIN = 3
#: lower-case words that may stand between "như" and its first quote after a plural word ("như các mô hình: “…”")
EXAMPLES_NOUN = 2
#: the longest quote (in tokens) joined to a list of examples by a full stop ("“A”. “B”", a list punctuated
#: carelessly); a longer quote after a full stop opens someone's words
STOP_JOINED_MAX = 12
#: the longest name (in tokens, commas included) recognised only after a head
NAMED_HEAD_MAX = 5


def name_key(words):
    """Lower-cased key of a name given as its words, a comma glued to the word before it (tokens
    ``["Dạy", "tốt", ",", "học", "tốt"]`` and the list's ``"Dạy tốt, học tốt".split()`` give one key)."""
    return " ".join(words).lower().replace(" ,", ",")


def _ends_in(text, phrases):
    """Whether the lower-case ``text`` is one of ``phrases`` or ends with one of them after a space."""
    return any(text == a or text.endswith(" " + a) for a in phrases)


def _without_emulation(text):
    """Lower-cased ``text`` without a leading "thi đua " and with its commas dropped ("Thi đua lập thành tích, …"
    → "lập thành tích …")."""
    low = " ".join(text.lower().replace(",", " ").split())
    return low[len("thi đua "):] if low.startswith("thi đua ") else low


def _comma_after(text, count):
    """Whether ``text`` (a name, its leading "thi đua" aside) goes on with a comma right after its first
    ``count`` words ("lập thành tích chào mừng Đại hội, nhiệm kỳ …" after 6 words)."""
    words = " ".join(text.lower().replace(",", " , ").split()).split()
    if words[:2] == ["thi", "đua"]:
        words = words[2:]
    seen = 0
    for i, w in enumerate(words):
        if w == ",":
            continue
        seen += 1
        if seen == count:
            return i + 1 < len(words) and words[i + 1] == ","
    return False


class CampaignRecognizer:
    """Finds campaign spans; heads from ``campaign_heads.txt``."""

    def __init__(self, nlp):
        self.lex = lexicon()
        self.heads = phrase_matcher(nlp, self.lex.campaign_heads, attr="LOWER", case_variants=False)
        self.themes = phrase_matcher(nlp, [THEME], attr="LOWER", case_variants=False)
        self.political = phrase_matcher(nlp, POLITICAL, attr="LOWER", case_variants=False)
        self.starters = frozenset(section("campaign_starters.txt", "# First syllables"))
        #: words after an opening verb that tell the movement grew ("phong trào phát triển mạnh"): no name
        self.growth = frozenset(section("campaign_starters.txt", "# Words after a verb"))
        #: verbs opening a name only after a head ending in one of ``verb_heads`` ("phát triển", "phát huy")
        self.head_verbs = frozenset(section("campaign_starters.txt", "# Verbs opening a name"))
        self.head_verb_firsts = frozenset(v.split()[0] for v in self.head_verbs)
        self.verb_heads = frozenset(section("campaign_starters.txt", "# Head endings"))
        #: words and word pairs that close an unquoted name: the predicate after it ("… khởi nghiệp lên quá nóng")
        self.predicates = frozenset(section("campaign_starters.txt", "# Predicates closing"))
        rows = [line.split("\t") for line in word_list("campaigns_named.txt")]
        named = [r[0] for r in rows]
        self.named = phrase_matcher(nlp, named, attr="LOWER", case_variants=False)
        marks = {r[0]: r[1].strip() for r in rows if len(r) > 1}
        #: names recognised only right after a head: short ones and those marked ``head`` ("đền ơn đáp nghĩa",
        #: also a policy's name: "chính sách đền ơn đáp nghĩa")
        self.named_short = frozenset(name_key(n.split()) for n in named
                                     if len(n.split()) < NAMED_ALONE or marks.get(n) == "head")
        #: short names marked ``alone`` in the list: recognised without a head when written with their capital
        #: ("Tết trồng cây")
        self.named_cased = frozenset(r[0] for r in rows if len(r) > 1 and r[1].strip() == "alone")

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        self._units = st["unit"]
        named = self.named(doc)
        #: start token → end of the longest named movement written there
        self._named_ends = {}
        for _, s, e in named:
            self._named_ends[s] = max(e, self._named_ends.get(s, 0))
        n = len(d)
        heads, political = self._emulation_heads(doc, st)
        found = []
        used_quotes = set()
        last_end = -1
        for s, e in heads:
            if s < last_end:
                continue
            before = d.words[s - 1].lower() if s > 0 else ""
            if before in INDEFINITE or before in NOT_EMULATION_BEFORE:
                # "một phong trào yêu nước, niềm tự hào dân tộc": a description, not a named movement;
                # "bóng đá phong trào", "đảng Phong trào Dân chủ": amateur sport, a party
                continue
            if before in PLURAL:
                # "các phong trào như: A, B, C…": a list of named movements; "các phong trào đền ơn đáp nghĩa":
                # a named movement held in many places
                short = self._named_short_span(d, e)
                listed = [short] if short else self._listed(d, e) or self._quoted_all(d, e, used_quotes)
                for a, b in listed:
                    found.append(Ent("campaign", a, b, span_text(d, a, b)))
                continue
            span = self._quoted(d, e, used_quotes)
            if span is None:
                span = self._phrase(d, e, heads, s)
            if span is None:
                continue
            a, b = span
            found.append(Ent("campaign", a, b, span_text(d, a, b)))
            last_end = max(e, b) if span[0] == e else e
            if a > e:  # a quoted name: more may follow it
                for a2, b2 in self._chained(d, b, used_quotes):
                    found.append(Ent("campaign", a2, b2, span_text(d, a2, b2)))
        found.extend(self._themed(d, self.themes(doc), used_quotes))
        found.extend(self._examples(d, heads, used_quotes))
        found.extend(self._named_alone(d, named, found))
        if political:
            abroad = self._political_names(d, political, heads)
            found = [c for c in found if c.text.lower() not in abroad]
        found = self._whole_names(d, found)
        st["campaign"] = found
        set_spans(doc, "campaign", found, "CAMPAIGN")
        return doc

    @staticmethod
    def _whole_names(d, found):
        """``found`` without the names cut short at a comma of a longer name found in the same document: a
        drive written once in full ("“Thi đua lập thành tích chào mừng Đại hội …, nhiệm kỳ 2019-2024”") and once
        cut short at its comma ("phong trào thi đua lập thành tích chào mừng Đại hội …, nhiệm kỳ …") is one
        drive.  The short name goes only where the longer one goes on with a comma right after it, or where the
        short name's own span ends at a comma (``d``: the document's tokens); a separate drive that merely opens
        with the same words ("… đời sống văn hóa" and "… đời sống văn hóa ở khu dân cư") stays.  A leading
        "thi đua" is no part of the comparison (the head "phong trào thi đua" holds it)."""
        keys = [(_without_emulation(c.text), c.text) for c in found]
        n = len(d)

        def cut(c):
            key = _without_emulation(c.text)
            longer = [t for k, t in keys if len(k) > len(key) and k.startswith(key + " ")]
            if not longer:
                return False
            j = c.end
            while j < n and d.words[j] in QUOTES_CLOSE:
                j += 1
            return (j < n and d.words[j] == ",") or any(_comma_after(t, len(key.split())) for t in longer)

        return [c for c in found if not cut(c)]

    def _emulation_heads(self, doc, st):
        """Heads of ``campaign_heads.txt`` in ``doc`` as (start, end), earliest then longest first, split into
        those of emulation and those whose sentence (``st["sents"]``) holds a word of :data:`POLITICAL`."""
        heads = sorted({(s, e) for _, s, e in self.heads(doc)}, key=lambda x: (x[0], -x[1]))
        marks = [s for _, s, _ in self.political(doc)]
        if not heads or not marks:
            return heads, []
        sents = st.get("sents") or [(0, len(doc))]
        starts = [a for a, _ in sents]
        marked = {bisect_right(starts, m) for m in marks}
        political = [(s, e) for s, e in heads if bisect_right(starts, s) in marked]
        return [h for h in heads if h not in political], political

    def _political_names(self, d, political, heads):
        """Lower-cased names written after the ``political`` heads: a protest movement named there ("thủ lĩnh
        phong trào biểu tình “Áo vàng”") is the same movement where the document names it again ("Phong trào
        “Áo vàng” được coi là …")."""
        names = set()
        for s, e in political:
            j = next((j for j in range(e, min(e + POLITICAL_GAP + 1, len(d))) if d.words[j] in QUOTES_OPEN), None)
            span = self._quote_at(d, j, set()) if j is not None else self._phrase(d, e, heads, s)
            if span:
                names.add(span_text(d, *span).lower())
        return names

    def _themed(self, d, themes, used):
        """Quoted themes of emulation drives written without a head ("kế hoạch thi đua chuyên đề … với chủ đề
        “…”", "chủ đề thi đua năm 2024 “…”"): after "chủ đề" (PhraseMatcher ``themes`` matches over ``d``) with
        "thi đua" right after it or earlier in its sentence, as :class:`Ent` records.  The theme of a drive of
        emulation is its name (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 6: thi đua theo chuyên đề)."""
        out = []
        for _, s, e in themes:
            span = self._quoted(d, e, set())
            if span is None or span[0] - 1 in used or \
                    not (self._emulation_near(d, s, e) or self._emulating(d, *span)):
                continue
            used.add(span[0] - 1)
            for a, b in [span] + self._chained(d, span[1], used):
                out.append(Ent("campaign", a, b, span_text(d, a, b)))
        return out

    def _examples(self, d, heads, used):
        """Lists of quoted examples after a head ("… phong trào thi đua sôi nổi. Nhiều mô hình tiêu biểu ra đời,
        như “A”, “B”, “C”", "… như các mô hình: “A”, “B”, “C”"): at least :data:`EXAMPLES_MIN` quoted names
        chained after a "như" that stands at most :data:`EXAMPLES_REACH` tokens after the end of a head of
        ``heads`` (its (start, end) pairs over ``d``), as :class:`Ent` records; the opening quotes join ``used``.
        The models and drives a movement gave rise to are named movements of their own (annotated so in two
        held-out news stories, seen in a third bulk one).  A noun of :data:`EXAMPLE_NOUNS` says what the list
        holds (:meth:`_of_examples`); none after an award noun of :data:`AWARD_BEFORE` or a moral of
        :data:`SAYING_BEFORE` ("các danh hiệu như “…”": titles)."""
        ends = [e for s, e in heads if not s or d.words[s - 1].lower() not in INDEFINITE | NOT_EMULATION_BEFORE]
        if not ends:
            return []
        out = []
        n = len(d)
        for i in indices(d.words, EXAMPLES):
            if not any(e <= i <= e + EXAMPLES_REACH for e in ends):
                continue
            j = i + 1
            if j < n and d.words[j].lower() in PLURAL:
                j += 1
                while j < n and j - i <= EXAMPLES_NOUN + 1 and d.words[j].isalpha() and d.words[j].islower():
                    j += 1
            nouns = " ".join(d.words[i + 2:j]).lower()
            if j < n and d.words[j] == ":":
                j += 1
            if j >= n or d.words[j] not in QUOTES_OPEN or j in used or self._titled(d, i, nouns) or \
                    not self._of_examples(d, i, j):
                continue
            seen = set(used)
            first = self._quote_at(d, j, seen)
            if first is None:
                continue
            spans = [first] + self._chained(d, first[1], seen, stops=True)
            if len(spans) < EXAMPLES_MIN:
                continue
            used.update(seen)
            out.extend(Ent("campaign", a, b, span_text(d, a, b)) for a, b in spans)
        return out

    @staticmethod
    def _of_examples(d, i, j):
        """True when the list's own noun is a noun of :data:`EXAMPLE_NOUNS`: the nouns between the "như" at token
        ``i`` and the quote at ``j`` when there are any ("như các mô hình: “…”"), else the words before the "như",
        among the :data:`EXAMPLE_NOUN_REACH` tokens within its sentence, from the last word of :data:`LIST_NOUN_OPENERS`
        there, which opens the noun the list hangs on ("nhiều gương tiêu biểu, như “…”"; "nhiều hoạt động văn nghệ
        với các tiết mục như “…”": songs, the list's noun "tiết mục", not "hoạt động")."""
        if any(w.isalpha() for w in d.words[i + 1:j]):
            k = i + 1
        else:
            k = i
            while k > 0 and i - k < EXAMPLE_NOUN_REACH and d.words[k - 1] not in (".", "!", "?", ";", ":"):
                k -= 1
            k = max([k] + [m for m in range(k, i) if d.words[m].lower() in LIST_NOUN_OPENERS])
        text = " " + " ".join(d.words[k:j]).lower() + " "
        return any(" " + noun + " " in text for noun in EXAMPLE_NOUNS)

    @staticmethod
    def _titled(d, i, nouns):
        """True when the words before the "như" at token ``i`` (a comma aside) or the ``nouns`` after it end in
        an award noun of :data:`LIST_AWARD_BEFORE` or a moral of :data:`SAYING_BEFORE`: the quotes then hold titles or
        sayings."""
        k = i - 1 if i and d.words[i - 1] == "," else i
        before = " ".join(d.words[max(0, k - 2):k]).lower()
        return any(_ends_in(t, LIST_AWARD_BEFORE + SAYING_BEFORE) for t in (before, nouns))

    @staticmethod
    def _emulating(d, a, b):
        """True when the quoted theme at tokens ``a``–``b`` itself calls for emulation ("“…, thi đua lập thành
        tích chào mừng Đại hội …”"): its words hold "thi đua" followed by what the drive achieves, not
        "khen thưởng"."""
        low = [w.lower() for w in d.words[a:b]]
        return any(low[i:i + 2] == EMULATION and low[i + 2:i + 3] not in (["khen"], [","], [])
                   for i in range(len(low)))

    @staticmethod
    def _emulation_near(d, s, e):
        """True when "thi đua" follows token ``e`` or stands in the :data:`THEME_REACH` tokens before ``s``
        within its sentence."""
        if [w.lower() for w in d.words[e:e + 2]] == EMULATION:
            return True
        k = s - 1
        while k > 0 and s - k <= THEME_REACH and d.words[k] not in (".", "!", "?", "\n"):
            if d.words[k].lower() == "đua" and d.words[k - 1].lower() == "thi":
                # "công tác thi đua, khen thưởng" is a field of work, not a drive
                return [w.lower() for w in d.words[k + 1:k + 3] if w != ","][:1] != ["khen"]
            k -= 1
        return False

    def _named_alone(self, d, named, found):
        """Named movements of :data:`NAMED_ALONE` or more words (PhraseMatcher ``named`` matches over ``d``)
        outside any span already ``found``, as :class:`Ent` records."""
        taken = token_set(found)
        out = []
        for s, e in longest_first(named):
            written = " ".join(d.words[s:e])
            if ((e - s >= NAMED_ALONE and name_key(d.words[s:e]) not in self.named_short) or
                    written in self.named_cased or self._quoted_name(d, s, e)) and \
                    not any(i in taken for i in range(s, e)):
                out.append(Ent("campaign", s, e, span_text(d, s, e)))
        return out

    @staticmethod
    def _quoted_name(d, s, e):
        """The named movement at tokens ``s``–``e`` stands alone between quotation marks ("biểu dương “Người tốt,
        việc tốt” tiêu biểu", "công tác “đền ơn, đáp nghĩa”"): the quotes mark it as the movement's name, with
        or without a head, unless an award noun of :data:`AWARD_BEFORE` opens the quote (the title or certificate
        that bears the movement's name: "danh hiệu “Người tốt, việc tốt”") or a noun of :data:`SAYING_BEFORE` opens
        it or the quotes listed before it (sayings of a moral: "đạo lý “Uống nước nhớ nguồn”, “Đền ơn đáp
        nghĩa”")."""
        if s < 1 or e >= len(d) or d.words[s - 1] not in QUOTES_OPEN or d.words[e] not in QUOTES_CLOSE:
            return False
        first = CampaignRecognizer._first_of_chain(d, s - 1)
        before = " ".join(d.words[max(0, s - 3):s - 1]).lower()
        said = " ".join(d.words[max(0, first - 2):first]).lower()
        return not _ends_in(before, AWARD_BEFORE) and not _ends_in(said, SAYING_BEFORE)

    @staticmethod
    def _first_of_chain(d, j):
        """Index of the opening quote of the first quote in the list that holds the quote opening at token ``j``
        ("“A”, “B”": from the quote of B, the quote of A)."""
        while j >= 3 and d.words[j - 1] in CHAIN_SEPARATORS and d.words[j - 2] in QUOTES_CLOSE:
            k = j - 3
            while k > 0 and j - k < CHAINED_QUOTE_MAX and d.words[k] not in QUOTES_OPEN:
                k -= 1
            if d.words[k] not in QUOTES_OPEN:
                break
            j = k
        return j

    def _listed(self, doc, e):
        """Items of "… [up to LIST_GAP words] như: A, B, C…" after a plural head; each a phrase of 2–10 words
        opening in lower case, up to "," (a named movement of ``campaigns_named.txt`` may hold commas)."""
        n = len(doc)
        k = e
        while k < n and k - e < LIST_GAP and doc.words[k] != "như" and doc.words[k] not in CLAUSE_END:
            k += 1
        if k < n and doc.words[k] == "như":
            k += 1
        else:
            k = e
        if k < n and doc.words[k] == ":":
            k += 1
        if k == e or k < n and doc.words[k] in QUOTES_OPEN:
            # no list, or a list of quoted names (read by _quoted_all)
            return []
        out = []
        while k < n:
            a = k
            while k < n and doc.words[k] not in (",", ".", ";", "…", "...", "\n", ":") and k - a < 12:
                k += 1
            whole = self._named_at(doc, a)
            if whole:
                k = whole
            if (whole or 2 <= k - a <= 10 and not all(w[:1].isupper() for w in doc.words[a:k])) and \
                    doc.words[a].isalpha() and doc.words[a].lower() not in BAD_START and \
                    not QUOTE_MARKS.intersection(doc.words[a:k]):
                # an item all in capitals is a person's or place's name ("các phong trào đấu tranh như Trần Phú")
                out.append((a, k))
            if k >= n or doc.words[k] != ",":
                break
            k += 1
        return out

    def _quoted(self, doc, e, used):
        """Span of the quoted name opening after token ``e`` (the end of a head), else None.

        Between the head and the opening quote stand only ``:``/"như" ("phong trào thi đua: “…”"), a short
        qualifier of :data:`QUALIFIERS` and years ("phong trào thi đua năm 2024 “…”") or words ending in a theme
        marker of :data:`THEME_MARKERS` ("phong trào thi đua do Bộ phát động với chủ đề “…”"); any other words
        make the quote someone's words, not the movement's name ("phong trào biểu tình … cho rằng “…”")."""
        n = len(doc)
        j = e
        while j < n and j - e < WINDOW and doc.words[j] not in QUOTES_OPEN and doc.words[j] not in (".", ";"):
            if j > e and LOWERED[doc.words[j]] in ("phong", "cuộc", "đợt") and j + 1 < n and \
                    doc.words[j + 1].lower() in ("trào", "vận", "thi"):
                return None
            j += 1
        if j >= n or doc.words[j] not in QUOTES_OPEN or j in used or not self._name_gap(doc, e, j):
            return None
        return self._quote_at(doc, j, used)

    def _name_gap(self, doc, e, j):
        """True when the words between a head (ending at ``e``) and a quote (at ``j``) leave the quote the
        movement's name: qualifiers, a theme marker, or a drive's aim opening with a starter ("cuộc vận động
        xây dựng đội ngũ cán bộ, Kiểm sát viên “Vững về chính trị …”", the quote then capitalised)."""
        low = [w.lower() for w in doc.words[e:j]]
        while low and low[-1] in (":", "là"):
            low.pop()
        if all(w in QUALIFIERS or w.isdigit() or w in ("-", "–") for w in low) and len(low) <= MAX_QUALIFIERS:
            return True
        text = " ".join(low)
        if any(text == m or text.endswith(" " + m) for m in THEME_MARKERS):
            return True
        return low[0] in self.starters and len(low) <= MAX_AIM and not SAYING & set(low) and \
            j + 1 < len(doc) and doc.words[j + 1][:1].isupper() and not self._grew(doc, e)

    def _quoted_all(self, doc, e, used):
        """The quoted name after a head ending at ``e`` and those chained to it, as (start, end) spans."""
        span = self._quoted(doc, e, used)
        return [span] + self._chained(doc, span[1], used) if span else []

    @staticmethod
    def _quote_at(doc, j, used):
        """Span inside the quote opening at token ``j`` (an unclosed quote runs to the end of its sentence)."""
        n = len(doc)
        k = j + 1
        while k < n and doc.words[k] not in QUOTES_CLOSE and k - j < 90:
            if doc.words[k] == "\"":
                break
            k += 1
        if k >= n or (k - j >= 90):
            k = j + 1
            while k < n and doc.words[k] not in (".", "!", "?") and k - j < 60:
                k += 1
        if k == j + 1 or not (doc.words[j + 1][:1].isalnum()) or k - j > 80:
            return None
        words = [w for w in doc.words[j + 1:k] if w.isalpha()]
        if len(words) >= 2 and " ".join(words).isascii() or CampaignRecognizer._glossed(doc, k + 1):
            # a name in a foreign language ("phong trào “Me Too”") or translated from one ("phong trào “Thức ăn
            # chậm” (Slow Food)"): a movement abroad, no emulation drive
            return None
        used.add(j)
        while k - 1 > j + 1 and doc.words[k - 1] in (".", ","):
            k -= 1  # "“Người Việt Nam ưu tiên dùng hàng Việt Nam.”": the sentence's stop is no part of the name
        return (j + 1, k)

    @staticmethod
    def _glossed(doc, k):
        """True when a foreign original in brackets opens at token ``k`` ("(Gilets Jaunes)", "(En Marche!)"): its
        words have no Vietnamese letter and one has lower-case letters (an abbreviation, "(NTM)", is no gloss)."""
        if k >= len(doc) or doc.words[k] != "(":
            return False
        words = []
        for w in doc.words[k + 1:k + 8]:
            if w == ")":
                return bool(words) and all(x.isascii() for x in words) and any(not x.isupper() for x in words)
            if w.isalpha():
                words.append(w)
        return False

    def _chained(self, doc, b, used, stops=False):
        """Quoted names listed right after the quoted name that ends at token ``b`` ("“A”; “B”", "“A”, “B” và
        “C”"): the drives of one head, as many as are written.  With ``stops``, a quote of at most
        :data:`STOP_JOINED_MAX` tokens after a full stop goes on with the list ("“A”. “B”")."""
        n = len(doc)
        out = []
        k = b + 1  # past the closing quote
        while k + 1 < n and (doc.words[k] in CHAIN_SEPARATORS or stops and doc.words[k] == ".") and \
                doc.words[k + 1] in QUOTES_OPEN and k + 1 not in used:
            span = self._quote_at(doc, k + 1, used)
            if span is None or doc.words[k] == "." and span[1] - span[0] > STOP_JOINED_MAX:
                break
            out.append(span)
            k = span[1] + 1
        return out

    def _phrase(self, doc, e, heads, s=None):
        """The unquoted name after a head (tokens ``s``–``e``): a named movement, a proper name ("Đông Du"), a
        short named movement closing its clause, or a description opening with a starter; else None."""
        n = len(doc)
        if e >= n:
            return None
        w = doc.words[e]
        whole = self._named_ends.get(e, 0)
        if whole - e >= NAMED_ALONE and name_key(doc.words[e:whole]) not in self.named_short:
            # a nationally named movement, unquoted: its name as its launching document writes it
            return (e, whole)
        if w[:1].isupper() and w.isalpha():
            # a proper name: "phong trào Đông Du"
            k = e
            while k < n and k - e < 4 and doc.words[k][:1].isupper() and doc.words[k].isalpha():
                k += 1
            if w.lower() in BAD_START - self.starters or \
                    (k == e + 1 or s is not None and doc.words[s].isupper()) and w.isupper():
                # a function word written with its capital ("… PHONG TRÀO THI ĐUA NĂM …", an inscription in
                # capitals), an abbreviation ("phong trào CNVCLĐ": the workers' movement at large)
                return None
            short = self._named_short_span(doc, e)
            if short:
                # a short named movement written with its capital: "phong trào Thanh niên tình nguyện"
                return short
            unit = any(u.start == e for u in self._units)
            if not unit and k == e + 1 and w.lower() in self.starters and k < n and doc.words[k][:1].islower() \
                    and s is not None and doc.words[s][:1].islower():
                # a descriptive name written with its capital, unquoted: "cuộc vận động Học tập và làm theo …"
                return self._described(doc, e, heads)
            if unit or (k < n and doc.words[k][:1].islower() and doc.words[k] not in ("năm", "của", "và")):
                return None
            if k + 1 < n and doc.words[k] == "(" and doc.words[k + 1].isupper():
                # an organisation with its abbreviation: "Phong trào Dân chủ (MoDem)"
                return None
            if " ".join(doc.words[e:k]).isascii():
                # written without a Vietnamese letter: a foreign political movement ("phong trào Hamas")
                return None
            return (e, k)
        short = self._named_short_span(doc, e)
        if short:
            return short
        pair = " ".join(doc.words[e:e + 2]).lower()
        if not w.isalpha() or w.lower() in BAD_START and pair not in GOOD_START_PAIRS or w.lower() not in self.starters:
            return None
        return self._described(doc, e, heads)

    def _described(self, doc, e, heads):
        """An unquoted name opening with a starter at token ``e``: up to the end of its clause, an end word of
        :data:`END_WORDS`/:data:`END_PAIRS`, a caption or the next head; None when shorter than 3 words."""
        n = len(doc)
        w = doc.words[e]
        if e + 1 < n and (w.lower() + " " + doc.words[e + 1].lower()) in BAD_START_PAIRS or \
                self._grew(doc, e):
            return None
        k = e
        listing = False
        while k < n and k - e < (LISTED_MAX if listing else 20):
            if doc.words[k] == "," and (listing or k - e < 3) and self._continues(doc, k + 1):
                # a name of several activities: "phong trào thi đua học tập, rèn luyện, nghiên cứu khoa học"
                listing = True
                k += 1
                continue
            if doc.words[k] in CLAUSE_END:
                break
            if doc.words[k] == "–" and not (k + 1 < n and doc.words[k + 1].islower()):
                break
            if k > e and self._dated(doc, k):
                # the year of a drive is part of its name: "phong trào thi đua sản xuất kinh doanh năm 2025"
                k += 2
                break
            if k > e and (doc.words[k].lower() in END_WORDS or doc.words[k] in CAPTION or
                          tuple(w.lower() for w in doc.words[k:k + 2]) in END_PAIRS or self._predicate(doc, k)):
                break
            if any(hs == k for hs, _ in heads):
                break
            k += 1
        while k - 1 > e and doc.words[k - 1] in ("và", "các", "những"):
            k -= 1
        if k - e < 3:
            return None
        return (e, k)

    def _predicate(self, doc, k):
        """True when the word or word pair at token ``k`` is a predicate of ``campaign_starters.txt`` (section
        "Predicates closing"): what the drive named before it does ("… khởi nghiệp lên quá nóng")."""
        low = doc.words[k].lower()
        return low in self.predicates or \
            k + 1 < len(doc) and low + " " + doc.words[k + 1].lower() in self.predicates

    def _grew(self, doc, e):
        """True when the words at token ``e`` (right after a head) open with the first syllable of a verb of
        ``head_verbs`` ("phát") but no name: another verb of it ("phát ấn"); the verb after a head not ending in
        ``verb_heads`` ("phong trào phát triển rầm rộ", "phong trào phát huy vai trò của …": what the movement
        did); or the verb then a word of the growth list ("phong trào thi đua phát triển đều khắp"), a function
        word of :data:`BAD_START`/:data:`END_WORDS` or nothing."""
        low = doc.words[e].lower()
        if low not in self.head_verb_firsts:
            return False
        words = doc.words
        if e + 1 >= len(doc) or low + " " + words[e + 1].lower() not in self.head_verbs or e < 2 or \
                words[e - 2].lower() + " " + words[e - 1].lower() not in self.verb_heads:
            return True
        nxt = words[e + 2].lower() if e + 2 < len(doc) else ""
        return not nxt.isalpha() or nxt in self.growth or nxt in BAD_START or nxt in END_WORDS

    @staticmethod
    def _continues(doc, k):
        """True when the words at token ``k``, after a comma in an unquoted name, go on naming activities: a
        lower-case word that is no function word of :data:`BAD_START`/:data:`END_WORDS` ("…, trau dồi kiến
        thức"; not "…, các cấp Hội …", "…, để xây dựng …")."""
        if k + 1 >= len(doc):
            return False
        w = doc.words[k]
        return w.isalpha() and w.islower() and w not in BAD_START and w not in END_WORDS and \
            doc.words[k + 1] not in CLAUSE_END

    @staticmethod
    def _dated(doc, k):
        """True when token ``k`` opens a year closing a clause ("năm 2025" then "," / "." / an end word): a
        drive held for one year (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 6: thi đua theo đợt)."""
        if k + 1 >= len(doc) or doc.words[k].lower() != "năm" or not YEAR.fullmatch(doc.words[k + 1]):
            return False
        return k + 2 == len(doc) or doc.words[k + 2] in CLAUSE_END or doc.words[k + 2].lower() in END_WORDS

    def _named_short_span(self, doc, e):
        """Span of the short named movement written at token ``e`` right after a head, else None."""
        short = self._named_short_at(doc, e)
        return (e, short) if short else None

    def _named_short_at(self, doc, e):
        """End of a short named movement ("yêu nước") written at token ``e`` and closing its clause, else 0."""
        for size in range(NAMED_HEAD_MAX, 0, -1):
            k = e + size
            if k <= len(doc) and name_key(doc.words[e:k]) in self.named_short and \
                    (k == len(doc) or doc.words[k] in CLAUSE_END or doc.words[k].lower() in SHORT_NAME_ENDS):
                return k
        return 0

    def _named_at(self, doc, a):
        """End of a named movement of ``campaigns_named.txt`` starting at token ``a`` (possibly with commas), else 0."""
        return self._named_ends.get(a, 0)


@Language.factory("sovang_campaigns")
def make_campaigns(nlp, name):
    """Factory of :class:`CampaignRecognizer`."""
    return CampaignRecognizer(nlp)
