"""Summaries as an Excel workbook (``summarize -o bao-cao.xlsx``), with openpyxl.

openpyxl is imported here only, so no other command pays for it. The sheet has the CSV's
columns, numbers as numbers, a bold frozen header and a totals row. Text is always stored
as text: a title beginning with "=" is never turned into a formula.

A workbook is read by people, so its header row, sheet name, totals label and the time of
day ("sáng", not "morning") are words in the interface language ("Tệp", "Tiêu đề", … with
DVTOOL_LANG=vi); the CSV and JSON keep the machine keys and values that pipelines read.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from dvtool.app.reporters import TIME_OF_DAY_WORDS
from dvtool.i18n import N_, gettext
from dvtool.summary import CSV_FIELDS, TOTAL_FIELDS, Summary, totals

SHEET_TITLE = N_("Reports")
TOTAL_LABEL = N_("Total")
MAX_WIDTH = 60
# The header of each column (msgids, translated when written), in CSV_FIELDS order.
COLUMN_TITLES: dict[str, str] = {
    "path": N_("File"),
    "title": N_("Title"),
    "date": N_("Date"),
    "time_of_day": N_("Time of day"),
    "chairs": N_("Chairs"),
    "attendees": N_("Attendees"),
    "results": N_("Results"),
    "figures": N_("Figures"),
    "limitations": N_("Shortcomings"),
    "tasks": N_("Tasks"),
    "remarks": N_("Remarks"),
    "awards": N_("Awards"),
    "award_collectives": N_("Collectives awarded"),
    "award_individuals": N_("Individuals awarded"),
}


def column_titles() -> list[str]:
    """The header row in the interface language, one title per CSV column."""
    return [gettext(COLUMN_TITLES[f]) for f in CSV_FIELDS]


def summaries_xlsx(summaries: Sequence[Summary]) -> bytes:
    """The bytes of a one-sheet .xlsx workbook: a header, one row per report, a totals row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet: Any = book.active
    sheet.title = gettext(SHEET_TITLE)
    sheet.append(column_titles())
    for s in summaries:
        record = s.to_record()
        sheet.append([_value(record[f], f) for f in CSV_FIELDS])
    sums = totals(summaries)
    sheet.append([gettext(TOTAL_LABEL) if f == "path" else sums.get(f) for f in CSV_FIELDS])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # plain text, never a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        longest = max(len(str(c.value)) if c.value is not None else 0 for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(MAX_WIDTH, longest + 2)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _value(value: Any, field: str) -> Any:
    if field == "chairs":
        return "; ".join(value)
    if field in TOTAL_FIELDS:
        return int(value)
    if field == "time_of_day" and value in TIME_OF_DAY_WORDS:
        return gettext(TIME_OF_DAY_WORDS[value])
    return value
