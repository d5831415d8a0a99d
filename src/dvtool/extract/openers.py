"""What a paragraph of prose says about the report's sections: it opens the tasks ("Thời gian
tới, …", "Năm 2026, …", "Đặc biệt, trong thời gian tới, …"), ends them (a paragraph about the
meeting, a byline), is a speech or a photo caption, or names the period a speech directs. Pure
functions of the text and the state read so far; the walk over the body is in
:mod:`dvtool.extract.core`."""

from __future__ import annotations

import re

from dvtool.extract._text import capitalize_first, split_sentences, split_top_level
from dvtool.extract.awards import is_award_sentence
from dvtool.extract.captions import act_caption, attendance_caption, speech_caption
from dvtool.extract.credits import credited_caption
from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.direction_split import quoted_speech
from dvtool.extract.directions import _blocked, directs_before, speech_tasks
from dvtool.extract.directions import reported as _reported
from dvtool.extract.lead import _LEADING_YEAR
from dvtool.extract.plans import opens_next_year
from dvtool.extract.requests import section_of
from dvtool.extract.state import _State
from dvtool.extract.tense import reports_in
from dvtool.extract.zones import photo_position
from dvtool.vntext import fold

_YEAR_HORIZON = re.compile(r"^(?:trong )?nam (\d{4})\b")
_TASK_WORDS = re.compile(r"nhiem vu|giai phap|phuong huong|thoi gian toi")


def _ends_tasks(text: str, st: _State) -> bool:
    """ "Hội nghị đã biểu quyết thông qua …", "Hội nghị diễn ra trong không khí …": after a
    report's tasks, a paragraph whose subject is the meeting tells what it did; the tasks are
    over (a meeting that sets tasks, "Hội nghị thống nhất …", is a section cue)."""
    if _has_section_cue(text, st):
        return False
    if cues().event_nouns.at_start(text) is not None:
        return True
    return _signs_off(text)


_SUBHEAD_WORDS = 12  # words of a news item's subheading
_LEADING_COUNT = re.compile(r"^\d+\s+")  # "10 nhiệm vụ trọng tâm năm 2023": a count, no numbering


def subhead_section(text: str) -> str | None:
    """ "10 nhiệm vụ trọng tâm năm 2023", "Một số kết quả nổi bật đã đạt được": a short line
    without a final stop between a news item's paragraphs heads the section it names, as a
    heading does; None for any other paragraph."""
    line = text.strip()
    if len(line.split()) > _SUBHEAD_WORDS or line.endswith((".", "!", "?", ";", ":", "…", '"', "”")):
        return None
    return section_of(_LEADING_COUNT.sub("", line, count=1))


def _signs_off(text: str) -> bool:
    """ "Phi Trường - Đức Minh", "Ý kiến bạn đọc - Gửi bình luận": a short line in two parts
    without a final stop, a byline or the page's furniture, not a task."""
    line = text.strip()
    return (
        len(line) < 60
        and not line.endswith((".", "!", "?", ";", ":", "…"))
        and re.search(r"\s[-–]\s", line) is not None
        and cues().task_verbs.at_start(line) is None
    )


def _names_coming_period(text: str, st: _State) -> bool:
    """ "… chỉ đạo cần giữ vững kết quả …, phấn đấu hoàn thành nhiệm vụ 6 tháng cuối năm": a
    speech that names the coming period (or the plan year) gives tasks for it, beside a task
    section of the report's own; one that only asks to remedy what was found does not."""
    if cues().task_horizons.contains(text):
        return True
    return st.plan_year is not None and str(st.plan_year) in text


_CAPTION_CHARS = 400  # a caption is a line or two; a crawled paragraph may end on a photo's credit
_CAPTION_SENTENCES = 2  # "Đồng chí … phát biểu. Ảnh: LK"; more, the credit is glued into a body


def _is_caption(text: str) -> bool:
    """ "Đồng chí … phát biểu tại buổi làm việc. Ảnh: LK", or a short unpunctuated line showing
    a speaker ("Đồng chí … phát biểu kết luận Hội nghị"): the caption of a photo."""
    last = text[text.rfind(". ") + 2 :] if ". " in text else text
    credit = cues().caption_markers.at_start(last)
    credited = credit is not None and last[credit.end : credit.end + 2].lstrip().startswith(":")
    if credited and len(last) < 60 and len(text) < _CAPTION_CHARS:
        return len(split_sentences(text)) <= _CAPTION_SENTENCES  # not a crawled page's whole body
    if _numbered_photo(text) or _dashed_credit(text) or credited_caption(text) or _photo_number(text):
        return True
    unpunctuated = not text.rstrip().endswith((".", "!", "?", "…", ":", ";", '"', "”"))
    paren = re.search(r"\(([^()]{2,60})\)\s*$", text)  # "Quang cảnh cuộc họp (ảnh: Thanh Khoa)"
    credit = cues().caption_markers.at_start(paren.group(1)) if paren is not None else None
    if paren is not None and credit is not None and paren.group(1)[credit.end :].lstrip().startswith(":"):
        return len(text) < 200
    if len(text) < 120 and cues().caption_openers.at_start(text) is not None:
        return unpunctuated or len(split_sentences(text)) == 1  # also "Quang cảnh đại hội."
    if len(split_sentences(text)) == 1 and photo_position(text):
        return True  # "Đồng chí A (giữa) trao kỷ niệm chương … cho 10 đồng chí": under a photo
    if len(text) < 200 and unpunctuated and _is_remark(text):
        return True
    return act_caption(text) or attendance_caption(text) or speech_caption(text)  # "Lãnh đạo … tặng hoa …"


# "… phát biểu - Ảnh: N.L", also "… Cẩm Phô- Ảnh: Lê Hiền" (the dash typed against the word)
_DASHED_TAIL = re.compile(r"(?:\s[-–—]\s*|(?<=\w)[-–—]\s+)([^-–—]{2,20})$")
_TAIL_REACH = 40  # the dash, its spaces and at most 20 characters: searched at the end only


def _dashed_tail(text: str) -> re.Match[str] | None:
    """The credit or photo number after the last dash of a line ("- Ảnh: N.L", "- Ảnh 1")."""
    line = text.rstrip(" .")
    return _DASHED_TAIL.search(line, max(0, len(line) - _TAIL_REACH))


_PHOTO_NUMBER = re.compile(r"\s*\d{1,2}\s*:")


def _photo_number(text: str) -> bool:
    """ "Ảnh 1: Đ/c A - Bí thư Đảng ủy Khối tặng hoa chúc mừng": a line that opens by numbering
    its photo is the photo's caption."""
    marker = cues().caption_markers.at_start(text)
    return marker is not None and _PHOTO_NUMBER.match(text, marker.end) is not None and len(text) < 400


def _numbered_photo(text: str) -> bool:
    """ "Sóc Trăng: Tôn vinh 125 cá nhân … - Ảnh 1.": a line that ends by numbering its photo."""
    tail = _dashed_tail(text)
    credit = cues().caption_markers.at_start(tail.group(1)) if tail is not None else None
    return tail is not None and credit is not None and tail.group(1)[credit.end :].strip().isdigit()


def _dashed_credit(text: str) -> bool:
    """ "Đồng chí … tặng quà các gia đình hoàn cảnh khó khăn … - Ảnh: N.L": a line of one
    sentence that ends with a photo credit after a dash is a caption."""
    tail = _dashed_tail(text)
    credit = cues().caption_markers.at_start(tail.group(1)) if tail is not None else None
    if tail is None or credit is None or not tail.group(1)[credit.end :].lstrip().startswith(":"):
        return False
    return len(split_sentences(text)) == 1


def _has_section_cue(text: str, st: _State) -> bool:
    return (
        _gives_award(text)
        or _task_opener(text)
        or cues().enumerators.at_start(text) is not None
        or _plan_year_opener(text, st)
        or cues().limitation_openers.contains(text)
    )


def _gives_award(text: str) -> bool:
    """An award sentence that is no direction about those awarded (:func:`directs_before`)."""
    if not is_award_sentence(text):
        return False
    name = cues().award_names.search(text)
    return name is None or not directs_before(text, name.start)


def _continues_remark(text: str) -> bool:
    """A paragraph after a speech belongs to it only when it refers back to the speaker or
    quotes them; otherwise the report has moved on ("6 tháng cuối năm, ngành … phấn đấu …")."""
    if text.lstrip()[:1] in ("“", '"', "‘", "'"):
        return True
    cue = cues().remark_continuations.at_start(text)
    # "Đồng chí cũng …" refers back; "Đồng chí Trần Văn B phát biểu …" is a new speaker.
    return cue is not None and not text[cue.end :].lstrip()[:1].isupper()


_PERIOD_NUMBER = re.compile(r"\s*(?:\d{4}|[IV]+)\b")  # "Trong năm 2012,", "quý II"


def reports_period(sentence: str) -> bool:
    """ "Trong năm 2012, Công an … đã tham mưu …": a sentence that opens with the period under
    review, a number naming it, and reports what was done ("đã", "được"), not what must be."""
    opener = cues().period_report_openers.at_start(sentence)
    if opener is None:
        return False
    to_date = fold_aligned(sentence[opener.start : opener.end]).endswith("den nay")  # "từ đầu năm đến nay"
    if not to_date and _PERIOD_NUMBER.match(sentence, opener.end) is None:
        return False
    return reports_in(sentence) and not cues().task_modals.contains(sentence)


def _is_remark(text: str) -> bool:
    if cues().remark_cues.at_start(text):
        return True
    honorific = cues().honorifics.at_start(text)
    if honorific is None:
        honorific = cues().speaker_titles.at_start(text)  # "Chủ tịch HĐND tỉnh cũng ghi nhận …"
    if honorific is None:
        return quoted_speech(text)  # "\"… phải …\" - … phát biểu kết luận của đồng chí …"
    verb = cues().speech_verbs.search(text[:200])
    return verb is not None


_STATEMENT_REACH = 25  # words from the start of a paragraph in which its speaker's verb stands


def _reports_statement(text: str) -> bool:
    """ "Tại hội nghị, Trưởng Công an quận 8 … cho hay công an quận …", "Phó viện trưởng … đánh
    giá …": a paragraph that opens by reporting what someone said or judged, with no work to do
    before the verb ("Các xã cần đánh giá …", "Tổ chức đánh giá …" are tasks)."""
    verb = cues().statement_verbs.search(text)
    if verb is None or len(text[: verb.start].split()) > _STATEMENT_REACH:
        return False
    before = text[: verb.start]
    return (
        bool(before.strip(" ,"))
        and not cues().task_verbs.contains(before)
        and not cues().task_modals.contains(before)
        and not cues().direction_verbs.contains(before)
    )


def _directs_what_follows(text: str) -> bool:
    """ "Phát biểu kết luận, đồng chí … yêu cầu:", "… kết luận như sau:": the paragraphs after
    the colon are the directions."""
    head = text.rstrip().removesuffix(":").rstrip(" ,")
    return cues().direction_verbs.ends_with(head) is not None or cues().conclusion_intros.contains(text)


def _directs_list(text: str) -> bool:
    """ "Để nâng cao hiệu lực …, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:": a sentence that ends
    with a direction verb and a colon, given by someone (not "đã chỉ đạo:", not a verb of a
    noun phrase "theo yêu cầu:"), introduces directions: the points after it are tasks."""
    head = text.rstrip()
    if not head.endswith(":"):
        return False
    head = head[:-1].rstrip(" ,")
    verb = cues().direction_verbs.ends_with(head)
    if verb is None:
        return False
    before = head[: verb.start].rstrip(" ,")
    return bool(before) and not _blocked(before)


def _speech_directions(text: str, st: _State) -> list[str]:
    """ "… đề nghị trong năm 2024 cần tập trung A; B; C": directions a speaker gives for the
    plan period are the tasks, one per ";" part. The period must be named right after the
    directive verb, so praise with a general wish ("đề nghị … tiếp tục …") stays a remark only."""
    if text.rstrip().endswith(":"):
        return []  # a header for the list that follows; the list items are the tasks
    verb = cues().directive_verbs.search(text)
    while verb is not None:
        rest = text[verb.end :].lstrip(" ,")
        end = _horizon_end(rest, st)
        if end is not None and not _reported(text[: verb.start]):  # not "… nhiệm vụ đã đề ra trong năm …"
            body = rest[end:].lstrip(" ,")
            modal = cues().task_modals.at_start(body)
            if modal is not None:
                body = body[modal.end :].lstrip(" ,")
            sentences = split_sentences(body)
            if not sentences:
                return []
            # "… đề nghị trong thời gian tới hội cần A. Trong đó, tập trung B. Củng cố C.": the
            # sentences after it that go on with the direction are more of them
            more, _ = speech_tasks(sentences[1:], previous=True)
            return _directed_before(text[: verb.start]) + split_top_level(sentences[0], ";") + more
        verb = cues().directive_verbs.search(text, verb.end)
    return []


def _directed_before(before: str) -> list[str]:
    """The directions a speech gives in the sentence that names the period, in its ";" parts before
    the one that names it ("… đồng thời đề nghị Khối thi đua tiếp tục phát huy …; đồng chí đề nghị
    trong 6 tháng cuối năm, …"); the praise of the sentences before them stays a remark."""
    start = before.rfind(". ") + 1
    cut = before.rfind(";")
    return speech_tasks([before[start:cut].strip()])[0] if cut > start else []


def _horizon_end(text: str, st: _State) -> int | None:
    horizon = cues().task_horizons.at_start(text)
    if horizon is not None:
        return horizon.end
    year = _YEAR_HORIZON.match(fold_aligned(text))
    if year is not None and st.plan_year is not None and int(year.group(1)) == st.plan_year:
        return year.end()
    return None


def _plan_year_opener(text: str, st: _State) -> bool:
    m = _LEADING_YEAR.match(fold_aligned(text))
    if m is not None and st.plan_year is not None and int(m.group(1)) == st.plan_year:
        return True
    return opens_next_year(text, st.reporting_year)


def _plan_year_adverbial(text: str, st: _State) -> bool:
    """ "Bám sát định hướng hoạt động năm 2026, Ban Thanh tra … tiếp tục …": a short opening
    phrase that names the plan year (not an event of it: "Hội nghị … năm 2026, …") opens the
    tasks as "Năm 2026, …" does."""
    if st.plan_year is None or st.reporting_year is None or st.plan_year <= st.reporting_year:
        return False
    head, comma, _ = text.partition(",")
    if not comma or len(head.split()) > 10 or cues().event_nouns.contains(head):
        return False
    if cues().elapsed_parts.contains(head):
        return False  # "Năm tháng đầu năm 2013, cả nước đã …": the part of the year reported on
    return re.search(rf"\bnam {st.plan_year}\b", fold_aligned(head)) is not None


def _says_something(piece: str) -> bool:
    """At least a few words, not all of them inside parentheses."""
    outside = re.sub(r"\([^()]*\)", " ", piece)
    return len(re.findall(r"[^\W\d_]+", outside)) >= 3


def _task_opener(text: str) -> bool:
    """ "Thời gian tới, …", also after a connective: "Đặc biệt, trong thời gian tới, nhà trường
    tiếp tục …"."""
    if cues().task_openers.at_start(text) is not None:
        return True
    lead = cues().direction_continuations.at_start(text) or cues().subjectless_connectives.at_start(text)
    return lead is not None and cues().task_openers.at_start(text[lead.end :].lstrip(" ,")) is not None


def _announces_tasks(text: str) -> bool:
    """ "Từ nay đến cuối năm, UBND … xác định nhiều nhóm nhiệm vụ, giải pháp trọng tâm.": a
    short sentence naming the coming period and its tasks opens them without being one; not one
    that names a review before that period ("Báo cáo sơ kết …, nhiệm vụ 6 tháng cuối năm … nêu
    rõ: …" names a report)."""
    horizon = cues().task_horizons.search(text)
    return (
        len(text) < 220
        and horizon is not None
        and _TASK_WORDS.search(fold_aligned(text)) is not None
        and not cues().report_markers.contains(text)
        and not cues().review_words.contains(text[: horizon.start])
    )


def _strip_enumerator(text: str) -> str:
    m = cues().enumerators.at_start(text)
    if m is None:
        return text
    return capitalize_first(text[m.end :].lstrip(" ,:"))


def _strip_task_lead(text: str) -> tuple[list[str], bool]:
    head, sep, rest = text.partition(":")
    if sep and _TASK_WORDS.search(fold_aligned(head)):
        return ([rest.strip()] if rest.strip() else []), True
    if fold(text).startswith("ve "):
        comma = text.find(",")
        verb = cues().directive_verbs.search(text, comma + 1) if comma > 0 else None
        if verb is not None:
            return [text[verb.end :].strip()], False
    return [text], False
