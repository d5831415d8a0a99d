"""The command line: every command, every exit code, stdout/stderr kept apart."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dvtool import __version__
from dvtool.app.cli import app
from tests.conftest import ROOT, SEED_JSON, Runner

runner = CliRunner()
SEED_YAML = SEED_JSON.with_suffix(".yaml")


def invoke(*args: str, input: bytes | str | None = None) -> object:
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def test_version_prints_the_package_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"dvtool {__version__}"


@pytest.mark.parametrize("command", ["convert", "validate", "summarize", "schema"])
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout
    assert f"dvtool {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_help_documents_the_exit_codes() -> None:
    result = runner.invoke(app, ["--help"])
    assert "Exit codes" in result.stdout and "4 warnings" in result.stdout


def test_schema_command_prints_the_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.stdout)["title"].startswith("Báo cáo hội nghị")


def test_convert_json_to_yaml_and_back_reproduces_the_json_exactly() -> None:
    to_yaml = runner.invoke(app, ["convert", str(SEED_JSON), "--to", "yaml"])
    assert to_yaml.exit_code == 0, to_yaml.stderr
    back = runner.invoke(app, ["convert", "-", "--from", "yaml", "--to", "json"], input=to_yaml.stdout_bytes)
    assert back.exit_code == 0, back.stderr
    assert back.stdout_bytes == SEED_JSON.read_bytes()


def test_the_yaml_sample_is_the_twin_of_the_json_sample() -> None:
    result = runner.invoke(app, ["convert", str(SEED_YAML), "--to", "json"])
    assert result.stdout_bytes == SEED_JSON.read_bytes()


def test_stdin_format_is_sniffed_without_from() -> None:
    result = runner.invoke(app, ["convert", "-", "--to", "json"], input=SEED_YAML.read_bytes())
    assert result.exit_code == 0 and result.stdout_bytes == SEED_JSON.read_bytes()


def test_compact_json_is_one_line() -> None:
    result = runner.invoke(app, ["convert", str(SEED_JSON), "--compact"])
    assert result.stdout.count("\n") == 1 and "\\u" not in result.stdout


def test_validate_accepts_the_samples() -> None:
    result = runner.invoke(app, ["validate", str(SEED_JSON), str(SEED_YAML)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [f"{SEED_JSON}: valid", f"{SEED_YAML}: valid"]


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_invalid_document_exits_1_naming_file_and_pointer(tmp_path: Path) -> None:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    data["awards"][0]["collectives"] = -1
    data["date"] = "2023-02-30"
    bad = _write(tmp_path, "bad.json", json.dumps(data, ensure_ascii=False))
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    # The problem names the file and the line of the value, then says what to write.
    expected = rf"{re.escape(str(bad))}:\d+: /awards/0/collectives: collectives must be 0 or more, not -1"
    assert re.search(expected, result.stdout), result.stdout


def test_semantic_problems_exit_1_too(tmp_path: Path) -> None:
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    data["date"] = "2023-02-30"
    bad = _write(tmp_path, "bad.json", json.dumps(data, ensure_ascii=False))
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1 and "/date: 2023-02-30 is not a real calendar date" in result.stdout


def test_validate_json_format_writes_one_object_per_input(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.json", '{"title": 3}')
    result = runner.invoke(app, ["validate", "--format", "json", str(SEED_JSON), str(bad)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["valid"] for r in records] == [True, False]
    assert records[1]["problems"][0]["pointer"] == "/title" and records[1]["path"] == str(bad)
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty file"),
        (b"{not json", "invalid JSON"),
        (b"\xff\xfe\x00", "invalid"),
    ],
)
def test_unreadable_input_exits_3_with_one_line(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = _write(tmp_path, "x.json", content)
    result = runner.invoke(app, ["convert", str(path)])
    assert result.exit_code == 3
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: ") and fragment in lines[0]


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "blank.txt"])
def test_an_empty_text_like_file_is_no_report_exit_1_like_any_non_report(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, b"" if name.startswith("empty") else b"  \n\n")
    for command in ("convert", "validate"):
        result = runner.invoke(app, [command, str(path)])
        assert result.exit_code == 1, (command, result.stderr)
        assert "no report found" in result.stderr + result.stdout
        assert "empty file" not in result.stderr


@pytest.mark.parametrize("name", ["báo cáo.txt", "báo cáo.md", "báo cáo.json"])
def test_a_docx_under_a_text_name_is_named_not_read_as_text(tmp_path: Path, name: str) -> None:
    """A Word file saved under another extension is refused with what it is and the fix, not
    read as Windows-1258 text with its NUL bytes dropped and called no report."""
    docx = tmp_path / "seed.docx"
    assert runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(docx)]).exit_code == 0
    renamed = tmp_path / name
    renamed.write_bytes(docx.read_bytes())
    result = runner.invoke(app, ["validate", str(renamed)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: {renamed}: this is a zip archive (a Word .docx is one)")
    assert "--from docx" in result.stderr and len(result.stderr.splitlines()) == 1
    forced = runner.invoke(app, ["convert", str(renamed), "--from", "docx", "--to", "json"])
    assert forced.exit_code == 0 and json.loads(forced.stdout)["title"]


def test_binary_data_is_named_not_read_as_windows_1258_text(tmp_path: Path) -> None:
    """A newcomer's random bytes were read as Windows-1258 text and called no report (exit 1):
    bytes that are no UTF-8 and hold many control bytes are binary data, exit 3."""
    junk = bytes((i * 131 + 7) % 256 for i in range(3000))  # every byte value, in a fixed order
    path = _write(tmp_path, "junk.txt", junk)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: {path}: this is binary data, not text")
    ansi = _write(tmp_path, "ansi.txt", b"H\xf4i ngh\xec t\xf4ng k\xeat n\x8em 2023 c\xfba UBND t\xecnh.\n")
    assert runner.invoke(app, ["convert", str(ansi), "--to", "json"]).exit_code == 0


def test_missing_file_and_directory_exit_3(tmp_path: Path) -> None:
    for target, fragment in ((tmp_path / "nope.json", "no such file"), (tmp_path, "is a directory")):
        result = runner.invoke(app, ["validate", str(target)])
        assert result.exit_code == 3 and fragment in result.stderr


def test_wrong_types_and_unknown_fields_are_invalid_not_unreadable(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.json", '{"title": "T", "colour": "red", "plan_year": "2023"}')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "unknown field 'colour'" in result.stdout and "/plan_year" in result.stdout
    converted = runner.invoke(app, ["convert", str(path)])
    assert converted.exit_code == 1 and "unknown field" in converted.stderr


@pytest.mark.parametrize(
    ("pointer", "value", "message"),
    [
        ("date", "2023-02-30", "/date: 2023-02-30 is not a real calendar date"),
        ("date", "30/05/2013", "/date: date must be YYYY-MM-DD: write 2013-05-30"),
        ("document", "2023-13-01", "/document/date: 2023-13-01 is not a real calendar date"),
    ],
)
def test_convert_and_summarize_refuse_a_date_no_calendar_has(
    tmp_path: Path, pointer: str, value: str, message: str
) -> None:
    """A date the Word layout cannot lay out ("Ngày 30 tháng 02") is refused like an unknown
    field: exit 1, one line naming the file, and nothing written."""
    data = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    if pointer == "document":
        data["schema_version"] = "2"
        data["document"] = {"kind": "Báo cáo", "date": value}
    else:
        data["date"] = value
    path = _write(tmp_path, "bad.json", json.dumps(data, ensure_ascii=False))
    out = tmp_path / "bad.docx"
    converted = runner.invoke(app, ["convert", str(path), "-o", str(out)])
    assert converted.exit_code == 1, converted.stderr
    assert converted.stderr == f"error: {path}:1: {message}\n"  # at its line, as validate names it
    assert not out.exists()
    summarized = runner.invoke(app, ["summarize", str(path)])
    assert summarized.exit_code == 1 and message in summarized.stderr


def test_an_array_instead_of_an_object_is_invalid(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.json", "[]")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "the report must be an object ({...}), not a list" in result.stdout


def test_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["convert", str(SEED_JSON), "--to", "xml"]).exit_code == 2
    assert runner.invoke(app, ["convert"]).exit_code == 2
    several = runner.invoke(app, ["convert", str(SEED_JSON), str(SEED_YAML), "--to", "json"])
    assert several.exit_code == 2 and "jsonl" in several.stderr


def test_nfd_and_bom_inputs_convert_to_nfc(tmp_path: Path) -> None:
    text = SEED_JSON.read_text(encoding="utf-8")
    path = _write(tmp_path, "nfd.json", b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).encode("utf-8"))
    result = runner.invoke(app, ["convert", str(path)])
    assert result.exit_code == 0 and result.stdout_bytes == SEED_JSON.read_bytes()


@pytest.mark.usefixtures("vietnamese")
def test_summarize_one_report_shows_the_essentials_in_plain_text() -> None:
    result = runner.invoke(app, ["summarize", str(SEED_JSON)])
    assert result.exit_code == 0
    out = result.stdout
    assert "2023-02-10 (sáng)" in out and "Lê Hồng Vinh, Ngọc Kim Nam" in out
    assert "3.509 cuộc giám sát" in out and "309/411 xã" in out
    assert "7 tập thể, 8 cá nhân" in out
    assert "\x1b[" not in out


@pytest.mark.usefixtures("vietnamese")
def test_summarize_many_has_a_totals_row_and_csv_has_a_header(tmp_path: Path) -> None:
    text = runner.invoke(app, ["summarize", str(SEED_JSON), str(SEED_YAML)]).stdout
    total = [line for line in text.splitlines() if line.startswith("Tổng cộng")]
    assert total and re.search(r"\b32\b", total[0])  # 16 results twice
    csv_out = runner.invoke(app, ["summarize", "--format", "csv", str(SEED_JSON)]).stdout.splitlines()
    assert csv_out[0].startswith("path,title,date") and len(csv_out) == 2


def test_summarize_json_is_ndjson_with_the_path() -> None:
    result = runner.invoke(app, ["summarize", "--format", "json", str(SEED_JSON), str(SEED_YAML)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(SEED_JSON), str(SEED_YAML)]
    assert records[0]["award_collectives"] == 7 and records[0]["results"] == 16


@pytest.mark.usefixtures("vietnamese")
def test_summarize_markdown_is_a_table() -> None:
    result = runner.invoke(app, ["summarize", "--format", "md", str(SEED_JSON), str(SEED_YAML)])
    assert result.stdout.startswith("| Tệp |") and "| Tổng cộng |" in result.stdout


def test_output_file_is_written_and_not_replaced_without_force(tmp_path: Path) -> None:
    out = tmp_path / "r.yaml"
    assert runner.invoke(app, ["convert", str(SEED_JSON), "--to", "yaml", "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == SEED_YAML.read_bytes()
    again = runner.invoke(app, ["convert", str(SEED_JSON), "--to", "yaml", "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.stderr
    forced = runner.invoke(app, ["convert", str(SEED_JSON), "--to", "yaml", "-o", str(out), "--force"])
    assert forced.exit_code == 0


def test_an_input_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(SEED_JSON.read_bytes())
    result = runner.invoke(app, ["convert", str(path), "--to", "json", "-o", str(path), "--force"])
    assert result.exit_code == 2 and "over an input" in result.stderr
    assert path.read_bytes() == SEED_JSON.read_bytes()


def test_real_pipeline_yaml_to_json_through_processes(run_dvtool: Runner) -> None:
    first = run_dvtool(["convert", str(SEED_JSON), "--to", "yaml"])
    second = run_dvtool(["convert", "-", "--from", "yaml", "--to", "json"], input=first.stdout)
    assert first.returncode == 0 and second.returncode == 0
    assert second.stdout == SEED_JSON.read_bytes() and second.stderr == b""


def test_real_process_failure_has_no_traceback(run_dvtool: Runner, tmp_path: Path) -> None:
    path = _write(tmp_path, "x.yaml", "title: [unclosed\n")
    result = run_dvtool(["convert", str(path)])
    assert result.returncode == 3
    assert b"Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_no_color_and_pipes_give_plain_summaries(run_dvtool: Runner) -> None:
    from tests.conftest import dvtool_env

    result = run_dvtool(["summarize", str(SEED_JSON)], env=dvtool_env(DVTOOL_LANG="vi"))
    assert result.returncode == 0 and b"\x1b[" not in result.stdout
    assert "Khen thưởng".encode() in result.stdout


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_output_is_utf8_whatever_the_console_encoding(
    run_dvtool: Runner, encoding: str, tmp_path: Path
) -> None:
    """A Windows console or a C locale must not mangle diacritics nor crash on them."""
    from tests.conftest import dvtool_env

    env = dvtool_env(PYTHONIOENCODING=encoding, LC_ALL="C", DVTOOL_LANG="vi")
    summary = run_dvtool(["summarize", str(SEED_JSON)], env=env)
    assert summary.returncode == 0 and "Khen thưởng".encode() in summary.stdout
    missing = run_dvtool(["convert", str(tmp_path / "tệp.json")], env=env)
    assert missing.returncode == 3 and "lỗi: ".encode() in missing.stderr
    assert "tệp.json: không có tệp này".encode() in missing.stderr
    english = run_dvtool(["convert", str(tmp_path / "tệp.json")], env={**env, "DVTOOL_LANG": "en"})
    assert "tệp.json: no such file".encode() in english.stderr


def test_summarize_skip_failed_writes_the_summary_of_what_was_read(tmp_path: Path) -> None:
    """A folder of an archive holds a report and a file that is none: by default no summary is
    written (its totals would leave an input out); --skip-failed writes the report's row, still
    names the failed input on stderr and still exits 3."""
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.json").write_bytes(SEED_JSON.read_bytes())
    (folder / "scan.txt").write_bytes(bytes(range(256)) * 4)
    target = tmp_path / "s.csv"
    refused = runner.invoke(app, ["summarize", "-r", str(folder), "-o", str(target)])
    assert refused.exit_code == 3 and not target.exists()
    kept = runner.invoke(app, ["summarize", "-r", str(folder), "-o", str(target), "--skip-failed"])
    assert kept.exit_code == 3 and "scan.txt" in kept.stderr
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and rows[1].startswith(str(folder / "a.json"))
