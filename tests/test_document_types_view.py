"""The site's document type (the ``document_types`` view, outputs/kb.py): one branch per entry of
corpora/gazetteers/document_types.txt, so a law is "Luật", not news (newcomer's finding, session 22)."""

import sqlite3

from tests.cli import kb_of

LAW = """QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
THI ĐUA, KHEN THƯỞNG
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Thi đua, khen thưởng.
Điều 1. Phạm vi điều chỉnh
Luật này quy định về đối tượng, nguyên tắc thi đua, khen thưởng.
"""

NEWS = """Luật sư Trần Thị Mai nhận Bằng khen của Liên đoàn Luật sư Việt Nam
Sáng 12/3, tại Hà Nội, Liên đoàn Luật sư Việt Nam tổ chức hội nghị tổng kết công tác năm 2024.
Luật sư Trần Thị Mai được tặng Bằng khen vì thành tích trợ giúp pháp lý.
"""

REPORT = """Báo cáo tổng kết phong trào thi đua năm 2024
Năm 2024, các đơn vị đã hoàn thành tốt nhiệm vụ được giao.
"""


def types_of(tmp_path, docs: dict[str, str]) -> dict[str, str]:
    """{file name: document type of the site's view} after ingesting ``docs`` (file name → text) with the CLI."""
    db, _ = kb_of(tmp_path, docs)
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT p.path, t.document_type FROM document_types t "
                                 "JOIN document_paths p ON p.sha256 = t.sha256").fetchall())


def test_each_type_of_the_list_is_shown_and_a_title_word_is_not_a_type(tmp_path):
    assert types_of(tmp_path, {"luat.txt": LAW, "tin.txt": NEWS, "bc.txt": REPORT}) == \
        {"luat.txt": "Luật", "tin.txt": "Tin, bài, khác", "bc.txt": "Báo cáo"}


def test_the_view_is_written_the_same_in_every_process():
    # the stored view is compared as text with the one a later process writes (site.missing_views): names of one
    # length ("THÔNG BÁO", "HƯỚNG DẪN") must not follow the string hash's order, which changes per process
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    code = "from outputs.kb import VIEWS; print(VIEWS['document_types'])"
    texts = {subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True,
                            env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(repo)}).stdout for seed in ("1", "2", "3")}
    assert len(texts) == 1
    text = texts.pop()
    assert text.index("'HƯỚNG DẪN'") < text.index("'THÔNG BÁO'")  # both of 9 letters: "H" before "T"
    assert text.index("'BẢN GHI NHỚ'") < text.index("'LUẬT'")  # longest first


DECISION_COLON = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen cho ông Phạm Văn Hòa, Trưởng phòng Nội vụ huyện Ý Yên.
"""

CIRCULAR_HTML = """<html><body><p>BỘ NỘI VỤ</p>
<p>THÔNG TƯ<br>Hướng dẫn thi hành một số điều về thi đua, khen thưởng</p>
<p>Điều 1. Phạm vi điều chỉnh</p></body></html>
"""

LAWYER_CAPITALS = """LUẬT SƯ NGUYỄN VĂN AN ĐƯỢC TẶNG BẰNG KHEN
Ngày 2/3, Đoàn Luật sư tỉnh Nam Định tổ chức hội nghị tổng kết năm 2024.
"""


def test_a_type_before_a_colon_or_a_line_break_counts_and_a_lawyer_in_capitals_is_no_law(tmp_path):
    """Second reader, session 24: the whole-word test had to allow "QUYẾT ĐỊNH:" and "THÔNG TƯ" + line break (a
    <br> in one HTML paragraph) as types, and a title "LUẬT SƯ …" in capitals is news (document_type_lookalikes)."""
    assert types_of(tmp_path, {"qd.txt": DECISION_COLON, "tt.html": CIRCULAR_HTML, "ls.txt": LAWYER_CAPITALS}) == \
        {"qd.txt": "Quyết định", "tt.html": "Thông tư", "ls.txt": "Tin, bài, khác"}
