"""Checks of a .docx (OOXML) package before the DOCX reader unpacks it.

* :func:`check_docx_package` inspects a .docx zip (magic, directory, member names, duplicate
  and case-colliding members, declared and real sizes, CRCs, DTDs, the main part) without ever
  inflating more than a small chunk at a time, so the DOCX reader is only handed packages that
  are safe to unpack (with the XML parts it inflated on the way, so that nothing is inflated
  twice).
* :func:`describe_non_zip` names what a file that should be a .docx really is.

The limits are module constants so the README, the tests and the code share one number.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from dvtool.errors import InputError
from dvtool.i18n import Phrase, phrase
from dvtool.safety import (
    MAX_INPUT_BYTES,
    MAX_XML_PART_BYTES,
    MiB,
    dtd_error,
    one_line,
    size_text,
    too_large,
)

if TYPE_CHECKING:
    from dvtool.readers.docx.main_part import DocxPackage

# -- DOCX packages --
MAX_DOCX_UNPACKED_BYTES = 256 * MiB
"""Largest total uncompressed size (sum of the declared sizes of all zip members)."""


MAX_DOCX_MEMBERS = 10_000
"""Most zip members a .docx may have (Word writes a few dozen)."""


MAX_DOCX_DIRECTORY_BYTES = 4 * MiB
"""Largest zip central directory; bounds the memory zipfile spends on member records."""


MAX_COMPRESSION_RATIO = 500
"""Highest uncompressed/compressed ratio for a member over :data:`RATIO_CHECK_MIN_BYTES`.
Word's XML compresses 5-40 times (repetitive XML a few hundred); deflate bombs reach about 1000."""


RATIO_CHECK_MIN_BYTES = 1 * MiB


MAX_XML_PROLOG_BYTES = 64 * 1024
"""How much of an XML part may come before its root element (declaration, comments)."""


_CHUNK = 64 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_EOCD = struct.Struct("<4s4H2LH")
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def check_docx_package(
    data: bytes,
    source: str,
    *,
    allow_strict: bool = True,
    checked_zip: tuple[tuple[str, ...], dict[str, bytes]] | None = None,
) -> DocxPackage:
    """Refuse a .docx that is not safe or not possible to open, before a reader sees it.

    Raises InputError (one line, with a hint where one helps) for: an empty file; something
    that is not a zip (an old .doc, RTF, PDF, HTML, text...); a truncated or damaged zip; too
    many members; unsafe member names (absolute, ``..``); encryption or unusual compression;
    a total or per-member size that would unpack past the limits, or a member that inflates to
    more than its header declares (checked while streaming, never all at once); a DTD in any XML
    part; no main document part; a main part that is not a Word document. ISO Strict OOXML is
    reported as ``strict=True`` (the DOCX reader converts it); with ``allow_strict=False`` it is
    an InputError that says what it is and how to re-save it.

    ``checked_zip`` is what :func:`check_zip` returned for these bytes: its checks are not run again.
    """
    from dvtool.readers.docx.main_part import find_main_part  # not needed by check_zip

    if checked_zip is not None:
        order, checked_parts = checked_zip

        def read_again(member: str) -> bytes:
            content = checked_parts.get(member)
            if content is not None:
                return content
            with _open_zip(data, source) as archive:
                return _read_member(archive, member, source)

        names_by_case = {name.lower(): name for name in order}
        return find_main_part(names_by_case, read_again, checked_parts, source, allow_strict)
    archive = open_checked_zip(data, source)
    with archive:
        xml_parts = _checked_members(data, archive, source)
        names = _member_names(archive)

        def read(member: str) -> bytes:
            content = xml_parts.get(member)
            return content if content is not None else _read_member(archive, member, source)

        return find_main_part(names, read, xml_parts, source, allow_strict)


def check_zip(data: bytes, source: str) -> tuple[tuple[str, ...], dict[str, bytes]]:
    """The checks of :func:`check_docx_package` on the zip and every member (the same errors,
    in the same order), without reading the package's structure: the member names in order
    and the checked XML parts' bytes."""
    archive = open_checked_zip(data, source)
    with archive:
        xml_parts = _checked_members(data, archive, source)
        return tuple(info.filename for info in archive.infolist()), xml_parts


def open_checked_zip(data: bytes, source: str) -> zipfile.ZipFile:
    """The zip, opened after the first checks of :func:`check_docx_package` (an empty or
    oversized file, not a zip, a damaged or oversized directory); its members are not checked."""
    if not data.strip():
        raise InputError("empty file, expected a Word .docx document", source)
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(MAX_INPUT_BYTES, source)
    if not data.startswith(_ZIP_MAGIC):
        what, hint = describe_non_zip(data)
        raise InputError.from_phrase(what, source, hint)
    _check_directory(data, source)
    return _open_zip(data, source)


def _checked_members(data: bytes, archive: zipfile.ZipFile, source: str) -> dict[str, bytes]:
    infos = archive.infolist()
    _check_members(infos, source)
    _check_layout(data, infos, source)
    xml_parts: dict[str, bytes] = {}
    for info in infos:
        content = _check_content(data, info, source)
        if content is not None:
            xml_parts[info.filename] = content
    return xml_parts


def describe_non_zip(data: bytes, *, as_docx: bool = True) -> tuple[Phrase, Phrase | None]:
    """What a file that should be a .docx but is not a zip looks like, and how to fix it.

    ``as_docx=False`` (a file read as text that is a PDF, RTF or old Office file) leaves out
    "not a .docx", which the user did not ask for.
    """
    head = data[:2048]
    resave = phrase("open it in Word and save as 'Word Document (*.docx)'")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _describe_ole(data, as_docx)
    if head.startswith(b"{\\rtf"):
        return (
            phrase("this is an RTF file, not a .docx") if as_docx else phrase("this is an RTF file")
        ), resave
    if head.startswith(b"%PDF-"):
        what = phrase("this is a PDF file, not a .docx") if as_docx else phrase("this is a PDF file")
        return what, phrase("convert it to .docx first, or use the Word original")
    if head.startswith(_EMPTY_ZIP_MAGIC):
        return phrase("this is an empty zip archive, not a .docx"), None
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return phrase("this is a compressed archive (gzip/7z/rar), not a .docx"), phrase(
            "extract the .docx from it first"
        )
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<"):
        if b"pkg:package" in text or b"w:worddocument" in text or b"mso-application" in text:
            return phrase("this is a Word XML file (Flat XML / Word 2003 XML), not a .docx"), resave
        if b"<html" in text or b"<!doctype html" in text:
            return phrase("this is an HTML file, not a .docx"), phrase("read it with --from html")
        return phrase("this is an XML file, not a .docx"), None
    if _looks_like_text(head):
        return phrase("this is a text file, not a .docx (a .docx is a zip archive)"), phrase(
            "give the right --from format"
        )
    return phrase(
        "not a .docx: it is not a zip archive (it starts with bytes {start})", start=head[:4].hex(" ")
    ), None


def _describe_ole(data: bytes, as_docx: bool) -> tuple[Phrase, Phrase | None]:
    # The OLE directory stores stream names in UTF-16LE; the names say what is inside.
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (
            phrase("this Word document is password-protected (encrypted)"),
            phrase("open it in Word, remove the password and save it again"),
        )
    if "WordDocument".encode("utf-16-le") in data:
        return (
            phrase("this is a Word 97-2003 .doc file, not a .docx")
            if as_docx
            else phrase("this is a Word 97-2003 .doc file"),
            phrase("open it in Word or LibreOffice and save as 'Word Document (*.docx)'"),
        )
    return (
        phrase("this is an old binary Office file (OLE), not a .docx")
        if as_docx
        else phrase("this is an old binary Office file (OLE)"),
        phrase("open it in its program and save as 'Word Document (*.docx)'"),
    )


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a cut multi-byte character at the end is fine
            return False
    return b"\x00" not in head


def _check_directory(data: bytes, source: str) -> None:
    """Read the end-of-central-directory record ourselves, so that a zip claiming millions of
    members is refused before zipfile builds a record for each."""
    tail_start = max(0, len(data) - (65535 + _EOCD.size))
    pos = data.rfind(_EMPTY_ZIP_MAGIC, tail_start)
    if pos < 0 or pos + _EOCD.size > len(data):
        raise InputError(
            "the .docx is damaged or truncated: its zip directory is missing",
            source,
            hint="was the download or copy interrupted? get the file again",
        )
    _, _, _, _, entries, directory_size, _, _ = _EOCD.unpack_from(data, pos)
    locator_pos = pos - _EOCD64_LOCATOR.size
    if locator_pos >= 0 and data[locator_pos : locator_pos + 4] == b"PK\x06\x07":
        _, _, eocd64_pos, _ = _EOCD64_LOCATOR.unpack_from(data, locator_pos)
        if 0 <= eocd64_pos <= len(data) - _EOCD64.size and data[eocd64_pos : eocd64_pos + 4] == b"PK\x06\x06":
            fields = _EOCD64.unpack_from(data, eocd64_pos)
            entries, directory_size = fields[7], fields[8]
    if entries > MAX_DOCX_MEMBERS or directory_size > MAX_DOCX_DIRECTORY_BYTES:
        raise InputError(
            "the zip has too many members (more than {limit}); refused", source, limit=MAX_DOCX_MEMBERS
        )


def _open_zip(data: bytes, source: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise _damaged(source, str(exc)) from None
    except (ValueError, EOFError, OSError, struct.error, UnicodeDecodeError, IndexError) as exc:
        raise _damaged(source, str(exc)) from None


def _damaged(source: str, detail: str) -> InputError:
    return InputError(
        "the .docx is damaged or truncated ({detail})",
        source,
        hint="open and re-save it in Word, or get the file again",
        detail=one_line(detail) or "bad zip structure",
    )


_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe_name(name: str) -> bool:
    parts = re.split(r"[\\/]", name)
    return name.startswith(("/", "\\")) or bool(_DRIVE.match(name)) or ".." in parts or "\x00" in name


def _check_members(infos: list[zipfile.ZipInfo], source: str) -> None:
    if len(infos) > MAX_DOCX_MEMBERS:
        raise InputError(
            "the zip has too many members (more than {limit}); refused", source, limit=MAX_DOCX_MEMBERS
        )
    total = 0
    seen: dict[str, str] = {}
    for info in infos:
        name = info.filename
        _check_unique(name, seen, source)
        if _unsafe_name(name):
            raise InputError(
                "unsafe zip member name {name!r} (absolute path or '..'); refused", source, name=name
            )
        if info.flag_bits & 0x1:
            raise InputError(
                "zip member {name!r} is encrypted",
                source,
                hint="remove the password in Word and save again",
                name=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InputError(
                "zip member {name!r} uses compression method {method}; Word documents use only deflate",
                source,
                name=name,
                method=info.compress_type,
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise _damaged(source, f"stored member {name!r} has inconsistent sizes")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise InputError(
                "zip member {name!r} would unpack to {size}, {ratio} times its compressed size "
                "(a zip bomb?); refused",
                source,
                name=name,
                size=size_text(info.file_size),
                ratio=f"{ratio:.0f}",
            )
        total += info.file_size
    if total > MAX_DOCX_UNPACKED_BYTES:
        raise InputError(
            "the .docx would unpack to {size}, over the {limit} limit (a zip bomb?); refused",
            source,
            size=size_text(total),
            limit=size_text(MAX_DOCX_UNPACKED_BYTES),
        )


def _check_unique(name: str, seen: dict[str, str], source: str) -> None:
    """Refuse a second member with the same name, or one that differs only in case.

    OPC part names are case-insensitive and a zip may hold one name twice; readers disagree on
    which copy wins (zipfile takes the last, Word may show the first), so such a package can
    show a person one text and dvtool another.
    """
    key = name.replace("\\", "/").lower()
    first = seen.get(key)
    if first is not None:
        what = (
            phrase("twice")
            if first == name
            else phrase("twice, as {first!r} and {name!r} (part names ignore case)", first=first, name=name)
        )
        raise InputError(
            "zip member {name!r} appears {what}; refused because readers disagree on which one counts",
            source,
            hint="open and re-save it in Word",
            name=name,
            what=what,
        )
    seen[key] = name


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo], source: str) -> None:
    """Members must not overlap: overlapping entries reuse one compressed kernel many times,
    the trick behind non-recursive zip bombs. Word never writes them."""
    spans = sorted(
        (info.header_offset, _data_offset(data, info, source) + info.compress_size) for info in infos
    )
    for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        if next_start < end:
            raise InputError("zip members overlap (a zip bomb trick); refused", source)


def _data_offset(data: bytes, info: zipfile.ZipInfo, source: str) -> int:
    start = info.header_offset
    if start < 0 or start + _LOCAL_HEADER.size > len(data):
        raise _damaged(source, f"member {info.filename!r} lies outside the file")
    fields = _LOCAL_HEADER.unpack_from(data, start)
    if fields[0] != _ZIP_MAGIC:
        raise _damaged(source, f"member {info.filename!r} has no local header")
    name_length, extra_length = fields[9], fields[10]
    offset: int = start + _LOCAL_HEADER.size + name_length + extra_length
    if offset + info.compress_size > len(data):
        raise _damaged(source, f"member {info.filename!r} is cut off")
    return offset


def _inflate(data: bytes, info: zipfile.ZipInfo, source: str) -> Iterator[bytes]:
    """The member's content in chunks of at most ``_CHUNK`` bytes, checked against its declared
    size and CRC. Never inflates more than one chunk past the declared size."""
    offset = _data_offset(data, info, source)
    raw = memoryview(data)[offset : offset + info.compress_size]
    produced = 0
    crc = 0
    if info.compress_type == zipfile.ZIP_STORED:
        pieces: Iterator[bytes] = (bytes(raw[i : i + _CHUNK]) for i in range(0, len(raw), _CHUNK))
    else:
        pieces = _deflate_pieces(raw, info, source)
    for piece in pieces:
        produced += len(piece)
        if produced > info.file_size:
            raise InputError(
                "zip member {name!r} inflates past the size its header declares (a zip bomb?); refused",
                source,
                name=info.filename,
            )
        crc = zlib.crc32(piece, crc)
        yield piece
    if produced != info.file_size or crc != info.CRC:
        raise _damaged(source, f"member {info.filename!r} fails its size or CRC check")


def _deflate_pieces(raw: memoryview, info: zipfile.ZipInfo, source: str) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-15)
    try:
        for i in range(0, len(raw), _CHUNK):
            pending: bytes | memoryview = raw[i : i + _CHUNK]
            while pending:
                yield inflater.decompress(pending, _CHUNK)  # max_length keeps every piece small
                pending = inflater.unconsumed_tail
        while not inflater.eof:  # output zlib still holds after the last input
            piece = inflater.decompress(b"", _CHUNK)
            if not piece:
                break
            yield piece
    except zlib.error as exc:
        raise _damaged(source, f"member {info.filename!r}: {exc}") from None


def _check_content(data: bytes, info: zipfile.ZipInfo, source: str) -> bytes | None:
    """Stream one member (bounded memory) and look for a DTD in the prolog of XML parts.

    Returns an XML part's bytes (already checked, at most :data:`MAX_XML_PART_BYTES`), so
    that nobody inflates it again; None for other members, whose pieces are not kept.
    """
    is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
    if is_xml and info.file_size > MAX_XML_PART_BYTES:
        raise InputError(
            "XML part {name!r} is larger than {size}",
            source,
            name=info.filename,
            size=size_text(MAX_XML_PART_BYTES),
        )
    head = bytearray()
    prolog_checked = not is_xml
    pieces: list[bytes] = []
    for piece in _inflate(data, info, source):
        if is_xml:
            pieces.append(piece)
        if prolog_checked:
            continue
        head += piece
        prolog_checked = _prolog_checked(bytes(head), info.filename, source)
        if not prolog_checked and len(head) >= MAX_XML_PROLOG_BYTES:
            raise InputError("XML part {name!r} has an overlong prolog; refused", source, name=info.filename)
    if not prolog_checked:
        _prolog_checked(bytes(head), info.filename, source, final=True)
    return b"".join(pieces) if is_xml else None


_PROLOG_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DOCTYPE = "<!DOCTYPE"


def _prolog_checked(head: bytes, part: str, source: str, *, final: bool = False) -> bool:
    """True once what follows the prolog is known not to be a DTD; a ``<!DOCTYPE`` is refused.

    The prolog holds only the XML declaration, comments, processing instructions, whitespace
    and a DTD (which OOXML never uses), so skipping exactly those reaches the DTD or the root.
    False means more bytes are needed.
    """
    text = _decode_head(head)
    pos = 0
    while match := _PROLOG_ITEM.match(text, pos):
        if match.end() == pos:
            break
        pos = match.end()
    rest = text[pos : pos + len(_DOCTYPE)].upper()
    if rest == _DOCTYPE:
        raise dtd_error(part, source)
    unfinished = rest.startswith(("<?", "<!--")) or _DOCTYPE.startswith(rest)
    return final or not unfinished


def _decode_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"<\x00")):
        codec = "utf-16-le"
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        codec = "utf-16-be"
    else:
        codec = "utf-8"
    return head.decode(codec, errors="ignore").lstrip("\ufeff")


def _read_member(archive: zipfile.ZipFile, name: str, source: str) -> bytes:
    """A small member's bytes (its size was already checked against the limits)."""
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, zlib.error, EOFError) as exc:
        raise _damaged(source, f"{name!r}: {exc}") from None


def _member_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Member names by lower case: OPC part names are case-insensitive."""
    return {info.filename.lower(): info.filename for info in archive.infolist()}
