"""dvtool benchmarks: each comparison runs side by side with its peer in the same run.

    python benchmarks/run.py            # all targets, 5 repetitions, prints medians and ratios
    python benchmarks/run.py --reps 7 --only 1,3 --write-readme

Inputs are built under benchmarks/work/ (ignored by git) from samples/ with dvtool itself.
Peers: pandoc (Debian package), check-jsonschema (pip), a shell loop, `python -c pass`.
Wall time is measured around whole processes; peak memory is the child's ru_maxrss.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / "work"
SAMPLE = ROOT / "samples" / "000_b51e03a26d81f97b.json"
README = ROOT / "benchmarks" / "README.md"
# The console script users type, when this interpreter's environment has one.
_SCRIPT = Path(sys.executable).with_name("dvtool")
DVTOOL = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "dvtool"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}


@dataclass
class Run:
    seconds: float
    max_rss_kib: int


def run(cmd: Sequence[str] | str, *, shell: bool = False, cwd: Path | None = None) -> Run:
    """Run a command to completion; its wall time and peak resident memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - our own fixed commands
        cmd, shell=shell, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {cmd}\n{err[-2000:]}")
    if proc.stderr:
        proc.stderr.close()
    return Run(elapsed, int(usage.ru_maxrss))


def median_run(make: Callable[[], Run], reps: int, prepare: Callable[[], None] | None = None) -> Run:
    runs = []
    for _ in range(reps):
        if prepare:
            prepare()
        runs.append(make())
    return Run(statistics.median(r.seconds for r in runs), max(r.max_rss_kib for r in runs))


def dv(*args: str) -> list[str]:
    return [*DVTOOL, *args]


def need(program: str) -> str:
    path = shutil.which(program)
    if not path:
        raise SystemExit(f"{program} is required for this benchmark (see benchmarks/README.md)")
    return path


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


# ------------------------------------------------------------------ inputs


def sample_data() -> dict[str, object]:
    data: dict[str, object] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return data


def build_docx(data: dict[str, object], path: Path) -> None:
    source = path.with_suffix(".json")
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    subprocess.run(
        dv("convert", str(source), "--to", "docx", "-o", str(path), "--force"), env=ENV, check=True
    )
    source.unlink()


def scaled(pages: int) -> dict[str, object]:
    """A report of about ``pages`` A4 pages: the seed's sections repeated."""
    data = sample_data()
    base = copy.deepcopy(data)
    # The seed renders to about 4 pages; repeat its item sections to reach the size.
    factor = max(1, round(pages / 4))
    for key in ("results", "limitations", "tasks"):
        items = list(base[key])  # type: ignore[call-overload]
        data[key] = [{**item, "text": f"{item['text']} ({i + 1})"} for i in range(factor) for item in items]
    data["title"] = f"Báo cáo tổng hợp {pages} trang"
    return data


def page_count(docx: Path) -> int | None:
    """Pages of a DOCX as LibreOffice lays it out (None without soffice/pdfinfo)."""
    if not (shutil.which("soffice") and shutil.which("pdfinfo")):
        return None
    out = fresh(WORK / "pdf")
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/dvtool-bench-lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        capture_output=True,
        check=False,
        timeout=600,
    )
    pdf = out / (docx.stem + ".pdf")
    if not pdf.exists():
        return None
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    match = re.search(r"Pages:\s+(\d+)", info)
    return int(match.group(1)) if match else None


# ------------------------------------------------------------------ targets


Row = tuple[str, str, str, str, str]


def target1(reps: int) -> list[Row]:
    pandoc = need("pandoc")
    folder = fresh(WORK / "t1")
    seed = folder / "seed.docx"
    build_docx(sample_data(), seed)
    ours = median_run(lambda: run(dv("convert", str(seed), "--to", "md")), reps)
    theirs = median_run(lambda: run([pandoc, str(seed), "-t", "markdown"]), reps)
    return [
        (
            "1. one report docx→md",
            f"{ours.seconds:.3f} s",
            f"{theirs.seconds:.3f} s (pandoc)",
            f"{ours.seconds / theirs.seconds:.2f}× pandoc's time",
            "≤ 1.0×",
        )
    ]


def target2(reps: int) -> list[Row]:
    pandoc = need("pandoc")
    folder = fresh(WORK / "t2")
    inputs = folder / "in"
    inputs.mkdir()
    base = inputs / "r000.docx"
    build_docx(sample_data(), base)
    for i in range(1, 200):
        shutil.copyfile(base, inputs / f"r{i:03d}.docx")
    out = folder / "out"
    one_call = median_run(
        lambda: run(dv("convert", str(inputs), "-r", "--to", "json", "-o", str(out))),
        reps,
        prepare=lambda: fresh(out),
    )
    loop = f'for f in "{inputs}"/*.docx; do "{pandoc}" "$f" -t json -o "{out}/$(basename "$f").json"; done'
    pandoc_loop = median_run(lambda: run(loop, shell=True), reps, prepare=lambda: fresh(out))
    dv_loop_cmd = " ".join(f'"{a}"' for a in DVTOOL)
    target = f'"{out}/$(basename "$f").json"'
    dv_loop = f'for f in "{inputs}"/*.docx; do {dv_loop_cmd} convert "$f" --to json -o {target}; done'
    dvtool_loop = median_run(lambda: run(dv_loop, shell=True), max(3, reps // 2), prepare=lambda: fresh(out))
    return [
        (
            "2. 200 reports docx→json, one call",
            f"{one_call.seconds:.2f} s",
            f"{pandoc_loop.seconds:.2f} s (pandoc loop)",
            f"{pandoc_loop.seconds / one_call.seconds:.1f}× faster",
            "≥ 15×",
        ),
        (
            "2b. … against dvtool once per file",
            f"{one_call.seconds:.2f} s",
            f"{dvtool_loop.seconds:.2f} s (dvtool loop)",
            f"{dvtool_loop.seconds / one_call.seconds:.1f}× faster",
            "—",
        ),
    ]


def target3(reps: int) -> list[Row]:
    checker = need("check-jsonschema")
    folder = fresh(WORK / "t3")
    data = sample_data()
    planted: set[str] = set()
    for i in range(1000):
        doc = copy.deepcopy(data)
        doc["title"] = f"Báo cáo số {i}"
        if i % 40 == 3:  # 25 invalid documents of several kinds
            kind = (i // 40) % 3
            if kind == 0:
                doc["date"] = 20230210
            elif kind == 1:
                doc["awards"][0]["collectives"] = -1  # type: ignore[index]
            else:
                doc["colour"] = "red"
            planted.add(f"r{i:04d}.json")
        (folder / f"r{i:04d}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    files = sorted(str(p) for p in folder.glob("*.json"))
    schema = str(ROOT / "schemas" / "conference-report.schema.json")
    ours = median_run(lambda: run(dv("validate", *files)), reps)
    theirs = median_run(lambda: run([checker, "--schemafile", schema, *files]), reps)
    verdicts_ok = same_verdicts(files, schema, checker, planted)
    return [
        (
            "3. validate 1,000 JSON",
            f"{ours.seconds:.2f} s",
            f"{theirs.seconds:.2f} s (check-jsonschema)",
            f"{theirs.seconds / ours.seconds:.1f}× faster; verdicts "
            + ("identical" if verdicts_ok else "DIFFER"),
            "≥ 5×, same verdicts",
        )
    ]


def same_verdicts(files: list[str], schema: str, checker: str, planted: set[str]) -> bool:
    """dvtool's schema verdicts equal check-jsonschema's, and both find the planted files."""
    ours = subprocess.run(
        dv("validate", "--format", "json", *files), env=ENV, capture_output=True, check=False
    )
    ours_bad = {Path(r["path"]).name for r in map(json.loads, ours.stdout.splitlines()) if not r["valid"]}
    theirs = subprocess.run(
        [checker, "--schemafile", schema, "-o", "json", *files], capture_output=True, check=False
    )
    report = json.loads(theirs.stdout)
    theirs_bad = {Path(e["filename"]).name for e in report.get("errors", [])}
    return ours_bad == theirs_bad == planted


def target4(reps: int) -> list[Row]:
    pandoc = need("pandoc")
    folder = fresh(WORK / "t4")
    rows: list[Row] = []
    for pages in (10, 50, 200, 500):
        docx = folder / f"r{pages}.docx"
        build_docx(scaled(pages), docx)
        measured = page_count(docx)
        size = f"{pages} pages" + (f" ({measured} in LibreOffice)" if measured else "")
        ours = median_run(lambda d=docx: run(dv("convert", str(d), "--to", "json")), reps)
        theirs = median_run(lambda d=docx: run([pandoc, str(d), "-t", "json"]), reps)
        rows.append(
            (
                f"4. docx→json, {size}",
                f"{ours.seconds:.2f} s, {ours.max_rss_kib / 1024:.0f} MiB",
                f"{theirs.seconds:.2f} s, {theirs.max_rss_kib / 1024:.0f} MiB (pandoc)",
                f"{theirs.seconds / ours.seconds:.2f}× faster, "
                f"{ours.max_rss_kib / theirs.max_rss_kib:.2f}× memory",
                "at 500: ≥ 1.0× and ≤ 0.5× memory",
            )
        )
    return rows


def target5(reps: int) -> list[Row]:
    bare = median_run(lambda: run([sys.executable, "-c", "pass"]), reps)
    rows: list[Row] = []
    for args in (["--version"], ["--help"]):
        ours = median_run(lambda a=args: run(dv(*a)), reps)
        rows.append(
            (
                f"5. dvtool {args[0]}",
                f"{ours.seconds:.3f} s",
                f"{bare.seconds:.3f} s (python -c pass)",
                f"{ours.seconds / bare.seconds:.2f}× python's start-up",
                "report",
            )
        )
    return rows


def target6(reps: int) -> list[Row]:
    """Extraction of one real article as a command (the seed news item), beside pandoc reading it."""
    pandoc = need("pandoc")
    seed = ROOT.parent / "shared" / "seed" / "000_b51e03a26d81f97b.txt"
    if not seed.exists():
        return [("6. one article txt→json (extraction)", "skipped", f"{seed} absent", "—", "< 0.2 s")]
    ours = median_run(lambda: run(dv("convert", str(seed), "--to", "json")), reps)
    theirs = median_run(lambda: run([pandoc, "-f", "markdown", "-t", "json", str(seed)]), reps)
    return [
        (
            "6. one article txt→json (extraction)",
            f"{ours.seconds:.3f} s",
            f"{theirs.seconds:.3f} s (pandoc, no extraction)",
            f"{ours.seconds / theirs.seconds:.2f}× pandoc's time",
            "< 0.2 s",
        )
    ]


TARGETS: dict[str, Callable[[int], list[Row]]] = {
    "1": target1,
    "2": target2,
    "3": target3,
    "4": target4,
    "5": target5,
    "6": target6,
}


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            kib = int(handle.readline().split()[1])
        mem = f", {kib / 1024 / 1024:.0f} GiB memory"
    except OSError:
        pass
    pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True, check=False).stdout
    pandoc_version = pandoc.splitlines()[0] if pandoc else "pandoc absent"
    return (
        f"{platform.machine()}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {pandoc_version}"
    )


def table(rows: list[Row]) -> str:
    lines = ["| benchmark | dvtool | peer | ratio | target |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def write_readme(text: str) -> None:
    content = README.read_text(encoding="utf-8")
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    before, _, rest = content.partition(start)
    _, _, after = rest.partition(end)
    README.write_text(f"{before}{start}\n{text}\n{end}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reps", type=int, default=5, help="repetitions per measurement (median)")
    parser.add_argument("--only", default="1,2,3,4,5,6", help="comma-separated targets")
    parser.add_argument(
        "--write-readme", action="store_true", help="record the figures in benchmarks/README.md"
    )
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    # An installed dvtool has its bytecode compiled at install time; a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    # Likewise what dvtool keeps beside the bytecode on its first run (dvtool.pycache): the
    # parsed cue lists and the compiled schema check.
    prime = (
        "import sys; sys.dont_write_bytecode = False; from dvtool.extract.cues import cues; cues(); "
        "from dvtool.extract.layout_words import layout_words; layout_words(); "
        "from dvtool.extract.function_words import function_words; function_words(); "
        "from dvtool.schema import warm_up; warm_up()"
    )
    subprocess.run([sys.executable, "-c", prime], env=ENV, check=True)
    rows: list[Row] = []
    for key in args.only.split(","):
        print(f"running target {key} ...", file=sys.stderr, flush=True)
        rows.extend(TARGETS[key.strip()](args.reps))
    stamp = time.strftime("%Y-%m-%d")
    text = f"Measured {stamp} on {machine()}; median of {args.reps} runs.\n\n{table(rows)}"
    print(text)
    if args.write_readme:
        write_readme(text)


if __name__ == "__main__":
    main()
