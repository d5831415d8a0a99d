"""Long fuzz run: ``python -m tests.fuzz.run --seconds 600 [--format docx ...]``.

Runs from the checkout root (it puts ``src`` on the path). Each available reader gets an equal
share of the time; hypothesis keeps failing examples in ``.hypothesis/`` so a rerun replays
them first. Exits 1 and prints the shrunk input on the first crash.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.fuzz.harness import (  # noqa: E402
    STRUCTURAL,
    available_formats,
    check,
    check_docx_package_then_python_docx,
    reader_format,
    strategy_for,
    structural_strategy,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600, help="total time budget (default 600)")
    parser.add_argument("--format", action="append", help="only these formats (repeatable)")
    args = parser.parse_args(argv)
    known = available_formats()
    if "docx" not in known:
        known.append("docx-check")  # the safety check + python-docx until the DOCX reader lands
    known += list(STRUCTURAL)  # nesting, long lines, style chains
    formats = [f for f in known if not args.format or f in args.format]
    share = args.seconds / max(len(formats), 1)
    print(f"{share:.0f} s for each of: {', '.join(formats)}", flush=True)
    for fmt in formats:
        count = _fuzz(fmt, time.monotonic() + share)
        print(f"  {fmt}: {count} inputs, no crash", flush=True)
    return 0


def _fuzz(fmt: str, deadline: float) -> int:
    count = 0
    target = check_docx_package_then_python_docx if fmt == "docx-check" else None

    strategy = structural_strategy(fmt) if fmt in STRUCTURAL else strategy_for("docx" if target else fmt)

    @settings(max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(data: bytes) -> None:
        nonlocal count
        if time.monotonic() > deadline:
            return
        count += 1
        if target:
            target(data)
        else:
            check(reader_format(fmt), data)

    print(f"fuzzing {fmt} ...", flush=True)
    try:
        while time.monotonic() < deadline:  # hypothesis stops at max_examples; go again
            run()
    except Exception:
        print(f"CRASH in the {fmt} reader (shrunk example above)", flush=True)
        raise
    return count


if __name__ == "__main__":
    raise SystemExit(main())
