"""Session 21 of campaign extraction: a list of quoted examples after "như" in the sentences of a head (see the
commit message).

Every sentence here was written for these tests; the expected facts are worked out by hand.
"""
from __future__ import annotations

from tests.test_extractors import facts_of


def test_quoted_examples_after_a_movement_are_movements():
    g = facts_of("Sau hai năm thực hiện phong trào thi đua, các xã đã có nhiều cách làm hay. Tiêu biểu như các mô "
                 "hình: “Sân chơi xanh”, “Ngõ phố sạch”. “Bữa cơm tình thương”, “Tủ sách cộng đồng”.")
    assert g["campaigns"] == ["Sân chơi xanh", "Ngõ phố sạch", "Bữa cơm tình thương", "Tủ sách cộng đồng"]


def test_quoted_examples_after_a_comma_and_nhu():
    g = facts_of("Cuộc vận động được các huyện hưởng ứng rộng rãi. Từ đó xuất hiện nhiều gương sáng, như “Thợ "
                 "giỏi làng nghề”, “Nông dân làm giàu bền vững”, “Phụ nữ khởi nghiệp”…")
    assert g["campaigns"] == ["Thợ giỏi làng nghề", "Nông dân làm giàu bền vững", "Phụ nữ khởi nghiệp"]


def test_two_quoted_examples_are_no_list():
    g = facts_of("Phong trào thi đua ở huyện phát triển, nhiều hoạt động như “Ngày chủ nhật xanh”, “Đêm hội trăng "
                 "rằm” được duy trì.")
    assert g["campaigns"] == []


def test_quoted_titles_after_a_movement_are_no_movements():
    g = facts_of("Phong trào thi đua lan rộng khắp tỉnh. Nhiều tập thể được công nhận các danh hiệu như “Gia đình "
                 "văn hóa”, “Khu dân cư văn hóa”, “Cơ quan văn hóa”.")
    assert g["campaigns"] == []


def test_quoted_songs_after_a_movement_are_no_movements():
    # no noun of a model, example or activity before the list: the quotes name songs
    g = facts_of("Phong trào văn nghệ quần chúng ở xã rất sôi nổi. Đội văn nghệ biểu diễn nhiều bài hát như “Quê "
                 "hương tươi đẹp”, “Mùa lúa chín”, “Bài ca người thợ”.")
    assert g["campaigns"] == []


def test_quoted_examples_without_a_head_are_no_movements():
    g = facts_of("Hội chợ năm nay có nhiều hoạt động hấp dẫn, như “Bánh quê”, “Trà sen”, “Gốm cổ”.")
    assert g["campaigns"] == []


def test_a_long_quote_after_a_full_stop_ends_the_list():
    g = facts_of("Phong trào thi đua được duy trì. Tiêu biểu như các mô hình “Đường hoa”, “Sân chơi”, “Nhà sạch”. "
                 "“Chúng tôi sẽ "
                 "tiếp tục giữ gìn đường làng sạch đẹp cho đến hết năm nay”, ông nói.")
    assert g["campaigns"] == ["Đường hoa", "Sân chơi", "Nhà sạch"]


def test_songs_listed_after_an_activity_noun_are_no_movements():
    """The list's own noun ("các bài hát", songs) decides, not an activity noun earlier in the window (review 22,
    finding 3)."""
    g = facts_of("Hưởng ứng phong trào thi đua “Nông thôn mới”, xã tổ chức nhiều hoạt động giao lưu với các bài hát "
                 "như “Mùa xuân quê em”, “Dòng sông tuổi thơ”, “Cánh đồng vàng”.")
    assert g["campaigns"] == ["Nông thôn mới"]


def test_models_after_guong_are_read_with_or_without_an_adjective():
    """"nhiều tấm gương như “A”, “B”, “C”" lists models as "nhiều tấm gương sáng, như …" does: "gương" is an award
    noun only right before its own quote (review 22, finding 3)."""
    lead = "Cuộc vận động được các huyện hưởng ứng rộng rãi. Từ đó xuất hiện nhiều tấm gương"
    tail = " như “Thợ giỏi làng nghề”, “Nông dân làm giàu bền vững”, “Phụ nữ khởi nghiệp”."
    want = ["Thợ giỏi làng nghề", "Nông dân làm giàu bền vững", "Phụ nữ khởi nghiệp"]
    assert facts_of(lead + tail)["campaigns"] == want
    assert facts_of(lead + " sáng," + tail)["campaigns"] == want
