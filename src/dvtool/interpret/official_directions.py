"""The directions of an official document whose body asks its addressees to act.

A công văn or thông báo often has no section named "Nhiệm vụ": a paragraph that asks and
ends with a colon ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", "Sở … đề nghị Công ty thực hiện
đầy đủ các nội dung sau:") or a heading that names requests ("2. Yêu cầu đối với chủ đầu tư")
opens a list of directions, grouped under the bodies that carry them out ("1. Sở Nông nghiệp
và Môi trường", "2. Thanh tra tỉnh"). Each point of that list is one task; a line that heads
points ("1. Trách nhiệm chung của các cơ quan, đơn vị", "c) Các yêu cầu khác:") is none, nor is
a cited document listed for reading ("- Nghị định số 24/2026/NĐ-CP …"), nor a line that only
goes on with the one above it (a footnote, a wrapped line of a PDF's text).

:func:`find` reads the list from the body the frame left; :func:`apply` puts its points into
the report as tasks and takes them out of the results and limitations the body stages read
them as (their numbers are requirements, not results).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dvtool.document import Block, Document
from dvtool.extract._text import capitalize_first, split_sentences, strip_trailing
from dvtool.extract.among_tasks import cites_document
from dvtool.extract.cues import cues
from dvtool.extract.requests import is_upward
from dvtool.extract.task_points import grouped, opens_task
from dvtool.messages import Location, Message, Result
from dvtool.model import Item, Report
from dvtool.vntext import fold

MIN_TASKS = 2  # fewer points after an opener: a sentence that asks, not a list of directions
MIN_WORDS = 4
LONG_LINE_WORDS = 15  # a numbered line this long that heads nothing is itself a direction
_REACH = 40  # characters from the start of a point in which its request verb stands
_OPENER_SHOWN = 80  # characters of the line that opened a list, in a warning
_SHORT_TAIL = 8  # "… yêu cầu các Sở, ban, ngành và địa phương:": the addressees, then the points

_MARK = re.compile(
    r"^\s*(?:([-–+•*·▪●○■□◦])|(\(?[^\W\d_]\))|(\d{1,2}(?:\.\d{1,2})*[.)])|([IVXLC]+\s*[.\-–/)]))\s+"
)


@dataclass(frozen=True)
class Directions:
    """The tasks of the list (text and where), and the folded text of every line it spans."""

    tasks: tuple[tuple[str, Location | None], ...]
    lines: tuple[str, ...]
    points: int = 0  # the lines that give tasks (a point of several directions counts once)
    opener: str = ""  # the line that opened the first list ("Chủ tịch UBND tỉnh yêu cầu:")


@dataclass(frozen=True)
class _Line:
    text: str  # without its marker
    mark: str  # "dash", "letter", "number", "roman" or ""
    depth: int  # a number's parts ("2.1." -> 2); 0 for others
    bold: bool
    heading: bool
    location: Location | None


def find(body: Document) -> Directions | None:
    """The lists of directions of ``body``, or None when it has none."""
    lines = list(_lines(body.blocks))
    tasks: list[tuple[str, Location | None]] = []
    spanned: list[_Line] = []
    giving: list[_Line] = []
    opener = ""
    enclosing = 0  # the depth of the numbered heading the lines are under
    i = 0
    while i < len(lines):
        line = lines[i]
        level = _opens(line)
        if level is None:
            if line.mark == "number" and _heads(line, lines[i + 1] if i + 1 < len(lines) else None):
                enclosing = line.depth
            i += 1
            continue
        own = [(s, line.location) for s in split_sentences(line.text)[:-1] if _asks(s)]
        found, region, gave = _read(lines[i + 1 :], level or enclosing)
        if own or found:
            opener = opener or line.text
            tasks += own + found
            spanned += [line, *region]
            giving += ([line] if own else []) + gave
        i += 1 + len(region)
    if len(tasks) < MIN_TASKS:
        return None
    return Directions(tuple(tasks), tuple(fold(t.text) for t in spanned), len(giving), opener)


def _lines(blocks: Sequence[Block]) -> Iterator[_Line]:
    for block in blocks:
        if block.kind == "table" or block.hints.page_header:
            continue
        text = block.text.strip()
        if text:
            mark = _MARK.match(text)
            kind, depth = "", 0
            if block.kind == "list_item" and block.marker:
                kind = "number" if block.marker[:1].isdigit() else "dash"
                depth = (block.marker.count(".") or 1) if kind == "number" else 0
            elif mark is not None:
                kind = ("dash", "letter", "number", "roman")[
                    next(i for i, g in enumerate(mark.groups()) if g)
                ]
                depth = max(1, mark.group(0).strip().rstrip(".)").count(".") + 1) if kind == "number" else 0
                text = text[mark.end() :].strip()
            yield _Line(text, kind, depth, block.hints.bold, block.kind == "heading", block.location)
        if block.kind == "list_item" or block.hints.element:
            yield from _lines(block.children)


def _opens(line: _Line) -> int | None:
    """The rank of a line that opens directions, or None: the depth of a numbered heading
    that names requests ("2. Yêu cầu đối với chủ đầu tư"), else 0 for a paragraph that asks
    and ends with a colon (its points end with the section it stands in)."""
    if line.mark == "dash":
        return None
    if line.mark in ("number", "roman", "letter") or line.bold or line.heading:
        head = line.text.rstrip(" .:")
        if (
            len(head.split()) <= LONG_LINE_WORDS
            and cues().request_verbs.at_start(head)
            and not is_upward(head)
        ):
            return line.depth if line.mark == "number" else 1
        return None
    if not line.text.endswith(":"):
        return None
    last = split_sentences(line.text)[-1]
    intro = cues().conclusion_intros.search(last) or cues().conclusion_verb_ends.ends_with(last.rstrip(" :"))
    if intro is not None:
        return None if cues().report_markers.contains(last[: intro.start]) else 0
    for verb in cues().body_direction_verbs.finditer(last):
        before = last[: verb.start].split()[-1:]
        tail = last[verb.end :].rstrip(" :")
        if (
            not (
                before
                and (
                    cues().report_markers.matches_whole(before[0])
                    or cues().opener_blockers.matches_whole(before[0])
                )
            )
            and cues().noun_followers.at_start(tail.lstrip(" ,")) is None
            and not is_upward(last[verb.start :])
            and not _deferential(last, verb.start)
            and (
                cues().list_ends.ends_with(tail) is not None
                or (len(tail.split()) <= _SHORT_TAIL and cues().list_announcers.ends_with(tail) is None)
            )
        ):
            return 0
    return None


def _deferential(sentence: str, start: int) -> bool:
    """ "… Đảng ủy xã kính đề nghị Thường trực Tỉnh ủy … quan tâm các nội dung sau:": the verb is
    part of one that recommends to a higher level, whoever it names."""
    return any(up.start < start < up.end for up in cues().upward_request_verbs.finditer(sentence))


_Read = tuple[list[tuple[str, Location | None]], list[_Line], list[_Line]]


def _read(lines: list[_Line], level: int) -> _Read:
    """The tasks of the lines up to the end of the list, the lines, and the lines that gave tasks."""
    tasks: list[tuple[str, Location | None]] = []
    spanned: list[_Line] = []
    giving: list[_Line] = []
    after_task = False
    for i, line in enumerate(lines):
        if _ends(line, level):
            break
        spanned.append(line)
        found = _tasks_of(line, lines[i + 1] if i + 1 < len(lines) else None, after_task=after_task)
        tasks += [(text, line.location) for text in found]
        giving += [line] if found else []
        after_task = bool(found)
    return tasks, spanned, giving


def _ends(line: _Line, level: int) -> bool:
    """An appendix, a new part of the document ("III. …"), or a heading of the rank of the
    one that opened the directions."""
    if cues().appendix_headings.at_start(line.text) is not None and len(line.text.split()) <= LONG_LINE_WORDS:
        return True
    if line.mark == "roman":
        return True
    return (
        level > 0
        and line.mark == "number"
        and line.depth <= level
        and (line.bold or line.heading or _heads(line, None))
    )


def _tasks_of(line: _Line, following: _Line | None, *, after_task: bool = False) -> list[str]:
    if line.text.endswith(":"):
        # "c) Các yêu cầu khác:" heads points; a paragraph's requests before its own colon stand
        *before, last = split_sentences(line.text)
        return [s for s in before if _asks(s)] + (
            [strip_trailing(last.rstrip(" :"))] if _assigns(line, last) else []
        )
    if line.mark == "letter" and _titles_paragraph(line, following):
        return []
    if line.mark == "dash" or line.mark == "letter":
        return [] if cites_document(line.text) else _points(line.text)
    if line.mark == "number":
        return [] if _heads(line, following) else _points(line.text)
    if line.bold or line.heading:
        return []
    sentences = split_sentences(line.text)
    first = sentences[0]
    verb_led = first[:1].isupper() and cues().task_verbs.at_start(first) is not None
    goes_on = after_task and cues().direction_continuations.at_start(first) is not None
    if not (_asks(first) or verb_led or _body_led(first) or goes_on):
        # "Thông qua buổi tiếp công dân, UBND huyện ghi nhận …. Đề nghị các cơ quan chuyên môn …"
        sentences = sentences[next((i for i, s in enumerate(sentences) if opens_task(s)), len(sentences)) :]
    return [strip_trailing(t.rstrip(" ./")) for t in grouped(sentences)]


_SUBJECT_REACH = 8  # words of a body-led direction in which a report marker ("đã") would stand


def _body_led(sentence: str) -> bool:
    """A paragraph under a conclusion or a request that opens with the body that acts ("UBND
    huyện chủ động làm việc với …", "Các cơ quan chuyên môn có giải pháp …"): a direction to it,
    unless it reports what was done ("UBND huyện đã …") or asks a higher level."""
    if not sentence[:1].isupper() or sentence.isupper() or len(sentence.split()) < LONG_LINE_WORDS:
        return False  # a header line of an attached document ("ỦY BAN NHÂN DÂN") names no act
    if cues().point_topic_heads.at_start(sentence) is not None:
        # "Đối với cấp đất ở …: UBND huyện chỉ đạo phòng …": the topic, then the body that acts
        sentence = next((c.lstrip() for c in _after_topic(sentence) if c[:1].isspace()), "")
    if cues().direction_subjects.at_start(sentence) is None:
        return False
    head = " ".join(sentence.split()[:_SUBJECT_REACH])
    return not cues().report_markers.contains(head) and not is_upward(sentence)


def _after_topic(sentence: str) -> Iterator[str]:
    """What follows each "," or ":" of a sentence opening with its topic, the first first."""
    for mark in re.finditer(r"[,:]", sentence):
        rest = sentence[mark.end() :]
        if cues().direction_subjects.at_start(rest.lstrip()) is not None:
            yield rest


def _assigns(line: _Line, sentence: str) -> bool:
    """A point that gives a body work and then lists what the work covers ("1. Giao phòng Tài
    nguyên và Môi trường chủ trì, phối hợp với … kiểm tra lại hồ sơ, xác minh thực địa và tham
    mưu … phương án giải quyết các nội dung sau:") is a direction itself; a short one only
    names who does the points ("1.1. Giao phòng Nông nghiệp và PTNT:")."""
    return (
        line.mark in ("number", "dash", "letter")
        and cues().assignment_openers.at_start(sentence) is not None
        and len(sentence.split()) > LONG_LINE_WORDS
    )


def _titles_paragraph(line: _Line, following: _Line | None) -> bool:
    """ "a) Xây dựng nội dung bồi dưỡng" over the paragraph that says what to do: a short
    lettered line without a closing mark names the topic of the paragraph under it."""
    return (
        following is not None
        and following.mark == ""
        and not following.bold
        and not line.text.rstrip().endswith((".", ";"))
        and len(line.text.split()) < LONG_LINE_WORDS
    )


def _heads(line: _Line, following: _Line | None) -> bool:
    """A numbered line that heads points: the points follow it, or it names no act."""
    if line.bold or line.heading:
        return True
    if following is not None and (
        following.mark in ("dash", "letter") or (following.mark == "number" and following.depth > line.depth)
    ):
        return True
    if cues().task_verbs.at_start(line.text) or cues().request_verbs.at_start(line.text):
        return False
    return len(line.text.split()) < LONG_LINE_WORDS or cues().topic_heads.at_start(line.text) is not None


def _asks(sentence: str) -> bool:
    """A sentence that asks its addressee to act ("Yêu cầu thực hiện …", "… đề nghị các đơn vị …")."""
    verb = cues().request_verbs.search(sentence)
    return verb is not None and verb.start <= _REACH and not is_upward(sentence)


def _points(text: str) -> list[str]:
    items = [capitalize_first(strip_trailing(t.rstrip(" .;"))) for t in grouped(split_sentences(text))]
    return [item for item in items if len(item.split()) >= MIN_WORDS]


def _same_point(task: str, directions: Directions) -> bool:
    """A task the body stages read is one of the points of the list (or a part of one), not
    another sentence of the lines it spans ("Tuy nhiên, gia đình bà đề nghị UBND huyện …": a
    citizen's request the conclusion reports before its own points)."""
    key = _squeezed(task)
    points = [_squeezed(text) for text, _ in directions.tasks]
    return len(key) > 0 and any(key in point or point in key for point in points)


_OVERLAP = 40  # squeezed characters a task and a point share when one is a cut of the other


def _overlaps(task: str, directions: Directions) -> bool:
    """A task the body stages read whose text a point of the list holds, whole or in part (the
    point "Đề nghị Công ty … để theo dõi" of the task "Công ty … để theo dõi, …")."""
    key = _squeezed(task)
    points = [_squeezed(text) for text, _ in directions.tasks]
    return _same_point(task, directions) or any(key[:_OVERLAP] in p or p[:_OVERLAP] in key for p in points)


def _squeezed(text: str) -> str:
    """Folded, without spaces and end marks: a sentence glued to the one before ("….Thủ tướng")
    reads as the same."""
    return "".join(fold(text).split()).strip(".;")


def apply(directions: Directions, result: Result[Report]) -> Result[Report]:
    """The report with the directions as its tasks, unless the body stages read as many of its
    points (a conclusion whose points are typed as paragraphs under the bodies that carry them
    out); the tasks they read from the lines the list spans are replaced, what they read as
    results inside its directions is taken out, and as limitations too but for a contrast
    ("Tuy nhiên, … còn …") the list stops to state; the other sentences of those lines stay."""
    report = result.value

    def inside(text: str, lines: tuple[str, ...]) -> bool:
        key = fold(text).strip(" .;")
        return len(key) > 0 and any(key in line for line in lines)

    if sum(_same_point(t.text, directions) for t in report.tasks) >= directions.points:
        return result
    asked = tuple(fold(text) for text, _ in directions.tasks)  # a sentence of the line beside them stays
    stated = tuple(line for line in asked if cues().contrast_connectives.at_start(line) is None)
    locations = dict(result.locations)
    messages = result.messages
    changes: dict[str, object] = {}
    for name, lines in (("results", asked), ("limitations", stated), ("tasks", directions.lines)):
        items: tuple[Item, ...] = getattr(report, name)
        kept: list[tuple[Item, Location | None]] = [
            (item, result.locations.get(f"/{name}/{i}"))
            for i, item in enumerate(items)
            if not inside(item.text, lines)
        ]
        if name == "tasks":
            read = [(item, result.locations.get(f"/tasks/{i}")) for i, item in enumerate(items)]
            messages += _left_out(directions, read)
            kept += [(Item(text), where) for text, where in directions.tasks]
        for i in range(len(items)):
            locations.pop(f"/{name}/{i}", None)
        for j, (_, where) in enumerate(kept):
            if where is not None:
                locations[f"/{name}/{j}"] = where
        changes[name] = tuple(item for item, _ in kept)
    return Result(dataclasses.replace(report, **changes), messages, locations)  # type: ignore[arg-type]


def _left_out(directions: Directions, tasks: list[tuple[Item, Location | None]]) -> tuple[Message, ...]:
    """A "dropped-paragraphs" warning for the tasks the body stages read from the lines the list
    spans that are none of its directions ("Bà A sẽ vận động ông B …" between two points): the
    list replaces them, so their text leaves the report."""
    from dvtool.interpret.left_out import dropped_message

    def inside(text: str) -> bool:
        key = fold(text).strip(" .;")
        return len(key) > 0 and any(key in line for line in directions.lines)

    by_unit: dict[str, set[int]] = {}
    texts: dict[tuple[str, int], str] = {}  # the first task read from each paragraph or line
    for item, where in tasks:
        if where is None or not inside(item.text) or _overlaps(item.text, directions):
            continue
        unit, number = ("paragraph", where.paragraph) if where.paragraph is not None else ("line", where.line)
        if number is not None:
            by_unit.setdefault(unit, set()).add(number)
            texts.setdefault((unit, number), item.text)
    section = split_sentences(directions.opener)[-1].rstrip(" :") if directions.opener else ""
    if len(section) > _OPENER_SHOWN:  # "… Phó Chủ tịch UBND huyện kết luận như sau:": its end
        section = "…" + section[-_OPENER_SHOWN:].split(" ", 1)[-1]  # from a whole word
    return tuple(
        dropped_message(section, sorted(numbers), unit, texts[unit, min(numbers)])
        for unit, numbers in by_unit.items()
    )
