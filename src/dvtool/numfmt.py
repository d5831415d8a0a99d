"""Numbers written the Vietnamese way: "." for thousands, "," for decimals."""

from __future__ import annotations


def format_number(value: float) -> str:
    """3509 -> "3.509", 2.3 -> "2,3", 1250000.5 -> "1.250.000,5"."""
    if isinstance(value, float) and not value.is_integer():
        whole, _, fraction = repr(abs(value)).partition(".")
        if "e" in whole or "e" in fraction:
            whole, _, fraction = f"{abs(value):.10f}".rstrip("0").partition(".")
        sign = "-" if value < 0 else ""
        return f"{sign}{_group(int(whole))},{fraction}"
    number = int(value)
    return ("-" if number < 0 else "") + _group(abs(number))


def _group(number: int) -> str:
    return f"{number:,}".replace(",", ".")
