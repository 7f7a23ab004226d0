"""Sub-units written with their parent ("khoa Lịch sử, Đại học Sư phạm Hà Nội", "Văn phòng Sở"), parents written only
inside a longer name, and the ranks of state bodies that decide which is the parent.
"""
from __future__ import annotations

import bisect
import re

from ..canonical import non_province_office
from .base import Ent, is_cap, span_text
from .unit_words import HEAD_RANKS, LEVELS, PARENT_LINKS, SUB_KINDS, committee_head, is_code

#: departments of the state administration that belong only to a ministry or to a general department (Nghị định
#: 123/2016/NĐ-CP on the structure of ministries: tổng cục, cục under a ministry; chi cục under a cục or tổng cục),
#: never to a body of no known rank written after them
GENERAL_DEPARTMENTS = {"tổng cục", "cục", "chi cục"}
#: heads of a company's own units (Luật Doanh nghiệp 2020, Điều 44: chi nhánh; state farms and forestry farms of
#: the rubber and forestry corporations; the district power branches of EVN's power companies), joined to the company
#: written after them by "," or "thuộc"
BRANCH_HEADS = {"chi nhánh", "nông trường", "lâm trường", "xí nghiệp", "điện lực"}
#: heads of a company's plants, written whole with the company they belong to after "của" or "thuộc" (h4 gold
#: "nhà máy Hà Nam của công ty FrieslandCampina"; "Nhà máy A, Công ty B" is a list)
OWNED_PLANTS = {"nhà máy"}
PARENT_KINDS = {"ministry", "department", "school", "press", "committee", "procuracy", "court", "institute", "named",
                "hospital", "centre", "company", "police", "army", "council", "association"}
#: kinds of the heads of listed national bodies that belong to a ministry ("Viện Huyết học - Truyền máu Trung ương")
LISTED_SUB_KINDS = {"institute", "department", "centre", "hospital"}
#: kinds of bodies that are sub-units only where the text says whose they are, by "thuộc", "của" or a dash (a
#: research institute of a university or an academy: dev gold "Viện … thuộc Học viện …", "Viện … thuộc Đại học
#: Waseda"; heldout8 gold "Viện nghiên cứu Văn hóa - Viện Hàn lâm Khoa học xã hội Việt Nam", bulk news 5 documents;
#: "Viện A, Trường B" is a list), joined to that parent as one unit
OWNED_KINDS = {"institute"}
#: last words of a central body's name ("Ban Dân vận Trung ương", "Ban Kinh tế T.Ư"; Điều lệ Đảng, Điều 9 and 21: the
#: boards of the Party Central Committee): such a body belongs to no body written after it by a comma ("Ban Tổ chức
#: Trung ương, Bộ Xây dựng" is a list; observed in 2 bulk stories). Another national body of a ministry's list
#: ("Viện … Trung ương, Bộ Y tế") is still written with its ministry
CENTRAL_ENDS = {"Trung ương", "T.Ư", "TƯ", "TW", "T.W"}
#: kinds of bodies that, listed after a body of their own head ("Đại học A, Đại học B, Viện C"; heldout12 news, bulk
#: news), are members of that list: the comma after them links no parent (but a member university: "Trường A,
#: Trường Đại học B, Đại học Quốc gia Hà Nội"). Departments stay joined ("Phòng A, Phòng B, Công an tỉnh X": the
#: parent of both)
LISTED_SCHOOL_KINDS = {"school"}
#: the links that say whose a body is
OWNER_LINKS = {"thuộc", "của", "-", "–"}
#: a province's people's committee, the only body a province's department ("Sở …") belongs to (Nghị định 24/2014/
#: NĐ-CP, Điều 1, amended by Nghị định 107/2020/NĐ-CP: the Sở are the specialised agencies of the provincial people's
#: committee; Luật Tổ chức chính quyền địa phương 2015, Điều 2: tỉnh, thành phố trực thuộc trung ương): its head,
#: written short or in full, then the province's level word, if any, and its name
PROVINCE_COMMITTEE = re.compile(rf"{committee_head('[Nn]hân dân')} (?:tỉnh |thành phố |TP\.? ?|Tp\.? ?)?(.+)$")


def office_key(field: str) -> tuple:
    """A field of an office's name as lower-case words without its dashes and "&" ("Tài chính – Kế hoạch", "GD&ĐT" →
    ("tài", "chính", "kế", "hoạch"), ("gd", "đt")), to match however the dashes are written."""
    return tuple(re.split(r"[\s\-–&]+", field.lower().strip(" -–&")))


class Parents:
    """Parents of sub-units; mixed into :class:`~extractors.components.units.UnitRecognizer`."""

    def _code_of_sub_unit(self, doc, i) -> bool:
        """Token i is a number or code naming a sub-unit whose parent follows ("vụ 4 ban Nội chính", "phòng 2,
        Cục …"), not a count ("bộ 3 tác phẩm")."""
        if not is_code(doc.words[i]):
            return False
        j = i + 1 + (i + 1 < len(doc) and doc.words[i + 1] in PARENT_LINKS)
        if j >= len(doc):
            return False
        w = doc.words[j].lower()
        return w in self.heads_lower or (j + 1 < len(doc) and w + " " + doc.words[j + 1].lower() in self.heads_lower)

    def _parents_named(self, doc, units) -> list:
        """A sub-unit written with its parent's bare head and no name ("Văn phòng Sở", "Văn phòng Bộ", "Đảng ủy Bộ":
        a head of ``unit_types.tsv`` that needs a name) names the body of that head the document's letterhead gives
        ("Văn phòng Bộ" under "BỘ NGOẠI GIAO" → "Văn phòng Bộ Ngoại giao"; GUIDELINES.md: a sub-unit written with
        its parent is one unit, with the fullest name the document gives); without such a body it is a fragment and
        left out.  The letterhead's bodies are in the document context (``sovang_ctx["letterhead"]``, set by the
        engine).  A unit of a coordinated list (kind "coordinated") is kept as it is.  Returns the units kept."""
        w = doc.words
        out = []
        bodies = None
        for u in units:
            he = u.info.get("head_end", u.start + 1)
            # (an item of a list over places spans its place only and is named by the list's head: "các Tỉnh đoàn
            # A, Hải Phòng" gives "Tỉnh đoàn Hải Phòng", whose "Phòng" is no bare head)
            bare = w[he] if u.end == he + 1 and he > u.start and is_cap(w[he]) and \
                u.info.get("kind") != "coordinated" else None
            if bare is None or not self.lex.unit_heads.get(bare, ("", False))[1]:
                out.append(u)
                continue
            if bodies is None:
                ctx = doc.doc.user_data.get("sovang_ctx") if hasattr(doc, "doc") else None
                bodies = (ctx or {}).get("letterhead", ())
            body = next((b for b in reversed(bodies) if b.split(" ", 1)[0].lower() == bare.lower() and " " in b), None)
            if body is not None:
                u.text = span_text(doc, u.start, he) + " " + bare + " " + body.split(" ", 1)[1]
                out.append(u)
        return out

    @staticmethod
    def _central_body(doc, u, of_ministry) -> bool:
        """Unit u is a central body by the last words of its name (``CENTRAL_ENDS``): a board of the Party Central
        Committee ("Ban Dân vận Trung ương"), or another central body not of a ministry's list, which belongs to
        no body written after it by a comma."""
        w = doc.words
        if not (w[u.end - 1] in CENTRAL_ENDS or " ".join(w[max(u.start, u.end - 2):u.end]) in CENTRAL_ENDS):
            return False
        return w[u.start].lower() == "ban" or not of_ministry

    @staticmethod
    def _listed_after_sibling(doc, u, units) -> bool:
        """Unit u follows a comma and a unit of its own head ("Đại học A, Đại học B, …"): it is a member of a list
        of like units, so the comma after it goes on with the list."""
        i = u.start - 1
        if i < 1 or doc.words[i] != ",":
            return False
        head = doc.words[u.start].lower()
        return any(x.end == i and x.start < i and doc.words[x.start].lower() == head for x in units)

    def _district_office(self, doc, u) -> bool:
        """Unit u is a specialised office of a district's People's Committee, written without its place ("Phòng Nội
        vụ", "Phòng Tư pháp"; ``district_offices.txt``): an office of a UBND, no department of any other body."""
        if doc.words[u.start].lower() != "phòng":
            return False
        return office_key(" ".join(doc.words[u.start + 1:u.end])) in self.district_offices

    def _with_parent(self, doc, units):
        """"khoa Lịch sử, Đại học Sư phạm Hà Nội", "Cục Đầu tư nước ngoài thuộc Bộ Kế hoạch và Đầu tư": a
        sub-unit written with its parent (after ",", a dash, "thuộc" or "của") is one unit, written whole;
        the sub-unit alone is then not a unit of its own (the parent still is).  A sub-unit with its own
        place ("Trung tâm Y tế huyện A, Bệnh viện B" in a list) is complete and is not joined.

        Returns (the whole units, the sub-units they replace)."""
        extra, parts = [], []
        by_start = {}
        for u in units:
            if u.start not in by_start or by_start[u.start].end < u.end:
                by_start[u.start] = u
        whole_end = {}  # a parent itself written with its parent: "Trung đoàn 917, Sư đoàn 370, Quân chủng X"
        for u in sorted(units, key=lambda x: -x.start):
            k = u.end  # the link; after an acronym in parentheses only "thuộc" / "của" ("Cục X (FDI) thuộc Bộ Y")
            if k + 3 < len(doc) and doc.words[k] == "(" and doc.words[k + 2] == ")" and doc.words[k + 1].isupper() \
                    and doc.words[k + 3] in ("thuộc", "của"):
                k += 3
            if k + 2 < len(doc) and doc.words[k] in (",", "trực") and doc.words[k + 1] == "thuộc":
                k += 1  # "Phòng Tình báo trực thuộc Bộ Tổng Tham mưu", "Trường X, thuộc Cục Y": the same link
            if k + 1 >= len(doc) or (doc.words[k] not in PARENT_LINKS and k not in by_start and u.end not in by_start):
                continue  # (the common case: no link and no body right after it, which every test below needs)
            numbered = u.end - u.info.get("head_end", u.end) == 1 and is_code(doc.words[u.end - 1]) \
                and u.end in by_start  # "vụ 4 Ban Nội chính Trung ương": a numbered sub-unit, its parent next
            # "Cục Quản lý khám, chữa bệnh Bộ Y tế": a ranked sub-unit right before a body of a higher rank
            # (in lower case too after a sub-unit written so: "vụ Thi đua khen thưởng bộ VH-TT&DL", the press's style)
            direct = k in by_start and (doc.words[k][:1].isupper() or doc.words[u.start][:1].islower()) and \
                0 <= self._rank(doc, u.start) < self._rank(doc, k)
            of_parent = u.info.get("kind") == "committee" and u.info.get("head_end") == u.start + 2 and \
                k < len(doc) and doc.words[k] == "của"  # "Ủy ban
            # Văn hóa xã hội của Quốc hội": a committee of a body, written with it
            head_kind = self.lex.unit_heads.get(doc.words[u.start], ("",))[0]
            of_ministry = u.info.get("listed") and head_kind in LISTED_SUB_KINDS and k + 1 < len(doc) and \
                doc.words[k] == "," and doc.words[k + 1] == "Bộ"  # "Viện … Trung ương, Bộ Y tế": a listed
            # national body written with the ministry it belongs to
            first_two = " ".join(doc.words[u.start:u.start + 2]).lower()
            branch = k < len(doc) and ((first_two in BRANCH_HEADS and doc.words[k] in ("thuộc", ",", "của")) or
                                       (first_two in OWNED_PLANTS and doc.words[k] in ("thuộc", "của")))
            # "Nông trường 9, Công ty …", "Điện lực Sơn Trà thuộc Công ty …", "Chi nhánh tại Hà Nội của Công ty …"
            # (dev gold: the branch written whole with its company); "nhà máy Hà Nam của công ty X" (h4 gold)
            owned = u.info.get("kind") in OWNED_KINDS and k < len(doc) and doc.words[k] in OWNER_LINKS
            if (u.info.get("kind") not in SUB_KINDS and not of_parent and not of_ministry and not branch
                    and not owned) or \
                    k + 1 >= len(doc) or \
                    (doc.words[k] not in PARENT_LINKS and not numbered and not direct):
                continue
            parent = by_start.get(k if (numbered or direct) and doc.words[k] not in PARENT_LINKS else k + 1)
            if parent is None or parent.info.get("kind") not in PARENT_KINDS or \
                    (doc.words[parent.start].lower() == doc.words[u.start].lower()
                     and doc.words[k] not in ("-", "–")):
                continue  # "Trường A, Trường B": a list; but "Đại học X - Đại học Quốc gia Hà Nội" is one unit
            if doc.words[k] == "," and ((self._district_office(doc, u) and parent.info.get("kind") != "committee")
                                        or self._central_body(doc, u, of_ministry)
                                        or (u.info.get("kind") in LISTED_SCHOOL_KINDS and
                                            self._listed_after_sibling(doc, u, units) and
                                            not self._member_university(doc, parent.start))):
                continue  # "Phòng Nội vụ, Trường C", "Ban Dân vận Trung ương, Bộ C", "Đại học A, Đại học B, Viện
                # C": members of a list
            if self._higher_school(doc, u.start) and self._higher_school(doc, parent.start) and \
                    not self._member_university(doc, parent.start):
                continue  # "Học viện Kỹ thuật Quân sự, Đại học FPT": a list; a school's parent has member schools
            placed = branch and doc.words[k] == "của"  # "Chi nhánh tại Hà Nội của Công ty …": a branch named by
            # its place, not a complete unit of that place
            if not placed and (any(w in LEVELS for w in doc.words[u.start:u.end]) or
                               self._after_place(doc, u.start + 1, u.end)) or \
                    (doc.words[k] == "," and not of_ministry and any(span_text(doc, u.end - L, u.end) in self.lex.places
                                                 for L in (1, 2, 3) if u.end - L >= u.info.get("head_end", u.end))):
                continue  # "Trung tâm Y tế huyện A, …", "Sở GD&ĐT Nghệ An, UBND huyện …": a complete unit of its own
            if self._rank(doc, u.start) >= self._rank(doc, parent.start) >= 0:
                continue  # "Sở Giáo dục, Phòng Giáo dục …", "Tổng cục Thuế, Cục Thuế …": a list, not a sub-unit
            if doc.words[k] == "," and self._province_department(doc, u) and \
                    not self._province_committee(span_text(doc, parent.start, parent.end)):
                continue  # "Sở Tài chính, Kho bạc Nhà nước X", "Sở Y, Công an TP Z", "Sở N, UBND quận Q": a list
            if " ".join(doc.words[u.start:u.start + 2]).lower() in GENERAL_DEPARTMENTS or \
                    doc.words[u.start].lower() in GENERAL_DEPARTMENTS:
                if not self._rank(doc, u.start) < self._rank(doc, parent.start):
                    continue  # "Cục Người có công, Ban Thi đua – Khen thưởng Trung ương", "Cục Thống kê, Kho bạc
                    # Nhà nước": central bodies listed; a Cục belongs only to a higher-ranked body
            pend = whole_end.get(parent.start, parent.end)
            whole_end[u.start] = pend
            extra.append(Ent("unit", u.start, pend, span_text(doc, u.start, pend), {"kind": u.info.get("kind")}))
            parts.append(u)
        for u in units:
            # "Ban Tuyên giáo Tỉnh ủy Nghệ An", "Ban Tổ chức Thành ủy Hà Nội": a board of a party committee written
            # right before it (Điều lệ Đảng: the boards "ban tham mưu, giúp việc" of the committees)
            p = by_start.get(u.end)
            check = doc.words[u.start] in ("Ủy", "Uỷ", "ủy", "uỷ") and u.info.get("kind") == "committee" and \
                u.start + 2 < len(doc) and doc.words[u.start + 2].lower() == "kiểm"  # "Ủy ban Kiểm tra Tỉnh ủy X"
            # (Điều lệ Đảng, Điều 32: each party committee elects its inspection committee)
            if p is None or (u.info.get("kind") not in SUB_KINDS and not check) or id(u) in {id(x) for x in parts} or \
                    (doc.words[u.start] not in ("Ban", "ban", "Văn") and not check) or \
                    (p.end - p.start < 3 and not (doc.words[u.start] in ("Ban", "ban") and p.end - p.start == 2 and
                                                  (p.end >= len(doc) or not is_cap(doc.words[p.end])))) or \
                    doc.words[p.start] not in ("Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Đảng") or \
                    doc.words[p.start + 1] not in ("ủy", "uỷ"):
                continue
            extra.append(Ent("unit", u.start, p.end, span_text(doc, u.start, p.end), {"kind": u.info.get("kind")}))
            parts.append(u)
        # of a chain, only the whole written from its first sub-unit stays ("Sư đoàn 370, Quân chủng X" is inside)
        extra = [x for x in extra if not any(y.start < x.start < y.end and y.end == x.end for y in extra)]
        for u in units:
            # "Cơ quan Cảnh sát điều tra (C 46, Bộ Công an)": the unit's code and parent in parentheses are
            # written with it, as one name (the parent is still a unit of its own)
            k = u.end
            if k + 4 >= len(doc) or doc.words[k] != "(" or id(u) in {id(p) for p in parts}:
                continue
            j = k + 1
            code = doc.words[j]
            if not (code.isupper() and code.isalpha() and len(code) <= 3) and \
                    not re.fullmatch(r"[A-Z]{1,3}\d{1,3}", code):
                continue
            j += 1
            if code.isalpha() and doc.words[j].isdigit() and len(doc.words[j]) <= 3:
                j += 1
            if not any(w.isdigit() for w in doc.words[k + 1:j]) and not any(c.isdigit() for c in code):
                continue
            if doc.words[j] != "," or j + 1 not in by_start:
                continue
            parent = by_start[j + 1]
            if parent.end < len(doc) and doc.words[parent.end] == ")":
                extra.append(Ent("unit", u.start, parent.end + 1, span_text(doc, u.start, parent.end + 1),
                                 {"kind": u.info.get("kind")}))
                parts.append(u)
        return extra, parts

    @staticmethod
    def _province_department(doc, u) -> bool:
        """The unit ``u`` is a department of a province's people's committee: its head is "Sở" (any letter case),
        not one of the "Sở …" of ``non_province_offices.txt`` ("Sở Giao dịch", a bank's or an exchange's)."""
        return doc.words[u.start].lower() == "sở" and not non_province_office(span_text(doc, u.start, u.end))

    def _province_committee(self, name: str) -> bool:
        """``name`` is a province's people's committee (:data:`PROVINCE_COMMITTEE`, a place of
        ``provinces_2025.tsv`` after its level word: "UBND tỉnh Nghệ An", "Ủy ban nhân dân TP. Hải Phòng"); not a
        district's ("UBND quận Sơn Trà")."""
        m = PROVINCE_COMMITTEE.match(name)
        return m is not None and m.group(1) in self.province_level

    @staticmethod
    def _drop_inner_parents(doc, units):
        """A unit written only inside a longer unit's name, as the parent that closes it ("Đoàn Văn công
        Quân khu I", "Nhà hát Đài Tiếng nói Việt Nam", "Cục … thuộc Bộ Kế hoạch và Đầu tư") is part of that
        name, not a unit of its own (GUIDELINES.md: a sub-unit written with its parent is one unit; only a
        parent in parentheses makes two).  A parent also written on its own elsewhere is still found there."""
        if len(units) < 2:
            return units
        spans = sorted((u.start, -u.end) for u in units)
        starts = [s for s, _ in spans]
        widest = []  # widest[k]: (end, start) of the longest-reaching span among spans[:k + 1]
        for s, e in spans:
            widest.append(max(widest[-1], (-e, s)) if widest else (-e, s))
        keep = []
        for u in units:
            k = bisect.bisect_left(starts, u.start) - 1  # spans starting strictly before u
            if k >= 0 and widest[k][0] >= u.end:
                between = doc.words[widest[k][1]:u.start]
                if between.count("(") <= between.count(")"):
                    continue  # (not "C 46, Bộ Công an" in "Cơ quan … (C 46, Bộ Công an)")
            keep.append(u)
        return keep

    @staticmethod
    def _rank(doc, i) -> int:
        """Rank of the state body whose head starts at token i (``HEAD_RANKS``), -1 when unranked."""
        two = " ".join(doc.words[i:i + 2]).lower()
        return HEAD_RANKS.get(two, HEAD_RANKS.get(doc.words[i].lower(), -1))
