"""The Datasette plugin of the sovang site (registered by :func:`outputs.site.register_plugin`).

- ``prepare_connection``: SQL functions ``sovang_name_has(folded, typed)`` (the words of a typed name whole and
  in order, as ``sovang awards --recipient``; ``sovang_name_word(typed)``, a word they must hold, for a ``LIKE``
  first), ``sovang_award_has(folded, typed)`` (an award name's words in order, others between them, abbreviations
  written out, as ``sovang awards --award``), ``sovang_decision_has(number, typed)`` (a decision by its number
  whole or its first parts, as ``sovang awards --decision``), ``sovang_fold(text)`` (tone marks off,
  đ→d, lower case) and ``sovang_match(query)`` (the FTS5 query over the folded
  column for a user's words: each word folded and quoted, a trailing ``*`` for
  a prefix), used by the canned queries.
- ``asgi_wrapper``: answers a write request (POST…) outside ``/-/`` with 405, the site being read-only;
  puts a byte-order mark before a CSV asked for with ``_bom=1`` (for Excel);
  answers a ``_search`` on a table or view without full-text search with 400 and the page to search instead
  (:func:`unsearchable_page`); folds the ``_search`` parameters of table pages, so a query
  typed with diacritics matches the folded column too (FTS5's
  ``remove_diacritics 2`` removes tone marks but keeps đ). In raw search mode
  the FTS5 operators (AND, OR, NOT, NEAR) and column names are kept.
- ``render_cell``: the names in views and query results link to the record of
  the entity, the document title to the document, the sentence to its block.
- ``extra_template_vars``: the record pages (``row.html``): a person's or
  unit's positions and awards, a document's paths and facts, a block's
  neighbours; and the links of the home page.
- ``handle_exception``: a page not found or forbidden answered without a traceback on the console.
"""
from __future__ import annotations

import codecs
import json
import re
import urllib.parse
from functools import lru_cache
from typing import NamedTuple

from datasette import hookimpl
from markupsafe import Markup, escape

from outputs.queries import award_has, decision_has, name_has, spelt_keys
from outputs.search import as_phrase, award_written_out, fts_query
from outputs.unit_spellings import unit_spellings
from pipeline.normalize import fold, spelling_variants

NO_MATCH = '"\u2400"'  # a phrase no folded text contains: an empty query finds nothing


def sovang_fold(text):
    return fold(text) if isinstance(text, str) else text


def sovang_match(query):
    """FTS5 MATCH argument over the ``folded`` column for the words of ``query``, in any of their i/y spellings
    (:func:`pipeline.normalize.spelling_variants`: "ho si hung" matches "Hồ Sỹ Hùng" too), or with its award
    abbreviations written out (:func:`outputs.search.award_written_out`: "hcld" matches "Huân chương Lao động"),
    or a unit typed short or written out (:func:`outputs.unit_spellings.unit_spellings`: "ubnd tinh ha tinh" matches
    "Ủy ban nhân dân tỉnh Hà Tĩnh" too, its words side by side), as ``sovang search`` reads them."""
    typed = " ".join(fold(query or "").split())
    written = award_written_out(query or "")
    texts = spelling_variants(typed) + ((written,) if written else ())
    spellings = [q for q in map(fts_query, texts) if q]
    spellings += [as_phrase(q) for q in map(fts_query, unit_spellings(query or "")) if q]  # side by side only
    return " OR ".join(f"folded : ({q})" for q in spellings) if spellings else NO_MATCH


@lru_cache(maxsize=64)
def sovang_name_word(typed):
    """The longest word every key of ``typed`` holds (:func:`outputs.queries.spelt_keys`), "" when none: a ``LIKE``
    before ``sovang_name_has`` (:func:`outputs.queries.name_has`, which it implies) keeps that Python call off most
    rows of a large table."""
    if not isinstance(typed, str):
        return ""
    keys = [set(k.split()) for k in spelt_keys(typed).split("\t") if k]
    common = set.intersection(*keys) if keys else set()
    return max(sorted(common), key=len, default="")


@hookimpl
def prepare_connection(conn):
    conn.create_function("sovang_fold", 1, sovang_fold, deterministic=True)
    conn.create_function("sovang_match", 1, sovang_match, deterministic=True)
    conn.create_function("sovang_name_has", 2, name_has, deterministic=True)
    conn.create_function("sovang_award_has", 2, award_has, deterministic=True)
    conn.create_function("sovang_name_word", 1, sovang_name_word, deterministic=True)
    conn.create_function("sovang_decision_has", 2, decision_has, deterministic=True)


_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def fold_search(value: str, raw: bool) -> str:
    """A ``_search`` value folded for the FTS5 index; in raw mode the operators stay upper case."""
    if not raw:
        return fold(value)
    return re.sub(r"\w+", lambda m: m.group(0) if m.group(0) in _OPERATORS else fold(m.group(0)), value)


def fold_query_string(query_string: bytes) -> bytes:
    """The query string with every ``_search`` / ``_search_COLUMN`` value folded."""
    if b"_search" not in query_string:
        return query_string
    pairs = urllib.parse.parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
    pairs = [(k, v.encode("latin-1").decode("utf-8", "replace")) for k, v in pairs]
    raw = any(k == "_searchmode" and v == "raw" for k, v in pairs)
    out = [(k, fold_search(v, raw) if k.startswith("_search") and k != "_searchmode" else v) for k, v in pairs]
    return urllib.parse.urlencode(out).encode("ascii")


#: (prefix of a page's name, the searchable page that holds its text), first match wins; any other page → entities
_SEARCH_INSTEAD_OF = (("document", "blocks"), ("path_history", "blocks"), ("conferral", "conferrals_view"),
                      ("recipient_unit", "conferrals_view"), ("position", "officials_view"), ("unit", "units_view"),
                      ("person", "persons_view"))


def _search_instead_pages() -> dict[str, str]:
    """Every table or view of the site (:data:`outputs.site.TABLES`) → the page to search instead when its own
    ``_search`` would find nothing ("" when it has full-text search: a table of :data:`outputs.kb.FTS_COLUMNS` or a
    view given an ``fts_table`` in :data:`outputs.site.TABLE_OPTIONS`), by :data:`_SEARCH_INSTEAD_OF`."""
    from outputs.kb import FTS_COLUMNS
    from outputs.site import TABLE_OPTIONS, TABLES
    searchable = set(FTS_COLUMNS) | {name for name, options in TABLE_OPTIONS.items() if "fts_table" in options}
    return {name: "" if name in searchable else next(
        (page for prefix, page in _SEARCH_INSTEAD_OF if name.startswith(prefix)), "entities") for name in TABLES}


_SEARCH_INSTEAD = _search_instead_pages()


class Unsearchable(NamedTuple):
    """A ``_search`` asked of a page without full-text search: the page (``units``), the page that holds its text
    (``units_view``) and the address that asks that page the same search (``/kb/units_view.json?_search=dang``)."""
    page: str
    instead: str
    address: str


def unsearchable_page(path: str, query_string: bytes) -> Unsearchable | None:
    """:class:`Unsearchable` when an HTTP request asks ``_search`` (or ``_search_COLUMN``) of a table or view
    without full-text search (``/kb/units.json?_search=binh phuoc``), else None.  Datasette 0.65 ignores the
    parameter there and lists every row, which a user reads as every row matching (newcomer, session 41:
    ``units.json?_search=`` gave all 80 units).  The address keeps the database, the ``.json``/``.csv`` suffix and
    the first ``_search`` value typed, as typed (spaces as ``+``; ``&#%+`` escaped), readable in the message
    (newcomer, session 42: the answer read ``/{database}/units_view?_search=…``)."""
    if b"_search" not in query_string:
        return None
    parts = urllib.parse.unquote(path).strip("/").split("/")
    if len(parts) != 2:
        return None
    page = re.sub(r"\.(json|csv)$", "", parts[1])
    instead = _SEARCH_INSTEAD.get(page)
    pairs = urllib.parse.parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    typed = [v for k, v in pairs if k.startswith("_search") and k != "_searchmode"]
    if not instead or not typed:
        return None
    suffix = parts[1][len(page):]
    readable = "".join("+" if c == " " else f"%{ord(c):02X}" if c in "&#%+" else c for c in typed[0])
    address = f"/{parts[0]}/{instead}{suffix}?_search={readable}"
    return Unsearchable(page, instead, address)


async def _not_searchable(send, refused: Unsearchable, as_json: bool) -> None:
    """Send the 400 answer to a ``_search`` of a page without full-text search, naming the address to search
    instead: plain text, or for a ``.json`` address Datasette's own error object (``{"ok": false, "error": …,
    "status": 400, "title": null}``), which a client reading JSON can parse."""
    message = (f"{refused.page} has no full-text search: ?_search= would list every row. Search {refused.instead} "
               f"instead ({refused.address}), or use 'sovang search'.")
    if as_json:
        body = json.dumps({"ok": False, "error": message, "status": 400, "title": None}, ensure_ascii=False)
        content_type = b"application/json; charset=utf-8"
    else:
        body, content_type = message + "\n", b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": 400, "headers": [(b"content-type", content_type)]})
    await send({"type": "http.response.body", "body": body.encode("utf-8")})


#: the answer to a POST outside Datasette's own pages: the site is read-only (it has no writable canned query),
#: and Datasette 0.65 answers a POST to a table or view with an AssertionError and status 500
_READ_ONLY = b"Method not allowed: the sovang site is read-only (GET only)\n"


async def _method_not_allowed(send) -> None:
    """Send the 405 answer (:data:`_READ_ONLY`, ``Allow: GET, HEAD``) to a write request through ``send``."""
    await send({"type": "http.response.start", "status": 405,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD")]})
    await send({"type": "http.response.body", "body": _READ_ONLY})


BOM = codecs.BOM_UTF8


def wants_bom(scope: dict) -> bool:
    """Whether an HTTP request asks for a CSV with a UTF-8 byte-order mark: a ``.csv`` page with ``_bom=1`` (or
    ``on``, ``true``) in its query string, as the site's "CSV cho Excel / for Excel" links ask."""
    if not scope.get("path", "").endswith(".csv"):
        return False
    args = urllib.parse.parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return any(v.lower() in ("1", "on", "true") for v in args.get("_bom", []))


def with_bom(send):
    """An ASGI ``send`` that puts :data:`BOM` before the first chunk of the response body (and adds its 3 bytes to a
    ``content-length`` header), so that Excel, which reads a CSV without it in the Windows code page ("Báº±ng
    khen"), shows the diacritics of a file opened by a double click.  Datasette 0.65 has no setting for it
    (newcomer, sessions 29 and 30); ``sovang awards --format excel`` does the same on the command line."""
    started = False

    async def send_with_bom(message):
        nonlocal started
        if message["type"] == "http.response.start":
            headers = [(k, str(int(v) + len(BOM)).encode() if k.lower() == b"content-length" else v)
                       for k, v in message.get("headers", [])]
            message = dict(message, headers=headers)
        elif message["type"] == "http.response.body" and not started:
            started = True
            message = dict(message, body=BOM + message.get("body", b""))
        await send(message)
    return send_with_bom


def in_full_pages(scope: dict) -> dict:
    """``scope`` of a streamed CSV (``.csv`` with ``_stream``) that gives no ``_size`` with ``_size=max`` added, the
    same scope otherwise.  Datasette 0.65 asks each further page of a stream at the table's page size (20 or 30
    rows here, :data:`outputs.site.TABLE_OPTIONS`), not at the ``max`` it says: a view paged by OFFSET is computed
    again for every 20 rows, and the address the README gave for a full download (newcomer, session 37:
    ``persons_view.csv?_stream=on&_dl=1`` of 7,593 persons took 42 s on a busy machine, 1.8 s with ``_size=max``;
    the longer a stream, the likelier one page outlasts ``sql_time_limit_ms`` and ends the file short)."""
    if not scope.get("path", "").endswith(".csv"):
        return scope
    args = urllib.parse.parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    if "_stream" not in args or "_size" in args:
        return scope
    query = scope.get("query_string", b"")
    return dict(scope, query_string=query + (b"&" if query else b"") + b"_size=max")


@hookimpl
def asgi_wrapper():
    """Wrap the site: a POST, PUT, PATCH or DELETE to any page but Datasette's own (``/-/…``) gets 405 with
    ``Allow: GET, HEAD``; a ``_search`` of a page without full-text search gets 400 (:func:`unsearchable_page`);
    a ``_search`` parameter is folded (:func:`fold_query_string`); a CSV asked for with
    ``_bom=1`` starts with a byte-order mark (:func:`with_bom`); a streamed CSV is read in pages of the most rows
    (:func:`in_full_pages`)."""
    def wrap(app):
        async def folded_search(scope, receive, send):
            if scope.get("type") == "http":
                if scope.get("method", "GET") not in ("GET", "HEAD", "OPTIONS") \
                        and not scope.get("path", "").startswith("/-/"):
                    await _method_not_allowed(send)
                    return
                if b"_search" in scope.get("query_string", b""):
                    unsearchable = unsearchable_page(scope.get("path", ""), scope["query_string"])
                    if unsearchable:
                        await _not_searchable(send, unsearchable, scope.get("path", "").endswith(".json"))
                        return
                    scope = dict(scope, query_string=fold_query_string(scope["query_string"]))
                if wants_bom(scope):
                    send = with_bom(send)
                scope = in_full_pages(scope)
            await app(scope, receive, send)
        return folded_search
    return wrap


# column -> [(column holding the id, table of the record)], the first present and not null wins
LINKS = {
    "recipient": [("person_id", "persons"), ("recipient_unit_id", "units")],
    "award": [("award_id", "awards")],
    "unit": [("unit_id", "units")],
    "document_title": [("document", "documents")],
    "title": [("sha256", "documents")],
    "sentence": [("block", "blocks")],
    "text": [("block", "blocks")],
    "paths": [("sha256", "documents")],
    "name": [("person_id", "persons")],
    "person_id": [("person_id", "persons")],
    "unit_id": [("unit_id", "units")],
    "award_id": [("award_id", "awards")],
    "block": [("block", "blocks")],
    "document": [("document", "documents")],
}
# views whose name column is the record of the row's ``id``
ID_VIEWS = {"persons_view": ("name", "persons"), "units_view": ("name", "units"), "awards_view": ("award", "awards"),
            "entities_view": ("canonical_name", "entities")}
_PLAIN = {"conferrals", "positions", "mentions", "blocks", "documents", "entities", "document_paths", "persons",
          "units", "awards", "conferrals_resolved", "person_documents", "unit_names", "award_names", "corrections",
          "recipient_units"}
_LINKED = set(LINKS) | {"canonical_name"}
_BASES: dict[tuple[int, str, str], str] = {}


def _link(datasette, database, table, pk, label):
    key = (id(datasette), database, table)
    base = _BASES.get(key)
    if base is None:
        base = _BASES[key] = str(escape(datasette.urls.table(database, table)))
    return Markup(f'<a href="{base}/{urllib.parse.quote(str(pk), safe="")}">{escape(label)}</a>')


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None or value == "" or table in _PLAIN or column not in _LINKED:
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if table in ID_VIEWS and column == ID_VIEWS[table][0] and "id" in keys:
        return _link(datasette, database, ID_VIEWS[table][1], row["id"], value)
    if table is None and column == "name" and "kind" in keys and "id" in keys:  # the tim_ten query
        return _link(datasette, database, "entities", row["id"], value)
    for id_column, target in LINKS.get(column, ()):
        if id_column == "recipient_unit_id":
            if "recipient_type" in keys and row["recipient_type"] == "collective" and "unit_id" in keys \
                    and row["unit_id"] is not None:
                return _link(datasette, database, "units", row["unit_id"], value)
            continue
        if id_column in keys and row[id_column] is not None:
            label = value[:12] + "…" if column == "document" and isinstance(value, str) and len(value) == 64 else value
            return _link(datasette, database, target, row[id_column], label)
    return None


# -- record pages ------------------------------------------------------------------------------

async def _rows(db, sql, params):
    return [dict(r) for r in (await db.execute(sql, params)).rows]


class _Record:
    """A record page: a title, facts, links and sections of rows whose cells may be links."""

    def __init__(self, datasette, database, title, kind=""):
        self.datasette, self.database = datasette, database
        self.title, self.kind = title, kind
        self.facts: list[tuple[str, object]] = []
        self.links: list[tuple[str, str]] = []
        self.sections: list[dict] = []

    def link(self, table, pk, label):
        return cell_link(self.datasette, self.database, table, pk, label)

    def table_url(self, table, **filters):
        return self.datasette.urls.table(self.database, table) + "?" + urllib.parse.urlencode(filters)

    def section(self, title, columns, rows):
        if rows:
            self.sections.append({"title": title, "columns": columns, "rows": rows})

    def as_dict(self):
        return {"title": self.title, "kind": self.kind, "facts": self.facts, "links": self.links,
                "sections": self.sections}


_AWARDS_SQL = """SELECT v.recipient, v.recipient_type, v.person_id, v.unit_id, v.award, v.award_id, v.year, v.status,
                        v.decision, v.decision_date, v.revoked, v.revoked_by, v.revoked_date, v.revoked_again,
                        v.document_title,
                        v.document, v.sentence, v.block
                 FROM conferrals_view v WHERE {where} ORDER BY v.year DESC, v.award, v.recipient LIMIT 1000"""


def _conferral_rows(r: _Record, rows, recipient=True, award=True):
    from outputs.queries import revocation

    out = []
    for x in rows:
        cells = []
        if recipient:
            table, pk = ("persons", x["person_id"]) if x["recipient_type"] == "person" else ("units", x["unit_id"])
            cells.append(r.link(table, pk, x["recipient"]))
        if award:
            cells.append(r.link("awards", x["award_id"], x["award"]))
        status = ", ".join(s for s in (x["status"], revocation(dict(x))) if s)  # "conferred, REVOKED by QĐ 45/…, again by …"
        cells += [x["year"] or "", status, x["decision"] or "", x["decision_date"] or "", r.link("documents", x["document"],
                  x["document_title"]), r.link("blocks", x["block"], x["sentence"])]
        out.append(cells)
    return out


def _conferral_columns(recipient=True, award=True):
    return ((["Người nhận / recipient"] if recipient else []) + (["Khen thưởng / award"] if award else []) +
            ["Năm / year", "Trạng thái / status", "Quyết định / decision", "Ngày quyết định / decision date",
             "Tài liệu / document",
             "Câu nguồn / sentence"])


async def person_record(datasette, database, db, pid):
    found = (await db.execute("SELECT * FROM persons WHERE id = ?", [pid])).first()
    if not found:
        return None
    r = _Record(datasette, database, found["canonical_name"], "Người / person")
    r.facts = [("Tỉnh, thành phố / province", found["province"] or ""),
               ("Đơn vị / units", ", ".join(json.loads(found["units"])) if found["units"] else ""),
               ("Số tài liệu / documents", found["documents"])]
    r.links = [("Hồ sơ / record", datasette.urls.row(database, "persons", urllib.parse.quote(pid, safe=""))),
               ("Khen thưởng: bảng, CSV / conferrals: table, CSV", r.table_url("conferrals_view", person_id=pid))]
    positions = await _rows(db, """
        SELECT ps.position, coalesce(u.canonical_name, ps.unit) AS unit, un.unit AS unit_id, ps.document_date,
               d.title AS document_title, ps.document, m.sentence, m.block
        FROM person_documents pd
        JOIN positions ps ON ps.person = pd.entity AND ps.document = pd.document
        JOIN documents d ON d.sha256 = ps.document
        LEFT JOIN unit_names un ON un.entity = ps.unit_entity LEFT JOIN units u ON u.id = un.unit
        LEFT JOIN mentions m ON m.id = ps.evidence
        WHERE pd.person = :id ORDER BY ps.document_date DESC, ps.id LIMIT 1000""", {"id": pid})
    r.section("Chức vụ / positions", ["Chức vụ / position", "Đơn vị / unit", "Ngày văn bản / date",
                                      "Tài liệu / document", "Câu nguồn / sentence"],
              [[x["position"], r.link("units", x["unit_id"], x["unit"]), x["document_date"] or "",
                r.link("documents", x["document"], x["document_title"]), r.link("blocks", x["block"], x["sentence"])]
               for x in positions])
    awards = await _rows(db, _AWARDS_SQL.format(where="v.person_id = :id"), {"id": pid})
    r.section("Khen thưởng / awards", _conferral_columns(recipient=False),
              _conferral_rows(r, awards, recipient=False))
    docs = await _rows(db, """SELECT pd.document, d.title, pd.reason FROM person_documents pd
                              JOIN documents d ON d.sha256 = pd.document WHERE pd.person = :id""", {"id": pid})
    r.section("Tài liệu nhắc đến / documents", ["Tài liệu / document", "Lý do gộp / why joined"],
              [[r.link("documents", x["document"], x["title"]), x["reason"]] for x in docs])
    return r.as_dict()


async def unit_record(datasette, database, db, uid):
    found = (await db.execute("""SELECT u.*, p.canonical_name AS parent_name FROM units u
                                 LEFT JOIN units p ON p.id = u.parent WHERE u.id = ?""", [uid])).first()
    if not found:
        return None
    r = _Record(datasette, database, found["canonical_name"], "Đơn vị / unit")
    r.facts = [("Đơn vị cấp trên / parent", r.link("units", found["parent"], found["parent_name"])),
               ("Tỉnh, thành phố / province", found["province"] or ""),
               ("Tỉnh kế thừa từ 1/7/2025 / successor", found["successor"] or "")]
    r.links = [("Hồ sơ / record", datasette.urls.row(database, "units", urllib.parse.quote(uid, safe=""))),
               ("Khen thưởng: bảng, CSV / conferrals: table, CSV",
                r.table_url("conferrals_view", unit_id=uid, recipient_type="collective"))]
    awards = await _rows(db, _AWARDS_SQL.format(where="v.unit_id = :id AND v.recipient_type = 'collective'"),
                         {"id": uid})
    r.section("Khen thưởng tập thể / awards to the unit", _conferral_columns(recipient=False),
              _conferral_rows(r, awards, recipient=False))
    officials = await _rows(db, """SELECT name, person_id, position, document_date, document_title, document,
                                          sentence, block
                                   FROM officials_view WHERE unit_id = :id AND person_id IS NOT NULL
                                   ORDER BY document_date DESC LIMIT 1000""",
                            {"id": uid})
    r.section("Cán bộ / officials", ["Tên / name", "Chức vụ / position", "Ngày văn bản / date",
                                     "Tài liệu / document", "Câu nguồn / sentence"],
              [[r.link("persons", x["person_id"], x["name"]), x["position"], x["document_date"] or "",
                r.link("documents", x["document"], x["document_title"]), r.link("blocks", x["block"], x["sentence"])]
               for x in officials])
    subunits = await _rows(db, "SELECT id, canonical_name FROM units WHERE parent = :id ORDER BY canonical_name",
                           {"id": uid})
    r.section("Đơn vị trực thuộc / units under it", ["Đơn vị / unit"],
              [[r.link("units", x["id"], x["canonical_name"])] for x in subunits])
    return r.as_dict()


async def award_record(datasette, database, db, aid):
    found = (await db.execute("SELECT * FROM awards_view WHERE id = ?", [aid])).first()
    if not found:
        return None
    r = _Record(datasette, database, found["award"], "Khen thưởng / award")
    r.facts = [("Hình thức / form", found["form"]), ("Hạng / class", found["class"] or ""),
               ("Cấp tặng / level", found["level"] or ""), ("Căn cứ / source", found["source"] or "")]
    r.links = [("Hồ sơ / record", datasette.urls.row(database, "awards", urllib.parse.quote(aid, safe=""))),
               ("Người nhận: bảng, CSV / recipients: table, CSV", r.table_url("conferrals_view", award_id=aid))]
    rows = await _rows(db, _AWARDS_SQL.format(where="v.award_id = :id"), {"id": aid})
    r.section("Người, tập thể được nhận / recipients", _conferral_columns(award=False),
              _conferral_rows(r, rows, award=False))
    return r.as_dict()


async def entity_records(datasette, database, db, eid):
    found = (await db.execute("SELECT kind FROM entities WHERE id = ?", [eid])).first()
    if not found:
        return []
    kind = found["kind"]
    if kind == "person":
        ids = [x["person"] for x in await _rows(db, "SELECT DISTINCT person FROM person_documents WHERE entity = :e",
                                                 {"e": eid})]
        make = person_record
    elif kind == "unit":
        ids = [x["unit"] for x in await _rows(db, "SELECT unit FROM unit_names WHERE entity = :e", {"e": eid})]
        make = unit_record
    elif kind == "award":
        ids = [x["award"] for x in await _rows(db, "SELECT award FROM award_names WHERE entity = :e", {"e": eid})]
        make = award_record
    else:
        ids, make = [], None
    records = [await make(datasette, database, db, i) for i in ids]
    return [r for r in records if r]


async def document_record(datasette, database, db, sha):
    found = (await db.execute("SELECT title, status, error FROM documents WHERE sha256 = ?", [sha])).first()
    if not found:
        return None
    r = _Record(datasette, database, found["title"] or sha, "Tài liệu / document")
    paths = await _rows(db, "SELECT root, path FROM document_paths WHERE sha256 = :id ORDER BY id", {"id": sha})
    r.facts = [("Trạng thái / status", found["status"])] + ([("Lỗi / error", found["error"])] if found["error"] else [])
    r.facts += [("Đường dẫn / path", f"{x['root']}/{x['path']}") for x in paths]
    r.links = [("Đọc toàn văn theo thứ tự / read the text in order", r.table_url("blocks", document=sha, _sort="idx"))]
    rows = await _rows(db, _AWARDS_SQL.format(where="v.document = :id"), {"id": sha})
    r.section("Khen thưởng trong tài liệu / conferrals in this document", _conferral_columns(),
              _conferral_rows(r, rows))
    officials = await _rows(db, """SELECT name, person_id, position, unit, unit_id, sentence, block
                                   FROM officials_view WHERE document = :id ORDER BY block, id""", {"id": sha})
    r.section("Cán bộ trong tài liệu / officials in this document", ["Tên / name", "Chức vụ / position",
                                                                     "Đơn vị / unit", "Câu nguồn / sentence"],
              [[r.link("persons", x["person_id"], x["name"]), x["position"], r.link("units", x["unit_id"], x["unit"]),
                r.link("blocks", x["block"], x["sentence"])] for x in officials])
    return r.as_dict()


async def block_record(datasette, database, db, block_id):
    found = (await db.execute("""SELECT b.document, b.idx, d.title FROM blocks b JOIN documents d
                                 ON d.sha256 = b.document WHERE b.id = ?""", [block_id])).first()
    if not found:
        return None
    r = _Record(datasette, database, found["title"] or found["document"], "Trong tài liệu / in context")
    r.links = [("Tài liệu / document", datasette.urls.row(database, "documents", found["document"])),
               ("Đọc toàn văn / read the text", r.table_url("blocks", document=found["document"], _sort="idx"))]
    rows = await _rows(db, """SELECT id, idx, page, text FROM blocks WHERE document = :d
                              AND idx BETWEEN :i - 2 AND :i + 2 ORDER BY idx""",
                       {"d": found["document"], "i": found["idx"]})
    r.section("Đoạn văn / text", ["¶", "Trang / page", "Văn bản / text"],
              [[r.link("blocks", x["id"], x["idx"]), x["page"] or "",
                Markup("<mark>{}</mark>").format(x["text"]) if x["idx"] == found["idx"] else x["text"]]
               for x in rows])
    return r.as_dict()


RECORDS = {"persons": person_record, "units": unit_record, "awards": award_record, "documents": document_record,
           "blocks": block_record}


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    if template == "index.html":
        async def home():
            name = next((n for n in datasette.databases if not n.startswith("_")), None)
            return {"sovang_db": name}
        return home
    if template != "row.html" or request is None or (table not in RECORDS and table != "entities"):
        return None

    async def record():
        from datasette.utils import tilde_decode

        pk = tilde_decode(request.url_vars.get("pks", ""))
        db = datasette.get_database(database)
        try:
            if table == "entities":
                return {"sovang_records": await entity_records(datasette, database, db, pk)}
            one = await RECORDS[table](datasette, database, db, pk)
        except Exception as e:  # an older knowledge base without the canonical layer: the plain row page
            return {"sovang_records": [], "sovang_error": str(e)}
        return {"sovang_records": [one] if one else []}
    return record


def cell_link(datasette, database, table, pk, label):
    """A link to a record, or the plain label when there is no key."""
    if pk is None or pk == "":
        return escape(label if label is not None else "")
    return _link(datasette, database, table, pk, label if label not in (None, "") else pk)


@hookimpl(tryfirst=True)
def handle_exception(datasette, request, exception):
    """A page not found, forbidden or asked for wrongly (Datasette's ``Base400``: a mistyped address, a visitor not
    signed in on a site behind a login) answered as Datasette answers it (the error page, or its JSON for a
    ``.json`` address), without the traceback with its local variables that Datasette prints on the console for
    every error when ``rich`` is installed (newcomer, session 33: one mistyped address, 100 lines on the console,
    and on a site behind a login one for every visitor not signed in, each with the request's headers).  Any other
    error is Datasette's own handling, traceback and all (a fault to find).  Datasette runs every
    ``handle_exception`` hook, so :func:`outputs.site.register_plugin` takes its default one out: this one calls
    it.  The page is rendered by Datasette's public ``datasette.render_template`` (as its own ``forbidden`` hook
    renders a 403), with the templates and the fields ``ok``, ``error``, ``status``, ``title`` its default handler
    gives a ``Base400`` (Datasette's documented JSON error shape, docs.datasette.io "JSON API"), not a copy of that
    handler's rendering (session 34)."""
    from datasette import Response
    from datasette.handle_exception import handle_exception as datasettes
    from datasette.utils.asgi import Base400

    if not isinstance(exception, Base400):
        return datasettes(datasette, request, exception)
    info = {"ok": False, "error": exception.args[0] if exception.args else "", "status": exception.status,
            "title": None}

    async def answer():
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=exception.status)
        page = await datasette.render_template([f"{exception.status}.html", "error.html"], info, request=request)
        return Response.html(page, status=exception.status)
    return answer
