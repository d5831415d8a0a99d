"""What a new user tripped over in the trial of round 12 (ux12): each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Runner, dvtool_env

TEXT = "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023\nHội nghị tổng kết ngày 10 tháng 2 năm 2023 tại Hà Nội.\n"
DEV = Path(__file__).parent / "eval" / "real" / "dev"


def _run(run_dvtool: Runner, args: list[str], cwd: Path, lang: str = "en") -> tuple[int, str, str]:
    result = run_dvtool(args, cwd=cwd, env=dvtool_env(DVTOOL_LANG=lang))
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def _batch_with_a_binary_file(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "bin.txt").write_bytes(bytes(range(256)) * 12)


# ------------------------------------------------- 1. one rule for files gathering several inputs


@pytest.mark.parametrize("name", ["s.csv", "s.xlsx", "s.md", "s.json", "s.txt"])
def test_a_summary_file_is_not_written_when_an_input_failed(
    run_dvtool: Runner, tmp_path: Path, name: str
) -> None:
    _batch_with_a_binary_file(tmp_path)
    code, out, err = _run(run_dvtool, ["summarize", "-r", "batch", "-o", name], tmp_path)
    assert code == 3, err
    assert "batch/bin.txt" in err
    assert not (tmp_path / name).exists()  # its totals would have left bin.txt out in silence


def test_a_summary_on_stdout_is_not_written_when_an_input_failed(run_dvtool: Runner, tmp_path: Path) -> None:
    _batch_with_a_binary_file(tmp_path)
    code, out, err = _run(run_dvtool, ["summarize", "-r", "batch", "--format", "csv"], tmp_path)
    assert (code, out) == (3, ""), err


def test_a_summary_file_and_a_stream_file_follow_one_rule(run_dvtool: Runner, tmp_path: Path) -> None:
    _batch_with_a_binary_file(tmp_path)
    summary = _run(run_dvtool, ["summarize", "-r", "batch", "-o", "s.csv"], tmp_path)
    stream = _run(run_dvtool, ["convert", "-r", "batch", "--to", "jsonl", "-o", "all.jsonl"], tmp_path)
    assert summary[0] == stream[0] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch"]
    (tmp_path / "batch" / "bin.txt").unlink()
    code, _, err = _run(run_dvtool, ["summarize", "-r", "batch", "-o", "s.csv"], tmp_path)
    assert code == 0, err
    assert "a.txt" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")


# ------------------------------------------------- 2, 3. validate --format json: format and warnings

YEARLESS = "Hội nghị tổng kết công tác\nSáng 10/02, UBND xã A tổ chức hội nghị tổng kết công tác.\n"


@pytest.mark.parametrize("strict", [[], ["--strict"]])
def test_a_validation_record_names_the_format_with_and_without_strict(
    run_dvtool: Runner, tmp_path: Path, strict: list[str]
) -> None:
    (tmp_path / "x.txt").write_text(YEARLESS, encoding="utf-8")
    code, out, err = _run(run_dvtool, ["validate", "x.txt", "--format", "json", *strict], tmp_path)
    record = json.loads(out)
    assert (code, record["status"]) == ((4, "warnings") if strict else (0, "valid")), err
    assert record["format"] == "text"


def test_each_warning_of_a_validation_record_carries_its_pointer(run_dvtool: Runner, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(YEARLESS, encoding="utf-8")
    code, out, err = _run(run_dvtool, ["validate", "x.txt", "--format", "json"], tmp_path)
    warnings = json.loads(out)["warnings"]
    assert warnings and all(w["pointer"].startswith("/") and w["message"] and w["code"] for w in warnings)
    assert {"pointer": "/date", "code": "date-year"}.items() <= warnings[0].items()


def test_a_date_without_a_year_is_one_warning_not_two(run_dvtool: Runner, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(YEARLESS, encoding="utf-8")
    code, out, err = _run(run_dvtool, ["validate", "x.txt", "--strict"], tmp_path)
    assert code == 4
    date_lines = [line for line in err.splitlines() if "/date" in line]
    assert date_lines == [
        "warning: x.txt: /date: a date without a year was found, and no year could be inferred"
    ]
    assert "2 warnings and --strict is set" in err  # the other: /results


def test_a_date_not_found_for_no_other_cause_is_still_a_warning(run_dvtool: Runner, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(YEARLESS.replace("Sáng 10/02, ", ""), encoding="utf-8")
    code, out, err = _run(run_dvtool, ["validate", "x.txt"], tmp_path)
    assert "warning: x.txt: /date: date not found" in err


# ------------------------------------------------- 4. an invalid JSON report, in Vietnamese too


def _bad_json(folder: Path) -> Path:
    from tests.conftest import SEED_JSON

    data = json.loads(Path(SEED_JSON).read_text(encoding="utf-8"))
    data.update(date="10/02/2023", time_of_day="sáng", plan_year="2023")
    data["chairs"] = [*data["chairs"], dict(data["chairs"][0])]
    path = folder / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_every_vietnamese_problem_line_names_its_field_in_words(run_dvtool: Runner, tmp_path: Path) -> None:
    _bad_json(tmp_path)
    code, out, err = _run(run_dvtool, ["validate", "bad.json"], tmp_path, lang="vi")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 4, (out, err)
    assert any(": buổi họp (/time_of_day): " in line for line in lines), out
    assert any(": năm kế hoạch (/plan_year): " in line for line in lines), out
    assert all(" (/" in line for line in lines), out


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "'Lê Hồng Vinh' is already listed as chair no. 1"), ("vi", "(là chủ trì thứ 1)")],
)
def test_a_duplicate_chair_names_the_first_counting_from_one(
    run_dvtool: Runner, tmp_path: Path, lang: str, words: str
) -> None:
    _bad_json(tmp_path)
    code, out, err = _run(run_dvtool, ["validate", "bad.json"], tmp_path, lang=lang)
    line = next(line for line in out.splitlines() if "/chairs/2/name" in line)
    assert words in line and "0" not in line.split("/chairs/2/name")[1], line


def test_convert_names_the_first_problem_at_its_line_and_counts_the_rest(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    _bad_json(tmp_path)
    _, listing, _ = _run(run_dvtool, ["validate", "bad.json"], tmp_path)
    code, out, err = _run(run_dvtool, ["convert", "bad.json"], tmp_path)
    assert (code, out) == (1, "")
    first = listing.splitlines()[0]  # bad.json:4: /date: ...
    hint = "(hint: 4 problems in all: dvtool validate bad.json lists each)"
    assert err.startswith(f"error: {first} {hint}"), err
    code, out, err = _run(run_dvtool, ["convert", "bad.json"], tmp_path, lang="vi")
    assert code == 1
    assert err.startswith("lỗi: bad.json:4: /date: ngày phải viết theo dạng YYYY-MM-DD"), err
    assert "có tất cả 4 lỗi: dvtool validate bad.json liệt kê từng lỗi" in err


def test_the_usage_line_of_the_help_is_in_vietnamese(run_dvtool: Runner, tmp_path: Path) -> None:
    code, out, err = _run(run_dvtool, ["--help"], tmp_path, lang="vi")
    assert code == 0
    assert "dvtool [TÙY CHỌN] LỆNH [THAM SỐ]..." in out.split("Cách dùng: ")[1]
    code, out, err = _run(run_dvtool, ["validate", "--help"], tmp_path, lang="vi")
    assert "validate [TÙY CHỌN]" in out.split("Cách dùng: ")[1]


# ------------------------------------------------- 5. an empty Word file: README and behaviour agree


def _readme_text() -> str:
    readme = Path(__file__).parents[1] / "README.md"
    return " ".join(readme.read_text(encoding="utf-8").split())


def test_a_zero_byte_docx_is_bad_input_as_the_readme_says(run_dvtool: Runner, tmp_path: Path) -> None:
    (tmp_path / "empty.docx").write_bytes(b"")
    code, out, err = _run(run_dvtool, ["convert", "empty.docx"], tmp_path)
    assert (code, err) == (3, "error: empty.docx: empty file, expected a Word .docx document\n")
    readme = _readme_text()
    assert "A 0-byte `.docx` is no Word file at all" in readme
    assert "empty file, expected a Word .docx document`, exit code 3" in readme
    assert "HTML or Word file" not in readme  # it said an empty Word file gives exit code 1


def test_a_word_document_without_text_is_no_report_as_the_readme_says(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    import docx

    docx.Document().save(str(tmp_path / "blank.docx"))
    code, out, err = _run(run_dvtool, ["convert", "blank.docx"], tmp_path)
    assert code == 1 and "no report found" in err
    assert "and a Word document with no text" in _readme_text()
