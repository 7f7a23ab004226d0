"""A Vietnamese text that lost its diacritics is stored and searchable, and said so: the extractors find little in
it (a newcomer, session 26: such a decision was stored "ok" with no facts and no word said). Texts of our own
wording, the real CLI on a real SQLite file."""
from __future__ import annotations

import json
import sqlite3

from pipeline.unmarked import WARNING, lost_its_marks
from tests.cli import run_cli

UNMARKED = ("QUYET DINH ve viec tang Bang khen. Tang Bang khen cua Chu tich UBND tinh cho ong Nguyen Van An, "
            "Truong phong Noi vu huyen Yen Thanh, da co thanh tich xuat sac trong phong trao thi dua nam 2020.\n")
MARKED = ("Tặng Bằng khen của Chủ tịch UBND tỉnh cho ông Nguyễn Văn An, Trưởng phòng Nội vụ huyện Yên Thành, đã có "
          "thành tích xuất sắc trong phong trào thi đua năm 2020.\n")
ENGLISH = ("The provincial People's Committee awarded a certificate of merit to Mr Nguyen Van An, head of the home "
           "affairs office of Yen Thanh district, for his outstanding work in the emulation movement in 2020.\n")


def test_a_text_without_marks_is_told_from_marked_and_english_ones():
    assert lost_its_marks(UNMARKED)
    assert not lost_its_marks(MARKED)
    assert not lost_its_marks(ENGLISH)  # unmarked, but few Vietnamese function words (mr, of, for …)
    assert not lost_its_marks("Tang Bang khen cua Chu tich")  # too few words to say


def test_an_english_text_listing_vietnamese_names_is_not_taken():
    """A reviewer (session 26): "Thi" of women's names (and "Nam") made a quarter of the words of this list
    function words; two different ones are no Vietnamese text."""
    names = ("The winners are Ms Nguyen Thi Lan, Ms Tran Thi Mai, Ms Le Thi Hoa, Ms Pham Thi Thu, Mr Vo Van Nam, "
             "Ms Do Thi Ha, Ms Bui Thi Xuan, Ms Ngo Thi Huong and Ms Dang Thi Hanh, all teachers in Quang Nam.")
    assert not lost_its_marks(names)


def test_ingest_lists_it_and_stores_the_warning(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    for name, text in (("khong_dau.txt", UNMARKED), ("co_dau.txt", MARKED), ("en.txt", ENGLISH)):
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    out = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert ("without Vietnamese diacritics (tone marks), stored and searchable, little or nothing extracted: 1"
            in out)
    assert "  unmarked khong_dau.txt" in out and "unmarked co_dau.txt" not in out
    stored = dict(sqlite3.connect(db).execute("SELECT p.path, d.warnings FROM documents d JOIN document_paths p "
                                              "ON p.sha256 = d.sha256"))
    assert json.loads(stored["khong_dau.txt"]) == [WARNING]
    assert stored["co_dau.txt"] is None and stored["en.txt"] is None
    assert "khong_dau.txt" in run_cli("search", "nguyen van an", "--db", db)


def test_punctuation_outside_ascii_is_no_mark():
    # a reviewer (session 26): form leaders "……" and curly quotes passed an unmarked text as marked at once
    leaders = ("…" * 40 + "\n") * 2
    assert lost_its_marks(UNMARKED + leaders + "“Ho so” – ban sao\n")
    assert not lost_its_marks(MARKED + leaders)


def test_the_readme_gives_the_fewest_words_judged():
    """The README tells a user a short unmarked text is not judged, and from how many words it is (newcomer,
    session 44: the README's own one-line example was never listed and nothing said why)."""
    from pathlib import Path

    from pipeline.unmarked import MIN_WORDS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"judged from its first {MIN_WORDS} words" in " ".join(readme.split())
    short = "Tang Bang khen cua Chu tich UBND tinh cho ong Nguyen Van An vi da co thanh tich"  # 17 words
    assert len(short.split()) < MIN_WORDS and not lost_its_marks(short)
