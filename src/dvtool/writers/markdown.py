"""Markdown writer: YAML front matter for the scalar fields, Vietnamese section headings for the rest.

The layout (read back exactly by :mod:`dvtool.readers.markdown`)::

    ---
    title: Hội nghị triển khai nhiệm vụ năm 2023
    date: "2023-02-10"
    plan_year: 2023
    ---

    # Hội nghị triển khai nhiệm vụ năm 2023

    ## Thành phần tham dự

    - Lãnh đạo UBND tỉnh
    - Nguyễn Văn A *(cá nhân)*
      - Chủ tịch UBND tỉnh

    ## Kết quả đạt được

    - Toàn tỉnh có 309/411 xã đạt chuẩn; tăng 2,3% so với năm 2021.
      - **309/411 xã**
      - **2,3%** — “tăng 2,3%”

    ## Ý kiến chỉ đạo

    - **Nguyễn Văn A**: Đề nghị các cấp ...

    ## Khen thưởng

    - **Bằng khen** của UBND tỉnh
      - Số tập thể: 6
      - Số cá nhân: 7
      - Lý do: có thành tích xuất sắc ...

Each figure is a sub-item: the bold part is its value, total and unit, written the Vietnamese
way; the quoted text follows only when the figure's source text differs from that display.
Empty sections are left out; they read back as empty lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dvtool.extract.layout_words import layout_words
from dvtool.formats import WriteOptions
from dvtool.i18n import N_
from dvtool.mdformat import escape, escape_block, representable
from dvtool.messages import Message, Result, warning
from dvtool.model import Attendee, Award, Figure, Item, Remark, Report, document_to_dict
from dvtool.numfmt import figure_display, format_number
from dvtool.sections import heading_for
from dvtool.writers.yaml import dump_data

# Front matter keys, in the order they are written.
FRONT_MATTER_KEYS: tuple[str, ...] = (
    "title",
    "date",
    "time_of_day",
    "location",
    "organizers",
    "chairs",
    "reporting_year",
    "plan_year",
    "author",
    "publisher",
    "document",
)

FIGURE_SEPARATOR = " — "


class _Writer:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    def check(self, text: str, pointer: str, *, inline: bool = False) -> str:
        """The text a Markdown paragraph can carry: ``text`` itself, or (with a warning) its
        lines trimmed, "\r" read as a line break and blank lines dropped — never text that
        would read back as something else (an extra item, a dropped one, a stray "\\")."""
        if representable(text) and not (inline and "\n" in text):
            return text
        self.messages.append(
            warning(
                "md-whitespace",
                "leading/trailing spaces, blank or empty lines are not kept in Markdown",
                pointer=pointer,
            )
        )
        return settle(text, inline=inline)

    def left_out(self, template: str, pointer: str) -> None:
        """Warn that a value is left out; ``template`` is the whole message (marked with N_)."""
        self.messages.append(warning("md-empty", template, pointer=pointer))

    def optional(self, text: str | None, pointer: str) -> str | None:
        """An optional short field; an empty string cannot be written, so it becomes absent."""
        if text is not None:
            text = self.check(text, pointer, inline=True) if text else text
        if text == "":
            self.messages.append(warning("md-empty", "an empty value is written as absent", pointer=pointer))
            return None
        return text


def settle(text: str, *, inline: bool = False) -> str:
    """``text`` as Markdown can hold it: lines trimmed, no blank lines (one line if inline)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return (" " if inline else "\n").join(line for line in lines if line)


def front_matter(report: Report) -> dict[str, Any]:
    """The front matter fields that have a value, in layout order."""
    data: dict[str, Any] = {}
    for key in FRONT_MATTER_KEYS:
        value = getattr(report, key)
        if key == "chairs":
            value = [
                {"name": p.name, "titles": list(p.titles)} if p.titles else {"name": p.name} for p in value
            ]
        elif key == "document":
            value = document_to_dict(value) if value is not None else None
        elif isinstance(value, tuple):
            value = list(value)
        if value is None or value == []:
            continue
        data[key] = value
    return data


def render(report: Report) -> Result[str]:
    """The report as Markdown text, with warnings for what Markdown cannot hold exactly."""
    w = _Writer()
    parts = ["---\n" + dump_data(front_matter(report)) + "---\n"]
    heading = " ".join(report.title.split())
    parts.append("# " + escape(heading) + "\n" if heading else "")
    sections = (
        ("attendees", [_attendee(w, a, f"/attendees/{i}") for i, a in enumerate(report.attendees)]),
        ("results", _items(w, report.results, "/results")),
        ("limitations", _items(w, report.limitations, "/limitations")),
        ("tasks", _items(w, report.tasks, "/tasks")),
        ("remarks", [_remark(w, r, f"/remarks/{i}") for i, r in enumerate(report.remarks)]),
        ("awards", [_award(w, a, f"/awards/{i}") for i, a in enumerate(report.awards)]),
        ("related", [_related(w, r, f"/related/{i}") for i, r in enumerate(report.related)]),
    )
    for section, entries in sections:
        if any(entries):
            heading = "## " + escape(heading_for(section, report.plan_year))
            parts.append(heading + "\n\n" + "".join(entries))
    return Result("\n".join(parts), tuple(w.messages))


def write(report: Report, options: WriteOptions) -> Result[bytes]:
    """Write a report as Markdown (UTF-8)."""
    result = render(report)
    return result.map(result.value.encode("utf-8"))


# ---------------------------------------------------------------------------
# Sections. Each entry is a list item, ending in a newline; sub-items are indented by two.


def _items(w: _Writer, items: tuple[Item, ...], pointer: str) -> list[str]:
    return [_item(w, item, f"{pointer}/{i}") for i, item in enumerate(items)]


def _item(w: _Writer, item: Item, pointer: str) -> str:
    text = w.check(item.text, pointer)
    if not text:
        w.left_out(N_("an item with no visible text is left out"), pointer)
        return ""
    lines = ["- " + escape_block(text, "  ")]
    lines.extend(_figure(w, f, f"{pointer}/figures/{k}") for k, f in enumerate(item.figures))
    return "\n".join(lines) + "\n"


def _figure(w: _Writer, figure: Figure, pointer: str) -> str:
    unit = w.optional(figure.unit, f"{pointer}/unit")
    display = figure_display(figure.value, figure.total, unit)
    line = "  - **" + escape(display) + "**"
    if figure.change is not None:
        line += " " + layout_words().change_words[figure.change]
    text = w.check(figure.text, f"{pointer}/text") or display
    if text != display:
        line += FIGURE_SEPARATOR + "“" + escape_block(text, "    ") + "”"
    return line


def _attendee(w: _Writer, attendee: Attendee, pointer: str) -> str:
    name = w.check(attendee.name, pointer, inline=True)
    if not name:
        w.messages.append(
            warning("md-empty", "an attendee with no visible name is left out", pointer=pointer)
        )
        return ""
    line = "- " + escape(name)
    kinds = layout_words().markdown_kinds.written
    if attendee.kind in kinds:
        line += f" *({kinds[attendee.kind]})*"
    return "\n".join([line, *_sub_list(w, attendee.titles, f"{pointer}/titles", "  ")]) + "\n"


def _sub_list(w: _Writer, values: tuple[str, ...], pointer: str, indent: str) -> Iterator[str]:
    for i, value in enumerate(values):
        text = w.check(value, f"{pointer}/{i}")
        if not text:
            w.messages.append(
                warning("md-empty", "an entry with no visible text is left out", pointer=f"{pointer}/{i}")
            )
            continue
        yield indent + "- " + escape_block(text, indent + "  ")


def _remark(w: _Writer, remark: Remark, pointer: str) -> str:
    text = w.check(remark.text, f"{pointer}/text")
    if not text:
        w.left_out(N_("a remark with no visible text is left out"), pointer)
        return ""
    speaker = w.optional(remark.speaker, f"{pointer}/speaker")
    lead = f"**{escape(speaker)}**: " if speaker is not None else ""
    return "- " + lead + escape_block(text, "  ") + "\n"


def _award(w: _Writer, award: Award, pointer: str) -> str:
    name = w.check(award.award, f"{pointer}/award", inline=True)
    if not name:
        w.left_out(N_("an award with no visible name is left out"), pointer)
        return ""
    giver = w.optional(award.giver, f"{pointer}/giver")
    head = "- **" + escape(name) + "**"
    if giver is not None:
        head += f" {layout_words().giver_word} " + escape(giver)
    lines = [head]
    labels = layout_words().markdown_award_labels  # the first spelling of each is the one written
    if award.collectives:
        lines.append(f"  - {labels.collectives[0]}: {format_number(award.collectives)}")
    if award.individuals:
        lines.append(f"  - {labels.individuals[0]}: {format_number(award.individuals)}")
    if award.reason is not None:
        reason = escape_block(w.check(award.reason, f"{pointer}/reason") if award.reason else "", "    ")
        lines.append(f"  - {labels.reason[0]}:" + (" " + reason if reason else ""))
    if award.recipients:
        lines.append(f"  - {labels.recipients[0]}:")
        lines.extend(_sub_list(w, award.recipients, f"{pointer}/recipients", "    "))
    return "\n".join(lines) + "\n"


def _related(w: _Writer, title: str, pointer: str) -> str:
    text = w.check(title, pointer)
    if not text:
        w.left_out(N_("a headline with no visible text is left out"), pointer)
        return ""
    return "- " + escape_block(text, "  ") + "\n"
