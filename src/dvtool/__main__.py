"""``python -m dvtool``."""

from __future__ import annotations

from dvtool.cli import main

main()
