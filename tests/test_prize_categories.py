"""Session 21: category prizes named by a superlative (awards._category_end, _period_end; prize_categories.txt):
"giải thưởng cầu thủ được yêu thích nhất năm", "danh hiệu cầu thủ hay nhất trận", "… của năm", written in lower
case after "giải", "giải thưởng" or "danh hiệu", and the catalogue's superlatives with their period.

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def awards(text: str) -> set:
    """(recipient, award) of every award fact of ``text``."""
    return {(a["recipient"], a["award"]) for a in facts_of(text)["awards"]}


def test_title_cue_before_a_lower_case_category():
    """"nhận danh hiệu cầu thủ hay nhất trận": the category and its period are the prize, without "danh hiệu"."""
    assert awards("Dù không ghi bàn, Lê Minh Khoa vẫn nhận danh hiệu cầu thủ hay nhất trận.") == {
        ("Lê Minh Khoa", "cầu thủ hay nhất trận")}


def test_prize_noun_before_a_category_of_the_year():
    """"giải thưởng cầu thủ … của năm" and "giải thưởng … được yêu thích nhất năm": without "giải thưởng"."""
    assert awards("Tiền vệ Lê Minh Khoa giành giải thưởng cầu thủ được khán giả yêu thích nhất năm.") == {
        ("Lê Minh Khoa", "cầu thủ được khán giả yêu thích nhất năm")}
    assert awards("Thủ thành Đỗ Văn Toàn nhận giải thưởng thủ môn dự bị của năm.") == {
        ("Đỗ Văn Toàn", "thủ môn dự bị của năm")}


def test_month_of_a_coach_prize():
    """"HLV xuất sắc nhất tháng Tư": the month word is kept."""
    assert awards("Ông Phạm Quốc Hưng giành giải thưởng HLV xuất sắc nhất tháng Tư.") == {
        ("Phạm Quốc Hưng", "HLV xuất sắc nhất tháng Tư")}


def test_catalogue_superlative_keeps_its_period():
    """The catalogue's "Cầu thủ xuất sắc nhất" goes on with "trận"; written after "giải" it is one fact, not two."""
    assert awards("Lê Minh Khoa được bầu chọn là cầu thủ xuất sắc nhất trận.") == {
        ("Lê Minh Khoa", "Cầu thủ xuất sắc nhất trận")}
    assert awards("Lê Minh Khoa giành giải Cầu thủ xuất sắc nhất mùa trước.") == {
        ("Lê Minh Khoa", "Cầu thủ xuất sắc nhất mùa")}


def test_lower_case_category_after_giai():
    """"nhận giải phim hay nhất" is named from its category, as after "giải thưởng": a story writing "giải cầu thủ
    dự bị của năm" and "giải thưởng cầu thủ dự bị của năm" of one player gives one fact."""
    assert awards("Đạo diễn Vũ Thành Nam nhận giải phim hay nhất.") == {("Vũ Thành Nam", "phim hay nhất")}
    assert awards("Đỗ Văn Toàn nhận giải thưởng thủ môn dự bị của năm. Ông Lê Hùng trao giải thủ môn dự bị của năm "
                  "cho Đỗ Văn Toàn.") == {("Đỗ Văn Toàn", "thủ môn dự bị của năm")}


def test_superlative_without_category_noun_is_no_prize():
    """"giải pháp tốt nhất", "danh hiệu cao nhất": no category noun opens them, no award."""
    assert awards("Lê Minh Khoa đạt được giải pháp tốt nhất cho đội.") == set()
    assert awards("Lê Minh Khoa nhận danh hiệu cao nhất của đội.") == set()


def test_talent_show_titles_won():
    """"lên ngôi Quán quân …", "trở thành Á quân …", "đăng quang Hoa khôi …" (awards.tsv, crowned like "Hoa hậu"; the
    edition's year is the fact's, not the title's)."""
    assert awards("Ca sĩ Đinh Thu Hà lên ngôi Quán quân Ngôi sao Việt 2019.") == {
        ("Đinh Thu Hà", "Quán quân Ngôi sao Việt")}
    assert awards("Nhóm nhạc Sao Mới trở thành Á quân Bước nhảy Xì Gòn.") == {("Sao Mới", "Á quân Bước nhảy Xì Gòn")}
    assert awards("Lý Thu Trang đăng quang Hoa khôi Học viện Ngân hàng.") == {
        ("Lý Thu Trang", "Hoa khôi Học viện Ngân hàng")}


def test_talent_show_title_as_a_name_prefix_or_foretold():
    """"Quán quân X đã …" is a prefix of a name, "sẽ trở thành Quán quân …" a win foretold: no fact."""
    assert awards("Quán quân Đinh Thu Hà vừa ra mắt album đầu tay.") == set()
    assert awards("Giám khảo tin rằng Đinh Thu Hà sẽ trở thành Quán quân Ngôi sao Việt 2019.") == set()


def test_title_handed_over_in_the_passive():
    """"Danh hiệu Á hậu 1 được trao cho X": a crowned title with no win cue before it is won by the name after the
    passive, completed by the document's pageant; "Quán quân <show> đã được trao cho X" likewise."""
    text = ("Đêm qua, cuộc thi Hoa hậu Biển Xanh 2019 đã khép lại. "
            "Danh hiệu Á hậu 1 được trao cho Lý Thu Trang.")
    assert awards(text) == {("Lý Thu Trang", "Á hậu 1 Hoa hậu Biển Xanh")}
    assert awards("Quán quân Ngôi sao Việt 2019 đã được trao cho ca sĩ Đinh Thu Hà.") == {
        ("Đinh Thu Hà", "Quán quân Ngôi sao Việt")}


def test_winner_after_a_fronted_clause_or_contrast():
    """A name in a fronted clause ("Vượt qua X, Y giành …", "Sau khi đến câu lạc bộ X, Y …") or before ", nhưng
    <Name>" is not the subject of the verb after the comma: the prize goes to the name after it; "X bị ốm, nhưng
    vẫn được tặng …" (no subject after "nhưng") stays X's."""
    assert awards("Vượt qua ứng viên nặng ký Trần Văn Bình, nam diễn viên Lê Minh Khoa giành giải thưởng "
                  "Nam diễn viên chính xuất sắc nhất.") == {("Lê Minh Khoa", "Nam diễn viên chính xuất sắc nhất")}
    assert awards("Sau khi chuyển tới câu lạc bộ Sông Lam Nghệ An năm 2019, Phan Văn Đức nhận danh hiệu cầu thủ hay "
                  "nhất trận.") == {("Phan Văn Đức", "cầu thủ hay nhất trận")}
    assert awards("Lê Minh Khoa vừa ghi bàn, nhưng Phan Văn Đức nhận danh hiệu cầu thủ hay nhất trận.") == {
        ("Phan Văn Đức", "cầu thủ hay nhất trận")}
    assert awards("Nguyễn Văn An bị ốm, nhưng vẫn được tặng Bằng khen của Chủ tịch UBND tỉnh.") == {
        ("Nguyễn Văn An", "Bằng khen của Chủ tịch UBND tỉnh")}
    # a pronoun after the comma stands for the name of the fronted clause: that name is the recipient
    assert awards("Sau khi ông Nguyễn Văn An nghỉ hưu, ông được tặng Huân chương Lao động hạng Ba.") == {
        ("Nguyễn Văn An", "Huân chương Lao động hạng Ba")}
