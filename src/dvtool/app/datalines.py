"""Line numbers of the values in a JSON or YAML file, by JSON pointer.

Validation problems in Markdown and Word files name their place; these maps let problems in
JSON and YAML files do the same (``bad.json:12: /date: ...``). They are built only when a
file has problems, from text the reader has already accepted, so they can stay simple.
A member's line is the line of its key, where a person looks for it.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

# The JSON string scanner of the standard library (not in its type stubs): (text, end).
_scanstring: Any = getattr(json.decoder, "scanstring")  # noqa: B009

_WS = re.compile(r"[ \t\n\r]*")
_NEWLINE = re.compile("\n")
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def json_lines(text: str) -> dict[str, int]:
    """Pointer -> 1-based line for every value of a JSON document (partial if it is not JSON)."""
    return _JsonLines(text).run()


class _JsonLines:
    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]  # in C, not per character
        self.lines: dict[str, int] = {}

    def run(self) -> dict[str, int]:
        try:
            self.value(self.skip(0), "")
        except (IndexError, ValueError):
            pass  # keep what was found; the reader reports what is wrong with the text
        return self.lines

    def line(self, pos: int) -> int:
        return bisect.bisect_left(self.newlines, pos) + 1

    def skip(self, pos: int) -> int:
        match = _WS.match(self.text, pos)
        return match.end() if match else pos

    def value(self, pos: int, pointer: str) -> int:
        self.lines.setdefault(pointer, self.line(pos))
        char = self.text[pos]
        if char == "{":
            return self.members(pos + 1, pointer)
        if char == "[":
            return self.elements(pos + 1, pointer)
        if char == '"':
            return int(_scanstring(self.text, pos + 1)[1])
        match = _SCALAR.match(self.text, pos)
        if match is None:
            raise ValueError(pos)
        return match.end()

    def members(self, pos: int, pointer: str) -> int:
        pos = self.skip(pos)
        if self.text[pos] == "}":
            return pos + 1
        while True:
            key_at = pos
            key, pos = _scanstring(self.text, pos + 1)
            child = f"{pointer}/{_escape(key)}"
            self.lines[child] = self.line(key_at)
            pos = self.skip(pos)
            if self.text[pos] != ":":
                raise ValueError(pos)
            pos = self.skip(self.value(self.skip(pos + 1), child))
            if self.text[pos] == "}":
                return pos + 1
            if self.text[pos] != ",":
                raise ValueError(pos)
            pos = self.skip(pos + 1)

    def elements(self, pos: int, pointer: str) -> int:
        pos = self.skip(pos)
        if self.text[pos] == "]":
            return pos + 1
        index = 0
        while True:
            pos = self.skip(self.value(pos, f"{pointer}/{index}"))
            if self.text[pos] == "]":
                return pos + 1
            if self.text[pos] != ",":
                raise ValueError(pos)
            pos = self.skip(pos + 1)
            index += 1


def yaml_lines(text: str) -> dict[str, int]:
    """Pointer -> 1-based line for every value of a YAML document (empty if it cannot be read)."""
    import yaml

    from dvtool.readers.yaml import ReportLoader

    try:
        root = yaml.compose(text, Loader=ReportLoader)  # noqa: S506 - nodes only, nothing built
    except yaml.YAMLError:
        return {}
    lines: dict[str, int] = {}
    if root is not None:
        _walk_yaml(root, "", root.start_mark.line + 1, lines, 0)
    return lines


def _walk_yaml(node: Any, pointer: str, line: int, lines: dict[str, int], depth: int) -> None:
    import yaml

    lines.setdefault(pointer, line)
    if depth > 64:  # the reader refused deeper data already; aliases cannot loop here
        return
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = f"{pointer}/{_escape(str(key.value))}"
            _walk_yaml(value, child, key.start_mark.line + 1, lines, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            _walk_yaml(value, f"{pointer}/{index}", value.start_mark.line + 1, lines, depth + 1)
