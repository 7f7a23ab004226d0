"""The ``sovang`` command line: a thin click layer over the Python API.

Every command that reads or writes a knowledge base takes ``--db PATH``
(default ``sovang.sqlite`` in the working folder, or ``$SOVANG_DB``).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

#: the exit status of a query that found nothing ('search' with no hit, 'who' with no person or unit, 'awards' with
#: no conferral, whatever the format; grep's convention, so a script tells "nothing" from a hit). 'failures' with
#: none exits 0: no failure is good news, not a query that failed
NOTHING_FOUND = 1

from . import __version__
from .discover import on_disk, path_text, resolved_text, spellings
from .failure_causes import OWN_BYTES_IN_WORDS
from .wording import counted, first_shown, indented

DB_HELP = "Knowledge base file (default: $SOVANG_DB or sovang.sqlite)."


def _remember_db(ctx: click.Context, _param, value):
    """Keep the ``--db`` value in the context's ``meta`` (shared with the group), so that an error SQLite raises
    anywhere in the command can name the file."""
    ctx.meta["sovang_db"] = value
    return value


def db_option(f):
    """The shared ``--db`` option."""
    return click.option("--db", "db_path", envvar="SOVANG_DB", default="sovang.sqlite", show_default=False,
                        type=click.Path(dir_okay=False), help=DB_HELP, callback=_remember_db)(f)


def _open_existing(db_path: str):
    from outputs.kb import open_db

    if not Path(db_path).exists():
        raise click.ClickException(f"no knowledge base at {db_path} (run 'sovang ingest PATH --db {db_path}' first)")
    return open_db(db_path, readonly=True)


def _open_layer(db_path: str):
    """The knowledge base at ``db_path`` opened read-only for a command that reads its canonical layer (``who``,
    ``awards``, ``export facts --canonical``).  A layer never built (the first ingest interrupted or still running)
    is a one-line error saying what to run, not "no such table: conferrals_resolved"; one older than the documents
    stored (a later ingest interrupted or still running) is read with a warning on stderr, since what those
    documents tell is not in it yet (newcomer, session 29)."""
    from outputs.canonical import layer_state

    db = _open_existing(db_path)
    state = layer_state(db)
    if state == "missing":
        raise click.ClickException(f"{db_path}: its awards, persons and units are not built yet (the ingest that "
                                   "stored its documents was interrupted, or is still running): run 'sovang ingest' "
                                   "again when none is running; what is stored is not read again")
    if state == "stale":
        click.echo(f"warning: {db_path} holds documents stored since its awards, persons and units were built (an "
                   "ingest interrupted, or still running): what they tell is not shown until an ingest ends; run "
                   "'sovang ingest' again when none is running", err=True)
    return db


class _Group(click.Group):
    """The command group: a file given as the knowledge base that is not one, or that SQLite cannot read (damaged,
    locked past the wait), is a one-line error (exit 1) naming the file in every command, not a traceback."""

    def invoke(self, ctx):
        """Run the command; :class:`outputs.kb.NotAKnowledgeBase` and :class:`sqlite3.DatabaseError` become
        :class:`click.ClickException` (exit 1, one line on stderr)."""
        import sqlite3

        from outputs.kb import NotAKnowledgeBase

        try:
            return super().invoke(ctx)
        except NotAKnowledgeBase as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(sqlite_error_message(ctx.meta.get("sovang_db"), exc)) from None


#: below this many bytes free beside a knowledge base, SQLite cannot make its ``-wal`` and ``-shm`` files there (the
#: ``-shm`` alone takes 32 KiB), and a "disk I/O error" is that, not a damaged file
ROOM_FOR_WAL = 1 << 20


def sqlite_error_message(db: str | None, exc: Exception) -> str:
    """The one line an SQLite error ``exc`` of a command on knowledge base ``db`` (None: not known) prints.

    A full disk says so, and that what was stored is kept (newcomer, session 28).  A "disk I/O error" on a disk with
    less than :data:`ROOM_FOR_WAL` bytes free is the same cause met earlier: SQLite could not create the ``-wal`` or
    ``-shm`` file beside the knowledge base, which even reading it needs (newcomer, session 29: it said "the
    knowledge base cannot be used: disk I/O error", as if the file were damaged); not on a medium mounted read-only,
    which reports no free bytes (:func:`_read_only_medium`): that error is SQLite's own.  "database is locked": another
    writer kept the knowledge base past the 30 s every command waits, reading or writing
    (:data:`outputs.kb.BUSY_TIMEOUT`; a second ``ingest`` at once: newcomer, session 30).
    Anything else: "the knowledge base cannot be used: <SQLite's words>"."""
    if not db:
        return f"SQLite error: {exc}"
    if "disk is full" in str(exc):  # not damaged: what was committed before stays
        return (f"{db}: the disk is full ({exc}): what was stored before is kept; free some space and run the same "
                "command again")
    if str(exc) == "database is locked":  # another writer held it past our wait (outputs.kb.BUSY_TIMEOUT)
        from outputs.kb import BUSY_TIMEOUT
        return (f"{db}: another command is writing to it (an ingest, a correction) and kept it longer than the "
                f"{BUSY_TIMEOUT:g} s this one waits (database is locked): run this command again when that one has "
                "ended")
    if "disk I/O error" in str(exc) and _free_bytes(db) < ROOM_FOR_WAL and not _read_only_medium(db):
        name = Path(db).name
        return (f"{db}: no room on its disk for the working files SQLite keeps beside it ({name}-wal, {name}-shm), "
                f"which reading it needs too ({exc}); the knowledge base is not damaged: free some space there, or "
                "copy it where there is room")
    return f"{db}: the knowledge base cannot be used: {exc}"


def _read_only_medium(db: str) -> bool:
    """True when ``db``'s folder lies on a file system mounted read-only (a disc, a read-only share or image), which
    reports no free bytes whatever it holds: a "disk I/O error" there is not a full disk (newcomer, session 30: a
    real read error on such a medium was reported as "no room").  False when it cannot be told."""
    try:
        return bool(os.statvfs(Path(db).resolve().parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # (no statvfs on Windows)
        return False


def _free_bytes(db: str) -> int:
    """Bytes free to this user on the disk of ``db``'s folder (a very large number when that cannot be told)."""
    import shutil

    try:
        return shutil.disk_usage(Path(db).resolve().parent).free
    except OSError:
        return 1 << 62


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sovang")
def cli():
    """sovang (sổ vàng): extract units, officials, campaigns and awards from
    Vietnamese reports, decisions and news into a searchable SQLite knowledge base."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: number of cores).")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any file failed, one skipped as failed before "
              "for its own bytes too.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary.")
@click.option("--force", is_flag=True, help="Re-read and re-extract content already stored (after an upgrade).")
@click.option("--retry-failed", is_flag=True, help="Read again the files that failed before for their own bytes "
              f"({OWN_BYTES_IN_WORDS}) and are unchanged; without it they are skipped and counted.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where reading and extraction run: a local process pool, or a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); without it, "
              "--executor dask starts a LocalCluster of --workers processes.")
@click.option("--send-bytes", is_flag=True, help="With --executor dask: send file bytes to the workers "
              "(for workers without the files on shared storage).")
@click.option("--keep-originals", type=click.Path(file_okay=False), default=None,
              help="Copy each ingested file into this content-addressed store (DIR/ab/abcdef…, by sha256).")
def ingest(paths, db_path, workers, strict, quiet, force, retry_failed, executor, scheduler, send_bytes,
           keep_originals):
    """Read files and folders (walked recursively) into the knowledge base.

    Content already stored (same sha256) is skipped; a file that cannot be read
    is stored as failed with its reason and the batch goes on. Exit status is 0
    when every file was stored or reported, 1 with --strict when any failed (a skipped known failure too).
    Ctrl-C or SIGTERM (kill PID) stops the load: what is stored stays complete,
    the summary says "interrupted" and how many files it left, the exit status is 130; run the same
    command again to go on. A file that failed for its own bytes (empty, corrupt, of a type sovang does not
    read) is read again only when it changed, or with --retry-failed. Progress goes to stderr: a bar on a
    terminal, else a line every 100 documents (a file, or an article of a JSON Lines file) or 60 s, and the pages of a
    long OCR (none with --quiet).
    """
    from .ingest import ingest as run
    from .ocr_progress import shown

    show_bar = sys.stderr.isatty() and not quiet
    done = 0
    lines = ProgressLines()

    def tick(path):
        nonlocal done
        done += 1
        if show_bar:
            click.echo(f"\r{counted(done, 'document')}  {path[-60:]:<60}", nl=False, err=True)
        elif line := lines.due(done, path):
            click.echo(line, err=True)

    paths = tuple(on_disk(p) for p in paths)  # a name typed in composed letters, the file's in decomposed (a Mac's)
    if not any(Path(p.split("#")[0]).exists() or Path(p).is_symlink() for p in paths):
        raise click.ClickException("nothing to ingest: no such file or folder: " + ", ".join(paths))
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    if send_bytes and executor != "dask":  # the local pool's workers read the files themselves
        raise click.UsageError("--send-bytes needs --executor dask")
    if executor == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:  # before the knowledge base is created or opened
            from .executors import dask_missing

            raise click.ClickException(f"--executor dask {dask_missing()}") from None
    with shown(not quiet, several=len(paths) > 1):  # a long OCR's pages on stderr too, from the workers
        summary = run(paths, db_path, workers=workers, on_progress=None if quiet else tick, force=force,
                      executor=executor, scheduler=scheduler, send_bytes=send_bytes, keep_originals=keep_originals,
                      retry_failed=retry_failed)
    if show_bar:
        click.echo("", err=True)
    for line in summary.lines():
        click.echo(line)
    click.echo(f"knowledge base: {db_path}  (browse it: {_program()} serve {db_path})")
    if summary.interrupted:
        sys.exit(130)
    if strict and summary.failing:
        sys.exit(1)


class ProgressLines:
    """The progress of an ingest whose stderr is no terminal (piped, to a file, under nohup): a plain line every
    ``DOCUMENTS`` documents or ``SECONDS`` seconds, whichever comes first ("progress: 200 documents done in 95 s;
    last: q3/bao_cao.docx"), where a terminal gets a bar redrawn in place (newcomer, session 31: an ingest run under
    nohup said nothing for minutes). A document is a file or one article of a JSON Lines file, as the summary counts
    them (a .jsonl of 5,000 articles was counted "5000 files", session 37)."""

    #: a line after this many documents since the last one …
    DOCUMENTS = 100
    #: … or after this many seconds since the last one (or since the start), at the next document finished
    SECONDS = 60.0

    def __init__(self) -> None:
        self._start = self._last = time.monotonic()
        self._last_done = 0

    def due(self, done: int, path: str) -> str | None:
        """The line to print now that ``done`` documents are finished, the last one ``path``; None when none is due."""
        now = time.monotonic()
        if done - self._last_done < self.DOCUMENTS and now - self._last < self.SECONDS:
            return None
        self._last, self._last_done = now, done
        return f"progress: {counted(done, 'document')} done in {now - self._start:.0f} s; last: {path}"


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
def forget(paths, db_path):
    """Remove documents (files, folders, or paths as stored) and their facts from the knowledge base."""
    from outputs.canonical import build
    from outputs.kb import AmbiguousPath, Writer, open_db

    if not Path(db_path).exists():
        raise click.ClickException(f"no knowledge base at {db_path}")
    writer = Writer(open_db(db_path))
    removed = []
    unmatched = []
    for p in paths:
        file, _, article = p.partition("#")
        file = on_disk(file)  # a name typed in composed letters, the file's in decomposed ones (copied from a Mac)
        absolute = resolved_text(file) + ("#" + article if article else "")
        if Path(file).exists():
            found = writer.forget(absolute)
        else:
            # a file deleted or renamed since: the path as stored, else relative to the working folder, in each
            # Unicode normal form (a Mac's file names are stored with decomposed letters)
            found, ambiguous = [], None
            for target in dict.fromkeys(s for t in (path_text(p), absolute) for s in spellings(t)):
                try:
                    found = writer.forget(target)
                except AmbiguousPath as exc:  # the same relative path in two ingest folders: the full one may tell
                    ambiguous = ambiguous or exc
                    continue
                if found:
                    break
            if not found and ambiguous:
                click.echo(f"Error: {ambiguous}", err=True)
                continue
        removed += found
        if not found:
            unmatched.append(p)
    writer.close()
    build(writer.db)
    for r in removed:
        click.echo(f"forgot {r}")
    for p in unmatched:
        click.echo(f"no stored path matches {p} (give it as `sovang failures` or the ingest summary names it, or "
                   f"its full path)", err=True)
    click.echo(f"{counted(len(removed), 'path')} removed")
    if not removed:
        sys.exit(1)


@cli.group()
def export():
    """Export data from the knowledge base."""


@export.command("facts")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file (default: standard output).")
@click.option("--root", type=click.Path(file_okay=False), default=None,
              help="Only documents within this folder (a folder given to ingest, or one under it).")
@click.option("--canonical", is_flag=True, help="Add canonical names and ids beside the names as written.")
def export_facts(db_path, output, root, canonical):
    """Write facts as JSON Lines, one line per document path: {"document", "units", "officials": [{"name",
    "position", "unit"}], "campaigns", "awards": [{"recipient", "recipient_type", "award", "year", "status"}]}, the
    format the evaluation's gold files use."""
    from outputs.export import KINDS, paths_in_folder, write_facts

    db = _open_layer(db_path) if canonical else _open_existing(db_path)
    root = resolved_text(root) if root else None
    if root:  # checked before the output file is created
        _warn_unknown_root(db, root, paths_in_folder(db, root))
    if output == "-":
        n = write_facts(db, sys.stdout, root, canonical)
    else:
        counts: dict = {}
        with open(output, "w", encoding="utf-8") as fh:
            n = write_facts(db, fh, root, canonical, counts)
        facts = ", ".join(counted(counts.get(kind, 0), kind[:-1], kind) for kind in KINDS)
        click.echo(f"{written_lines(n, counts['documents'])} written to {output}: {facts}", err=True)
    _warn_unknown_root(db, root, n)


def written_lines(lines: int, documents: int) -> str:
    """What ``export facts -o`` wrote, a line per stored path: "11 documents" when each path holds a document of its
    own, else the paths and the documents apart, "49 paths (45 documents: 4 paths hold a copy of another's content,
    each line with its facts)", so that the count agrees with the ingest's "documents stored" (a newcomer, session
    34, read 49 documents written after 45 stored, the copies' facts counted on each of their lines)."""
    if lines == documents:
        return counted(lines, "document")
    copies = lines - documents
    return (f"{counted(lines, 'path')} ({counted(documents, 'document')}: {counted(copies, 'path')} "
            f"{'holds' if copies == 1 else 'hold'} a copy of another's content, each line with its facts)")


def _program() -> str:
    """The command as the user can type it again: "sovang" when that is on PATH, else the path it was run by
    (".venv/bin/sovang" after ``make demo``, found by a newcomer)."""
    import shutil

    run = sys.argv[0] if sys.argv else ""
    if os.path.basename(run) != "sovang" or os.sep not in run or shutil.which("sovang") == os.path.abspath(run):
        return "sovang"
    rel = os.path.relpath(run)
    return run if rel.startswith("..") else rel


def _warn_unknown_root(db, root: str | None, n: int) -> None:
    """Say on stderr when ``--root`` selected nothing, and exit with status 1 (so a script sees that nothing was
    exported): it must be a folder given to ``sovang ingest`` or one under it; the known roots are listed."""
    if root and not n:
        known = [r for (r,) in db.execute("SELECT DISTINCT root FROM document_paths ORDER BY root")]
        click.echo(f"no stored document lies in {root}: --root takes a folder given to 'sovang ingest' or one under "
                   f"it (known: {', '.join(known) or 'none'})", err=True)
        raise SystemExit(1)


@export.command("text")
@db_option
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write DIR/<document path>.txt into (created if missing).")
@click.option("--root", type=click.Path(file_okay=False), default=None,
              help="Only documents within this folder (a folder given to ingest, or one under it).")
def export_text(db_path, out_dir, root):
    """Write each stored document's normalised Unicode text to DIR/<document path>.txt."""
    from outputs.text_export import export_text as run, failed_left_out

    from outputs.export import paths_in_folder

    db = _open_existing(db_path)
    root = resolved_text(root) if root else None
    if root:  # checked before the output folder is created
        _warn_unknown_root(db, root, paths_in_folder(db, root))
    try:
        n = run(db, out_dir, root)
    except OSError as exc:  # a full disk, a folder that cannot be written: one line, not a traceback
        raise click.ClickException(f"cannot write {exc.filename or out_dir}: {exc.strerror or exc}") from None
    failed = failed_left_out(db, root)
    click.echo(f"{counted(n, 'text file')} written to {out_dir}" + (f"; {counted(failed, 'failed file')} left out, "
               f"no text read ('sovang failures' lists them)" if failed else ""), err=True)
    _warn_unknown_root(db, root, n)


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Number of results.")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.option("--exhaustive", is_flag=True,
              help="Rank every matching block, not only the 2,000 most recently stored (slower for common words).")
@click.option("--per-document", type=click.IntRange(min=0), default=3, show_default=True,
              help="Results of one document at most (its best; 0: no limit), so one long document does not fill "
                   "the list.")
def search(query, db_path, limit, as_json, exhaustive, per_document):
    """Full-text search, diacritic-insensitive ("dang" finds "Đặng"), ranked."""
    from outputs.search import fts_query, search as run

    if not fts_query(query):  # "" or only punctuation: a mistake, not a search that found nothing
        raise click.UsageError(f"nothing to search for: {query!r} holds no word")
    hits = run(_open_existing(db_path), query, limit, exhaustive=exhaustive, per_document=per_document)
    if as_json:
        click.echo(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=1))
    elif not hits:
        click.echo("no results")
    if not hits:  # found nothing: exit status 1, as 'who' gives (and grep)
        sys.exit(NOTHING_FOUND)
    if as_json:
        return
    for h in hits:
        where = f"{h.path}" + (f" p.{h.page}" if h.page else "") + f" #{h.block}" + \
            (f" (older version, replaced {h.replaced[:10]})" if h.replaced else "") + \
            (f" (same file also at {', '.join(h.paths[1:])})" if h.paths and len(h.paths) > 1 else "")
        click.echo(f"{where}  {h.title or ''}".rstrip())
        click.echo(indented("    ", h.sentence))
        if h.more_in_document:
            click.echo(f"    … and {counted(h.more_in_document, 'more matching block')} in this document "
                       "(--per-document 0 shows them all)")


@cli.command(context_settings={"ignore_unknown_options": False})
@click.argument("kb", required=False, type=click.Path(dir_okay=False))
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", "-p", type=int, default=8001, show_default=True, help="Port.")
@click.option("--immutable", is_flag=True, help="Serve a published copy that nothing writes (faster).")
@click.option("--metadata", "extra_metadata", type=click.Path(exists=True, dir_okay=False), default=None,
              help="JSON merged into the generated metadata (e.g. plugin settings, permissions).")
def serve(kb, db_path, host, port, immutable, extra_metadata):
    """Open the knowledge base in Datasette, read-only (KB positionally or --db)."""
    from outputs.kb import read_only_media
    from outputs.site import port_taken, prepare, serve_args

    path = kb or db_path
    click.get_current_context().meta["sovang_db"] = path  # an SQLite error names the file served, not --db's
    _open_existing(path).conn.close()
    if not immutable and read_only_media(path):  # nothing can write it there, and Datasette could not open it
        immutable = True
        click.echo(f"{path} lies in a read-only folder: served as --immutable", err=True)
    if extra_metadata:
        from outputs.site import usable_metadata

        try:
            usable_metadata(extra_metadata)
        except ValueError as exc:
            raise click.ClickException(f"--metadata {exc}")
    reason = port_taken(host, port)  # before prepare, which may rewrite views and rebuild the canonical layer
    if reason:
        raise click.ClickException(f"cannot serve on {host}:{port}: {reason} (another server may hold the port: "
                                   f"choose another with --port)")
    if prepare(path, immutable=immutable):
        click.echo("views and indexes brought up to date" if not immutable else
                   "warning: this knowledge base was written by an older sovang; some pages may fail", err=True)
    args = serve_args(path, host=host, port=port, immutable=immutable, extra_metadata=extra_metadata)
    click.echo(f"starting Datasette on http://{host}:{port}/  (it answers once Uvicorn says it is running; "
               f"Ctrl-C to stop)", err=True)
    os.execv(sys.executable, [sys.executable, "-m", "outputs.site", *args])


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON.")
def failures(db_path, as_json):
    """Files that failed or were read in part, with the reason, under each folder given to ingest ("in /kho:")
    by their path within it, as the ingest summary names them; a failed version that a fixed file at the same
    path replaced is listed as superseded, with the status of the version the path holds now."""
    import json

    from outputs.queries import failures as run, format_failures

    rows = run(_open_existing(db_path))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if not rows:
        click.echo("no failed or partial document")
        return
    click.echo(format_failures(rows))


@cli.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="At most N persons and N units.")
def who(name, db_path, as_json, limit):
    """A person's or unit's record: names, positions, awards by year with sources, hints."""
    from outputs.queries import format_record, names_also_containing, to_json, who_page

    if not any(ch.isalnum() for ch in name):  # "" or only punctuation: a mistake, as `search` says, not "nobody"
        raise click.UsageError(f"nothing to look up: {name!r} holds no letter of a name")
    db = _open_layer(db_path)
    records, cut = who_page(db, name, limit)
    if not records:
        click.echo(f"no person or unit matches {name!r}")
        sys.exit(NOTHING_FOUND)
    for kind in cut:  # on stderr, so that --json stays one JSON value
        click.echo(f"more than {counted(limit, kind)} match {name!r}: {first_shown(limit)}; "
                   f"type more of the name or raise --limit", err=True)
    for kind, (n, first) in names_also_containing(db, name, records).items():
        if kind not in cut:
            click.echo(f"also {counted(n, kind)} whose name contains {name!r} ({', '.join(first)}"
                       f"{', …' if n > len(first) else ''}): type more of the name to see "
                       f"{'it' if n == 1 else 'them'}", err=True)
    if as_json:
        click.echo("[" + ",\n".join(to_json(r) for r in records) + "]")
        return
    click.echo("\n\n".join(format_record(r) for r in records))


@cli.command()
@db_option
@click.option("--award", help="Award name contains (diacritics optional), e.g. 'huan chuong lao dong'; "
                             "short forms too, e.g. 'HCLĐ'.")
@click.option("--year", type=int, help="Year conferred or proposed.")
@click.option("--unit", help="Awards connected to a unit or place, diacritics and abbreviations optional ('nghe an', "
              "'UBND tinh Ha Tinh'): by the recipient (a unit, a unit under it, a person's unit) or the conferrer "
              "(the body that gives it, or the issuing body of its decision); a province matches its successor "
              "too. The README's 'sovang awards' tells how each is matched.")
@click.option("--recipient", help="Recipient's name: the words typed, whole and in order (others between them "
              "allowed), diacritics optional, either i/y spelling ('ho si hung' finds Hồ Sỹ Hùng); typed with "
              "diacritics it keeps the names that carry them when any does.")
@click.option("--decision", help="The decision that conferred (or proposed, or revoked) it: its number whole or its "
              "first parts, diacritics optional ('38/QĐ-VKSTC', '38/qd-vkstc', '38/QD'; 'Quyết định số' before it "
              "allowed).")
@click.option("--status", type=click.Choice(["conferred", "proposed", "revoked"]),
              help="Status; a revoked award stays 'conferred' (as the evaluation's annotation rules count it) and is "
                   "also listed by 'revoked'.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "excel", "json"]), default="table",
              show_default=True,
              help="Output format. 'excel': the CSV with a UTF-8 byte-order mark, which Excel needs to show the "
                   "diacritics of a .csv opened by a double click (plain 'csv' for scripts).")
@click.option("--distinct", is_flag=True,
              help="One row per recipient, award, year and status: a conferral told by several documents (a "
                   "decision and the news of it) once, with how many tell it (tellings) and the others' paths "
                   "(other_documents).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="At most N rows (default: all); when more match, a line on stderr says so.")
def awards(db_path, award, year, unit, recipient, decision, status, fmt, distinct, limit):
    """Who received which award: conferrals with decision, document, sentence, conferrer and stable ids."""
    import csv

    from outputs.queries import (AWARD_COLUMNS, DISTINCT_COLUMNS, awards as run, distinct_conferrals, told_by,
                                 further_revocations_text, posthumous_label, revocation, with_boolean_flags,
                                 with_copies)

    fetch = None if limit is None else limit + 1  # one row more than shown tells whether --limit left rows out
    rows = run(_open_layer(db_path), award=award, year=year, unit=unit, recipient=recipient, status=status,
               decision=decision, limit=None if distinct else fetch)
    if distinct:
        rows = distinct_conferrals(rows)
    cut = limit is not None and len(rows) > limit
    rows = rows[:limit]
    if cut:  # on stderr, so that --format json and csv stay whole
        click.echo(f"more than {counted(limit, 'distinct conferral' if distinct else 'conferral')} match: "
                   f"{first_shown(limit)}; narrow the filters or raise --limit", err=True)
    if fmt == "json":
        click.echo(json.dumps(with_boolean_flags(rows), ensure_ascii=False, indent=1))
    elif fmt in ("csv", "excel"):
        if fmt == "excel":  # Excel reads a .csv in the Windows code page unless it opens on this mark
            sys.stdout.write("\ufeff")
        writer = csv.DictWriter(sys.stdout, fieldnames=AWARD_COLUMNS + (DISTINCT_COLUMNS if distinct else []))
        writer.writeheader()
        writer.writerows({**r, "further_revocations": further_revocations_text(r)} for r in rows)
    else:
        for r in rows:
            flags = ", ".join(x for x in (r["status"], f"QĐ {r['decision']}" if r["decision"] else "",
                                           revocation(r)) if x)
            click.echo(f"{r['year'] or '----'}  {r['recipient']}  ←  {r['award']}{posthumous_label(r)}  ({flags})  "
                       f"[{r['key']}] {with_copies(r)}" + (f"  (told by {told_by(r)} documents; also "
                                                            f"{r['other_documents']})" if r.get("other_documents")
                                                            else ""))
        click.echo(counted(len(rows), "conferral"), err=True)
    if not rows:  # found nothing: exit status 1, as 'search' and 'who' give
        sys.exit(NOTHING_FOUND)


@cli.group()
def correct():
    """Corrections by staff, kept apart from extracted data and re-applied after every ingest."""


def _open_for_correction(db_path):
    """The knowledge base at ``db_path`` opened for writing; a ClickException when there is none."""
    from outputs.kb import open_db

    if not Path(db_path).exists():
        raise click.ClickException(f"no knowledge base at {db_path}")
    return open_db(db_path)


def _correction(db_path, **fields):
    from outputs.canonical import add_correction

    try:
        n = add_correction(_open_for_correction(db_path), **fields)
    except ValueError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"correction {n} recorded and applied")


def _login_name() -> str:
    """$USER, else the login name of the process (getpass: LOGNAME, USER, LNAME, USERNAME, the password
    database); "unknown" when none is set."""
    import getpass

    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _author_options(f):
    f = click.option("--by", "author", default=_login_name, show_default="$USER, else the login name",
                     help="Who makes the correction.")(f)
    f = click.option("--note", default=None, help="Why.")(f)
    return f


@correct.command("merge")
@click.argument("kind", type=click.Choice(["person", "unit"]))
@click.argument("target")
@click.argument("other")
@db_option
@_author_options
def correct_merge(kind, target, other, db_path, author, note):
    """Join OTHER into TARGET (person ids P…, unit ids U…, as shown by 'sovang who')."""
    _correction(db_path, action="merge", kind=kind, target=target, other=other, author=author, note=note)


@correct.command("split")
@click.argument("person")
@click.argument("document")
@db_option
@_author_options
def correct_split(person, document, db_path, author, note):
    """Take the mentions of PERSON in DOCUMENT (its path as 'sovang who' lists it, or its sha256) out into a person
    of their own."""
    _correction(db_path, action="split", kind="person", target=person, other=document, author=author, note=note)


@correct.command("reject")
@click.argument("conferral")
@db_option
@_author_options
def correct_reject(conferral, db_path, author, note):
    """Reject a conferral (its key C…, as shown by 'sovang awards'): a wrong extraction."""
    _correction(db_path, action="reject", kind="conferral", target=conferral, author=author, note=note)


@correct.command("fix")
@click.argument("conferral")
@click.argument("field", type=click.Choice(["year", "status", "decision", "decision_date", "recipient", "award"]))
@click.argument("value")
@db_option
@_author_options
def correct_fix(conferral, field, value, db_path, author, note):
    """Set FIELD of a conferral (its key C…) to VALUE.

    VALUE is checked before anything is stored: year a whole number from 1945 to next year; status conferred or
    proposed (a revoked award stays conferred); decision_date a date written YYYY-MM-DD; decision, recipient and
    award not empty. An empty VALUE ("") clears year, decision or decision_date."""
    _correction(db_path, action="fix", kind="conferral", target=conferral, field=field, value=value, author=author,
                note=note)


def _describe_correction(c: dict) -> str:
    what = " ".join(str(x) for x in (c["action"], c["kind"], c["target"], c["other"], c["field"]) if x)
    value = f" {c['value']!r}" if c["value"] is not None else ""
    note = f"  ({c['note']})" if c["note"] else ""
    return f"{c['id']:>4}  {what}{value}  by {c['author']} at {c['created_at']}{note}"


@correct.command("list")
@db_option
def correct_list(db_path):
    """List the stored corrections with their numbers (for 'sovang correct undo N')."""
    from outputs.canonical import list_corrections
    from outputs.kb import read_only_media

    # on read-only media the list is read as it is stored (a knowledge base there cannot be brought up to date)
    db = _open_existing(db_path) if read_only_media(db_path) else _open_for_correction(db_path)
    rows = list_corrections(db)
    for c in rows:
        click.echo(_describe_correction(c))
    click.echo(counted(len(rows), "correction"), err=True)


@correct.command("undo")
@click.argument("number", type=int)
@db_option
def correct_undo(number, db_path):
    """Withdraw correction NUMBER (as printed when it was made, or by 'sovang correct list'): it is deleted and the
    canonical layer rebuilt without it."""
    from outputs.canonical import withdraw_correction

    try:
        row = withdraw_correction(_open_for_correction(db_path), number)
    except ValueError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"withdrawn: {_describe_correction(row)}")


@cli.command()
@click.argument("root", type=click.Path(exists=True, file_okay=False))
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold facts: JSON Lines, one object per document in the format 'sovang export facts' writes.")
@click.option("--ner/--no-ner", default=True, show_default=True,
              help="Also score underthesea's generic NER (PER → officials, ORG → units), side by side.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: number of cores).")
@click.option("--show-errors", is_flag=True, help="List every missed and spurious fact.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None,
              help="Also write the full result (with errors) to this JSON file.")
def evaluate(root, gold, ner, workers, show_errors, json_out):
    """Ingest ROOT into a temporary knowledge base and score its facts against --gold."""
    from outputs.evaluation import evaluate_root
    from outputs.scoring import table

    ev = evaluate_root(root, gold, workers=workers, ner=ner)
    if show_errors:
        for doc, kind, what, item in ev.result["errors"]:
            click.echo(f"{what:8} {kind:9} {doc}: {json.dumps(item, ensure_ascii=False)}")
    click.echo(f"documents: {ev.documents[1]} in gold, {ev.documents[0]} of them in pred; ingest {ev.seconds:.1f} s")
    click.echo("sovang:")
    for line in table(ev.result):
        click.echo("  " + line)
    if json_out:
        Path(json_out).write_text(json.dumps(ev.result, ensure_ascii=False, indent=1), encoding="utf-8")
    if ev.baseline:
        click.echo("underthesea NER (PER → officials, ORG → units):")
        for line in table(ev.baseline):
            click.echo("  " + line)


if __name__ == "__main__":  # pragma: no cover
    cli()
