"""The sentence a search hit shows: cut at sentence ends, never after a dotted abbreviation (newcomer's finding,
session 24: "… Thành ủy TP." and "HCM, ông Phạm Chánh Trực …" were two snippets)."""
from outputs.search import best_sentence

TEXT = ("Sáng 5/9, Thành ủy TP. Hồ Chí Minh tổ chức lễ trao Huy hiệu Đảng. Ông Lê Văn Tâm nhận Huy hiệu 50 năm tuổi "
        "Đảng; TS. Trần Thị Mai phát biểu tại buổi lễ! Buổi lễ kết thúc lúc 11 giờ.")


def test_a_stop_after_an_abbreviation_does_not_end_the_sentence():
    assert best_sentence(TEXT, "thanh uy tp ho chi minh") == \
        "Sáng 5/9, Thành ủy TP. Hồ Chí Minh tổ chức lễ trao Huy hiệu Đảng."
    assert best_sentence(TEXT, "tran thi mai") == "TS. Trần Thị Mai phát biểu tại buổi lễ!"


def test_other_stops_still_end_sentences():
    assert best_sentence(TEXT, "le van tam") == "Ông Lê Văn Tâm nhận Huy hiệu 50 năm tuổi Đảng;"
    assert best_sentence(TEXT, "ket thuc") == "Buổi lễ kết thúc lúc 11 giờ."
    assert best_sentence("Một câu không có dấu chấm", "cau") == "Một câu không có dấu chấm"


def test_a_query_without_a_word_is_a_usage_error(tmp_path):
    """Newcomer's finding 16, session 24: 'sovang search ""' printed "no results" and exited 0."""
    from click.testing import CliRunner

    from pipeline.cli import cli
    from tests.cli import kb_of

    db, _ = kb_of(tmp_path, {"a.txt": TEXT})
    for query in ("", "  ", "?!"):
        result = CliRunner().invoke(cli, ["search", query, "--db", db])
        assert result.exit_code == 2 and f"nothing to search for: {query!r} holds no word" in result.output
    assert "Hồ Chí Minh" in CliRunner().invoke(cli, ["search", "ho chi minh", "--db", db]).output


def test_who_without_a_letter_is_a_usage_error(tmp_path):
    """Newcomer, session 38: 'sovang who ""' said no person or unit matched and exited 1, where `search` calls the
    same mistake a usage error (exit 2); a name is looked up as before."""
    from click.testing import CliRunner

    from pipeline.cli import cli
    from tests.cli import kb_of

    db, _ = kb_of(tmp_path, {"a.txt": TEXT})
    for name in ("", "  ", "?!"):
        result = CliRunner().invoke(cli, ["who", name, "--db", db])
        assert result.exit_code == 2 and f"nothing to look up: {name!r} holds no letter of a name" in result.output
    assert "Trần Thị Mai" in CliRunner().invoke(cli, ["who", "tran thi mai", "--db", db]).output
