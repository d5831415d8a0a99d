"""HTML reader: a web page (news article or report) extracted into the model.

The standard library's ``html.parser`` walks the page; scripts, styles, navigation,
headers, footers, asides with no related headlines, forms and comments are dropped. Headings,
paragraphs, list items and table rows become :class:`~dvtool.extract.Block` values with the
source line, and go through the same extraction as plain text. An ``<aside>`` or list titled
"Tin liên quan" keeps its headlines (they fill ``related``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from dvtool.charsets import decode_html
from dvtool.document import Block, Cell, Document
from dvtool.errors import InputError
from dvtool.extract._text import clean
from dvtool.formats import ReadOptions
from dvtool.messages import Location, Result
from dvtool.model import Report
from dvtool.textio import nfc

# Elements whose content is never part of the report.
_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "iframe",
    "nav",
    "figcaption",  # a photo's caption: who stands in the photo, no part of the report
}
# Page chrome: dropped unless it holds the related headlines.
_CHROME = {"header", "footer", "aside"}
_CHROME_HINTS = (
    "menu",
    "nav",
    "breadcrumb",
    "footer",
    "header",
    "share",
    "social",
    "banner",
    "sidebar",
    "comment",
    "advert",
    "quangcao",
    "top-menu",
)
_HEADINGS = {"h1": 1, "h2": 1, "h3": 2, "h4": 2, "h5": 3, "h6": 3}
_BLOCKS = {
    "p",
    "div",
    "li",
    "tr",
    "blockquote",
    "section",
    "article",
    "main",
    "td",
    "th",
    "dd",
    "dt",
    "pre",
    "figcaption",
    "ul",
    "ol",
    "table",
    "body",
}
_SOURCE_BREAK = re.compile(r"[\r\n]+")
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base"}


@dataclass
class _Frame:
    tag: str
    skip: bool
    chrome: bool


@dataclass
class _Collector(HTMLParser):
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    _stack: list[_Frame] = field(default_factory=list)
    _buffer: list[str] = field(default_factory=list)
    _kind: str = "paragraph"
    _level: int = 0
    _line: int = 1
    _in_title: bool = False
    _chrome_blocks: list[list[Block]] = field(default_factory=list)
    # Counts kept beside the stack so that no text node or end tag scans it: with 100,000
    # nested or unclosed elements a scan per event was quadratic.
    _skips: int = 0
    _chromes: int = 0
    _open: dict[str, int] = field(default_factory=dict)
    # the table being read (outside page chrome): rows of cells, each cell its paragraphs
    _rows: list[list[list[str]]] | None = None
    _row_lines: list[int] = field(default_factory=list)
    _table_line: int = 0

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    # -- state
    def _skipping(self) -> bool:
        return self._skips > 0

    def _chrome(self) -> bool:
        return self._chromes > 0

    def _push(self, frame: _Frame) -> None:
        self._stack.append(frame)
        self._skips += frame.skip
        self._chromes += frame.chrome
        self._open[frame.tag] = self._open.get(frame.tag, 0) + 1

    def _pop(self) -> _Frame:
        frame = self._stack.pop()
        self._skips -= frame.skip
        self._chromes -= frame.chrome
        self._open[frame.tag] -= 1
        return frame

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br":
                self._buffer.append("\n")
            return
        if tag == "title":
            self._in_title = True
        hints = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role")).lower()
        skip = tag in _SKIP or tag == "head"
        chrome = tag in _CHROME or any(h in hints for h in _CHROME_HINTS)
        if tag in _HEADINGS or tag in _BLOCKS:
            self._flush()
            self._start_block(tag)
        if chrome:
            self._chrome_blocks.append([])
        self._push(_Frame(tag, skip, chrome))

    def _start_block(self, tag: str) -> None:
        self._line = self.getpos()[0]
        if tag == "table" and self._rows is None and not self._chrome():
            self._rows, self._row_lines, self._table_line = [], [], self._line
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
            self._row_lines.append(self._line)
        elif tag in ("td", "th") and self._rows:
            self._rows[-1].append([])
        if tag in _HEADINGS:
            self._kind, self._level = "heading", _HEADINGS[tag]
        elif tag == "li":
            self._kind, self._level = "list_item", 1
        elif tag == "tr":
            self._kind, self._level = "table_row", 0
        else:
            self._kind, self._level = "paragraph", 0

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if not self._open.get(tag):
            return
        # Only the frames this end tag closes are looked at, and each is popped just below, so
        # the work is paid once per element, however deep the page.
        closing_chrome = False
        for frame in reversed(self._stack):
            closing_chrome = closing_chrome or frame.chrome
            if frame.tag == tag:
                break
        if tag in _HEADINGS or tag in _BLOCKS or closing_chrome:
            self._flush()  # while the closing frames still say whether this text is chrome
        while self._stack:
            frame = self._pop()
            if frame.chrome:
                self._close_chrome()
            if frame.tag == tag:
                break
        if tag == "tr" or tag in _BLOCKS:
            self._kind, self._level = "paragraph", 0
        if tag == "table" and self._rows is not None and not self._open.get("table"):
            self._close_table()

    def _close_table(self) -> None:
        rows = tuple(tuple(Cell(tuple(c)) for c in row) for row in self._rows or [] if row)
        pairs = zip(self._rows or [], self._row_lines, strict=True)
        lines = tuple(Location(line=n) for row, n in pairs if row)
        self._rows = None
        if rows:
            where = Location(line=self._table_line)
            self.blocks.append(Block("", "table", 0, where, rows=rows, row_locations=lines))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skipping():
            return
        if not self._open.get("pre"):
            # A line break in the page's source is a space, as a browser shows it: only <br>
            # and the block elements break a paragraph (CMS pages wrap their source lines).
            data = _SOURCE_BREAK.sub(" ", data)
        self._buffer.append(data)

    def _flush(self) -> None:
        raw = "".join(self._buffer)
        self._buffer = []
        for piece in raw.split("\n"):
            text = clean(nfc(piece))
            if not text:
                continue
            block = Block(text, self._kind, self._level, Location(line=self._line))  # type: ignore[arg-type]
            if self._rows is not None and not self._chrome():
                if self._rows and self._rows[-1]:
                    self._rows[-1][-1].append(text)
                elif self._rows:
                    self._rows[-1].append([text])
                else:
                    self._rows.append([[text]])
                    self._row_lines.append(self._line)
            elif self._chrome():
                self._chrome_blocks[-1].append(block)
            else:
                self.blocks.append(block)

    def _close_chrome(self) -> None:
        """Keep a chrome region only when it is the list of related headlines."""
        region = self._chrome_blocks.pop() if self._chrome_blocks else []
        from dvtool.extract.cues import cues

        if region and cues()["related_headers"].at_start(region[0].text) and len(region[0].text) < 60:
            target = self._chrome_blocks[-1] if self._chrome_blocks else self.blocks
            target.append(Block(region[0].text, "heading", 2, region[0].location))
            target.extend(region[1:])


# Markup declarations the standard parser cannot take ("<![x[", "<!x" mid-text); browsers show
# them as text, and so does dvtool on a second pass.
_ODD_DECLARATION = re.compile(r"<!(?!--|\[CDATA\[|[dD][oO][cC][tT][yY][pP][eE])")


def html_blocks(text: str) -> tuple[list[Block], str]:
    """The content blocks of an HTML page and its <title>."""
    try:
        return _collect(text)
    except AssertionError:  # html.parser's answer to a malformed declaration
        return _collect(_ODD_DECLARATION.sub("&lt;!", text))


def _collect(text: str) -> tuple[list[Block], str]:
    parser = _Collector()
    parser.feed(text)
    parser.close()
    parser._flush()
    if parser._rows is not None:  # a table left open at the end of the page
        parser._close_table()
    return parser.blocks, clean(parser.title)


def document(data: bytes, options: ReadOptions) -> Document:
    """The Document of an HTML page: its content blocks; the <title> as a hint."""
    decoded = decode_html(data, options.source)
    if not decoded.value.strip():  # readable but empty: judged "no report found" (exit 1)
        return Document((), messages=decoded.messages, origin="html", source=options.source)
    blocks, title = html_blocks(decoded.value)
    if not blocks:
        raise InputError("no text found in the HTML page", options.source)
    return Document(
        tuple(blocks), messages=decoded.messages, origin="html", title_hint=title, source=options.source
    )


def read(data: bytes, options: ReadOptions) -> Result[Report]:
    """Read a report from an HTML page."""
    from dvtool.interpret import interpret

    return interpret(document(data, options))
