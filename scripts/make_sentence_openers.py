"""Generate corpora/gazetteers/sentence_openers.txt from the bulk news corpus.

    python scripts/make_sentence_openers.py

A word of the list opens sentences and never ends a person's name: a capitalised syllable that opens a sentence
(at a line's start or after ". ", "! ", "? ", ": ") right before a lower-case word at least ``MIN_OPENS`` times in
``vi_news_50k.jsonl.gz`` ("Tôi muốn …", "Lúc này …", "Xác định …") and never once the last syllable of a name there:
of a run of two to four capitalised syllables opening on a surname of ``surnames.txt`` and ending right before a
punctuation mark ("… ông Nguyễn Văn An, …"; so "Hương", "Thành", "Công", "Hiện" are no entries).  Only syllables of
the Viet74K dictionary's words (``extractors.gazetteer.dictionary_words``: a Vietnamese syllable, no foreign
name such as "Ronaldo") that are no surname or middle name.  The held-out articles (``tests/data/heldout*_gold.jsonl``,
their document names only) are left out.  Written as the pipeline's normaliser writes text.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.gazetteer import dictionary_words, word_list  # noqa: E402
from pipeline.normalize import normalize_text  # noqa: E402

BULK = ROOT.parent / "shared" / "corpora" / "bulk" / "vi_news_50k.jsonl.gz"
OUT = ROOT / "corpora" / "gazetteers" / "sentence_openers.txt"
#: the fewest sentences a syllable must open to be listed
MIN_OPENS = 20
UPPER = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]+"
LOWER = r"[a-zà-ỹđ]+"
HEADER = """\
# Syllables that open sentences and never end a person's name: a name run glued to one ends before it when a
# lower-case word follows ("TS Nguyễn Thị An Tôi muốn hỏi …": a caption or a sub-heading flattened into the next
# paragraph without its full stop; extractors/components/persons.py, SENTENCE_OPENERS).
# Source: documentary: vi_news_50k.jsonl.gz (bulk news, {articles} articles, the held-out ones left out), written by
# scripts/make_sentence_openers.py: a capitalised syllable opening a sentence before a lower-case word at least
# {least} times and never the last syllable of a surname-led name written before a punctuation mark; syllables of
# Viet74K words only, no surname or middle name.
"""


def held_out() -> set[str]:
    """The names of the held-out articles (document stems), never counted."""
    out = set()
    for gold in (ROOT / "tests" / "data").glob("heldout*_gold.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(Path(json.loads(line)["document"]).stem)
    return out


def main() -> None:
    surnames = {s for s in word_list("surnames.txt") if " " not in s}
    middles = {m.capitalize() for m in word_list("middle_names.txt")}
    alternatives = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
    name_end = re.compile(r"(?<![\wÀ-ỹ])(?:%s) (?:%s ){0,2}(%s)(?=\s?[,.;:)!?]|\s?$)" % (alternatives, UPPER, UPPER),
                          re.M)
    opener = re.compile(r"(?:^|[.!?:]\s)(%s) %s" % (UPPER, LOWER), re.M)
    held = held_out()
    ends, opens = Counter(), Counter()
    articles = 0
    with gzip.open(BULK, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if article["id"].replace("-", "_") in held:
                continue
            articles += 1
            text = normalize_text(article["text"])
            ends.update(m.group(1) for m in name_end.finditer(text))
            opens.update(m.group(1) for m in opener.finditer(text))
    syllables = {s for w in dictionary_words() for s in w.split()}
    kept = sorted(w for w, n in opens.items() if w[:1].isupper() and n >= MIN_OPENS and not ends[w] and w.lower() in syllables
                  and w not in surnames and w not in middles)
    OUT.write_text(HEADER.format(articles=f"{articles:,}", least=MIN_OPENS) + "\n".join(kept) + "\n",
                   encoding="utf-8")
    print(f"{len(kept)} syllables -> {OUT}")


if __name__ == "__main__":
    main()
