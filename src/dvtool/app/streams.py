"""Streams of many reports in one input: JSON Lines and multi-document YAML, dvtool's own too.

``convert --to jsonl`` writes one report per line (``--envelope``: ``{"source": FILE,
"report": {...}}``, ``{"source": FILE, "error": ..., "exit_code": N}`` for an input that
failed, ``{"source": FILE, "skipped": REASON}`` for a file in a folder that dvtool does not
read) and ``--to yaml`` writes several inputs as documents separated by ``---``. Reading
such an input back gives one part per report, each named ``STREAM:LINE`` (plus the envelope's
source in brackets), so ``convert``, ``validate`` and ``summarize`` take a stream as many
reports and every line can be traced to the file it came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import PurePath

from dvtool.errors import EXIT_INPUT

# Extensions that always mean JSON Lines, even with a single line.
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
ENVELOPE_KEYS = frozenset({"source", "report", "error", "exit_code", "skipped"})
_YAML_SEPARATOR = re.compile(r"^(?:---|\.\.\.)(?:[ \t].*)?$")


@dataclass(frozen=True)
class Part:
    """One report of a stream: its name, its bytes (or the error an envelope carried)."""

    label: str
    relative: PurePath
    data: bytes
    fmt: str
    error: str | None = None
    exit_code: int = EXIT_INPUT
    skipped: str | None = None  # why the envelope's source was not read when the stream was made


def split_stream(name: str, relative: PurePath, data: bytes, fmt: str) -> list[Part] | None:
    """The parts of a JSON Lines or multi-document YAML input, or None when it holds one report.

    The common case, one report per file, is decided from the first line (JSON) or a byte
    search (YAML), so a batch of thousands of files pays almost nothing for the check.
    """
    if fmt == "json":
        forced = PurePath(name).suffix.lower() in JSONL_EXTENSIONS
        if not (forced or _first_line_is_an_object(data)):
            return None
        text = _text(data)
        return None if text is None else _json_lines(name, relative, text, forced)
    if fmt == "yaml" and (b"\n---" in data or b"\n..." in data):
        text = _text(data)
        return None if text is None else _yaml_documents(name, relative, text)
    return None


def _first_line_is_an_object(data: bytes) -> bool:
    """Does the input start with a whole JSON object on one line, with more lines after it?"""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    end = head.find(b"\n")
    if end < 0:
        return False
    first = head[:end].strip()
    return first.startswith(b"{") and first.endswith(b"}") and bool(head[end:].strip())


def _text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None  # the reader names the problem


def _json_lines(name: str, relative: PurePath, text: str, forced: bool) -> list[Part] | None:
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    looks_like_lines = len(lines) > 1 and all(ln.startswith("{") and ln.endswith("}") for _, ln in lines)
    if not (forced or looks_like_lines):
        return None
    return [_json_part(name, relative, n, line) for n, line in lines]


def _json_part(name: str, relative: PurePath, number: int, line: str) -> Part:
    label = f"{name}:{number}"
    plain = Part(label, relative.with_name(f"{relative.stem}-{number}"), line.encode("utf-8"), "json")
    try:
        record = json.loads(line)
    except ValueError:
        return plain  # the JSON reader names the problem, with this part's name
    if not (isinstance(record, dict) and "source" in record and set(record) <= ENVELOPE_KEYS):
        return plain
    if not ("report" in record or "error" in record or "skipped" in record):
        return plain
    source = str(record["source"])
    label = f"{label} ({source})"
    relative = PurePath(PurePath(source).name or f"{relative.stem}-{number}")
    if "report" in record:
        data = json.dumps(record["report"], ensure_ascii=False).encode("utf-8")
        return Part(label, relative, data, "json")
    if "error" not in record:
        return Part(label, relative, b"", "json", skipped=str(record["skipped"]))
    code = record.get("exit_code")
    exit_code = code if isinstance(code, int) and not isinstance(code, bool) and code > 0 else EXIT_INPUT
    return Part(label, relative, b"", "json", f"failed when converted: {record['error']}", exit_code)


def _yaml_documents(name: str, relative: PurePath, text: str) -> list[Part] | None:
    documents: list[tuple[int, list[str]]] = [(1, [])]
    for number, line in enumerate(text.splitlines(), 1):
        if _YAML_SEPARATOR.match(line):
            documents.append((number + 1, [line[3:].strip()] if line.startswith("---") else []))
        else:
            documents[-1][1].append(line)
    filled = [(start, lines) for start, lines in documents if _has_content(lines)]
    if len(filled) < 2:
        return None
    return [
        Part(
            f"{name}:{start}",
            relative.with_name(f"{relative.stem}-{start}"),
            ("\n".join(lines) + "\n").encode("utf-8"),
            "yaml",
        )
        for start, lines in filled
    ]


def _has_content(lines: list[str]) -> bool:
    return any(line.strip() and not line.lstrip().startswith("#") for line in lines)
