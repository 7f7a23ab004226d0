"""A document longer than spaCy's default limit is extracted in parts, with block indices right."""
import extractors
from extractors import extract
from pipeline.model import Block, Document
from pipeline.normalize import normalize_document

SENTENCE = "Ngày 5/3/2023, Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho ông Hồ Văn Kiên, Giám đốc Sở Y tế tỉnh Nghệ An."


def test_long_document_in_parts(monkeypatch):
    monkeypatch.setattr(extractors, "CHUNK_CHARS", 2_000)  # about 17 blocks a part
    blocks = [Block(text="Báo cáo")] + [Block(text=f"{SENTENCE} Mục {i}.") for i in range(60)]
    doc = normalize_document(Document(path="x.txt", sha256="x", format="txt", blocks=blocks))
    facts = extract(doc)
    recipients = [c.recipient for c in facts.conferrals if c.recipient.text == "Hồ Văn Kiên"]
    assert sorted(m.block for m in recipients) == list(range(1, 61))  # one conferral per block, indices shifted
    # the official is listed once per part (the engine lists a person once per document it sees)
    parts = list(extractors._parts(doc))
    assert len(parts) > 1 and len([o for o in facts.officials if o.name.text == "Hồ Văn Kiên"]) == len(parts)
    for m in facts.mentions:
        assert doc.blocks[m.block].text[m.start:m.end] in (m.text, doc.blocks[m.block].text[m.start:m.end])
        assert m.sentence and m.sentence in doc.blocks[m.block].text
    whole = extract(normalize_document(Document(path="y.txt", sha256="y", format="txt", blocks=blocks[:10])))
    assert [c.recipient.text for c in whole.conferrals] == ["Hồ Văn Kiên"] * 9  # unchanged below the limit


def test_one_block_longer_than_a_part_is_cut_at_sentence_ends(monkeypatch):
    # a newcomer (session 25): a text of one 6.7-million-character line got spaCy's E088 and no facts
    monkeypatch.setattr(extractors, "CHUNK_CHARS", 2_000)
    line = " ".join(f"{SENTENCE.replace('Hồ Văn Kiên', name)}" for name in
                    ["Hồ Văn Kiên", "Lê Thị Mai", "Trần Văn Bình"] * 10)  # 30 sentences, about 3,300 characters
    doc = normalize_document(Document(path="x.txt", sha256="x", format="txt", blocks=[Block(text="Tin"),
                                                                                      Block(text=line)]))
    pieces = list(extractors._pieces(doc.blocks[1].text))
    assert len(pieces) == 2 and all(p.endswith(". ") or o + len(p) == len(line) for o, p in pieces)
    assert "".join(p for _, p in pieces) == doc.blocks[1].text
    facts = extract(doc)
    got = sorted((c.recipient.text, c.recipient.start) for c in facts.conferrals)
    assert len(got) == 30 and all(doc.blocks[1].text[s:s + len(n)] == n for n, s in got)
    assert {c.recipient.block for c in facts.conferrals} == {1}



def test_a_table_rows_unit_in_a_later_part_points_at_its_row(monkeypatch):
    # the unit a table row names beside its recipient (Conferral.row_unit, stored as a mention of the knowledge
    # base) kept its block index within the part: its provenance named a block of the first part
    from pipeline.readers import read_bytes

    monkeypatch.setattr(extractors, "CHUNK_CHARS", 2_000)
    filler = [f"Mục {i}. Các đơn vị trong huyện tiếp tục thực hiện tốt nhiệm vụ được giao trong năm." for i in range(40)]
    decision = ["UBND HUYỆN QUỲNH LƯU", "Số: 12/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
                "Điều 1. Tặng Giấy khen của Chủ tịch UBND cho các tập thể sau:",
                "STT\tTên tập thể\tĐơn vị\tHình thức",
                "1\tTrường Tiểu học Quỳnh Đôi\tPhòng GD&ĐT huyện Quỳnh Lưu\tGiấy khen",
                "2\tTrường THCS Quỳnh Hậu\tPhòng GD&ĐT huyện Quỳnh Lưu\tGiấy khen"]
    doc = normalize_document(read_bytes("\n".join(filler + decision).encode("utf-8"), "qd.txt"))
    facts = extract(doc)
    rows = [(c.recipient, c.row_unit) for c in facts.conferrals if c.row_unit is not None]
    assert len(list(extractors._parts(doc))) > 1
    assert [r.text for r, _ in rows] == ["Trường Tiểu học Quỳnh Đôi", "Trường THCS Quỳnh Hậu"]
    for recipient, unit in rows:
        assert unit.block == recipient.block > 40  # the row's block, in the second part
        assert doc.blocks[unit.block].text[unit.start:unit.end] == "Phòng GD&ĐT huyện Quỳnh Lưu"


def test_a_title_of_one_long_line_is_stored_shortened(tmp_path):
    # a newcomer (session 26): a text of one 655 KB line was its own title, printed whole by every search hit
    import sqlite3

    from outputs.kb import TITLE_MAX
    from tests.cli import run_cli

    folder = tmp_path / "kho"
    folder.mkdir()
    (folder / "dai.txt").write_text(" ".join([SENTENCE] * 40) + "\n", encoding="utf-8")  # one line, 4,400 chars
    (folder / "ngan.txt").write_text("Tin ngắn\n" + SENTENCE + "\n", encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    titles = dict(sqlite3.connect(db).execute("SELECT p.path, d.title FROM documents d JOIN document_paths p "
                                              "ON p.sha256 = d.sha256"))
    assert titles["ngan.txt"] == "Tin ngắn"
    long = titles["dai.txt"]
    text = " ".join([SENTENCE] * 40)
    assert long.endswith("…") and len(long) <= TITLE_MAX + 1 and text.startswith(long[:-1])
    assert text[len(long) - 1] in " ," and len(long) > TITLE_MAX - 20  # cut at the last word end before 300
    assert len(run_cli("search", "ho van kien", "--db", db)) < 3_000


def test_a_title_cut_where_a_word_ends_keeps_that_word():
    # a reviewer (session 26): a space just after the 300th character dropped the whole last word
    from outputs.kb import TITLE_MAX, shortened_title

    title = "a" * (TITLE_MAX - 5) + " bcde" + " fgh ijk"
    assert shortened_title(title) == "a" * (TITLE_MAX - 5) + " bcde…"
    assert shortened_title("x" * 500) == "x" * TITLE_MAX + "…"
