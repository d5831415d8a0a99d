"""The foot of an official document: Nơi nhận and the signature (a table, two columns typed as
lines, or a bare position over a name), the closing formulas above them, and the byline a web
copy puts where the signature was. :mod:`dvtool.interpret.official` takes them off."""

from __future__ import annotations

from dataclasses import dataclass, field

from dvtool.document import Block
from dvtool.extract.attachment_pointers import points_to_attachment
from dvtool.extract.cues import cues
from dvtool.interpret import official_lines as ol
from dvtool.interpret.task_drops import without_items, without_tasks
from dvtool.messages import Location, Result
from dvtool.model import Report, Signer
from dvtool.vntext import fold

TAIL_REACH = 30  # blocks from the end the footer may span
MAX_CAPTION = 250  # an appendix caption ("PHỤ LỤC", "Biểu số 01: …") is one line


@dataclass
class Lines:
    """The frame's lines, by column, and the blocks they came from."""

    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)
    signers: list[Signer] = field(default_factory=list)  # a minutes' signature table
    dated: str = ""  # a place-and-date line over a signature, when the header has none


def tail(blocks: tuple[Block, ...], taken: set[int]) -> Lines:
    """Nơi nhận and the signature at the foot: a table, or paragraphs typed as two columns; also
    above a long appendix ("Phụ lục 01 …" after the signature, beyond the foot's reach)."""
    lines = _tail(blocks, taken)
    if lines.taken or lines.signers:
        return lines
    start = max(taken, default=-1) + 1
    for i in range(start, len(blocks) - TAIL_REACH):
        if _is_appendix(blocks[i]):
            above = _tail(blocks[:i], taken)
            return above if above.taken or above.signers else lines
    return lines


def _tail(blocks: tuple[Block, ...], taken: set[int]) -> Lines:
    lines = Lines()
    first = max(len(blocks) - TAIL_REACH, max(taken, default=-1) + 1)
    # an appendix ("PHỤ LỤC", "Biểu số 01") after the signature is body, not footer
    end = next((i for i in range(first, len(blocks)) if _is_appendix(blocks[i])), len(blocks))
    blocks = blocks[:end]
    for i in range(len(blocks) - 1, first - 1, -1):
        block = blocks[i]
        if block.kind == "table":
            cells = [[c.paragraphs if c else () for c in row] for row in block.rows]
            flat = [p for row in cells for c in row for p in c]
            if any(ol.is_recipient_label(p) or ol.is_authority(p) for p in flat):
                for row in cells:
                    lines.left += list(row[0]) if row else []
                    lines.right += [p for c in row[1:] for p in c]
                lines.taken.add(i)
                return _with_signature_above(blocks, lines, first)
            signed = [
                c.paragraphs
                for row in block.rows
                for c in row
                if c is not None and ol.signature_cell(c.paragraphs)
            ]
            if len(signed) >= 2 and not lines.taken:
                lines.signers = [s for s in (ol.signer(list(c)) for c in signed) if s is not None]
                lines.taken.add(i)
    start = next(
        (i for i in range(len(blocks) - 1, first - 1, -1) if ol.is_recipient_label(blocks[i].text.strip())),
        None,
    )
    if start is None:
        start = next(
            (
                i
                for i in range(len(blocks) - 1, max(first, len(blocks) - 8) - 1, -1)
                if ol.is_authority(blocks[i].text.split("\n", 1)[0])
            ),
            None,
        )
        if start is None:
            return _bare_signature(blocks, lines, first)
    in_list = True
    for i in range(start, len(blocks)):
        lines.taken.add(i)
        # a paragraph typed with line breaks (Shift+Enter: "KT. GIÁM ĐỐC↵PHÓ GIÁM ĐỐC↵↵Tên")
        # is read line by line, as the same lines typed as paragraphs are
        for typed in blocks[i].text.split("\n"):
            text = typed.strip()
            if not text:
                continue
            left, right = ol.split_signature_line(text)
            listed = blocks[i].kind == "list_item" or bool(blocks[i].marker) or left[:1] in "-–•+"
            if ol.is_authority(text) or (not ol.is_recipient_label(left) and not listed):
                in_list = in_list and ol.is_recipient_label(left)
                left, right = ("", text) if not ol.is_recipient_label(left) else (left, right)
            if left and in_list:
                lines.left.append(left)
            if right:
                lines.right.append(right)
    return _with_signature_above(blocks, lines, first)


MAX_SIGNED_NAME_WORDS = 4  # "Đặng Thị Hà Hoàng Minh Dương": two names of a two-column signature


def _bare_signature(blocks: tuple[Block, ...], lines: Lines, first: int) -> Lines:
    """A signature with no authority and no Nơi nhận, the last lines of minutes or of a
    resolution: a position ("Người lập biên bản", "Thư ký", "HIỆU TRƯỞNG") over a name."""
    filled = [
        i for i in range(len(blocks) - 1, max(first, len(blocks) - 6) - 1, -1) if blocks[i].text.strip()
    ]
    if len(filled) < 2:
        return lines
    name_at, above = filled[0], filled[1:]
    name = blocks[name_at].text.strip()
    if not ol.is_name(name):
        return lines
    positions: list[int] = []
    for i in above[:2]:
        text = blocks[i].text.strip()
        if ol.is_signature_note(text):
            positions.append(i)
            continue
        signing = ol.is_caps(text) or cues().minutes_signers.at_start(text) is not None
        if not signing or len(text) > ol.MAX_FRAME_LINE or text.endswith((".", ";", ":", ",")):
            break
        positions.append(i)
    if not any(not ol.is_signature_note(blocks[i].text) for i in positions):
        return lines
    top = min(positions)
    # two signatures typed side by side lose their columns in a text export: the positions
    # are kept, the names ("Đặng Thị Hà Hoàng Minh Dương") cannot be told apart
    last = name_at + 1 if len(name.split()) <= MAX_SIGNED_NAME_WORDS else name_at
    lines.right = [blocks[i].text.strip() for i in range(top, last) if blocks[i].text.strip()]
    lines.taken |= set(range(top, len(blocks)))
    dated = next((i for i in above if i < top), None)
    found = ol.find_place_date(blocks[dated].text.strip()) if dated is not None else None
    if dated is not None and found is not None and found[0] == 0:  # not "… 30 phút, ngày …"
        lines.dated = blocks[dated].text.strip()  # "Hoàng Lương, ngày 07 tháng 10 năm 2020"
        lines.taken |= set(range(dated, top))
    return lines


CLOSING_MARK = "/."  # the text of an official document ends with "./." (NĐ 30/2020)


MAX_MINUTES_CLOSING = 3  # "Biên bản kết thúc vào …", "Sau khi đọc lại …", "Biên bản này gồm 02 trang"


def closing(blocks: tuple[Block, ...], tail: set[int]) -> set[int]:
    """The closing sentence right above the footer ("… thông báo để … biết, thực hiện./.",
    "Trên đây là báo cáo …/."), and the closing formulas of minutes ("Cuộc họp kết thúc vào
    hồi …", "Biên bản được lập thành 02 bản …", NĐ 30/2020 Mẫu 1.9): formulas, not results or
    tasks."""
    if not tail:
        return set()
    closing: set[int] = set()
    for i in range(min(tail) - 1, max(-1, min(tail) - 8), -1):
        text = blocks[i].text.strip()
        if not text:
            continue
        if cues().minutes_closings.search(text) is not None and len(closing) < MAX_MINUTES_CLOSING:
            closing.add(i)
            continue
        if text.endswith(CLOSING_MARK) and not closing and not _directs(text):
            closing.add(i)
        break
    return closing


_REQUEST_REACH = 50  # "Sở Nông nghiệp và Môi trường yêu cầu Công ty …": the issuer, then its request


def _directs(text: str) -> bool:
    """A closing sentence that is the last direction, not a formula: the issuer's own request
    ("Sở Công Thương đề nghị các Sở, ban, ngành … triển khai thực hiện …./.") or a point that
    opens with a verb ("Tổ chức trực ban nghiêm túc …./."), also glued by a PDF ("Căn cứ kết
    luận …, đềnghịcác cơ quan … triển khai thực hiện./."), or a request after the formula;
    "Trên đây là báo cáo …, đề nghị Thanh tra tỉnh tổng hợp./." and "… thông báo để Công ty
    biết, thực hiện./." stay formulas."""
    from dvtool.extract._text import split_sentences
    from dvtool.extract.requests import is_upward

    first, *later = split_sentences(text)
    if cues().task_verbs.at_start(first) is not None:
        return True
    verbs = cues().body_direction_verbs
    head = first[:_REQUEST_REACH]
    verb = verbs.search(head) or next(verbs.glued_finditer(head, after_clause=True), None)
    if verb is not None and not is_upward(first):
        return True
    # "Trên đây là kết luận … . Yêu cầu các đơn vị khẩn trương triển khai thực hiện./.": the
    # formula, then a request of its own to those who carry the conclusions out; also after a
    # contrast ("… thống nhất trình … . Tuy nhiên, đề nghị cơ quan soạn thảo hoàn chỉnh …/.")
    return any(verbs.at_start(_without_contrast(s)) is not None and not is_upward(s) for s in later)


def _without_contrast(sentence: str) -> str:
    lead = cues().contrast_connectives.at_start(sentence)
    return sentence if lead is None else sentence[lead.end :].lstrip(" ,")


def attachments(blocks: tuple[Block, ...], taken: set[int]) -> set[int]:
    """ "Phụ lục 01 / Giải pháp thiết kế chủ yếu …" after the signature or the closing formula:
    an attachment to the document (its tables of indicators, its design parameters), whose
    "Giải pháp …" headings and "Label: value" lines are no tasks; the indexes from its heading to
    the end. None before the document is signed or closed, or when nothing of the foot was
    found."""
    foot_at = max((i for i in taken if i > len(blocks) // 3), default=None)
    if foot_at is None:
        return set()
    start = next((i for i in range(foot_at + 1, len(blocks)) if _is_appendix(blocks[i])), None)
    return set(range(start, len(blocks))) if start is not None else set()


Where = tuple[int | None, int | None, int | None]


def where(location: Location | None) -> Where:
    """A block's place (line, paragraph, table), as a task's source location gives it."""
    if location is None:
        return (None, None, None)
    return (location.line, location.paragraph, location.table)


def without_attachment_tasks(result: Result[Report], places: frozenset[Where]) -> Result[Report]:
    """The report without the tasks read from an appendix after the signature (:func:`attachments`);
    its tables of indicators still give results."""
    if not places or not result.value.tasks:
        return result
    return without_tasks(
        result, lambda i, _: (at := result.locations.get(f"/tasks/{i}")) is not None and where(at) in places
    )


def _is_appendix(block: Block) -> bool:
    text = block.text.strip()
    return bool(text) and len(text) <= MAX_CAPTION and cues().appendix_headings.at_start(text) is not None


def _with_signature_above(blocks: tuple[Block, ...], lines: Lines, first: int) -> Lines:
    """A signature typed above the Nơi nhận list (authority, position, name lines)."""
    if not lines.taken or any(ol.is_authority(t) for t in lines.right):
        return lines
    top = min(lines.taken)
    above: list[int] = []
    for i in range(top - 1, max(first, top - 6) - 1, -1):
        text = blocks[i].text.strip()
        if text and (len(text) > ol.MAX_FRAME_LINE or text.endswith((".", ":", ";"))):
            break
        above.append(i)
        if ol.is_authority(text):
            lines.right = [blocks[j].text.strip() for j in sorted(above)] + lines.right
            lines.taken |= set(above)
            return lines
    # minutes: "THƯ KÝ   CHỦ TỌA" over the names, above the Nơi nhận
    bare = _bare_signature(blocks[:top], Lines(), first)
    if bare.taken and not lines.right:
        lines.right, lines.dated = bare.right, bare.dated
        lines.taken |= bare.taken
    return lines


def byline(blocks: tuple[Block, ...], first: int) -> tuple[str | None, set[int]]:
    """ "Tác giả:" and the name under it (or after it) near the end of a web copy that left
    out the signature: the author; the label, the name and the source lines under them
    ("Nguồn: …") are no body text."""
    from dvtool.extract.layout_words import layout_words

    start = max(first, len(blocks) - TAIL_REACH // 3)
    for i in range(len(blocks) - 1, start - 1, -1):
        label, sep, value = blocks[i].text.strip().partition(":")
        if not sep or layout_words().label_fields.get(fold(label).strip()) != "author":
            continue
        after = [j for j in range(i + 1, len(blocks)) if blocks[j].text.strip()]
        name = value.strip() or (blocks[after[0]].text.strip() if after else "")
        if not ol.is_name(name.title()) or len(name.split()) > MAX_SIGNED_NAME_WORDS + 1:
            return None, set()
        return name, set(range(i, len(blocks)))
    return None, set()


_ITEM_MARKERS = "-–•+*"  # a recipient typed as a list item


def stray_feet(blocks: tuple[Block, ...]) -> set[int]:
    """A foot the frame did not take: a Nơi nhận list above an attachment ("Nơi nhận: - CT, các
    PCT UBND huyện; …" then "BIÊN BẢN …"), over an annex beyond the foot's reach, or in a copy
    whose header the frame missed; the label, its list and the closing formula above it are no
    body text (a recipient is no task)."""
    stray: set[int] = set()
    for i, block in enumerate(blocks):
        if i not in stray and ol.is_recipient_label(block.text.strip()):
            foot = _recipient_list(blocks, i)
            stray |= foot | {j for j in closing(blocks, foot) if _formula(blocks[j].text)}
    return stray


def _formula(text: str) -> bool:
    """A closing that only sums up ("Trên đây là …/.") or closes minutes, not a last point
    ending "./." in a copy whose frame was missed."""
    text = text.strip()
    words = cues()
    return words.summary_openers.at_start(text) is not None or words.minutes_closings.search(text) is not None


def _recipient_list(blocks: tuple[Block, ...], label: int) -> set[int]:
    """The label and the list under it (an item wrapped onto a second line included); the
    signature under it stays, for a copy whose frame was missed it is the author's."""
    taken = {label}
    wraps = False  # the last item ends without ";", "," or "." and goes on on the next line
    i = label + 1
    while i < len(blocks):
        text = blocks[i].text.strip()
        left = ol.split_signature_line(text)[0].strip() if text else ""
        listed = blocks[i].kind == "list_item" or bool(blocks[i].marker) or left[:1] in _ITEM_MARKERS
        if text and not listed and not (wraps and len(text) <= ol.MAX_FRAME_LINE):
            break
        taken.add(i)
        wraps = bool(left) and not left.endswith((";", ",", "."))
        i += 1
    return taken


def without_stray_tasks(result: Result[Report], blocks: tuple[Block, ...]) -> Result[Report]:
    """The report without the items read from a foot the frame did not take (:func:`stray_feet`):
    a recipient ("CT, các PCT UBND huyện", "Lưu VPĐU."), the label line, the closing formula,
    whether read as a task, a limitation or a result; and without the tasks that only point to an
    attachment. Only those items go: the body stages read the rest of the document as before."""
    report = result.value
    if not (report.tasks or report.limitations or report.results):
        return result
    lines = tuple(_key(blocks[i].text) for i in sorted(stray_feet(blocks)))

    def stray(text: str) -> bool:
        key = _key(text)
        return len(key) > 0 and any(key in line for line in lines)

    for section in ("results", "limitations"):
        result = without_items(result, section, lambda _, item: stray(item.text))
    # "4. Bảng tổng hợp số liệu …: Thống kê tại phụ lục số 1 kèm theo.": a pointer, no task
    return without_tasks(result, lambda _, item: stray(item.text) or points_to_attachment(item.text))


def _key(text: str) -> str:
    return " ".join(fold(text).strip().lstrip(_ITEM_MARKERS).split()).strip(" .;,/")
