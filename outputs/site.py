"""Datasette for the knowledge base: generated metadata and the ``datasette serve`` arguments."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

TITLE = "sovang: sổ vàng thi đua, khen thưởng"

TABLES = {
    "documents": ("Tài liệu đã nạp, theo mã sha256 của nội dung / Ingested documents, keyed by the sha256 of "
                  "their bytes", {
                      "sha256": "Mã băm SHA-256 của nội dung / sha256 of the file's bytes",
                      "format": "Định dạng / reader format (txt, html, docx, pdf)",
                      "encoding": "Bảng mã đã nhận diện / detected text encoding",
                      "status": "ok, partial (một phần / some pages unreadable), failed (lỗi / not read)",
                      "error": "Lý do lỗi / why the document is partial or failed",
                      "date": "Ngày của văn bản (ISO) / the document's own date",
                  }),
    "document_paths": ("Mọi đường dẫn nơi tìm thấy tài liệu / every path where a content was found", {
        "root": "Thư mục nạp / the folder given to sovang ingest",
        "path": "Đường dẫn tương đối / path relative to root"}),
    "blocks": ("Đoạn văn bản theo thứ tự / the text in reading order", {
        "text": "Văn bản đã chuẩn hóa (NFC, dấu kiểu cũ) / normalised text",
        "folded": "Bản bỏ dấu để tìm kiếm / folded copy for diacritic-insensitive search",
        "page": "Trang (từ 1) / page, 1-based", "table_no": "Bảng số / table number",
        "row_no": "Hàng số / row number"}),
    "entities": ("Thực thể: đơn vị, người, phong trào, khen thưởng / entities: unit, person, campaign, award", {
        "canonical_name": "Tên chuẩn / canonical name", "folded": "Tên bỏ dấu / folded name"}),
    "mentions": ("Lần nhắc đến thực thể, với câu nguồn / mentions with their sentence (provenance)", {
        "start": "Vị trí ký tự bắt đầu trong đoạn / start character offset in the block",
        "end": "Vị trí ký tự kết thúc / end character offset",
        "sentence": "Câu nguồn / the sentence the mention came from"}),
    "conferrals": ("Ai nhận khen thưởng gì / who received which award", {
        "status": "conferred (đã tặng) hoặc proposed (đề nghị)",
        "year": "Năm / year conferred or for", "decision": "Số quyết định / decision number",
        "revoked": "1 nếu đã bị thu hồi / 1 when revoked"}),
    "positions": ("Người × chức vụ × đơn vị × ngày văn bản / person × position × unit × document date", {}),
}


def metadata() -> dict:
    """The Datasette metadata dict: title, licence, table and column descriptions, facets."""
    tables = {}
    for name, (description, columns) in TABLES.items():
        tables[name] = {"description": description, "columns": columns}
    tables["conferrals_view"] = {"description": "Khen thưởng, dễ đọc / conferrals with names",
                                 "facets": ["award", "year", "status", "recipient_type"]}
    tables["documents_view"] = {"description": "Tài liệu / documents", "facets": ["status", "format"]}
    return {
        "title": TITLE,
        "description": "Đơn vị, cán bộ, phong trào thi đua và khen thưởng trích từ văn bản / units, officials, "
                       "campaigns and awards extracted from Vietnamese reports",
        "license": "Apache-2.0 (code); documents belong to their publishers",
        "source": "sovang",
        "databases": {"*": {"tables": tables}},
    }


def serve_args(db_path: str, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False) -> list[str]:
    """Arguments for ``datasette serve``: the database, generated metadata, host and port."""
    meta = Path(tempfile.gettempdir()) / "sovang-datasette-metadata.json"
    md = metadata()
    md["databases"] = {Path(db_path).stem: md.pop("databases")["*"]}
    meta.write_text(json.dumps(md, ensure_ascii=False, indent=1), encoding="utf-8")
    args = ["serve", "--host", host, "--port", str(port), "--metadata", str(meta)]
    args += ["--immutable", db_path] if immutable else [db_path]
    return args
