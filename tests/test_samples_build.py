"""corpora/samples/build.py's spreadsheet and legacy-text outputs: .csv bytes, .xlsx merges and fixed
timestamps, TCVN3 bytes.  The expected values are worked out by hand from the small sources below."""
from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

SOURCE = """---
output: lists/x.{fmt}
format: {fmt}
{extra}date: 2023-07-09
---
DANH SÁCH THỬ

[[t]]
| STT | Họ và tên | Đơn vị
| 1 | Đỗ Văn Ất | Sở Xây dựng
| 2 | Hà Thị Bé | ^
"""


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("samples_build", REPO / "corpora" / "samples" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def _source(build, tmp_path: Path, fmt: str, extra: str = ""):
    path = tmp_path / f"x-{fmt}.md"
    path.write_text(SOURCE.format(fmt=fmt, extra=extra), encoding="utf-8")
    return build.parse(path)


def test_csv_rows_are_padded_and_merged_cells_blank(build, tmp_path):
    data = build.render_csv(_source(build, tmp_path, "csv", "encoding: utf-8-sig\ndelimiter: ;\n"))
    assert data == ("\ufeffDANH SÁCH THỬ;;\r\n;;\r\nSTT;Họ và tên;Đơn vị\r\n1;Đỗ Văn Ất;Sở Xây dựng\r\n"
                    "2;Hà Thị Bé;\r\n").encode("utf-8")


def test_xlsx_merges_title_across_and_unit_down_with_fixed_stamps(build, tmp_path):
    import openpyxl

    data = build.render_xlsx(_source(build, tmp_path, "xlsx", "sheet: Thử\n"))
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws.title == "Thử"
    assert sorted(str(r) for r in ws.merged_cells.ranges) == ["A1:C1", "C4:C5"]
    assert [c.value for c in ws[4]] == [1, "Đỗ Văn Ất", "Sở Xây dựng"]
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2023, 7, 9, 0, 0, 0)}
        assert b"2023-07-09T08:00:00Z</dcterms:modified>" in zf.read("docProps/core.xml")
    assert build.render_xlsx(_source(build, tmp_path, "xlsx", "sheet: Thử\n")) == data


def test_tcvn3_text_bytes(build, tmp_path):
    data = build.render_txt(_source(build, tmp_path, "txt", "encoding: tcvn3\n"))
    # Đ = 0xA7, ỗ = 0xE7, ă = 0xA8, Ấ has no capital code: written as ấ = 0xCA; ở = 0xEB, â = 0xA9, ự = 0xF9
    assert data.splitlines()[3] == b"1\t\xa7\xe7 V\xa8n \xcat\tS\xeb X\xa9y d\xf9ng"
    # à = 0xB5, ị = 0xDE, é = 0xD0; the merged cell is empty; CRLF line ends
    assert data.endswith(b"\r\n2\tH\xb5 Th\xde B\xd0\t\r\n")
