"""The build step: what dvtool would otherwise compile on every run, compiled once.

    python scripts/precompile.py          # write the files below for this interpreter
    python scripts/precompile.py --check  # exit 1 while one is missing or out of date

- src/dvtool/extract/cue_patterns.<tag>.marshal: the cue lists' patterns of cues.yaml
  (dvtool.extract.cue_patterns);
- src/dvtool/dataclass_code.<tag>.marshal: the methods @dataclass writes for the package's
  classes, recorded while every module of the package is imported (dvtool.dataclass_code);
- src/dvtool/regex_code.<tag>.marshal: the other regular expressions compiled while every module
  is imported and the repository's sample inputs are converted, in two processes under fixed
  hash seeds, keeping those both compile (dvtool.regex_code).

Run it with the interpreter dvtool runs on (scripts/setup.sh and scripts/test.sh do) after
editing cues.yaml or a dataclass: the files hold that interpreter's compiled code. dvtool works
without them, and with stale ones, only slower; tests fail while they are out of date.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import marshal
import os
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import dvtool  # noqa: E402
from dvtool import dataclass_code, regex_code  # noqa: E402

# The inputs converted while patterns are recorded: the samples and the eval cases' texts.
SAMPLE_INPUTS = ("samples/*", "tests/eval/cases/*.txt", "tests/eval/cases/*.html")


def _import_all() -> None:
    for module in pkgutil.walk_packages(dvtool.__path__, "dvtool."):
        if not module.name.endswith(".__main__"):  # it runs the command line
            importlib.import_module(module.name)


def _dataclass_sources() -> list[str]:
    """The sources @dataclass compiles for every class of the package (in a fresh process:
    only classes defined meanwhile are seen)."""
    with dataclass_code.recording() as sources:
        _import_all()
    return sources


def _record_patterns(out: Path) -> None:
    """In a fresh process: the patterns compiled by the imports and by converting the samples."""
    with regex_code.recording() as seen:
        _import_all()
        from dvtool.app.cli import main

        inputs = sorted(str(p) for pattern in SAMPLE_INPUTS for p in ROOT.glob(pattern))
        with tempfile.TemporaryDirectory() as folder, open(os.devnull, "w") as sink:
            stream = str(Path(folder) / "all.jsonl")  # one process (--jobs 1): its patterns are the ones seen
            sys.argv = [
                "dvtool",
                "convert",
                *inputs,
                "--to",
                "jsonl",
                "--envelope",
                "-o",
                stream,
                "--jobs",
                "1",
                "--quiet",
            ]
            with (
                contextlib.redirect_stdout(sink),
                contextlib.redirect_stderr(sink),
                contextlib.suppress(SystemExit),
            ):
                main()
    out.write_bytes(marshal.dumps(seen))


def _patterns() -> list[tuple[str, int]]:
    """The patterns two processes under fixed hash seeds both record."""
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        for seed in ("1", "2"):
            out = Path(folder) / seed
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, __file__, "--record-patterns", str(out)], check=True, env=env)
            runs.append(set(marshal.loads(out.read_bytes())))
    return sorted(runs[0] & runs[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the files are up to date")
    parser.add_argument("--record-patterns", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.record_patterns:
        _record_patterns(args.record_patterns)
        return 0
    sources = _dataclass_sources()  # first: before any module of the package defines its classes
    from dvtool.extract import cue_patterns

    wanted = {
        dataclass_code.table_file(): dataclass_code.file_content(sources),
        cue_patterns.table_file(): cue_patterns.build_table(),
    }
    stale = _write_or_check(wanted, check=args.check)
    # Recorded with the cue patterns' file up to date: its patterns never reach re there.
    patterns = {regex_code.table_file(): regex_code.file_content(_patterns())}
    stale = _write_or_check(patterns, check=args.check) or stale
    return 1 if stale else 0


def _write_or_check(wanted: dict[Path, bytes], *, check: bool) -> bool:
    stale = False
    for target, content in wanted.items():
        if target.exists() and marshal.loads(target.read_bytes()) == marshal.loads(content):
            continue
        if check:
            print(f"{target}: missing or out of date; run python scripts/precompile.py", file=sys.stderr)
            stale = True
            continue
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(content)
        partial.replace(target)
    return stale


if __name__ == "__main__":
    sys.exit(main())
