"""Session 27: a name written again with words left out between its first and its last is the unit the document
names in full (unit_variants.gapped, Variants._gapped_short_forms; sentences of our own)."""
from __future__ import annotations

from extractors.components.unit_variants import gapped
from tests.test_extractors import unit_names as _unit_names


def test_gapped_words():
    assert gapped("Bệnh viện 47".split(), "Bệnh viện Quân y Quân khu 47".split())
    assert gapped("Công ty Hoa Sen".split(), "công ty Cổ phần nhựa Hoa Sen".split())
    # a run that names another body: a number, a place level, a link to a place
    assert not gapped("Trường Tiểu học Kim Đồng".split(), "Trường Tiểu học số 2 Kim Đồng".split())
    assert not gapped("UBND tỉnh Gia Lai".split(), "UBND huyện Chư Sê tỉnh Gia Lai".split())
    assert not gapped("Văn phòng Bộ Tài chính".split(), "Văn phòng tại Huế Bộ Tài chính".split())
    # a prefix, or a letter case changed inside: not a name with words left out
    assert not gapped("Công ty Hoa Sen".split(), "Công ty Hoa Sen Việt Nam".split())
    assert not gapped("Trường Cao đẳng Múa Hà Nội".split(), "Trường Cao đẳng sân khấu múa Hà Nội".split())


def test_a_short_name_that_opens_the_long_one_and_whose_last_word_comes_again():
    """The run left out is then the one before the long name's last word (it raised StopIteration): "5 Quận" holds a
    number, so no join; "binh Công ty Than" holds none, so the short name is the long one with it left out."""
    assert not gapped("Công an Phường 5".split(), "Công an Phường 5 Quận 5".split())
    assert gapped("Hội Cựu chiến binh".split(), "Hội Cựu chiến binh Công ty Than binh".split())


def test_short_name_takes_the_full_name():
    assert _unit_names("Ngân hàng TMCP Hòa Bình vừa khai trương chi nhánh mới. Lãnh đạo Ngân hàng Hòa Bình "
                       "cho biết sẽ mở thêm.") == ["Ngân hàng TMCP Hòa Bình"] * 2


def test_two_fuller_names_leave_it_alone():
    names = _unit_names("Công ty Cổ phần thép Minh Phát và Công ty TNHH cơ khí Minh Phát đều dự hội chợ. "
                        "Công ty Minh Phát được khen.")
    assert names[-1] == "Công ty Minh Phát"
