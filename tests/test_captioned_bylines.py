"""Session 36 (pos): a story scraped from the web may close on its photo captions after its byline, so the writer's
name, alone on its line, stands above short caption lines rather than among the last lines; it is no official
(GUIDELINES.md: bylines are not officials)."""
from tests.test_extractors import official_names

#: more captions than the last lines persons.BYLINE_LINES reads for a name alone (so the rule under test is this one)
CAPTIONS = ("Gian hàng sách thiếu nhi.", "Khách tham quan chọn sách.", "Một góc hội chợ.", "Sách giáo khoa cũ.",
            "Quầy sách ngoại văn.", "Các em chọn truyện tranh.", "Buổi giao lưu với tác giả.", "Sân khấu chính.",
            "Khu đọc sách miễn phí.", "Hội chợ mở cửa đến tối.")


def names(*lines):
    return set(official_names(*lines))


STORY = ("Sáng nay, bà Trương Thị Mai Hoa, Giám đốc Trung tâm Văn hóa quận, khai mạc hội chợ sách mùa thu với hơn "
         "năm mươi gian hàng của các nhà xuất bản và các trường học trong quận.")


def test_name_above_the_captions_is_a_byline():
    assert names(STORY, "Các em nhỏ đọc sách tại hội chợ.", "Lâm Quốc Việt",
                 *CAPTIONS) == {"Trương Thị Mai Hoa"}


def test_name_after_the_line_opening_the_photos_is_a_byline():
    assert names(STORY, "Một vài hình ảnh của hội chợ:", "Đỗ Hải Yến",
                 *CAPTIONS) == {"Trương Thị Mai Hoa"}


def test_names_listed_one_a_line_are_persons():
    # two names alone, one after the other: a list, not a byline
    assert names(STORY, "Hai học sinh được tặng sách:", "Lâm Quốc Việt", "Đỗ Hải Yến",
                 *CAPTIONS) == \
        {"Trương Thị Mai Hoa", "Lâm Quốc Việt", "Đỗ Hải Yến"}


def test_a_name_in_a_caption_is_a_person():
    # the caption names the person photographed: the mention does not fill its line
    assert names(STORY, "Các em nhỏ đọc sách tại hội chợ.", "Bà Lâm Thị Quế",
                 *CAPTIONS) == \
        {"Trương Thị Mai Hoa", "Lâm Thị Quế"}


def test_short_lines_all_through_hold_no_byline():
    # no longer block of a story before: short lines all through (a form or a list)
    assert names("Giấy mời dự hội chợ sách.", "Kính gửi:", "Lâm Quốc Việt", "Thời gian: 8 giờ sáng.",
                 "Địa điểm: nhà văn hóa quận.", *CAPTIONS) == {"Lâm Quốc Việt"}
