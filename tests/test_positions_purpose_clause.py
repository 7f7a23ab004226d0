"""A fronted clause of purpose ("Để …,", "Nhằm …,": ``officials.PURPOSE_OPENERS``, fronted_openers.txt) is a verb
phrase: an occupation-like word inside it ("bảo vệ" guard / protect, "lái xe" driver / drive) is no title of the name
after its comma, and a title written after that comma stays the name's (officials.OfficialLinker._after_purpose;
review of 29e8b06, session 43: its pool read "Để bảo vệ học sinh khỏi cám dỗ, PGS.TS X" as X's title, and "ông X"
before it).  A title inside the clause, before its own name, is that name's.  Invented names and wordings; values
worked out by hand."""
from tests.test_positions_news import officials


def test_a_purpose_clause_before_the_comma_gives_no_title():
    got = officials("Để bảo vệ học sinh khỏi cám dỗ, ông Lê Văn Bình khuyên phụ huynh theo dõi con.")
    assert got["Lê Văn Bình"] == ("", "")
    got = officials("Nhằm lái xe an toàn, anh Đỗ Văn Tâm nghỉ ngơi đủ giấc.")
    assert got["Đỗ Văn Tâm"] == ("", "")


def test_an_academic_title_after_the_clause_is_the_position():
    got = officials("Để bảo vệ học sinh khỏi cám dỗ, PGS.TS Lê Văn Bình khuyên phụ huynh theo dõi con.")
    assert got["Lê Văn Bình"] == ("PGS.TS", "")


def test_a_title_after_the_clause_and_its_comma_stays_whole():
    got = officials("Để bảo vệ học sinh khỏi cám dỗ, Giám đốc Sở Giáo dục Lê Văn Bình đề nghị tăng cường kiểm tra.")
    assert got["Lê Văn Bình"] == ("Giám đốc", "Sở Giáo dục")


def test_a_title_inside_the_clause_before_its_name_is_kept():
    assert officials("Để giúp đỡ bác sĩ Lê Văn Bình, bệnh viện đã cử thêm người.")["Lê Văn Bình"] == ("bác sĩ", "")
