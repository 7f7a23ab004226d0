"""The wheel carries the import packages and the gazetteers they need at run time."""
from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import REPO


def test_wheel_ships_gazetteers(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(tmp_path), str(REPO)], check=True)
    wheel = next(tmp_path.glob("sovang-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    gazetteers = sorted(p.name for p in (REPO / "corpora" / "gazetteers").iterdir()
                        if p.suffix in {".tsv", ".json", ".txt", ".md"})
    assert gazetteers, "no gazetteer files found"
    for name in gazetteers:
        assert f"corpora/gazetteers/{name}" in names
    for module in ("pipeline/cli.py", "extractors/__init__.py", "outputs/kb.py", "pipeline/readers/txt.py"):
        assert module in names
    assert not any(n.startswith("corpora/samples/") for n in names), "the sample corpus stays in the repository"
    assert not any(n.startswith("tests/") for n in names)
