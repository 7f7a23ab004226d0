"""Foreign names open on a foreign word written with one capital or on a loan-shaped given name; both kinds are found
among the capitalised words in one scan (session 28, speed), the names the same.  Sentences written for this test;
the names worked out by hand."""
from __future__ import annotations

from extractors import extract
from pipeline.model import Block, Document


def _persons(text: str) -> list[str]:
    facts = extract(Document(path="t.txt", sha256="t", format="txt", blocks=[Block(text)]))
    return sorted({o.name.text for o in facts.officials})


def test_a_foreign_run_and_a_loan_shaped_given_name():
    # "Walter Brennan": foreign words; "Kai Lindqvist": "Kai" is shaped like a Vietnamese syllable but no word's
    assert _persons("Hôm qua, ông Walter Brennan gặp huấn luyện viên Kai Lindqvist tại Hà Nội.") == \
        ["Kai Lindqvist", "Walter Brennan"]


def test_no_opener_no_foreign_name():
    assert _persons("Ông Nguyễn Văn Bình dự họp tại Hà Nội.") == ["Nguyễn Văn Bình"]
