"""PyYAML's SafeDumper as dvtool's YAML writer uses it: never sorting keys, quoting ambiguous scalars."""

from __future__ import annotations

from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    """SafeDumper that never sorts keys and quotes ambiguous scalars."""


# Line breaks other than "\n" (NEL, LS, PS, CR): a YAML reader folds them inside plain,
# single-quoted and block scalars, so only a double-quoted scalar, where the emitter writes them
# as escapes ("\N", "\L"), keeps them.
_OTHER_BREAKS = frozenset("\r\x85\u2028\u2029")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if not _OTHER_BREAKS.isdisjoint(value):
        style = '"'
    elif "\n" in value:
        # a literal block only for plain multi-line text: edge newlines and spaces need chomping
        # and indentation indicators (and a "..." end marker) that front matter readers mangle
        plain = value == value.strip() and all(line == line.rstrip() for line in value.split("\n"))
        style = "|" if plain else '"'

    elif _ambiguous(value):
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _ambiguous(value: str) -> bool:
    """True when an unquoted value might load as anything but this string."""
    if not value or value != value.strip():
        return True
    resolved = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if resolved != "tag:yaml.org,2002:str":
        return True
    return value[0].isdigit() or ":" in value or value.lower() in {"on", "off", "y", "n"}


_RESOLVER = yaml.resolver.Resolver()
_Dumper.add_representer(str, _represent_str)


def dump(data: Any) -> str:
    """Dump plain data as block YAML, in the given key order (PyYAML)."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1 << 16,  # never fold long lines: one value, one line, easy to diff
    )
