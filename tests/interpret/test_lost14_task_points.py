"""Numbered points typed under the tasks heading of an official report without a closing stop
("1. Rà soát hồ sơ. Báo cáo trước ngày 30/6") were read as sub-headings by plain text's rules and
left the report with no warning. They are tasks now, as the same points with their stop or a
"- " are; and what the structured stage leaves out (a sub-heading with nothing under it, a line
that only heads the ones after it) is said in a "dropped-paragraphs" warning. Every text here is
made up for the test: it shows the rules work, not that they generalize."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from dvtool.formats import ReadOptions, get_reader
from dvtool.messages import Message, Result
from dvtool.model import Report

HEADER = (
    "ỦY BAN NHÂN DÂN HUYỆN AN BÌNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHÒNG NỘI VỤ                          Độc lập - Tự do - Hạnh phúc\n"
    "Số: 12/BC-PNV                         An Bình, ngày 10 tháng 3 năm 2025\n\n"
    "BÁO CÁO\nKết quả công tác dân vận năm 2024\n\n"
    "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n"
    "Năm 2024, Phòng Nội vụ đã tổ chức 12 hội nghị tuyên truyền cho 1.200 lượt người tham dự.\n\n"
)
TASKS_HEADING = "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"
FOOTER = "\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\nNguyễn Văn An\n"
POINTS = (
    "Tăng cường công tác tuyên truyền. Giao Phòng Văn hóa thực hiện",
    "Rà soát hồ sơ. Báo cáo trước ngày 30/6",
    "Kiện toàn tổ chức bộ máy",
)
# one task per direction: "Giao …" opens one of its own (extract/task_points.grouped)
EXPECTED = [
    "Tăng cường công tác tuyên truyền.",
    "Giao Phòng Văn hóa thực hiện",
    "Rà soát hồ sơ. Báo cáo trước ngày 30/6",
    "Kiện toàn tổ chức bộ máy",
]


def _read(fmt: str, data: bytes) -> Result[Report]:
    return get_reader(fmt)(data, ReadOptions(source="t"))


def _text(lines: list[str], heading: str = TASKS_HEADING) -> bytes:
    return (HEADER + heading + "\n\n" + "\n\n".join(lines) + FOOTER).encode()


def _numbered(points: tuple[str, ...] = POINTS) -> list[str]:
    return [f"{i}. {p}" for i, p in enumerate(points, 1)]


def _tasks(result: Result[Report]) -> list[str]:
    return [t.text for t in result.value.tasks]


def _dropped(result: Result[Report]) -> list[Message]:
    return [m for m in result.messages if m.code == "dropped-paragraphs"]


def _word(heading: str, lines: list[str]) -> bytes:
    """An official report as Word holds it: the header in a two-column table, bold headings."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN HUYỆN AN BÌNH\nPHÒNG NỘI VỤ"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 12/BC-PNV"
    table.cell(1, 1).text = "An Bình, ngày 10 tháng 3 năm 2025"
    for text in ("BÁO CÁO", "Kết quả công tác dân vận năm 2024"):
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = True
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph().add_run("I. KẾT QUẢ ĐẠT ĐƯỢC").bold = True
    document.add_paragraph("Năm 2024, Phòng Nội vụ đã tổ chức 12 hội nghị tuyên truyền cho 1.200 lượt người.")
    document.add_paragraph().add_run(heading).bold = True
    for line in lines:
        document.add_paragraph(line)
    for line in ("Nơi nhận:", "- UBND huyện;", "- Lưu: VT."):
        document.add_paragraph(line)
    for line in ("TRƯỞNG PHÒNG", "Nguyễn Văn An"):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_numbered_points_without_a_stop_under_the_tasks_heading_are_tasks_in_text() -> None:
    result = _read("text", _text(_numbered()))
    assert _tasks(result) == EXPECTED
    assert not _dropped(result)


def test_the_points_read_as_their_dash_form_does() -> None:
    dashed = _read("text", _text([f"- {p}" for p in POINTS]))
    assert _tasks(_read("text", _text(_numbered()))) == _tasks(dashed) == EXPECTED


def test_numbered_points_without_a_stop_are_tasks_in_word() -> None:
    result = _read("docx", _word(TASKS_HEADING, _numbered()))
    assert _tasks(result) == EXPECTED
    assert not _dropped(result)


def test_points_under_a_bold_heading_with_no_number_are_tasks_in_word() -> None:
    """ "Phương hướng, nhiệm vụ" in bold is a heading of the rank of the points' "1.": they were
    read as headings of unknown sections of their own."""
    result = _read("docx", _word("Phương hướng, nhiệm vụ", _numbered()))
    assert _tasks(result) == EXPECTED
    assert not _dropped(result)


def test_numbered_points_without_a_stop_are_tasks_in_html() -> None:
    head = (
        "<p>ỦY BAN NHÂN DÂN HUYỆN AN BÌNH</p><p>PHÒNG NỘI VỤ</p>"
        "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
        "<p>Số: 12/BC-PNV</p><p>An Bình, ngày 10 tháng 3 năm 2025</p>"
        "<p><b>BÁO CÁO</b></p><p><b>Kết quả công tác dân vận năm 2024</b></p>"
        "<p><b>I. KẾT QUẢ ĐẠT ĐƯỢC</b></p><p>Năm 2024, Phòng Nội vụ đã tổ chức 12 hội nghị.</p>"
        f"<p><b>{TASKS_HEADING}</b></p>"
    )
    points = "".join(f"<p>{line}</p>" for line in _numbered())
    foot = "<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>TRƯỞNG PHÒNG</p><p>Nguyễn Văn An</p>"
    result = _read("html", f"<html><body>{head}{points}{foot}</body></html>".encode())
    assert _tasks(result) == EXPECTED


def test_the_last_point_before_a_closing_paragraph_is_a_task_too() -> None:
    closing = "Trên đây là báo cáo kết quả công tác dân vận năm 2024 của Phòng Nội vụ."
    result = _read("text", _text([*_numbered(POINTS[1:]), closing]))
    assert _tasks(result)[:2] == ["Rà soát hồ sơ. Báo cáo trước ngày 30/6", "Kiện toàn tổ chức bộ máy"]


def test_a_numbered_direction_with_a_paragraph_under_it_stays_a_subheading() -> None:
    lines = [
        "1. Tăng cường công tác tuyên truyền",
        "Tổ chức 10 hội nghị tuyên truyền cho đoàn viên, hội viên.",
        "2. Đẩy mạnh cải cách hành chính",
        "Rút ngắn thời gian giải quyết hồ sơ của người dân.",
    ]
    result = _read("text", _text(lines))
    assert _tasks(result) == [lines[1], lines[3]]
    assert [m.code for m in result.messages].count("subheading") == 2
    assert not _dropped(result)


def test_a_subheading_with_nothing_under_it_is_reported_dropped() -> None:
    """ "1. Công tác tuyên truyền" names a topic, not a direction: it stays a sub-heading, and
    with nothing under it its text is said to be dropped (it was left out in silence)."""
    point = "- Kiện toàn tổ chức bộ máy các hội đoàn thể."
    lines = ["1. Công tác tuyên truyền", "2. Công tác tổ chức", point]
    result = _read("text", _text(lines))
    assert _tasks(result) == ["Kiện toàn tổ chức bộ máy các hội đoàn thể."]
    (dropped,) = _dropped(result)
    assert dropped.args["section"] == TASKS_HEADING and dropped.args["count"] == 1
    assert dropped.location is not None and dropped.location.line == 14  # "1. Công tác tuyên truyền"


def test_a_line_that_heads_the_limitations_is_reported_dropped() -> None:
    body = (
        "**II. HẠN CHẾ**\n\nMột số hạn chế như sau:\n\n- Công tác phối hợp giữa các đơn vị còn chậm.\n\n"
        "**III. KIẾN NGHỊ**\n\nPhòng Nội vụ kính đề nghị UBND huyện quan tâm một số nội dung sau:\n\n"
        "- Bố trí kinh phí cho công tác dân vận năm 2025."
    )
    result = _read("md", (HEADER + body + FOOTER).encode())
    assert [i.text for i in result.value.limitations] == ["Công tác phối hợp giữa các đơn vị còn chậm."]
    sections = {m.args["section"]: m.args["count"] for m in _dropped(result)}
    assert sections == {"II. HẠN CHẾ": 1, "III. KIẾN NGHỊ": 2}


def test_a_task_the_list_of_directions_replaces_with_none_of_its_points_is_reported_dropped() -> None:
    """The body stages read "Bà Trần Thị Hoa sẽ vận động …" (a citizen's word, inside the lines a
    list of directions spans) as a task; the list's points replace it, and its text is said to
    be dropped instead of leaving in silence."""
    from dvtool.document import Block, Document
    from dvtool.interpret import official_directions
    from dvtool.messages import Location
    from dvtool.model import Item

    said = "Bà Trần Thị Hoa sẽ vận động ông Lê Văn Tư tháo dỡ nhà và bàn giao mặt bằng."
    lines = [
        "Sau khi nghe ý kiến của công dân, ông Lê Văn Bình, Phó Chủ tịch UBND huyện kết luận như sau:",
        "Tại buổi tiếp, bà Trần Thị Hoa thống nhất với ý kiến trả lời. " + said,
        "1. Giao UBND xã An Phú chủ trì rà soát hoàn cảnh của gia đình ông Lê Văn Tư, báo cáo UBND huyện.",
        "2. Giao Phòng Tài nguyên và Môi trường hướng dẫn gia đình bà Hoa hoàn thiện hồ sơ theo quy định.",
    ]
    body = Document(tuple(Block(t, location=Location(line=i)) for i, t in enumerate(lines, 1)), origin="text")
    directions = official_directions.find(body)
    assert directions is not None
    read = Result(Report(title="t", tasks=(Item(said),)), (), {"/tasks/0": Location(line=2)})
    result = official_directions.apply(directions, read)
    assert [t.text for t in result.value.tasks] == [lines[2][3:-1], lines[3][3:-1]]
    (dropped,) = _dropped(result)
    # the opener's last 80 characters, from a whole word
    assert (
        dropped.args["section"]
        == "…ý kiến của công dân, ông Lê Văn Bình, Phó Chủ tịch UBND huyện kết luận như sau"
    )
    assert dropped.location is not None and dropped.location.line == 2


def test_an_appendixs_own_text_is_warned_as_dropped_its_captions_are_not() -> None:
    """Found by the new-user trial (trial14): text after "PHỤ LỤC" was left out with one info
    note per line, so --strict still exited 0; a caption ("Biểu số 01: …") heads a table that is
    read, and stays a note."""
    appendix = (
        "\n\nPHỤ LỤC\n\nBiểu số 01: Kết quả tuyên truyền năm 2024\n\n"
        "Danh sách các đơn vị được khen thưởng gồm 12 xã, thị trấn của huyện.\n"
    )
    data = _text(_numbered(), TASKS_HEADING).decode().removesuffix("\n") + appendix
    result = _read("text", data.encode())
    dropped = _dropped(result)
    assert len(dropped) == 1 and "PHỤ LỤC" in dropped[0].text
    notes = [m for m in result.messages if m.code == "appendix"]
    assert len(notes) == 2
