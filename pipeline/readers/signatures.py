"""The first bytes that tell the binary formats the readers take, one definition read by the package's sniffing
(:func:`pipeline.readers.sniffed_suffix`) and by the readers that check what they were given. Sources: the formats'
specifications (ZIP APPNOTE 4.3.7, the OLE2 compound file header, RTF 1.9, PDF ISO 32000 §7.5.2)."""

#: a ZIP file's local header: every .docx, .xlsx, .odt and .ods starts with it
ZIP = b"PK\x03\x04"
#: an empty ZIP archive: its end-of-central-directory record alone (APPNOTE 4.3.16), no file inside
EMPTY_ZIP = b"PK\x05\x06"
#: an OLE2 compound file: legacy .doc and .xls, and encrypted Office files
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: an RTF document's opening group
RTF = b"{\\rtf"
#: a PDF file's header
PDF = b"%PDF-"
