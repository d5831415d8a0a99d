"""The frame of an official document (NĐ 30/2020 for state bodies, HD 36-HD/VPTW for Party
bodies): header, number, place and date, kind line and trích yếu, Kính gửi, signature block
and Nơi nhận — read the same way whatever the format typed them as (a two-column table, one
line per row, or paragraphs).

:func:`find_frame` takes the frame off the document, so the body stages never see it (no
signature or recipient becomes a task, no issuing body a title); :func:`apply` then puts it
into the report: ``document``, the title (kind line + trích yếu), the signer as ``author``, the
issuing body as ``publisher`` and, for a report that is not the record of a meeting, the issue
date as its date.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from dvtool.document import Block, Document
from dvtool.extract.cues import cues
from dvtool.interpret import official_dates
from dvtool.interpret import official_foot as foot
from dvtool.interpret import official_lines as ol
from dvtool.interpret.official_foot import Lines
from dvtool.legacy import from_tcvn3, tcvn3_line
from dvtool.messages import Location, Message, Result, info
from dvtool.model import DocumentSystem, OfficialDocument, Report, Signer
from dvtool.vntext import fold

HEADER_REACH = 14  # blocks the header, kind line and trích yếu may span
MAX_TITLE_LINES = 5
MAX_TITLE_LINE = 250
MAX_LINES_ABOVE = 2  # lines above the header: an export's note, a web copy's page title (twice)


@dataclass(frozen=True)
class Frame:
    """What :func:`find_frame` found, and the document without it."""

    document: OfficialDocument
    title: str | None
    body: Document
    messages: tuple[Message, ...]
    locations: dict[str, Location]
    signers: tuple[Signer, ...] = ()  # the cells of a minutes' signature table, row by row
    byline: str | None = None  # "Tác giả: …" under a web copy that left out the signature
    # where the blocks of an appendix after the signature are ("Phụ lục 01 …"): read for their
    # tables of indicators, never for tasks (official_foot.without_attachment_tasks)
    attachments: frozenset[tuple[int | None, int | None, int | None]] = frozenset()


def find_frame(document: Document) -> Frame | None:
    """The official frame of ``document``, or None when it has none. An archive's record of a
    document (its summary, "Số hiệu: … | Ngày ban hành: …", then the document's text in a
    fence, "```text") has the frame under the fence: the record above it is no part of the
    document, and the frame is searched there when none is on top."""
    found = _frame_at_top(document)
    start = None if found else ol.fenced_text(document.blocks, HEADER_REACH)
    if start is None:
        return found
    return _frame_at_top(dataclasses.replace(document, blocks=document.blocks[start:]))


def _frame_at_top(document: Document) -> Frame | None:
    blocks = document.blocks
    head = _header(blocks)
    kind_at = _kind_line(blocks, head)
    has_header = any(_national(t) for t in head.right) or any(ol.number(t) for t in head.left)
    if kind_at is None and not has_header:
        return None
    title, title_blocks = _title(blocks, kind_at)
    title = title or _subject_line(head.left)
    taken = (
        head.taken | title_blocks | _addressees(blocks, max([kind_at or 0, *title_blocks, *head.taken]) + 1)
    )
    tail = foot.tail(blocks, taken)
    if not has_header and not tail.right and not _issuer_over_kind(blocks, head, kind_at, title_blocks):
        return None  # a kind word on top is not enough: a news item may start "THÔNG BÁO"
    doc, messages, locations = _document(document, head, tail, blocks, kind_at)
    taken |= tail.taken | foot.closing(blocks, tail.taken)
    attachments = frozenset(foot.where(blocks[i].location) for i in foot.attachments(blocks, taken))
    byline = None
    if doc.signer is None and not tail.signers:
        byline, by_blocks = foot.byline(blocks, max(taken, default=-1) + 1)
        taken |= by_blocks
    # the kind line and trích yếu are the title: a page <title> is not wanted in the body
    kept = tuple(b for i, b in enumerate(blocks) if i not in taken and not _page_number(b))
    if kind_at is not None and cues().minutes_kinds.at_start(blocks[kind_at].text.strip()) is not None:
        kept = _minutes_headings(kept)
    body = dataclasses.replace(document, blocks=kept, title_hint="", frame_title=title or "")
    return Frame(doc, title, body, messages, locations, tuple(tail.signers), byline, attachments)


_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _page_number(block: Block) -> bool:
    """ "13" alone between two paragraphs: the page number of the signed PDF a text was
    extracted from (NĐ 30/2020 numbers the pages from the second), not body text."""
    return block.kind != "table" and _PAGE_NUMBER.fullmatch(block.text.strip()) is not None


MAX_LABEL_WORDS = 6
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")  # "Thư ký (người ghi biên bản)" -> "Thư ký"


def _minutes_headings(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """ "Thành phần tham gia:", "Mục đích cuộc họp:", "Nội dung cuộc họp:", "Kết luận:" typed
    alone on a line of minutes (NĐ 30/2020 Mẫu 1.9): headings of the minutes' layout, each the
    first time only; the attendance only before the other parts ("Thành phần tham gia:" under
    a work plan names a team, not who attended)."""
    from dvtool.extract.requests import section_of

    seen: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        text = block.text.strip()
        label = text[:-1].strip() if text.endswith(":") else ""
        named, sep, _ = text.partition(":")
        if sep and cues().minutes_labels.matches_whole(_PARENTHESIS.sub("", fold(named))):
            label = named.strip()  # "Thư ký (người ghi biên bản): Bà Lê Thị Hoa" ends the attendance
        other = bool(label) and cues().minutes_labels.matches_whole(_PARENTHESIS.sub("", fold(label)))
        section = section_of(label) if label and not other else None
        if (
            block.kind != "paragraph"
            or block.marker
            or len(_PARENTHESIS.sub("", label).split()) > MAX_LABEL_WORDS
            or (section is None and not other)
            or fold(label) in seen
            or (section == "attendees" and seen)
        ):
            out.append(block)
            continue
        seen.add(fold(label))
        # read as a heading the way a bold line is (a heading block would mark the whole
        # document as styled, and its numbered lines "1. Giới thiệu …" would lose their level)
        out.append(dataclasses.replace(block, hints=dataclasses.replace(block.hints, bold=True)))
    return tuple(out)


def _national(text: str) -> bool:
    return ol.is_national(text)


def _header(blocks: tuple[Block, ...]) -> Lines:
    """The leading blocks that are header: a table with the Quốc hiệu or a number, or lines
    made of a left part (body, number) and a right part (Quốc hiệu, place and date)."""
    lines = Lines()
    skipped = 0
    legacy = any(tcvn3_line(b.text) for b in blocks[:HEADER_REACH])
    for i, block in enumerate(blocks[:HEADER_REACH]):
        if block.kind == "table":
            cells = [[c.paragraphs if c else () for c in row] for row in block.rows]
            paragraphs = [p for row in cells for c in row for p in c]
            if not any(_national(ol.strip_rule(t)) or ol.number(t) for t in paragraphs):
                break
            for row in cells:
                lines.left += [ol.strip_rule(p) for p in (row[0] if row else ())]
                lines.right += [ol.strip_rule(p) for c in row[1:] for p in c]
            lines.taken.add(i)
            continue
        text = ol.strip_decoration(_unicode(block.text.strip()) if legacy else block.text.strip())
        if not text or ol.is_rule(text):
            lines.taken.add(i)
            continue
        if _is_kind(block):
            break
        parts = _soft_lines(block.text.strip(), legacy) or [ol.split_header_line(text)]
        if lines.left and cues().subject_line_openers.at_start(text) is not None:
            parts = [(text, "")]  # a letter's "V/v …" under its number, the right column typed after it
        elif not all(_header_like(left, right) for left, right in parts):
            if lines.taken or skipped >= MAX_LINES_ABOVE:
                break
            skipped += 1  # a note above the header (an export's first line, a web page's title)
            continue
        for left, right in parts:
            lines.left += [ol.strip_rule(left)] if left else []
            lines.right += [right] if right else []
        lines.taken.add(i)
    return lines


def _header_like(left: str, right: str) -> bool:
    """A line of the header: two columns, a number, or a short line in capitals."""
    return bool(right) or ol.number(left) is not None or (ol.is_caps(left) and len(left) <= ol.MAX_FRAME_LINE)


def _soft_lines(text: str, legacy: bool) -> list[tuple[str, str]]:
    """The header lines of a paragraph typed with line breaks (Shift+Enter, ``w:br``): "UBND
    TỈNH X↵SỞ Y" is two lines, as two paragraphs or a table cell's lines are; empty unless
    every line is a header line (left and right column each)."""
    if "\n" not in text:
        return []
    parts = []
    for typed in text.split("\n"):
        line = ol.strip_decoration(_unicode(typed.strip()) if legacy else typed.strip())
        if line and not ol.is_rule(line):
            parts.append(ol.split_header_line(line))
    return parts if all(_header_like(left, right) for left, right in parts) else []


def _unicode(text: str) -> str:
    """A header line typed in TCVN3 (".VnTime" fonts), in Unicode: its body names and Quốc
    hiệu in capitals, as the ".VnTimeH" font showed them; the number ("Sè" is "Số") and the
    place-and-date line as typed."""
    converted = from_tcvn3(text)
    if not tcvn3_line(text) and ol.number(converted) is None:
        return text
    if ol.number(converted) is not None or ol.find_place_date(converted) is not None:
        return converted
    return converted.upper()


def _issuer_over_kind(
    blocks: tuple[Block, ...], head: Lines, kind_at: int | None, title_blocks: set[int]
) -> bool:
    """A web copy of a report that left out the Quốc hiệu, number and signature: the issuing
    body in capitals ("CĐ TRƯỜNG THCS HOÀNG LƯƠNG") right over a line that only names the kind
    ("BÁO CÁO"), and a trích yếu under it."""
    if kind_at is None or not head.left or not head.taken or max(head.taken) + 1 != kind_at:
        return False
    from dvtool.extract.layout_words import layout_words

    bare = fold(blocks[kind_at].text).strip(" .:") in layout_words().kind_lines
    issuer = head.left[-1]
    return bare and len(title_blocks) > 1 and cues().header_body_heads.at_start(issuer) is not None


def _is_kind(block: Block) -> bool:
    text = block.text.strip()
    return (
        ol.is_caps(text) and len(text) <= MAX_TITLE_LINE and cues().official_kinds.at_start(text) is not None
    )


def _kind_line(blocks: tuple[Block, ...], head: Lines) -> int | None:
    start = max(head.taken) + 1 if head.taken else 0
    seen = 0
    for i in range(start, min(len(blocks), start + HEADER_REACH)):
        text = blocks[i].text.strip()
        if not text or ol.is_rule(text) or blocks[i].kind == "table":
            continue
        if _is_kind(blocks[i]):
            return i
        seen += 1
        if seen > 2:
            return None
    return None


def _title(blocks: tuple[Block, ...], kind_at: int | None) -> tuple[str | None, set[int]]:
    """The kind line and the trích yếu lines under it: short lines, no sentence, typed like
    the first of them (bold or centred in Word), up to a rule, "Kính gửi" or the body."""
    if kind_at is None:
        return None, set()
    parts, taken = [blocks[kind_at].text.strip()], {kind_at}
    first: Block | None = None
    for i in range(kind_at + 1, min(len(blocks), kind_at + 1 + MAX_TITLE_LINES)):
        block = blocks[i]
        text = block.text.strip()
        if block.kind == "table" or not text or ol.is_rule(text):
            if first is not None or ol.is_rule(text) and text:
                taken.add(i) if text else None
                break
            continue
        # a trích yếu in capitals right under the kind line may be long and closed by a stop
        caps_subject = first is None and ol.is_caps(text) and len(text) <= 2 * MAX_TITLE_LINE
        # one paragraph typed as a title (bold or centred) may be long: Word wraps it on the page
        typed_subject = (
            first is None and (block.hints.bold or block.hints.centered) and len(text) <= 2 * MAX_TITLE_LINE
        )
        if (
            (len(text) > MAX_TITLE_LINE and not (caps_subject or typed_subject))
            or cues().addressee_labels.at_start(text) is not None
            or (block.marker or block.hints.numbered)  # a list number, typed or Word's: the body began
            or (text.endswith(".") and not text.endswith("./.") and not caps_subject)
            or text.endswith(":")  # "…, kết quả như sau:" opens the body
            or (
                first is not None
                and (block.hints.bold, block.hints.centered) != (first.hints.bold, first.hints.centered)
            )
            or ol.starts_section(text)
            or ol.is_label_line(text)
            or ol.after_rule(text)  # the rule under the trích yếu, joined to the body's first line
            or (first is not None and _case_changes(parts[-1], text, first.text))
        ):
            break
        first = first or block
        parts.append(text)
        taken.add(i)
    return " ".join(" ".join(parts).split()), taken


def _above_subject(left: list[str]) -> list[str]:
    """The header's left lines above a letter's "V/v …" line: the trích yếu under the number
    names what the letter is about, not the body that issues it."""
    for i, text in enumerate(left):
        if cues().subject_line_openers.at_start(text) is not None:
            return left[:i]
    return left


def _subject_line(left: list[str]) -> str | None:
    """ "V/v triển khai thực hiện …" in the header's left column, under the number: the trích
    yếu of a letter, which has no kind line."""
    return " ".join(" ".join(left[len(_above_subject(left)) :]).split()) or None


def _case_changes(last: str, text: str, first: str) -> bool:
    """A trích yếu keeps the case of its first line; only capitals ("KẾT LUẬN CỦA BAN THƯỜNG VỤ
    ĐẢNG ỦY", the Party layout) may go on in normal case ("Về một số nội dung …"), once."""
    if ol.is_caps(text) == ol.is_caps(last):
        return False
    return not (ol.is_caps(first) and not ol.is_caps(text) and len(text) <= ol.MAX_FRAME_LINE)


def _addressees(blocks: tuple[Block, ...], start: int) -> set[int]:
    """ "Kính gửi: …" under the title (a paragraph, its dash lines, or a small table)."""
    taken: set[int] = set()
    for i in range(start, min(len(blocks), start + 6)):
        block = blocks[i]
        text = block.text.strip() or " ".join(p for row in block.rows for c in row if c for p in c.paragraphs)
        if not text.strip():
            continue
        if cues().addressee_labels.search(text[:40]) is not None or (taken and text.lstrip()[:1] in "-–•+"):
            taken.add(i)
            continue
        break
    return taken


def _document(
    document: Document, head: Lines, tail: Lines, blocks: tuple[Block, ...], kind_at: int | None
) -> tuple[OfficialDocument, tuple[Message, ...], dict[str, Location]]:
    left = [t for t in head.left if t and not ol.is_rule(t)]
    number = next((n for n in (ol.number(t) for t in left) if n), None)
    bodies: list[str] = []
    for text in (t for t in _above_subject(left) if ol.number(t) is None):
        if bodies and (
            cues().place_levels.at_start(text) is not None or cues().header_body_heads.at_start(text) is None
        ):
            bodies[-1] += " " + text  # "UỶ BAN NHÂN DÂN" / "TỈNH LÀO CAI" is one body
        else:
            bodies.append(text)
    issuer = bodies[-1] if bodies else None
    parent = " ".join(bodies[:-1]) or None
    system: DocumentSystem | None = None
    place_date: ol.PlaceDate | None = None
    for text in head.right:
        if cues().party_header_lines.at_start(text) is not None:
            system = "party"
        elif _national(text):
            system = system or "state"
        found = ol.find_place_date(text)
        if found is not None and place_date is None:
            place_date = found[1]
    if place_date is None and tail.dated:
        found = ol.find_place_date(tail.dated)
        place_date = found[1] if found is not None else None
    messages: list[Message] = []
    if place_date is not None and place_date.blank:
        messages.append(
            info("issue-date-blank", "the issue date is left blank (to be filled in when signed)")
        )
    recipients: list[str] = []
    for text in tail.left:
        if ol.is_recipient_label(text):
            text = text.split(":", 1)[1] if ":" in text else ""
        recipients += [ol.recipient(p) for p in ol.recipient_lines(text)]
    recipients = [r for r in recipients if r]
    signer: Signer | None = ol.signer(tail.right)
    kind = _kind_word(blocks[kind_at].text) if kind_at is not None else None
    official = OfficialDocument(
        kind=kind,
        number=number,
        issuer=issuer,
        parent_issuer=parent,
        system=system,
        place=place_date.place if place_date else None,
        date=place_date.date if place_date else None,
        signer=signer,
        recipients=tuple(recipients),
    )
    where = blocks[min(head.taken)].location if head.taken else None
    locations = {"/document": where} if where is not None else {}
    return official, tuple(messages), locations


def _kind_word(text: str) -> str:
    hit = cues().official_kinds.at_start(text.strip())
    stripped = text.strip()
    return stripped[hit.start : hit.end] if hit is not None else stripped


def apply(frame: Frame, result: Result[Report]) -> Result[Report]:
    """The report read from the body, with the frame's fields."""
    from dvtool.extract.zones import proper_case

    report, doc = result.value, frame.document
    if doc.signer is None and frame.signers:
        doc = dataclasses.replace(doc, signer=_lead_signer(frame.signers, doc, report, frame.body))
    changes: dict[str, object] = {"document": doc}
    filled = set()
    if frame.title:
        changes["title"] = frame.title
        filled.add("/title")
        if report.reporting_year is None:
            from dvtool.extract.lead import title_years

            reporting, plan = title_years(frame.title)
            changes["reporting_year"] = reporting
            changes["plan_year"] = report.plan_year or (plan if plan != reporting else None)
            filled |= {"/reporting_year"} if reporting else set()
            filled |= {"/plan_year"} if changes["plan_year"] else set()
    if doc.signer is not None and doc.signer.name:
        changes["author"] = doc.signer.name
        filled.add("/author")
    elif frame.byline and not report.author:
        changes["author"] = frame.byline
        filled.add("/author")
    if doc.issuer:
        changes["publisher"] = _publisher(doc, proper_case)
        filled.add("/publisher")
    changes["date"], dated = official_dates.report_date(frame.title, frame.body, doc.date, report.date)
    if dated:
        filled.add("/date")
    if any(m.code == "issue-date-blank" for m in frame.messages) and changes["date"] is None:
        filled.add("/date")  # no date to find: the note says the day is left for signing
    # the body's guess of a headline, or a field it missed, is not news when the frame gives it
    said = ("not-found", "title-guessed")
    messages = tuple(m for m in result.messages if not (m.code in said and m.pointer in filled))
    return Result(
        dataclasses.replace(report, **changes),  # type: ignore[arg-type]
        messages + frame.messages,
        {**result.locations, **frame.locations},
    )


MAX_DEPENDENT_BODY = 4  # "BAN DÂN VẬN", "VĂN PHÒNG", "BAN THƯỜNG TRỰC"


def _names_no_parent(issuer: str) -> bool:
    """ "Ban Dân vận" needs its parent to say whose it is; "Ban Dân vận Huyện ủy Yên Thành" does not."""
    return (
        cues().dependent_bodies.at_start(issuer) is not None
        and len(issuer.split()) <= MAX_DEPENDENT_BODY
        and not cues().place_levels.contains(issuer)
    )


def _party(signer: Signer) -> str:
    """ "ĐẠI DIỆN SỞ CÔNG THƯƠNG" -> "so cong thuong" (folded, for a search); "" for a signer
    who signs for no party ("TRƯỞNG ĐOÀN")."""
    from dvtool.vntext import fold

    position = signer.position or ""
    hit = cues().representative_words.at_start(position)
    return fold(position[hit.end :]).strip() if hit else ""


def _lead_signer(
    signers: tuple[Signer, ...], doc: OfficialDocument, report: Report, body: Document
) -> Signer:
    """Of the minutes' signatures, the issuing (or organizing) body's; else the host's in joint
    minutes; else the first row's right-hand one (the chair signs on the right, NĐ 30 Mẫu 1.9)."""
    from dvtool.vntext import fold

    bodies = [fold(b) for b in (doc.issuer, *report.organizers) if b]
    for signer in signers:
        where = fold(signer.position or "")
        if any(b and (b in where or where.endswith(b[-20:])) for b in bodies):
            return signer
    # "ĐẠI DIỆN …" in every cell: the parties of joint minutes; the body the opening sentence
    # names first leads ("Hôm nay, … Sở Nông nghiệp và Môi trường phối hợp với Sở Công Thương")
    parties = [_party(s) for s in signers]
    if all(parties):
        opening = fold(official_dates.opening(body) or "")
        found = [(opening.find(p), i) for i, p in enumerate(parties) if p in opening]
        return signers[min(found)[1]] if found else signers[0]
    return signers[1] if len(signers) > 1 else signers[0]


def _publisher(doc: OfficialDocument, proper_case: Callable[[str], str]) -> str:
    """The issuing body in normal case; a body named under its parent ("BAN DÂN VẬN" under
    "TỈNH ỦY NGHỆ AN") is followed by it: "Ban Dân vận Tỉnh ủy Nghệ An"."""

    # codes, numbers and abbreviations stay as written ("2872/QĐ-SCT", "PTNT", "HĐND")
    issuer = proper_case(doc.issuer or "")
    if doc.parent_issuer and _names_no_parent(issuer):
        return f"{issuer} {proper_case(doc.parent_issuer)}"
    return issuer
