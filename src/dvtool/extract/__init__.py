"""The prose stage: free-form Vietnamese text read into the report model.

Public API (used by :mod:`dvtool.interpret`):

* :class:`Block` — one heading, paragraph, list item or table row;
* :func:`extract_blocks` — blocks -> ``Result[Report]`` with provenance and warnings;
* :func:`extract_text` — plain text -> ``Result[Report]``;
* :func:`dvtool.extract.numbers.find_figures` / :func:`~dvtool.extract.numbers.parse_number`.

The stages (and Block) are imported on first use, so a module that needs only the block
helpers, the number parser or a vocabulary (reading and writing dvtool's own files) does not
load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dvtool.document import Block
    from dvtool.extract.core import extract_blocks, extract_text

__all__ = ["Block", "extract_blocks", "extract_text"]


def __getattr__(name: str) -> Any:
    if name in ("extract_blocks", "extract_text"):
        from dvtool.extract import core

        return getattr(core, name)
    if name == "Block":  # also on first use: the vocabulary modules of this package need no Block
        from dvtool.document import Block

        return Block
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
