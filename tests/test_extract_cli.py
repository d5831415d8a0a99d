"""Extraction end to end through the command line: seed article, HTML, encodings, provenance,
warnings, and hand-written Markdown and DOCX reports that do not follow dvtool's layout."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path
from typing import Any

import docx
from typer.testing import CliRunner

from dvtool.app.cli import app
from tests.conftest import SEED_JSON, SEED_TXT, Runner, require_shared

runner = CliRunner()
EVAL_CASES = Path(__file__).resolve().parent / "eval" / "cases"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cli(*args: str) -> Any:
    return runner.invoke(app, list(args), catch_exceptions=False)


def seed_txt() -> Path:
    return require_shared(SEED_TXT)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese Windows writes it: base letters precomposed (â, ơ, ư …),
    tone marks as combining characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


# -- the seed article ---------------------------------------------------------------------------


def test_the_seed_article_converts_to_the_hand_checked_sample_byte_for_byte(
    run_dvtool: Runner, tmp_path: Path
) -> None:
    done = run_dvtool(["convert", str(seed_txt()), "--to", "json"])
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == SEED_JSON.read_bytes()
    out = tmp_path / "seed.json"
    out.write_bytes(done.stdout)
    valid = run_dvtool(["validate", str(out)])
    assert valid.returncode == 0, valid.stdout.decode() + valid.stderr.decode()


def test_summarize_reads_the_seed_article_directly() -> None:
    result = cli("summarize", str(seed_txt()))
    assert result.exit_code == 0
    assert "2023-02-10" in result.stdout and "Lê Hồng Vinh" in result.stdout
    assert "309/411 xã" in result.stdout


def test_summarize_reads_an_html_article_directly() -> None:
    case = EVAL_CASES / "02_tongket_khoidn.html"
    expected = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    result = cli("summarize", str(case), "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["title"] == expected["title"]
    assert record["date"] == expected["date"]


def test_explain_prints_one_provenance_line_per_field_on_stderr_only() -> None:
    plain = cli("convert", str(seed_txt()), "--to", "json")
    explained = cli("convert", str(seed_txt()), "--to", "json", "--explain")
    assert explained.exit_code == 0
    assert explained.stdout_bytes == plain.stdout_bytes
    lines = {line.split()[0]: line for line in explained.stderr.splitlines() if line.startswith("/")}
    assert f"{SEED_TXT.name}:3" in lines["/title"]
    date = lines["/date"]
    assert f"{SEED_TXT.name}:5" in date and "«Sáng 10/02," in date
    assert "/results/0" in lines and "/awards/1" in lines
    excerpts = [line.split("«", 1)[1] for line in lines.values() if "«" in line]
    assert excerpts and all(len(e) <= 102 for e in excerpts)  # shortened to about 100 characters


def test_verbose_names_the_detected_encoding_of_windows_1258_and_utf16_input(tmp_path: Path) -> None:
    text = seed_txt().read_text(encoding="utf-8")
    expected = SEED_JSON.read_bytes()
    for name, data, note in [
        ("cp1258.txt", to_cp1258(text), "Windows-1258"),
        ("utf16.txt", text.encode("utf-16"), "UTF-16"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        quiet = cli("convert", str(path), "--to", "json")
        assert note not in quiet.stderr
        verbose = cli("convert", str(path), "--to", "json", "--verbose")
        assert verbose.exit_code == 0
        assert any(note in line and line.startswith("info:") for line in verbose.stderr.splitlines())
        assert verbose.stdout_bytes == expected, name


def test_a_missing_place_is_a_note_that_strict_lets_pass() -> None:
    loud = cli("convert", str(seed_txt()), "--to", "json")
    assert "location not found" not in loud.stderr
    verbose = cli("convert", str(seed_txt()), "--to", "json", "-v")
    assert "info: " in verbose.stderr and "location not found" in verbose.stderr
    assert cli("convert", str(seed_txt()), "--to", "json", "--strict").exit_code == 0


def test_quiet_hides_the_date_warning_and_strict_makes_it_exit_4_without_output(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Hội nghị tổng kết công tác dân vận\n\nToàn huyện có 45 mô hình dân vận khéo được công nhận.\n",
        encoding="utf-8",
    )
    loud = cli("convert", str(undated), "--to", "json")
    assert "warning: " in loud.stderr and "date not found" in loud.stderr
    quiet = cli("convert", str(undated), "--to", "json", "--quiet")
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr
    strict = cli("convert", str(undated), "--to", "json", "--strict")
    assert strict.exit_code == 4
    assert strict.stdout_bytes == b""


# -- hand-written Markdown and DOCX ----------------------------------------------------------------

FREE_MARKDOWN = """\
# Huyện Yên Thành tổng kết công tác dân vận năm 2023

Chiều 28/12/2023, Ban Dân vận Huyện ủy Yên Thành tổ chức hội nghị tổng kết công tác dân vận \
năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Nguyễn Văn Hùng - Phó Bí thư Thường trực \
Huyện ủy chủ trì hội nghị.

Năm 2023, toàn huyện xây dựng 45 mô hình “Dân vận khéo”. Có 38/38 xã đạt chuẩn nông thôn mới.

Tuy nhiên, công tác nắm tình hình nhân dân ở một số cơ sở còn chậm.

Năm 2024, huyện tập trung đổi mới nội dung, phương thức công tác dân vận.

Phát biểu tại hội nghị, đồng chí Nguyễn Văn Hùng nhấn mạnh: “Các cấp ủy cần gần dân hơn nữa”.

Dịp này, UBND huyện tặng Giấy khen cho 5 tập thể và 8 cá nhân có thành tích xuất sắc.
"""


def convert_to_data(path: Path) -> dict[str, Any]:
    result = cli("convert", str(path), "--to", "json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_a_hand_written_markdown_article_goes_through_extraction(tmp_path: Path) -> None:
    path = tmp_path / "tin.md"
    path.write_text(FREE_MARKDOWN, encoding="utf-8")
    data = convert_to_data(path)
    assert (data["date"], data["time_of_day"]) == ("2023-12-28", "afternoon")
    assert data["organizers"] == ["Ban Dân vận Huyện ủy Yên Thành"]
    assert data["chairs"] == [{"name": "Nguyễn Văn Hùng", "titles": ["Phó Bí thư Thường trực Huyện ủy"]}]
    assert (data["reporting_year"], data["plan_year"]) == (2023, 2024)
    assert [f["text"] for i in data["results"] for f in i["figures"]] == ["45 mô hình", "38/38 xã"]
    assert len(data["limitations"]) == 1 and len(data["tasks"]) == 2
    # the speech after the tasks of 2024 have opened gives one more: "Các cấp ủy cần gần dân hơn nữa"
    assert "Các cấp ủy cần gần dân hơn nữa" in data["tasks"][1]["text"]
    assert data["remarks"][0]["speaker"] == "Nguyễn Văn Hùng"
    assert [(a["award"], a["collectives"], a["individuals"]) for a in data["awards"]] == [("Giấy khen", 5, 8)]


def save(document: Any, path: Path) -> Path:
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_hand_typed_docx_with_numbered_sections_and_dash_bullets(tmp_path: Path) -> None:
    document = docx.Document()
    for text in [
        "BÁO CÁO KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023",
        "Ngày 15 tháng 12 năm 2023, Ban Dân vận Huyện ủy Anh Sơn tổ chức hội nghị tổng kết công tác "
        "dân vận năm 2023.",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "- Toàn huyện xây dựng 52 mô hình “Dân vận khéo”, tăng 12% so với năm 2022.",
        "- Có 18/20 xã đạt chuẩn nông thôn mới.",
        "II. TỒN TẠI, HẠN CHẾ",
        "- Công tác nắm tình hình nhân dân ở một số cơ sở còn chậm.",
        "- Còn 2 xã chưa hoàn thành chỉ tiêu.",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
        "- Phấn đấu 100% xã có mô hình “Dân vận khéo”.",
        "- Tăng cường đối thoại với nhân dân.",
        "Dịp này, UBND huyện tặng Giấy khen cho 4 tập thể và 6 cá nhân có thành tích xuất sắc.",
    ]:
        document.add_paragraph(text)
    data = convert_to_data(save(document, tmp_path / "baocao.docx"))
    figures = {
        s: [[f["text"] for f in i["figures"]] for i in data[s]] for s in ("results", "limitations", "tasks")
    }
    assert figures == {
        "results": [["52 mô hình", "tăng 12%"], ["18/20 xã"]],
        "limitations": [[], ["2 xã"]],
        "tasks": [["100% xã"], []],
    }
    assert data["results"][1]["text"] == "Có 18/20 xã đạt chuẩn nông thôn mới."
    assert data["awards"] == [
        {
            "award": "Giấy khen",
            "giver": "UBND huyện",
            "collectives": 4,
            "individuals": 6,
            "recipients": [],
            "reason": "có thành tích xuất sắc",
        }
    ]
    assert (data["date"], data["organizers"], data["reporting_year"]) == (
        "2023-12-15",
        ["Ban Dân vận Huyện ủy Anh Sơn"],
        2023,
    )


def test_a_free_form_docx_article_goes_through_extraction(tmp_path: Path) -> None:
    document = docx.Document()
    for text in [
        "Huyện Quỳnh Lưu tổng kết công tác Mặt trận năm 2023",
        "Sáng 20/12/2023, Ủy ban MTTQ huyện Quỳnh Lưu tổ chức hội nghị tổng kết công tác Mặt trận "
        "năm 2023, triển khai nhiệm vụ năm 2024.",
        "Các đồng chí: Hồ Văn Tám - Phó Bí thư Huyện ủy; Lê Thị Hoa - Chủ tịch Ủy ban MTTQ huyện "
        "đồng chủ trì hội nghị.",
        "Năm 2023, Mặt trận các cấp vận động được 5,6 tỷ đồng Quỹ Vì người nghèo.",
        "Dịp này, UBND huyện tặng Giấy khen cho 7 tập thể và 9 cá nhân có thành tích xuất sắc.",
    ]:
        document.add_paragraph(text)
    data = convert_to_data(save(document, tmp_path / "tin.docx"))
    assert data["title"] == "Huyện Quỳnh Lưu tổng kết công tác Mặt trận năm 2023"
    assert (data["date"], data["time_of_day"]) == ("2023-12-20", "morning")
    assert [c["name"] for c in data["chairs"]] == ["Hồ Văn Tám", "Lê Thị Hoa"]
    assert [(a["award"], a["collectives"], a["individuals"]) for a in data["awards"]] == [("Giấy khen", 7, 9)]
    assert data["results"][0]["figures"][0]["value"] == 5.6
