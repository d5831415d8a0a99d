"""Rule named-by-caption (round 7): a counted "khen thưởng" takes the form of an uncounted award
given for the same reason (a caption: "… tặng giấy khen cho các tập thể, cá nhân có thành tích …").
Sentences written for the test: they show the rule works, not that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

_TEXT = (
    "Huyện kỷ niệm ngày thành lập Hội\n\n"
    "Sáng 19/10/2023, huyện tổ chức Lễ kỷ niệm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.\n\n"
    "Nhân dịp này, UBND huyện đã khen thưởng cho 7 tập thể, 11 cá nhân có thành tích xuất sắc"
    " trong công tác Hội.\n\n"
    "Lãnh đạo huyện tặng giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác Hội\n\n"
    "Thu Hà\n"
)


def test_the_caption_names_the_counted_award() -> None:
    awards = extract_text(_TEXT, "a.txt").value.awards
    assert [(a.award, a.collectives, a.individuals) for a in awards] == [("Giấy khen", 7, 11)]


def test_another_reason_names_nothing() -> None:
    text = _TEXT.replace(
        "tặng giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác Hội",
        "tặng giấy khen cho các cháu thiếu nhi vì đạt giải cao",
    )
    awards = extract_text(text, "a.txt").value.awards
    assert ("Khen thưởng", 7, 11) in [(a.award, a.collectives, a.individuals) for a in awards]
