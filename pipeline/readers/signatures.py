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
