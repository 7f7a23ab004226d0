"""Session 36 (pos): two names run together with no stop between them (a sentence break lost in the source, or a photo
caption run into the text) are two persons when the document writes each of them elsewhere as a whole name
(persons.glued_end); a run whose parts are not so written stays one name."""
from tests.test_extractors import official_names


def test_a_stage_name_glued_to_the_next_singer_is_cut():
    names = official_names("Nghệ sĩ Lan Hương đã hát. Tối qua, ca sĩ Thu Hà hóa thân thành nghệ sĩ Lan Hương Thu Hà "
                           "giành giải nhất. Thu Hà vui mừng.")
    assert sorted(names) == ["Lan Hương", "Thu Hà"]


def test_a_caption_name_glued_to_the_story_is_cut():
    names = official_names("Ông Đặng Minh Khôi và bà Phùng Thị Yên cùng dự lễ. Đặng Minh Khôi Phùng Thị Yên tại buổi "
                           "lễ. Bà Phùng Thị Yên cảm ơn các đại biểu.")
    assert sorted(names) == ["Phùng Thị Yên", "Đặng Minh Khôi"]


def test_a_particle_opens_no_second_name():
    # "bin Zayed" is the end of the prince's name even though the story writes it alone too
    names = official_names("Thái tử Khalid Rashid bin Zayed đến thăm. Thái tử Khalid Rashid nói rằng bin Zayed là tên họ.")
    assert "Khalid Rashid bin Zayed" in names


def test_a_short_form_written_elsewhere_keeps_the_full_name():
    # the given names are written alone elsewhere, but the rest of the run is no name written alone: one person
    names = official_names("Ca sĩ Trịnh Ánh Dương Lam đã hát. Sau đó, Ánh Dương cảm ơn khán giả.")
    assert "Trịnh Ánh Dương Lam" in names


def test_the_run_itself_is_not_the_second_name_written_elsewhere():
    # "Phan Lê Quốc Bảo" ends its own run: that writing does not count as "Quốc Bảo" written alone elsewhere
    names = official_names("Bà Phan Lê đến trước. Sau đó, ông Phan Lê Quốc Bảo và ông Đỗ Văn Lực cùng tới dự.")
    assert "Phan Lê Quốc Bảo" in names
