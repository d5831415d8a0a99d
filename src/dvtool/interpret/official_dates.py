"""The date of an official document's report: the meeting a record of a meeting (or a report
of one, "BÁO CÁO Kết quả hội nghị …") was written at, else the issue date.

Split out of :mod:`dvtool.interpret.official` (which :func:`report_date` is called from, in
``official.apply``) so that module stays under its size limit.
"""

from __future__ import annotations

from dvtool.document import Document
from dvtool.extract.cues import cues
from dvtool.interpret import official_lines as ol


def report_date(
    title: str | None, body: Document, issued: str | None, read: str | None
) -> tuple[str | None, bool]:
    """The report's date and whether the frame set it: the meeting's date for a record or
    report of a meeting (the body's opening, else a date in the title); for any other
    document the issue date ``issued``; ``read`` (the body stages' date) stays when a
    meeting's record names no date of its own."""
    title = title or ""
    for holiday in cues().holiday_phrases.finditer(title):  # "chào mừng các ngày lễ lớn": no event
        title = title[: holiday.start] + " " * (holiday.end - holiday.start) + title[holiday.end :]
    meeting = cues().meeting_kinds.contains(title) or cues().event_nouns.contains(title)
    held = (meeting_date(body) or ol.meeting_date_in_title(title)) if meeting else None
    if held:
        return held, True
    if not (meeting and read):
        done = activity_date(body)
        if done:
            return done, True
        return issued, bool(issued)
    return read, False


ACTIVITY_REACH = 15  # words from a date to the verb of the activity it dates
OPENING_BLOCKS = 4  # blocks above the first heading or point in which the activity is named


def activity_date(body: Document) -> str | None:
    """ "Thực hiện …, ngày 17/6/2019 Ban Kinh tế - Ngân sách HĐND tỉnh tổ chức họp thẩm tra …",
    "Ngày 15/5/2019, đồng chí … chủ trì, tổ chức buổi làm việc với công dân": a report or notice
    whose opening names the activity it records, dated and organized by a body, is dated by that
    activity, not by its issue date (rule activity-date). Only the opening paragraphs count (a
    task "Xây dựng kế hoạch tổ chức …" further down dates nothing), and not the date of a
    document cited there ("Kế hoạch số 12/KH-UBND ngày 5/3/2019 về tổ chức …")."""
    from dvtool.extract.blocks import classify_line, strip_marker
    from dvtool.extract.dates import find_dates
    from dvtool.extract.lead_years import _document_date

    for block in body.blocks[:OPENING_BLOCKS]:
        text = ol.strip_decoration(block.text.strip())
        if not text or ol.is_rule(text):
            continue
        if block.kind != "paragraph" or strip_marker(text) != text or classify_line(text).kind != "paragraph":
            return None
        for mention in find_dates(text):
            day = mention.iso()
            if day is None or _document_date(text, mention):
                continue
            after = text[mention.end :]
            clause = after[: min((after.find(c) for c in ".;" if c in after), default=len(after))]
            head = " ".join(clause.split()[:ACTIVITY_REACH])
            verb = cues().activity_verbs.search(head)
            if verb is not None and not cues().activity_blockers.contains(head[: verb.start]):
                return day
    return None


def opening(body: Document) -> str | None:
    """The opening sentence of minutes ("Hôm nay, ngày …")."""
    for block in body.blocks[:40]:
        if cues().meeting_date_openers.at_start(block.text.strip()) is not None:
            return block.text
    return None


def meeting_date(body: Document) -> str | None:
    """ "Hôm nay, ngày 26/5/2026 …": the meeting a record of a meeting was written at."""
    from dvtool.extract.dates import find_dates

    text = opening(body) or dated_opening(body)
    found = [d.iso() for d in find_dates(text[:200])] if text else []
    return next((d for d in found if d), None)


def dated_opening(body: Document) -> str | None:
    """ "Ngày 26/8/2025, Thường trực Đảng ủy họp …": a body that opens with the meeting's date
    (a notice of conclusions, HD 36); the rule above it may be joined to it."""
    for block in body.blocks[:3]:
        text = ol.strip_decoration(block.text.strip())
        if text and not ol.is_rule(text):
            return text if cues().date_intro_words.at_start(text) is not None else None
    return None
