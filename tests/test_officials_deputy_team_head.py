"""The deputy head of a team written "Đội phó" (beside the formal "Phó Đội trưởng") is a position title like
"Đội trưởng": before the name with the team after it, and after the name behind a comma.  Sentences are of the
test's own wording."""
from tests.test_extractors import facts_of


def officials(*lines: str) -> list:
    """(name, position, unit) of every official of ``lines``, sorted."""
    return sorted((o["name"], o["position"], o["unit"]) for o in facts_of(*lines)["officials"])


def test_deputy_team_head_before_the_name():
    text = "Đội phó Đội CSGT số 5 Trần Văn Bình đã trực tiếp chỉ huy tổ công tác."
    assert officials(text) == [("Trần Văn Bình", "Đội phó", "Đội CSGT số 5")]


def test_deputy_team_head_after_the_name():
    text = "Thiếu tá Trần Văn Bình, Đội phó Đội CSGT số 5, cho biết tổ công tác đã làm việc suốt đêm."
    assert officials(text) == [("Trần Văn Bình", "Đội phó", "Đội CSGT số 5")]
