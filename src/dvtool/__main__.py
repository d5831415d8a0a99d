"""``python -m dvtool``."""

from __future__ import annotations

from dvtool.app.cli import main

main()
