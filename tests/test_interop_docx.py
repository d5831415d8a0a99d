"""dvtool's DOCX in real programs: LibreOffice (PDF and re-saved DOCX), pdftotext and pandoc."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvtool.formats import ReadOptions, WriteOptions
from dvtool.model import Report
from dvtool.model_from_dict import report_from_dict
from dvtool.readers.docx import read
from dvtool.writers import docx as docx_writer
from tests.conftest import SEED_JSON, require_program

pytestmark = pytest.mark.interop


def seed() -> Report:
    return report_from_dict(json.loads(SEED_JSON.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def seed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    path.write_bytes(docx_writer.write(seed(), WriteOptions()).value)
    return path


@pytest.fixture(scope="module")
def soffice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """The soffice command with a private profile, so tests never touch a user's settings."""
    program = require_program("soffice")
    profile = tmp_path_factory.mktemp("lo-profile")
    yield [program, f"-env:UserInstallation={profile.as_uri()}", "--headless"]


def convert_with_soffice(soffice: list[str], source: Path, target: str, outdir: Path) -> Path:
    subprocess.run(
        [*soffice, "--convert-to", target, "--outdir", str(outdir), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = outdir / f"{source.stem}.{target.split(':')[0]}"
    assert result.exists(), f"LibreOffice wrote no {target}"
    return result


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_libreoffice_renders_the_title_and_diacritics_to_pdf(
    soffice: list[str], seed_path: Path, tmp_path: Path
) -> None:
    pdftotext = require_program("pdftotext")
    pdf = convert_with_soffice(soffice, seed_path, "pdf", tmp_path)
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8")
    flat = squeeze(text)
    assert squeeze(seed().title) in flat
    for word in ("Thành phần tham dự".upper(), "Tồn tại, hạn chế".upper(), "Huyền Trang", "Thường trực"):
        assert word in flat
    assert "Ủy viên Ban Thường vụ Tỉnh ủy" in flat


def test_a_docx_resaved_by_libreoffice_reads_back_to_the_same_report(
    soffice: list[str], seed_path: Path, tmp_path: Path
) -> None:
    outdir = tmp_path / "out"
    outdir.mkdir()
    resaved = convert_with_soffice(soffice, seed_path, "docx:MS Word 2007 XML", outdir)
    assert resaved.read_bytes() != seed_path.read_bytes()
    result = read(resaved.read_bytes(), ReadOptions(source=resaved.name))
    assert result.value == seed()


def test_pandoc_reads_the_docx_and_keeps_every_item_and_award(seed_path: Path) -> None:
    pandoc = require_program("pandoc")
    done = subprocess.run(
        # wide columns so table cells are not wrapped into several lines
        [pandoc, "-f", "docx", "-t", "plain", "--wrap=none", "--columns=10000", str(seed_path)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == b""
    text = done.stdout.decode("utf-8")
    flat = squeeze(text)
    report = seed()
    for item in (*report.results, *report.limitations, *report.tasks):
        assert squeeze(item.text) in flat
    for award in report.awards:
        assert award.reason is not None and award.giver is not None
        row = next(line for line in text.splitlines() if award.reason in line)
        assert award.award in row and award.giver in row
        assert re.search(rf"\b{award.collectives}\b.*\b{award.individuals}\b", row)


# -- official documents (NĐ 30 state layout, HD 36 party layout) --------------------------------

OFFICIAL = Path(__file__).resolve().parent / "golden" / "official"
OFFICIAL_LINES = {
    "state": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 25/BC-BCĐ",
        "Thanh Chương, ngày 22 tháng 12 năm 2023",
    ),
    "party": ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 112-BC/BDVTU", "BAN DÂN VẬN"),
}


def official(case: str) -> Report:
    return report_from_dict(json.loads((OFFICIAL / case / "report.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("case", sorted(OFFICIAL_LINES))
def test_libreoffice_renders_an_official_document_and_reads_it_back(
    soffice: list[str], tmp_path: Path, case: str
) -> None:
    pdftotext = require_program("pdftotext")
    report = official(case)
    source = tmp_path / f"{case}.docx"
    source.write_bytes(docx_writer.write(report, WriteOptions()).value)
    pdf = convert_with_soffice(soffice, source, "pdf", tmp_path)
    flat = squeeze(
        subprocess.run(
            [pdftotext, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
        ).stdout.decode("utf-8")
    )
    assert report.document is not None and report.document.signer is not None
    for line in (*OFFICIAL_LINES[case], "BÁO CÁO", "Nơi nhận:", report.document.signer.name or ""):
        assert line in flat
    outdir = tmp_path / "resaved"
    outdir.mkdir()
    resaved = convert_with_soffice(soffice, source, "docx:MS Word 2007 XML", outdir)
    assert read(resaved.read_bytes(), ReadOptions(source=resaved.name)).value == report


def _layout_lines(soffice: list[str], report: Report, tmp_path: Path) -> list[str]:
    """The page's lines as pdftotext -layout gives them, each without its spaces: LibreOffice
    may draw a letter from a fallback font ("Tậ p"), and the columns of a row share a line."""
    pdftotext = require_program("pdftotext")
    source = tmp_path / "header.docx"
    source.write_bytes(docx_writer.write(report, WriteOptions()).value)
    pdf = convert_with_soffice(soffice, source, "pdf", tmp_path)
    layout = subprocess.run(
        [pdftotext, "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8")
    return [re.sub(r"\s+", "", line) for line in layout.splitlines()]


@pytest.mark.parametrize(
    ("case", "lines"),
    [
        (
            "state",
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND HUYỆN THANH CHƯƠNG"),
        ),
        ("party", ("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY NGHỆ AN")),
    ],
)
def test_libreoffice_prints_the_national_line_and_a_blank_date_each_on_one_line(
    soffice: list[str], tmp_path: Path, case: str, lines: tuple[str, ...]
) -> None:
    """NĐ 30 puts the Quốc hiệu on one line: LibreOffice printed "…CHỦ NGHĨA VIỆT" / "NAM"
    (trial 15 item 7). A document not dated yet shows the whole blank form, in both layouts."""
    report = official(case)
    assert report.document is not None
    undated = dataclasses.replace(report, document=dataclasses.replace(report.document, date=None))
    printed = _layout_lines(soffice, undated, tmp_path)
    place = report.document.place
    for line in (*lines, f"{place}, ngày … tháng … năm 20…"):
        assert any(line.replace(" ", "") in row for row in printed), line


@pytest.mark.parametrize("case", sorted(OFFICIAL_LINES))
def test_pandoc_reads_an_official_document(tmp_path: Path, case: str) -> None:
    pandoc = require_program("pandoc")
    report = official(case)
    source = tmp_path / f"{case}.docx"
    source.write_bytes(docx_writer.write(report, WriteOptions()).value)
    done = subprocess.run(
        [pandoc, "-f", "docx", "-t", "plain", "--wrap=none", "--columns=10000", str(source)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == b""
    flat = squeeze(done.stdout.decode("utf-8"))
    for line in (*OFFICIAL_LINES[case], squeeze(report.title), *(squeeze(i.text) for i in report.results)):
        assert line in flat


# -- an official report as a signer receives it (trial 9 item 10) ------------------------------

PARTY_PAGE = Path(__file__).resolve().parent / "golden" / "docx" / "libreoffice_line_breaks" / "input.html"


def _party_report(extra_results: int) -> Report:
    """The Party BÁO CÁO of the LibreOffice golden, read from its HTML, with more results to
    move its foot down the page."""
    from dvtool.formats import get_reader
    from dvtool.model import Item

    report = get_reader("html")(PARTY_PAGE.read_bytes(), ReadOptions(source=PARTY_PAGE.name)).value
    line = (
        "các chi bộ tổ chức sinh hoạt chuyên đề về công tác dân vận, "
        "vận động nhân dân tham gia xây dựng nông thôn mới."
    )
    extra = tuple(Item(f"Kết quả số {i}: {line}") for i in range(extra_results))
    return dataclasses.replace(report, results=report.results + extra)


@pytest.mark.parametrize("extra_results", [5, 6])
def test_libreoffice_prints_an_official_report_ready_to_sign(
    soffice: list[str], tmp_path: Path, extra_results: int
) -> None:
    # With 5 or 6 more results the foot of this report falls at the end of page 1: the
    # signature table used to split there, the signer's name and "- Lưu: VT." alone on page 2.
    pdftotext = require_program("pdftotext")
    report = _party_report(extra_results)
    source = tmp_path / "party.docx"
    source.write_bytes(docx_writer.write(report, WriteOptions()).value)
    pdf = convert_with_soffice(soffice, source, "pdf", tmp_path)
    layout = subprocess.run(
        [pdftotext, "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8")
    pages = layout.split("\f")
    signed = [i for i, page in enumerate(pages) if "K/T TRƯỞNG BAN" in page]
    named = [i for i, page in enumerate(pages) if "Trần Văn Bình" in page]
    kept = [i for i, page in enumerate(pages) if "- Lưu: VT." in page]
    assert len(signed) == 1 and signed == named == kept
    # the place and date on one line, beside the number
    assert re.search(r"Số 87-BC/BDVHU\s+Nam Đàn, ngày 15 tháng 12 năm 2023", layout)
    # the points of each part numbered as the report numbered them, Nơi nhận with its ";"
    assert re.search(r"^\s*1\. Các cấp ủy tổ chức 64 hội nghị", layout, re.MULTILINE)
    assert re.search(r"^\s*2\. Nâng cao chất lượng hội nghị", layout, re.MULTILINE)
    assert "- Ban Dân vận Tỉnh ủy;" in layout and "- Thường trực Huyện ủy;" in layout
    # no news-report lines under the trích yếu: the frame and the headings say all of them
    for label in ("Thời gian:", "Năm báo cáo:", "Năm kế hoạch:", "Người viết:"):
        assert label not in layout
    assert read(source.read_bytes(), ReadOptions(source=source.name)).value == report
