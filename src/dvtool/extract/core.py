"""Free-form report -> Report: zones, the lead, sections, items, awards, byline.

The pipeline, each stage a small function:

1. zones: drop page chrome, find the page date, the title, the body, the byline/signature
   tail and the related headlines;
2. the lead (first paragraphs): date and time of day, location, organizers, chairs,
   attendees;
3. the body, paragraph by paragraph and sentence by sentence, through a small state machine
   (results -> limitations -> tasks, with remarks and awards recognised wherever they are);
   numbered headings ("II. TỒN TẠI, HẠN CHẾ") set the section directly when present;
4. years, and the year of a date written without one (see :mod:`dvtool.extract.dates`).

Every value filled gets a Location (the sentence it came from); every field left empty gets
a "not-found" warning (a note for an optional field).
"""

from __future__ import annotations

from collections.abc import Sequence

from dvtool.extract import attendance as _att
from dvtool.extract import people as _people
from dvtool.extract._text import (
    capitalize_first,
    clean,
    split_sentences,
    split_top_level,
    strip_trailing,
)
from dvtool.extract.among_tasks import cites_document, names_topic_only, no_task
from dvtool.extract.attachment_pointers import points_to_attachment
from dvtool.extract.award_counts import counted_or_unique, named_generic_counts
from dvtool.extract.awards import is_award_sentence
from dvtool.extract.blocks import Block, strip_marker
from dvtool.extract.bylines import take_dateline_source, take_top_byline
from dvtool.extract.captions import above_credits, broken_captions, without_captions
from dvtool.extract.conjecture import estimates
from dvtool.extract.credits import unglued_credits
from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.directions import (
    conjectures,
    enumerated_tasks,
    listed_solutions,
    listed_tasks,
    recommends,
    speech_tasks,
    task_pieces,
)
from dvtool.extract.directions import continues_direction as _continues_direction
from dvtool.extract.directions import directions as _directions
from dvtool.extract.directions import reported as _reported
from dvtool.extract.expressive import expresses
from dvtool.extract.figure_filters import counted_figures, heads_with_figures, reported_in_tasks
from dvtool.extract.joined import unjoined
from dvtool.extract.lead import (
    _find_years,
    _lead_date,
    _read_chairs,
    _take_lead,
    chair_cue,
)
from dvtool.extract.lead_awards import add_awards, lead_awards, title_awards
from dvtool.extract.limitation_turn import leaves_shortcomings
from dvtool.extract.needs import later_tasks, states_need
from dvtool.extract.numbers import drop_repeated, letter_spaced
from dvtool.extract.openers import (
    _TASK_WORDS,
    _continues_remark,
    _directs_list,
    _directs_what_follows,
    _ends_tasks,
    _has_section_cue,
    _is_caption,
    _is_remark,
    _names_coming_period,
    _reports_statement,
    _says_something,
    _signs_off,
    _speech_directions,
    _strip_enumerator,
    reports_period,
    subhead_section,
)
from dvtool.extract.plans import describes_facility, future_marker, meeting_scheduled
from dvtool.extract.requests import REQUESTS, Requests, section_of
from dvtool.extract.sapo import reports_share
from dvtool.extract.semicolon_shortcomings import prose_shortcomings
from dvtool.extract.set_tasks import (
    focus_tasks,
    heads_planned_list,
    names_directions_set,
    needed_list,
    planned_pieces,
    set_for_coming,
    subheading_like,
)
from dvtool.extract.shortcoming_focus import focused_shortcomings
from dvtool.extract.shortcomings import (
    listed_shortcomings,
    listed_turn,
    named_examples,
    split_shortcomings,
    states_shortcoming,
)
from dvtool.extract.speakers import carried_speaker
from dvtool.extract.speech_shortcomings import speech_shortcomings
from dvtool.extract.stamps import title_stamp
from dvtool.extract.state import ITEM_STATES, _Source, _State, not_found
from dvtool.extract.tails import _take_tail
from dvtool.extract.task_split import quantified_targets
from dvtool.extract.tasks_shortcomings import shortcoming_among_tasks, stated_between_directions
from dvtool.extract.title_chair import title_chair
from dvtool.extract.walk import _transition, _Walk, asks_after_shortcoming, continues_from
from dvtool.extract.zones import (
    _drop_chrome,
    _split_related,
    _take_header,
    _take_title,
    stale_clock,
    without_artefact,
)
from dvtool.messages import Result
from dvtool.model import Item, Person, Remark, Report

# ---------------------------------------------------------------------------------------
# entry point


def extract_blocks(blocks: Sequence[Block], source: str, *, official: bool = False) -> Result[Report]:
    """Extract a report from the blocks of a document not written in dvtool's layout; ``official``
    when they are the body of an office's document (its header and signature taken off)."""
    st = _State()
    cleaned = [(without_artefact(clean(b.text)), b) for b in blocks]
    body = unglued_credits([Block(text, b.kind, b.level, b.location) for text, b in cleaned if text])
    page_date, body = _drop_chrome(body, st)
    body = _split_related(body, st)
    body, header = _take_header(body, st)
    body = take_top_byline(_take_title(body, st, header), st)
    page_date = page_date or title_stamp(st)
    body = _take_tail(body, st)
    body = take_dateline_source(body, st)
    lead_sentences, body = _take_lead(body, st)
    _find_years(st, lead_sentences, body)
    page_date = stale_clock(page_date, st)
    _lead_date(st, lead_sentences, header, page_date or st.dateline_date, body)
    directing = bool(lead_sentences) and _directs_list(lead_sentences[-1].text)
    _walk_body(body, st, official=official or bool(header), directed=directing)
    lead_awards(lead_sentences, body, st)
    title_awards(st)
    title_chair(
        st, [*((s.text, s) for s in lead_sentences), *((b.text, _Source(b.text, b.location)) for b in body)]
    )
    st.awards, redundant = named_generic_counts(st.awards)  # the lead's count, a caption's form
    st.keep_awards([i for i in range(len(st.awards)) if i not in redundant])
    return _finish(st, source)


def extract_text(text: str, source: str) -> Result[Report]:
    """Extract a report from plain text (already decoded to NFC)."""
    from dvtool.extract.blocks import text_to_blocks

    return extract_blocks(text_to_blocks(text), source)


# ---------------------------------------------------------------------------------------
# the body


def _walk_body(blocks: list[Block], st: _State, *, official: bool = False, directed: bool = False) -> None:
    """``directed``: the lead ends by introducing directions ("… chủ trì giao ban … và kết luận yêu
    cầu Ủy ban nhân dân tỉnh chỉ đạo:"), so the body opens with them."""
    walk = _Walk(headed=any(b.kind == "heading" and section_of(b.text) in ITEM_STATES for b in blocks))
    if directed and not walk.headed:
        walk.state = "tasks"
    if not walk.headed:
        blocks = unjoined(blocks, lambda s: _is_remark(s) or _is_caption(s) or reports_period(s))
    captioned = above_credits(blocks) | broken_captions(blocks)  # "Đồng chí A trao …" over "Ảnh: …"
    for index, block in enumerate(blocks):
        walk.previous = (walk.previous[1], block)
        if walk.back_to is not None:
            walk.state, walk.back_to = walk.back_to, None
        if block.kind == "heading":
            section = section_of(block.text)
            if section in ITEM_STATES or section in ("remarks", REQUESTS):
                walk.state, walk.requests = section, Requests.under(block.text)
            walk.remark_open = False
            continue
        if block.kind in ("list_item", "table_row"):
            walk.remark_open = False
            _add_unit(strip_marker(block.text), block, st, walk, listed=True)
            continue
        if _is_caption(block.text) or index in captioned:  # neither a remark nor a result
            walk.previous = (walk.previous[0], walk.previous[0])  # the one a direction goes on from
            continue
        if walk.state == "tasks" and not walk.headed and subheading_like(block.text):
            continue  # "Chủ động phòng chống thiên tai, dịch bệnh sau mưa lũ": a news item's subheading
        if not walk.headed and (sub := subhead_section(block.text)) in ITEM_STATES:
            walk.state, walk.remark_open = str(sub), False
            continue  # "10 nhiệm vụ trọng tâm năm 2023": a news item's subheading
        goes_on = _continues_remark(block.text) or (
            walk.remark_directed and cues().imperative_openers.at_start(block.text) is not None
        )
        if walk.remark_open and goes_on and not _has_section_cue(block.text, st):
            _extend_remark(block, st, walk)
            continue
        if _is_remark(block.text):
            _add_remark(block, st, walk)
            continue
        walk.remark_open = False
        if walk.state == "limitations" and not (
            walk.headed or _has_section_cue(block.text, st) or block.text.rstrip().endswith(":")
        ):
            walk.state = walk.state if cues().shortcoming_markers.contains(block.text) else "results"
        if walk.state == "tasks" and not walk.headed and _ends_tasks(block.text, st):
            walk.state = "results"
            if _signs_off(block.text):
                continue
        if walk.state == "tasks" and not walk.headed and _reports_statement(block.text):
            _add_statement(block, st, walk)
            continue
        for sentence in without_captions(split_sentences(block.text)):
            _add_unit(sentence, block, st, walk, listed=False)
    own = {item.text for item in st.items["tasks"]}
    remedying = {src.text for piece, src in walk.directions if cues().remedy_verbs.contains(piece)}
    for piece, src in walk.directions:
        beside = _names_coming_period(src.text, st) or not (official or src.text in remedying)
        if not own or (beside and _item_text(piece) not in own):
            _append_item("tasks", piece, src, st)
    st.keep_awards(counted_or_unique(st.awards))


def _add_statement(block: Block, st: _State, walk: _Walk) -> None:
    """A statement reported among the tasks ("… cho hay …"): its directions ("… cần …", "…
    phải …") are tasks, its other sentences are read as results (a shortcoming among them is a
    limitation); the tasks go on after it."""
    for sentence in split_sentences(block.text):
        given = _directions(sentence, speech=True)
        for piece in given:
            _append_item("tasks", piece, _Source(sentence, block.location), st)
        if not given:
            walk.state = "results"
            _add_unit(sentence, block, st, walk, listed=False)
            walk.state = "tasks"


def _item_text(piece: str) -> str:
    return capitalize_first(strip_trailing(piece.strip()))


def _add_remark(block: Block, st: _State, walk: _Walk) -> None:
    sentences = split_sentences(block.text)
    _att.read_subject_attendance(block.text, _Source(block.text, block.location), st)  # "A dự và phát biểu"
    # an award sentence goes to the awards; one that names none ("Khen thưởng chiến sĩ … Phát
    # biểu tại lễ …", a crawler's subheading glued to the speech) stays in the speech
    kept = [s for s in sentences if not (is_award_sentence(s) and add_awards(s, block, st))]
    if not kept:
        return
    text = " ".join(kept)
    for s in (s for s in kept if reports_share(s)):  # "… cho biết …, tốc độ tăng trưởng … đạt 6,45%"
        _append_item("results", s, _Source(s, block.location), st)
    speaker = _people.find_speaker(text, tuple(st.chairs))
    if speaker is None:  # "Đồng chí yêu cầu …" after a caption or a paragraph naming the speaker
        speaker = carried_speaker(text, st)
    st.remarks.append(Remark(text=text, speaker=speaker))
    st.note(f"/remarks/{len(st.remarks) - 1}", _Source(text, block.location))
    walk.remark_open = True
    directions = _speech_directions(text, st)
    if directions:
        walk.state = "tasks"
        for piece in directions:
            _append_item("tasks", piece, _Source(text, block.location), st)
    elif not walk.headed:
        pieces, walk.remark_directed = speech_tasks(kept)
        if walk.state == "tasks":  # a speech among the tasks: its directions are more of them
            for piece in pieces:
                _append_item("tasks", piece, _Source(text, block.location), st)
        else:
            walk.directions.extend((piece, _Source(text, block.location)) for piece in pieces)
    if not walk.headed:
        _speech_limitations(kept, block, st)
    if text.endswith(":"):
        walk.remark_open = False
        # in a list of shortcomings, "Thường trực … lưu ý:" introduces more of them
        directs = _directs_what_follows(text) and walk.state != "limitations"
        if _TASK_WORDS.search(fold_aligned(text)) or directs:
            walk.state = "tasks"


def _speech_limitations(sentences: list[str], block: Block, st: _State) -> None:
    """A speech sentence that states shortcomings whole is split as among results: one per ";"
    part when every part states one, one per clause with a subject of its own (rule
    speech_split, lim12)."""
    for s in sentences:
        for piece in focused_shortcomings(s) or speech_shortcomings(s):
            for part in prose_shortcomings(piece) if piece == s else [piece]:
                _append_item("limitations", part, _Source(block.text, block.location), st)


def _extend_remark(block: Block, st: _State, walk: _Walk) -> None:
    last = st.remarks[-1]
    st.remarks[-1] = Remark(text=last.text + " " + block.text, speaker=last.speaker)
    if not walk.headed:
        pieces, walk.remark_directed = speech_tasks(split_sentences(block.text), walk.remark_directed)
        walk.directions.extend((piece, _Source(block.text, block.location)) for piece in pieces)
        _speech_limitations(split_sentences(block.text), block, st)


def _add_unit(text: str, block: Block, st: _State, walk: _Walk, *, listed: bool) -> None:
    src = _Source(text, block.location)
    if walk.state == REQUESTS:  # "Kiến nghị": requests to the unit are tasks, upwards none
        for piece in walk.requests.take(text, listed=listed):
            _append_item("tasks", piece, src, st)
        return
    if not listed and _att.read_in_body(text, src, st):
        return  # before awards: "Dự hội nghị có … các cá nhân được tặng Giấy khen" lists attendees
    if is_award_sentence(text):
        add_awards(text, block, st)
        return  # one that names none is no result either ("… được khen thưởng kịp thời")
    cut = (
        later_tasks(text)
        if not listed and not walk.headed and walk.state in ("results", "limitations")
        else None
    )
    if cut is not None:  # "… chưa cao…, trong thời gian tới chi bộ chủ động xây dựng kế hoạch …"
        _add_unit(text[: cut[0]].rstrip(" ,") + ".", block, st, walk, listed=False)
        walk.directions.extend((p, src) for p in task_pieces(text[cut[1] :].lstrip(" ,")))
        walk.direction_block = block  # the sentence after may go on with them ("Đẩy mạnh …")
        return
    if not listed and not st.chairs and walk.state == "results":
        chair = chair_cue(text)
        opening = chair is not None and chair.start == 0  # "Chủ trì hội nghị, Đại tướng A, …, chỉ đạo: …"
        if chair is not None and cues().event_nouns.contains(text):
            if opening or not _directions(text, speech=True):
                _read_chairs(text, chair, src, st)
            if st.chairs and not opening:
                return  # an opening chair also gives the directions read below
    if not listed and not walk.headed and (walk.state == "results" or asks_after_shortcoming(text, st, walk)):
        given = _directions(text, speech=False)
        if not given and continues_from(walk.direction_block, text, block, walk):
            given = _continues_direction(text)
        if not given and continues_from(walk.set_block, text, block, walk):
            given = focus_tasks(text)  # "Đại hội … đề ra phương hướng, nhiệm vụ … . Trọng tâm là A; B."
        opens = False
        if not given:  # "…, cơ quan thanh tra … đã xác định một số nhiệm vụ … 6 tháng cuối năm."
            given, opens = set_for_coming(text, st.reporting_year)
        walk.set_block = block if not given and (opens or names_directions_set(text)) else None
        if not given and (_directs_list(text) or heads_planned_list(text)):
            walk.state = "tasks"  # "…, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"
            return
        walk.direction_block = block if given else None
        need = states_need(text) if not given and not _has_section_cue(text, st) else None
        if need is not None:  # "Các địa phương cũng cần quan tâm …": its clause and after
            given = [p for p in _directions(text, speech=True) if text.find(p) + len(p) > need]
            walk.direction_block = block if given else None
        if given:
            walk.directions.extend((piece, src) for piece in given)
            if text.rstrip().endswith(":"):
                walk.state = "tasks"  # "Chủ tịch UBND tỉnh yêu cầu các cơ quan … nội dung sau:"
            for piece in named_examples(text) or stated_between_directions(text):  # "… như A chưa …; B …"
                _append_item("limitations", piece, src, st)
            return
    if listed and walk.state == "tasks" and cites_document(text):
        return  # "- Nghị định số 24/2026/NĐ-CP …" under "… phổ biến các văn bản sau:": what is asked about
    if listed and not walk.headed:
        walk.state, introduces = listed_turn(text, walk.state)
        if introduces:
            return
    parts: list[str] = [text]
    split_colon = False
    if not walk.headed and not listed:
        turned = walk.state == "limitations" and walk.back_to is not None
        parts, split_colon = _transition(text, st, walk)
        if turned and walk.state == "limitations" and not split_colon and leaves_shortcomings(text):
            _append_item("results", text, src, st)  # rule unmarked_after_contrast
            return
    elif cues().enumerators.at_start(text):
        parts = [_strip_enumerator(text)]
    if walk.state not in ITEM_STATES:
        return
    if walk.state == "tasks" and no_task(text, prose=not listed and not walk.headed):
        _append_item("results", text, src, st, counted=False)  # "… cơ bản nhất trí với báo cáo …"
        return
    if walk.state == "tasks" and not listed and not walk.headed and shortcoming_among_tasks(text):
        for piece in prose_shortcomings(text):  # rule shortcoming_among_tasks: "… còn thấp."
            _append_item("limitations", piece, src, st)
        return
    if walk.state == "results" and not listed and not walk.headed:
        solutions = listed_solutions(text) or needed_list(text)
        if solutions:
            walk.directions.extend((piece, src) for piece in solutions)
            walk.direction_block = block  # "… giải pháp chủ yếu về: A; B." / "Bên cạnh đó, tập trung C."
            return
    focused = focused_shortcomings(text) if walk.state in ("results", "limitations") and not listed else []
    if focused:  # "Các ý kiến vướng mắc … chủ yếu về A, B, C" (rule focused_shortcomings)
        for piece in focused:
            _append_item("limitations", piece, src, st)
        return
    if walk.state == "results" and not listed and states_shortcoming(text):
        for piece in split_shortcomings(text) if walk.headed else prose_shortcomings(text):
            _append_item("limitations", piece, src, st)
        return
    if walk.state == "results" and not listed and not walk.headed:
        if cues().event_nouns.at_start(text):
            # "Hội nghị sẽ đánh giá … của 12 tỉnh": the meeting itself, its numbers are no results
            _append_item("results", text, src, st, counted=False)
            return
        future = future_marker(text)
        if future is not None and (
            cues().agenda_subjects.contains(text[: future.start]) or meeting_scheduled(text[: future.start])
        ):
            # "Các đại biểu sẽ được nghe …", "Kỳ họp dự kiến được tổ chức …": its agenda, no task
            _append_item("results", text, src, st, counted=False)
            return
        if future is not None and (conjectures(text) or describes_facility(text[: future.start])):
            # "Nếu … sẽ …", "Nhà máy … có công suất 650.000 tấn/năm, … sẽ …": neither a plan nor a result
            _append_item("results", text, src, st, counted=False)
            return
        if future is not None and estimates(text, future):  # "… dự kiến tăng 8,2%": a result
            future = None
        if future is not None and not _reported(text[: future.start]) and not recommends(text):
            # a plan stated in the report: a task, one per ";" part
            walk.directions.extend((piece, src) for piece in planned_pieces(text, future.start))
            return
    pieces: list[str] = []
    for part in parts:
        if split_colon and walk.state == "limitations":  # "… tồn tại, hạn chế: A chưa …, B chưa …, C …"
            pieces.extend(listed_shortcomings(part))
        elif split_colon:
            pieces.extend(split_top_level(part, ";"))
        elif walk.state == "limitations":
            pieces.extend(split_shortcomings(part) if walk.headed or listed else prose_shortcomings(part))
        elif walk.state == "tasks":
            pieces.extend(q for p in enumerated_tasks(part) for q in listed_tasks(p))
        else:
            pieces.append(part)
    for piece in pieces:
        _append_item(walk.state, piece, src, st)


def _append_item(section: str, piece: str, src: _Source, st: _State, *, counted: bool = True) -> None:
    piece = strip_trailing(piece.strip().lstrip(":;, ").strip())  # ": Phát động …" after "thống nhất:"
    if not piece or (piece.endswith(":") and not heads_with_figures(section, piece)) or len(piece) < 3:
        return  # a list header ("… các giải pháp sau:") is not an item, unless it states figures
    if section == "results" and letter_spaced(piece):
        return  # "V ề t h ự c h i ệ n": a letter-spaced heading of a PDF text layer (fig12)
    if section == "limitations" and points_to_attachment(piece):
        return  # "… tổng hợp số liệu …: Thống kê tại phụ lục số 1 kèm theo." (tasks: official_foot)
    if section == "tasks" and (not _says_something(piece) or names_topic_only(piece) or expresses(piece)):
        return  # "./.", "(CTV: Khánh Nguyễn)", "Ý kiến ()": page furniture; "Về công tác quản lý"; thanks
    if section == "tasks" and len(targets := quantified_targets(piece)) > 1:
        for target in targets:  # "Tăng trưởng GRDP bình quân 10%/năm, GRDP đầu người trên 6.000 USD, …"
            _append_item(section, target, src, st, counted=counted)
        return
    item_text = capitalize_first(piece)
    items = st.items[section]
    items.append(Item(item_text, counted_figures(item_text) if counted else ()))
    st.note(f"/{section}/{len(items) - 1}", src)


# ---------------------------------------------------------------------------------------
# result


def _finish(st: _State, source: str) -> Result[Report]:
    reported_in_tasks(st.items["results"], st.items["tasks"])
    drop_repeated([st.items["results"], st.items["limitations"]])
    report = Report(
        title=st.title,
        date=st.date,
        time_of_day=st.time_of_day,  # type: ignore[arg-type]
        location=st.location,
        organizers=tuple(st.organizers),
        chairs=tuple(Person(p.name, p.titles) for p in st.chairs),
        attendees=tuple(st.attendees),
        reporting_year=st.reporting_year,
        plan_year=st.plan_year,
        results=tuple(st.items["results"]),
        limitations=tuple(st.items["limitations"]),
        tasks=tuple(st.items["tasks"]),
        remarks=tuple(st.remarks),
        awards=tuple(st.awards),
        author=st.author,
        publisher=st.publisher,
        related=tuple(st.related),
    )
    messages = list(st.messages) + not_found(report, st.messages)
    return Result(report, tuple(messages), dict(st.locations))
