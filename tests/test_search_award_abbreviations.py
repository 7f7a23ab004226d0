"""``sovang search`` (and the site's text and name searches) read an award typed short as ``sovang awards --award``
reads it: "hcld hang ba" finds "Huân chương Lao động hạng Ba" written out, and still finds a text that writes
"HCLĐ".  Found by the newcomer of session 40: ``search "hcld hang ba"`` printed "no results" beside a dozen stories
of that order.  Documents of our own wording; hits worked out by hand."""
from __future__ import annotations

from click.testing import CliRunner

from outputs.search import award_written_out
from outputs.site_plugin import sovang_match
from pipeline.cli import cli
from tests.cli import kb_of, query_json

WRITTEN = ("Sáng 9/3/2024, Công ty Cổ phần Cơ khí Sông Lam đón nhận Huân chương Lao động hạng Ba vì thành tích "
           "sản xuất giai đoạn 2019-2023.")
SHORT = "Danh sách đề nghị: ông Cầm Bá Khiêm, quản đốc phân xưởng, HCLĐ hạng Ba."
OTHER = "Hội nghị bàn về lao động việc làm của xã Thạch Ba."


def paths(db, *typed):
    return sorted({h["path"] for h in query_json("search", *typed, "--db", db, "--json")})


def test_an_award_typed_short_finds_it_written_out_and_as_typed(tmp_path):
    db, _ = kb_of(tmp_path, {"a.txt": WRITTEN, "b.txt": SHORT, "c.txt": OTHER})
    assert paths(db, "hcld hang ba") == ["a.txt", "b.txt"]  # the phrase in either form; c.txt holds no phrase
    assert paths(db, "Huân chương Lao động hạng Ba") == ["a.txt"]  # written out: as before
    hit = query_json("search", "hcld hang ba", "--db", db, "--json")
    assert {h["sentence"] for h in hit} == {WRITTEN, SHORT}


def test_a_query_without_an_abbreviation_is_read_as_before(tmp_path):
    db, _ = kb_of(tmp_path, {"c.txt": OTHER})
    assert award_written_out("lao dong viec lam") == "" and award_written_out("hcld*") == ""
    result = CliRunner().invoke(cli, ["search", "hcld", "--db", db])
    assert result.exit_code == 1 and "no results" in result.output


def test_the_site_search_reads_the_abbreviation_too():
    assert award_written_out("HCLĐ hạng Ba") == "huan chuong lao dong hang ba"
    assert sovang_match("hcld hang ba") == ('folded : ("hcld" "hang" "ba") OR '
                                            'folded : ("huan" "chuong" "lao" "dong" "hang" "ba")')
