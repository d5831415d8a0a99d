"""Photo captions in plain text (rule plain-captions): text saved from a news page keeps the
captions of its photos as paragraphs of their own, or glued into a crawled paragraph, and
none of them is a result, an award or an attendee.

- a line with no closing stop that shows an act of the event: "Lãnh đạo … tặng hoa chúc mừng
  tân Chủ tịch …", "Bà A, Phó Chủ tịch … trao bằng khen cho các cá nhân …" (:func:`act_caption`);
- a line that only says who is in the photo: "Các đại biểu tham dự hội nghị."
  (:func:`attendance_caption`), or who speaks at the event: "Bí thư … phát biểu kết luận buổi
  làm việc." (:func:`speech_caption`);
- a short paragraph right above a line that only credits the photo ("Ảnh: Minh Hằng",
  "(Ảnh: TTXVN)"): :func:`above_credits`;
- inside a paragraph, a credit in parentheses closes the caption before it ("… phát biểu kết
  luận buổi làm việc. (Ảnh: Trọng Toàn) Về kết quả …"), a sentence that ends with a credit is a
  caption, and a credit standing as a sentence of its own is none: :func:`without_captions`.

The captions HTML marks (``<figcaption>``) never reach the text; those with a credit after a
stop, a dash or in parentheses, a photo's position or a view ("Quang cảnh …") are
:func:`dvtool.extract.openers._is_caption`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dvtool.document import Block
from dvtool.extract._text import is_abbreviation, looks_like_name, split_sentences
from dvtool.extract.credits import ends_with_credit
from dvtool.extract.cues import cues
from dvtool.extract.function_words import function_words

_CAPTION_CHARS = 200  # a caption is a line; a paragraph of a report is longer
_CAPTION_ABOVE_CHARS = 250  # the line above a credit: one sentence
_CREDIT_NAME = 40  # "Ảnh: Ngọc Thiện/TTXVN", "(Ảnh: lamdongtv.vn)"
_CREDIT_CHARS = _CREDIT_NAME + 24  # the name, the marker ("Ảnh tư liệu"), brackets and spaces
_SUBJECT_WORDS = 5  # "Cán bộ, Nhân dân", "Các đại biểu": who, without names
_EVENT_WORDS = 6  # "hội nghị", "ngày hội Đại đoàn kết", "lưu niệm"
_STOPS = (".", "!", "?", "…", ":", ";", '"', "”")
_PAREN_CREDIT = re.compile(r"\(([^()]{2,60})\)\s*")


_WHOLLY_PARENTHESISED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")


def parenthesised(text: str) -> bool:
    """ "(Quang cảnh hội nghị )", "(Ảnh: TTXVN)": a line wholly inside one pair of parentheses, an
    aside under a photo (a headline is never written so)."""
    return _WHOLLY_PARENTHESISED.fullmatch(text.strip().rstrip(".")) is not None


def is_credit(text: str) -> bool:
    """ "Ảnh: Minh Hằng", "(Ảnh: TTXVN)", "Ảnh: lamdongtv.vn": a line that only credits a photo."""
    if len(text) > _CREDIT_CHARS:
        return False  # a paragraph, not a credit: no cue list is searched
    inner = text.strip().rstrip(".").strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    illustration = cues().illustration_markers.at_start(inner)
    if illustration is not None:  # "Ảnh minh họa", "Ảnh minh họa. (Nguồn: Internet)": no caption
        rest = inner[illustration.end :].lstrip(" .")
        source = _PAREN_CREDIT.fullmatch(rest)
        return not rest or (source is not None and cues().photo_sources.at_start(source.group(1)) is not None)
    marker = cues().caption_markers.at_start(inner)
    if marker is None:
        return False
    rest = inner[marker.end :].lstrip()
    if rest[:1].isupper():  # "Ảnh Duy Kiên", "Ảnh VGP/Quỳnh Hoa": the name with no colon
        return len(rest) <= _CREDIT_NAME and all(w[:1].isupper() or "/" in w for w in rest.split())
    return rest.startswith(":") and 0 < len(rest[1:].strip()) <= _CREDIT_NAME


def act_caption(text: str) -> bool:
    """ "Lãnh đạo Ủy ban MTTQ tỉnh tặng hoa chúc mừng tân Chủ tịch …": a line of one sentence
    with no closing stop, whose subject does an act of the event (trao, tặng, chụp ảnh …)."""
    stripped = text.strip()
    closed = stripped.endswith(".") and _named_subject(stripped)
    if closed:
        stripped = stripped[:-1].rstrip()  # "Đ/c Nguyễn Văn A – Phó Chủ tịch UBND huyện trao tiền …."
    if len(stripped) >= _CAPTION_CHARS or stripped.endswith(_STOPS) or _counts(stripped):
        return False
    act = cues().event_acts.search(stripped)
    if act is None or not stripped[act.end :].strip():  # "Nhân dịp này, UBND huyện đã tặng": a cut page
        act = cues().caption_report_acts.search(stripped)  # "… thông qua báo cáo": an act whole
    if act is None or act.start == 0 or not stripped[:1].isupper():
        return False  # "Trao 50 suất quà …": a subheading names the act without who did it
    if closed and (cues().report_markers.contains(stripped[: act.start]) or "," in stripped[act.end :]):
        return False  # "Đồng chí A – … đã trao huy hiệu cho …, đồng thời …": the report tells it
    return len(split_sentences(stripped)) == 1


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _counts(text: str) -> bool:
    """A digit other than a year's: "… trao 50 suất quà" reports, "… trao giấy chứng nhận “Thợ mỏ
    sáng tạo năm 2023” cho …" only names what was given. With an award named ("… trao Bằng khen
    của UBND tỉnh năm 2023 cho …") any digit counts: the award is the report's, caption or not."""
    if cues().award_names.contains(text):
        return any(c.isdigit() for c in text)
    return any(c.isdigit() for c in _YEAR.sub("", text))


_NAME_DASH = re.compile(r"\s+[-–—]\s+")


def _named_subject(text: str) -> bool:
    """ "Đ/c Nguyễn Ngọc Thân – Phó Chủ tịch …", "Đồng chí Lê Văn A - Bí thư …": a caption's
    subject, one person named after the honorific with the title after a dash, opens the line."""
    honorific = cues().honorifics.at_start(text)
    if honorific is None or cues().plural_honorifics.at_start(text) is not None:
        return False
    name = _NAME_DASH.split(text[honorific.end :], maxsplit=1)
    return len(name) == 2 and looks_like_name(name[0].strip())


_SPEAKER_WORDS = 16  # "Bí thư Thành ủy Hà Nội Hoàng Trung Hải", "Thứ trưởng Thường trực Bộ … Nguyễn Văn A,"


def speech_caption(text: str) -> bool:
    """ "Bí thư Thành ủy Hà Nội Hoàng Trung Hải phát biểu kết luận buổi làm việc.", "Thứ trưởng
    Nguyễn Văn Sơn, phát biểu chỉ đạo tại buổi làm việc với Công an tỉnh Sóc Trăng.": one sentence
    that only shows someone speaking at the event (nothing said, no clause after it) is a photo's
    caption, also with its stop; it is neither a remark nor a task."""
    stripped = text.strip().removesuffix(".").strip()
    if len(stripped) >= _CAPTION_CHARS or _has_stop(stripped) or not stripped[:1].isupper():
        return False
    verb = cues().caption_speech_verbs.search(stripped)
    if verb is None or not 2 <= len(stripped[: verb.start].split()) <= _SPEAKER_WORDS:
        return False
    if stripped[: verb.start].split()[-1] in function_words().and_words:
        return False  # "… Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo hội nghị": attendance too
    rest = stripped[verb.end :].strip()
    for words in (cues().speech_kinds, cues().event_places):  # "kết luận", "tại"
        found = words.at_start(rest)
        rest = rest[found.end :].strip() if found is not None else rest
    event = cues().event_nouns.at_start(rest)
    return event is not None and "," not in rest and len(rest.split()) <= _SPEAKER_WORDS


def _has_stop(text: str) -> bool:
    """A stop inside the line, not the dot of an abbreviation ("HĐND TP. Thái Nguyên")."""
    return any(c in _STOPS and not (c == "." and is_abbreviation(text, i)) for i, c in enumerate(text))


def attendance_caption(text: str) -> bool:
    """ "Các đại biểu tham dự hội nghị.", "Cán bộ, Nhân dân tham dự ngày hội", "Các đại biểu chụp
    ảnh lưu niệm.": who stands in the photo, without a name; the line states nothing of the report."""
    stripped = text.strip().rstrip(".").strip()
    if len(stripped) >= _CAPTION_CHARS or any(c in stripped for c in _STOPS):
        return False
    if any(c.isdigit() for c in stripped):
        return False
    subject = cues().caption_subjects.at_start(stripped)
    if subject is None:
        return False
    verb = cues().caption_subject_verbs.search(stripped, subject.end)
    if verb is None or len(stripped[: verb.start].split()) > _SUBJECT_WORDS:
        return False
    return len(stripped[verb.end :].split()) <= _EVENT_WORDS


def _shows_an_act(text: str) -> bool:
    """ "Đồng chí A trao Giấy khen cho …", "Bí thư Tỉnh ủy phát biểu tại hội nghị": a verb of the
    event after its subject, as a caption has."""
    verb = cues().ceremony_verbs.search(text) or cues().speech_verbs.search(text)
    return verb is not None and verb.start > 0


def above_credits(blocks: Sequence[Block]) -> set[int]:
    """The indexes of the paragraphs right above a line that only credits a photo ("Đồng chí A
    trao Giấy khen cho 10 tập thể …" over "Ảnh: Minh Hằng"): one short sentence showing an act
    of the event is a caption; a result above a photo ("Các cấp ủy đã tổ chức 45 cuộc …") stays."""
    found: set[int] = set()
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind != "paragraph" or above.kind != "paragraph":
            continue
        if is_credit(block.text) and len(above.text) < _CAPTION_ABOVE_CHARS and _shows_an_act(above.text):
            if not above.text.rstrip().endswith(":") and len(split_sentences(above.text)) == 1:
                found.add(index - 1)
    return found


_BROKEN_CHARS = 80  # "Đồng chí Đại tá Phạm Tiến Triệu,": a name and a title at most
_BREAKS = ("-", "–", "—", ",")


def broken_captions(blocks: Sequence[Block]) -> set[int]:
    """The indexes of a caption a page broke over two lines: "Đồng chí Nguyễn Văn A –" over "Chủ
    tịch UBND huyện, phát biểu tại hội nghị": a short line that ends with a dash or a comma, and
    the line under it, when the two read together are a caption."""
    found: set[int] = set()
    for index in range(len(blocks) - 1):
        block, below = blocks[index], blocks[index + 1]
        text = block.text.strip()
        if block.kind != "paragraph" or below.kind != "paragraph" or len(text) >= _BROKEN_CHARS:
            continue
        if text.endswith(_BREAKS) and below.text[:1].isupper():
            joined = f"{text} {below.text.strip()}"
            if act_caption(joined) or speech_caption(joined) or attendance_caption(joined):
                found |= {index, index + 1}
    return found


def _caption_like(sentence: str) -> bool:
    """ "Quang cảnh buổi làm việc.", "Bí thư … phát biểu tại hội nghị.": the sentence right
    above a credit that only shows the event, someone speaking or an act of it (one that says
    what was asked, "… yêu cầu Hội tiếp tục …", is the report's)."""
    if len(sentence) >= _CAPTION_ABOVE_CHARS:
        return False
    shown = act_caption(sentence) or speech_caption(sentence) or attendance_caption(sentence)
    return shown or cues().caption_openers.at_start(sentence) is not None


def without_captions(sentences: list[str]) -> list[str]:
    """The sentences of a paragraph without its photo credits and the captions they close: "A
    phát biểu kết luận buổi làm việc. (Ảnh: B) Về kết quả …" is "Về kết quả …"; a sentence
    that is only a credit ("Ảnh: lamdongtv.vn") is dropped."""
    kept: list[str] = []
    for sentence in sentences:
        credit = _PAREN_CREDIT.match(sentence)
        if credit is not None and is_credit(credit.group(0)) and sentence[credit.end() :].strip():
            if kept:
                kept.pop()  # the sentence the credit closes is the photo's caption
            kept.append(sentence[credit.end() :])
        elif ends_with_credit(sentence) and not is_credit(sentence):
            continue  # "Chủ tịch A báo cáo với … Ảnh: Hồng Đào": a caption glued to its credit
        elif not is_credit(sentence):
            kept.append(sentence)
        elif kept and (sentence.lstrip().startswith("(") or _caption_like(kept[-1])):
            kept.pop()  # "… Quang cảnh buổi làm việc. Ảnh: Thanh Lê": the caption above its credit
    return kept
