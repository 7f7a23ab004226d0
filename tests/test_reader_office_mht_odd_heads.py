"""Single-file web pages (MHT) under a .doc name that the reader took badly: one whose HTML part names a charset
Python does not know failed as a reader bug (LookupError); one saved by Internet Explorer, whose headers open with
"From:" before "MIME-Version:", was not taken for a web page.  Both are read by the HTML reader now.  Documents of
our own wording."""
from __future__ import annotations

import quopri

from pipeline.readers import read_bytes

SENTENCE = "Điều 1. Tặng Giấy khen cho bà Vi Thị Nguyệt, kế toán Trạm Y tế xã Châu Hạnh."
HTML = f"<html><head><meta charset='utf-8'></head><body><p>{SENTENCE}</p></body></html>"


def _mht(charset: str = "utf-8", first: str = "") -> bytes:
    """An MHT page holding ``HTML`` as quoted-printable UTF-8 labelled ``charset``, ``first`` header lines first."""
    body = quopri.encodestring(HTML.encode("utf-8")).decode("ascii")
    return (f"{first}MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_Part_7\"\r\n\r\n"
            "------=_Part_7\r\nContent-Location: file:///D:/tk.htm\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"{charset}\"\r\n\r\n"
            f"{body}\r\n\r\n------=_Part_7--\r\n").encode("ascii")


def test_an_unknown_charset_reads_the_bytes_as_they_are():
    doc = read_bytes(_mht(charset="x-vn-legacy"), "tk.doc")
    assert (doc.status, doc.meta.get("read_as")) == ("ok", "html")
    assert [b.text for b in doc.blocks] == [SENTENCE]


def test_a_page_saved_by_internet_explorer_is_a_web_page():
    first = "From: <Saved by Windows Internet Explorer 8>\r\nSubject: tk\r\nDate: Mon, 3 Jun 2019 08:00:00 +0700\r\n"
    doc = read_bytes(_mht(first=first), "tk.doc")
    assert (doc.status, doc.meta.get("read_as")) == ("ok", "html")
    assert [b.text for b in doc.blocks] == [SENTENCE]
