"""An interrupted ingest said "interrupted: what was stored is complete; run the same command again to go on", not
how many files it had left (newcomer, session 30, still so in session 31): an archivist stopping a load of a
whole archive could not tell whether it had nearly finished.  The summary now counts the files not read yet."""
from __future__ import annotations

import pytest

from pipeline.ingest import Summary, ingest


def test_an_interrupted_summary_counts_the_files_left():
    summary = Summary(stored=3, interrupted=True, unread=12, dropped=2)
    assert summary.lines()[-1] == ("interrupted: what was stored is complete; 12 files not read yet (2 of them "
                                   "queued or being read when it stopped): run the same command again to read them")


def test_a_count_cut_short_is_a_floor():
    summary = Summary(interrupted=True, unread=1, unread_counted=False)
    assert summary.lines()[-1] == ("interrupted: what was stored is complete; at least 1 file (counting stopped) "
                                   "not read yet: run the same command again to read them")


def test_an_interrupt_after_the_last_file_leaves_none():
    assert Summary(interrupted=True).lines()[-1] == ("interrupted: what was stored is complete; no file was left "
                                                     "unread: run the same command again to finish")


def test_a_load_stopped_after_two_of_five_files_says_three_are_left(tmp_path):
    folder = tmp_path / "kho"
    folder.mkdir()
    for n in range(5):
        text = f"Bà Lò Thị Mai số {n} được tặng Giấy khen năm 2021.\n"
        (folder / f"tin{n}.txt").write_text(text, encoding="utf-8")
    finished = []

    def stop_after_two(path):
        finished.append(path)
        if len(finished) == 2:
            raise KeyboardInterrupt

    summary = ingest([folder], tmp_path / "kho.sqlite", workers=1, on_progress=stop_after_two)
    assert summary.interrupted and summary.stored == 2
    assert (summary.unread, summary.unread_counted, summary.dropped) == (3, True, 0)
    # the run that goes on reads exactly those three
    again = ingest([folder], tmp_path / "kho.sqlite", workers=1)
    assert (again.stored, again.known, again.interrupted) == (3, 2, False)


def test_ctrl_c_while_the_canonical_layer_is_built_ends_as_interrupted_and_the_next_run_builds_it(tmp_path,
                                                                                                   monkeypatch):
    """Ctrl-C landing after the last file was stored, while the canonical layer is built, ended the command with
    click's bare "Aborted!", exit status 1 and no summary (session 43, a load of 600 files stopped as it ended).
    The build is rolled back, the load stands: the summary says interrupted with nothing left, the layer stays
    stale, and the next run builds it."""
    import sqlite_utils

    import outputs.canonical as canonical
    from pipeline.ingest import canonical_stale

    folder = tmp_path / "kho"
    folder.mkdir()
    for n in range(3):
        (folder / f"tin{n}.txt").write_text(f"Ông Hà Văn Tư số {n} được tặng Giấy khen năm 2020.\n", encoding="utf-8")
    real_build = canonical.build

    def stopped(db):
        raise KeyboardInterrupt

    monkeypatch.setattr(canonical, "build", stopped)
    summary = ingest([folder], tmp_path / "kho.sqlite", workers=1)
    assert (summary.interrupted, summary.stored, summary.unread, summary.dropped) == (True, 3, 0, 0)
    assert summary.lines()[-1] == ("interrupted: what was stored is complete; no file was left unread: run the same "
                                   "command again to finish")
    assert canonical_stale(sqlite_utils.Database(tmp_path / "kho.sqlite"))
    monkeypatch.setattr(canonical, "build", real_build)
    again = ingest([folder], tmp_path / "kho.sqlite", workers=1)
    assert (again.stored, again.known, again.interrupted, again.layer_caught_up) == (0, 3, False, True)
    assert not canonical_stale(sqlite_utils.Database(tmp_path / "kho.sqlite"))
    # it says so (newcomer, session 43: the run said "stored 0 … already known" and nothing of the layer)
    assert again.lines()[-2:-1] == ["awards, persons and units (the canonical layer) built for what was stored "
                                    "before: an earlier run stopped before building them, or was another sovang's"]
    third = ingest([folder], tmp_path / "kho.sqlite", workers=1)  # nothing left to build: no such line
    assert not third.layer_caught_up and not any("canonical layer" in line for line in third.lines())


def test_a_first_run_on_an_empty_folder_builds_no_layer_for_earlier_documents(tmp_path):
    (tmp_path / "trong").mkdir()
    summary = ingest([tmp_path / "trong"], tmp_path / "kb.sqlite", workers=1)
    assert (summary.stored, summary.layer_caught_up) == (0, False)
