"""Growth benchmark: does any reader or stage cost more than linear time or memory?

    .venv/bin/python benchmarks/growth.py                 # every kind at 1x, 10x, 100x + 10 MB
    .venv/bin/python benchmarks/growth.py --only html-nesting,numbers --no-10mb
    .venv/bin/python benchmarks/growth.py --write-readme  # record the table in benchmarks/README.md

Each input kind is generated at a base size and at 10 and 100 times that size, converted with
``dvtool convert FILE --to json`` in a fresh process, and measured (wall time, peak resident
memory from ``wait4``). The start-up cost (a run on a tiny input) is subtracted from the times
and the peak memory of an empty run from the memory, so that the exponents describe the work
that grows: ``log(cost at 100x / cost at 10x) / log(10)``. An exponent near 1 is linear; 2 is
quadratic. Finally each kind is generated at about 10 MB and must finish in under 10 s.

Inputs the tool refuses by design (nesting deeper than its documented limit, for example) are
reported with the exit code and count as finished: refusing quickly is the bounded outcome.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / "work" / "growth"
README = ROOT / "benchmarks" / "README.md"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
TEN_MB = 10 * 1000 * 1000
TEN_MB_SECONDS = 10.0

SENTENCE = (
    "Năm 2022, toàn tỉnh đã tổ chức 1.234 hội nghị với 56.789 lượt người tham dự, "
    "đạt 98,5% kế hoạch; giải quyết 3.509 đơn thư, tăng 12 vụ so với năm 2021. "
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- generators (n = scale unit)


def text_prose(n: int) -> tuple[str, bytes]:
    para = SENTENCE * 3
    return "txt", ("BÁO CÁO KẾT QUẢ\n\n" + "\n\n".join(para for _ in range(n))).encode()


def text_one_line(n: int) -> tuple[str, bytes]:
    return "txt", ("BÁO CÁO\n\n" + SENTENCE.strip() * n * 3 + "\n").encode()


DATED = (
    "Sáng thứ Hai (22/6), đoàn công tác do PGS.TS. Nguyễn Văn An dẫn đầu đã làm việc tại TP. Hồ Chí Minh. "
)


def text_long_paragraph(n: int) -> tuple[str, bytes]:
    """Sentences ending ". " in one paragraph, with titles ending in a dot and partial dates
    after a day of the week: each sentence end and date looks back at the text before it."""
    return "txt", ("BÁO CÁO\n\n" + ((SENTENCE + DATED) * 2 * n).strip() + "\n").encode()


def text_recipient_line(n: int) -> tuple[str, bytes]:
    """A Nơi nhận list typed as one long line, under a report with a task: the footer reader
    tries each word of the line as the start of the signer's authority."""
    body = "BÁO CÁO\n\n" + SENTENCE + "\n\nĐề nghị các đơn vị triển khai thực hiện.\n\nNơi nhận:\n"
    line = "- " + "Sở Xây dựng, Sở Tài chính, UBND các huyện, " * 9 * n + "Lưu: VT.\nKT. GIÁM ĐỐC\n"
    return "txt", (body + line).encode()


def numbers_in_one_paragraph(n: int) -> tuple[str, bytes]:
    figures = ", ".join(f"{i} hộ" for i in range(1, n * 40 + 1))
    return "txt", f"BÁO CÁO\n\nKết quả: đã hỗ trợ {figures}.\n".encode()


def html_nesting(n: int) -> tuple[str, bytes]:
    depth = n * 50
    body = "<div>" * depth + "<p>" + SENTENCE + "</p>" + "</div>" * depth
    return "html", f"<html><body><h1>Báo cáo</h1>{body}</body></html>".encode()


def html_omitted_end_tags(n: int) -> tuple[str, bytes]:
    rows = "".join(f"<tr><td>Chỉ tiêu {i}<td>{i}.{i % 1000:03d}" for i in range(n * 15))
    return "html", f"<html><body><h1>Báo cáo</h1><table>{rows}</table><p>{SENTENCE}</body></html>".encode()


def html_paragraphs(n: int) -> tuple[str, bytes]:
    paras = "".join(f"<p>{SENTENCE}</p>" for _ in range(n * 3))
    return "html", f"<html><body><h1>Báo cáo</h1>{paras}</body></html>".encode()


def markdown(n: int) -> tuple[str, bytes]:
    parts = ["# Báo cáo kết quả", ""]
    for i in range(n):
        parts += [f"## Phần {i}", "", SENTENCE * 2, "", f"- {SENTENCE}", ""]
    return "md", "\n".join(parts).encode()


def _docx(body: str, styles: str | None = None) -> bytes:
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}">'
        f"<w:body>{body}</w:body></w:document>"
    )
    styles = styles or f'<w:styles xmlns:w="{W}"/>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/_rels/document.xml.rels", doc_rels)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


def _p(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_paragraphs(n: int) -> tuple[str, bytes]:
    return "docx", _docx(_p("BÁO CÁO KẾT QUẢ") + "".join(_p(SENTENCE) for _ in range(n * 3)))


def docx_short_paragraphs(n: int) -> tuple[str, bytes]:
    return "docx", _docx(_p("BÁO CÁO") + "".join(_p(f"Mục {i}") for i in range(n * 10)))


def docx_tables(n: int) -> tuple[str, bytes]:
    cell = "<w:tc>{}</w:tc>"
    rows = "".join(
        "<w:tr>" + cell.format(_p(f"Chỉ tiêu {i}")) + cell.format(_p(f"{i}.{i % 1000:03d}")) + "</w:tr>"
        for i in range(n * 5)
    )
    return "docx", _docx(_p("BÁO CÁO") + f"<w:tbl>{rows}</w:tbl>" + _p(SENTENCE))


def docx_style_chain(n: int) -> tuple[str, bytes]:
    count = n * 2
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="S {i}"/>'
        + (f'<w:basedOn w:val="s{i - 1}"/>' if i else "")
        + "</w:style>"
        for i in range(count)
    )
    body = _p("BÁO CÁO") + "".join(_p(SENTENCE, f"s{count - 1 - (i % count)}") for i in range(n))
    return "docx", _docx(body, f'<w:styles xmlns:w="{W}">{styles}</w:styles>')


KINDS: dict[str, Callable[[int], tuple[str, bytes]]] = {
    "text": text_prose,
    "long-line": text_one_line,
    "long-paragraph": text_long_paragraph,
    "recipient-line": text_recipient_line,
    "numbers": numbers_in_one_paragraph,
    "html-nesting": html_nesting,
    "html-omitted-ends": html_omitted_end_tags,
    "html": html_paragraphs,
    "markdown": markdown,
    "docx-paragraphs": docx_paragraphs,
    "docx-short-paragraphs": docx_short_paragraphs,
    "docx-tables": docx_tables,
    "docx-styles": docx_style_chain,
}
BASE = 100  # scale unit of the 1x input (about 50 KB; 100x is about 5 MB)


# ---------------------------------------------------------------- measuring


@dataclass
class Measure:
    size: int
    seconds: float
    rss_mib: float
    code: int


def measure(kind: str, scale: int, tag: str) -> Measure:
    ext, data = KINDS[kind](scale)
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"{kind}-{tag}.{ext}"
    path.write_bytes(data)
    return run_file(path, content_size(ext, data))


def content_size(ext: str, data: bytes) -> int:
    """Bytes of content: a .docx counts its unpacked parts (its zip is 10-100 times smaller)."""
    if ext != "docx":
        return len(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(info.file_size for info in archive.infolist())


# The child reports its own peak (VmHWM starts afresh at exec; ru_maxrss would carry over this
# process's peak, which holds the generated 10 MB inputs).
_WRAPPER = r"""
import atexit, os, runpy, sys
def _report():
    with open("/proc/self/status") as status, open(os.environ["GROWTH_HWM"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(_report)
sys.argv = ["dvtool", *sys.argv[1:]]
runpy.run_module("dvtool", run_name="__main__", alter_sys=True)
"""


def run_file(path: Path, size: int) -> Measure:
    hwm = WORK / "hwm.txt"
    start = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-c", _WRAPPER, "convert", str(path), "--to", "json", "-q"],
        env={**ENV, "GROWTH_HWM": str(hwm)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, _ = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if code not in (0, 1, 3) or "internal error" in stderr:
        raise SystemExit(f"{path.name}: exit {code}\n{stderr[-2000:]}")
    return Measure(size, seconds, int(hwm.read_text()) / 1024, code)


def exponent(small: float, large: float, ratio: float) -> float:
    return math.log(max(large, 1e-3) / max(small, 1e-3)) / math.log(ratio)


def scale_for(kind: str, target: int) -> int:
    """The scale at which ``kind`` is about ``target`` bytes (found from the 10x input)."""
    ext, data = KINDS[kind](BASE * 10)
    return max(1, round(BASE * 10 * target / content_size(ext, data)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", help="comma-separated kinds: " + ", ".join(KINDS))
    parser.add_argument("--no-10mb", action="store_true", help="skip the 10 MB runs")
    parser.add_argument(
        "--write-readme", action="store_true", help="record the table in benchmarks/README.md"
    )
    args = parser.parse_args()
    kinds = args.only.split(",") if args.only else list(KINDS)
    tiny = WORK / "tiny.txt"
    WORK.mkdir(parents=True, exist_ok=True)
    tiny.write_text("BÁO CÁO\n\nMột câu.\n", encoding="utf-8")
    start_up = min(run_file(tiny, 0).seconds for _ in range(3))
    base_rss = run_file(tiny, 0).rss_mib
    lines = [
        f"start-up {start_up:.3f} s and {base_rss:.0f} MiB (subtracted before the exponents)",
        "",
        "| kind (size unpacked) | 1× | 10× | 100× | time exp. | memory exp. | ~10 MB |",
        "|---|---|---|---|---|---|---|",
    ]
    print("\n".join(lines), flush=True)
    worst = 0.0
    for kind in kinds:
        runs = [measure(kind, BASE * f, f"{f}x") for f in (1, 10, 100)]
        t_exp = exponent(runs[1].seconds - start_up, runs[2].seconds - start_up, runs[2].size / runs[1].size)
        m_exp = exponent(runs[1].rss_mib - base_rss, runs[2].rss_mib - base_rss, runs[2].size / runs[1].size)
        cells = [f"{r.size / 1000:,.0f} KB {r.seconds:.2f} s {r.rss_mib:.0f} MiB" for r in runs]
        big = "—"
        if not args.no_10mb:
            scale = scale_for(kind, TEN_MB)
            ext, data = KINDS[kind](scale)
            path = WORK / f"{kind}-10mb.{ext}"
            path.write_bytes(data)
            del data
            m = run_file(path, content_size(ext, path.read_bytes()))
            path.unlink()
            verdict = "ok" if m.seconds < TEN_MB_SECONDS else "TOO SLOW"
            refused = " (refused, exit 3)" if m.code == 3 else ""
            big = f"{m.size / 1e6:.1f} MB {m.seconds:.1f} s {m.rss_mib:.0f} MiB {verdict}{refused}"
        worst = max(worst, t_exp)
        line = f"| {kind} | " + " | ".join(cells) + f" | {t_exp:.2f} | {m_exp:.2f} | {big} |"
        lines.append(line)
        print(line, flush=True)
    if args.write_readme:
        _write_readme("\n".join(lines))


def _write_readme(table: str) -> None:
    import platform

    head = (
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}.\n\n"
    )
    text = README.read_text(encoding="utf-8")
    block = f"<!-- growth:start -->\n{head}{table}\n<!-- growth:end -->"
    if "<!-- growth:start -->" in text:
        text = re.sub(r"<!-- growth:start -->.*<!-- growth:end -->", lambda _: block, text, flags=re.DOTALL)
    else:
        text += "\n" + block + "\n"
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
