"""Round 12: a paragraph a crawler joined is cut before each sentence that opens a speech or is a
photo's caption (extract/joined.py), and a caption that only shows someone speaking is no task
(captions.speech_caption). The article is written for these tests: it shows the rules work, not
that they generalize."""

from __future__ import annotations

from dvtool.extract import extract_text
from dvtool.extract.captions import speech_caption
from dvtool.extract.joined import JOINED_CHARS

RESULTS = (
    "Từ năm 2019 đến năm 2023, hai địa phương đã có nhiều hoạt động hợp tác trong các lĩnh vực "
    "giáo dục, du lịch, nông nghiệp và xúc tiến thương mại, tổ chức 14 đoàn khảo sát chung. "
)
SPEECH = (
    "Phát biểu tại buổi làm việc, đồng chí Trần Văn Nam đánh giá sự hợp tác đã mang lại hiệu quả "
    "thiết thực. Đồng chí Trần Văn Nam đề nghị, hai tỉnh cần tăng cường hợp tác toàn diện trên "
    "tất cả các lĩnh vực. "
)
CAPTION = "Bí thư Tỉnh ủy Hòa Bình Trần Văn Nam phát biểu kết luận buổi làm việc."


def _article(body: str) -> str:
    return (
        "Hai tỉnh bàn hợp tác giai đoạn mới\n"
        "Ngày 17/5/2024, Ban Thường vụ Tỉnh ủy Hòa Bình làm việc với Ban Thường vụ Tỉnh ủy Sơn La.\n"
        + body
        + "\n"
    )


def test_a_speech_inside_a_joined_paragraph_gives_its_directions_and_its_caption_none() -> None:
    filler = RESULTS * (JOINED_CHARS // len(RESULTS) + 1)
    own = "Trong thời gian tới, hai tỉnh sẽ tiếp tục trao đổi kinh nghiệm trong lĩnh vực du lịch. "
    report = extract_text(_article(filler + SPEECH + own + CAPTION), "x.txt").value
    tasks = [t.text for t in report.tasks]
    assert "Hai tỉnh cần tăng cường hợp tác toàn diện trên tất cả các lĩnh vực." in tasks
    assert own.strip() in tasks
    assert CAPTION not in tasks
    assert any(r.text.startswith("Phát biểu tại buổi làm việc") for r in report.remarks)


def test_a_short_paragraph_is_not_cut() -> None:
    report = extract_text(_article(RESULTS + SPEECH), "x.txt").value
    assert not report.remarks  # read as one paragraph of results, as before


def test_a_speech_caption_shows_only_someone_speaking_at_the_event() -> None:
    assert speech_caption(CAPTION)
    assert speech_caption("Thứ trưởng Lê Văn Sơn, phát biểu chỉ đạo tại buổi làm việc với Công an tỉnh.")
    assert not speech_caption("Phát biểu kết luận hội nghị, đồng chí A đề nghị các xã tăng cường.")
    assert not speech_caption("Đồng chí Lê Văn Sơn, Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo hội nghị.")
