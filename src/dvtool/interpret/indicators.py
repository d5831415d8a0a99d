"""Tables of indicators, as offices type them: "STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |
Tỷ lệ (%)", often with merged header cells ("Năm 2023" over "Kế hoạch | Thực hiện").

Each body row is one result: its text is the indicator with its figures, each figure's unit is
the indicator (with the ĐVT), and its text names the column it sits in ("Thực hiện 24 xã"). A
column of targets ("Kế hoạch", "Chỉ tiêu giao": ``figure_target_words``) is shown in the row's
text but gives no figure: a target is no result of the period.
Header rows are never items and the STT column never a figure. The column words come from the
vocabulary (``row_number_columns``, ``unit_columns``).
"""

from __future__ import annotations

import re

from dvtool.document import Block, Cell
from dvtool.extract.cues import cues
from dvtool.extract.figure_filters import not_quantity
from dvtool.model import Figure, Item
from dvtool.readers.docx import layout

MAX_HEADER_ROWS = 3
ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6}|[^\W\d_])[.)]?$")
_PERCENT = re.compile(r"^(.*?)\s*%$")


def _text(cell: Cell | None) -> str:
    return " ".join(" ".join(cell.paragraphs).split()) if cell is not None else ""


def _number(text: str) -> tuple[float | int, bool] | None:
    """ "12.400" -> (12400, False); "96,5%" -> (96.5, True); anything else None."""
    m = _PERCENT.match(text)
    value = layout.parse_number(m.group(1) if m else text)
    return None if value is None else (value, m is not None)


def _is_year(cell: str, value: float | int, percent: bool) -> bool:
    """A cell holding a bare year, as the prose stage's number parser sees it (no figure)."""
    return (
        not percent
        and isinstance(value, int)
        and cell.strip().isdigit()
        and len(cell.strip()) == 4
        and (1900 <= value <= 2100)
    )


def _header_count(grid: list[list[str]]) -> int:
    """Leading rows with no number in them (a merged header spans two or three)."""
    count = 0
    for row in grid[:MAX_HEADER_ROWS]:
        if any(_number(c) is not None for c in row[1:]):
            break
        count += 1
    return count


def _labels(grid: list[list[str]], headers: int) -> list[str]:
    """One label per column: its lowest header cell ("Kế hoạch" under a merged "Năm 2023"), so
    a merged cell reads the same whether the format repeats it or leaves it empty."""
    width = max(len(r) for r in grid)
    labels = []
    for i in range(width):
        cells = [row[i] for row in grid[:headers] if i < len(row) and row[i]]
        labels.append(cells[-1] if cells else "")
    return labels


def read_indicators(table: Block) -> list[Item] | None:
    """The rows of a table of indicators as results; None when the table is not one."""
    grid = [[_text(c) for c in row] for row in table.rows]
    headers = _header_count(grid)
    if not headers or len(grid) <= headers:
        return None
    labels = _labels(grid, headers)
    vocab = cues()
    skip = {i for i, label in enumerate(labels) if vocab.row_number_columns.matches_whole(label)}
    units = {i for i, label in enumerate(labels) if vocab.unit_columns.matches_whole(label)}
    body = grid[headers:]
    numeric = {
        i
        for i in range(len(labels))
        if i not in skip | units
        and sum(_number(r[i]) is not None for r in body if i < len(r) and r[i]) * 2 >= len(body)
    }
    text_columns = [i for i in range(len(labels)) if i not in skip | units | numeric]
    if not numeric or not text_columns:
        return None
    indicator = text_columns[0]
    items = []
    for row in body:
        cells = row + [""] * (len(labels) - len(row))
        name = cells[indicator]
        if not name or ROW_NUMBER.match(name):
            continue
        unit = next((cells[i] for i in units if cells[i]), "")
        items.append(_item(name, unit, [(labels[i], cells[i]) for i in sorted(numeric)]))
    return items


def _item(name: str, unit: str, values: list[tuple[str, str]]) -> Item:
    figures: list[Figure] = []
    shown: list[str] = []
    for label, cell in values:
        parsed = _number(cell)
        if parsed is None:
            continue
        value, percent = parsed
        if _is_year(cell, value, percent) or not_quantity(cell.strip(), value):
            continue  # "Năm sản xuất 2015", "Số định danh 001070006286", "0": no quantity
        percent = percent or "%" in label
        written = cell if percent or not unit else f"{cell} {unit}"
        text = f"{label} {written}".strip()
        shown.append(text)
        if cues().figure_target_words.at_start(label) is not None:
            continue  # "Kế hoạch 25 xã": the target, shown in the row but no result (GOLD.md)
        figure_unit = "%" if percent else (f"{name} ({unit})" if unit else name)
        figures.append(Figure(value=value, unit=figure_unit, text=text))
    return Item(f"{name}: {', '.join(shown)}" if shown else name, tuple(figures))


def indicator_lines(table: Block) -> list[str] | None:
    """For the prose stage, which reads a table row by row: the rows of a table of indicators
    as the structured stage writes them ("Hộ gia đình văn hóa: Thực hiện 1.845 hộ"), so the STT
    is never read as the figure; None for any other table (one whose columns are those of
    figures, attendees or awards as :func:`dvtool.interpret.tables.read_table` tells them, one
    with no STT column, or no indicators), whose rows are read as they are."""
    from dvtool.extract.layout_words import layout_words

    header = [_text(c) for c in table.rows[0]] if table.rows else []
    if not header or not cues().row_number_columns.matches_whole(header[0]):
        return None
    words = layout_words()
    figures = layout.match_columns(header, words.figure_table.columns) or {}
    people = layout.match_columns(header, words.attendee_table.columns) or {}
    awards = layout.match_columns(header, words.award_table.columns) or {}
    if (
        {"text", "value"} <= figures.keys()
        or ("award" in awards and awards.keys() & {"collectives", "individuals", "recipients"})
        or ("name" in people and people.keys() & {"role", "titles"})
    ):
        return None
    items = read_indicators(table)
    return [item.text for item in items] if items else None
