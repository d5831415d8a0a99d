"""Summaries as an Excel workbook (``summarize -o bao-cao.xlsx``), with openpyxl.

openpyxl is imported here only, so no other command pays for it. The sheet has the CSV's
columns, numbers as numbers, a bold frozen header and a totals row. Text is always stored
as text: a title beginning with "=" is never turned into a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from dvtool.summary import CSV_FIELDS, TOTAL_FIELDS, Summary, totals

SHEET_TITLE = "Báo cáo"
TOTAL_LABEL = "Tổng cộng"
MAX_WIDTH = 60


def summaries_xlsx(summaries: Sequence[Summary]) -> bytes:
    """The bytes of a one-sheet .xlsx workbook: a header, one row per report, a totals row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet: Any = book.active
    sheet.title = SHEET_TITLE
    sheet.append(list(CSV_FIELDS))
    for s in summaries:
        record = s.to_record()
        sheet.append([_value(record[f], f) for f in CSV_FIELDS])
    sums = totals(summaries)
    sheet.append([TOTAL_LABEL if f == "path" else sums.get(f) for f in CSV_FIELDS])
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
    return value
