"""Word styles as facts: names, bold, centred, heading level and list membership, resolved through
``basedOn`` chains (cut at :data:`MAX_STYLE_CHAIN`) and cached per document."""

from __future__ import annotations

import re
from typing import Any

from dvtool.readers.docx.wordml import (
    FALSE_WORDS,
    W_B,
    W_BASED_ON,
    W_DEFAULT,
    W_JC,
    W_NAME,
    W_NUM,
    W_NUM_ID,
    W_NUMPR,
    W_OUTLINE_LVL,
    W_PPR,
    W_RPR,
    W_STYLE,
    W_STYLE_ID,
    W_TYPE,
    W_VAL,
    find_path,
    first_child,
    int_val,
)


def numbered_ids(numbering: Any) -> set[str]:
    """numIds that draw a number or bullet (numId 0 and unknown ids switch numbering off)."""
    if numbering is None:  # no numbering part: nothing is numbered
        return set()
    return {num.get(W_NUM_ID) for num in numbering.iterchildren(W_NUM)} - {"0", None}


_HEADING_NAME = re.compile(r"heading ?(\d)")
_NOT_FOUND: Any = object()
MAX_STYLE_CHAIN = 32
"""Most ``basedOn`` links followed from one style (Word's own styles are 2-4 deep). Longer
chains are cut there: a 5,000-deep chain made each style's facts cost its depth, and a page of
styles quadratic time."""


class StyleIndex:
    """Style facts resolved through ``basedOn`` chains: names, bold, headings, lists.

    Every fact is looked up once per style id and kept: a document asks about the same few
    styles for each of its paragraphs and runs.
    """

    def __init__(self, root: Any, numbered: set[str]) -> None:
        self.styles: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        self.numbered = numbered
        self._chains: dict[str | None, tuple[Any, ...]] = {}
        self._facts: dict[tuple[str, str | None], Any] = {}
        self.root = root
        if root is None:  # the styles part cannot be told: no style facts at all
            return
        for style in root.iterchildren(W_STYLE):
            style_id = style.get(W_STYLE_ID)
            if style_id is None:
                continue
            self.styles[style_id] = style
            if style.get(W_TYPE) == "paragraph" and style.get(W_DEFAULT) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> tuple[Any, ...]:
        chain = self._chains.get(style_id)
        if chain is None:
            found: list[Any] = []
            seen: set[str] = set()
            current = style_id if style_id is not None else self.default_paragraph
            while (
                current is not None
                and current not in seen
                and current in self.styles
                and len(found) < MAX_STYLE_CHAIN
            ):
                seen.add(current)
                style = self.styles[current]
                found.append(style)
                based = first_child(style, W_BASED_ON)
                current = based.get(W_VAL) if based is not None else None
            chain = self._chains[style_id] = tuple(found)
        return chain

    def _fact(self, kind: str, style_id: str | None) -> Any:
        key = (kind, style_id)
        value = self._facts.get(key, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self._facts[key] = getattr(self, "_" + kind)(style_id)
        return value

    def find(self, style_id: str | None, path: tuple[str, ...]) -> Any:
        """The first element at ``path`` in the style or the styles it is based on."""
        for style in self.chain(style_id):
            found = find_path(style, path)
            if found is not None:
                return found
        return None

    def name(self, style_id: str | None) -> str:
        name: str = self._fact("name", style_id)
        return name

    def _name(self, style_id: str | None) -> str:
        for style in self.chain(style_id):
            name = first_child(style, W_NAME)
            return str(name.get(W_VAL, "")) if name is not None else str(style_id or "")
        return ""

    def defines(self, name: str) -> bool:
        """Whether a style of the document has this name: its own ``w:name``, or its id when it
        has none (what :meth:`name` gives for the style's own id)."""
        if self.root is None:
            return False
        # Only the w:name elements with this value are looked at (lxml's tag filter skips the
        # rest); each counts if it is the first w:name of the style that holds its id.
        for element in self.root.iter(W_NAME):
            if element.get(W_VAL, "") == name:
                style = element.getparent()
                style_id = style.get(W_STYLE_ID) if style is not None else None
                indexed = style_id is not None and self.styles.get(style_id) is style
                if indexed and first_child(style, W_NAME) is element:
                    return True
        style = self.styles.get(name)
        return style is not None and first_child(style, W_NAME) is None

    def bold(self, style_id: str | None) -> bool:
        bold: bool = self._fact("bold", style_id)
        return bold

    def _bold(self, style_id: str | None) -> bool:
        b = self.find(style_id, (W_RPR, W_B))
        return b is not None and b.get(W_VAL, "true").lower() not in FALSE_WORDS

    def centered(self, style_id: str | None) -> bool:
        centered: bool = self._fact("centered", style_id)
        return centered

    def _centered(self, style_id: str | None) -> bool:
        jc = self.find(style_id, (W_PPR, W_JC))
        return jc is not None and jc.get(W_VAL) == "center"

    def heading_level(self, style_id: str | None, ppr: Any) -> int | None:
        named: int | None = self._fact("named_level", style_id)
        if named is not None:
            return named
        outline = first_child(ppr, W_OUTLINE_LVL) if ppr is not None else None
        if outline is None:
            style_level: int | None = self._fact("style_outline_level", style_id)
            return style_level
        return outline_level(outline)

    def _named_level(self, style_id: str | None) -> int | None:
        names = [self.name(style_id).lower(), (style_id or "").lower()]
        if any(n == "title" for n in names):
            return 0
        for n in names:
            match = _HEADING_NAME.fullmatch(n)
            if match:
                return int(match.group(1))
        return None

    def _style_outline_level(self, style_id: str | None) -> int | None:
        if style_id is None:
            return None
        return outline_level(self.find(style_id, (W_PPR, W_OUTLINE_LVL)))

    def is_list(self, style_id: str | None, ppr: Any) -> bool:
        num = find_path(ppr, (W_NUMPR, W_NUM_ID)) if ppr is not None else None
        if num is not None:
            return num.get(W_VAL) in self.numbered
        style_list: bool = self._fact("style_list", style_id)
        return style_list

    def _style_list(self, style_id: str | None) -> bool:
        num = self.find(style_id, (W_PPR, W_NUMPR, W_NUM_ID)) if style_id is not None else None
        if num is not None:
            return num.get(W_VAL) in self.numbered
        return self.name(style_id).lower().startswith(("list bullet", "list number"))


def outline_level(outline: Any) -> int | None:
    level = int_val(outline, 9)
    return level + 1 if level < 9 else None
