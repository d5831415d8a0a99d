"""Rule request_attributions (people9): a sentence after the directions that only says whose
they were ("Đó là yêu cầu của đồng chí A, Chủ tịch UBND tỉnh, tại phiên họp …") is no task; the
direction before it stays one. Sentences written for the test: they show the rule works, not
that it generalizes."""

from __future__ import annotations

from dvtool.extract import extract_text

HEAD = "Phiên họp thường kỳ UBND tỉnh tháng 6\n\n"
DIRECTION = (
    "6 tháng cuối năm, các sở, ngành cần nỗ lực, quyết tâm để phấn đấu hoàn thành vượt mức"
    " các chỉ tiêu kinh tế - xã hội năm 2022."
)


def _tasks(text: str) -> list[str]:
    return [t.text for t in extract_text(HEAD + text + "\n", "a.txt").value.tasks]


def test_whose_request_it_was_is_no_task() -> None:
    attribution = (
        "Đó là yêu cầu của đồng chí Lê Văn Sơn, Chủ tịch UBND tỉnh, tại phiên họp thường kỳ"
        " UBND tỉnh tháng 6 diễn ra ngày 22/6."
    )
    tasks = _tasks(DIRECTION + " " + attribution)
    assert tasks == [DIRECTION]
