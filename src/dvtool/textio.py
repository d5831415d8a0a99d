"""Decoding input bytes to NFC text, and the Vietnamese-aware checks that go with it."""

from __future__ import annotations

import unicodedata

from dvtool.errors import InputError
from dvtool.messages import Message, Result, info, warning

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
    (b"\xff\xfe", "utf-16", "UTF-16 LE with BOM"),
    (b"\xfe\xff", "utf-16", "UTF-16 BE with BOM"),
)


def nfc(text: str) -> str:
    """Unicode NFC ("dựng sẵn"), the form every dvtool value is kept in."""
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, source: str, *, legacy: bool = False, documents: bool = True) -> Result[str]:
    """Decode ``data`` to NFC text.

    UTF-8 (with or without BOM), UTF-16 with a BOM, and UTF-16 without BOM when the pattern of
    NUL bytes shows it are always accepted. With ``legacy``, other bytes that are not UTF-8 are
    read as Windows-1258 (the Vietnamese ANSI code page); without it they are an InputError.
    NUL characters are removed with a warning; mixed NFC/NFD text comes back all NFC.
    ``documents`` (text, HTML, Markdown) are also checked for the old TCVN3/VNI encodings; data
    (JSON, YAML) is not, as nobody types it in a legacy font.
    """
    notes: list[Message] = []
    text, encoding = _decode_bytes(data, source, legacy)
    conversion = _from_legacy(data, text, encoding) if documents else None
    if conversion is not None:
        text, found = conversion
        if encoding == "Windows-1258":
            encoding = f"8-bit {found}"
    notes.append(info("encoding", "read as {encoding}", encoding=encoding))
    normalized = nfc(text)
    if normalized != text:
        notes.append(info("normalized", "decomposed (NFD) text normalized to NFC"))
        text = normalized
    if "\x00" in text:
        notes.append(warning("nul-bytes", "NUL characters removed"))
        text = text.replace("\x00", "")
    if conversion is not None:
        from dvtool.legacy import converted_note

        notes.append(converted_note(conversion[1]))
    elif documents:
        from dvtool.legacy import legacy_encoding_messages

        notes.extend(legacy_encoding_messages(text))
    return Result(text, tuple(notes))


def _from_legacy(data: bytes, text: str, encoding: str) -> tuple[str, str] | None:
    """The Unicode text and the encoding's name when the document was typed in TCVN3 or VNI.

    Bytes that are not UTF-8 are looked at as the fonts' own 8-bit code points (Windows-1252,
    which is Latin-1 where the fonts put their letters), not as Windows-1258: that code page
    reads some of the same bytes as combining marks, which NFC would then glue to the letter
    before them."""
    from dvtool.legacy import converted

    if encoding == "Windows-1258":
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return converted(text)


def _decode_bytes(data: bytes, source: str, legacy: bool) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise InputError(
                    "invalid {encoding} text at byte {offset}", source, encoding=label, offset=exc.start
                ) from None
    # UTF-16 without BOM is valid UTF-8 when it is plain ASCII ("a\0b\0"), so the NUL
    # pattern is checked first; real UTF-8 text never has NULs in every other byte.
    if b"\x00" in data[:2000] and _looks_utf16(data):
        codec = _utf16_codec(data)
        try:
            return data.decode(codec), f"{codec.upper()} without BOM"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        if not legacy:
            raise InputError(
                "not UTF-8 text (undecodable byte at offset {offset})",
                source,
                hint="save the file as UTF-8",
                offset=exc.start,
            ) from None
    if _binary(data):
        raise InputError(
            "this is binary data, not text", source, hint="give the document itself, or the right --from"
        )
    return data.decode("cp1258", errors="replace"), "Windows-1258"


# Control bytes no text typed in any encoding dvtool reads uses (tab, line and page breaks and
# ESC aside); random bytes have about one in nine of them.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")


def _binary(data: bytes) -> bool:
    """Bytes that are neither UTF-8 nor UTF-16 and hold more than 5 % control bytes in their
    first 4,000: an image, an archive, an executable read as Windows-1258 would be nonsense."""
    sample = data[:4000]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 8 and controls > len(sample) * 0.05


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > half * 0.3 and min(even_nuls, odd_nuls) < half * 0.05


def _utf16_codec(data: bytes) -> str:
    """LE puts the NUL high bytes of ASCII characters at odd offsets, BE at even ones (the
    first character alone can mislead: "Đ" is 10 01 in LE)."""
    sample = data[:2000]
    return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"
