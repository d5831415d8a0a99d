"""Numbers written the Vietnamese way: "." groups thousands, "," is the decimal mark.

Shared by every writer that shows a number to a person and by the readers that take such a
number back exactly (the Markdown and DOCX figure annotations, the summaries).
"""

from __future__ import annotations

import re

from dvtool.model import Number, canonical_number


def format_number(value: Number) -> str:
    """3509 -> "3.509", 2.3 -> "2,3", 0.05 -> "0,05", -1234.5 -> "-1.234,5"."""
    value = canonical_number(value)
    if isinstance(value, int):
        digits, fraction = str(abs(value)), ""
    else:
        # repr is the shortest text that reads back as the same float; Decimal drops the exponent.
        from decimal import Decimal  # only for a float

        plain = format(Decimal(repr(abs(value))), "f")
        digits, _, fraction = plain.partition(".")
    grouped = _group(digits)
    sign = "-" if value < 0 else ""
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


# Strict: dots must group by three, so "2.3" is not taken for 23 (it is not a number here at all).
_NUMBER = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")


def parse_number(text: str) -> Number | None:
    """The value of a whole string written by :func:`format_number`, or None."""
    match = _NUMBER.fullmatch(text)
    return _number_value(match.group()) if match else None


def _number_value(text: str) -> Number:
    whole, _, fraction = text.replace(".", "").partition(",")
    if fraction:
        return canonical_number(float(f"{whole}.{fraction}"))
    return int(whole)


def figure_display(value: Number, total: Number | None, unit: str | None) -> str:
    """The annotation for a figure: "309/411 xã", "2,3%", "3.509 cuộc giám sát", "12"."""
    text = format_number(value)
    if total is not None:
        text += "/" + format_number(total)
    if unit == "%":
        text += "%"
    elif unit is not None:
        text += " " + unit
    return text


def parse_figure_display(text: str) -> tuple[Number, Number | None, str | None] | None:
    """(value, total, unit) from an annotation made by :func:`figure_display`, or None."""
    match = _NUMBER.match(text)
    if not match:
        return None
    value = _number_value(match.group())
    rest = text[match.end() :]
    total: Number | None = None
    if rest.startswith("/"):
        total_match = _NUMBER.match(rest, 1)
        if total_match:
            total = _number_value(total_match.group())
            rest = rest[total_match.end() :]
    if not rest:
        return value, total, None
    if rest == "%":
        return value, total, "%"
    if rest.startswith(" ") and rest.strip():
        return value, total, rest[1:]
    return None
