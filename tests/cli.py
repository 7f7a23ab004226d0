"""Running the real ``sovang`` CLI in tests (click's runner, in process), and waiting for ``sovang serve`` run as
a process."""
from __future__ import annotations

import json
import socket
import time

from click.testing import CliRunner

from pipeline.cli import NOTHING_FOUND, cli


def run_cli(*args) -> str:
    """The output of ``sovang ARGS…`` (each argument passed through ``str``); fails the test, showing the output,
    when the command exits non-zero."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def query_json(*args) -> list:
    """The JSON list a query command prints (``sovang awards … --format json``, ``search … --json``); fails the test
    unless the exit status agrees with it: 0 for a list with an item, ``NOTHING_FOUND`` for ``[]``."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    found = json.loads(result.stdout)
    assert result.exit_code == (0 if found else NOTHING_FOUND), result.output
    return found


def kb_of(tmp_path, docs: dict[str, str]) -> tuple[str, str]:
    """Write ``docs`` (file name → text) into ``tmp_path/docs``, ingest that folder with the real CLI into
    ``tmp_path/kb.sqlite`` and return (knowledge base path, folder path)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    run_cli("ingest", folder, "--db", db, "--workers", "1", "--quiet")
    return db, str(folder)


def free_port() -> int:
    """A localhost TCP port free now (the system's choice), for a server a test starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serving(proc, port: int, seconds: float) -> bool:
    """Wait until the server process ``proc`` (a ``subprocess.Popen``) accepts connections on localhost ``port``:
    True then; False as soon as the process has ended or ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return True
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.2)
