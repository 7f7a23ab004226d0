"""``sovang_campaigns``: named emulation movements after a head of ``campaign_heads.txt``.

The name is the quoted text that follows the head within a short window
("phong trào thi đua … với chủ đề “…”"), else the descriptive phrase up to the
end of the clause when it starts with a content word ("phong trào thi đua lập
thành tích chào mừng …").  Plural, generic mentions ("các phong trào thi đua")
are skipped.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from ..gazetteer import word_list
from .base import toks, Ent, QUOTES_CLOSE, QUOTES_OPEN, lexicon, phrase_matcher, span_text, state

BAD_START = {"năm", "của", "do", "này", "đó", "trong", "được", "đã", "và", "các", "những", "cho", "với", "tại",
             "ở", "là", "thi", "đua", "thường", "xuyên", "chung", "trên", "đạt", "có", "sẽ", "đang", "vừa", "cũng",
             "nói", "nhằm", "lớn", "mới", "sôi", "rộng", "khen", "thưởng", "đến", "này", "ấy", "trên", "từ", "về",
             "quần", "chúng", "đi", "vào", "không", "như", "hưởng", "tổng", "kết", "gần", "hơn", "khoảng",
             "theo", "giai", "đoạn", "gắn", "cụ", "thể", "chuyên", "đề", "toàn", "hàng", "cấp", "các"}
BAD_START_PAIRS = {"phát động", "phát triển", "diễn ra", "lan tỏa", "lan rộng", "đi vào", "được phát"}
CLAUSE_END = {",", ".", ";", ":", "(", ")", "!", "?", "…", "“", "”", "\""}
END_WORDS = {"gắn", "nhằm", "do", "được", "đã", "đạt", "trong", "của", "để", "ở", "tại", "năm", "cùng", "góp", "đến",
             "sẽ", "đang", "vừa", "cũng", "là", "có", "thì", "mà"}
WINDOW = 14


class CampaignRecognizer:
    """Finds campaign spans; heads from ``campaign_heads.txt``."""

    def __init__(self, nlp):
        self.lex = lexicon()
        self.heads = phrase_matcher(nlp, self.lex.campaign_heads, attr="LOWER", case_variants=False)
        self.starters = frozenset(word_list("campaign_starters.txt"))

    def __call__(self, doc):
        d = toks(doc)
        st = state(doc)
        self._units = st["unit"]
        n = len(d)
        heads = sorted({(s, e) for _, s, e in self.heads(doc)}, key=lambda x: (x[0], -x[1]))
        found = []
        used_quotes = set()
        last_end = -1
        for s, e in heads:
            if s < last_end:
                continue
            if s > 0 and d.words[s - 1].lower() in ("các", "những"):
                # "các phong trào như: A, B, C…": a list of named movements
                for a, b in self._listed(d, e):
                    found.append(Ent("campaign", a, b, span_text(d, a, b)))
                continue
            span = self._quoted(d, e, used_quotes)
            if span is None:
                span = self._phrase(d, e, heads)
            if span is None:
                continue
            a, b = span
            found.append(Ent("campaign", a, b, span_text(d, a, b)))
            last_end = max(e, b) if span[0] == e else e
        st["campaign"] = found
        doc.spans["campaign"] = [Span(doc, c.start, c.end, label="CAMPAIGN") for c in found]
        return doc

    def _listed(self, doc, e):
        """Items of "… như: A, B, C…" after a plural head; each a lower-case phrase of 2–10 words."""
        n = len(doc)
        k = e
        if k < n and doc.words[k] == "như":
            k += 1
        if k < n and doc.words[k] == ":":
            k += 1
        if k == e:
            return []
        out = []
        while k < n:
            a = k
            while k < n and doc.words[k] not in (",", ".", ";", "…", "...", "\n", ":") and k - a < 12:
                k += 1
            if 2 <= k - a <= 10 and doc.words[a].isalpha() and doc.words[a].lower() not in BAD_START:
                out.append((a, k))
            if k >= n or doc.words[k] != ",":
                break
            k += 1
        return out

    def _quoted(self, doc, e, used):
        n = len(doc)
        j = e
        while j < n and j - e < WINDOW and doc.words[j] not in QUOTES_OPEN and doc.words[j] not in (".", ";"):
            if j > e and doc.words[j].lower() in ("phong", "cuộc", "đợt") and j + 1 < n and \
                    doc.words[j + 1].lower() in ("trào", "vận", "thi"):
                return None
            j += 1
        if j >= n or doc.words[j] not in QUOTES_OPEN or j in used:
            return None
        k = j + 1
        while k < n and doc.words[k] not in QUOTES_CLOSE and k - j < 90:
            if doc.words[k] == "\"" :
                break
            k += 1
        if k >= n or (k - j >= 90):
            # an unclosed quote runs to the end of the sentence
            k = j + 1
            while k < n and d_text(doc, k) not in (".", "!", "?") and k - j < 60:
                k += 1
        if k == j + 1 or not (doc.words[j + 1][:1].isalnum()) or k - j > 80:
            return None
        used.add(j)
        return (j + 1, k)

    def _phrase(self, doc, e, heads):
        n = len(doc)
        if e >= n:
            return None
        w = doc.words[e]
        if w[:1].isupper() and w.isalpha():
            # a proper name: "phong trào Đông Du"
            k = e
            while k < n and k - e < 4 and doc.words[k][:1].isupper() and doc.words[k].isalpha():
                k += 1
            if any(u.start == e for u in self._units) or (k < n and doc.words[k][:1].islower()
                                                          and doc.words[k] not in ("năm", "của", "và")):
                return None
            return (e, k)
        if not w.isalpha() or w.lower() in BAD_START or w.lower() not in self.starters:
            return None
        if e + 1 < n and (w.lower() + " " + doc.words[e + 1].lower()) in BAD_START_PAIRS:
            return None
        k = e
        while k < n and doc.words[k] not in CLAUSE_END and k - e < 20:
            if doc.words[k] == "–" and not (k + 1 < n and doc.words[k + 1].islower()):
                break
            if k > e and doc.words[k].lower() in END_WORDS:
                break
            if any(hs == k for hs, _ in heads):
                break
            k += 1
        while k - 1 > e and doc.words[k - 1] in ("và", "các", "những"):
            k -= 1
        if k - e < 3:
            return None
        return (e, k)


def d_text(doc, k):
    return doc.words[k]


@Language.factory("sovang_campaigns")
def make_campaigns(nlp, name):
    """Factory of :class:`CampaignRecognizer`."""
    return CampaignRecognizer(nlp)
