"""The first bytes that tell the binary formats the readers take, one definition read by the package's sniffing
(:func:`pipeline.readers.sniffed_suffix`) and by the readers that check what they were given. Sources: the formats'
specifications (ZIP APPNOTE 4.3.7, the OLE2 compound file header, RTF 1.9, PDF ISO 32000 §7.5.2)."""

#: a ZIP file's local header: every .docx, .xlsx, .odt and .ods starts with it
ZIP = b"PK\x03\x04"
#: an empty ZIP archive: its end-of-central-directory record alone (APPNOTE 4.3.16), no file inside
EMPTY_ZIP = b"PK\x05\x06"
#: an OLE2 compound file: legacy .doc and .xls, and encrypted Office files
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: the names (UTF-16LE, as an OLE2 directory stores them) of the streams holding a document LibreOffice converts: a
#: Word 97-2003 document, an Excel workbook (BIFF8, and BIFF5 "Book"), an encrypted Office Open XML package
#: ([MS-DOC] 2.1.1, [MS-XLS] 2.1.2, [MS-OFFCRYPTO] 2.3.4.4); an OLE2 file with none of them is junk or another
#: program's file (session 34: LibreOffice imported such bytes as a text)
WORD_STREAM = "WordDocument".encode("utf-16-le")
WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
OLE2_DOCUMENT_STREAMS = (WORD_STREAM, *WORKBOOK_STREAMS, ENCRYPTED_STREAM)
#: an RTF document's opening group
RTF = b"{\\rtf"
#: a PDF file's header
PDF = b"%PDF-"
#: the first records of an Excel 2.x-4.x worksheet (BIFF2, BIFF3, BIFF4: a BOF record, [MS-XLS] 2.4.21), which
#: predate OLE2 and LibreOffice still opens
OLD_BIFF = (b"\x09\x00", b"\x02\x02", b"\x09\x02", b"\x09\x04")
#: what the bytes of a file LibreOffice converts (.odt, .ods, .xls) may open with: a container (OLE2, ZIP, an empty
#: ZIP), an old worksheet (:data:`OLD_BIFF`); or, after white space and a UTF-8 byte order mark, RTF or markup ("<":
#: a web page or the flat XML a spreadsheet program saves under such a name)
CONVERTED_OPENINGS = (OLE2, ZIP, EMPTY_ZIP, *OLD_BIFF)
MARKUP_OPENINGS = (RTF, b"<")


def foreign(data: bytes) -> bool:
    """True when ``data``, given as an .odt, .ods or .xls file, opens as none of the formats LibreOffice converts
    under such a name (:data:`CONVERTED_OPENINGS`, :data:`MARKUP_OPENINGS`): a text (a TSV named .xls) or junk, which
    LibreOffice imported as a text of garbled letters (session 34's fixer: random bytes named .odt or .xls gave
    blocks of garbage, a TSV named .xls one cell of mojibake per line)."""
    if data.startswith(CONVERTED_OPENINGS):
        return False
    return not data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(MARKUP_OPENINGS)
