"""The signer of a decision (engine._signatures) and the issuing body's name written from its upper-case
letterhead (engine._unshout), as Nghị định 30/2020/NĐ-CP (Phụ lục II) writes names of bodies."""
import pytest

from extractors.engine import _unshout
from tests.test_extractors import facts_of


@pytest.mark.parametrize("shout, name", [
    # a body of named_units.txt, as listed there (each field of a ministry's name upper-case)
    ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động – Thương binh và Xã hội"),
    # a head that needs a name: the name's first word and each field after "và" upper-case
    ("SỞ TƯ PHÁP TỈNH NAM ĐỊNH", "Sở Tư pháp tỉnh Nam Định"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH BÌNH", "Sở Giáo dục và Đào tạo tỉnh Ninh Bình"),
    ("ỦY BAN DÂN TỘC", "Ủy ban Dân tộc"),
    # a head complete in itself: what follows stays lower-case ("tối cao" is no name)
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "Viện kiểm sát nhân dân tối cao"),
    # an abbreviated head stays as the gazetteer writes it; a district after its level keeps its capitals
    ("UBND TỈNH HẬU GIANG", "UBND tỉnh Hậu Giang"),
    ("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", "Ủy ban nhân dân huyện Cam Lộ"),
    # a one-syllable country at the end is no place ("Pháp" in "Tư pháp")
    ("SỞ TƯ PHÁP", "Sở Tư pháp"),
])
def test_letterhead_body_names(shout, name):
    assert _unshout(shout) == name


def test_signer_found_before_an_annexed_list():
    """The signature is followed by an annexed list of ten recipients: the signer still gets the title above the
    name and the issuing body of the letterhead (the search once looked at the last eight blocks only)."""
    annex = [f"{i}. Ông Nguyễn Văn Tám {i}, chuyên viên Sở Nội vụ;" for i in range(1, 11)]
    g = facts_of("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "QUYẾT ĐỊNH",
                 "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho các cá nhân có tên trong danh sách kèm theo.",
                 "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Hưởng",
                 "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN", *annex)
    signer = [o for o in g["officials"] if o["name"] == "Đinh Văn Hưởng"]
    assert signer == [{"name": "Đinh Văn Hưởng", "position": "Phó Chủ tịch",
                       "unit": "Ủy ban nhân dân tỉnh Ninh Bình"}]


@pytest.mark.parametrize("shout, name", [
    # the canonical names `sovang who` shows: a district after its level and a ministry as a whole known phrase
    ("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", "Ủy ban nhân dân huyện Cam Lộ"),
    ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động – Thương binh và Xã hội"),
    ("BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"),
])
def test_canonical_unshout_knows_districts_and_named_units(shout, name):
    from extractors.canonical import unshout

    assert unshout(shout) == name


def test_a_decision_is_titled_by_its_type_and_subject_not_its_letterhead():
    """A .txt decision's first line is its letterhead; the title becomes the type and subject lines (Nghị định
    30/2020, Phụ lục I), so documents_view shows what the decision is about and its type 'Quyết định'."""
    from pipeline.model import Block, Document
    from pipeline.normalize import normalize_document

    lines = ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 2145/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
             "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;"]
    doc = Document(path="qd.txt", sha256="0", format="txt", blocks=[Block(text=t) for t in lines], title=lines[0])
    assert normalize_document(doc).title == "QUYẾT ĐỊNH Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    # a news story keeps its first line as its title
    news = Document(path="n.txt", sha256="0", format="txt", title="Trường THPT A đón nhận Huân chương Lao động",
                    blocks=[Block(text="Trường THPT A đón nhận Huân chương Lao động"), Block(text="QUYẾT ĐỊNH")])
    assert normalize_document(news).title == "Trường THPT A đón nhận Huân chương Lao động"


@pytest.mark.parametrize("signer", ["Vừ A Chênh", "Lầu Mí Dê", "Tráng A Lử", "Cứ Thị Mỷ", "Hờ Seo Páo",
                                    "Tẩn Láo Phin", "Điêu Văn Sình"])
def test_signer_with_an_ethnic_minority_surname(signer):
    """A signer named with a Hmong, Dao or Thái surname (surnames.txt) under the title line is the signer,
    with the title and the issuing body, as "Giàng A …" or "Nguyễn Văn …" is."""
    g = facts_of("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "QUYẾT ĐỊNH",
                 "Điều 1. Tặng Bằng khen cho tập thể Phòng Tổ chức biên chế đã có thành tích tốt.",
                 "CHỦ TỊCH", signer)
    assert [o for o in g["officials"] if o["name"] == signer] == [
        {"name": signer, "position": "Chủ tịch", "unit": "Ủy ban nhân dân tỉnh Lai Châu"}]


def test_a_place_after_a_word_left_out_of_the_surnames_is_no_signer():
    """'Bàn', 'Chảo' and 'Vì' are left out of surnames.txt (places and common words: "Bàn Cờ", "Chảo Lửa")."""
    g = facts_of("Nhà máy Thủy điện Bàn Cờ và khu vực Chảo Lửa được nhắc đến trong bài.")
    assert g["officials"] == []


def test_a_contest_rank_is_no_person():
    """'Hạng' is left out of surnames.txt: "Hạng Nhất/Nhì/Ba" opening a contest's results is a rank (review)."""
    g = facts_of("Kết quả hội thi: Hạng Nhất thuộc về Trường THCS Kim Đồng, Hạng Nhì thuộc về Trường THCS Lê Lợi. "
                 "Hạng Ba: Lê Thị Cúc.")
    assert [o["name"] for o in g["officials"]] == ["Lê Thị Cúc"]
