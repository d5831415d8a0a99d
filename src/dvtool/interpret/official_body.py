"""What the structured stage reads in the body of a report a person typed (an official report,
minutes, a notice of inspection results): sections of requests, requests and shortcomings
inside results, requests in a participant's opinion, award sentences among the items, the
figures of the items. The rules over sentences and the words
are in :mod:`dvtool.extract.requests` (and ``cues.yaml``); this module puts what they find
into the report under construction.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dvtool.document import Block
from dvtool.extract import directions, requests
from dvtool.extract._text import split_sentences
from dvtool.extract.blocks import strip_marker
from dvtool.extract.cues import cues
from dvtool.extract.shortcomings import (
    contrast_shortcoming,
    heads_list,
    split_shortcomings,
    states_shortcoming,
)
from dvtool.interpret.lines import _figure_finder, _place
from dvtool.model import ITEM_SECTIONS, Figure, Item

if TYPE_CHECKING:
    from dvtool.interpret.structured import _Converter as Converter


@dataclass
class BodyState:
    """The reading of the body so far."""

    requests: requests.Requests = field(default_factory=requests.Requests)
    outer: tuple[int, bool] | None = None  # level and direction of "II. KIẾN NGHỊ" with sub-headings
    listing_shortcomings: bool = False  # a results paragraph opened a list of shortcomings
    point_level: int = 0  # the level of the last numbered line read as a point (:func:`task_point`)

    def start(self, section: str, level: int, heading: str) -> None:
        """A section starts; a sub-heading under a section of requests keeps its direction."""
        if self.outer is not None and level <= self.outer[0]:
            self.outer = None
        self.requests = requests.Requests.under(heading, upward=self.outer is not None and self.outer[1])
        if section == requests.REQUESTS and self.outer is None:
            self.outer = (level, self.requests.upward)
        self.listing_shortcomings = False
        self.point_level = 0

    def under_requests(self, level: int) -> bool:
        """ "2. Đối với chủ đầu tư" under "II. KIẾN NGHỊ": a sub-section of requests."""
        return self.outer is not None and level > self.outer[0]


def find_figures(conv: Converter) -> None:
    """Figures of items a person wrote (no figures table): from the shared number parser; a
    measure stated again is one figure (:func:`dvtool.extract.numbers.drop_repeated`)."""
    from dvtool.extract.figure_filters import reported_in_tasks
    from dvtool.extract.numbers import drop_repeated

    for section in ITEM_SECTIONS:
        items = conv.fields.sections[section]
        for i, item in enumerate(items):
            if not item.figures and f"/{section}/{i}" not in conv.uncounted:  # unnamed_sections
                items[i] = Item(item.text, item_figures(item.text))
    reported_in_tasks(conv.fields.sections["results"], conv.fields.sections["tasks"])
    drop_repeated([conv.fields.sections["results"], conv.fields.sections["limitations"]])


def labelled_limitations(conv: Converter, p: Block) -> bool:
    """ "2. Khó khăn: Bên cạnh …, A …; B …": the heading of the shortcomings and their first
    paragraph in one line starts the limitations and is read as their entry."""
    if conv.document.written_by_dvtool or conv.section in (None, "unknown"):
        return False
    rest = requests.limitations_label(strip_marker(p.text))
    if rest is None:
        return False
    conv.start_section("limitations", conv.section_level, p)
    if not _says_none(rest):  # "2. Khó khăn: (không có)" starts the section, lists nothing
        conv.entry(dataclasses.replace(p, text=rest))
    return True


def _says_none(value: str) -> bool:
    """ "(không có)", "Không.": a label's whole value that says there is nothing under it."""
    bare = value.strip(" ().;")
    found = cues().none_values.at_start(bare)
    return found is not None and found.end == len(bare)


def award_sentence(conv: Converter, text: str, p: Block) -> bool:
    """An award sentence a person typed under a section ("Dịp này, UBND huyện tặng Giấy khen
    cho 4 tập thể …") is an award, not an item. dvtool's own items are kept as written."""
    if conv.document.written_by_dvtool:
        return False
    from dvtool.extract.awards import is_award_sentence, parse_awards

    if not is_award_sentence(text):
        return False
    awards = conv.fields.sections["awards"]
    found = parse_awards(text, awards[-1].giver if awards else None)
    for award in found:
        conv.locations[f"/awards/{len(awards)}"] = _place(p)
        awards.append(award)
    return bool(found)


def item_figures(text: str) -> tuple[Figure, ...]:
    """The figures an item a person wrote states: the shared number parser's, bare numbers
    left out (:func:`counted`). Also read for an item added to dvtool's own Word file."""
    return tuple(f for f in _figure_finder()(text) if counted(f))


def counted(figure: Figure) -> bool:
    """A bare number with no unit ("Km2+571", a coordinate, a clause number) states no
    quantity a reader can use; the prose stage leaves it out as well."""
    return bool(figure.unit) or figure.total is not None


def request_entry(conv: Converter, p: Block, text: str) -> None:
    """A paragraph of a section of requests: an opening line says which way they go
    ("… kính đề nghị Bộ …:" up, "… yêu cầu đơn vị … sau:" down); downward ones are tasks. A
    contrast that states a shortcoming there ("Nhận xét, kiến nghị": "Tuy nhiên, hồ sơ chưa …")
    gives limitations, one per ";" part."""
    state = conv.body
    listed = p.kind == "list_item" or strip_marker(p.text) != p.text.strip()
    pieces = state.requests.take(text, listed=listed)
    if text.rstrip().endswith(":"):
        if state.outer is not None and state.outer[0] == conv.section_level:
            state.outer = (conv.section_level, state.requests.upward)  # its sub-sections go the same way
        for piece in pieces:
            add_item(conv, "tasks", piece, p)
        if not pieces:  # "… kính đề nghị Bộ … như sau:": it heads the requests, its text is left out
            conv.drop(p, conv.section_heading)
        return
    stated = [
        piece
        for sentence in split_sentences(text)
        if contrast_shortcoming(sentence, glued=True)
        for piece in split_shortcomings(sentence, trim=True)
    ]  # "Tuy nhiên, hồ sơ chưa làm rõ …; một số thông tin … chưa chính xác": the findings
    if not pieces and not stated:
        conv.drop(p, conv.section_heading)
    for piece in stated:
        add_item(conv, "limitations", piece, p)
    for piece in pieces:
        add_item(conv, "tasks", piece, p)


def sorted_entry(conv: Converter, p: Block, text: str, section: str) -> None:
    """A results or limitations paragraph: its requests to act are tasks, and in results a
    contrast that states a shortcoming is a limitation ("Tuy nhiên, … còn chậm, do ba nguyên
    nhân:" makes the "Thứ nhất, …" paragraphs after it limitations too)."""
    state, read = conv.body, len(conv.entries)
    found = requests.sort_sentences(text)
    marked = p.kind == "list_item" or strip_marker(p.text) != p.text.strip()  # text has lost its "- "
    listed = marked or strip_marker(text) != text.strip() or cues().enumerators.at_start(text) is not None
    state.listing_shortcomings = state.listing_shortcomings and listed
    if section == "results" and state.listing_shortcomings:
        kept, limitations = [], found.results + found.limitations
    elif section == "results":
        kept, limitations = found.results, found.limitations
    else:
        kept, limitations = found.results + found.limitations, []
    if kept:
        kept_text = text if len(kept) == len(split_sentences(text)) else " ".join(kept)
        for part in split_shortcomings(kept_text, trim=True) if section == "limitations" else [kept_text]:
            if section != "limitations" or not (heads_list(part) or _heads_points(part)):
                add_item(conv, section, part, p)
    for sentence in limitations:
        for part in split_shortcomings(sentence, trim=True):
            if not heads_list(part):
                add_item(conv, "limitations", part, p)
    for piece in found.tasks:
        add_item(conv, "tasks", piece, p)
    if section == "results" and found.limitations and text.rstrip().endswith(":"):
        state.listing_shortcomings = True
    if len(conv.entries) == read:  # "Một số hạn chế như sau:" heads the points after it: left out
        conv.drop(p, conv.section_heading)


def _heads_points(text: str) -> bool:
    """ "Nhóm cụm công nghiệp do doanh nghiệp làm chủ đầu tư:" among the shortcomings: a line
    that ends with a colon and states none heads the points after it; "… tiến độ … vẫn chưa đạt
    yêu cầu, đang bị cản trở bởi ba điểm nghẽn lớn:" states one."""
    return text.rstrip().endswith(":") and not states_shortcoming(text)


def remark_tasks(conv: Converter, p: Block, text: str) -> None:
    """ "- Đề nghị 02 Công ty …" in a participant's opinion: a task as well as a remark; a
    point under the conclusions of minutes ("Kết luận:") is the chair speaking, so its
    directions are read as a speech's ("- Đội Dev cần rà soát lại unit test")."""
    from dvtool.sections import strip_numbering
    from dvtool.vntext import fold

    heading = strip_numbering(fold(conv.section_heading)).strip(" .:")
    if cues().conclusion_headings.matches_whole(heading):
        from dvtool.extract.directions import directions

        for sentence in split_sentences(text):
            asks = not (requests.is_upward(sentence) or requests.applied_for(sentence))
            given = directions(sentence, speech=True) if asks else []
            if given:
                add_item(conv, "tasks", "; ".join(g.strip() for g in given).rstrip("."), p)
        return
    for piece in requests.sort_sentences(text).tasks:
        add_item(conv, "tasks", piece, p)
    for piece in requests.stated_shortcomings(text):
        add_item(conv, "limitations", piece, p)


def attendee_entry(conv: Converter, p: Block, text: str) -> str | None:
    """An entry of the attendance list of a document people typed: None for a line that heads
    the people listed under it ("1. Công ty cổ phần FDS:"); else the entry without the label
    of its honorific ("Ông: Tạ Tuấn Anh - Phó giám đốc" -> "Tạ Tuấn Anh - Phó giám đốc"), its
    chair noted (:func:`chair_entry`)."""
    if conv.document.written_by_dvtool:
        return text
    if text.rstrip().endswith(":"):
        conv.drop(p, conv.section_heading)
        return None
    chair_entry(conv, text)
    label = cues().honorifics.at_start(text)
    if label is not None and text[label.end :].lstrip().startswith(":"):
        return text[label.end :].lstrip()[1:].strip()
    return text


def chair_entry(conv: Converter, text: str) -> None:
    """ "Ông Trần Văn A, Phó Trưởng phòng - Chủ trì." in the attendance list of minutes: the
    chair as well as an attendee."""
    trimmed = text.rstrip(" .;")
    role = cues().chair_roles.ends_with(trimmed)
    if role is None or trimmed[: role.start].rstrip()[-1:] not in "-–,(:":
        return
    from dvtool.interpret.lines import _chairs_from_text

    known = {c.name for c in conv.fields.chairs}
    found = _chairs_from_text(trimmed[: role.start].rstrip(" -–,(:"))
    conv.fields.chairs.extend(c for c in found[:1] if c.name not in known)


def without_agreement(text: str) -> str:
    """A task entry without its sentences that only agree with what was put to the meeting
    ("Ban Thường vụ Đảng ủy cơ bản thống nhất với danh mục …"); "" when nothing else is left."""
    sentences = split_sentences(text)
    kept = [s for s in sentences if not directions.agrees(s)]
    return text if len(kept) == len(sentences) else " ".join(kept)


def kept_text(conv: Converter, section: str, text: str) -> str:
    """An entry of a task section without its sentences of agreement (another section's as it is)."""
    return without_agreement(text) if section == "tasks" and not conv.document.written_by_dvtool else text


def no_task(text: str) -> bool:
    """A line of a task section that heads the tasks after it, or only agrees with a report."""
    return task_header(text) or not without_agreement(strip_marker(text))


def task_header(text: str) -> bool:
    """In a section of tasks, a line that heads the ones after it is no task: "Chỉ đạo UBND
    xã …:" or "… các nhiệm vụ trọng tâm sau:" (ends with a colon), "II. Về cho ý kiến danh mục
    …" (a Roman-numbered sub-heading the layout did not mark)."""
    if text.rstrip().endswith(":"):
        return True
    return _ROMAN_HEAD.match(text.lstrip()) is not None


_ROMAN_HEAD = re.compile(r"[IVX]+\.\s")


_LABEL_WORDS = 10  # "Về phát triển ứng dụng và dữ liệu số:": a topic label, not a sentence


def topic_tasks(conv: Converter, p: Block, text: str) -> bool:
    """A point of a section of tasks labelled with its topic whose text gives several directions,
    one sentence each ("- Về nguồn nhân lực: Chú trọng đào tạo …. Tiếp tục duy trì …"): one task
    per direction, a sentence that only goes on with one kept with it
    (:func:`dvtool.extract.task_points.grouped`). False, and nothing added, otherwise."""
    from dvtool.extract.task_points import grouped

    label, colon, rest = text.partition(":")
    if not colon or len(label.split()) > _LABEL_WORDS or cues().point_topic_heads.at_start(label) is None:
        return False
    pieces = grouped(split_sentences(rest.strip()))
    if len(pieces) < 2 or not all(
        cues().task_verbs.at_start(x) or cues().imperative_openers.at_start(x) for x in pieces
    ):
        return False
    for piece in pieces:
        add_item(conv, "tasks", piece, p)
    return True


def point_tasks(conv: Converter, p: Block, text: str) -> bool:
    """A point of a section of tasks that gives several directions, one sentence each ("Thực
    hiện tốt công tác thanh tra …. Xử lý nghiêm các đối tượng …"): one task per direction, a
    sentence that only goes on with one kept with it (:func:`dvtool.extract.task_points.grouped`).
    A point that opens with a request to a body ("Yêu cầu UBND các xã …. Thường xuyên theo dõi
    …") addresses its later sentences to that body: one task; a request verb that names no body
    ("Chỉ đạo và tổ chức học tập …", :func:`dvtool.extract.task_points.asks_a_body`) is the
    writer's own work like any other. A sentence summing the document up ("Trên đây là kết
    luận …") is none. False, and nothing added, when the point holds one direction."""
    from dvtool.extract.task_points import asks_a_body, grouped

    pieces = grouped(split_sentences(without_agreement(text).strip()))  # "… cơ bản nhất trí với …" left out
    if len(pieces) < 2 or asks_a_body(pieces[0]):
        return False
    # "Trên đây là kết luận …. Yêu cầu các đơn vị …": the summing-up is no task
    for piece in (x for x in pieces if cues().summary_openers.at_start(x) is None):
        add_item(conv, "tasks", piece, p)
    return True


def task_point(conv: Converter, p: Block, level: int, following: Block | None) -> bool:
    """ "1. Rà soát hồ sơ. Báo cáo trước ngày 30/6" typed among the tasks without a closing stop:
    plain text's rules read a short numbered line as a heading, but one that opens with a verb of
    doing and has nothing under it (what follows is numbered at its rank or above, a heading, or
    nothing; after such a point, also a paragraph) is a point of the list, read as the same point
    with its stop is, a task per direction. A topic ("1. Công tác tuyên truyền") stays a
    sub-heading, as does a numbered line with paragraphs or sub-points under it."""
    if conv.document.written_by_dvtool or conv.section != "tasks" or level < conv.section_level:
        return False
    text = strip_marker(p.text)
    if p.kind != "paragraph" or p.hints.bold or not p.text.lstrip()[:1].isdigit() or text.isupper():
        return False
    if conv.section_of(p.text) is not None or not _directs(text):
        return False
    if following is not None and not _over(following, level, conv.body.point_level == level):
        return False
    conv.body.point_level = level
    return True


def _over(following: Block, level: int, after_point: bool) -> bool:
    """Whether the numbered line of ``level`` has nothing under it: ``following`` is a heading,
    or numbered at its rank or above; after a point of the same rank, also a paragraph."""
    from dvtool.interpret.heading_levels import numbered_level

    if following.kind == "heading" or following.hints.bold:
        return True
    rank = numbered_level(following.text)
    if rank is None:
        return after_point and following.kind == "paragraph"
    return rank[0] <= level


def _directs(text: str) -> bool:
    """A point that opens with a verb of doing or a request ("Tăng cường …", "Kiện toàn …", "Giao
    …"), not with the topic it covers ("Về …", "Đối với …")."""
    found = cues()
    if found.topic_heads.at_start(text) is not None:
        return False
    verbs = (found.imperative_openers, found.task_verbs, found.request_verbs, found.assignment_openers)
    return any(v.at_start(text) is not None for v in verbs)


def add_item(conv: Converter, section: str, text: str, p: Block) -> None:
    from dvtool.extract.numbers import letter_spaced

    if section == "results" and letter_spaced(text):
        return  # "V ề t h ự c h i ệ n": a letter-spaced PDF heading (rule letter_spaced, fig12)
    items = conv.fields.sections[section]
    pointer = f"/{section}/{len(items)}"
    items.append(Item(text))
    conv.last_item = (section, len(items) - 1)
    conv.locations[pointer] = dataclasses.replace(_place(p), excerpt=text[:80])
    conv.entries.append((p, pointer))
