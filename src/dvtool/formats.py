"""The format registry: names, file extensions, sniffing, and lazy reader/writer lookup.

N readers and M writers meet in the model; nothing converts one format to another
directly. Modules are imported only when their format is used, so a JSON-only run never
loads python-docx.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from dvtool.errors import UsageError

if TYPE_CHECKING:
    from dvtool.messages import Result
    from dvtool.model import Report


@dataclass(frozen=True)
class ReadOptions:
    """What a reader needs besides the bytes: the name to use in messages."""

    source: str = "<stdin>"


@dataclass(frozen=True)
class WriteOptions:
    """Writer settings. ``compact`` asks JSON for one line."""

    compact: bool = False


Reader = Callable[[bytes, ReadOptions], "Result[Report]"]
Writer = Callable[["Report", WriteOptions], "Result[bytes]"]

# format name -> module that defines ``read`` / ``write``
READERS: dict[str, str] = {
    "json": "dvtool.readers.json",
    "yaml": "dvtool.readers.yaml",
    "md": "dvtool.readers.markdown",
    "docx": "dvtool.readers.docx",
    "text": "dvtool.readers.text",
    "html": "dvtool.readers.html",
}
WRITERS: dict[str, str] = {
    "json": "dvtool.writers.json",
    "yaml": "dvtool.writers.yaml",
    "md": "dvtool.writers.markdown",
    "docx": "dvtool.writers.docx",
}
EXTENSIONS: dict[str, str] = {
    ".json": "json",
    ".jsonl": "json",  # JSON Lines: a stream of reports (see streams.py)
    ".ndjson": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}
OUTPUT_EXTENSIONS: dict[str, str] = {"json": ".json", "yaml": ".yaml", "md": ".md", "docx": ".docx"}


def format_from_path(path: str) -> str | None:
    """The format its extension names, or None."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())


def sniff(data: bytes) -> str:
    """Guess a format from content: zip magic, JSON, front matter, HTML, else text."""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = _text_head(data)
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith("---"):
        return "md" if _has_markdown_body(head) else "yaml"
    lowered = head[:200].lower()
    if lowered.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in lowered:
        return "html"
    if _YAML_KEY.match(head):
        return "yaml"
    if head.startswith("#") or "\n## " in head:
        return "md"
    return "text"


# A YAML mapping starts with an ASCII key ("schema_version:", "title:"); prose does not.
_YAML_KEY = re.compile(r"[a-z_][a-z0-9_]*:(?:[ \t]|$)", re.MULTILINE)


def _text_head(data: bytes) -> str:
    chunk = data[:4096]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if chunk.startswith(bom):
            return chunk[len(bom) :].decode(codec, errors="ignore").lstrip()
    return chunk.decode("utf-8", errors="ignore").lstrip()


def _has_markdown_body(head: str) -> bool:
    """Front matter closed by a second ``---`` line with text after it is Markdown."""
    lines = head.splitlines()
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return any(rest.strip() for rest in lines[i + 1 :])
    return False


def get_reader(fmt: str) -> Reader:
    """The ``read`` function of a format, imported on first use."""
    module = READERS.get(fmt)
    if module is None:
        raise UsageError(
            "cannot read format '{format}' (choose from {choices})", format=fmt, choices=", ".join(READERS)
        )
    return importlib.import_module(module).read  # type: ignore[no-any-return]


def get_writer(fmt: str) -> Writer:
    """The ``write`` function of a format, imported on first use."""
    module = WRITERS.get(fmt)
    if module is None:
        raise UsageError(
            "cannot write format '{format}' (choose from {choices})", format=fmt, choices=", ".join(WRITERS)
        )
    return importlib.import_module(module).write  # type: ignore[no-any-return]
