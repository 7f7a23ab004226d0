"""One foreign word right before a verb of a footballer's play ("ghi bàn", "đánh đầu", "gỡ hòa") in a sports story is
a player's name (foreign_single.play_cued, corpora/gazetteers/player_verbs.txt); a player named by one word was
missed there.  Sentences of our own wording; expected values worked out by hand."""
from __future__ import annotations

from tests.test_extractors import facts_of

#: a sports story's opening (three cues of sports_cues.txt: "HLV", "cầu thủ", "trận đấu")
MATCH = "HLV đội khách khen các cầu thủ sau trận đấu tối qua trên sân nhà."


def names(*lines: str) -> set:
    return {o["name"] for o in facts_of(*lines)["officials"]}


def test_a_word_before_a_scoring_verb_is_a_player():
    assert "Dravocek" in names(MATCH, "Phút 27, Dravocek ghi bàn mở tỷ số sau một pha phối hợp đẹp mắt.")


def test_a_word_before_a_heading_verb_is_a_player():
    assert "Ostrander" in names(MATCH, "Từ quả phạt góc, Ostrander đánh đầu cận thành nhân đôi cách biệt.")


def test_the_last_word_of_a_team_is_no_player():
    # "Real Sociedad": the verb follows a run of two capitalised words, not one word standing alone
    assert "Sociedad" not in names(MATCH, "Đến phút 80, Real Sociedad gỡ hòa nhờ một quả phạt đền.")


def test_outside_a_sports_story_the_verb_cues_nothing():
    assert "Dravocek" not in names("Trong buổi học, Dravocek ghi bàn vào lưới bạn cùng lớp trên sân trường.")


def test_play_cued_reads_a_verb_of_several_words_right_after_the_name():
    # session 38 (mndy): the verbs are looked up by their first word (conferral_words._opening)
    from extractors.components.foreign_single import play_cued
    assert play_cued(["Varnek", "lập", "cú", "đúp", "."], 1)
    assert not play_cued(["Varnek", "lập", "cú", "."], 1)  # the verb cut short
    assert not play_cued(["Varnek", "rời", "sân"], 1)
    assert not play_cued(["Varnek"], 1)  # nothing after the name
