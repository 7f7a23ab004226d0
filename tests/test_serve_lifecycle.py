"""``sovang serve`` before and after the server runs (newcomer's findings, session 23): a port already held is
refused with a clear error before anything is announced or written, and the metadata folder the command writes in
the temporary folder is removed when the server stops."""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.cli import free_port, kb_of, serving

REPO = Path(__file__).resolve().parents[1]
NEWS = "Ngày 3/5/2024, ông Trần Văn Nam, Giám đốc Sở Y tế tỉnh Nghệ An, được tặng Bằng khen của Bộ Y tế."


def _made(tmp: Path) -> list[Path]:
    return sorted(tmp.glob("sovang-site-*"))


def test_a_port_in_use_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    with sqlite3.connect(db) as conn:  # as an older sovang left it: serve would write the view back (prepare)
        conn.execute("DROP VIEW document_types")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", db, "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot serve on 127.0.0.1:{port}: Address already in use" in result.output
    assert "starting Datasette" not in result.output
    assert _made(scratch) == []
    with sqlite3.connect(db) as conn:  # the port was refused before prepare wrote anything (second reader, s. 24)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'document_types'").fetchone()[0] == 0


def test_the_metadata_folder_is_removed_when_the_server_stops(tmp_path):
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    port = free_port()
    env = dict(os.environ, TMPDIR=str(scratch), PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", db, "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert serving(proc, port, 120), "sovang serve did not start"
        assert len(_made(scratch)) == 1  # written while it runs
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert _made(scratch) == []


def test_a_metadata_file_that_is_no_json_object_is_one_line_naming_it(tmp_path):
    # a newcomer (session 26): a hand-written metadata file with a typo gave a 41-line traceback, a list an
    # AttributeError
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    bad, listed = tmp_path / "bad.json", tmp_path / "list.json"
    bad.write_text('{"title": "Kho"\n  "x": 1}', encoding="utf-8")
    listed.write_text("[1, 2]", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", db, "--port", str(free_port()), "--metadata", str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == (f"Error: --metadata {bad}: not JSON: Expecting ',' delimiter at line 2, "
                                     f"column 3")
    result = CliRunner().invoke(cli, ["serve", db, "--port", str(free_port()), "--metadata", str(listed)])
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: --metadata {listed}: a JSON object {{…}} is needed (as Datasette's "
                                     f"metadata.json), not a list")


def test_a_metadata_file_setting_a_plugin_not_installed_is_refused_saying_how_to_install_it(tmp_path, monkeypatch):
    # a newcomer (session 33): the LAN example's plugin installed by another Python's pip, the site answered 403 to
    # every page and had no login page
    monkeypatch.setattr(os, "execv", lambda *args: sys.exit("served"))  # not refused: the test fails, never serves
    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    lan = tmp_path / "lan.json"
    lan.write_text('{"allow": {"id": "staff"}, "databases": {"kb": {"plugins": {"datasette_khong_co": {}}}},'
                   ' "plugins": {"datasette-search-all": {}}}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", db, "--port", str(free_port()), "--metadata", str(lan)])
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: --metadata {lan}: it sets the Datasette plugin datasette-khong-co, "
                                     f"not installed in the Python sovang runs in: install with '{sys.executable} "
                                     f"-m pip install datasette-khong-co' (a pip of another Python does not reach "
                                     f"it)")


def test_only_plugins_objects_where_datasette_reads_them_name_plugins(tmp_path):
    # review (session 33): a database or table named "plugins" had its settings read as plugins to install
    import json

    from outputs.site import usable_metadata

    meta = {"databases": {"plugins": {"allow": {"id": "staff"}, "tables": {"plugins": {"sort": "id"}}}},
            "plugins": {"datasette_search_all": {}}}
    path = tmp_path / "meta.json"
    path.write_text(json.dumps(meta), encoding="utf-8")
    assert usable_metadata(path) == meta
    meta["databases"]["plugins"]["tables"]["plugins"]["plugins"] = {"datasette-bang-khen": {}}  # a table's plugin
    path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="it sets the Datasette plugin datasette-bang-khen, not installed"):
        usable_metadata(path)


def test_a_port_taken_after_the_check_is_said_as_the_check_says_it(tmp_path):
    # a newcomer, session 27: another server took the port between serve's check and Uvicorn's bind; Uvicorn's
    # "[Errno 98]" and exit status 3 came out. The race is played by running what serve execs (python -m
    # outputs.site) while this test holds the port.
    from outputs.site import serve_args

    db, _ = kb_of(tmp_path, {"tin.txt": NEWS})
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        args = serve_args(db, port=port)
        done = subprocess.run([sys.executable, "-m", "outputs.site", *args], env=env, capture_output=True,
                              text=True, timeout=120)
    assert done.returncode == 1
    assert (f"Error: cannot serve on 127.0.0.1:{port}: Address already in use (another server took the port while "
            f"this one started: choose another with --port)") in done.stderr
    assert not Path(args[args.index("--metadata") + 1]).parent.exists()  # the metadata folder is removed
