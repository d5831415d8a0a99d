"""A line that only points to an attachment ("4. Bảng tổng hợp số liệu …: Thống kê tại phụ lục
số 1 kèm theo.", "Chi tiết tại Phụ lục 03 kèm theo.") names no task and no shortcoming: what it
points to is elsewhere. Every word comes from ``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract.cues import cues

_NUMBER = re.compile(r"^[0-9IVXLC]+[a-z]?(?:[./-]\d+)?\b", re.IGNORECASE)


def points_to_attachment(text: str) -> bool:
    """Is ``text`` (after a label and its colon) only "[Thống kê | Chi tiết | Xem …] [tại | theo]
    Phụ lục số N [kèm theo]"?"""
    rest = text.rpartition(":")[2].strip().rstrip(" ./")
    pointer = cues().attachment_pointers.at_start(rest)
    if pointer is not None:
        rest = rest[pointer.end :].lstrip()
    place = cues().attachment_places.at_start(rest)
    if place is not None:
        rest = rest[place.end :].lstrip()
    heading = cues().appendix_headings.at_start(rest)
    if heading is None:
        return False
    after = rest[heading.end :].lstrip()
    label = cues().number_labels.at_start(after)  # "phụ lục số 1"
    if label is not None:
        after = after[label.end :].lstrip()
    number = _NUMBER.match(after)
    if number is None:
        return False
    tail = after[number.end() :].strip()
    return not tail or cues().attachment_tails.matches_whole(tail)
