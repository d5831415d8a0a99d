"""WordprocessingML names and the small element readers every stage of the DOCX reader shares.

Tags are Clark names (``{namespace}local``) compared with ``element.tag``; the helpers walk
plain lxml elements without lxml's path machinery."""

from __future__ import annotations

from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
V = "urn:schemas-microsoft-com:vml"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def qn(tag: str) -> str:
    """The Clark name of a WordprocessingML tag or attribute: ``{namespace}tag``."""
    return f"{{{W}}}{tag}"


# Qualified names, formatted once: the walk compares tags with these.
W_P = qn("p")
W_TBL = qn("tbl")
W_HDR = qn("hdr")
W_TR = qn("tr")
W_TC = qn("tc")
W_R = qn("r")
W_T = qn("t")
W_TAB = qn("tab")
W_BR = qn("br")
W_CR = qn("cr")
W_NO_BREAK_HYPHEN = qn("noBreakHyphen")
W_PPR = qn("pPr")
W_RPR = qn("rPr")
W_TRPR = qn("trPr")
W_TCPR = qn("tcPr")
W_PSTYLE = qn("pStyle")
W_RSTYLE = qn("rStyle")
W_B = qn("b")
W_JC = qn("jc")
W_GRID_BEFORE = qn("gridBefore")
W_GRID_SPAN = qn("gridSpan")
W_VMERGE = qn("vMerge")
W_NUMPR = qn("numPr")
W_NUM_ID = qn("numId")
W_NUM = qn("num")
W_OUTLINE_LVL = qn("outlineLvl")
W_STYLE = qn("style")
W_STYLE_ID = qn("styleId")
W_NAME = qn("name")
W_BASED_ON = qn("basedOn")
W_DEFAULT = qn("default")
W_VAL = qn("val")
W_TYPE = qn("type")
W_ID = qn("id")
W_INSTR = qn("instr")
W_DEL = qn("del")
W_DRAWING = qn("drawing")
W_PICT = qn("pict")
W_OBJECT = qn("object")
W_TXBX_CONTENT = qn("txbxContent")
W_ALT_CHUNK = qn("altChunk")
W_COMMENT_REFERENCE = qn("commentReference")
W_COMMENT_RANGE_START = qn("commentRangeStart")
W_FOOTNOTE_REFERENCE = qn("footnoteReference")
W_ENDNOTE_REFERENCE = qn("endnoteReference")
W_FLD_CHAR = qn("fldChar")
W_FLD_CHAR_TYPE = qn("fldCharType")
W_FLD_SIMPLE = qn("fldSimple")
W_INSTR_TEXT = qn("instrText")
M_OMATH = f"{{{M}}}oMath"
M_OMATH_PARA = f"{{{M}}}oMathPara"
MC_CHOICE = f"{{{MC}}}Choice"
MC_FALLBACK = f"{{{MC}}}Fallback"
PIC_PIC = f"{{{PIC}}}pic"
V_IMAGEDATA = f"{{{V}}}imagedata"
FALSE_WORDS = {"0", "false", "off", "none"}


def first_child(element: Any, tag: str) -> Any:
    """The first child element with this tag, or None (``element.find(tag)``, without the
    path machinery)."""
    for child in element.iterchildren(tag):
        return child
    return None


def find_path(element: Any, tags: tuple[str, ...]) -> Any:
    """``element.find("a/b/c")`` for a path of tags: the first match in document order."""
    head, rest = tags[0], tags[1:]
    for child in element.iterchildren(head):
        found = find_path(child, rest) if rest else child
        if found is not None:
            return found
    return None


def is_centered(ppr: Any) -> bool:
    if ppr is None:
        return False
    jc = first_child(ppr, W_JC)
    return jc is not None and jc.get(W_VAL) == "center"


def int_val(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W_VAL, default))
    except ValueError:
        return default
