"""A unit's field written in sentence case, its first syllable alone capitalised, goes on in lower case up to the
body's predicate (a tense adverb, a verb: ``unit_extent.NameExtent._capital_syllable``), and a field's run of
two-syllable words passes a word that opens with a place level's syllable ("xã hội": ``unit_words.NOT_LEVELS``):
"Hội Người cao tuổi" was cut to "Hội Người", "Trung tâm Bảo trợ xã hội" to "Trung tâm Bảo trợ" (Nghị định
30/2020/NĐ-CP Phụ lục II: a field takes a capital on its first word only).  Sentences of our own wording."""
from __future__ import annotations

from tests.test_extractors import unit_names as _units


def test_a_field_opened_by_one_capitalised_syllable_runs_to_the_tense_adverb():
    assert _units("Hội Người cao tuổi đã trao quà cho các hộ nghèo.") == ["Hội Người cao tuổi"]
    assert _units("Bác sĩ khoa Ngoại thần kinh đã phẫu thuật cho bệnh nhân.") == ["khoa Ngoại thần kinh"]


def test_social_in_a_field_is_no_commune():
    assert _units("Trung tâm Bảo trợ xã hội vừa tiếp nhận năm trẻ em.") == ["Trung tâm Bảo trợ xã hội"]
    assert _units("Ủy ban Các vấn đề xã hội đã có ý kiến.") == ["Ủy ban Các vấn đề xã hội"]
    assert _units("Bà Lê Thị Hoa, Trưởng phòng Công tác xã hội, Bệnh viện Đa khoa Sơn Hà cho biết.") == [
        "phòng Công tác xã hội", "Bệnh viện Đa khoa Sơn Hà"]


def test_a_place_after_the_head_is_no_field():
    assert _units("Công an Vinh lực lượng chức năng đã vào cuộc.") == ["Công an Vinh"]


def test_a_head_inside_a_persons_name_takes_no_field():
    assert not [u for u in _units("Người mẫu Cát Hội Tuyết gần đây đã lên tiếng.") if "gần đây" in u]
