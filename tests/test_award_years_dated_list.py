"""An award in a ";" list of awards whose other items carry their own years (extractors.engine._in_dated_list)
takes no document year: the list tells earlier awards, each of its year, and an item writing none is of a year the
text does not say (GUIDELINES.md: null otherwise; session 40's newcomer). Sentences are the test's own."""
from tests.test_extractors import facts_of


def _years(*lines: str) -> dict:
    return {a["award"]: a["year"] for a in facts_of(*lines)["awards"]}


STORY = ("Hợp tác xã Tân Phú đón Cờ thi đua", "Sáng 8/3/2022, Hợp tác xã Tân Phú được tặng Cờ thi đua của Chính phủ.")


def test_an_undated_item_of_a_dated_list_takes_no_document_year():
    years = _years(*STORY, "Trước đây, Hợp tác xã Tân Phú đã được tặng Huân chương Lao động hạng Ba (2009); "
                   "Huân chương Lao động hạng Nhì (2014); Bằng khen của Thủ tướng Chính phủ về phong trào nông thôn mới.")
    assert years["Cờ thi đua của Chính phủ"] == 2022
    assert years["Huân chương Lao động hạng Ba"] == 2009 and years["Huân chương Lao động hạng Nhì"] == 2014
    assert years["Bằng khen của Thủ tướng Chính phủ"] is None


def test_one_dated_item_beside_it_leaves_the_document_year():
    # one earlier award with its year is no list of dated awards: the undated one keeps the story's year
    years = _years(*STORY, "Hợp tác xã Tân Phú được tặng Bằng khen của Thủ tướng Chính phủ; "
                   "trước đó được tặng Huân chương Lao động hạng Ba (2009).")
    assert years["Bằng khen của Thủ tướng Chính phủ"] == 2022
