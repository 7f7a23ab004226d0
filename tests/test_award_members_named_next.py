"""Session 31: the members of a list announced unnamed ("… có nhiều gương mặt …") are read from each next sentence of
the form "<field> có <titles and names>" up to the first sentence that is not one; no fixed count of sentences (it
was four, fitted to one document). Sentences written for this test; the facts worked out by hand."""
from __future__ import annotations

from tests.test_extractors import awards, facts_of


def test_every_field_sentence_after_the_announcement_names_members():
    g = facts_of("Trong danh sách các nghệ sĩ được xét tặng danh hiệu NSND năm nay có nhiều gương mặt được yêu mến. "
                 "Lĩnh vực sân khấu có NSƯT Trần Văn An, NSƯT Lê Thị Bình. Lĩnh vực điện ảnh có NSƯT Phạm Văn Cường. "
                 "Lĩnh vực âm nhạc có NSƯT Đỗ Thị Dung. Lĩnh vực múa có NSƯT Hoàng Văn Em. Lĩnh vực xiếc có NSƯT Vũ "
                 "Thị Giang. Hội đồng sẽ họp vào tháng sau.")
    assert awards(g) == {(name, "Nghệ sĩ Nhân dân", "proposed") for name in
                         ("Trần Văn An", "Lê Thị Bình", "Phạm Văn Cường", "Đỗ Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang")}
