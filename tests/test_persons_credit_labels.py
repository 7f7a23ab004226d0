"""Credit lines (GUIDELINES.md: bylines and photo credits are not officials): a name after a credit label of
``credit_labels.txt`` and its colon, and a byline glued to a photo credit when the line break was lost, are no
persons; a titled person before a glued credit stays, without the label. Sentences written for these tests; each
expected value worked out by hand."""
from __future__ import annotations

from tests.test_extractors import official_names as names


def test_names_after_the_labels_of_a_photo_shoot_are_credits():
    assert names("Bộ ảnh mới của cô được khen ngợi. Photo: Lâm Quốc Huy Make-up: Đỗ Thanh Hà Stylist: Vũ Minh") == []


def test_a_graphic_credit_is_no_person():
    assert names("Điểm trung bình các môn tăng so với năm trước. Đồ họa: Phan Ngọc Lan. Hà Nội dẫn đầu.") == []


def test_a_byline_glued_to_the_photo_credit_at_the_end_is_no_person():
    assert names("Mẫu xe mới sẽ có mặt tại Việt Nam trong tháng tới Lương Hữu Phước Ảnh: Autocar") == []


def test_a_titled_person_before_a_glued_credit_keeps_the_name_without_the_label():
    assert names("Thủ tướng Đào Minh Khoa Ảnh: VGP") == ["Đào Minh Khoa"]


def test_a_byline_opening_its_sentence_before_a_glued_credit_is_none_where_the_text_runs_on():
    """Line breaks lost all through a story: the byline opens its sentence, its photo credit glued after it, and the
    next paragraph runs on; no title opens the name (session 44's review)."""
    assert names("Anh nói sẽ không để vợ một mình. Đào Thuyết Minh Ảnh: Nhân vật cung cấp Vợ anh năm nay đã "
                 "ngoài sáu mươi tuổi và vẫn làm việc đồng áng mỗi ngày cùng các con.") == []


def test_a_person_inside_a_caption_before_a_glued_credit_stays():
    # not at a sentence's start: the caption's subject ("… và Lâm Quốc Bảo Ảnh: …")
    assert names("Anh Trần Minh Khôi (trái) và Lâm Quốc Bảo Ảnh: BBC Theo kênh truyền hình này, hai người đã "
                 "rời khỏi thành phố từ tuần trước và chưa trở lại.") == ["Trần Minh Khôi", "Lâm Quốc Bảo"]
