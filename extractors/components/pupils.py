"""Pupils named with their class and school in an aside: "A (lớp 11A1, THPT chuyên B)" → "học sinh lớp 11A1".

The word lists are ``pupil_schools.txt``: the schools of general education (Luật Giáo dục 43/2019/QH14, Điều 6, 28,
82: their learners are "học sinh") and the address words written before a pupil's name ("em").
"""
from __future__ import annotations

from ..gazetteer import section

#: the openings of the names of schools of general education, lower-cased ("thpt", "tiểu học")
PUPIL_SCHOOLS = tuple(s.lower() for s in section("pupil_schools.txt", "# Schools of general education"))
#: the address words a pupil's name may follow ("em"); any other address word ("thầy", "ông") names an adult
PUPIL_ADDRESSES = frozenset(section("pupil_schools.txt", "# Address words before a pupil's name"))
#: the learner of a school of general education (Luật Giáo dục 43/2019/QH14, Điều 82)
PUPIL = "học sinh"
#: staff nouns of a school or a body that, governing a list of names, make them adults ("Ban giám hiệu gồm A (…)")
ADULT_STAFF = tuple(s.lower() for s in section("pupil_schools.txt", "# Adult staff"))
#: the openings of the titles naming learners, no adults ("học sinh", "em", "sinh viên"): a list they govern may hold
#: pupils (officials._adults_listed)
PUPIL_NOUNS = tuple(s.lower() for s in section("pupil_schools.txt", "# Learners"))
#: the word naming a school class ("lớp 11A1")
CLASS = "lớp"


def pupil_school(name: str) -> bool:
    """Whether the unit ``name`` is a school of general education: after an optional "trường", it opens with an
    entry of ``pupil_schools.txt`` followed by a space ("THPT chuyên Lê Hồng Phong", "trường Tiểu học Kim Đồng";
    not "Trường Đại học Y", not "Trường Mầm non Hoa Sen")."""
    low = " ".join(name.lower().split())
    low = low.removeprefix("trường ")
    return any(low.startswith(s + " ") for s in PUPIL_SCHOOLS)


def class_at(words, j: int) -> tuple[str, int]:
    """The school class written at token ``j`` of ``words`` and where what follows it starts: "lớp" and a token
    holding a digit, perhaps a capitalised subject closed by a comma ("lớp 12 Tin,"), and the comma after them
    ("lớp 11A1, THPT …" → ("lớp 11A1", the token after the comma); "lớp 12 Trường THPT …" → ("lớp 12", the token
    of "Trường")); ("", j) when no class is written there."""
    n = len(words)
    if j + 1 >= n or words[j].lower() != CLASS or not any(c.isdigit() for c in words[j + 1]):
        return "", j
    k = j + 2
    if k + 1 < n and words[k][:1].isupper() and words[k].isalpha() and words[k + 1] == ",":
        k += 1  # the class's subject: "lớp 12 Tin"
    text = " ".join(words[j:k])
    return text, k + 1 if k < n and words[k] == "," else k


def pupil_position(class_text: str) -> str:
    """The position of a pupil: "học sinh", with the class when written ("học sinh lớp 11A1")."""
    return f"{PUPIL} {class_text}" if class_text else PUPIL


def addressed_as_adult(words, honorifics, start: int, end: int) -> bool:
    """Whether an address word of ``honorifics`` (kind "address") other than a pupil's (``PUPIL_ADDRESSES``) stands
    among ``words[start:end]``, the honorifics before a name ("thầy A", "ông B"; not "em C")."""
    return any(honorifics.get(w.lower()) == "address" and w.lower() not in PUPIL_ADDRESSES
               for w in words[start:end])
