"""Regular expressions compiled on their first use, not when their module is imported.

A one-file command imports many modules whose patterns it never uses (compiling one costs
about as much as running it on a page); ``X = lazy_pattern(r"...")`` instead of
``X = re.compile(r"...")`` leaves every use (``X.search(text)``, ``X.sub(...)``,
``X.pattern``) as it is. The first use compiles the pattern and puts the compiled pattern's
methods on the object, so later uses cost what a compiled pattern's do.

Only attribute uses work: pass ``X.pattern`` (not ``X``) to ``re`` functions or into a larger
pattern.
"""

from __future__ import annotations

import re
from typing import Any, cast

# The attributes of a compiled pattern copied onto the object at its first use.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not set yet: the first use of the pattern.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_pattern({self._source[0]!r}, {self._source[1]!r})"


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done at the first use of the returned object."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
