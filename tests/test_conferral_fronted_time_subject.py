"""A body written right after a fronted time or circumstance whose comma the writer left out ("Năm 2023 Sở Tư pháp,
Liên đoàn Lao động tỉnh đã tặng …") was read as part of that adverbial and lost as a co-giver: the comma after the first
body closed "the adverbial".  Now a body belongs to a fronted adverbial only through a linking word inside it
(fronted_openers.txt "# Links inside a fronted adverbial": "của", "với", "tại", "mang tên", "thành lập" …).
Review of session 24, M1; sentences of our own wording."""
from __future__ import annotations

import pytest

from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document


def _awards(text):
    doc = normalize_document(Document(path="t.txt", sha256="0", format="txt",
                                      blocks=[Block(text="Tin khen thưởng"), Block(text=text)]))
    return sorted(a["award"] for a in extract(doc).to_guidelines("t.txt")["awards"])


@pytest.mark.parametrize("text, givers", [
    ("Năm 2023 Sở Tư pháp, Liên đoàn Lao động tỉnh đã tặng Giấy khen cho ông Phạm Văn Đức.",
     ["Liên đoàn Lao động tỉnh", "Sở Tư pháp"]),
    ("Nhân dịp này Sở Tư pháp, Liên đoàn Lao động tỉnh đã tặng Giấy khen cho ông Phạm Văn Đức.",
     ["Liên đoàn Lao động tỉnh", "Sở Tư pháp"]),
    ("Trong năm qua Bộ Tư pháp, Bộ Tài chính đã tặng Bằng khen cho ông Phạm Văn Đức.", ["Bộ Tài chính", "Bộ Tư pháp"]),
    ("Nhiều đơn vị như Sở Tư pháp, Liên đoàn Lao động tỉnh đã tặng Giấy khen cho ông Phạm Văn Đức.",
     ["Liên đoàn Lao động tỉnh", "Sở Tư pháp"]),
])
def test_a_body_after_the_time_gives_too(text, givers):
    kind = "Bằng khen" if "Bằng khen" in text else "Giấy khen"
    assert _awards(text) == [f"{kind} của {g}" for g in givers]


@pytest.mark.parametrize("text, giver", [
    ("Tại lễ tổng kết của Trường Chính trị tỉnh, Sở Nội vụ đã tặng Giấy khen cho ông Phạm Văn Đức.", "Sở Nội vụ"),
    ("Trong buổi làm việc với Sở Tư pháp, Liên đoàn Lao động tỉnh đã tặng Giấy khen cho ông Phạm Văn Đức.",
     "Liên đoàn Lao động tỉnh"),
    ("Nhân dịp kỷ niệm 20 năm thành lập Sở Tư pháp, Liên đoàn Lao động tỉnh đã tặng Giấy khen cho ông Phạm Văn Đức.",
     "Liên đoàn Lao động tỉnh"),
])
def test_a_body_linked_inside_the_adverbial_gives_nothing(text, giver):
    assert _awards(text) == [f"Giấy khen của {giver}"]
