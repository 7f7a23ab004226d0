"""Shared fixtures. ``shared_dir``: the third-party corpora beside the clone (../shared);
``soffice``: LibreOffice for the old office formats and office-made PDFs.

Tests that need it skip when it is missing, except under ``CI=true``, where
they fail loudly: CI always has ../shared beside the clone.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Path of ../shared; skip (or fail under CI=true) when it is missing."""
    if not (SHARED / "corpora").is_dir():
        message = f"{SHARED} is missing: the tests that read the shared corpora need it beside the clone"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return SHARED


@pytest.fixture
def soffice() -> None:
    """LibreOffice's ``soffice`` on PATH; skip (or fail under CI=true, where .ci/run installs it) when missing."""
    from pipeline.readers import office

    if office.soffice_path() is None:
        message = "LibreOffice missing (libreoffice-writer-nogui)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
