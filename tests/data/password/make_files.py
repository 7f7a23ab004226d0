"""Make the office files of ``tests/test_password_protected.py`` with LibreOffice, the way a user saves a document
with a password ("Save with password"): run with a Python that has LibreOffice's ``uno`` module (Debian: the
``python3-uno`` package, ``/usr/bin/python3 tests/data/password/make_files.py``).  The text is invented for the
tests.  Made with LibreOffice 7.4 (session 36): ``locked.doc`` (Word 97-2003, RC4 CryptoAPI, password "matkhau"),
``plain.doc`` (the same without a password), ``locked.odt`` (OpenDocument, AES), ``locked.xls`` (Excel 97-2003)."""
from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue

HERE = Path(__file__).resolve().parent
PASSWORD = "matkhau"
TEXT = "Tổ công tác số 7 họp bàn kế hoạch trồng cây đầu năm."
PORT = 2399


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main() -> None:
    with tempfile.TemporaryDirectory() as profile:
        office = subprocess.Popen(["soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                                   "--norestore", f"--accept=socket,host=localhost,port={PORT};urp;"])
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:socket,host=localhost,port={PORT};urp;StarOffice.ComponentContext")
                break
            except Exception:  # LibreOffice still starting
                time.sleep(0.5)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        text = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
        text.Text.setString(TEXT)
        sheet = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
        sheet.Sheets.getByIndex(0).getCellByPosition(0, 0).setString(TEXT)
        for doc, name, filter_name, password in ((text, "locked.doc", "MS Word 97", True),
                                                 (text, "plain.doc", "MS Word 97", False),
                                                 (text, "locked.odt", "writer8", True),
                                                 (sheet, "locked.xls", "MS Excel 97", True)):
            props = [prop("FilterName", filter_name)] + ([prop("Password", PASSWORD)] if password else [])
            doc.storeToURL(uno.systemPathToFileUrl(str(HERE / name)), tuple(props))
        text.close(True)
        sheet.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge closes as LibreOffice quits
            pass
        office.wait(timeout=60)


if __name__ == "__main__":
    main()
