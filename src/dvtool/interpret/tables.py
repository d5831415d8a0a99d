"""Where a table becomes part of the report: figures under an item, awards, attendance, the
header block of an official report, or rows read as entries of the section they sit in.

The column words are those of dvtool's own Word layout (:mod:`dvtool.readers.docx.layout`,
shared with the writer); any format's table (Word, HTML, Markdown, typed "a | b" lines) comes
here through the structured stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvtool.document import Block, Cell
from dvtool.extract.layout_words import layout_words
from dvtool.interpret.indicators import ROW_NUMBER, read_indicators
from dvtool.interpret.lines import _at, _cell_text, _header_rows, _is_header_block, _is_number_line, _place
from dvtool.messages import info, warning
from dvtool.model import ITEM_SECTIONS, Attendee, AttendeeKind, Award, Figure, Item, Person
from dvtool.readers.docx import layout
from dvtool.sections import classify_heading
from dvtool.vntext import fold

if TYPE_CHECKING:
    from dvtool.interpret.structured import _Converter as Converter


def read_table(conv: Converter, t: Block) -> None:
    if not t.rows:
        return
    rows = [[_cell_text(c) for c in row] for row in t.rows[:3]]  # what the checks below read
    if _is_header_block(rows):
        header_block(conv, t)
        return
    if _is_signature_block(rows):
        return  # Nơi nhận and the signature at the foot of an official document
    header = rows[0]
    words = layout_words()
    figures = layout.match_columns(header, words.figure_table.columns)
    attendance = layout.match_columns(header, words.attendee_table.columns)
    awards = layout.match_columns(header, words.award_table.columns)
    if figures and {"text", "value"} <= figures.keys() and conv.section in ITEM_SECTIONS:
        figure_table(conv, t, figures)
    elif awards and "award" in awards and awards.keys() & {"collectives", "individuals", "recipients"}:
        award_table(conv, t, awards)
    elif attendance and "name" in attendance and attendance.keys() & {"role", "titles"}:
        if _roles_read(t, attendance):
            attendance_table(conv, t, attendance)
        else:  # "TT | Tên gọi và Mô tả | Số hiệu UN | Loại nhóm hàng": a list of goods, read as nothing
            drop_table(conv, t)
    elif conv.section not in ("related", "attendees") and (items := read_indicators(t)) is not None:
        indicator_rows(conv, t, items)
    elif conv.section in (*ITEM_SECTIONS, "related", "attendees"):
        rows_as_entries(conv, t)
    else:
        drop_table(conv, t)


def _roles_read(t: Block, columns: dict[str, int]) -> bool:
    """A table whose only column beside the names is a "role" one ("Loại nhóm hàng" of a list of
    chemicals) is an attendance table only when some role cell reads as a role."""
    if "titles" in columns:
        return True
    return any(layout.role_kind(_cell_text(_at(row, columns["role"]))) is not None for row in t.rows[1:])


def _is_signature_block(rows: list[list[str]]) -> bool:
    """The footer table dvtool writes: "Nơi nhận:" (or nothing) beside the signature."""
    from dvtool.interpret.official_lines import is_recipient_label

    first = rows[0][0] if rows and rows[0] else None
    return first is not None and (is_recipient_label(first) or (len(rows) == 1 and not first.strip()))


def header_block(conv: Converter, t: Block) -> None:
    """Issuing body from the left column of the Quốc hiệu table (not layout on its own)."""
    left = [c for row in t.rows for c in row[:1] if c is not None]
    lines = [p for c in left for p in c.paragraphs if p]
    lines = [p for p in lines if not _is_number_line(fold(p)) and any(ch.isalnum() for ch in p)]
    if lines:
        conv.set("/publisher", "publisher", " ".join(lines[-1:]), None, _place(t))


def figure_table(conv: Converter, t: Block, columns: dict[str, int]) -> None:
    if conv.last_item is None:
        drop_table(conv, t)
        return
    section, index = conv.last_item
    item = conv.fields.sections[section][index]
    figures = list(item.figures)
    for row_number, row in enumerate(t.rows[1:], start=2):
        cells = {name: _cell_text(_at(row, i)) for name, i in columns.items()}
        text, value = cells.get("text", ""), layout.parse_number(cells.get("value", ""))
        if not text and not cells.get("value"):
            continue
        total_text = cells.get("total", "")
        total = layout.parse_number(total_text) if total_text else None
        if not text or value is None or (total_text and total is None):
            conv.warn("unparsed-figure", "row {row} of the figures table is not a figure", t, row=row_number)
            continue
        pointer = f"/{section}/{index}/figures/{len(figures)}"
        figures.append(Figure(value=value, text=text, unit=cells.get("unit") or None, total=total))
        conv.locations[pointer] = _place(t)
    conv.fields.sections[section][index] = Item(item.text, tuple(figures))


def attendance_table(conv: Converter, t: Block, columns: dict[str, int]) -> None:
    conv.layout_seen = conv.strong = True
    for row in t.rows[1:]:
        name_cell = _at(row, columns["name"])
        name = " ".join(p for p in name_cell.paragraphs if p) if name_cell else ""
        if not name:
            continue
        titles_cell = _at(row, columns["titles"]) if "titles" in columns else None
        titles = tuple(p for p in titles_cell.paragraphs if p) if titles_cell else ()
        role = layout.role_kind(_cell_text(_at(row, columns["role"]))) if "role" in columns else None
        if role == "chair":
            conv.locations[f"/chairs/{len(conv.fields.chairs)}"] = _place(t)
            conv.fields.chairs.append(Person(name=name, titles=titles))
        else:
            kind: AttendeeKind = role if role in ("person", "organization", "group") else "group"  # type: ignore[assignment]
            conv.locations[f"/attendees/{len(conv.fields.attendees)}"] = _place(t)
            conv.fields.attendees.append(Attendee(name=name, kind=kind, titles=titles))


def award_table(conv: Converter, t: Block, columns: dict[str, int]) -> None:
    conv.layout_seen = conv.strong = True
    awards = conv.fields.sections["awards"]
    for row_number, row in enumerate(t.rows[1:], start=2):

        def text(name: str, row: tuple[Cell | None, ...] = row) -> str:
            return _cell_text(_at(row, columns[name])) if name in columns else ""

        if not text("award"):
            continue
        counts = []
        for name in ("collectives", "individuals"):
            count = layout.parse_count(text(name))
            if count is None:
                conv.warn(
                    "unparsed-count", "row {row}: {text!r} is not a count", t, row=row_number, text=text(name)
                )
                count = 0
            counts.append(count)
        recipients_cell = _at(row, columns["recipients"]) if "recipients" in columns else None
        conv.locations[f"/awards/{len(awards)}"] = _place(t)
        awards.append(
            Award(
                award=text("award"),
                giver=text("giver") or None,
                collectives=counts[0],
                individuals=counts[1],
                recipients=tuple(p for p in recipients_cell.paragraphs if p) if recipients_cell else (),
                reason=text("reason") or None,
            )
        )


APPENDIX = "appendix"  # "PHỤ LỤC", "Biểu số 01": tables of figures after the body
LIST_MARKS = "-–•+*"


def appendix(conv: Converter, p: Block) -> bool:
    """An appendix line typed as a paragraph ("PHỤ LỤC", "Biểu số 01: …") starts the appendix;
    its captions are no entries (its tables are read by :func:`read_table`, as results)."""
    from dvtool.extract.cues import cues

    if p.kind == "heading" or classify_heading(p.text) is not None:
        return False  # a marked heading ("## Phụ lục" too) is the structured stage's to read
    if conv.section != APPENDIX and (
        cues().appendix_headings.at_start(p.text) is None or p.marker or p.text.lstrip()[:1] in LIST_MARKS
    ):
        return False  # "- Biểu mẫu" is an entry of a list, not an appendix caption
    caption = cues().appendix_headings.at_start(p.text) is not None  # "PHỤ LỤC", "Biểu số 01: …"
    if conv.section != APPENDIX:  # the appendix's first line: its tables are read, its text is not
        conv.section, conv.section_level, conv.last_item = APPENDIX, 0, None
        conv.section_heading = p.text.strip()[:60]
    if caption:
        conv.messages.append(
            info("appendix", "appendix line {text!r} is no entry", location=_place(p), text=p.text[:60])
        )
    else:  # the appendix's own text is left out: one warning for all of it, not a note per line
        conv.drop(p, conv.section_heading)
    return True


SUB_ITEM_MARKER = "+"


def sub_item(conv: Converter, p: Block, text: str) -> bool:
    """A "+" line under an item ("- Làm mới 12 km đường; + trong đó 4 km bê tông") belongs to
    that item: its text joins the item's (figures are found in the whole text)."""
    typed = p.marker or p.text.lstrip()[:1]
    if typed != SUB_ITEM_MARKER or conv.last_item is None or conv.last_item[0] != conv.section:
        return False
    section, index = conv.last_item
    item = conv.fields.sections[section][index]
    conv.fields.sections[section][index] = Item(f"{item.text} {SUB_ITEM_MARKER} {text}", item.figures)
    return True


def indicator_rows(conv: Converter, t: Block, items: list[Item]) -> None:
    """A table of indicators: one result per row (in a limitations or tasks section, an item
    of that section), also under an appendix heading outside the sections."""
    conv.layout_seen = True
    section = conv.section if conv.section in ITEM_SECTIONS else "results"
    entries = conv.fields.sections[section]
    for item in items:
        conv.locations[f"/{section}/{len(entries)}"] = _place(t)
        entries.append(item)


def rows_as_entries(conv: Converter, t: Block) -> None:
    """A table a person put in a list section: each row becomes one entry."""
    section = conv.section
    assert section is not None
    for row in t.rows[_header_rows(t) :]:
        parts: list[str] = []
        for at, cell in enumerate(row):
            text = _cell_text(cell)
            if at == 0 and len(row) > 1 and ROW_NUMBER.match(text):
                continue  # "1. | Giấy đề nghị …": the row's number, not a part of the entry
            if text and text not in parts:
                parts.append(text)
        if not parts:
            continue
        text = "; ".join(parts)
        if section == "attendees":
            conv.locations[f"/attendees/{len(conv.fields.attendees)}"] = _place(t)
            conv.fields.attendees.append(Attendee(name=text))
        else:
            items = conv.fields.sections[section]
            conv.locations[f"/{section}/{len(items)}"] = _place(t)
            items.append(Item(text) if section in ITEM_SECTIONS else text)
    conv.messages.append(info("table-rows", "table read row by row", location=_place(t)))


def drop_table(conv: Converter, t: Block) -> None:
    conv.messages.append(
        warning(
            "dropped-table",
            "dropped table {number} (not a part of the report layout)",
            location=_place(t),
            number=_place(t).table,
        )
    )
