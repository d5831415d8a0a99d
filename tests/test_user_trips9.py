"""What a new user tripped over in trial 9 (dvtool 0.8.0): each test failed before its fix."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SEED_JSON, Runner

# ------------------------------------------------ CSV cells a spreadsheet would run as formulas


def _seed_with(tmp_path: Path, name: str, **changes: object) -> Path:
    report = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    report.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_csv_text_cell_that_starts_like_a_formula_gets_a_quote(
    run_dvtool: Runner, tmp_path: Path, start: str
) -> None:
    title = f"{start}1+1 Hội nghị"
    chairs = [{"name": f"{start}cmd|' /C calc'!A0", "titles": []}]
    _seed_with(tmp_path, "x.json", title=title, chairs=chairs)
    target = tmp_path / "bao-cao.csv"
    result = run_dvtool(["summarize", "x.json", "-o", str(target)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, row = _csv_rows(target.read_bytes())
    cells = dict(zip(header, row, strict=True))
    assert cells["title"] == "'" + title.replace("\r", "\n")
    assert cells["chairs"] == "'" + chairs[0]["name"].replace("\r", "\n")


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("name", ["=x.json", "+x.json", "-x.json", "@x.json"])
def test_a_file_name_that_starts_like_a_formula_gets_a_quote_in_csv(
    run_dvtool: Runner, tmp_path: Path, name: str
) -> None:
    _seed_with(tmp_path, name)
    result = run_dvtool(["summarize", "--format", "csv", "--", name], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, row = _csv_rows(result.stdout)
    assert dict(zip(header, row, strict=True))["path"] == "'" + name


def test_csv_counts_and_ordinary_text_are_unchanged(run_dvtool: Runner, tmp_path: Path) -> None:
    _seed_with(tmp_path, "a.json", title="Hội nghị = tổng kết -1")
    result = run_dvtool(["summarize", "a.json", "--format", "csv"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, row = _csv_rows(result.stdout)
    cells = dict(zip(header, row, strict=True))
    assert cells["title"] == "Hội nghị = tổng kết -1"
    assert cells["path"] == "a.json" and cells["date"] == "2023-02-10"
    assert cells["results"] == "16" and cells["chairs"] == "Lê Hồng Vinh; Ngọc Kim Nam"


# ------------------------------------------------ format names spelled as file extensions

_TYPED = "Hội nghị tổng kết\n\nNgày 20/12/2023, Ban Dân vận tổ chức hội nghị tổng kết năm 2023.\n"


@pytest.mark.parametrize(("alias", "name"), [("txt", "text"), ("TXT", "text"), ("Text", "text")])
def test_from_takes_the_extension_spelling_of_a_format(run_dvtool: Runner, alias: str, name: str) -> None:
    given = run_dvtool(["convert", "-", "--from", alias, "--to", "json"], input=_TYPED.encode())
    canonical = run_dvtool(["convert", "-", "--from", name, "--to", "json"], input=_TYPED.encode())
    assert given.returncode == canonical.returncode == 0, given.stderr
    assert given.stdout == canonical.stdout and json.loads(given.stdout)["date"] == "2023-12-20"


@pytest.mark.parametrize(
    ("args", "same_as"),
    [
        (["convert", "s.json", "--from", "jsonl", "--to", "yml"], ["convert", "s.json", "--to", "yaml"]),
        (["convert", "s.json", "--to", "markdown"], ["convert", "s.json", "--to", "md"]),
        (["convert", "s.json", "--to", "ndjson"], ["convert", "s.json", "--to", "jsonl"]),
        (["convert", "s.yml", "-f", "yml", "-t", "json"], ["convert", "s.yml", "-t", "json"]),
        (["validate", "s.json", "-F", "ndjson"], ["validate", "s.json", "-F", "json"]),
        (["validate", "s.json", "-F", "txt"], ["validate", "s.json"]),
        (["summarize", "s.json", "-F", "markdown"], ["summarize", "s.json", "-F", "md"]),
        (["summarize", "s.json", "-F", "jsonl"], ["summarize", "s.json", "-F", "json"]),
    ],
)
def test_format_aliases_give_the_same_output(
    run_dvtool: Runner, tmp_path: Path, args: list[str], same_as: list[str]
) -> None:
    (tmp_path / "s.json").write_bytes(SEED_JSON.read_bytes())
    (tmp_path / "s.yml").write_bytes(SEED_JSON.with_suffix(".yaml").read_bytes())
    given, expected = run_dvtool(args, cwd=tmp_path), run_dvtool(same_as, cwd=tmp_path)
    assert given.returncode == expected.returncode == 0, given.stderr
    assert given.stdout == expected.stdout and given.stdout


def test_an_unknown_format_is_still_a_usage_error_naming_the_choices(run_dvtool: Runner) -> None:
    result = run_dvtool(["convert", "-", "--from", "pdf"], input=b"x")
    assert result.returncode == 2
    assert b"'pdf' is not one of" in result.stderr and b"'text'" in result.stderr


@pytest.mark.parametrize("language", ["en", "vi"])
def test_from_help_lists_the_formats_and_their_other_spellings(run_dvtool: Runner, language: str) -> None:
    from tests.conftest import dvtool_env

    result = run_dvtool(["convert", "--help"], env=dvtool_env(DVTOOL_LANG=language, COLUMNS="200"))
    line = next(ln for ln in result.stdout.decode("utf-8").splitlines() if "--from" in ln)
    assert all(word in line for word in ("json", "docx", "html", "txt", "htm", "markdown", "yml"))


# ------------------------------------------------ validate lists every problem of a Markdown front matter


def _break_dates(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("date: "):
            lines[i] = "date: 20/12/2023"
        elif line.startswith("plan_year: "):
            lines[i] = 'plan_year: "2024"'
    return "\n".join(lines)


def test_validate_lists_every_front_matter_problem_of_markdown_as_of_yaml(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    for suffix in ("md", "yaml"):
        made = run_dvtool(["convert", str(SEED_JSON), "-o", str(tmp_path / f"q.{suffix}")])
        assert made.returncode == 0, made.stderr
        path = tmp_path / f"q.{suffix}"
        path.write_text(_break_dates(path.read_text(encoding="utf-8")), encoding="utf-8")
    records = {}
    for suffix in ("md", "yaml"):
        result = run_dvtool(["validate", "--format", "json", f"q.{suffix}"], cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        records[suffix] = json.loads(result.stdout)
    md, yaml = records["md"], records["yaml"]
    assert md["format"] == "md" and md["error"] is None
    assert [p["pointer"] for p in md["problems"]] == ["/date", "/plan_year"]
    strip = [{k: v for k, v in p.items() if k != "line"} for p in md["problems"]]
    assert strip == [{k: v for k, v in p.items() if k != "line"} for p in yaml["problems"]]
    text = (tmp_path / "q.md").read_text(encoding="utf-8").split("\n")
    assert [text[p["line"] - 1].split(":")[0] for p in md["problems"]] == ["date", "plan_year"]
    shown = run_dvtool(["validate", "q.md"], cwd=tmp_path)
    lines = shown.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2 and lines[0].startswith("q.md:") and "/date:" in lines[0]
    assert not shown.stderr


def test_a_markdown_front_matter_the_schema_accepts_still_reads(run_dvtool: Runner, tmp_path: Path) -> None:
    made = run_dvtool(["convert", str(SEED_JSON), "-o", str(tmp_path / "ok.md")])
    assert made.returncode == 0, made.stderr
    result = run_dvtool(["validate", "--format", "json", "ok.md"], cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["valid"] is True


# ------------------------------------------------ help pages: no line break in mid-sentence

COMMANDS = ([], ["convert"], ["validate"], ["summarize"], ["schema"])


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c else "dvtool")
def test_help_breaks_lines_only_where_the_terminal_is_full(
    run_dvtool: Runner, language: str, command: list[str]
) -> None:
    from tests.conftest import dvtool_env

    wide = run_dvtool([*command, "--help"], env=dvtool_env(DVTOOL_LANG=language, COLUMNS="400"))
    assert wide.returncode == 0, wide.stderr
    lines = [line.rstrip() for line in wide.stdout.decode("utf-8").splitlines()]
    prose = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith(("│", "╭", "╰"))]
    for line in prose:
        # On a 400-column terminal every sentence fits: a prose line ends a sentence or a
        # heading, or is an example command line.
        if not line.startswith(("dvtool ", _usage(language))):
            assert line.endswith((".", ":", ")")), line
    # In the option tables, a row with blank first columns continues the help of the row above.
    boxed = [ln for ln in lines if ln.lstrip().startswith("│")]
    assert not [ln for ln in boxed if ln.lstrip("│").startswith(" " * 30) and ln.strip("│ ")], boxed

    narrow = run_dvtool([*command, "--help"], env=dvtool_env(DVTOOL_LANG=language, COLUMNS="80"))
    examples = [ln for ln in narrow.stdout.decode("utf-8").splitlines() if ln.startswith("   dvtool ")]
    following = narrow.stdout.decode("utf-8").splitlines()
    for line in examples:
        after = following[following.index(line) + 1]
        assert not after.strip() or after.startswith("   dvtool "), f"{line!r} wraps on 80 columns"


def _usage(language: str) -> str:
    return "Usage:" if language == "en" else "Cách dùng:"


# ------------------------------------------------ convert and validate agree on awards without counts

_AWARD_UNCOUNTED = (
    "Hội nghị tổng kết công tác dân vận năm 2023\n\n"
    "Ngày 20/12/2023, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023.\n\n"
    "Năm 2023, toàn huyện xây dựng 125 mô hình dân vận khéo.\n\n"
    "Dịp này, Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc.\n"
)


@pytest.mark.parametrize("suffix", ["json", "yaml", "md", "docx"])
def test_what_convert_writes_for_an_award_without_counts_validates(
    run_dvtool: Runner, tmp_path: Path, suffix: str
) -> None:
    (tmp_path / "a.txt").write_text(_AWARD_UNCOUNTED, encoding="utf-8")
    made = run_dvtool(["convert", "a.txt", "-o", f"a.{suffix}"], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    read = run_dvtool(["convert", f"a.{suffix}", "--to", "json"], cwd=tmp_path)
    awards = json.loads(read.stdout)["awards"]
    assert [(a["award"], a["collectives"], a["individuals"], a["recipients"]) for a in awards] == [
        ("Bằng khen", 0, 0, [])
    ], "the case needs an award whose counts the text does not state"
    checked = run_dvtool(["validate", "--format", "json", f"a.{suffix}"], cwd=tmp_path)
    record = json.loads(checked.stdout)
    assert checked.returncode == 0 and record["valid"] and record["problems"] == [], record


# ------------------------------------------------ the workbook's header row is words in the user's language


@pytest.mark.parametrize(
    ("language", "first", "last", "sheet", "total"),
    [
        ("en", ["File", "Title", "Date"], "Individuals awarded", "Reports", "Total"),
        ("vi", ["Tệp", "Tiêu đề", "Ngày"], "Cá nhân được khen", "Báo cáo", "Tổng cộng"),
    ],
)
def test_the_xlsx_header_row_is_in_the_interface_language_and_csv_keeps_its_keys(
    run_dvtool: Runner,
    tmp_path: Path,
    language: str,
    first: list[str],
    last: str,
    sheet: str,
    total: str,
) -> None:
    from openpyxl import load_workbook

    from dvtool.summary import CSV_FIELDS
    from tests.conftest import dvtool_env

    env = dvtool_env(DVTOOL_LANG=language)
    made = run_dvtool(["summarize", str(SEED_JSON), "-o", str(tmp_path / "x.xlsx")], env=env)
    assert made.returncode == 0, made.stderr
    book = load_workbook(tmp_path / "x.xlsx")
    rows = [[c.value for c in row] for row in book[sheet].iter_rows()]
    assert rows[0][:3] == first and rows[0][-1] == last and len(rows[0]) == len(CSV_FIELDS)
    assert len(set(rows[0])) == len(rows[0])  # every column named, none twice
    assert rows[-1][0] == total and rows[1][CSV_FIELDS.index("results")] == 16
    csv_out = run_dvtool(["summarize", str(SEED_JSON), "--format", "csv"], env=env)
    assert csv_out.stdout.decode("utf-8").splitlines()[0] == ",".join(CSV_FIELDS)
