"""``sovang who`` matches the words typed whole: a word is never found as a piece of another word, and a word typed
twice must be in the name twice.  Found by the newcomer of session 40: ``who "an giang"`` listed the persons "Hàn
Giang" and "Phan Văn Giang" ("an" inside "han", "phan"), ``who "nguyen van an"`` ten persons none of whom is named
An ("an" inside "nguyen"), and ``who "tran van van"`` a school named after "Trần Văn Bảy" ("van" counted once).
Names of our own; the expected ids worked out by hand."""
from __future__ import annotations

import pytest
import sqlite_utils

from outputs.queries import find, holds_every_word, names_also_containing

PERSONS = {"P1": ("Phan Giang Hà", "phan giang ha"), "P2": ("Trần Văn Mạnh", "tran van manh"),
           "P3": ("Trần Văn Anh", "tran van anh"), "P4": ("Lê Văn Vân", "le van van")}
UNITS = {"U1": ("Hội Nông dân xã Tân Giang", "hoi nong dan xa tan giang"),
         "U2": ("Sở Y tế tỉnh An Giang", "so y te tinh an giang"),
         "U3": ("Trường Tiểu học Lê Văn Bảy", "truong tieu hoc le van bay")}


@pytest.fixture()
def db(tmp_path):
    db = sqlite_utils.Database(tmp_path / "kb.sqlite")
    db["persons"].insert_all([{"id": i, "canonical_name": n, "folded": f} for i, (n, f) in PERSONS.items()])
    db["units"].insert_all([{"id": i, "canonical_name": n, "folded": f} for i, (n, f) in UNITS.items()])
    db["entities"].create({"id": int, "kind": str, "folded": str})  # no merged names
    db["person_documents"].create({"entity": int, "document": str, "person": str})
    return db


def test_a_place_typed_finds_no_name_holding_it_inside_a_word(db):
    assert find(db, "an giang") == [("unit", "U2")]


def test_a_name_absent_finds_no_name_whose_words_hold_its_letters(db):
    assert find(db, "tran van an") == []  # neither "Mạnh" nor "Anh" is "An"
    assert find(db, "tran van anh") == [("person", "P3")]


def test_a_word_typed_twice_must_be_there_twice(db):
    assert find(db, "van le van") == [("person", "P4")]  # every word, in any order: the school has one "van"
    assert holds_every_word("truong tieu hoc le van bay", "le van van") == 0
    assert holds_every_word("le van van", "van le van") == 1


def test_the_longer_names_counted_hold_the_words_whole(db):
    assert names_also_containing(db, "giang", []) == {"person": (1, ["Phan Giang Hà"]),
                                                      "unit": (2, ["Sở Y tế tỉnh An Giang",
                                                                   "Hội Nông dân xã Tân Giang"])}
    assert names_also_containing(db, "an giang", []) == {"unit": (1, ["Sở Y tế tỉnh An Giang"])}
