"""Report sections: their Vietnamese headings, and tolerant recognition of headings people type.

Writers use :data:`HEADINGS`; readers (Markdown, DOCX, extraction) use :func:`classify_heading`
on a heading's text: any case, with or without diacritics, numbered ("I. KẾT QUẢ ĐẠT ĐƯỢC",
"2. Hạn chế", "II- PHƯƠNG HƯỚNG, NHIỆM VỤ") or in English.
"""

from __future__ import annotations

import re

from dvtool.vntext import fold

SECTIONS: tuple[str, ...] = (
    "attendees",
    "results",
    "limitations",
    "tasks",
    "remarks",
    "awards",
    "related",
)

# The headings dvtool writes. Tasks are titled with the plan year when known.
HEADINGS: dict[str, str] = {
    "attendees": "Thành phần tham dự",
    "results": "Kết quả đạt được",
    "limitations": "Tồn tại, hạn chế",
    "tasks": "Nhiệm vụ",
    "remarks": "Ý kiến chỉ đạo",
    "awards": "Khen thưởng",
    "related": "Tin liên quan",
}


def heading_for(section: str, plan_year: int | None = None) -> str:
    """The heading dvtool writes for a section ("Nhiệm vụ năm 2023")."""
    if section == "tasks" and plan_year is not None:
        return f"Nhiệm vụ năm {plan_year}"
    return HEADINGS[section]


# Folded phrases that start a heading of each section, checked in order (first match wins).
# Kept folded (no diacritics) so every spelling of the heading matches.
_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "attendees",
        (
            "thanh phan tham du",
            "thanh phan",
            "thanh phan du",
            "dai bieu tham du",
            "attendees",
            "attendance",
            "participants",
        ),
    ),
    (
        "limitations",
        (
            "ton tai",
            "han che",
            "nhung han che",
            "mot so han che",
            "yeu kem",
            "khuyet diem",
            "limitations",
            "shortcomings",
            "weaknesses",
        ),
    ),
    (
        "results",
        (
            "ket qua",
            "nhung ket qua",
            "tinh hinh thuc hien",
            "ket qua thuc hien",
            "ket qua dat duoc",
            "danh gia ket qua",
            "results",
            "achievements",
        ),
    ),
    (
        "tasks",
        ("nhiem vu", "phuong huong", "giai phap", "ke hoach", "tasks", "next steps", "plan", "directions"),
    ),
    (
        "remarks",
        (
            "y kien chi dao",
            "y kien",
            "phat bieu",
            "ket luan",
            "chi dao",
            "remarks",
            "speeches",
            "conclusions",
        ),
    ),
    ("awards", ("khen thuong", "thi dua khen thuong", "awards", "commendations")),
    ("related", ("tin lien quan", "tin cung chuyen muc", "bai lien quan", "related")),
)

# "I.", "II-", "2.", "2)", "a)", "Phần I", "Mục 2:" and similar numbering in front of a heading.
_NUMBERING = re.compile(
    r"^\s*(?:(?:phan|muc|chuong|part|section)\s+)?"
    r"(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)\-:/]\s*"
)


def strip_numbering(folded: str) -> str:
    """Drop leading section numbering from a folded heading."""
    return _NUMBERING.sub("", folded, count=1).strip()


def classify_heading(text: str) -> str | None:
    """The section a heading names, or None when it names none."""
    key = strip_numbering(fold(text)).strip(" .:;-")
    if not key:
        return None
    for section, cues in _CUES:
        for cue in cues:
            if key == cue or key.startswith(cue + " ") or key.startswith(cue + ","):
                return section
    return None
