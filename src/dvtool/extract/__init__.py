"""Extraction of the report model from free-form Vietnamese text, HTML, Markdown and DOCX.

Public API (used by the text, HTML, Markdown and DOCX readers):

* :class:`Block` — one heading, paragraph, list item or table row;
* :func:`extract_blocks` — blocks -> ``Result[Report]`` with provenance and warnings;
* :func:`extract_text` — plain text -> ``Result[Report]``;
* :func:`dvtool.extract.numbers.find_figures` / :func:`~dvtool.extract.numbers.parse_number`.
"""

from __future__ import annotations

from dvtool.extract.blocks import Block
from dvtool.extract.core import extract_blocks, extract_text

__all__ = ["Block", "extract_blocks", "extract_text"]
