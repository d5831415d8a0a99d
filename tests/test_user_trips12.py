"""What a new user tripped over in the trial of 0.11.0 and was still open in round 12: each test
failed before its fix."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml

from tests.conftest import SAMPLES, SEED_JSON, Runner, dvtool_env

SEED_DOCX = SAMPLES / "000_b51e03a26d81f97b.docx"
TEXT = "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023\nHội nghị tổng kết ngày 10 tháng 2 năm 2023 tại Hà Nội.\n"
TEXT_B = TEXT.replace("NĂM 2023", "NĂM 2024")


def _run(run_dvtool: Runner, args: list[str], cwd: Path, lang: str = "en") -> tuple[int, str, str]:
    result = run_dvtool(args, cwd=cwd, env=dvtool_env(DVTOOL_LANG=lang))
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def _two_texts(folder: Path) -> list[str]:
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT_B, encoding="utf-8")
    return ["a.txt", "b.txt"]


# ------------------------------------------------- several inputs, one stream file (-o FILE)


def test_several_inputs_go_to_a_yaml_file_as_one_multi_document_stream(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    code, out, err = _run(run_dvtool, ["convert", *_two_texts(tmp_path), "-o", "two.yaml"], tmp_path)
    assert (code, out) == (0, ""), err
    documents = list(yaml.safe_load_all((tmp_path / "two.yaml").read_text(encoding="utf-8")))
    assert [d["title"][-4:] for d in documents] == ["2023", "2024"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "two.yaml"]  # no temporary file
    # dvtool reads its own stream back as two reports
    code, out, err = _run(run_dvtool, ["validate", "two.yaml"], tmp_path)
    assert code == 0 and out.count("valid") == 2, (out, err)


@pytest.mark.parametrize("name", ["two.jsonl", "two.ndjson"])
def test_several_inputs_go_to_a_json_lines_file(run_dvtool: Runner, tmp_path: Path, name: str) -> None:
    code, out, err = _run(run_dvtool, ["convert", *_two_texts(tmp_path), "-o", name], tmp_path)
    assert (code, out) == (0, ""), err
    lines = (tmp_path / name).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["title"][-4:] for line in lines] == ["2023", "2024"]


def test_a_stream_file_never_replaces_an_input(run_dvtool: Runner, tmp_path: Path) -> None:
    seed = tmp_path / "a.yaml"
    seed.write_bytes((SAMPLES / "000_b51e03a26d81f97b.yaml").read_bytes())
    before = seed.read_bytes()
    code, _, err = _run(
        run_dvtool, ["convert", "a.yaml", str(SEED_JSON), "-o", "a.yaml", "--force"], tmp_path
    )
    assert code == 2 and "input" in err
    assert seed.read_bytes() == before


def test_several_inputs_to_one_single_document_file_is_a_usage_error_naming_the_stream_formats(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    code, _, err = _run(run_dvtool, ["convert", *_two_texts(tmp_path), "-o", "two.json"], tmp_path)
    assert code == 2
    assert "2 inputs need a folder for -o, not the file name two.json" in err
    assert "two.jsonl" in err and "two.yaml" in err and "two/" in err  # what to type instead
    assert not (tmp_path / "two.json").exists()


# ------------------------------------------------------------- an output folder that is missing


def test_an_output_file_in_a_missing_folder_is_an_error_naming_the_folder(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    target = tmp_path / "nonexistent" / "dir" / "x.json"
    code, out, err = _run(run_dvtool, ["convert", str(SEED_JSON), "-o", str(target)], tmp_path)
    assert (code, out) == (3, "")
    assert str(target.parent) in err and "does not exist" in err
    assert not (tmp_path / "nonexistent").exists()


def test_a_stream_or_summary_file_in_a_missing_folder_is_refused_too(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    stream = tmp_path / "missing" / "all.jsonl"
    code, _, err = _run(run_dvtool, ["convert", *_two_texts(tmp_path), "-o", str(stream)], tmp_path)
    assert code == 3 and "does not exist" in err
    table = tmp_path / "missing" / "t.csv"
    code, _, err = _run(run_dvtool, ["summarize", str(SEED_JSON), "-o", str(table)], tmp_path)
    assert code == 3 and "does not exist" in err
    assert not (tmp_path / "missing").exists()


def test_the_folder_of_a_batch_is_made_as_the_readme_says(run_dvtool: Runner, tmp_path: Path) -> None:
    code, _, err = _run(run_dvtool, ["convert", *_two_texts(tmp_path), "-o", "out/new/"], tmp_path)
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out" / "new").iterdir()) == ["a.json", "b.json"]


def test_the_missing_folder_message_is_translated(run_dvtool: Runner, tmp_path: Path) -> None:
    target = tmp_path / "nonexistent" / "x.json"
    code, _, err = _run(run_dvtool, ["convert", str(SEED_JSON), "-o", str(target)], tmp_path, lang="vi")
    assert code == 3 and "does not exist" not in err and str(target.parent) in err


# ----------------------------------------------------- numbers in the summary table by language


def _with_many_individuals(folder: Path) -> list[str]:
    data: dict[str, Any] = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    big = copy.deepcopy(data)
    big["awards"][0]["individuals"] = 3502  # the seed's awards: 1 + 7 individuals
    (folder / "a.json").write_text(json.dumps(big, ensure_ascii=False), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return ["a.json", "b.json"]


def test_the_summary_table_groups_thousands_the_way_of_its_language(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    files = _with_many_individuals(tmp_path)
    _, english, _ = _run(run_dvtool, ["summarize", *files], tmp_path, lang="en")
    _, vietnamese, _ = _run(run_dvtool, ["summarize", *files], tmp_path, lang="vi")
    total_en, total_vi = english.splitlines()[-1], vietnamese.splitlines()[-1]
    assert total_en.endswith("3,517") and "3.5" not in english
    assert total_vi.endswith("3.517") and "3,5" not in vietnamese


def test_the_one_report_screen_groups_thousands_the_way_of_its_language(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    files = _with_many_individuals(tmp_path)
    _, english, _ = _run(run_dvtool, ["summarize", files[0]], tmp_path, lang="en")
    _, vietnamese, _ = _run(run_dvtool, ["summarize", files[0]], tmp_path, lang="vi")
    assert "3,509 individuals" in english
    assert "3.509 cá nhân" in vietnamese


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_machine_summaries_do_not_change_with_the_language(
    run_dvtool: Runner, tmp_path: Path, fmt: str
) -> None:
    files = _with_many_individuals(tmp_path)
    english = run_dvtool(
        ["summarize", "--format", fmt, *files], cwd=tmp_path, env=dvtool_env(DVTOOL_LANG="en")
    )
    vietnamese = run_dvtool(
        ["summarize", "--format", fmt, *files], cwd=tmp_path, env=dvtool_env(DVTOOL_LANG="vi")
    )
    if fmt == "md":  # a table for people: words and numbers in the language, counts the same
        assert b"3,517" in english.stdout and b"3.517" in vietnamese.stdout
        return
    assert english.stdout == vietnamese.stdout and b"3509" in english.stdout


# ----------------------------------------------- a Word file with its text only in the page header


def _emptied_own_docx(path: Path, header: str | None) -> Path:
    """dvtool's own Word layout with the body emptied (the data part dropped), as a person might
    leave it; ``header`` typed into the page header."""
    document: Any = docx.Document(str(SEED_DOCX))
    body = document.element.body
    for element in list(body):
        if not element.tag.endswith("}sectPr"):
            body.remove(element)
    if header is not None:
        document.sections[0].header.is_linked_to_previous = False
        document.sections[0].header.paragraphs[0].text = header
    document.save(str(path))
    return path


@pytest.mark.parametrize("header", [None, "UBND TỈNH HÀ GIANG"], ids=["empty", "header-only"])
def test_a_word_file_with_no_text_in_its_body_is_no_report_found(
    run_dvtool: Runner, tmp_path: Path, header: str | None
) -> None:
    _emptied_own_docx(tmp_path / "x.docx", header)
    code, out, err = _run(run_dvtool, ["convert", "x.docx"], tmp_path)
    assert (code, out) == (1, ""), err
    assert "no report found in it" in err
    code, out, _ = _run(run_dvtool, ["validate", "--format", "json", "x.docx"], tmp_path)
    record = json.loads(out)
    assert (code, record["status"], record["problems"][0]["rule"]) == (1, "invalid", "no-report")


def test_a_plain_word_file_with_text_only_in_its_page_header_is_no_report_found_as_well(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    document: Any = docx.Document()
    document.sections[0].header.paragraphs[0].text = "UBND TỈNH HÀ GIANG"
    document.save(str(tmp_path / "x.docx"))
    code, _, err = _run(run_dvtool, ["convert", "x.docx"], tmp_path)
    assert code == 1 and "no report found in it" in err


# ------------------------------------------------ an issuer typed with a soft line break (w:br)

BODY = (
    "BÁO CÁO",
    "Tổng kết công tác năm 2022, phương hướng nhiệm vụ năm 2023",
    "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "1. Tổ chức 35 hội nghị tuyên truyền với 3509 lượt người tham dự.",
    "II. NHIỆM VỤ NĂM 2023",
    "1. Tiếp tục tuyên truyền.",
)


def _lines(paragraph: Any, *lines: str) -> None:
    """One paragraph whose lines are separated by soft line breaks (Shift+Enter, w:br)."""
    run = paragraph.add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)


def _issuer_docx(path: Path, *, soft: bool, in_page_header: bool = False) -> Path:
    document: Any = docx.Document()
    where = document.sections[0].header if in_page_header else document
    first = where.paragraphs[0] if in_page_header else where.add_paragraph()
    if soft:
        _lines(first, "UBND TỈNH HÀ GIANG", "SỞ NỘI VỤ")
    else:
        first.add_run("UBND TỈNH HÀ GIANG")
        where.add_paragraph("SỞ NỘI VỤ")
    where.add_paragraph("Số: 12/BC-SNV")
    for line in BODY:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _document_of(run_dvtool: Runner, path: Path) -> dict[str, Any]:
    result = run_dvtool(["convert", str(path)])
    assert result.returncode == 0, result.stderr
    frame: dict[str, Any] = json.loads(result.stdout)["document"]
    return frame


@pytest.mark.parametrize("in_page_header", [False, True], ids=["body", "page-header"])
def test_an_issuer_typed_with_a_soft_line_break_reads_like_two_lines(
    run_dvtool: Runner, tmp_path: Path, in_page_header: bool
) -> None:
    soft = _document_of(
        run_dvtool, _issuer_docx(tmp_path / "soft.docx", soft=True, in_page_header=in_page_header)
    )
    hard = _document_of(
        run_dvtool, _issuer_docx(tmp_path / "hard.docx", soft=False, in_page_header=in_page_header)
    )
    assert (soft["issuer"], soft["parent_issuer"]) == ("SỞ NỘI VỤ", "UBND TỈNH HÀ GIANG")
    assert soft == hard


# ------------------------------------------------------------- validate --fail-fast says it stopped


def _invalid_files(folder: Path, count: int) -> list[str]:
    names = []
    for i in range(count):
        name = f"bad{i}.json"
        (folder / name).write_text('{"schema_version": "2", "title": ""}', encoding="utf-8")
        names.append(name)
    return names


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "2 inputs not checked"), ("vi", "2 tệp đầu vào chưa được kiểm tra")]
)
def test_validate_fail_fast_says_it_stopped_and_how_many_were_not_checked(
    run_dvtool: Runner, tmp_path: Path, lang: str, said: str
) -> None:
    files = _invalid_files(tmp_path, 3)
    code, out, err = _run(run_dvtool, ["validate", "--fail-fast", "-j", "1", *files], tmp_path, lang=lang)
    assert code == 1
    assert "bad0.json" in out and "bad1.json" not in out
    assert sum(said in line for line in err.splitlines()) == 1, err
    assert "--fail-fast" in err


def test_fail_fast_says_nothing_when_nothing_was_left(run_dvtool: Runner, tmp_path: Path) -> None:
    (tmp_path / "good.json").write_bytes(SEED_JSON.read_bytes())
    files = ["good.json", *_invalid_files(tmp_path, 1)]
    code, _, err = _run(run_dvtool, ["validate", "--fail-fast", "-j", "1", *files], tmp_path)
    assert code == 1 and "fail-fast" not in err


def test_convert_fail_fast_says_it_stopped_too(run_dvtool: Runner, tmp_path: Path) -> None:
    for name in ("bad0.json", "bad1.json"):
        (tmp_path / name).write_text("{", encoding="utf-8")
    code, _, err = _run(
        run_dvtool, ["convert", "--fail-fast", "-j", "1", "bad0.json", "bad1.json", "-o", "out/"], tmp_path
    )
    assert code == 3 and "1 input not converted" in err


def _signed_docx(path: Path, *, soft: bool) -> Path:
    document: Any = docx.Document()
    for line in ("UBND TỈNH HÀ GIANG", "SỞ NỘI VỤ", "Số: 12/BC-SNV", *BODY):
        document.add_paragraph(line)
    foot = (
        ("Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."),
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Văn An"),
    )
    for lines in foot:
        if soft:
            _lines(document.add_paragraph(), *lines)
        else:
            for line in lines:
                document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_signature_and_recipients_typed_with_soft_line_breaks_read_like_lines(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    soft = run_dvtool(["convert", str(_signed_docx(tmp_path / "soft.docx", soft=True))])
    hard = run_dvtool(["convert", str(_signed_docx(tmp_path / "hard.docx", soft=False))])
    soft_report, hard_report = json.loads(soft.stdout), json.loads(hard.stdout)
    assert soft_report["document"]["signer"] == {
        "name": "Nguyễn Văn An",
        "position": "PHÓ GIÁM ĐỐC",
        "authority": "KT. GIÁM ĐỐC",
    }
    assert soft_report["document"] == hard_report["document"]
    assert soft_report["tasks"] == hard_report["tasks"]
