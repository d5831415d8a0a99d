"""Runs typed in the pre-Unicode Vietnamese fonts, read as Unicode.

A Word file of the 1995-2008 years often mixes fonts: the body in ``.VnTime`` (TCVN3) or
``VNI-Times`` (VNI), a heading in ``.VnTimeH`` (TCVN3 typed in lower case and drawn in capitals),
a later paragraph in Times New Roman (Unicode). Each run's font is resolved as Word does (the
run's ``w:rFonts``, its character style, the paragraph's style, the document defaults) and the
run converted with that font's table (:mod:`dvtool.legacy`).

The font alone is no proof (many files that name ``.VnTime`` were typed in Unicode), so a run is
converted only when the runs of that encoding in the whole document hold a character no Unicode
text has, and the run itself has no letter only Unicode has and converts cleanly.
"""

from __future__ import annotations

from typing import Any

from dvtool.legacy import FONTS, converted_note, converted_run, typed_in
from dvtool.messages import Message
from dvtool.readers.docx.styles import StyleIndex
from dvtool.readers.docx.wordml import (
    W_P,
    W_PPR,
    W_PSTYLE,
    W_R,
    W_RPR,
    W_RSTYLE,
    W_T,
    W_VAL,
    find_path,
    first_child,
    qn,
)

W_RFONTS = qn("rFonts")
_FONT_ATTRIBUTES = (qn("ascii"), qn("hAnsi"))
_DEFAULTS = (qn("docDefaults"), qn("rPrDefault"), W_RPR, W_RFONTS)


def font_encoding(name: str) -> tuple[str, bool] | None:
    """``(encoding, all caps)`` of a legacy font name: ``.VnTime`` is TCVN3, ``.VnTimeH`` TCVN3
    drawn in capitals, ``VNI-Times`` VNI; None for any other font."""
    name = name.strip()
    if name.lower().startswith(".vn"):
        return "TCVN3", name.endswith("H")
    if name.lower().startswith("vni"):
        return "VNI", False
    return None


def _named(rfonts: Any) -> str | None:
    if rfonts is None:
        return None
    for attribute in _FONT_ATTRIBUTES:
        value = rfonts.get(attribute)
        if value:
            return str(value)
    return None


class LegacyFonts:
    """Converts the text of runs in legacy fonts; knows which encodings it converted."""

    def __init__(self, styles: StyleIndex, body: Any) -> None:
        self.styles = styles
        self.used: dict[str, set[str]] = {}  # encoding -> font names converted
        root = styles.root
        default = None
        if root is not None:
            default = _named(find_path(root, _DEFAULTS))
        self.default_font = default
        named = {_named(e) for source in (root, body) if source is not None for e in source.iter(W_RFONTS)}
        self.active = any(font_encoding(n) for n in named | {default} if n)
        self.evidence: set[str] = self._evidence(body) if self.active else set()

    def _evidence(self, body: Any) -> set[str]:
        """The encodings whose runs, all together, hold a character no Unicode text has."""
        texts: dict[str, list[str]] = {}
        for p in body.iter(W_P):
            style_id = paragraph_style(p)
            for run in p.iter(W_R):
                found = self.encoding(run, style_id)
                if found is not None:
                    texts.setdefault(found[0], []).extend(t.text or "" for t in run.iter(W_T))
        return {encoding for encoding, parts in texts.items() if typed_in("".join(parts), encoding)}

    def font(self, run: Any, style_id: str | None) -> str | None:
        """The name of the run's font, resolved as Word does."""
        rpr = first_child(run, W_RPR)
        if rpr is not None:
            own = _named(first_child(rpr, W_RFONTS))
            if own:
                return own
            rstyle = first_child(rpr, W_RSTYLE)
            if rstyle is not None:
                styled = _named(self.styles.find(rstyle.get(W_VAL), (W_RPR, W_RFONTS)))
                if styled:
                    return styled
        return _named(self.styles.find(style_id, (W_RPR, W_RFONTS))) or self.default_font

    def encoding(self, run: Any, style_id: str | None) -> tuple[str, bool] | None:
        name = self.font(run, style_id)
        return font_encoding(name) if name else None

    def text(self, text: str, run: Any, style_id: str | None) -> str:
        """The run's text, converted to Unicode when its font is a legacy one."""
        if not self.active or not text:
            return text
        name = self.font(run, style_id)
        found = font_encoding(name) if name else None
        if found is None or found[0] not in self.evidence:
            return text
        unicode = converted_run(text, found[0])
        if unicode is None:
            return text
        self.used.setdefault(found[0], set()).add(str(name))
        return unicode.upper() if found[1] else unicode

    def messages(self) -> list[Message]:
        """One note for each encoding converted, naming the fonts."""
        return [
            converted_note(encoding, ", ".join(sorted(names)) if names else FONTS[encoding])
            for encoding, names in sorted(self.used.items())
        ]


def paragraph_style(p: Any) -> str | None:
    """The style id of a w:p (None: the default paragraph style)."""
    ppr = first_child(p, W_PPR)
    pstyle = first_child(ppr, W_PSTYLE) if ppr is not None else None
    return pstyle.get(W_VAL) if pstyle is not None else None
