"""Requests, recommendations and difficulties in the body of official reports and minutes.

Official documents (báo cáo, biên bản, thông báo kết quả kiểm tra) name their sections with
headings news items never use: "Khó khăn, vướng mắc" and "Nguyên nhân" hold limitations,
"Đánh giá chung" holds results, and "Kiến nghị", "Đề xuất", "Nhận xét, kiến nghị của Đoàn kiểm
tra" or "Các ý kiến thống nhất" hold requests (:func:`section_of`). Which way a request goes
decides what it is: "yêu cầu Công ty …", "đề nghị đơn vị …" ask the unit inspected or the
bodies present to act, so each is a task; "kính đề nghị Bộ …", "kiến nghị UBND tỉnh …"
recommend to a higher level, so none is (:func:`is_upward`). Inside a results paragraph a
sentence that asks someone to act is a task too, and one that turns to a shortcoming
("Tuy nhiên, … chưa …") a limitation (:func:`sort_sentences`). Every phrase is in ``cues.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dvtool.extract._text import capitalize_first, split_sentences, split_top_level, strip_trailing
from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.directions import directions, opens_request_clause
from dvtool.extract.layout_words import layout_words
from dvtool.extract.needs import states_need
from dvtool.extract.shortcomings import (
    contrast_shortcoming,
    opens_as_task,
    shortcoming_before_task,
    states_shortcoming,
)
from dvtool.sections import classify_heading
from dvtool.vntext import fold

REQUESTS = "requests"  # a section of requests: its downward requests are tasks
MIN_WORDS = 3
_REACH = 40  # characters after a request verb in which its addressee is named
_NUMBERING = re.compile(r"^\s*(?:[IVXLCivxlc]+|\d+(?:\.\d+)*|[^\W\d_])\s*[.)\-:/]\s+")


def section_of(heading: str) -> str | None:
    """The section a heading names: a section of requests, else the shared heading words
    (:func:`dvtool.sections.classify_heading`), else difficulties and assessments."""
    text = _NUMBERING.sub("", heading, count=1)
    if cues().non_section_headings.at_start(text) is not None:
        return None
    if cues().request_headings.at_start(text) is not None or cues().agreement_headings.at_start(text):
        return REQUESTS
    section = classify_heading(heading)
    if section is not None:
        return section
    if cues().difficulty_headings.at_start(_topic_stripped(text)) is not None:
        return "limitations"
    if cues().assessment_headings.at_start(text) is not None:
        return "results"
    if cues().assessment_topics.at_start(_topic_stripped(text)) is not None:
        return "results"  # "a) Về tình hình …"; not "II. Về công tác chuẩn bị …" among the tasks
    return None


def topic_only(heading: str) -> bool:
    """A heading that names results only by its topic ("1. Công tác lãnh đạo, chỉ đạo …", "a) Về
    tình hình …"): no section word of its own, so under a heading of tasks it names a topic of
    the tasks, not the results."""
    return section_of(heading) == "results" and classify_heading(heading) is None


def _topic_stripped(text: str) -> str:
    """The heading without the words that may open it before its topic ("2.2. Các nguyên nhân",
    "7.4.2. Một số nguyên nhân" name causes as "Nguyên nhân" does, "a) Về tình hình …" an
    assessment as "Tình hình …" does)."""
    key = fold_aligned(text)
    for word in layout_words().heading_topic_words:
        if key.startswith(word + " "):
            return text[len(word) + 1 :].lstrip()
    return text


_MAX_LABEL_WORDS = 6  # "Nguyên nhân hạn chế:", "Tồn tại, hạn chế:"; longer, it is a sentence


def limitations_label(text: str) -> str | None:
    """The text after an inline label that names the shortcomings ("2. Khó khăn: Bên cạnh …",
    "Nguyên nhân hạn chế: …"), or None: a heading and its section's first paragraph in one."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    return rest.strip() if section_of(label) == "limitations" else None


def asks(heading: str) -> bool:
    """Whether the points of a section of requests are requests even without a verb: under
    "Kiến nghị" they are ("- Tăng cường kiểm tra …"), under "Các ý kiến thống nhất" only those
    that ask someone to act."""
    return cues().request_headings.at_start(_NUMBERING.sub("", heading, count=1)) is not None


def addressed_up(heading: str) -> bool:
    """ "1. Kiến nghị Bộ Nông nghiệp và Môi trường" names a higher level after its verb, "V. ĐỀ
    XUẤT, KIẾN NGHỊ" proposes to the body reported to; "2. Kiến nghị" alone names nobody."""
    if cues().upward_headings.at_start(_NUMBERING.sub("", heading, count=1)) is not None:
        return True
    for verb in [*cues().upward_request_verbs.finditer(heading), *cues().request_verbs.finditer(heading)]:
        if _names_superior(heading[verb.end : verb.end + _REACH].lstrip(" ,:")):
            return True
    return False


def _names_superior(after: str) -> bool:
    """The words after a request verb name a higher level ("Bộ Công Thương", "UBND tỉnh"); "bộ
    phận kế toán", "Bộ môn …" begin with "bộ" but name a part of the unit itself."""
    if names_level(after):
        return True
    return (
        cues().superior_bodies.at_start(after) is not None and cues().not_ministries.at_start(after) is None
    )


def names_level(after: str) -> bool:
    """ "Tỉnh quan tâm …", "Huyện xem xét …" after a request verb: a level named as a whole in
    capitals, the way a commune or district addresses the one above it; "Huyện đoàn …" names a
    body of that level, "tỉnh tiếp tục …" (news, a leader asking) no superior."""
    level = cues().level_names.at_start(after)
    if level is None or not after[:1].isupper():
        return False
    return cues().level_body_words.at_start(after[level.end :].lstrip()) is None


def opens_requests(text: str) -> bool:
    """ "Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:" asks the
    points after it."""
    return cues().request_verbs.search(text) is not None and not is_upward(text)


def is_upward(text: str) -> bool:
    """ "Sở Công Thương kính đề nghị Bộ Công Thương …", "Đề nghị UBND tỉnh xem xét …": a
    recommendation to a higher level."""
    for verb in cues().upward_request_verbs.finditer(text):
        if cues().noun_followers.at_start(text[verb.end :]) is None and not _after_determiner(
            text, verb.start
        ):
            return True  # "giải quyết kiến nghị của Công ty" names one; it makes none
    verbs = cues().request_verbs
    for verb in [*verbs.finditer(text), *verbs.glued_finditer(text)]:  # "ĐềnghịTỉnh …" from a PDF
        if _names_superior(text[verb.end : verb.end + _REACH].lstrip(" ,:")):
            return True
    return False


def _after_determiner(text: str, start: int) -> bool:
    """ "… theo dõi việc thực hiện các kiến nghị sau thanh tra": after a plural determiner the
    verb is a noun (the recommendations made), no recommendation."""
    before = text[:start].split()[-1:]
    return bool(before) and cues().request_noun_heads.matches_whole(before[0])


def request_pieces(text: str, *, listed: bool, asked: bool = True) -> list[str]:
    """The tasks of one paragraph of a section of requests addressed downwards.

    A list item of points that were asked for (``asked``) is one task; otherwise a paragraph
    gives the ";" parts of what follows its request verb ("Đoàn kiểm tra đã yêu cầu các Công
    ty A; B. C."), and no task when it asks nothing ("Hồ sơ cơ bản đáp ứng quy định.")."""
    if is_upward(text):
        return []
    if listed and asked:
        return _point_directions(text)
    verb = cues().request_verbs.search(text)
    if verb is None:
        # "Trong công tác kiểm tra chi thường xuyên hằng năm, cần quan tâm kiểm tra …" under
        # "Kiến nghị": what must be done, stated without a request verb
        return _pieces(text) if asked and states_need(text) is not None else []
    return _pieces(text[verb.end :].lstrip(" ,:"))


def _point_directions(text: str) -> list[str]:
    """A point of a section of requests is one task, but a later sentence that goes on with
    directions of its own ("…. Đồng thời, thực hiện tốt A; tăng cường B.") gives them apart,
    one per ";" part when each opens with a verb of doing."""
    first, *later = split_sentences(text)
    out = [first]
    for sentence in later:
        lead = cues().direction_continuations.at_start(sentence)
        rest = sentence[lead.end :].lstrip(" ,") if lead is not None else sentence
        if lead is None or not opens_as_task(rest):
            out[-1] = out[-1].rstrip() + " " + sentence
            continue
        parts = [p.strip() for p in split_top_level(rest, ";") if p.strip()]
        out += [capitalize_first(p) for p in (parts if all(opens_as_task(p) for p in parts) else [rest])]
    return out if len(out) > 1 else [text]


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    for sentence in split_sentences(text):
        colon, semicolon = sentence.find(":"), sentence.find(";")
        # "… nêu đầy đủ: lý do; cơ sở pháp lý; …" lists what one request asks for
        enumerated = 0 <= colon < semicolon
        for part in [sentence] if enumerated else split_top_level(sentence, ";"):
            part = strip_trailing(part.strip().rstrip("."))
            if len(part.split()) >= MIN_WORDS:
                out.append(capitalize_first(part))
    return out


@dataclass
class Requests:
    """The way the points of one section of requests go, read as its lines come."""

    upward: bool = False  # they recommend to a higher level: no tasks
    asked: bool = False  # a line asked for them: each listed point is a task
    own: str = ""  # who recommends ("Sở Công Thương kiến nghị …:"), folded: its own points are tasks

    @classmethod
    def under(cls, heading: str, *, upward: bool = False) -> Requests:
        """The section a heading opens (``upward``: the section it is part of goes up)."""
        return cls(addressed_up(heading) or upward, asks(heading))

    def take(self, text: str, *, listed: bool) -> list[str]:
        """The tasks of one line; an opening line ("… kính đề nghị Bộ … sau:", "… yêu cầu đơn
        vị … sau:") says which way the points after it go, and gives only the requests of its
        sentences before the one that opens them."""
        if text.rstrip().endswith(":"):
            if is_upward(text) or opens_requests(text):  # "4. Sở Tài chính:" keeps the way
                self.upward = is_upward(text)
                verb = cues().upward_request_verbs.search(text)
                self.own = fold(text[: verb.start]).strip(" ,") if self.upward and verb else ""
            self.asked = self.asked or opens_requests(text)
            # "Giao Ban giám hiệu … kiểm điểm …. Đồng thời, … thực hiện tốt một số nội dung sau:":
            # the requests before the sentence that opens the points are tasks of their own
            if self.upward:
                return []
            return [piece for s in split_sentences(text)[:-1] for piece in request_pieces(s, listed=False)]
        if self.upward:  # "Sở Công Thương: chủ trì …" under its own recommendations
            mine = len(self.own.split()) >= 2 and fold(text).startswith(self.own)
            return [text] if mine else []
        if listed and heads_topic(text):
            return []
        return request_pieces(text, listed=listed, asked=self.asked)


_HEAD_WORDS = 15  # a point this long names more than a topic
_SHORT_HEAD_WORDS = 6  # "Xử lý về kinh tế.": a kind of measure the points under it take


def heads_topic(text: str) -> bool:
    """A point of a section of requests that only names what the points under it are about
    ("2.1. Xử lý về kinh tế.", "- Đối với việc quản lý các khoản ngân sách cấp."): it asks
    nothing itself (no request verb, no modal of need)."""
    words = text.rstrip(" .:;").split()
    if len(words) >= _HEAD_WORDS or cues().request_verbs.search(text) or cues().task_modals.search(text):
        return False
    heads = cues().point_topic_heads
    topic = heads.search(text)
    if topic is None or (heads.at_start(text) is None and fold(text[: topic.start]).count(" ") >= 2):
        return False
    return topic.start == 0 or len(words) <= _SHORT_HEAD_WORDS


@dataclass
class Sorted:
    """The sentences of a results paragraph, sorted by what they state."""

    results: list[str] = field(default_factory=list)
    limitations: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)


def sort_sentences(text: str) -> Sorted:
    """A results paragraph's sentences: a request to act ("Đề nghị đơn vị duy trì …", "Đoàn
    kiểm tra đề nghị Công ty …") gives tasks, a contrast that states a shortcoming ("Tuy
    nhiên, … Công ty chưa xây dựng …") is a limitation, the rest stay results."""
    out = Sorted()
    asked_before = False
    for sentence, finding in (c for s in split_sentences(text) for c in _request_clauses(s)):
        if finding and (states_shortcoming(sentence) or cues().shortfall_phrases.contains(sentence)):
            out.limitations.append(sentence)  # the shortcoming a request follows from
            continue
        shortcoming = contrast_shortcoming(sentence, glued=True)  # first: "… chưa đạt yêu cầu" asks nothing
        asks = not (shortcoming or is_upward(sentence) or applied_for(sentence))
        given = directions(sentence, speech=False) if asks else []
        going_on = _goes_on(sentence) if asks and asked_before and not given else None
        asked_before = bool(given or going_on)
        if given:  # one request, one task: its ";" parts are what it asks for
            asked = "; ".join(g.strip() for g in given).rstrip(".")
            out.tasks.append(capitalize_first(strip_trailing(asked)))
        elif going_on:  # the same request goes on: one task, as the first annotators wrote it
            out.tasks[-1] = f"{out.tasks[-1]}; {going_on[:1].lower()}{going_on[1:]}"
        elif shortcoming:
            out.limitations.append(sentence)
        else:
            out.results.append(sentence)
    return out


def _goes_on(sentence: str) -> str | None:
    """ "Đề nghị … đơn vị tuân thủ nghiêm ngặt quy trình …. Đồng thời chấp hành nghiêm ngặt các
    quy định …": right after a request, a sentence that opens with a continuation and then a verb
    of doing asks on (the request's task goes on with it); the words after the continuation,
    else None."""
    lead = cues().direction_continuations.at_start(sentence)
    rest = sentence[lead.end :].lstrip(" ,") if lead is not None else ""
    if not rest or states_shortcoming(rest):
        return None
    if not opens_as_task(rest) and cues().complying_verbs.at_start(rest) is None:
        return None
    return capitalize_first(strip_trailing(rest.rstrip(".")))


def applied_for(sentence: str) -> bool:
    """ "… danh mục hàng hóa nguy hiểm đề nghị cấp phép vận chuyển …", "Giấy phép đề nghị cấp":
    the request verb inside a noun phrase names what a unit applied for; it asks nobody."""
    verbs = list(cues().body_direction_verbs.finditer(sentence))
    applied = cues().applied_for_words
    return bool(verbs) and all(v.start > 0 and applied.at_start(sentence[v.end :].lstrip()) for v in verbs)


def _request_clauses(sentence: str) -> list[tuple[str, bool]]:
    """A finding and the request it leads to, in one sentence ("Giấy chứng nhận … còn giá trị
    đến 25/8/2027, ngắn hơn thời hạn 24 tháng …; đề nghị đơn vị chủ động tập huấn lại …"):
    the clause from a request verb that opens it after ";" or "," is read on its own; each
    clause with whether it is the finding before a request."""
    for verb in cues().body_direction_verbs.finditer(sentence):
        head = sentence[: verb.start].rstrip()
        tail = sentence[verb.start :]
        if (
            opens_request_clause(head, verb.cue, sentence[verb.end :])
            and _finding_before(head)
            and not is_upward(tail)
        ):
            return [(head.rstrip(";,").rstrip() + ".", True), (tail, False)]
    return [(sentence, False)]


def _finding_before(head: str) -> bool:
    """The clause before a request is a finding of its own: a few words, not the same request
    begun ("Đề nghị trong …, đề nghị …" is one request)."""
    return len(head.split()) >= MIN_WORDS and cues().body_direction_verbs.at_start(head) is None


def stated_shortcomings(text: str) -> list[str]:
    """The shortcomings a participant's opinion in minutes states ("UBND phường … trình bày …:
    hiện trạng … có 23 dự án; nhiều doanh nghiệp không bảo đảm yêu cầu về môi trường; …"): each
    ";" part of a sentence that asks nothing and states one."""
    found: list[str] = []
    for sentence in split_sentences(text):
        for part in split_top_level(sentence, ";"):
            clause = part.split(":")[-1].strip() if ":" in part else part
            if states_shortcoming(clause) and shortcoming_before_task(clause):
                found.append(strip_trailing(clause.rstrip(".")))
    return found
