"""Output for people and pipelines: messages on stderr, validation and summary reports on stdout.

stdout carries data only. rich is imported only when stdout/stderr is a terminal and
NO_COLOR is unset; otherwise output is plain text.

Text for people (messages, problems, summary tables) is in the interface language (dvtool.i18n);
JSON, NDJSON and CSV records never change with it.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

from dvtool.app.jobs import Outcome
from dvtool.app.printable import printable
from dvtool.fieldnames import pointer_label
from dvtool.i18n import N_, gettext, language, ngettext
from dvtool.messages import Location, Message
from dvtool.numfmt import format_number
from dvtool.summary import CSV_FIELDS, TOTAL_FIELDS, Summary, totals

if TYPE_CHECKING:
    from dvtool.schema import LocatedProblem

TIME_OF_DAY_WORDS = {"morning": N_("morning"), "afternoon": N_("afternoon"), "evening": N_("evening")}
SEVERITY_WORDS = {"warning": N_("warning"), "info": N_("info")}


def place(source: str, location: Location | None) -> str:
    """``file.md:12`` for lines, ``x.docx: paragraph 4`` for DOCX places, else the file."""
    if location is None:
        return source
    if location.line is not None:
        return f"{source}:{location.line}"
    described = location.describe()
    return f"{source}: {described}" if described else source


def format_message(source: str, message: Message) -> str:
    """One stderr line for a warning or note, in the interface language."""
    where = place(source, message.location)
    text = message.translated()
    pointer = f" {pointer_label(message.pointer, text)}:" if message.pointer else ""
    return f"{gettext(SEVERITY_WORDS[message.severity])}: {where}:{pointer} {text}"


def write_text(stream: IO[bytes], text: str) -> None:
    """Write text as UTF-8 bytes (Windows consoles and pipes included)."""
    stream.write(text.encode("utf-8"))
    stream.flush()


def use_rich(stream: IO[Any]) -> bool:
    """Rich output only on a terminal and without NO_COLOR."""
    return stream.isatty() and "NO_COLOR" not in os.environ


# ---------------------------------------------------------------- validate


def problem_record(problem: LocatedProblem) -> dict[str, Any]:
    record: dict[str, Any] = {"pointer": problem.pointer, "message": problem.message, "rule": problem.rule}
    return _placed(record, problem.location)


def warning_record(message: Message) -> dict[str, Any]:
    """A warning as a pipeline needs it: the field's JSON pointer (null when it is about no one
    field), the English text and the stable code, and where it is when known."""
    record: dict[str, Any] = {"pointer": message.pointer, "message": message.text, "code": message.code}
    return _placed(record, message.location)


def _placed(record: dict[str, Any], loc: Location | None) -> dict[str, Any]:
    if loc is not None:
        for key in ("line", "paragraph", "table"):
            if getattr(loc, key) is not None:
                record[key] = getattr(loc, key)
    return record


# ``status`` of an NDJSON record by the input's exit code; any other code is "error".
STATUS_BY_EXIT = {0: "valid", 1: "invalid", 4: "warnings"}


def validation_record(outcome: Outcome) -> dict[str, Any]:
    """One NDJSON object for ``validate --format json`` (the shape is in the README)."""
    problems = list(outcome.payload or ())
    return {
        "path": outcome.source,
        "status": STATUS_BY_EXIT.get(outcome.exit_code, "error"),
        "valid": outcome.exit_code == 0,
        "exit_code": outcome.exit_code,
        "format": outcome.fmt,
        "problems": [problem_record(p) for p in problems],
        "error": outcome.error,
        "reason": outcome.error,
        "warnings": [warning_record(m) for m in outcome.messages if m.is_warning],
    }


def skipped_record(path: str, strict: bool, reason: str | None = None) -> dict[str, Any]:
    """The NDJSON object of a file inside a folder that dvtool does not read: it was not checked
    (``valid`` is null), and ``reason`` says why (English, like every machine output); a stream's
    envelope gives the reason it carries."""
    from dvtool.app.inputs import skip_reason
    from dvtool.app.printable import printable_path

    return {
        "path": printable_path(path),
        "status": "skipped",
        "valid": None,
        "exit_code": 4 if strict else 0,
        "format": None,
        "problems": [],
        "error": None,
        "reason": str(skip_reason(path)) if reason is None else reason,
        "warnings": [],
    }


def _listed(pointer: str, text: str) -> str:
    """A validation listing's field: words and pointer on every line alike (in English the pointer)."""
    return pointer_label(pointer or "/", text, always=True)


def validation_text(outcome: Outcome) -> str:
    """Plain lines: ``FILE: valid`` or one line per problem."""
    if outcome.error is not None:
        return ""
    problems: Sequence[LocatedProblem] = outcome.payload or ()
    if not problems:
        return gettext("{source}: valid").format(source=printable(outcome.source)) + "\n"
    return "".join(
        printable(f"{place(outcome.source, p.location)}: {_listed(p.pointer, text)}: {text}") + "\n"
        for p, text in ((p, p.translated()) for p in problems)
    )


# ---------------------------------------------------------------- summarize


def summary_json(summary: Summary) -> str:
    return json.dumps(summary.to_record(), ensure_ascii=False) + "\n"


def summaries_csv(summaries: Sequence[Summary]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for s in summaries:
        record = s.to_record()
        writer.writerow([_csv_cell(record[f], f) for f in CSV_FIELDS])
    return buffer.getvalue()


def _csv_cell(value: Any, field: str) -> str:
    if field == "chairs":
        return neutralize_formula("; ".join(value))
    if field in TOTAL_FIELDS:
        return _cell(value)  # a count: a number, never text
    return neutralize_formula(_cell(value))


# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR,
# hides the character that starts one): "=HYPERLINK(...)" in a title would run when the CSV
# is opened in Excel.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(text: str) -> str:
    """A CSV text cell that a spreadsheet cannot take for a formula (OWASP's advice).

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a single
    quote in front, which Excel and LibreOffice show as text and do not display. Numbers are
    never passed here, so they stay numbers. A carriage return inside becomes a line feed.
    """
    safe = "'" + text if text.startswith(FORMULA_STARTS) else text
    # csv quotes a cell holding "\n" (the line end it writes) but not a lone "\r", which
    # readers then take for the end of the row: a line break in a cell is written as "\n".
    return safe.replace("\r\n", "\n").replace("\r", "\n")


def count_text(n: int) -> str:
    """A count for people, its thousands grouped the way of the interface language: 3,509 in
    English, 3.509 in Vietnamese (as its documents write it). Machine outputs keep 3509."""
    return format_number(n) if language() == "vi" else f"{n:,}"


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _when(s: Summary) -> str:
    if s.date is None:
        return "—"
    word = TIME_OF_DAY_WORDS.get(s.time_of_day or "")
    return f"{s.date} ({gettext(word)})" if word else s.date


def _awards(s: Summary) -> str:
    return gettext("{awards} ({collectives} collectives, {individuals} individuals)").format(
        awards=count_text(s.awards),
        collectives=count_text(s.award_collectives),
        individuals=count_text(s.award_individuals),
    )


def _entries(n: int) -> str:
    return ngettext("{count} entry", "{count} entries", n).format(count=count_text(n))


def single_lines(s: Summary) -> list[tuple[str, str]]:
    """Label/value rows of the one-report screen, in the interface language (values made safe
    for a terminal)."""
    return [(label, printable(value)) for label, value in _single_values(s)]


def _single_values(s: Summary) -> list[tuple[str, str]]:
    figures = ngettext("{count} figure", "{count} figures", s.figures).format(count=count_text(s.figures))
    return [
        (gettext("Title"), s.title),
        (gettext("Date"), _when(s)),
        (gettext("Venue"), s.location or "—"),
        (gettext("Chairs"), ", ".join(s.chairs) or "—"),
        (gettext("Attendees"), _entries(s.attendees)),
        (gettext("Results"), f"{_entries(s.results)}, {figures}"),
        (gettext("Shortcomings"), count_text(s.limitations)),
        (gettext("Tasks"), count_text(s.tasks)),
        (gettext("Remarks"), count_text(s.remarks)),
        (gettext("Awards"), _awards(s)),
    ]


def single_plain(s: Summary) -> str:
    rows = single_lines(s)
    width = max(len(label) for label, _ in rows)
    out = [f"{label.ljust(width)}  {value}" for label, value in rows]
    if s.result_lines:
        out.append("")
        out.append(gettext("Key results:"))
        for line in s.result_lines:
            if line.figures:
                out.append(printable(f"  - {', '.join(line.figures)} — {_short(line.text)}"))
    return "\n".join(out) + "\n"


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Headings of the many-reports table (msgids, translated when shown) and the summary field of each.
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    (N_("File"), "path"),
    (N_("Date"), "date"),
    (N_("Title"), "title"),
    (N_("Results"), "results"),
    (N_("Figures"), "figures"),
    (N_("Shortcomings"), "limitations"),
    (N_("Tasks"), "tasks"),
    (N_("Collectives"), "award_collectives"),
    (N_("Individuals"), "award_individuals"),
)


def table_header() -> list[str]:
    """Column titles in the interface language, written in full (no KQ/HC/NV to explain)."""
    return [gettext(title) for title, _ in TABLE_COLUMNS]


def _reports(n: int) -> str:
    return ngettext("{count} report", "{count} reports", n).format(count=count_text(n))


def table_rows(summaries: Sequence[Summary]) -> list[list[str]]:
    rows = [[_table_cell(getattr(s, key), key) for _, key in TABLE_COLUMNS] for s in summaries]
    sums = totals(summaries)
    total_row = [gettext("Total"), "", _reports(len(summaries))]
    total_row += [count_text(int(sums[key])) for _, key in TABLE_COLUMNS[3:]]
    rows.append(total_row)
    return rows


def _table_cell(value: Any, key: str) -> str:
    if value is None:
        return "—"
    if key in TOTAL_FIELDS:
        return count_text(int(value))
    return printable(_short(str(value), 60) if key == "title" else str(value))


def many_plain(summaries: Sequence[Summary]) -> str:
    header = table_header()
    rows = [header, *table_rows(summaries)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.insert(len(lines) - 1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def summaries_markdown(summaries: Sequence[Summary]) -> str:
    if len(summaries) == 1:
        s = summaries[0]
        lines = [f"# {printable(s.title)}", "", "| | |", "|---|---|"]
        lines += [f"| {label} | {_md(value)} |" for label, value in single_lines(s)[1:]]
        return "\n".join(lines) + "\n"
    header = table_header()
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in table_rows(summaries)]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_rich(summaries: Sequence[Summary], stream: IO[str]) -> None:
    """Tables for a person at a terminal."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, highlight=False)
    if len(summaries) == 1:
        s = summaries[0]
        # Text objects, not strings: "[red]" in a title is text, not rich markup.
        table = Table(title=Text(printable(s.title)), show_header=False, title_style="bold")
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for label, value in single_lines(s)[1:]:
            table.add_row(label, Text(value))
        console.print(table)
        figures = Table(
            gettext("Key figures"), gettext("Result"), title=gettext("Key results"), title_style="bold"
        )
        for line in s.result_lines:
            if line.figures:
                figures.add_row(Text(printable(", ".join(line.figures))), Text(printable(_short(line.text))))
        if figures.row_count:
            console.print(figures)
        return
    table = Table(title=_reports(len(summaries)), title_style="bold")
    for title, key in zip(table_header(), (key for _, key in TABLE_COLUMNS), strict=True):
        if key in TOTAL_FIELDS:
            table.add_column(title, justify="right", no_wrap=True)
        elif key == "path":
            table.add_column(title, overflow="fold", style="cyan")
        else:
            table.add_column(title, no_wrap=key == "date")
    rows = table_rows(summaries)
    for row in rows[:-1]:
        table.add_row(*(Text(cell) for cell in row))
    table.add_section()
    table.add_row(*rows[-1], style="bold")
    console.print(table)
