"""Plain-text reader: bytes -> :class:`~dvtool.document.Document` of paragraph blocks.

Bytes are decoded leniently (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1258)
and normalized to NFC; the "encoding" note is kept so ``--verbose`` can show what was read.
Hard-wrapped lines are joined into paragraphs; what each paragraph means is decided by
:mod:`dvtool.interpret`. A block of "key: value" lines between two ``---`` lines at the top
(the front matter a notes app or a site generator writes, "so_hieu: \"6-BC/ĐU\"") is a file's
metadata, not its text: its lines are read as blank, so later lines keep their numbers, and a
note says so (``--verbose``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dvtool.document import Block, Cell, Document
from dvtool.formats import ReadOptions
from dvtool.i18n import N_
from dvtool.messages import Location, Message, Result, info
from dvtool.model import Report
from dvtool.textio import decode


def document(data: bytes, options: ReadOptions) -> Document:
    """The Document of a text file."""
    from dvtool.extract.blocks import text_paragraphs

    decoded = decode(data, options.source, legacy=True)
    text, skipped = without_front_matter(decoded.value)
    text = _without_leading_rules(text)
    # An empty file is readable: it has no blocks, so it is judged "no report found" (exit 1).
    blocks = tuple(_tables(text_paragraphs(text)))
    messages = decoded.messages + ((skipped_note(skipped),) if skipped else ())
    return Document(blocks, messages=messages, origin="text", source=options.source)


FRONT_MATTER_LINES = 60  # the closing "---" must come within this many lines
_FENCE = "---"
_KEY_LINE = re.compile(r"^[A-Za-z_][\w.-]*:(?:\s|$)")  # "so_hieu: …", "tags:"
_SKIPPED = N_("skipped lines 1–{last}: front matter (metadata of the file, not its text)")


def without_front_matter(text: str) -> tuple[str, int]:
    """The text with a leading front matter block blanked, and the number of its last line (0
    when there is none). Its lines must be "key: value" lines or their indented or "- " items."""
    lines = text.split("\n")
    if lines[0].strip() != _FENCE:
        return text, 0
    for end in range(1, min(len(lines), FRONT_MATTER_LINES + 1)):
        if lines[end].strip() in (_FENCE, "..."):  # YAML's document end closes it too
            inner = [line for line in lines[1:end] if line.strip()]
            if not inner or not all(_KEY_LINE.match(x) or x[:1] in " \t-" for x in inner):
                return text, 0
            if not _KEY_LINE.match(inner[0]):
                return text, 0
            return "\n" * (end + 1) + "\n".join(lines[end + 1 :]), end + 1
    return text, 0


def _without_leading_rules(text: str) -> str:
    """A rule line above the first line of text ("---" over an article) draws a line; it is no
    title: read as blank, as a front matter's lines are."""
    from dvtool.extract.blocks import is_separator  # the extraction stage loads on first use

    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() and is_separator(line):
            lines[i] = ""
        elif line.strip():
            break
    return "\n".join(lines)


def skipped_note(last: int) -> Message:
    """The note that lines 1 to ``last`` were a front matter, not text (also for Markdown)."""
    return info("front-matter", _SKIPPED, location=Location(line=1), last=last)


CELL_SEPARATOR = " | "


def _cells(text: str) -> list[str] | None:
    """The cells of a line typed as a table row ("a | b", or "| a | b |" with outer pipes)."""
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return [c.strip() for c in stripped[1:-1].split("|")]
    if CELL_SEPARATOR in text:
        return [c.strip() for c in text.split(CELL_SEPARATOR)]
    return None


def _tables(blocks: list[Block]) -> Iterator[Block]:
    """Consecutive lines typed as "cell | cell" with the same number of cells are a table."""
    run: list[tuple[Block, list[str]]] = []
    for block in [*blocks, Block("")]:
        cells = _cells(block.text)
        width = len(cells) if cells is not None else 0
        if run and width != len(run[0][1]):
            yield from _table(run)
            run = []
        if cells is not None and width >= 2:
            run.append((block, cells))
        elif block.text:
            yield block


def _table(run: list[tuple[Block, list[str]]]) -> Iterator[Block]:
    if len(run) < 2:
        yield from (b for b, _ in run)
        return
    # "--- | ---" rules off a Markdown-style table's header
    rule = [all(c and not c.strip("-: ") for c in cells) for _, cells in run]
    header_rows = 1 if len(rule) > 2 and rule[1] and not rule[0] else 0
    kept = [i for i, r in enumerate(rule) if not r]
    rows = tuple(tuple(Cell((c,)) for c in run[i][1]) for i in kept)
    lines = tuple(run[i][0].location or Location() for i in kept)
    yield Block("", "table", 0, run[0][0].location, rows=rows, row_locations=lines, header_rows=header_rows)


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from free-form text."""
    from dvtool.interpret import interpret

    return interpret(document(data, options))
