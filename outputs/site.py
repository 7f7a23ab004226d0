"""The Datasette site of the knowledge base: generated metadata, canned queries, chart, settings.

``sovang serve`` runs ``python -m outputs.site serve ...`` with :func:`serve_args`:
Datasette on the knowledge base, read-only (Datasette opens a mutable file with
``mode=ro``; ``--immutable`` only for a published copy nothing writes), with

- the metadata of :func:`metadata`: title, licence, sources, a description of
  every table, view and column (Vietnamese first, English second), facets,
  full-text search on views, canned queries, and the chart of the
  ``datasette-dashboards`` plugin;
- the plugin :mod:`outputs.site_plugin` (SQL functions ``sovang_fold`` and
  ``sovang_match``, diacritic folding of ``_search``, links from facts to
  their document and sentence, the record pages) and the templates of
  ``outputs/templates``;
- the settings of :data:`SETTINGS` (CSV streaming without a size limit).

:func:`app` builds the same site in-process for the tests and the benchmark.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from outputs.kb import first_path
from outputs.queries import decision_clause
from outputs.search import PER_DOCUMENT

TITLE = "sovang: sổ vàng thi đua, khen thưởng"
TEMPLATES = Path(__file__).resolve().parent / "templates"
DASHBOARD = "khen-thuong"

# Datasette settings: full CSV exports (streamed, no size limit), room for facets and canned queries.
SETTINGS = {
    "allow_csv_stream": True,
    "max_csv_mb": 0,
    "facet_time_limit_ms": 1000,
    "sql_time_limit_ms": 3000,
    "default_page_size": 50,
    "default_facet_size": 10,  # each facet lists its 10 largest values; "…" opens the rest
    # suggested facets cost a query per column on every page of a view; the useful facets are configured
    "suggest_facets": False,
}

# Descriptions of columns that have the same meaning wherever they appear.
COMMON = {
    "id": "Mã dòng / row id",
    "document": "Tài liệu (sha256) / the document (sha256 of its bytes)",
    "sha256": "Mã băm SHA-256 của nội dung / sha256 of the file's bytes",
    "document_title": "Tên tài liệu / title of the document",
    "document_path": "Đường dẫn tài liệu (tương đối) / path of the document, relative to the ingest folder",
    "document_type": "Loại văn bản (theo tiêu đề: Quyết định, Báo cáo, Thông tư...) / document type, from its title; \"Chưa rõ\" when no text was read",
    "document_format": "Định dạng tệp / file format (txt, html, docx, pdf)",
    "document_date": "Ngày của văn bản (ISO) / the document's own date",
    "sentence": "Câu nguồn của sự kiện / the sentence the fact came from",
    "block": "Đoạn văn chứa câu nguồn (blocks.id) / the block holding that sentence",
    "folded": "Bản bỏ dấu, đ→d, chữ thường, để tìm kiếm / folded copy (no tone marks, đ→d, lower case) for search",
    "name": "Tên / name",
    "unit": "Đơn vị / unit (organisation)",
    "position": "Chức vụ / position",
    "year": "Năm / year",
    "status": "Trạng thái / status",
    "documents": "Số tài liệu nhắc đến / number of documents that mention it",
    "conferrals": "Số lượt khen thưởng / number of conferrals",
    "awards": "Số lượt được khen thưởng / number of awards received",
    "officials": "Số cán bộ được nêu / number of officials named",
    "kind": "Loại / kind",
}
RECIPIENT_TYPE = "Loại người nhận: cá nhân, tập thể / recipient type: person, collective"
STATUS = "Trạng thái: đã tặng, đề nghị / status: conferred, proposed"
POSTHUMOUS = "1 nếu truy tặng (theo câu nguồn) / 1 when awarded posthumously, truy tặng (read from the sentence)"

# table or view -> (description, {column: description}); every column of every table and view.
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "documents": ("Tài liệu đã nạp, theo mã sha256 của nội dung / ingested documents, keyed by the sha256 of "
                  "their bytes", {
                      "sha256": COMMON["sha256"],
                      "format": "Định dạng / reader format (txt, html, docx, pdf, news)",
                      "encoding": "Bảng mã đã nhận diện / detected text encoding",
                      "title": "Tiêu đề / title",
                      "date": "Ngày của văn bản (ISO) / the document's own date",
                      "pages": "Số trang (PDF, DOCX) / number of pages",
                      "blocks": "Số đoạn văn / number of text blocks",
                      "status": "ok; partial (một phần: có trang không đọc được / some pages unreadable); "
                                "failed (lỗi, không đọc được / not read)",
                      "error": "Lý do lỗi / why the document is partial or failed",
                      "warnings": "Cảnh báo khi đọc (JSON) / reader warnings (JSON)",
                      "ingested_at": "Thời điểm nạp (UTC) / when it was ingested (UTC)",
                  }),
    "document_paths": ("Mọi đường dẫn nơi tìm thấy tài liệu / every path where a content was found", {
        "id": COMMON["id"],
        "root": "Thư mục nạp / the folder given to sovang ingest",
        "path": "Đường dẫn tương đối / path relative to root",
        "sha256": "Tài liệu (sha256) / the document found there",
        "size": "Kích thước tệp / file size",
        "first_seen": "Lần đầu thấy (UTC) / first seen (UTC)",
        "last_seen": "Lần cuối thấy (UTC) / last seen (UTC)",
    }),
    "path_history": ("Nội dung cũ của một đường dẫn đã thay đổi / earlier contents of a path whose file changed", {
        "id": COMMON["id"],
        "root": "Thư mục nạp / the folder given to sovang ingest",
        "path": "Đường dẫn tương đối / path relative to root",
        "sha256": "Nội dung trước đó (sha256) / the earlier content",
        "first_seen": "Lần đầu thấy nội dung đó (UTC) / when that content was first seen (UTC)",
        "replaced_at": "Lúc bị thay (UTC) / when it was replaced (UTC)",
    }),
    "blocks": ("Đoạn văn bản theo thứ tự đọc; tìm kiếm toàn văn không dấu / the text in reading order; "
               "full-text search, diacritic-insensitive", {
                   "id": COMMON["id"],
                   "document": COMMON["document"],
                   "idx": "Thứ tự trong tài liệu (từ 0) / position in the document, 0-based",
                   "kind": "Loại: paragraph, heading, table_row... / kind of block",
                   "page": "Trang (từ 1) / page, 1-based",
                   "table_no": "Bảng số / table number",
                   "row_no": "Hàng số / row number",
                   "cells": "Các ô của hàng (JSON) / the row's cells (JSON)",
                   "source": "Nguồn văn bản: text, ocr... / where the text came from",
                   "confidence": "Độ tin cậy OCR trung bình (0-1), chỉ với văn bản OCR / the OCR engine's mean word "
                                 "confidence (0-1), for OCR text only",
                   "text": "Văn bản đã chuẩn hóa (NFC, dấu kiểu cũ) / normalised text",
                   "original": "Văn bản gốc khi khác / original text, when it differs",
                   "folded": COMMON["folded"],
               }),
    "entities": ("Thực thể: đơn vị, người, phong trào, khen thưởng; tìm kiếm tên không dấu / entities: unit, "
                 "person, campaign, award; name search, diacritic-insensitive", {
                     "id": COMMON["id"],
                     "kind": "Loại: đơn vị, người, phong trào, khen thưởng / kind: unit, person, campaign, award",
                     "canonical_name": "Tên chuẩn (cách viết gặp đầu tiên) / canonical name (first spelling seen)",
                     "folded": COMMON["folded"],
                     "key": "Khóa nhận diện (bỏ dấu, bỏ dấu câu) / identity key (folded, no punctuation)",
                 }),
    "mentions": ("Lần nhắc đến thực thể, với câu nguồn / mentions with their sentence (provenance)", {
        "id": COMMON["id"],
        "entity": "Thực thể / the entity mentioned",
        "document": COMMON["document"],
        "block": "Đoạn văn / the block",
        "start": "Vị trí ký tự bắt đầu trong đoạn / start character offset in the block",
        "end": "Vị trí ký tự kết thúc / end character offset",
        "text": "Tên như viết trong văn bản / the name as written",
        "sentence": "Câu nguồn / the sentence the mention came from",
        "listed": "1 nếu là sự kiện của tài liệu / 1 when the mention is a fact of the document",
    }),
    "conferrals": ("Ai nhận khen thưởng gì (mã số) / who received which award (ids)", {
        "id": COMMON["id"],
        "document": COMMON["document"],
        "award": "Khen thưởng (thực thể) / the award (entity)",
        "award_name": "Tên khen thưởng như viết / award as written",
        "recipient": "Người hoặc tập thể nhận (thực thể) / the recipient (entity)",
        "recipient_name": "Tên người nhận như viết / recipient as written",
        "recipient_type": RECIPIENT_TYPE,
        "year": "Năm tặng hoặc năm thành tích / year conferred or for",
        "status": STATUS,
        "decision": "Số quyết định tặng / number of the conferring decision",
        "decision_date": "Ngày quyết định (ISO) / decision date",
        "conferrer": "Cấp tặng / conferred by",
        "revoked": "1 nếu đã bị thu hồi / 1 when revoked",
        "revoked_by": "Số quyết định thu hồi / number of the revoking decision",
        "revoked_date": "Ngày quyết định thu hồi (ISO) / date of the revoking decision",
        "evidence": "Lần nhắc khen thưởng (câu nguồn) / mention of the award (its sentence)",
        "recipient_mention": "Lần nhắc người nhận / mention of the recipient",
    }),
    "positions": ("Người × chức vụ × đơn vị × ngày văn bản (mã số) / person × position × unit × document date", {
        "id": COMMON["id"],
        "document": COMMON["document"],
        "person": "Người (thực thể) / the person (entity)",
        "name": "Tên như viết / name as written",
        "position": "Chức vụ (rỗng khi không nêu) / position, empty when not stated",
        "unit": "Đơn vị như viết / unit as written",
        "unit_entity": "Đơn vị (thực thể) / the unit (entity)",
        "document_date": COMMON["document_date"],
        "evidence": "Lần nhắc (câu nguồn) / mention (its sentence)",
    }),
    "recipient_units": ("Người/đơn vị nhận × đơn vị ghi ở cột \"Đơn vị\" của bảng khen thưởng / an award table row's "
                        "recipient × the unit its \"Đơn vị\" column names", {
        "id": COMMON["id"],
        "document": COMMON["document"],
        "recipient": "Người hoặc đơn vị nhận (thực thể) / the recipient, person or unit (entity)",
        "unit": "Đơn vị ở cột \"Đơn vị\": đơn vị chủ quản của tập thể, đơn vị của cá nhân (thực thể) / the unit of "
                "the row: a collective's managing unit, a person's unit (entity)",
        "evidence": "Lần nhắc đơn vị (dòng bảng) / mention of that unit (the table row)",
    }),
    "meta": ("Thông tin về cơ sở dữ liệu / facts about the knowledge base", {
        "key": "Khóa / key", "value": "Giá trị / value"}),
    "units": ("Đơn vị chuẩn: viết tắt đã mở, tên khác đã gộp, đơn vị cấp trên, tỉnh sau sắp xếp 2025 / canonical "
              "units: abbreviations expanded, aliases joined, parent, 2025 successor province", {
                  "id": "Mã đơn vị ổn định / stable unit id",
                  "canonical_name": "Tên chuẩn / canonical name",
                  "folded": COMMON["folded"],
                  "parent": "Đơn vị cấp trên / parent unit",
                  "province": "Tỉnh, thành phố nêu trong tên / province named in it",
                  "successor": "Tỉnh, thành phố kế thừa từ 1/7/2025 / successor province from 1 July 2025",
                  "valid_until": "Tên có hiệu lực đến / the name is valid until",
              }),
    "unit_names": ("Tên đơn vị như viết → đơn vị chuẩn / unit names as written → canonical unit", {
        "entity": "Tên như viết (entities.id) / written name entity", "unit": "Đơn vị chuẩn / canonical unit"}),
    "awards": ("Khen thưởng chuẩn theo danh mục của Luật Thi đua, khen thưởng / canonical awards from the "
               "catalogue of the Law on Emulation and Commendation", {
                   "id": "Mã khen thưởng ổn định / stable award id",
                   "canonical_name": "Tên chuẩn / canonical name",
                   "folded": COMMON["folded"],
                   "form": "Loại: order, medal, honorary, emulation, certificate, commemorative, prize, other / "
                           "the catalogue's kind",
                   "base": "Mục trong danh mục / catalogue entry",
                   "award_class": "Hạng (Nhất, Nhì, Ba) / class",
                   "level": "Cấp tặng: national, ministry, province, other / conferring level",
                   "source": "Điều luật, nghị định / the article cited",
               }),
    "award_names": ("Tên khen thưởng như viết → khen thưởng chuẩn / award names as written → canonical award", {
        "entity": "Tên như viết (entities.id) / written name entity", "award": "Khen thưởng chuẩn / canonical award"}),
    "persons": ("Người: các lần nhắc cùng tên được gộp khi có bằng chứng chung / persons: same-name mentions "
                "joined on shared evidence", {
                    "id": "Mã người ổn định / stable person id",
                    "canonical_name": "Tên chuẩn / canonical name",
                    "folded": COMMON["folded"],
                    "province": "Tỉnh, thành phố / province",
                    "units": "Các đơn vị (JSON) / units (JSON array)",
                    "documents": COMMON["documents"],
                }),
    "person_documents": ("Tên người trong một tài liệu → người, với lý do gộp / a name in a document → person, "
                         "with the reason", {
                             "entity": "Tên như viết (entities.id) / written name entity",
                             "document": COMMON["document"], "person": "Người / person",
                             "reason": "Lý do gộp hoặc tách / why joined or kept apart"}),
    "conferrals_resolved": ("Khen thưởng với khen thưởng, người, đơn vị chuẩn và các sửa đổi / conferrals with "
                            "canonical award, person, unit and corrections", {
                                "key": "Khóa ổn định / stable key", "conferral": "Khen thưởng trích xuất / the "
                                "extracted conferral", "document": COMMON["document"],
                                "award": "Khen thưởng chuẩn / canonical award",
                                "award_as_written": "Khen thưởng như viết / award as written",
                                "recipient_type": RECIPIENT_TYPE,
                                "person": "Người nhận / recipient person", "unit": "Tập thể nhận / recipient unit",
                                "recipient_as_written": "Người nhận như viết / recipient as written",
                                "recipient": "Tên chuẩn người nhận / canonical recipient name",
                                "year": "Năm / year", "status": STATUS,
                                "revoked": "1 nếu đã bị thu hồi / 1 when revoked",
                                "decision": "Số quyết định / decision number",
                                "decision_date": "Ngày quyết định / decision date",
                                "revoked_by": "Số quyết định thu hồi / number of the revoking decision",
                                "revoked_date": "Ngày quyết định thu hồi / date of the revoking decision",
                                "conferrer": "Cấp tặng / conferred by", "sentence": COMMON["sentence"],
                                "rejected": "1 nếu cán bộ đã bác bỏ / 1 when rejected by a correction",
                                "corrected": "Các trường đã sửa (JSON) / fields fixed by corrections (JSON)",
                                "posthumous": POSTHUMOUS,
                                "attached_to": "Khen thưởng mà việc thu hồi này thuộc về (khóa; không liệt kê "
                                               "riêng) / key of the conferral this revocation revokes (not "
                                               "listed on its own)",
                                "revocation_document": "Tài liệu thu hồi / the revoking document",
                                "revocation_sentence": "Câu thu hồi / the revoking sentence"}),
    "corrections": ("Sửa đổi của cán bộ, áp dụng lại mỗi lần dựng / staff corrections, re-applied on every build", {
        "id": COMMON["id"], "action": "Hành động: gộp, tách, bác bỏ, sửa / action: merge, split, reject, fix", "kind": "Đối tượng: người, đơn vị, khen thưởng / kind: person, unit, conferral",
        "target": "Đối tượng / target id or key", "other": "Đối tượng thứ hai / the other id",
        "field": "Trường sửa / field fixed", "value": "Giá trị mới / new value",
        "author": "Người sửa / author", "created_at": "Thời điểm (UTC) / when (UTC)", "note": "Ghi chú / note"}),
    "document_types": ("Loại văn bản theo tiêu đề / document type from the title", {
        "sha256": COMMON["sha256"], "document_type": COMMON["document_type"]}),
    "awards_view": ("Các khen thưởng, theo hình thức, hạng, cấp / awards by form, class and level", {
        "id": "Mã khen thưởng / award id", "award": "Khen thưởng / award",
        "form": "Hình thức (Huân chương, Bằng khen...) / award form",
        "base": "Mục trong danh mục / catalogue entry",
        "class": "Hạng (Nhất, Nhì, Ba) / class", "level": "Cấp tặng / conferring level",
        "source": "Điều luật / the article cited", "conferrals": COMMON["conferrals"],
        "folded": COMMON["folded"]}),
    "conferrals_view": ("Khen thưởng, dễ đọc: ai nhận gì, năm nào, theo văn bản nào, câu nào (đã áp dụng sửa "
                        "đổi) / conferrals with names: who received what, when, from which document and "
                        "sentence (corrections applied)", {
                            "id": "Mã khen thưởng trích xuất / extracted conferral id",
                            "recipient": "Người hoặc tập thể nhận (tên chuẩn) / recipient, canonical name",
                            "recipient_as_written": "Người nhận như viết / recipient as written",
                            "recipient_type": RECIPIENT_TYPE,
                            "unit": "Đơn vị (tập thể nhận, hoặc đơn vị của người nhận) / unit: the collective, "
                                    "or the person's unit in that document",
                            "award": "Khen thưởng (tên chuẩn) / award, canonical name",
                            "award_as_written": "Khen thưởng như viết / award as written",
                            "award_form": "Hình thức khen thưởng / award form",
                            "award_class": "Hạng / class",
                            "year": "Năm tặng hoặc năm thành tích / year conferred or for",
                            "status": STATUS,
                            "revoked": "1 nếu đã bị thu hồi / 1 when revoked",
                            "posthumous": POSTHUMOUS,
                            "decision": "Số quyết định / decision number",
                            "decision_date": "Ngày quyết định / decision date",
                            "revoked_by": "Số quyết định thu hồi / number of the revoking decision",
                            "revoked_date": "Ngày quyết định thu hồi / date of the revoking decision",
                            "revocation_path": "Tài liệu thu hồi (đường dẫn) / path of the revoking document",
                            "revocation_sentence": "Câu thu hồi / the revoking sentence",
                            "revoked_again": "Các quyết định thu hồi lại (số, ngày, tài liệu) / further decisions "
                                             "revoking it again (number, date, document)",
                            "conferrer": "Cấp tặng / conferred by",
                            "corrected": "Các trường đã sửa (JSON) / fields fixed by corrections (JSON)",
                            "document_title": COMMON["document_title"],
                            "document_type": COMMON["document_type"],
                            "document_format": COMMON["document_format"],
                            "document_path": COMMON["document_path"],
                            "sentence": COMMON["sentence"],
                            "block": COMMON["block"],
                            "person_id": "Người nhận (persons.id) / recipient person",
                            "unit_id": "Đơn vị (units.id) / unit",
                            "award_id": "Khen thưởng (awards.id) / award",
                            "key": "Khóa ổn định (để sửa đổi) / stable key (for corrections)",
                            "document": COMMON["document"],
                        }),
    "officials_view": ("Cán bộ: tên, chức vụ, đơn vị, theo văn bản / officials: name, position, unit, by document", {
        "id": COMMON["id"], "name": "Tên như viết / name as written",
        "position": COMMON["position"], "unit": COMMON["unit"], "document_date": COMMON["document_date"],
        "document_title": COMMON["document_title"], "document_path": COMMON["document_path"],
        "sentence": COMMON["sentence"], "block": COMMON["block"],
        "person_id": "Người (persons.id) / person", "unit_id": "Đơn vị (units.id) / unit",
        "document": COMMON["document"]}),
    "documents_view": ("Tài liệu: loại, trạng thái, đường dẫn, số sự kiện / documents: type, status, paths, "
                       "number of facts", {
                           "sha256": COMMON["sha256"], "title": "Tiêu đề / title",
                           "format": COMMON["document_format"], "document_type": COMMON["document_type"],
                           "encoding": "Bảng mã / text encoding", "status": "Trạng thái / status: ok, partial, failed",
                           "error": "Lý do lỗi / why partial or failed", "date": COMMON["document_date"],
                           "year": "Năm của văn bản / year of the document", "pages": "Số trang / pages",
                           "blocks": "Số đoạn / blocks", "paths": "Các đường dẫn / every path",
                           "conferrals": COMMON["conferrals"], "officials": COMMON["officials"]}),
    "persons_view": ("Người: chức vụ và đơn vị gần nhất, số khen thưởng / persons: latest position and unit, "
                     "awards", {
                         "id": "Mã người / person id", "name": "Tên chuẩn / canonical name",
                         "position": "Chức vụ gần nhất / latest position",
                         "unit": "Đơn vị gần nhất / latest unit",
                         "units": "Mọi đơn vị (JSON) / every unit (JSON array)",
                         "province": "Tỉnh, thành phố / province",
                         "awards": COMMON["awards"], "documents": COMMON["documents"],
                         "folded": COMMON["folded"],
                         "entity": "Tên như viết (entities.id, cho tìm kiếm) / written name entity (for search)"}),
    "units_view": ("Đơn vị: số khen thưởng, cán bộ, tài liệu / units: awards, officials, documents", {
        "id": "Mã đơn vị / unit id", "name": "Tên chuẩn / canonical name",
        "parent": "Đơn vị cấp trên / parent unit", "province": "Tỉnh, thành phố / province",
        "successor": "Tỉnh kế thừa từ 1/7/2025 / successor province from 1 July 2025",
        "valid_until": "Tên có hiệu lực đến / the name is valid until",
        "awards": "Số lượt khen thưởng tập thể / conferrals to the unit",
        "award_names": "Các khen thưởng (JSON) / the awards received (JSON array)",
        "officials": COMMON["officials"], "documents": COMMON["documents"], "folded": COMMON["folded"],
        "entity": "Tên như viết (entities.id, cho tìm kiếm) / written name entity (for search)"}),
    "entities_view": ("Thực thể và số lần nhắc / entities with their mention counts", {
        "id": COMMON["id"], "kind": "Loại / kind: unit, person, campaign, award", "canonical_name": "Tên chuẩn / canonical name",
        "folded": COMMON["folded"], "mentions": "Số lần nhắc / mentions", "documents": COMMON["documents"]}),
}

# Facets, sorting and search of the tables and views people read.
TABLE_OPTIONS = {
    "conferrals_view": {"facets": ["award_form", "award_class", "award", "year", "status", "unit"],
                        "sort_desc": "year", "size": 20, "fts_table": "blocks_fts", "fts_pk": "block",
                        "label_column": "recipient"},
    "officials_view": {"facets": ["position", "unit"], "size": 20, "fts_table": "blocks_fts", "fts_pk": "block"},
    # unit and position are computed per person: one click away ("Facet by this"), not on every page
    "persons_view": {"facets": ["province"], "sort_desc": "awards", "size": 30,
                     "fts_table": "entities_fts", "fts_pk": "entity"},
    "units_view": {"facets": ["province"], "sort_desc": "awards", "fts_table": "entities_fts", "fts_pk": "entity"},
    "documents_view": {"facets": ["status", "document_type", "format", "year"], "sort": "title", "size": 20},
    "awards_view": {"facets": ["form", "class", "level"], "sort_desc": "conferrals"},
    "entities_view": {"facets": ["kind"], "fts_table": "entities_fts", "fts_pk": "id"},
    "entities": {"facets": ["kind"], "label_column": "canonical_name"},
    "persons": {"label_column": "canonical_name"},
    "units": {"label_column": "canonical_name", "facets": ["province"]},
    "awards": {"label_column": "canonical_name", "facets": ["form", "award_class", "level"]},
    "conferrals_resolved": {"facets": ["status", "year", "recipient_type", "rejected"]},
    "documents": {"facets": ["status", "format"], "label_column": "title"},
    "blocks": {"label_column": "text"},
    "mentions": {"label_column": "text"},
    "document_paths": {"units": {"size": "byte"}},
}

# Canned queries: (title, description, SQL).  sovang_fold() and sovang_match() come from outputs.site_plugin.
_FACT_COLUMNS = ("v.recipient, v.recipient_type, v.unit, v.award, v.award_form, v.award_class, v.year, v.status, "
                 "v.decision, v.decision_date, v.revoked, v.revoked_by, v.revoked_date, v.conferrer, v.document_title, "
                 "v.document_path, v.sentence, v.block, v.person_id, v.unit_id, v.award_id, v.document")
QUERIES = {
    "nhan_khen_thuong": (
        "Ai nhận khen thưởng này, năm nào / who received a given award in a year",
        "Tên khen thưởng không cần dấu, các từ theo thứ tự, bỏ bớt từ cũng được (\"huan chuong lao dong\", \"bang "
        "khen thu tuong\"; viết tắt cũng được: \"HCLĐ\"), như sovang awards --award; năm để trống: mọi năm. / Award "
        "name, without diacritics, its words in order, words may be left out, short forms too (\"HCLĐ\"), as sovang "
        "awards --award; leave the year empty for every year.",
        f"""SELECT {_FACT_COLUMNS}
FROM conferrals_view v
WHERE v.award_id IN (SELECT id FROM awards WHERE sovang_award_has(folded, :award))
  AND (:year = '' OR v.year = CAST(:year AS INTEGER))
ORDER BY v.year DESC, v.award, v.recipient"""),
    "khen_thuong_cua": (
        "Mọi khen thưởng của một người hoặc đơn vị / all awards of a person or unit",
        "Tên người hoặc đơn vị, không cần dấu: các từ gõ vào phải có nguyên vẹn, theo thứ tự (\"nguyen du\" không "
        "ra \"Nguyễn Đức\"), i/y viết cách nào cũng được, như sovang awards --recipient. / A person's or unit's "
        "name, without diacritics: the words typed whole and in order (\"nguyen du\" does not find \"Nguyễn Đức\"), "
        "i or y either way, as sovang awards --recipient.",
        f"""SELECT {_FACT_COLUMNS}
FROM conferrals_view v
WHERE v.person_id IN (SELECT id FROM persons WHERE folded LIKE '%' || sovang_name_word(:name) || '%'
                                                 AND sovang_name_has(folded, :name))
   OR (v.recipient_type = 'collective'
       AND v.unit_id IN (SELECT id FROM units WHERE folded LIKE '%' || sovang_name_word(:name) || '%'
                                               AND sovang_name_has(folded, :name)))
ORDER BY v.recipient, v.year, v.award"""),
    "khen_thuong_theo_quyet_dinh": (
        "Quyết định này khen thưởng ai / what a decision conferred",
        "Số quyết định, không cần dấu, cả số hoặc phần đầu (\"38/QD-VKSTC\", \"38/qd\"), như sovang awards "
        "--decision; số của quyết định thu hồi: các khen thưởng nó thu hồi. / The decision's number, without "
        "diacritics, whole or its first parts, as sovang awards --decision; a revoking decision's number: the "
        "awards it revoked.",
        f"""SELECT {_FACT_COLUMNS}
FROM conferrals_view v
WHERE """ + decision_clause("v", ":decision") + """
ORDER BY v.award, v.recipient"""),
    "don_vi_nhieu_khen_thuong": (
        "Đơn vị được khen thưởng nhiều nhất theo năm / units with the most conferrals, by year",
        "Năm để trống: mọi năm. Một lần khen thưởng được nhiều tài liệu kể lại (quyết định và tin) tính một lần "
        "(conferrals); tellings đếm mọi lần kể. / Leave the year empty for every year. A conferral told by several "
        "documents (a decision and its news) counts once (conferrals); tellings counts every telling.",
        """SELECT v.year, v.unit,
       count(DISTINCT coalesce(v.person_id, v.unit_id, v.recipient) || '|' || v.award_id) AS conferrals,
       count(*) AS tellings, count(DISTINCT v.award) AS awards,
       group_concat(DISTINCT v.award_form) AS award_forms
FROM conferrals_view v
WHERE v.unit IS NOT NULL AND v.unit <> '' AND v.status = 'conferred'
  AND (:year = '' OR v.year = CAST(:year AS INTEGER))
GROUP BY v.year, v.unit
ORDER BY v.year DESC, conferrals DESC, v.unit"""),
    "de_nghi_chua_tang": (
        "Đề nghị khen thưởng chưa có quyết định tặng / proposals not yet conferred",
        "Những đề nghị (status = proposed) mà không tài liệu nào cho thấy đã tặng cùng khen thưởng cho cùng "
        "người, cùng năm hoặc sau. / Proposals with no conferral of the same award to the same recipient in "
        "that year or later in any document.",
        f"""SELECT {_FACT_COLUMNS}
FROM conferrals_view v
WHERE v.status = 'proposed' AND NOT EXISTS (
    SELECT 1 FROM conferrals_resolved c
    WHERE c.award = v.award_id AND c.status = 'conferred' AND c.rejected = 0 AND c.attached_to IS NULL
      AND ((v.person_id IS NOT NULL AND c.person = v.person_id)
           OR (v.recipient_type = 'collective' AND c.unit = v.unit_id))
      AND (v.year IS NULL OR c.year IS NULL OR c.year >= v.year))
ORDER BY v.year DESC, v.award, v.recipient"""),
    "tai_lieu_loi": (
        "Tài liệu lỗi hoặc đọc được một phần / documents that failed or are partial",
        "Với lý do và mọi đường dẫn; các tài liệu lỗi được thử lại ở lần nạp sau, trừ tệp lỗi do chính nội dung "
        "của nó (rỗng, hỏng) khi tệp chưa đổi (nạp với --retry-failed để thử lại). / With the reason and every "
        "path; failed documents are tried again on the next ingest, except a file that failed for its own bytes "
        "(empty, corrupt) while it is unchanged (ingest with --retry-failed to try it again). Một phiên bản lỗi đã được thay bằng tệp sửa ở "
        "cùng đường dẫn không còn ở đây (documents_view vẫn giữ nó, ghi \"superseded\"). / A failed version "
        "replaced by a fixed file at the same path is not listed (documents_view keeps it, marked "
        "\"superseded\").",
        """SELECT d.status, (SELECT group_concat(p.root || '/' || p.path, ' | ') FROM document_paths p
                  WHERE p.sha256 = d.sha256) AS paths,
       d.error, d.warnings, d.format, d.title, d.pages, d.ingested_at, d.sha256
FROM documents d
WHERE d.status IN ('failed', 'partial')
  AND EXISTS (SELECT 1 FROM document_paths p WHERE p.sha256 = d.sha256)
ORDER BY d.status, paths"""),
    "tim_kiem": (
        "Tìm trong văn bản, xếp theo mức liên quan / search the text, ranked",
        "Không phân biệt dấu, hoa thường, đ/d (\"nguyen quang dung\" tìm thấy \"Nguyễn Quang Dũng\"); mọi từ "
        "đều phải có; dấu * ở cuối từ để tìm tiền tố (nguy*). Xếp theo bm25. / Diacritic-, case- and đ/d-"
        "insensitive; every word must occur; a trailing * searches a prefix. Ranked by bm25. Ba kết quả tốt "
        "nhất của mỗi tài liệu; more_in_document: số khối khác của nó cũng khớp / the best three of each document; "
        "more_in_document: how many more of its blocks match.",
        # at most PER_DOCUMENT (3) blocks of one document, as `sovang search` by default, so that one long document
        # does not fill the list (newcomer, s. 30)
        """SELECT b.text, d.title AS document_title,
       """ + first_path("b.document") + """ AS document_path,
       (SELECT json_group_array(root || '/' || path) FROM (SELECT root, path FROM document_paths
                WHERE sha256 = b.document ORDER BY id)) AS document_paths,
       b.page, b.idx, b.id AS block, b.document, m.score, m.more_in_document
FROM (SELECT rowid, score, max(count(*) OVER (PARTITION BY document) - """ + str(PER_DOCUMENT) + """, 0) AS more_in_document,
             row_number() OVER (PARTITION BY document ORDER BY score) AS rank
      FROM (SELECT blocks_fts.rowid, round(bm25(blocks_fts), 3) AS score, fb.document
            FROM blocks_fts JOIN blocks fb ON fb.id = blocks_fts.rowid
            WHERE blocks_fts MATCH sovang_match(:q))) AS m
JOIN blocks b ON b.id = m.rowid JOIN documents d ON d.sha256 = b.document
WHERE m.rank <= """ + str(PER_DOCUMENT) + """
ORDER BY m.score
LIMIT 200"""),
    "tim_ten": (
        "Tìm người, đơn vị, phong trào, khen thưởng theo tên, xếp theo mức liên quan / find entities by name, "
        "ranked",
        "Không phân biệt dấu, hoa thường, đ/d; dấu * để tìm tiền tố. / Diacritic-, case- and đ/d-insensitive; "
        "a trailing * searches a prefix.",
        """SELECT e.canonical_name AS name, e.kind, e.id,
       (SELECT count(*) FROM mentions WHERE entity = e.id) AS mentions,
       round(bm25(entities_fts), 3) AS score
FROM entities_fts JOIN entities e ON e.id = entities_fts.rowid
WHERE entities_fts MATCH sovang_match(:q)
ORDER BY bm25(entities_fts)
LIMIT 200"""),
    "khen_thuong_theo_nam": (
        "Số lượt khen thưởng theo năm và hình thức / conferrals per year by award form",
        "Số liệu của biểu đồ / the data of the chart (/-/dashboards/khen-thuong).",
        """SELECT year, award_form, count(*) AS conferrals
FROM conferrals_view
WHERE year IS NOT NULL AND status = 'conferred'
GROUP BY year, award_form
ORDER BY year, award_form"""),
}

CHART_SQL = QUERIES["khen_thuong_theo_nam"][2]


def dashboards(db_name: str) -> dict:
    """The ``datasette-dashboards`` configuration: conferrals per year by award form."""
    return {DASHBOARD: {
        "title": "Khen thưởng theo năm / conferrals by year",
        "description": "Số lượt đã tặng theo năm và hình thức khen thưởng, theo các tài liệu đã nạp. / "
                       "Conferrals per year by award form, in the ingested documents.",
        "layout": [["per-year", "total"], ["per-year", "by-form"]],
        "charts": {
            "per-year": {
                "title": "Lượt khen thưởng theo năm và hình thức / conferrals per year by award form",
                "db": db_name, "query": CHART_SQL, "library": "vega-lite",
                "display": {
                    "mark": {"type": "bar", "tooltip": True},
                    "encoding": {
                        "x": {"field": "year", "type": "ordinal", "title": "Năm / year"},
                        "y": {"field": "conferrals", "type": "quantitative", "aggregate": "sum",
                              "title": "Lượt khen thưởng / conferrals"},
                        "color": {"field": "award_form", "type": "nominal",
                                  "title": "Hình thức / award form"},
                    },
                },
            },
            "total": {
                "title": "Tổng số lượt đã tặng / conferrals in all",
                "db": db_name, "library": "metric",
                "query": "SELECT count(*) AS conferrals FROM conferrals_view WHERE status = 'conferred'",
                "display": {"field": "conferrals", "prefix": "", "suffix": ""},
            },
            "by-form": {
                "title": "Theo hình thức / by award form",
                "db": db_name, "library": "vega-lite",
                "query": "SELECT award_form, count(*) AS conferrals FROM conferrals_view "
                         "WHERE status = 'conferred' GROUP BY award_form ORDER BY conferrals DESC",
                "display": {
                    "mark": {"type": "bar", "tooltip": True},
                    "encoding": {
                        "y": {"field": "award_form", "type": "nominal", "sort": "-x", "title": None},
                        "x": {"field": "conferrals", "type": "quantitative", "title": "Lượt / conferrals"},
                    },
                },
            },
        },
    }}


def metadata(db_name: str = "kb") -> dict:
    """The Datasette metadata for a knowledge base served under the name ``db_name`` (the file's stem)."""
    tables = {}
    for name, (description, columns) in TABLES.items():
        entry = {"description": description, "columns": dict(columns)}
        entry.update(TABLE_OPTIONS.get(name, {}))
        tables[name] = entry
    queries = {name: {"title": title, "description": description, "sql": sql}
               for name, (title, description, sql) in QUERIES.items()}
    return {
        "title": TITLE,
        "description": "Đơn vị, cán bộ, phong trào thi đua và khen thưởng trích từ văn bản; mỗi sự kiện kèm tài "
                       "liệu và câu nguồn. Tìm không cần dấu. / Units, officials, campaigns and awards extracted "
                       "from Vietnamese reports, each fact with its document and sentence. Search without "
                       "diacritics.",
        "license": "Apache-2.0 (mã nguồn / code)",
        "license_url": "https://www.apache.org/licenses/LICENSE-2.0",
        "source": "Các văn bản đã nạp; văn bản thuộc cơ quan ban hành / the ingested documents, which belong "
                  "to their publishers",
        "about": "sovang",
        "databases": {db_name: {
            "description": "Cơ sở tri thức sổ vàng / the sovang knowledge base",
            "tables": tables,
            "queries": queries,
        }},
        "plugins": {"datasette-dashboards": dashboards(db_name)},
    }


def db_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def extra_metadata(path: str | Path) -> dict:
    """The JSON object of the metadata file ``path`` (``sovang serve --metadata``: settings staff write by hand, as
    Datasette's metadata.json). Raises ValueError naming the file and the reason when it cannot be read, is not
    JSON (with line and column) or is not a JSON object (a newcomer, session 26, got a traceback)."""
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read it ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(value, dict):
        raise ValueError(f"{path}: a JSON object {{…}} is needed (as Datasette's metadata.json), not a "
                         f"{type(value).__name__}")
    return value


def usable_metadata(path: str | Path) -> dict:
    """:func:`extra_metadata` of ``path``, refused as well (ValueError naming the file, the plugin and the command
    that installs it) when it gives settings to a Datasette plugin that is not installed in the Python sovang runs
    in: Datasette ignores such settings, so a login plugin installed with another Python's pip left a site that
    answered 403 to every page and had no login page (newcomer, session 33, following the LAN example)."""
    meta = extra_metadata(path)
    missing = sorted(_configured_plugins(meta) - _installed_plugins())
    if missing:
        names = " ".join(missing)
        raise ValueError(f"{path}: it sets the Datasette plugin{'s' if len(missing) > 1 else ''} {names}, not "
                         f"installed in the Python sovang runs in: install with '{sys.executable} -m pip install "
                         f"{names}' (a pip of another Python does not reach it)")
    return meta


def _configured_plugins(meta: dict) -> set[str]:
    """The names of the plugins ``meta`` gives settings for, in :func:`_plugin_name` form: the keys of the "plugins"
    objects where Datasette reads them, the instance's, each database's and each table's (read anywhere, a database or
    table named "plugins" made its settings plugins, and the refusal asked pip for "allow" or "tables": session 33's
    review)."""
    levels = [meta]
    for database in _objects(meta.get("databases")):
        levels += [database, *_objects(database.get("tables"))]
    return {_plugin_name(key) for level in levels for key in _objects_keys(level.get("plugins"))}


def _objects(value) -> list[dict]:
    """The JSON objects among the values of the JSON object ``value`` ([] for anything else)."""
    return [v for v in value.values() if isinstance(v, dict)] if isinstance(value, dict) else []


def _objects_keys(value) -> list[str]:
    """The keys of ``value`` when it is a JSON object, else []."""
    return list(value) if isinstance(value, dict) else []


def _installed_plugins() -> set[str]:
    """The names of the Datasette plugins this Python loads (``datasette plugins``: a package's distribution name,
    ``datasette-search-all``), in :func:`_plugin_name` form."""
    from datasette.plugins import get_plugins

    return {_plugin_name(plugin["name"]) for plugin in get_plugins()}


def _plugin_name(name: str) -> str:
    """A plugin's name as pip compares distribution names: lower case, "_" and "." as "-"."""
    return name.lower().replace("_", "-").replace(".", "-")


def write_metadata(db_path: str | Path, extra: str | Path | None = None) -> Path:
    """Write the metadata JSON for ``db_path`` (merged with the JSON file ``extra``) and return its path."""
    md = metadata(db_name(db_path))
    if extra:
        md = merge(md, extra_metadata(extra))
    out = Path(tempfile.mkdtemp(prefix="sovang-site-")) / "metadata.json"
    out.write_text(json.dumps(md, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def merge(base: dict, extra: dict) -> dict:
    """``base`` updated by ``extra``, recursively for nested dicts."""
    out = dict(base)
    for key, value in extra.items():
        out[key] = merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def port_taken(host: str, port: int) -> str | None:
    """Why ``port`` on ``host`` cannot be listened on now ("Address already in use"), by binding a socket to it
    and closing it again (SO_REUSEADDR, as Uvicorn binds); None when it can."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(address)
    except OSError as e:
        return e.strerror or str(e)
    return None


def serve_args(db_path: str, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False,
               extra_metadata: str | None = None) -> list[str]:
    """Arguments for ``datasette serve`` (run through ``python -m outputs.site``)."""
    meta = write_metadata(db_path, extra_metadata)
    args = ["serve", "--host", host, "--port", str(port), "--metadata", str(meta),
            "--template-dir", str(TEMPLATES)]
    for key, value in SETTINGS.items():
        args += ["--setting", key, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    args += ["--immutable", db_path] if immutable else [db_path]
    return args


def missing_views(db_path: str | Path) -> list[str]:
    """Views of :data:`outputs.kb.VIEWS` missing from the file or defined differently (an older sovang)."""
    from outputs.kb import connect_read_only

    conn = connect_read_only(db_path)
    try:
        return _missing_views(conn)
    finally:
        conn.close()


def _missing_views(conn) -> list[str]:
    """:func:`missing_views` of the knowledge base open on ``conn``."""
    from outputs.kb import VIEWS

    stored = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    return [name for name, sql in VIEWS.items() if " ".join(sql.split()) not in " ".join((stored.get(name) or "").split())]


def _missing_indexes(conn) -> list[str]:
    """The indexes of :data:`outputs.kb.SCHEMA` that the knowledge base open on ``conn`` lacks (one written by an
    older sovang: ``documents_title``, which the documents view's pages read, came in session 37)."""
    import re

    from outputs.kb import SCHEMA

    stored = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    return [name for name in re.findall(r"CREATE INDEX IF NOT EXISTS (\w+)", SCHEMA) if name not in stored]


def prepare(db_path: str | Path, immutable: bool = False) -> list[str]:
    """Bring the views, indexes and canonical layer of a knowledge base written by an older sovang up to date.

    Returns the views and indexes that were missing or out of date; they are made
    unless ``immutable`` (a published copy is never written).
    """
    from outputs.canonical import layer_outdated, layer_state
    from outputs.kb import connect_read_only

    conn = connect_read_only(db_path)
    try:
        missing = _missing_views(conn) + _missing_indexes(conn)
        # built, and not marked stale (documents stored or a knowledge base migrated since it was built)
        layer = layer_state(conn) == "ok"
        # a layer built by a sovang without the "truy tặng" column (outputs.posthumous) is built again
        # or without revocations attached to the conferrals they revoke (outputs.kb.SHOWN)
        layer = layer and {"posthumous", "attached_to"} <= {c[1] for c in conn.execute(
            "PRAGMA table_info(conferrals_resolved)")}
        # and one whose revocations are of schema 1 (outputs.kb.migrate: no revoking decision apart)
        layer = layer and any(c[1] == "revoked_by" for c in conn.execute("PRAGMA table_info(conferrals)"))
        layer = layer and not layer_outdated(conn)  # built by a sovang that folded names otherwise
    finally:
        conn.close()
    if (missing or not layer) and not immutable:
        from outputs.canonical import build
        from outputs.kb import open_db

        db = open_db(db_path)
        if not layer:
            build(db)
        db.conn.close()
    return missing


def register_plugin() -> None:
    """Register :mod:`outputs.site_plugin` with Datasette's plugin manager (once per process)."""
    from datasette.plugins import pm

    from outputs import site_plugin

    if not pm.is_registered(site_plugin):
        pm.register(site_plugin, name="sovang_site")
    # datasette-render-markdown comes with datasette-dashboards (for markdown charts, which the site has
    # none of); its cell hook renders nothing here, yet looks its settings up for every cell of every page
    # (40 ms on a page of conferrals): it is taken out of render_cell.
    _unhook(pm.hook.render_cell, "render_markdown")
    # Datasette runs every handle_exception hook, its default one too, which prints a traceback with local variables
    # for a page not found: the site's own hook answers those quietly and calls the default for any other error
    _unhook(pm.hook.handle_exception, "datasette.handle_exception")


def _unhook(hook, plugin_name: str) -> None:
    """Take the implementation of the plugin ``plugin_name`` out of the pluggy ``hook`` (nothing when it has none)."""
    for impl in list(getattr(hook, "_hookimpls", [])):
        if impl.plugin_name == plugin_name:
            hook._hookimpls.remove(impl)


def app(db_path: str | Path, immutable: bool = False, settings: dict | None = None, **kwargs):
    """The site as an in-process ``datasette.app.Datasette`` (tests, benchmark): same metadata and settings."""
    from datasette.app import Datasette

    register_plugin()
    files = [] if immutable else [str(db_path)]
    return Datasette(files, immutables=[str(db_path)] if immutable else [],
                     metadata=metadata(db_name(db_path)), template_dir=str(TEMPLATES),
                     settings={**SETTINGS, **(settings or {})}, **kwargs)


def _made_metadata_dir(args: list[str]) -> Path | None:
    """The folder :func:`write_metadata` made for the ``--metadata`` file of ``args`` (a ``sovang-site-``
    folder in the temporary folder), or None for a file of the user's."""
    if "--metadata" not in args[:-1]:
        return None
    folder = Path(args[args.index("--metadata") + 1]).parent
    made = folder.name.startswith("sovang-site-") and folder.parent == Path(tempfile.gettempdir())
    return folder if made else None


#: Uvicorn's exit status when the server did not start (``uvicorn.main.STARTUP_FAILURE``), a failed bind among them
_STARTUP_FAILURE = 3


def _say_if_port_taken(stop: SystemExit, args: list[str]) -> None:
    """When Uvicorn stopped at start-up (exit status 3) because the port of ``args`` (``--host``, ``--port`` of
    :func:`serve_args`) is taken now, say so as ``sovang serve``'s own check does and make the exit status 1 (as
    that check's): another server took the port between that check and Uvicorn's bind (a newcomer, session 27,
    saw Uvicorn's "[Errno 98]" and exit status 3)."""
    if stop.code != _STARTUP_FAILURE:
        return
    host = args[args.index("--host") + 1] if "--host" in args else "127.0.0.1"
    port = int(args[args.index("--port") + 1]) if "--port" in args else 8001
    reason = port_taken(host, port)
    if reason:
        print(f"Error: cannot serve on {host}:{port}: {reason} (another server took the port while this one "
              f"started: choose another with --port)", file=sys.stderr)
        stop.code = 1


def main(argv: list[str] | None = None) -> None:
    """``python -m outputs.site serve ...``: Datasette's own command line, with the sovang plugin registered.  The
    metadata folder :func:`serve_args` made is removed when the server stops (Ctrl-C, SIGTERM, a failed bind)."""
    import shutil
    import signal

    from datasette.cli import cli

    args = argv if argv is not None else sys.argv[1:]
    made = _made_metadata_dir(args)
    register_plugin()
    # Uvicorn stops gracefully on SIGTERM and then raises the signal again under the handler it found: this one
    # ends the process through ``finally`` (exit status 143, as a process killed by SIGTERM reports in a shell)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        cli.main(args=args, prog_name="datasette")
    except SystemExit as stop:
        _say_if_port_taken(stop, args)
        raise
    finally:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)


if __name__ == "__main__":
    main()
