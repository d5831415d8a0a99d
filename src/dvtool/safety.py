"""Limits and checks that keep hostile input from crashing, hanging or leaking anything.

Everything here runs *before* a parser sees the bytes:

* :func:`read_limited` reads a file or stream up to :data:`MAX_INPUT_BYTES` and refuses more,
  without holding more than the limit in memory.
* :func:`parse_xml_part` is the one XML parser configuration dvtool uses (OOXML parts):
  no entity expansion, no network, no DTD loading, libxml2's default limits (named in the
  message when a document hits them).

The checks of .docx packages (zip structure, sizes, duplicate members) live beside the DOCX
reader, in :mod:`dvtool.readers.docx.package_checks`. The limits are module constants so the
README, the tests and the code share one number.
"""

from __future__ import annotations

import os
import stat
from typing import Any, BinaryIO

from dvtool.errors import InputError
from dvtool.i18n import os_reason

MiB = 1024 * 1024

# -- input size (all formats) --
MAX_INPUT_BYTES = 64 * MiB
"""Largest input file dvtool reads. Conference reports are kilobytes; 64 MiB leaves room for
DOCX files full of photos while keeping every parser's memory use bounded."""


# -- JSON / YAML data --
MAX_DATA_DEPTH = 64
"""Deepest nesting of lists/objects accepted in JSON or YAML. A report is 4 levels deep."""
MAX_DATA_NODES = 1_000_000
"""Most values (strings, numbers, lists, objects) in one JSON or YAML document, counted after
YAML aliases are expanded, so an alias bomb stops here instead of filling memory."""
MAX_YAML_ALIASES = 100
"""Most alias uses (``*name``) in one YAML document."""
_CHUNK = 64 * 1024
MAX_XML_PART_BYTES = 64 * MiB
"""Largest single XML part; lxml's tree for it takes several times this."""


# ---------------------------------------------------------------------------------------------
# Reading input with a size limit


def read_limited(stream_or_path: BinaryIO | str | os.PathLike[str], limit: int, source: str) -> bytes:
    """All bytes of a binary stream or a file, refusing input larger than ``limit`` bytes.

    A path that is a directory, missing or unreadable is an InputError with one line. A regular
    file is measured before it is read; a stream (stdin, a FIFO) is read in chunks and reading
    stops at ``limit + 1`` bytes, so memory never exceeds the limit by more than one chunk.
    """
    if isinstance(stream_or_path, (str, os.PathLike)):
        return _read_path(os.fspath(stream_or_path), limit, source)
    return _read_stream(stream_or_path, limit, source)


def _read_path(path: str, limit: int, source: str) -> bytes:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory, not a file", source)
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise too_large(limit, source)
        with open(path, "rb") as stream:
            return _read_stream(stream, limit, source)
    except FileNotFoundError:
        raise InputError("no such file", source) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source) from None
    except PermissionError:
        raise InputError("permission denied (the file cannot be read)", source) from None
    except OSError as exc:
        raise InputError("cannot read the file: {reason}", source, reason=os_reason(exc)) from None


def _read_stream(stream: BinaryIO, limit: int, source: str) -> bytes:
    buffer = bytearray()
    try:
        while len(buffer) <= limit:
            chunk = stream.read(min(_CHUNK * 16, limit + 1 - len(buffer)))
            if not chunk:
                break
            buffer += chunk
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source) from None
    except OSError as exc:
        raise InputError("cannot read the input: {reason}", source, reason=os_reason(exc)) from None
    if len(buffer) > limit:
        raise too_large(limit, source)
    return bytes(buffer)


def too_large(limit: int, source: str) -> InputError:
    return InputError(
        "input is larger than {size}, the most dvtool reads",
        source,
        hint="split the file or check that it is the right one",
        size=size_text(limit),
    )


def size_text(n: int) -> str:
    return f"{n // MiB} MiB" if n >= MiB else f"{n} bytes"


# ---------------------------------------------------------------------------------------------
# Safe XML


def xml_parser() -> Any:
    """A parser that never expands entities, loads DTDs, touches the network or lifts the
    depth limit (libxml2 stops at 256 levels without ``huge_tree``)."""
    return _etree().XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def _etree() -> Any:
    # Imported on use: the JSON/YAML path imports this module and must not pay for lxml.
    from lxml import etree  # type: ignore[import-untyped]  # no stubs; lxml-stubs is not a dependency

    return etree


def parse_xml_part(data: bytes, source: str, part: str = "XML") -> Any:
    """Parse one XML part safely; a malformed part or one with a DTD is an InputError."""
    if len(data) > MAX_XML_PART_BYTES:
        raise InputError(
            "{part} is larger than {size}", source, part=part, size=size_text(MAX_XML_PART_BYTES)
        )
    etree = _etree()
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        limit = xml_limit_hit(str(exc))
        if limit is not None:
            raise InputError("{part} exceeds {limit}; refused", source, part=part, limit=limit) from None
        raise InputError(
            "{part} is not well-formed XML: {detail}", source, part=part, detail=one_line(str(exc))
        ) from None
    except ValueError as exc:  # e.g. an unsupported encoding declaration
        raise InputError(
            "{part} cannot be parsed as XML: {detail}", source, part=part, detail=one_line(str(exc))
        ) from None
    if root.getroottree().docinfo.internalDTD is not None or root.getroottree().docinfo.doctype:
        raise dtd_error(part, source)
    return root


XML_MAX_DEPTH = 256
"""libxml2's nesting limit without ``huge_tree`` (dvtool never lifts it)."""
XML_MAX_TEXT_BYTES = 10_000_000
"""libxml2's limit on one text node or attribute value without ``huge_tree``."""


def xml_limit_hit(error: str) -> str | None:
    """Which of libxml2's safety limits a parse error reports, in words, or None.

    libxml2 words these as 'try XML_PARSE_HUGE', an option of its C API that means nothing to
    a person and that dvtool deliberately never sets.
    """
    if "XML_PARSE_HUGE" not in error:
        return None
    if "depth" in error.lower():
        return f"the XML nesting limit ({XML_MAX_DEPTH} levels of elements)"
    return "the XML size limit for one text or attribute value (10 MB)"


def one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def dtd_error(part: str, source: str) -> InputError:
    return InputError(
        "{part} declares a DTD (<!DOCTYPE>), which Word never writes; refused for safety "
        "(entity expansion / external entities)",
        source,
        part=part,
    )
