"""What a new user tripped over (issue 12): each test failed on the main branch before the fix."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dvtool.app.cli import app
from tests.conftest import ROOT, SEED_JSON, Runner, dvtool_env

runner = CliRunner()
SEED_YAML = SEED_JSON.with_suffix(".yaml")


# ------------------------------------------------ 1. the -o extension chooses the format


def test_an_output_file_named_docx_gets_a_word_document_without_to(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    result = runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert zipfile.is_zipfile(target)


def test_an_output_file_named_yml_gets_yaml_without_to(tmp_path: Path) -> None:
    target = tmp_path / "report.yml"
    assert runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(target)]).exit_code == 0
    assert target.read_bytes() == SEED_YAML.read_bytes()


def test_a_to_that_contradicts_the_output_extension_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "x.JSON"
    result = runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(target), "--to", "yaml"])
    assert result.exit_code == 2
    assert "--to yaml contradicts the output file name" in result.stderr and "x.yaml" in result.stderr
    assert not target.exists()


def test_a_to_that_agrees_with_the_output_extension_is_fine(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    assert runner.invoke(app, ["convert", str(SEED_JSON), "-o", str(target), "--to", "md"]).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("---\n")


# ------------------------------------------------ 3. skipped files are named


def _archive_with_foreign_files(root: Path) -> Path:
    folder = root / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.json").write_bytes(SEED_JSON.read_bytes())
    for name in ("old.doc", "scan.pdf", "sub/notes.odt", "sub/README"):
        (folder / name).write_bytes(b"not read")
    (folder / "~$lock.docx").write_bytes(b"Word lock file")
    return folder


def test_convert_recursive_names_every_file_it_skips(run_dvtool: Runner, tmp_path: Path) -> None:
    folder = _archive_with_foreign_files(tmp_path)
    result = run_dvtool(["convert", "-r", str(folder), "--to", "jsonl"])
    assert result.returncode == 0
    stderr = result.stderr.decode()
    for name in ("old.doc", "scan.pdf", "notes.odt", "README"):
        assert re.search(rf"warning: \S*{re.escape(name)}: skipped", stderr), stderr
    assert "~$lock" not in stderr  # Word's lock files are not documents
    assert len(result.stdout.splitlines()) == 1


def test_many_skipped_files_make_one_counted_line_and_verbose_names_them(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    folder = _archive_with_foreign_files(tmp_path)
    for i in range(6):
        (folder / f"scan{i}.pdf").write_bytes(b"%PDF-")
    quiet_ish = run_dvtool(["validate", "-r", str(folder)]).stderr.decode()
    assert quiet_ish.count("warning:") == 1 and "skipped 10 files" in quiet_ish and ".pdf: 7" in quiet_ish
    verbose = run_dvtool(["validate", "-r", str(folder), "-v"]).stderr.decode()
    assert verbose.count(": skipped:") == 10 and "scan5.pdf" in verbose


def test_skipped_files_fail_a_strict_run_with_exit_4(run_dvtool: Runner, tmp_path: Path) -> None:
    folder = _archive_with_foreign_files(tmp_path)
    assert run_dvtool(["summarize", "-r", str(folder), "--strict"]).returncode == 4


# ------------------------------------------------ 7. two inputs, one output


def test_two_inputs_mapping_to_one_output_get_a_hint(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.json").write_bytes(SEED_JSON.read_bytes())
    out = tmp_path / "out"
    args = ["convert", str(tmp_path / "a" / "x.json"), str(tmp_path / "b" / "x.json"), "-o", f"{out}/"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "would both be written to" in result.stderr
    assert "hint:" in result.stderr and "-r" in result.stderr and "--envelope" in result.stderr


def test_every_clash_of_a_batch_is_named_in_one_line(tmp_path: Path) -> None:
    names = ("a/r.json", "b/r.json", "c/r.json", "a/s.json", "b/s.json", "a/other.json")
    for name in names:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(SEED_JSON.read_bytes())
    out = tmp_path / "out"
    inputs = [str(tmp_path / n) for n in names]
    result = runner.invoke(app, ["convert", *inputs, "--to", "docx", "-o", f"{out}/"])
    line = result.stderr.strip()
    assert result.exit_code == 2 and "\n" not in line
    assert re.search(r"a.r\.json, .*b.r\.json and .*c.r\.json would all be written to .*r\.docx", line)
    assert re.search(r"a.s\.json and .*b.s\.json would both be written to .*s\.docx", line)
    assert "other" not in line and not out.exists()


def test_same_named_files_of_one_folder_are_written_apart(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in ("r.json", "r.yaml", "sub/r.json", "sub/r.yml", "other.json"):
        (folder / name).write_bytes(SEED_JSON.read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", "-r", str(folder), "--to", "json", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == ["other.json", "r.json.json", "r.yaml.json", "sub/r.json.json", "sub/r.yml.json"]
    assert result.stderr.count("share a name") == 2


def test_the_readme_find_example_works_on_an_archive_with_repeated_names(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith("find archive") and "convert" in line]
    assert lines, "the README's find | dvtool convert example is gone"
    for sub in ("2022", "2023"):
        (tmp_path / "archive" / sub).mkdir(parents=True)
        (tmp_path / "archive" / sub / "bao-cao.json").write_bytes(SEED_JSON.read_bytes())
    for line in lines:
        shell = line.replace("*.docx", "*.json").replace("dvtool ", f"{sys.executable} -m dvtool ")
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", shell], cwd=tmp_path, capture_output=True, env=dvtool_env()
        )
        assert done.returncode == 0, (line, done.stderr.decode())


# ------------------------------------------------ 8. help for people


def test_bare_dvtool_prints_help_without_an_empty_error_line(run_dvtool: Runner) -> None:
    result = run_dvtool([])
    assert result.returncode == 2
    assert b"Usage" in result.stdout + result.stderr
    assert b"error:" not in result.stderr


def test_help_shows_metavars_not_programmer_placeholders() -> None:
    for command in ("convert", "validate", "summarize"):
        text = runner.invoke(app, [command, "--help"]).stdout
        assert "<str>" not in text and "<int" not in text and "x>=1" not in text, command
        assert "FILE" in text and " N " in text


def test_every_command_help_has_examples() -> None:
    for command in ("convert", "validate", "summarize", "schema"):
        text = runner.invoke(app, [command, "--help"]).stdout
        assert "Examples:" in text and f"dvtool {command}" in text.split("Examples:")[1], command


@pytest.mark.usefixtures("vietnamese")
def test_the_summary_table_column_titles_need_no_explaining() -> None:
    """The columns are whole words in the reader's language (no KQ/HC/NV to look up)."""
    result = runner.invoke(app, ["summarize", str(SEED_JSON), str(SEED_YAML)])
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0]
    assert "Kết quả" in header and "Hạn chế" in header and "Nhiệm vụ" in header
    assert "KQ" not in header and "HC" not in header and "NV" not in header


def test_jobs_below_one_is_still_a_usage_error() -> None:
    assert runner.invoke(app, ["validate", str(SEED_JSON), "-j", "0"]).exit_code == 2


def _json_lines(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.splitlines() if line.strip()]


# ------------------------------------------------ 2. an edited number arrives

OLD_PHRASE = "tổ chức 3.509 cuộc giám sát, trong đó"
NEW_PHRASE = "tổ chức 3.600 cuộc giám sát, trong đó"


def _item_with(report: dict[str, object], fragment: str) -> tuple[int, dict[str, object]]:
    results = report["results"]
    assert isinstance(results, list)
    return next((i, r) for i, r in enumerate(results) if fragment in r["text"])


def test_a_number_edited_in_dvtools_markdown_arrives_with_a_warning(tmp_path: Path) -> None:
    source = SEED_JSON.with_suffix(".md").read_text(encoding="utf-8")
    assert source.count(OLD_PHRASE) == 1
    edited = tmp_path / "edited.md"
    edited.write_text(source.replace(OLD_PHRASE, NEW_PHRASE), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(edited), "--to", "json"])
    assert result.exit_code == 0, result.stderr
    index, item = _item_with(json.loads(result.stdout), "3.600 cuộc")
    values = [f["value"] for f in item["figures"]]  # type: ignore[union-attr]
    assert 3600 in values and 3509 not in values
    assert f"/results/{index}" in result.stderr and "re-read" in result.stderr
    assert runner.invoke(app, ["validate", "--strict", str(edited)]).exit_code == 4


def test_a_number_edited_in_dvtools_word_file_arrives_with_a_warning(tmp_path: Path) -> None:
    original = SEED_JSON.with_suffix(".docx")
    edited = tmp_path / "edited.docx"
    with zipfile.ZipFile(original) as zin, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                # in Word the figure's words are a bold run of their own inside the sentence
                text = data.decode("utf-8")
                old, new = "3.509 cuộc giám sát", "3.600 cuộc giám sát"
                assert text.count(old) == 1
                data = text.replace(old, new).encode("utf-8")
            zout.writestr(info, data)
    result = runner.invoke(app, ["convert", str(edited), "--to", "json"])
    assert result.exit_code == 0, result.stderr
    index, item = _item_with(json.loads(result.stdout), "3.600 cuộc")
    assert 3600 in [f["value"] for f in item["figures"]]  # type: ignore[union-attr]
    assert f"/results/{index}" in result.stderr and "warning:" in result.stderr


def test_an_untouched_dvtool_file_reads_back_without_the_warning() -> None:
    for suffix in (".md", ".docx"):
        result = runner.invoke(app, ["convert", str(SEED_JSON.with_suffix(suffix)), "--to", "json"])
        assert result.exit_code == 0 and "re-read" not in result.stderr
        assert result.stdout_bytes == SEED_JSON.read_bytes()


def test_a_json_figure_whose_text_left_its_item_is_a_validation_problem(tmp_path: Path) -> None:
    report = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    index, item = _item_with(report, OLD_PHRASE)
    item["text"] = str(item["text"]).replace(OLD_PHRASE, NEW_PHRASE)
    for name, text in (("x.json", json.dumps(report, ensure_ascii=False, indent=2)), ("x.yaml", None)):
        path = tmp_path / name
        if text is None:
            converted = runner.invoke(app, ["convert", str(tmp_path / "x.json"), "-o", str(path)])
            assert converted.exit_code == 0, converted.stderr
        else:
            path.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["validate", str(path)])
        assert result.exit_code == 1
        assert f"/results/{index}/figures/0/text" in result.stdout and "3.509" in result.stdout


# ------------------------------------------------ 5. validate: everything at once, in plain words


def _bad_report(tmp_path: Path, name: str = "bad.json") -> Path:
    report = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    report["date"] = "10/02/2023"  # a schema problem
    report["chairs"].append(dict(report["chairs"][0]))  # a rule problem
    path = tmp_path / name
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_validate_reports_schema_and_rule_problems_in_one_run(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(_bad_report(tmp_path))])
    assert result.exit_code == 1
    assert "/date:" in result.stdout and "/chairs/2/name:" in result.stdout


def test_schema_problems_are_plain_words_with_the_fix(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(_bad_report(tmp_path))])
    assert "date must be YYYY-MM-DD: write 2023-02-10" in result.stdout
    assert "does not match" not in result.stdout and "^[0-9]" not in result.stdout


def test_json_and_yaml_problems_carry_a_line_number(tmp_path: Path) -> None:
    bad_json = _bad_report(tmp_path)
    json_lines = bad_json.read_text(encoding="utf-8").splitlines()
    date_line = next(n for n, line in enumerate(json_lines, 1) if '"date"' in line)
    result = runner.invoke(app, ["validate", str(bad_json)])
    assert f"{bad_json}:{date_line}: /date:" in result.stdout
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("title: Hội nghị\ndate: 10/02/2023\nplan_year: '2023'\n", encoding="utf-8")
    records = _json_lines(runner.invoke(app, ["validate", "-F", "json", str(bad_yaml)]).stdout_bytes)
    lines = {p["pointer"]: p.get("line") for p in records[0]["problems"]}  # type: ignore[union-attr]
    assert lines == {"/date": 2, "/plan_year": 3}


def test_a_text_with_no_report_in_it_is_not_valid(tmp_path: Path) -> None:
    shopping = tmp_path / "di-cho.txt"
    shopping.write_text("Danh sách đi chợ\n- 2 kg gạo\n- 1 chục trứng\n- rau muống\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(shopping)])
    assert result.exit_code == 1 and f"{shopping}: valid" not in result.stdout
    assert "no report found" in result.stdout
    converted = runner.invoke(app, ["convert", str(shopping)])
    assert converted.exit_code == 1 and converted.stdout == "" and "no report found" in converted.stderr


def test_an_english_text_is_no_report_whatever_its_cue_like_words(tmp_path: Path) -> None:
    """English "can" folds to the cue "cần" and a last short line looks like a byline: without a
    single Vietnamese letter, what was picked out is no evidence of a report."""
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Enabling Next-Gen Applications\n\nWe can identify this interface by listing it.\n"
        "The components can respond in two ways.\n\nMary Ann Evans\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(paper)])
    assert result.exit_code == 1 and "no report found" in result.stdout
    unaccented = tmp_path / "khong-dau.txt"
    text = "Hoi nghi tong ket cong tac nam 2023\n\nCac don vi can lam tot.\n"
    unaccented.write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["validate", str(unaccented)]).exit_code != 1


def test_the_english_and_program_files_of_the_docx_corpus_are_no_report() -> None:
    corpus = ROOT.parent / "shared" / "corpus" / "docx"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus/docx is absent")
    for name in ("markitdown/test.docx", "pandoc/adjacent_codeblocks.docx", "pandoc/metadata.docx"):
        result = runner.invoke(app, ["validate", str(corpus / name)])
        assert result.exit_code == 1 and "no report found" in result.stdout, name


# ------------------------------------------------ 4. streams name their sources and read back


def _folder_with_a_failure(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    (folder / "a.json").write_bytes(SEED_JSON.read_bytes())
    (folder / "b.json").write_text("{broken", encoding="utf-8")
    (folder / "c.yaml").write_bytes(SEED_YAML.read_bytes())
    return folder


def test_an_envelope_names_the_source_of_every_line_and_keeps_failures(tmp_path: Path) -> None:
    folder = _folder_with_a_failure(tmp_path)
    result = runner.invoke(app, ["convert", "-r", str(folder), "--to", "jsonl", "--envelope"])
    assert result.exit_code == 3
    records = _json_lines(result.stdout_bytes)
    assert [r["source"] for r in records] == [str(folder / n) for n in ("a.json", "b.json", "c.yaml")]
    assert records[0]["report"] == json.loads(SEED_JSON.read_text(encoding="utf-8"))
    assert "invalid JSON" in str(records[1]["error"]) and records[1]["exit_code"] == 3
    assert "report" not in records[1]


def test_envelope_without_jsonl_is_a_usage_error() -> None:
    assert runner.invoke(app, ["convert", str(SEED_JSON), "--to", "yaml", "--envelope"]).exit_code == 2


def test_dvtool_reads_its_own_json_lines_back_as_many_reports(tmp_path: Path) -> None:
    folder = _folder_with_a_failure(tmp_path)
    stream = tmp_path / "all.jsonl"
    made = runner.invoke(app, ["convert", "-r", str(folder), "--envelope", "-o", str(stream)])
    assert made.exit_code == 3 and stream.exists()
    summary = runner.invoke(app, ["summarize", str(stream), "-F", "json"])
    rows = _json_lines(summary.stdout_bytes)
    assert [r["path"] for r in rows] == [
        f"{stream}:1 ({folder / 'a.json'})",
        f"{stream}:3 ({folder / 'c.yaml'})",
    ]
    assert summary.exit_code == 3 and f"{stream}:2 ({folder / 'b.json'})" in summary.stderr
    plain = tmp_path / "plain.jsonl"
    assert runner.invoke(app, ["convert", str(SEED_JSON), str(SEED_YAML), "-o", str(plain)]).exit_code == 0
    validated = runner.invoke(app, ["validate", str(plain)])
    assert validated.exit_code == 0 and validated.stdout == f"{plain}:1: valid\n{plain}:2: valid\n"
    out = tmp_path / "out"
    back = runner.invoke(app, ["convert", str(plain), "--to", "json", "-o", f"{out}/"])
    assert back.exit_code == 0, back.stderr
    assert sorted(p.name for p in out.iterdir()) == ["plain-1.json", "plain-2.json"]
    assert (out / "plain-1.json").read_bytes() == SEED_JSON.read_bytes()


def test_dvtool_reads_its_own_multi_document_yaml_back(tmp_path: Path) -> None:
    stream = runner.invoke(app, ["convert", str(SEED_JSON), str(SEED_YAML), "--to", "yaml"])
    assert stream.exit_code == 0 and "\n---\n" in stream.stdout
    result = runner.invoke(app, ["convert", "-", "--to", "jsonl"], input=stream.stdout_bytes)
    assert result.exit_code == 0, result.stderr
    records = _json_lines(result.stdout_bytes)
    assert records == [json.loads(SEED_JSON.read_text(encoding="utf-8"))] * 2


# ------------------------------------------------ 6. Excel-ready summaries

BOM = b"\xef\xbb\xbf"


def test_summarize_to_a_csv_file_is_excel_ready_utf8_with_a_bom(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.csv"
    result = runner.invoke(app, ["summarize", str(SEED_JSON), str(SEED_YAML), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(BOM) and "Ban chỉ đạo" in data[len(BOM) :].decode("utf-8")
    assert data[len(BOM) :].startswith(b"path,title,")


def test_csv_on_stdout_has_no_bom_unless_asked() -> None:
    plain = runner.invoke(app, ["summarize", str(SEED_JSON), "-F", "csv"])
    assert plain.stdout_bytes.startswith(b"path,")
    excel = runner.invoke(app, ["summarize", str(SEED_JSON), "-F", "csv", "--bom"])
    assert excel.stdout_bytes.startswith(BOM + b"path,")


def test_no_bom_turns_it_off_for_a_csv_file(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    assert runner.invoke(app, ["summarize", str(SEED_JSON), "-o", str(target), "--no-bom"]).exit_code == 0
    assert target.read_bytes().startswith(b"path,")


def test_summarize_writes_an_xlsx_workbook_with_numbers_as_numbers(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "bao-cao.xlsx"
    result = runner.invoke(app, ["summarize", str(SEED_JSON), str(SEED_YAML), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert header[:2] == ["File", "Title"] and len(rows) == 4  # words for people (trial 9)
    results = header.index("Results")
    assert rows[1][results] == 16 and rows[3][results] == 32 and rows[3][0] == "Total"
    assert str(rows[1][1]).startswith("Ban chỉ đạo")


def test_a_summarize_format_that_contradicts_the_output_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    result = runner.invoke(app, ["summarize", str(SEED_JSON), "-o", str(target), "-F", "md"])
    assert result.exit_code == 2 and not target.exists()


def test_no_published_report_of_the_real_corpus_is_refused_as_no_report() -> None:
    """The no-report rule must not catch real reports that extraction makes little of."""
    from pathlib import PurePath

    from dvtool.app.inputs import InputRef
    from dvtool.app.jobs import LoadSpec, load, nothing_found

    real = ROOT / "tests" / "eval" / "real"
    inputs = [
        p
        for part in ("dev", "test")
        for p in sorted((real / part).glob("*.*"))
        if p.suffix in (".txt", ".html", ".docx", ".md")
    ]
    assert len(inputs) > 50
    for path in inputs:
        fmt, result = load(LoadSpec(InputRef(str(path), PurePath(path.name))))
        assert not nothing_found(result, fmt, path.read_bytes()), path
