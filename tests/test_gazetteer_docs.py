"""Every rule-data file of corpora/gazetteers is documented in its README (what it holds, its source) and names
its source in its own header."""
from __future__ import annotations

import pytest

from tests.conftest import REPO

GAZETTEERS = REPO / "corpora" / "gazetteers"
DATA = sorted(p.name for p in GAZETTEERS.iterdir() if p.suffix in (".txt", ".tsv"))


def test_there_are_gazetteers():
    assert "awards.tsv" in DATA and "places.txt" in DATA


@pytest.mark.parametrize("name", DATA)
def test_gazetteer_has_a_readme_row(name):
    rows = [line for line in (GAZETTEERS / "README.md").read_text(encoding="utf-8").splitlines()
            if line.startswith(f"| {name} |")]
    assert len(rows) == 1, f"corpora/gazetteers/README.md has no row (or several) for {name}"
    cells = [c.strip() for c in rows[0].strip("|").split("|")]
    assert len(cells) == 3 and all(cells), f"{name}: the row needs what it holds and its source"


@pytest.mark.parametrize("name", DATA)
def test_gazetteer_header_names_its_source(name):
    head = [line for line in (GAZETTEERS / name).read_text(encoding="utf-8").splitlines()[:12] if line.startswith("#")]
    assert head, f"{name} starts with no '#' header"
    text = " ".join(head).lower()
    assert any(w in text for w in ("source", "compiled", "luật", "nghị", "thông tư", "chỉ thị", "hiến pháp")), name


def test_a_section_heading_missing_from_its_file_is_an_error():
    """gazetteer.section raises, naming file and heading, when no comment line opens with the heading (an edited
    heading must not silently empty the rule reading it); the headings the extractors read are all there."""
    import pytest

    from extractors.components import officials
    from extractors.gazetteer import section

    with pytest.raises(ValueError, match="positions.txt: no section headed '# No such heading'"):
        section("positions.txt", "# No such heading")
    staff = section("positions.txt", officials.STAFF_TITLES)
    assert "công chức tư pháp – hộ tịch" in {t.lower() for t in staff}
