"""The build step: what dvtool would otherwise compile on every run, compiled once.

    python scripts/precompile.py          # write the files below for this interpreter
    python scripts/precompile.py --check  # exit 1 while one is missing or out of date

- src/dvtool/extract/cue_patterns.<tag>.marshal: the cue lists' patterns of cues.yaml
  (dvtool.extract.cue_patterns);
- src/dvtool/dataclass_code.<tag>.marshal: the methods @dataclass writes for the package's
  classes, recorded while every module of the package is imported (dvtool.dataclass_code).

Run it with the interpreter dvtool runs on (scripts/setup.sh and scripts/test.sh do) after
editing cues.yaml or a dataclass: the files hold that interpreter's compiled code. dvtool works
without them, and with stale ones, only slower; tests fail while they are out of date.
"""

from __future__ import annotations

import argparse
import importlib
import marshal
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import dvtool  # noqa: E402
from dvtool import dataclass_code  # noqa: E402


def _dataclass_sources() -> list[str]:
    """The sources @dataclass compiles for every class of the package (in a fresh process:
    only classes defined meanwhile are seen)."""
    with dataclass_code.recording() as sources:
        for module in pkgutil.walk_packages(dvtool.__path__, "dvtool."):
            if not module.name.endswith(".__main__"):  # it runs the command line
                importlib.import_module(module.name)
    return sources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the files are up to date")
    args = parser.parse_args()
    sources = _dataclass_sources()  # first: before any module of the package defines its classes
    from dvtool.extract import cue_patterns

    wanted = {
        dataclass_code.table_file(): dataclass_code.file_content(sources),
        cue_patterns.table_file(): cue_patterns.build_table(),
    }
    stale = False
    for target, content in wanted.items():
        if target.exists() and marshal.loads(target.read_bytes()) == marshal.loads(content):
            continue
        if args.check:
            print(f"{target}: missing or out of date; run python scripts/precompile.py", file=sys.stderr)
            stale = True
            continue
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(content)
        partial.replace(target)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
