"""A compound file (OLE2: a legacy .doc or .xls) cut short, told from its header before LibreOffice is run on it.

A copy broken off halfway (a download or a transfer interrupted) keeps its first bytes, so it is still sent to
LibreOffice, which fails with "source file could not be loaded", a reason that may pass (LibreOffice's own trouble):
such a file was converted again, and failed again, at every ingest (a newcomer, session 34).  The header says how
far the file reaches: the compound file format ([MS-CFB] §2.2, the header; §2.1, sector n at byte (n + 1) × sector
size) places the directory's first sector and the first 109 sectors of the allocation table (the DIFAT array of
the header) at sector numbers; a file shorter than the end of the furthest of them is incomplete, whatever else is
wrong with it.  Word and Excel write those sectors at the end of the file, so a file cut anywhere is told.
"""
from __future__ import annotations

import struct

from .signatures import OLE2

#: the header's fields ([MS-CFB] §2.2): sector shift (uint16) at 0x1E; the number of allocation-table sectors
#: (uint32) at 0x2C and the directory's first sector (uint32) at 0x30; the DIFAT array of 109 uint32 at 0x4C
SECTOR_SHIFT, FAT_SECTORS, DIRECTORY, DIFAT, DIFAT_IN_HEADER = 0x1E, 0x2C, 0x30, 0x4C, 109
#: the largest regular sector number ([MS-CFB] §2.1, MAXREGSECT); those above mark free or chain ends
MAXREGSECT = 0xFFFFFFFA
#: the header's size in bytes ([MS-CFB] §2.2)
HEADER = 512


def reaches(data: bytes) -> int | None:
    """The size in bytes a compound file must have at least, read from the header of ``data`` (the end of its
    furthest directory or allocation-table sector); None when ``data`` is no compound file or its header itself is
    incomplete or names no sector."""
    if not data.startswith(OLE2) or len(data) < HEADER:
        return None
    shift, = struct.unpack_from("<H", data, SECTOR_SHIFT)
    if shift not in (9, 12):  # 512-byte sectors (version 3) or 4,096-byte ones (version 4)
        return None
    fat_sectors, directory = struct.unpack_from("<II", data, FAT_SECTORS)
    listed = struct.unpack_from(f"<{DIFAT_IN_HEADER}I", data, DIFAT)[:min(fat_sectors, DIFAT_IN_HEADER)]
    sectors = [s for s in (directory, *listed) if s <= MAXREGSECT]
    return (max(sectors) + 2) << shift if sectors else None


def cut_short(data: bytes, suffix: str) -> str | None:
    """The reason a compound file ``data`` (its name's ``suffix``, ".doc") is incomplete, a failure of its own bytes
    (``pipeline.failure_causes``: it opens "not a "); None when it is complete as far as its header tells, or is
    no compound file."""
    needed = reaches(data)
    if needed is None or needed <= len(data):
        return None
    return (f"not a complete {suffix} file (truncated: {len(data):,} bytes where its structure reaches to byte "
            f"{needed:,}; a copy or download cut short: copy it again from where it came)")
