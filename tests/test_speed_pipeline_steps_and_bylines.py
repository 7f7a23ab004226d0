"""Speed changes of session 20 keep what they replace (values worked out by hand)."""
def test_pipeline_steps_are_the_pipeline_callables_in_order():
    """extractors.nlp.pipeline_steps: the callables nlp.pipeline lists, in its order, read once per pipeline."""
    from extractors.nlp import PIPE_NAMES, get_nlp, pipeline_steps

    nlp = get_nlp()
    steps = pipeline_steps(nlp)
    assert len(steps) == len(PIPE_NAMES) == 11
    assert steps == tuple(proc for _, proc in nlp.pipeline)
    assert steps[0] is nlp.get_pipe("sovang_sentences") and steps[-1] is nlp.get_pipe("sovang_won_by")
    assert pipeline_steps(nlp) is steps  # (kept, not rebuilt at each document)


def test_byline_counts_words_up_to_five():
    """extractors.engine._is_byline splits a block at most four times: a name of up to four words closing the
    document is a byline, five words or more never (as with the whole split), however long the block."""
    from extractors.engine import _is_byline

    assert _is_byline("Trần Thu Hà", 9, 10) is True  # 3 words, in the last 3 blocks
    assert _is_byline("Lê Thị Thu Hà", 9, 10) is True  # 4 words
    assert _is_byline("Lê Thị Thu Hà Giang", 9, 10) is False  # 5 words
    assert _is_byline("Trần Thu Hà", 6, 10) is False  # not among the last 3 blocks
    assert _is_byline("  Trần   Thu\tHà  ", 9, 10) is False  # (the pattern wants single spaces: as before)
    long = "Bài viết của phóng viên " + "rất dài " * 5000
    assert _is_byline(long, 9, 10) is False


def test_extract_runs_the_steps_in_order():
    """extractors.engine.extract runs the steps in pipeline order: the conferral of a sentence naming a person and
    an award needs the persons and the awards found before the conferrals."""
    from extractors.engine import extract
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document

    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt",
                                      blocks=[Block(text="Ông Lê Văn Bình được tặng Bằng khen.")]))
    facts = extract(doc)
    assert [m.text for m in facts.mentions if m.kind == "person"] == ["Lê Văn Bình"]
    assert [(c.recipient.text, c.award.text) for c in facts.conferrals] == [("Lê Văn Bình", "Bằng khen")]
