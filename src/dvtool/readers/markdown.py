"""Markdown reader: bytes -> :class:`~dvtool.document.Document`.

1. YAML front matter (between ``---`` lines at the top) is loaded with the YAML reader's
   :class:`~dvtool.readers.yaml.ReportLoader`, keeping the line of every value: the
   Document's ``meta``.
2. The body is parsed by markdown-it (CommonMark + pipe tables); headings, paragraphs, list
   items (with their nested blocks), tables and other blocks become Document blocks with their
   inline emphasis (``spans``) and source line.

What the blocks mean is decided by :mod:`dvtool.interpret`, as for every other format.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Sequence

import yaml
from markdown_it.tree import SyntaxTreeNode

from dvtool.document import Block, Cell, Document, FrontMatter, Hints, Span
from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.i18n import phrase
from dvtool.mdformat import new_parser
from dvtool.messages import Location, Message, Result
from dvtool.model import REPORT_KEYS, Report
from dvtool.readers._data import normalize_strings, value_error_text
from dvtool.readers.text import skipped_note
from dvtool.readers.yaml import ReportLoader, check_events
from dvtool.textio import decode

FENCES = ("---", "...")


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from Markdown bytes (UTF-8, BOM accepted)."""
    decoded = decode(data, options.source)
    result = read_text(decoded.value, options.source)
    return result.with_messages(decoded.warnings())


def read_text(text: str, source: str = "<stdin>") -> Result[Report]:
    """Read a report from Markdown text (already NFC). Raises InputError on unreadable input."""
    from dvtool.interpret import interpret

    return interpret(document(text, source))


def document(text: str, source: str = "<stdin>") -> Document:
    """The Document of a Markdown text: front matter as ``meta``, the body as blocks."""
    if not text.strip():  # readable but empty: no blocks, judged "no report found" (exit 1)
        return Document((), origin="md", source=source)
    front, body, offset = split_front_matter(text, source)
    meta = load_front_matter(front, source) if front is not None else None
    notes: tuple[Message, ...] = ()
    if meta is not None and foreign(meta):
        meta, notes = None, (skipped_note(offset),)  # the body is a person's text, read as such
    tree = SyntaxTreeNode(new_parser().parse(body))
    blocks = tuple(_blocks(tree.children, offset, 0))
    return Document(blocks, meta=meta, messages=notes, origin="md", source=source)


def foreign(meta: FrontMatter) -> bool:
    """A front matter another program wrote ("layout", "tags", "so_hieu", "trich_yeu" …): it
    names no field of a report beyond a title or a date, and some key no report has. dvtool's own
    Markdown keeps its fields there and is read exactly; a foreign one is skipped."""
    keys = set(meta.data)
    return bool(keys - set(REPORT_KEYS)) and not keys & (set(REPORT_KEYS) - _SHARED_KEYS)


_SHARED_KEYS = {"title", "date"}  # keys a blog's or a notes app's front matter has too


# ---------------------------------------------------------------------------
# Front matter


def split_front_matter(text: str, source: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, number of lines before the body).

    Like pandoc, a ``---`` first line followed by a non-blank line opens front matter, and a
    ``---`` or ``...`` line closes it.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != "---" or len(lines) < 2 or not lines[1].strip():
        return None, text, 0
    for i in range(1, len(lines)):
        if lines[i].rstrip() in FENCES:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 1
    raise InputError("line 1: front matter is not closed by a '---' line", source)


def load_front_matter(text: str, source: str) -> FrontMatter:
    """Parse the YAML (first line is line 2 of the file) and note each value's line.

    The YAML reader's event pre-pass bounds nesting and aliases first, so a hostile front
    matter is refused before any node is built.
    """
    loader: ReportLoader | None = None
    try:
        with contextlib.suppress(yaml.YAMLError):  # syntax errors: the loader names the line
            check_events(text, source)
        loader = ReportLoader(text)
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        raise InputError(
            "line {line}: invalid front matter: {detail}",
            source,
            line=line,
            detail=exc.problem or exc.context,
        ) from None
    except yaml.YAMLError as exc:
        message = " ".join(str(exc).split())  # a ReaderError's text spans lines
        raise InputError(
            "line {line}: invalid front matter: {detail}", source, line=1, detail=message
        ) from None
    except RecursionError:
        raise InputError(
            "line {line}: invalid front matter: {detail}", source, line=1, detail=phrase("nested too deeply")
        ) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise InputError(
            "line {line}: invalid front matter: {detail}", source, line=1, detail=value_error_text(exc)
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("line 2: front matter must be a mapping of report fields", source)
    lines: dict[str, int] = {}
    if node is not None:
        _node_lines(node, "", lines, set())
    return FrontMatter(normalize_strings(data, source=source), lines)


def _node_lines(node: yaml.Node, pointer: str, out: dict[str, int], seen: set[int]) -> None:
    """Record the line of every value; an aliased node is walked once (no alias blow-up)."""
    out[pointer] = node.start_mark.line + 2
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                _node_lines(value, f"{pointer}/{key.value}", out, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            _node_lines(value, f"{pointer}/{i}", out, seen)


# ---------------------------------------------------------------------------
# Body: syntax tree -> blocks

_OTHER_NAMES = {
    "blockquote": "block quote",
    "code_block": "code block",
    "fence": "code block",
    "html_block": "HTML",
}


def _line(node: SyntaxTreeNode, offset: int) -> Location:
    return Location(line=(node.map[0] if node.map else 0) + 1 + offset)


def _blocks(nodes: Sequence[SyntaxTreeNode], offset: int, depth: int) -> Iterator[Block]:
    for node in nodes:
        where = _line(node, offset)
        if node.type == "heading":
            spans = _spans(node.children[0] if node.children else None)
            yield Block(_joined(spans), "heading", int(node.tag[1:]), where, spans=spans)
        elif node.type == "paragraph":
            spans = _spans(node.children[0])
            yield Block(_joined(spans), "paragraph", depth, where, spans=spans, hints=_emphasis(spans))
        elif node.type in ("bullet_list", "ordered_list"):
            yield from _list_items(node, offset, depth + 1)
        elif node.type == "table":
            trs = [tr for part in node.children for tr in part.children]
            rows = tuple(_row(tr) for tr in trs)
            lines = tuple(_line(tr, offset) for tr in trs)
            heads = sum(len(part.children) for part in node.children if part.type == "thead")
            yield Block("", "table", depth, where, rows=rows, row_locations=lines, header_rows=heads)
        elif node.type == "hr":
            continue
        elif node.type == "fence" and node.info.strip().casefold() in _TEXT_FENCES:
            yield from _text_fence(node, offset)
        else:
            name = _OTHER_NAMES.get(node.type, node.type.replace("_", " "))
            children = tuple(_blocks(node.children, offset, depth))
            yield Block("", "paragraph", depth, where, hints=Hints(element=name), children=children)


_TEXT_FENCES = {"text", "txt", "plain", "plaintext"}  # a fence of text, not of code


def _text_fence(node: SyntaxTreeNode, offset: int) -> Iterator[Block]:
    """ "```text" over a document's own text (an archive's digitized report, a pasted e-mail):
    its lines are read as a text file's are, at their lines in the Markdown file."""
    from dvtool.extract.blocks import text_paragraphs

    shift = (node.map[0] + 1 if node.map else 0) + offset
    for block in text_paragraphs(node.content):
        line = (block.location.line if block.location is not None and block.location.line else 0) + shift
        yield dataclasses.replace(block, location=Location(line=line))


def _list_items(node: SyntaxTreeNode, offset: int, depth: int) -> Iterator[Block]:
    for i, item in enumerate(node.children):
        first = next((c for c in item.children if c.type == "paragraph"), None)
        spans = _spans(first.children[0]) if first is not None else ()
        rest = [c for c in item.children if c is not first]
        marker = item.markup if node.type == "bullet_list" else f"{item.info}{item.markup}"
        yield Block(
            _joined(spans),
            "list_item",
            depth,
            _line(item, offset),
            marker=marker,
            hints=dataclasses.replace(
                _emphasis(spans), numbered=node.type == "ordered_list", starts_list=i == 0
            ),
            spans=spans,
            children=tuple(_blocks(rest, offset, depth)),
        )


def _row(tr: SyntaxTreeNode) -> tuple[Cell | None, ...]:
    return tuple(Cell((_joined(_spans(c.children[0] if c.children else None)),)) for c in tr.children)


def _emphasis(spans: Sequence[Span]) -> Hints:
    """Bold when only bold text; the leading bold text (a speaker, an award name)."""
    lead = spans[0].text if spans and spans[0].style == "bold" else ""
    return Hints(bold=len(spans) == 1 and bool(lead), bold_prefix=lead)


def _joined(spans: Sequence[Span]) -> str:
    return "".join(s.text for s in spans)


def _spans(inline: SyntaxTreeNode | None) -> tuple[Span, ...]:
    """Top-level inline pieces (empty text nodes left out): bold, italic or plain."""
    if inline is None:
        return ()
    out: list[Span] = []
    for child in inline.children:
        if child.type == "text" and not child.content:
            continue
        style = {"strong": "bold", "em": "italic"}.get(child.type, "plain")
        out.append(Span(_text_of([child]), style))  # type: ignore[arg-type]
    return tuple(out)


def _text_of(parts: Sequence[SyntaxTreeNode]) -> str:
    """Plain text: escapes resolved, formatting dropped, line breaks kept."""
    out: list[str] = []
    for child in parts:
        if child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type in ("text", "code_inline", "html_inline", "image"):
            out.append(child.content)
        else:
            out.append(_text_of(child.children))
    return "".join(out)
