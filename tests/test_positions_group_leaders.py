""""thủ lĩnh" (the leader of a group, an armed movement or a party; Hoàng Phê) is a role noun of
``role_nouns.txt`` beside "lãnh tụ" (session 39): written before a name or after it behind a comma, with the
lower-case words that complete it. Sentences written for these tests; expected positions worked out by hand from
the annotation guidelines."""
from __future__ import annotations

from tests.test_extractors import positions


def test_the_leader_of_a_group_is_a_role():
    p = positions("Quân đội cho biết thủ lĩnh quân nổi dậy Ahmed Karimi đã bị bắt.",
                  "Ông Omar Haddad, thủ lĩnh tối cao của phong trào, chưa lên tiếng.")
    assert p["Ahmed Karimi"] == "thủ lĩnh quân nổi dậy"
    assert p["Omar Haddad"] == "thủ lĩnh tối cao"
