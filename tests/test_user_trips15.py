"""What the new user of round 14's trial tripped over and round 15 (ux15) fixed: each test failed
before its fix. The texts are made up; the letter and the report follow the shapes of a plain
personal letter and of dev 149 (a sub-heading with nothing under it, an appendix's own text)."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model_from_dict import report_from_dict
from dvtool.readers.docx import read as read_docx
from dvtool.writers import docx as docx_writer
from tests.conftest import CORPUS, SEED_JSON, Runner, dvtool_env, require_shared

LETTER = (
    "Kính gửi anh Nam,\n\nEm xin gửi anh bản thảo bài viết về chuyến đi Đà Lạt tuần trước. "
    "Anh đọc giúp em và góp ý nhé.\n\nThân ái,\nLan\n"
)
APPENDIX_LINE = (
    "Danh sách các đơn vị được biểu dương trong phong trào thi đua “Dân vận khéo” ở xã Đồng Thành, "
    "huyện Yên Thành, tỉnh Nghệ An."
)
REPORT = (
    "BÁO CÁO\nKết quả công tác dân vận năm 2023\n\n"
    "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Công tác tuyên truyền\n"
    "Tổ chức 120 buổi tuyên truyền cho 5.000 lượt người tham dự.\n"
    "2. Công tác vận động quần chúng\n"
    "II. NHIỆM VỤ NĂM 2024\n- Tiếp tục đẩy mạnh công tác dân vận chính quyền.\n"
    f"PHỤ LỤC\n{APPENDIX_LINE}\nGhi chú thêm về phụ lục.\n"
)


def _run(run_dvtool: Runner, args: list[str], cwd: Path, lang: str = "en") -> tuple[int, str, str]:
    result = run_dvtool(args, cwd=cwd, env=dvtool_env(DVTOOL_LANG=lang))
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


# ------------------------------------------------- 1. no report in it: one statement, exit code 1


def _no_report_inputs(tmp_path: Path) -> list[str]:
    (tmp_path / "thu.txt").write_text(LETTER, encoding="utf-8")
    word = docx.Document()
    for line in LETTER.split("\n\n"):
        word.add_paragraph(line)
    word.save(str(tmp_path / "thu.docx"))
    return ["thu.txt", "thu.docx"]


@pytest.mark.parametrize("args", [["validate", "-v"], ["validate", "-v", "--strict"]])
def test_validate_says_once_that_a_file_holds_no_report_and_lists_no_missing_field(
    run_dvtool: Runner, tmp_path: Path, args: list[str]
) -> None:
    for name in _no_report_inputs(tmp_path):
        code, out, err = _run(run_dvtool, [*args, name], tmp_path)
        assert code == 1, err  # the README's exit code for "no report was found in it"
        assert out.count("no report found") == 1 and out.startswith(f"{name}: "), out
        assert "not found" not in err, err  # no "date not found", "chairs not found", …


def test_validate_json_of_a_file_with_no_report_has_the_problem_and_no_not_found_warnings(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    for name in _no_report_inputs(tmp_path):
        code, out, _ = _run(run_dvtool, ["validate", "-F", "json", name], tmp_path)
        record = json.loads(out)
        assert (code, record["status"], record["exit_code"]) == (1, "invalid", 1)
        assert [p["rule"] for p in record["problems"]] == ["no-report"]
        assert [w for w in record["warnings"] if w["code"] == "not-found"] == []


def test_convert_strict_and_validate_agree_on_a_file_with_no_report(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    for name in _no_report_inputs(tmp_path):
        converted = _run(run_dvtool, ["convert", "--strict", "-v", name], tmp_path)
        validated = _run(run_dvtool, ["validate", "--strict", "-v", name], tmp_path)
        assert converted[0] == validated[0] == 1
        assert converted[1] == "" and "no report found" in converted[2]
        for _, _, err in (converted, validated):  # the one statement, no missing field listed
            assert "not found" not in err.replace("no report found", ""), err


def test_a_word_file_of_the_corpus_with_no_meeting_in_it_gives_one_statement(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    headers = require_shared(CORPUS / "pandoc" / "headers.docx")
    code, out, err = _run(run_dvtool, ["validate", "-v", str(headers)], tmp_path)
    assert code == 1 and out.count("no report found") == 1 and "not found" not in err


# ------------------------------------------------- 2. dropped paragraphs: where once, and what


def test_the_dropped_warning_names_its_place_once_and_quotes_what_was_dropped(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    code, _, err = _run(run_dvtool, ["convert", "bc.txt"], tmp_path)
    assert code == 0, err
    lines = [line for line in err.splitlines() if "dropped" in line]
    assert lines[0] == (
        "warning: bc.txt:7: dropped 1 paragraph of section 'I. KẾT QUẢ ĐẠT ĐƯỢC': "
        "'2. Công tác vận động quần chúng'"
    )
    assert lines[1].startswith("warning: bc.txt:11: dropped 2 paragraphs of section 'PHỤ LỤC' (also line 12)")
    assert "'Danh sách các đơn vị được biểu dương" in lines[1] and lines[1].endswith("…'")
    assert not re.search(r"\(lines? 7\)|11–12", err)  # the place is not said twice


def test_the_dropped_warning_in_json_carries_the_place_and_the_quoted_text(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    _, out, _ = _run(run_dvtool, ["validate", "-F", "json", "bc.txt"], tmp_path)
    dropped = [w for w in json.loads(out)["warnings"] if w["code"] == "dropped-paragraphs"]
    assert [w["line"] for w in dropped] == [7, 11]
    assert dropped[0]["message"].endswith(": '2. Công tác vận động quần chúng'")
    assert "(also line 12); the first: 'Danh sách các đơn vị" in dropped[1]["message"]


def test_the_dropped_warning_is_translated(run_dvtool: Runner, tmp_path: Path) -> None:
    (tmp_path / "bc.txt").write_text(REPORT, encoding="utf-8")
    _, _, err = _run(run_dvtool, ["convert", "bc.txt"], tmp_path, lang="vi")
    assert "đã bỏ 2 đoạn của mục 'PHỤ LỤC' (cả dòng 12); đoạn đầu: 'Danh sách" in err


def test_the_dropped_warning_of_a_word_file_names_the_paragraph_once(tmp_path: Path) -> None:
    word = docx.Document()
    for line in REPORT.splitlines():
        if line:
            word.add_paragraph(line)
    out = io.BytesIO()
    word.save(out)
    result = read_docx(out.getvalue(), ReadOptions(source="bc.docx"))
    dropped = [m for m in result.messages if m.code == "dropped-paragraphs"]
    appendix = dropped[-1]
    assert appendix.location is not None and appendix.location.paragraph == 10
    assert appendix.text.startswith(
        "dropped 2 paragraphs of section 'PHỤ LỤC' (also paragraph 11); the first:"
    )


def test_several_paragraphs_dropped_from_one_line_are_counted_and_placed_once() -> None:
    """A line of text may hold several paragraphs (dev 443: a crawler joined them): no other
    place to name, and no crash for the lack of one."""
    from dvtool.interpret.left_out import dropped_message

    message = dropped_message("1. Tổ chức bộ máy", [69, 69], "line", "Ủy ban nhân dân xã ban hành")
    assert message.location is not None and message.location.line == 69
    assert (
        message.text
        == "dropped 2 paragraphs of section '1. Tổ chức bộ máy'; the first: 'Ủy ban nhân dân xã ban hành'"
    )


def test_an_excerpt_is_nfc_cut_at_a_word_and_keeps_its_diacritics() -> None:
    from dvtool.interpret.left_out import EXCERPT_CHARS, excerpt

    decomposed = unicodedata.normalize("NFD", APPENDIX_LINE)
    short = excerpt(decomposed)
    assert short == unicodedata.normalize("NFC", short) and short.endswith("…")
    assert len(short) <= EXCERPT_CHARS
    assert APPENDIX_LINE.startswith(short[:-1]) and APPENDIX_LINE[len(short) - 1] == " "  # a whole word
    assert excerpt("  Ghi   chú\nthêm  ") == "Ghi chú thêm"
    unbroken = "Đ" * 80
    assert excerpt(unbroken) == "Đ" * (EXCERPT_CHARS - 1) + "…"


# ------------------------------------------------- 3. help says what convert really reads


def test_convert_help_names_every_format_it_extracts_from(run_dvtool: Runner, tmp_path: Path) -> None:
    _, out, _ = _run(run_dvtool, ["convert", "--help"], tmp_path)
    assert "extract them from text, HTML, Markdown and Word" in " ".join(out.split())
    _, listing, _ = _run(run_dvtool, ["--help"], tmp_path)
    assert "Markdown and Word" in listing
    _, vi, _ = _run(run_dvtool, ["convert", "--help"], tmp_path, lang="vi")
    assert "trích xuất báo cáo từ văn bản thuần, HTML, Markdown và Word" in " ".join(vi.split())


@pytest.mark.parametrize("command", ["validate", "summarize"])
def test_validate_and_summarize_help_say_they_read_what_convert_reads(
    run_dvtool: Runner, tmp_path: Path, command: str
) -> None:
    _, out, _ = _run(run_dvtool, [command, "--help"], tmp_path)
    assert "Reads what convert reads" in out and "HTML" in out
    _, vi, _ = _run(run_dvtool, [command, "--help"], tmp_path, lang="vi")
    assert "Đọc những gì lệnh convert đọc" in vi


# ------------------------------------------------- 4. what the page of dvtool's Word file carries


def _without_part(data: bytes) -> bytes:
    """The package with ``customXml/`` and its relationship removed, as Inspect Document does."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename.startswith("customXml/"):
                continue
            content = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                content = re.sub(rb"<Relationship [^>]*customXml[^>]*/>", b"", content)
            target.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "outlet", ["Báo Cà Mau", "Chinhphu.vn", "CAND", "Đài Phát thanh và Truyền hình Nghệ An"]
)
def test_a_news_outlet_publisher_is_on_the_page_and_read_back_without_the_data_part(outlet: str) -> None:
    seed = dataclasses.replace(
        report_from_dict(json.loads(SEED_JSON.read_text(encoding="utf-8"))), publisher=outlet
    )
    written = docx_writer.write(seed, WriteOptions()).value
    page = docx.Document(io.BytesIO(written))
    assert f"Nguồn: {outlet}" in [p.text for p in page.paragraphs]  # a news page names its source
    result = read_docx(_without_part(written), ReadOptions(source="x.docx"))
    # every field the page shows comes back; only the related headlines are not printed
    assert result.value == dataclasses.replace(seed, related=())
    assert result.warnings() == ()
    assert read_docx(written, ReadOptions(source="x.docx")).value == seed  # with the part: exact


def test_a_source_line_in_the_opening_lines_of_a_typed_report_is_its_publisher(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    """The line dvtool's Word file now prints is read in a report a person typed too (it was
    dropped as a paragraph outside the report sections)."""
    (tmp_path / "bc.txt").write_text(
        "Hội nghị tổng kết công tác dân vận năm 2023\nThời gian: Sáng ngày 10 tháng 02 năm 2024\n"
        "Nguồn: Báo Cà Mau\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n- Tổ chức 120 buổi tuyên truyền cho 5.000 lượt người.\n",
        encoding="utf-8",
    )
    code, out, err = _run(run_dvtool, ["convert", "bc.txt"], tmp_path)
    assert code == 0 and json.loads(out)["publisher"] == "Báo Cà Mau", err
    assert "dropped" not in err
