"""Speed changes of session 14 keep what they replace (values worked out by hand)."""
from types import SimpleNamespace


def test_title_line_needs_the_listed_line_in_capitals():
    """letterhead.title_line: a line of letterhead_titles.txt written in capitals, nothing else (the pattern is
    now tried before the capitals test; the answer is the same)."""
    from pipeline.letterhead import title_line

    assert title_line("ĐẢNG CỘNG SẢN VIỆT NAM")
    assert title_line("  ĐẢNG  CỘNG SẢN   VIỆT NAM ")  # blanks around and between the words
    assert not title_line("Đảng Cộng sản Việt Nam")  # the line, not in capitals
    assert not title_line("ĐẢNG BỘ TỈNH AN GIANG")  # capitals, another line
    assert not title_line("Sáng nay, Đảng Cộng sản Việt Nam tổ chức hội nghị tổng kết năm.")
    assert not title_line("")


def test_department_at_without_so():
    """canonical.department_at: where "Sở" and a capitalised name begin; -1 at once for a text without "Sở"."""
    from extractors.canonical import department_at

    assert department_at("Sở Y tế") == 0
    assert department_at("Văn phòng Sở Nội vụ") == 10
    assert department_at("cơ sở Y tế") == -1  # lower case, inside "cơ sở"
    assert department_at("Sở tư pháp") == -1  # no capitalised name after it
    assert department_at("UBND huyện Đông Anh") == -1
    assert department_at("") == -1


def test_speaker_verbs_after_a_name():
    """conferral_recipients.Recipients._speaker: a speech verb (one or two words) opens the three tokens after
    the name, alone or followed by more words; not a longer word beginning like one."""
    from extractors.components.conferral_recipients import Recipients

    def speaker(words, se=None):
        d = SimpleNamespace(words=["Ông", "Nam"] + words)
        return Recipients._speaker(d, SimpleNamespace(end=2), len(d.words) if se is None else se)

    assert speaker(["cho", "biết", ","])  # "cho biết" and more
    assert speaker(["nói"])  # the verb alone
    assert speaker(["Nói", "thêm"])  # any case
    assert speaker(["cho", "biết"], se=3) is False  # the sentence ends after "cho": "cho" alone is no verb
    assert not speaker(["nóiz", "thêm"])  # a longer word is no verb
    assert not speaker(["được", "tặng", "Bằng"])


def test_spans_for_pipeline_callers_not_for_the_engine():
    """base.set_spans: a Doc of the spaCy pipeline holds its records as spans; a Doc marked RECORDS_ONLY (as the
    engine marks its own) holds none, and its records are the same."""
    from extractors.components.base import RECORDS_ONLY, state
    from extractors.nlp import get_nlp

    nlp = get_nlp()
    text = "Ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Hà Nam, được tặng Bằng khen của Bộ trưởng Bộ Y tế."
    doc = nlp(text)
    assert [s.text for s in doc.spans["person"]] == ["Trần Văn Bình"]
    assert [s.label_ for s in doc.spans["award"]] == ["AWARD"]
    assert "Sở Y tế tỉnh Hà Nam" in [s.text for s in doc.spans["unit"]]
    records = {k: [(r.start, r.end) for r in state(doc)[k]] for k in ("person", "award", "unit")}
    assert records == {k: [(s.start, s.end) for s in doc.spans[k]] for k in ("person", "award", "unit")}

    marked = nlp.make_doc(text)
    marked.user_data[RECORDS_ONLY] = True
    for _, proc in nlp.pipeline:
        marked = proc(marked)
    assert not marked.spans
    assert {k: [(r.start, r.end) for r in state(marked)[k]] for k in ("person", "award", "unit")} == records


def test_sentence_starts_for_pipeline_callers_only():
    """sovang_sentences: the ranges always; spaCy's sentence starts only outside the engine (RECORDS_ONLY)."""
    from extractors.components.base import RECORDS_ONLY, state
    from extractors.nlp import get_nlp

    nlp = get_nlp()
    text = "Ông A đến. Bà B về."
    doc = nlp(text)
    assert state(doc)["sents"] == [(0, 4), (4, 8)]
    assert [s.text for s in doc.sents] == ["Ông A đến.", "Bà B về."]
    marked = nlp.make_doc(text)
    marked.user_data[RECORDS_ONLY] = True
    marked = nlp.get_pipe("sovang_sentences")(marked)
    assert state(marked)["sents"] == [(0, 4), (4, 8)]
    assert not marked.has_annotation("SENT_START")
