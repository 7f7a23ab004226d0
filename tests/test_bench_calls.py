"""benchmarks/calls.py: every call of a function recorded over a folder, then checked against the code as it is."""
from __future__ import annotations

from benchmarks import calls
from extractors.components import unit_extent

TARGET = "extractors.components.unit_extent:NameExtent._extend"
TEXT = "Ủy ban nhân dân huyện Mỹ Lộc tặng Bằng khen cho Trường Tiểu học Mỹ Thuận và Công ty Điện lực Nam Định năm 2020.\n"


def test_record_then_check(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "calls.jsonl"
    original = unit_extent.NameExtent._extend
    try:
        assert calls.main(["record", TARGET, str(out), str(tmp_path / "docs")]) == 0
        recorded = capsys.readouterr().out
        assert recorded.endswith(" calls recorded\n") and not recorded.startswith("0 ")
        unit_extent.NameExtent._extend = original
        assert calls.main(["check", TARGET, str(out), str(tmp_path / "docs")]) == 0
        assert capsys.readouterr().out.endswith(", 0 differ\n")

        def longer(self, doc, start, end, kind, needs_name, head_is_new):  # a name one word longer: a change
            got = original(self, doc, start, end, kind, needs_name, head_is_new)
            return got + 1 if got else got

        unit_extent.NameExtent._extend = longer
        assert calls.main(["check", TARGET, str(out), str(tmp_path / "docs")]) == 1
        assert "differs (result)" in capsys.readouterr().out
    finally:
        unit_extent.NameExtent._extend = original


def test_shown_doc_by_length():
    class Toks(list):
        pass

    assert calls._shown(Toks([1, 2, 3])) == "<Toks 3>"
    assert calls._shown((1, "a", None)) == "(1, 'a', None,)" and calls._shown([1, "a"]) == "[1, 'a']"
    assert calls._digest([1, None]) == calls._digest([1, None]) != calls._digest([None, 1])
