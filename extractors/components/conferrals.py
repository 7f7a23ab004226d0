"""``sovang_conferrals``: award ↔ recipient ↔ status within a sentence.

Cue phrases come from ``triggers.tsv``:

* ``give`` ("tặng", "trao tặng", "truy tặng"…): the recipients are the names after
  "cho" (or a "gồm:" list) that follows the award; the subject before the cue is
  the presenter, never a recipient;
* ``receive`` ("được tặng", "đón nhận", "vinh dự nhận"…): the recipient is the
  nearest name before the cue (names between "được" and the verb are conferrers);
* ``propose`` ("đề nghị", "trình", "xét tặng"…) before the award → ``proposed``;
* ``revoke`` ("thu hồi", "hủy quyết định") → ``revoked`` (status stays conferred).

An award with no cue in its sentence is a descriptor ("NSƯT Công Lý"), not a fact.
"""
from __future__ import annotations

from spacy.language import Language

from .base import lexicon, phrase_matcher, state

LIST_STOP = {".", "!", "?"}
COUNT_WORDS = {"cá", "tập", "đơn", "người", "đồng", "nghệ", "gia", "hộ", "học", "cán", "công", "chiến", "đội"}


class ConferralLinker:
    """Links awards to recipients; see module doc."""

    def __init__(self, nlp):
        self.lex = lexicon()
        self.cue = {role: phrase_matcher(nlp, phrases, attr="LOWER", case_variants=False)
                    for role, phrases in self.lex.cues.items()}

    def __call__(self, doc):
        st = state(doc)
        cues = {}
        for role, m in self.cue.items():
            for _, s, e in m(doc):
                cues.setdefault(role, []).append((s, e))
        ents = [p for p in st["person"]]
        ents += [u for u in st["unit"] if not any(a.start <= u.start and u.end <= a.end for a in st["award"])]
        # keep the outermost unit where units nest
        ents = [x for x in ents if not any(y is not x and y.start <= x.start and x.end <= y.end
                                             and (y.end - y.start) > (x.end - x.start) for y in ents)]
        ents.sort(key=lambda x: x.start)
        out = []
        sents = [(s.start, s.end) for s in doc.sents]
        for a in st["award"]:
            ss, se = next(((s, e) for s, e in sents if s <= a.start < e), (0, len(doc)))
            recips, how = self._recipients(doc, a, ss, se, ents, cues, st["award"])
            if not recips:
                continue
            proposed = any(ss <= s < a.start for s, _ in cues.get("propose", []))
            revoked = any(ss <= s < se for s, _ in cues.get("revoke", []))
            for r in recips:
                out.append({"award": a, "recipient": r, "status": "proposed" if proposed else "conferred",
                            "revoked": revoked, "sent": (ss, se), "how": how})
        st["conferrals"] = out
        return doc

    def _recipients(self, doc, a, ss, se, ents, cues, awards):
        n = len(doc)
        gives = [(s, e) for s, e in cues.get("give", []) if ss <= s and e <= se]
        recs = [(s, e) for s, e in cues.get("receive", []) if ss <= s and e <= se]
        props = [(s, e) for s, e in cues.get("propose", []) if ss <= s and e <= se]
        if not (gives or recs or props):
            return [], None
        # 1. "… A cho X, Y" / "A gồm: X, Y"
        j = a.end
        other_award_after = [b for b in awards if b.start >= a.end and ss <= b.start < se]
        limit = se
        k = j
        while k < limit and k - j < 30:
            w = doc[k].text
            if w in ("cho", "gồm", "như") or (w == ":" and k - j < 3):
                start = k + 1
                stop = se
                nxt = [b.start for b in awards if b.start > start and b.start < se and b is not a]
                if nxt:
                    stop = min(stop, min(nxt))
                got = [x for x in ents if start <= x.start < stop]
                got = self._list_members(doc, start, stop, got)
                if got:
                    return got, "after"
                if w == "cho":
                    return [], None
            if any(b.start == k for b in awards) and b_not(a, k):
                k += 1
                continue
            if w in (".", ";") :
                break
            k += 1
        # 2. receive cue before the award: recipient precedes the cue
        before = [(s, e) for s, e in recs if s < a.start]
        if before:
            c = max(s for s, _ in before)
            # "được Chủ tịch nước tặng": skip back to "được"
            d = c
            while d > ss and doc[d].text.lower() != "được" and c - d < 6:
                d -= 1
            if doc[d].text.lower() == "được":
                c = d
            cand = [x for x in ents if ss <= x.start and x.end <= c]
            if cand:
                return [cand[-1]], "before"
            return [], "subject"
        # 3. give cue and a name right after the award ("tặng Bằng khen ông X")
        after = [x for x in ents if a.end <= x.start < min(se, a.end + 3)]
        if after and (gives or props):
            return [after[0]], "adjacent"
        return [], None

    def _list_members(self, doc, start, stop, got):
        """Names after "cho"/"gồm": stop at the first name that is not in the list (after a verb)."""
        out = []
        prev_end = start
        for x in got:
            gap = [t.text for t in doc[prev_end:x.start]]
            if out and any(w.isalpha() and w.islower() and w not in ("và", "cùng", "tập", "thể", "cá", "nhân",
                                                                     "các", "ông", "bà", "đồng", "chí", "diễn",
                                                                     "viên", "nghệ", "sĩ", "em", "anh", "chị",
                                                                     "có", "thành", "tích", "xuất", "sắc")
                           for w in gap) and len(gap) > 6:
                break
            out.append(x)
            prev_end = x.end
        return out


def b_not(a, k):
    return a.start != k


@Language.factory("sovang_conferrals")
def make_conferrals(nlp, name):
    """Factory of :class:`ConferralLinker`."""
    return ConferralLinker(nlp)
