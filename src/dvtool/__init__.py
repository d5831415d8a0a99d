"""dvtool: convert, extract, validate and summarize Vietnamese conference reports."""

from __future__ import annotations

__version__ = "0.16.0"
