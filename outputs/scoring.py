"""sovang's own evaluation: facts JSON Lines against gold, by the comparison rules of
GUIDELINES.md ("How the scorer compares"), so it reports the reference scorer's figures.

Rules: NFC, lower case, dashes → " - ", quotes/brackets/punctuation → spaces,
white space collapsed; each syllable's tone compared wherever it sits; unit and
award keys expand VKSNDTC, VKSND, VKS, TANDTC, TAND, UBND, HĐND, MTTQ, LĐLĐ,
BCH, TP./Tp., TT.; name keys drop a leading honorific or rank; campaign keys
drop a leading "phong trào thi đua", "phong trào", "cuộc vận động", "đợt thi
đua", "chương trình".  difflib ratio; units/names/awards match at ≥ 0.90,
campaigns at ≥ 0.80, an award when recipient and award both reach 0.90;
greedy one-to-one matching, best pairs first; repeated keys count once.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

_TONE_DIGIT = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
_EXPANSIONS = [(re.compile(p), full) for p, full in [
    (r"\bvksndtc\b", "viện kiểm sát nhân dân tối cao"), (r"\bvksnd\b", "viện kiểm sát nhân dân"),
    (r"\bvks\b", "viện kiểm sát"), (r"\btandtc\b", "tòa án nhân dân tối cao"), (r"\btand\b", "tòa án nhân dân"),
    (r"\bubnd\b", "ủy ban nhân dân"), (r"\bhđnd\b", "hội đồng nhân dân"), (r"\bmttq\b", "mặt trận tổ quốc"),
    (r"\blđlđ\b", "liên đoàn lao động"), (r"\bbch\b", "ban chấp hành"),
    (r"\btp\.?(?=\s)", "thành phố"), (r"\btt\.?(?=\s)", "thị trấn")]]
_HONORIFIC = re.compile(r"^(đồng chí|đ/c|ông|bà|anh|chị|thiếu tướng|trung tướng|đại tá|thượng tá|trung tá)\s+")
_CAMPAIGN_HEAD = re.compile(r"^(phong trào thi đua|phong trào|cuộc vận động|đợt thi đua|chương trình)\s+")
_PUNCT = re.compile(r"[\"“”‘’'«»()\[\]{},;:.!?…]+")
_DASH = re.compile(r"\s*[‐‑‒–—―-]\s*")
KINDS = ("units", "officials", "campaigns", "awards")


def _tone_free(text: str) -> str:
    words = []
    for syllable in unicodedata.normalize("NFD", text.lower()).split():
        tone = "".join(_TONE_DIGIT[c] for c in syllable if c in _TONE_DIGIT)
        rest = "".join(c for c in syllable if c not in _TONE_DIGIT)
        words.append(unicodedata.normalize("NFC", rest) + tone[-1:])
    return " ".join(words)


def _clean(text) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).lower()
    return " ".join(_PUNCT.sub(" ", _DASH.sub(" - ", text)).split())


def unit_key(text) -> str:
    """Comparison key of a unit or award name."""
    text = _clean(text)
    for pattern, full in _EXPANSIONS:
        text = pattern.sub(full, text)
    return _tone_free(text)


def name_key(text) -> str:
    """Comparison key of a person's name (leading honorific dropped)."""
    return _tone_free(_HONORIFIC.sub("", _clean(text)))


def campaign_key(text) -> str:
    """Comparison key of a campaign name (leading "phong trào…" dropped)."""
    return _tone_free(_CAMPAIGN_HEAD.sub("", _clean(text)))


def _recipient_key(fact: dict) -> str:
    return name_key(fact.get("recipient")) if fact.get("recipient_type") == "person" else unit_key(fact.get("recipient"))


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _at(limit: float):
    return lambda s: s if s >= limit else 0.0


#: kind -> (key of one item for de-duplication, similarity of a gold and a predicted item)
RULES = {
    "units": (unit_key, lambda g, p: _at(0.9)(_ratio(unit_key(g), unit_key(p)))),
    "officials": (lambda o: name_key(o.get("name")),
                  lambda g, p: _at(0.9)(_ratio(name_key(g.get("name")), name_key(p.get("name"))))),
    "campaigns": (campaign_key, lambda g, p: _at(0.8)(_ratio(campaign_key(g), campaign_key(p)))),
    "awards": (lambda a: (_recipient_key(a), unit_key(a.get("award"))),
               lambda g, p: _award_similarity(g, p)),
}


def _award_similarity(g: dict, p: dict) -> float:
    r = _ratio(_recipient_key(g), _recipient_key(p))
    a = _ratio(unit_key(g.get("award")), unit_key(p.get("award")))
    return min(r, a) if r >= 0.9 and a >= 0.9 else 0.0


def _dedupe(items: list, key) -> list:
    seen, out = set(), []
    for item in items:
        k = key(item)
        if k and k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _pairs(gold: list, pred: list, similarity) -> list[tuple[int, int]]:
    scored = sorted(((s, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                     if (s := similarity(g, p)) > 0), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j)
            out.append((i, j))
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 (rounded to 4 places) with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    """Score predicted facts against gold; both map document path → GUIDELINES object.

    Returns per-kind and ``overall`` P/R/F1 dicts, the three accuracies
    (``official_position_accuracy``, ``award_year_accuracy``,
    ``award_status_accuracy``; None when nothing to measure) and ``errors``, a
    list of (document, kind, "missed"|"spurious", item).
    """
    counts = {k: [0, 0, 0] for k in KINDS}
    acc = {"official_position": [0, 0], "award_year": [0, 0], "award_status": [0, 0]}
    errors = []
    for doc, g in gold.items():
        p = pred.get(doc, {})
        for kind in KINDS:
            key, similarity = RULES[kind]
            gi = _dedupe(list(g.get(kind) or []), key)
            pi = _dedupe(list(p.get(kind) or []), key)
            pairs = _pairs(gi, pi, similarity)
            counts[kind][0] += len(pairs)
            counts[kind][1] += len(pi) - len(pairs)
            counts[kind][2] += len(gi) - len(pairs)
            mg, mp = {i for i, _ in pairs}, {j for _, j in pairs}
            errors += [(doc, kind, "missed", x) for i, x in enumerate(gi) if i not in mg]
            errors += [(doc, kind, "spurious", x) for j, x in enumerate(pi) if j not in mp]
            for i, j in pairs:
                gv, pv = gi[i], pi[j]
                if kind == "officials" and gv.get("position"):
                    ok = _ratio(unit_key(gv.get("position")), unit_key(pv.get("position"))) >= 0.85
                    acc["official_position"][0] += ok
                    acc["official_position"][1] += 1
                if kind == "awards":
                    if gv.get("year"):
                        acc["award_year"][0] += str(gv.get("year")) == str(pv.get("year"))
                        acc["award_year"][1] += 1
                    acc["award_status"][0] += (gv.get("status") or "conferred") == (pv.get("status") or "conferred")
                    acc["award_status"][1] += 1
    result: dict = {kind: prf(*counts[kind]) for kind in KINDS}
    result["overall"] = prf(*(sum(c[n] for c in counts.values()) for n in range(3)))
    for name, (ok, total) in acc.items():
        result[f"{name}_accuracy"] = round(ok / total, 4) if total else None
    result["errors"] = errors
    return result


def load_jsonl(path: str | Path) -> dict[str, dict]:
    """Read a facts/gold JSON Lines file into {document: object}, each document's name in composed letters (NFC: a
    name written decomposed, NFD, as a Mac writes file names, matches the same name composed). ValueError names the
    bad line."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
                out[unicodedata.normalize("NFC", obj["document"])] = obj  # one name in either normal form
    return out


def table(result: dict) -> list[str]:
    """The scorer's lines: P/R/F1 per kind, accuracies, ``overall F1 x``."""
    lines = []
    for kind in (*KINDS, "overall"):
        r = result[kind]
        lines.append(f"{kind:9} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                     f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})")
    for name in ("official_position", "award_year", "award_status"):
        v = result[f"{name}_accuracy"]
        lines.append(f"{name} accuracy on matched facts: {'n/a' if v is None else f'{v:.3f}'}")
    lines.append(f"overall F1 {result['overall']['f1']:.4f}")
    return lines
