"""The summary paragraph (sapo) a news page prints between the headline and the dated lead, and the
lead sentences the body reads as well."""

from __future__ import annotations

from dvtool.extract._text import split_sentences
from dvtool.extract.blocks import Block
from dvtool.extract.cues import cues
from dvtool.extract.dates import find_dates
from dvtool.extract.numbers import find_figures
from dvtool.extract.shortcomings import states_shortcoming

MAX_SAPO = 600


def sapo(blocks: list[Block], start: int) -> list[Block]:
    """ "Tổng Bí thư … chỉ đạo kiên quyết …" / "Sáng 16/12, phát biểu tại hội nghị …": the one
    paragraph of summary a news page prints between the headline and the dated lead (the
    other lines above the lead being short chrome); it stays in the body."""
    above = blocks[:start]
    summary = [b for b in above if b.kind == "paragraph" and b.text.endswith((".", "!", "?", '"', "”"))]
    if len(summary) != 1 or len(summary[0].text) > MAX_SAPO:
        return []
    if any(len(b.text) >= 120 for b in above if b is not summary[0]):
        return []
    return summary


def dated_opening(text: str) -> bool:
    """The paragraph's first sentence dates the meeting with a day word or a time of day."""
    sentence = next(iter(split_sentences(text)), "")
    return any(
        d.time_of_day or cues().date_intro_words.ends_with(sentence[: d.start]) for d in find_dates(sentence)
    )


def also_body(text: str) -> bool:
    """A lead sentence that also reports content the body reads: a shortcoming ("Hôm nay, tại hội
    nghị tổng kết …, Bộ Nội vụ nhận định: một số nơi làm chưa tốt …") or a share reached in the
    period ("Trong năm 2020, 100% tổ chức cơ sở đảng được đánh giá, xếp loại")."""
    if states_shortcoming(text):
        return True
    reached = cues().figure_result_verbs.contains(text) and not cues().figure_plan_words.contains(text)
    return reached and any(f.unit == "%" for f in find_figures(text))


def reports_share(sentence: str) -> bool:
    """A leader's sentence that reports a share reached in the period ("… cho biết trong 6 tháng
    đầu năm, tốc độ tăng trưởng GDP của vùng đạt 6,45%", "100% cán bộ chiến sĩ được huấn luyện
    …"), or counts of what was done (:func:`_done`): also a result, whose figures count; the
    speech stays a remark. Not one that asks, plans or sets a target ("phấn đấu đạt 100%"), nor
    one that states a shortcoming."""
    return (
        cues().figure_result_verbs.contains(sentence)
        and not cues().task_modals.contains(sentence)
        and not cues().figure_plan_words.contains(sentence)
        and not cues().figure_target_words.contains(sentence)
        and any(f.unit == "%" or (f.unit and _done(sentence)) for f in find_figures(sentence))
        and not states_shortcoming(sentence)
    )


def _done(sentence: str) -> bool:
    """ "… cho biết: Ban Vận động … đã tiếp nhận và hỗ trợ … với tổng kinh phí 150 tỷ đồng": a
    speech that reports what was done ("đã", "đang" …, not "được") reports its counts too, not
    only its shares. Rule speech_counts (fig9)."""
    from dvtool.extract.function_words import function_words
    from dvtool.extract.tense import reports_in

    return reports_in(sentence, besides=function_words().passive_markers)
