"""What the model cannot hold, counted so the DOCX reader can say what it dropped.

Comments, footnotes, endnotes, images, drawings, text boxes, equations, embedded objects,
imported documents (altChunk), tracked changes, and header or footer content other than a page
number each become one warning with a count."""

from __future__ import annotations

import re
from typing import Any

from dvtool.i18n import N_
from dvtool.messages import Message, warning
from dvtool.readers.docx.wordml import (
    M_OMATH,
    M_OMATH_PARA,
    MC_FALLBACK,
    PIC_PIC,
    V_IMAGEDATA,
    W_ALT_CHUNK,
    W_COMMENT_RANGE_START,
    W_COMMENT_REFERENCE,
    W_DEL,
    W_DRAWING,
    W_ENDNOTE_REFERENCE,
    W_FLD_CHAR,
    W_FLD_CHAR_TYPE,
    W_FLD_SIMPLE,
    W_FOOTNOTE_REFERENCE,
    W_ID,
    W_INSTR,
    W_INSTR_TEXT,
    W_OBJECT,
    W_P,
    W_PICT,
    W_T,
    W_TXBX_CONTENT,
    qn,
)

_TRACKED = frozenset(
    {
        qn("ins"),
        W_DEL,
        qn("moveFrom"),
        qn("moveTo"),
        qn("rPrChange"),
        qn("pPrChange"),
        qn("tblPrChange"),
        qn("trPrChange"),
        qn("tcPrChange"),
        qn("sectPrChange"),
        qn("numberingChange"),
    }
)


_GRAPHICS = frozenset({W_DRAWING, W_PICT, W_OBJECT})


# Everything count_dropped looks at: lxml's tag filter skips the rest of the body in C.
_DROPPED_TAGS = (
    *sorted(_TRACKED),
    W_COMMENT_REFERENCE,
    W_COMMENT_RANGE_START,
    W_FOOTNOTE_REFERENCE,
    W_ENDNOTE_REFERENCE,
    M_OMATH_PARA,
    M_OMATH,
    *sorted(_GRAPHICS),
    W_ALT_CHUNK,
)


def count_dropped(body: Any) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(
        (
            "comments",
            "footnotes",
            "endnotes",
            "images",
            "drawings",
            "text boxes",
            "equations",
            "embedded objects",
            "imported documents",
            "tracked",
        ),
        0,
    )
    comment_ids: set[str] = set()
    for element in body.iter(*_DROPPED_TAGS):
        tag = element.tag
        if tag in _TRACKED:
            counts["tracked"] += 1
        elif tag in (W_COMMENT_REFERENCE, W_COMMENT_RANGE_START):
            comment_ids.add(str(element.get(W_ID)))
        elif tag == W_FOOTNOTE_REFERENCE:
            counts["footnotes"] += 1
        elif tag == W_ENDNOTE_REFERENCE:
            counts["endnotes"] += 1
        elif tag == M_OMATH_PARA or (tag == M_OMATH and element.getparent().tag != M_OMATH_PARA):
            counts["equations"] += 1
        elif tag in _GRAPHICS:
            if next(element.iterancestors(MC_FALLBACK), None) is not None:
                continue
            if tag == W_OBJECT:
                counts["embedded objects"] += 1
            elif next(element.iter(W_TXBX_CONTENT), None) is not None:
                counts["text boxes"] += 1
            elif next(element.iter(PIC_PIC, V_IMAGEDATA), None) is not None:
                counts["images"] += 1
            else:
                counts["drawings"] += 1
        elif tag == W_ALT_CHUNK:
            counts["imported documents"] += 1
    counts["comments"] = len(comment_ids)
    return counts


def has_content_besides_page_number(root: Any) -> bool:
    """Whether a header or footer holds anything but a page number (dvtool's own holds one)."""
    if next(root.iter(W_DRAWING, W_PICT, W_OBJECT), None) is not None:
        return True
    for p in root.iter(W_P):
        if text_outside_page_fields(p).strip():
            return True
    return False


_PAGE_FIELD = re.compile(r"^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b", re.IGNORECASE)


def text_outside_page_fields(p: Any) -> str:
    """Paragraph text with the displayed results of PAGE/NUMPAGES fields left out."""
    parts: list[str] = []
    fields: list[list[str]] = []  # [instruction, state]
    for element in p.iter(W_FLD_CHAR, W_INSTR_TEXT, W_T):
        tag = element.tag
        if tag == W_FLD_CHAR:
            kind = element.get(W_FLD_CHAR_TYPE)
            if kind == "begin":
                fields.append(["", "instr"])
            elif kind == "separate" and fields:
                fields[-1][1] = "result"
            elif kind == "end" and fields:
                fields.pop()
        elif tag == W_INSTR_TEXT:
            if fields:
                fields[-1][0] += element.text or ""
        else:
            in_page = any(_PAGE_FIELD.match(instr) for instr, _ in fields)
            parent = element.getparent()
            simple = next(iter(parent.iterancestors(W_FLD_SIMPLE)), None) if parent is not None else None
            if simple is not None and _PAGE_FIELD.match(simple.get(W_INSTR, "")):
                in_page = True
            if not in_page and next(element.iterancestors(W_DEL), None) is None:
                parts.append(element.text or "")
    return "".join(parts)


_WHAT: dict[str, tuple[str, str, str]] = {
    "comments": ("dropped-comments", N_("dropped {count} comment"), N_("dropped {count} comments")),
    "footnotes": ("dropped-footnotes", N_("dropped {count} footnote"), N_("dropped {count} footnotes")),
    "endnotes": ("dropped-endnotes", N_("dropped {count} endnote"), N_("dropped {count} endnotes")),
    "images": ("dropped-images", N_("dropped {count} image"), N_("dropped {count} images")),
    "drawings": (
        "dropped-drawings",
        N_("dropped {count} drawing or chart"),
        N_("dropped {count} drawings and charts"),
    ),
    "text boxes": ("dropped-text-boxes", N_("dropped {count} text box"), N_("dropped {count} text boxes")),
    "equations": ("dropped-equations", N_("dropped {count} equation"), N_("dropped {count} equations")),
    "embedded objects": (
        "dropped-objects",
        N_("dropped {count} embedded object"),
        N_("dropped {count} embedded objects"),
    ),
    "imported documents": (
        "dropped-alt-chunks",
        N_(
            "dropped {count} imported document "
            "(altChunk: HTML, RTF or another .docx merged in when Word opens it)"
        ),
        N_(
            "dropped {count} imported documents "
            "(altChunk: HTML, RTF or other .docx files merged in when Word opens it)"
        ),
    ),
    "headers and footers": (
        "dropped-headers-footers",
        N_("dropped {count} header or footer"),
        N_("dropped {count} headers and footers"),
    ),
}


def dropped_messages(counts: dict[str, int]) -> list[Message]:
    messages: list[Message] = []
    for key, (code, template, plural) in _WHAT.items():
        n = counts.get(key, 0)
        if n:
            messages.append(warning(code, template, plural=plural, count=n))
    return messages
