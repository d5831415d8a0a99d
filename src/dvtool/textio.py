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


def decode(data: bytes, source: str, *, legacy: bool = False) -> Result[str]:
    """Decode ``data`` to NFC text.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are always accepted. With ``legacy``,
    bytes that are not UTF-8 are read as Windows-1258 (the Vietnamese ANSI code page), or as
    UTF-16 without BOM when the NUL pattern shows it; otherwise they are an InputError.
    """
    notes: list[Message] = []
    text, encoding = _decode_bytes(data, source, legacy)
    notes.append(info("encoding", f"read as {encoding}"))
    if text != unicodedata.normalize("NFC", text):
        notes.append(info("normalized", "decomposed (NFD) text normalized to NFC"))
        text = nfc(text)
    if "\x00" in text:
        notes.append(warning("nul-bytes", "NUL characters removed"))
        text = text.replace("\x00", "")
    return Result(text, tuple(notes))


def _decode_bytes(data: bytes, source: str, legacy: bool) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {label} text at byte {exc.start}", source) from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        if not legacy:
            raise InputError(
                f"not UTF-8 text (undecodable byte at offset {exc.start})",
                source,
                hint="save the file as UTF-8",
            ) from None
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(codec), f"{codec.upper()} without BOM"
        except UnicodeDecodeError:
            pass
    return data.decode("cp1258", errors="replace"), "Windows-1258"


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > half * 0.3 and min(even_nuls, odd_nuls) < half * 0.05
