"""The text of a numbered section whose heading names no field of the report (round 9, the
newcomer's "dropped 24 paragraphs outside the report sections"): read as a results section's
text is, its requests tasks and its shortcomings limitations, its numbers no figures; what
still gives no item stays dropped with a warning, and --strict makes that exit 4.

The reports are written for the tests: each test shows that the reading works on them, not
that it generalizes."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

from dvtool.document import Block, Document
from dvtool.formats import ReadOptions, get_reader
from dvtool.interpret import interpret, unnamed_sections
from dvtool.messages import Result
from dvtool.model import Report
from dvtool.writers.json import dumps
from tests.conftest import Runner, dvtool_env

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "official" / "unnamed_sections"
INPUT = GOLDEN / "input.txt"
# DVTOOL_UPDATE_GOLDEN=1 rewrites expected.json / expected.messages on purpose.
UPDATE = os.environ.get("DVTOOL_UPDATE_GOLDEN") == "1"

FRAME = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN AN PHÚ",
    "Số: 45/BC-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "An Phú, ngày 10 tháng 6 năm 2024",
    "BÁO CÁO",
    "Kết quả kiểm tra công trình nhà văn hóa xã Phú Hòa",
    "Ngày 05/6/2024, Đoàn kiểm tra của UBND huyện đã kiểm tra công trình nhà văn hóa xã Phú Hòa.",
    "I. KẾT QUẢ KIỂM TRA",
    "Công trình đã hoàn thành 85% khối lượng theo hợp đồng.",
]
SHORTCOMING = "Tuy nhiên, hồ sơ nghiệm thu còn thiếu chữ ký của tư vấn giám sát."
FOOT = ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]


def _read(body: list[str]) -> Result[Report]:
    return interpret(Document(tuple(Block(t) for t in FRAME + body + FOOT), origin="txt"))


def _messages(result: Result[Report]) -> str:
    return "".join(f"{m.severity} {m.code}: {m.text}\n" for m in result.messages)


def test_golden_report_with_an_unnamed_section() -> None:
    result = get_reader("text")(INPUT.read_bytes(), ReadOptions(source="input.txt"))
    got_json, got_messages = dumps(result.value), _messages(result)
    if UPDATE:
        (GOLDEN / "expected.json").write_text(got_json, encoding="utf-8")
        (GOLDEN / "expected.messages").write_text(got_messages, encoding="utf-8")
    assert got_json == (GOLDEN / "expected.json").read_text(encoding="utf-8")
    assert got_messages == (GOLDEN / "expected.messages").read_text(encoding="utf-8")


def test_a_numbered_unnamed_section_is_read_as_results_limitations_and_tasks() -> None:
    result = _read(
        [
            "II. THÔNG TIN VỀ CÔNG TRÌNH",
            "Nhà văn hóa có 2 tầng.",
            SHORTCOMING,
            "Đề nghị UBND xã Phú Hòa bổ sung hồ sơ nghiệm thu trước ngày 30/6/2024.",
        ]
    )
    report = result.value
    assert [i.text for i in report.results] == [
        "Công trình đã hoàn thành 85% khối lượng theo hợp đồng.",
        "Nhà văn hóa có 2 tầng.",
    ]
    assert [i.text for i in report.limitations] == [
        "Tuy nhiên, hồ sơ nghiệm thu còn thiếu chữ ký của tư vấn giám sát."
    ]
    assert [i.text for i in report.tasks] == ["UBND xã Phú Hòa bổ sung hồ sơ nghiệm thu trước ngày 30/6/2024"]
    # the named section's numbers are figures; the unnamed section's are context
    assert [f.value for f in report.results[0].figures] == [85]
    assert report.results[1].figures == ()
    assert not [m for m in result.messages if m.code == "dropped-paragraphs"]
    kept = [m for m in result.messages if m.code == "kept-paragraphs"]
    assert len(kept) == 1 and not kept[0].is_warning
    assert "3 paragraphs of section 'II. THÔNG TIN VỀ CÔNG TRÌNH'" in kept[0].text


def test_a_request_upward_in_an_unnamed_section_is_kept_as_text_not_as_a_task() -> None:
    # a recommendation to a higher level is no task; under a section the model does not name it
    # is kept among the results, as under a results heading, instead of being dropped
    result = _read(
        ["II. THÔNG TIN VỀ CÔNG TRÌNH", "Kính đề nghị UBND tỉnh bố trí vốn để hoàn thành công trình."]
    )
    assert [i.text for i in result.value.tasks] == []
    assert result.value.results[-1].text == "Kính đề nghị UBND tỉnh bố trí vốn để hoàn thành công trình."
    assert not [m for m in result.messages if m.code == "dropped-paragraphs"]


def test_what_follows_an_unnumbered_heading_in_capitals_stays_dropped() -> None:
    # after the signature, the frame lines of an attached document and the signers of minutes
    # ("P. TNMT" above a name) are no report text
    body = ["Trên đây là báo cáo kết quả kiểm tra./.", *FOOT, "BIÊN BẢN", "Nội dung làm việc với UBND xã."]
    result = interpret(Document(tuple(Block(t) for t in FRAME + body), origin="txt"))
    assert [i.text for i in result.value.results] == [
        "Công trình đã hoàn thành 85% khối lượng theo hợp đồng."
    ]
    assert not [m for m in result.messages if m.code == "kept-paragraphs"]


def test_only_a_numbered_heading_opens_a_kept_section() -> None:
    conv = SimpleNamespace(document=SimpleNamespace(written_by_dvtool=False))
    for heading in (
        "I. Sự cần thiết ban hành Nghị quyết",
        "2. Thẩm định hồ sơ:",
        "2.1. Về nhân sự",
        "c) Đánh giá",
    ):
        assert unnamed_sections.opens(conv, Block(heading)), heading  # type: ignore[arg-type]
    for heading in ("P. TNMT", "TL. CHỦ TỊCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "MS 1 2 3 4"):
        assert not unnamed_sections.opens(conv, Block(heading)), heading  # type: ignore[arg-type]
    own = SimpleNamespace(document=SimpleNamespace(written_by_dvtool=True))
    assert not unnamed_sections.opens(own, Block("I. Sự cần thiết ban hành Nghị quyết"))  # type: ignore[arg-type]


def test_cli_exit_codes_and_messages(run_dvtool: Runner) -> None:
    plain = run_dvtool(["convert", str(INPUT), "--to", "json"])
    assert plain.returncode == 0
    stderr = plain.stderr.decode("utf-8")
    # the kept section is a note (shown with -v); the request sent up is the one loss left
    assert "read 4 paragraphs" not in stderr
    assert (
        ":20: dropped 1 paragraph of section 'III. KIẾN NGHỊ': 'Kính đề nghị UBND tỉnh bố trí vốn" in stderr
    )
    verbose = run_dvtool(["convert", str(INPUT), "--to", "json", "-v"]).stderr.decode("utf-8")
    assert (
        "input.txt:15: read 4 paragraphs of section 'II. THÔNG TIN VỀ CÔNG TRÌNH' as results, "
        "limitations or tasks (lines 15–18)" in verbose
    )
    strict = run_dvtool(["convert", str(INPUT), "--to", "json", "--strict"])
    assert strict.returncode == 4 and b"Traceback" not in strict.stderr
    assert "--strict" in strict.stderr.decode("utf-8").splitlines()[-1]


def test_cli_note_in_vietnamese(run_dvtool: Runner) -> None:
    result = run_dvtool(["convert", str(INPUT), "--to", "json", "-v"], env=dvtool_env(DVTOOL_LANG="vi"))
    assert result.returncode == 0
    assert "đã đọc 4 đoạn của mục 'II. THÔNG TIN VỀ CÔNG TRÌNH' thành kết quả, hạn chế hoặc nhiệm vụ" in (
        result.stderr.decode("utf-8")
    )


APPRAISAL = [
    "HỘI ĐỒNG NHÂN DÂN",
    "HUYỆN AN PHÚ",
    "Số: 12/BC-HĐND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "An Phú, ngày 04 tháng 7 năm 2024",
    "BÁO CÁO",
    "Thẩm tra Dự thảo Nghị quyết về mức hỗ trợ phát triển thủy lợi nhỏ",
    "Ngày 17/6/2024, Ban Kinh tế - Ngân sách HĐND huyện tổ chức họp thẩm tra Dự thảo Nghị quyết.",
    "I. Sự cần thiết ban hành Nghị quyết",
    "Nghị định của Chính phủ giao Hội đồng nhân dân cấp tỉnh quy định mức hỗ trợ cụ thể.",
    "II. Tính hợp pháp của Dự thảo Nghị quyết với hệ thống pháp luật.",
    "Tuy nhiên, nội dung của Tờ trình còn chưa thống nhất với Dự thảo Nghị quyết.",
    "III. Kết luận và kiến nghị:",
    "Ban Kinh tế - Ngân sách đề nghị cơ quan soạn thảo bổ sung căn cứ pháp lý của Dự thảo.",
    "Trên đây là ý kiến thẩm tra của Ban Kinh tế - Ngân sách./.",
    "TM. BAN KINH TẾ - NGÂN SÁCH",
    "TRƯỞNG BAN",
    "Nguyễn Đình Đạo",
]


def test_numbered_parts_before_the_first_named_section_are_kept_too() -> None:
    # the lead is read by the prose stage; the parts after it, before "III. Kết luận và kiến
    # nghị", name no field: their text is kept (a Roman-numbered line closed by a full stop is
    # still their heading, not an item)
    result = interpret(Document(tuple(Block(t) for t in APPRAISAL), origin="txt"))
    report = result.value
    assert [i.text for i in report.results] == [APPRAISAL[10]]
    assert [i.text for i in report.limitations] == [APPRAISAL[12]]
    kept = [m.text for m in result.messages if m.code == "kept-paragraphs"]
    assert len(kept) == 2 and "'I. Sự cần thiết ban hành Nghị quyết'" in kept[0]
    assert not [m for m in result.messages if m.code == "dropped-paragraphs" and "outside" in m.text]
