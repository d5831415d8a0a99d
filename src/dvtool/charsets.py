"""The character set an HTML page declares (``<meta charset>``), used when its bytes are not UTF-8.

Order: a byte-order mark, then valid UTF-8 (pages saved by a browser keep a stale declaration
more often than not), then the page's own declaration, then Windows-1258 (:func:`textio.decode`).
"""

from __future__ import annotations

import codecs
import re

from dvtool.legacy import converted, converted_note
from dvtool.messages import Result, info
from dvtool.textio import decode, nfc

_META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HEAD = 4096  # the HTML spec looks for the declaration in the first 1024 bytes; be generous


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the page's declared charset, or None (absent or unknown)."""
    m = _META.search(data[:_HEAD])
    if m is None:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_html(data: bytes, source: str) -> Result[str]:
    """Decode a page: BOM, else UTF-8, else its declared charset, else Windows-1258."""
    declared = declared_charset(data)
    if declared is None or declared in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") or _is_utf8(data):
        return decode(data, source, legacy=True)
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, source, legacy=True)
    text = nfc(data.decode(declared, errors="replace")).replace("\x00", "")
    notes = (info("encoding", "read as {encoding} (declared in the page)", encoding=declared),)
    conversion = converted(text)
    if conversion is not None:  # a page typed in a .VnTime or VNI font, declared as Latin-1
        return Result(conversion[0], (*notes, converted_note(conversion[1])))
    return Result(text, notes)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
