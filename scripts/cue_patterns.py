"""Compile the cue lists' patterns at build time (dvtool.extract.cue_patterns).

    python scripts/cue_patterns.py          # write src/dvtool/extract/cue_patterns.<tag>.marshal
    python scripts/cue_patterns.py --check  # exit 1 while that file is missing or out of date

Run it with the interpreter dvtool runs on (scripts/setup.sh and scripts/test.sh do) after
editing cues.yaml: the file holds that interpreter's compiled code. dvtool works without it, and
with a stale one, only slower; tests/extract/test_cue_patterns.py fails while it is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dvtool.extract.cue_patterns import build_table, table_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args()
    wanted = build_table()
    target = table_file()
    current = target.read_bytes() if target.exists() else None
    if args.check:
        if current != wanted:
            print(
                f"{target}: out of date with cues.yaml; run python scripts/cue_patterns.py", file=sys.stderr
            )
            return 1
        return 0
    if current != wanted:
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(wanted)
        partial.replace(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
