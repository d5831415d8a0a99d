"""Shortcomings stated inside results paragraphs and speeches of a news item: "Tuy nhiên, …
còn …", "… gặp khó khăn do …", "… chưa thường xuyên", one item per shortcoming. Every phrase
comes from ``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract._text import in_parentheses, split_sentences, split_top_level, strip_trailing
from dvtool.extract.attained_contrast import contrasted_main
from dvtool.extract.cues import CueMatch, cues, fold_aligned
from dvtool.extract.directions import recommends, reported, voter_subjects
from dvtool.extract.shortcoming_examples import named_difficulties
from dvtool.extract.shortcoming_frames import framed_only, nominalized

_VOTER_WINDOW = 40  # characters after "cử tri" in which "ý kiến", "kiến nghị" … make it their request


def opens_as_task(text: str) -> bool:
    """The text opens as a task stated without its subject: a verb of doing ("Tăng cường …",
    "Đẩy nhanh …") or an imperative opener."""
    c = cues()
    return c.task_verbs.at_start(text) is not None or c.imperative_openers.at_start(text) is not None


def shortcoming_before_task(text: str) -> bool:
    """ "Tuy nhiên, … còn ý kiến khác nhau, đòi hỏi phải …" states a shortcoming; "Bên cạnh
    đó, các đơn vị cần … khó khăn …" is a task that names one."""
    marker = cues().shortcoming_markers.search(text)
    modal = cues().task_modals.search(text)
    return marker is not None and (modal is None or marker.start < modal.start)


def contrast_shortcoming(text: str, *, glued: bool = False) -> bool:
    """ "Tuy nhiên, qua kiểm tra cho thấy, Công ty không tổ chức …", "Tuy nhiên, thẳng thắn
    nhìn nhận, tiến độ … chưa đạt yêu cầu": a contrast followed by a word that states a
    shortcoming, before any word that states a task ("cần …"). With ``glued``, also a contrast
    whose words lost their spaces in a PDF's text ("Bên cạnh những kết quảđạt được, …")."""
    contrast = cues().contrast_connectives.at_start(text)
    if contrast is None and glued:
        contrast = cues().contrast_connectives.glued_at_start(text)
    return contrast is not None and shortcoming_before_task(text[contrast.end :])


def states_shortcoming(text: str) -> bool:
    """A results sentence that states a difficulty or a shortcoming is a limitation, unless
    it tells how one was overcome ("tháo gỡ khó khăn")."""
    found = stated_phrase(text) or negated_clause(text)
    return (
        found is not None
        and not voiced_by_voters(text)
        and not explains_meeting(text, found)
        and not discussed(text, found)
        and not recommends(text)
        and not conceded(text, found)
        and not prevented(text, found)
        and not framed_only(text, found)
    )


def prevented(text: str, found: CueMatch) -> bool:
    """ "không để xảy ra ách tắc", "Tuyệt đối không được để … còn nhếch nhác": the shortcoming
    word is what is prevented or forbidden in its ";" part, not a shortcoming stated."""
    part = text[text.rfind(";", 0, found.start) + 1 : found.start]
    return cues().prevention_words.contains(part)


def discussed(text: str, found: CueMatch) -> bool:
    """ "Hội nghị đã chỉ ra những tồn tại, hạn chế", "tháo gỡ khó khăn": the meeting discusses or
    overcomes difficulties and states none. A predicate between the verb and the difficulty
    ("Công tác quản lý, đánh giá cán bộ còn rất khó khăn") makes the verb part of the subject; so
    does a comma or a colon right after the verb, which then introduces what is stated ("Đồng chí
    thẳng thắn chỉ ra, công tác cải cách hành chính chưa có nhiều chuyển biến"), and so does a
    contrast between them, which opens a clause of its own ("Tổng số vụ việc phải giải quyết …,
    tuy nhiên, việc xử lý tài sản đảm bảo còn khó khăn")."""
    meta = list(cues().limitation_meta.finditer(text[: found.start]))
    if not meta:
        return False
    if nominalized(text, meta[-1].start):
        return False  # "công tác nắm bắt dư luận … còn chậm": the verb names the work, the subject
    between = text[meta[-1].end : found.start]
    return not (
        between.lstrip().startswith((",", ":"))
        or cues().predicate_markers.contains(between)
        or any(
            a.contains(text[found.start : found.end]) for a in cues().degree_adverbs.values()
        )  # "còn rất …"
        or cues().contrast_connectives.contains(between)
    )


def conceded(text: str, found: CueMatch) -> bool:
    """ "Tuy còn gặp nhiều khó khăn do dịch bệnh, tổ chức Hội … tiếp tục lao động sản xuất",
    "Trước tình hình dịch bệnh diễn biến phức tạp, phong trào … đã …", "… trong điều kiện nhiều
    khó khăn, thách thức, song Công ty … đã …", "… tăng trưởng 5% mặc dù kinh tế khó khăn": the
    difficulty frames a main clause that states results, so the sentence praises. A main clause
    that states a shortcoming or asks for something ("trong bối cảnh thị trường còn biến động,
    Công ty cần …") keeps it one. A concession that opens the sentence and a contrast after the
    difficulty ("Mặc dù … gặp nhiều khó khăn, …; tuy nhiên, … đã đạt và vượt kế hoạch") make the
    contrast's clause the main one (rule attained-after-contrast)."""
    contrasted = contrasted_main(text, found)
    if contrasted is not None:
        return _praises(contrasted)
    clause_start = text.rfind(",", 0, found.start) + 1
    clause = text[clause_start : found.start]
    trailing = cues().concessive_openers.search(clause)
    if trailing is not None and cues().contrast_connectives.contains(clause[trailing.start :]):
        trailing = None  # "mặc dù … song … khá chậm", "tuy nhiên …": a contrast states it
    main = text[: clause_start + trailing.start] if trailing is not None else ""
    # "… tăng trưởng 5% so với cùng kỳ mặc dù kinh tế khó khăn.": the main clause comes first
    if not main.strip(" ,") or text.find(",", found.end) >= 0:
        framed = (
            cues().concessive_openers.at_start(clause) is not None
            and cues().contrast_connectives.at_start(clause) is None
        ) or cues().circumstance_openers.search(clause) is not None
        if not framed or cues().contrast_connectives.contains(clause):
            return False
        comma = text.find(",", found.end)
        if comma < 0:
            return False
        main = text[comma + 1 :]
    return _praises(main)


def _praises(main: str) -> bool:
    """The main clause of a concession states neither a shortcoming (unless overcome) nor a task."""
    stated = stated_phrase(main) or negated_clause(main)
    overcome = stated is not None and cues().limitation_meta.contains(main[: stated.start])
    return (stated is None or overcome) and cues().task_modals.search(main) is None


def stated_phrase(text: str) -> CueMatch | None:
    """The first shortcoming phrase that is not who was helped ("tặng quà hội viên gặp khó
    khăn", "hỗ trợ … cho hộ khó khăn"); "việc hỗ trợ … còn gặp khó khăn" states one."""
    for found in cues().shortcoming_phrases.finditer(text):
        if in_parentheses(text, found.start) or _names_difficulties(text, found):
            continue
        clause = text[text.rfind(";", 0, found.start) + 1 : found.start]
        helped = cues().help_verbs.search(clause)
        if helped is None or _marked_after_help(clause[helped.end :]):
            return found
    return None


def _marked_after_help(text: str) -> bool:
    """A shortcoming marker after a verb of help ("việc hỗ trợ … còn gặp khó khăn"), other than a
    hardship of who is helped ("tặng quà … cho CNVC-LĐ có hoàn cảnh khó khăn, người lao động …")."""
    for marker in cues().shortcoming_markers.finditer(text):
        head = text[: marker.start].rstrip()
        hardship = cues().difficulty_nouns.matches_whole(marker.cue) and cues().hardship_holders.ends_with(
            head
        )
        if not hardship:
            return True
    return False


_LISTED_NOUN_WORDS = 2  # "mọi thử thách, khó khăn": the noun listed first under the determiner


def _names_difficulties(text: str, found: CueMatch) -> bool:
    """A bare "khó khăn" that describes who or where ("hộ khó khăn", "vùng khó khăn", "hoàn cảnh
    đặc biệt khó khăn") or that names the difficulties a meeting reported or proposed to solve
    ("báo cáo … những khó khăn thử thách", "kiến nghị … những khó khăn, vướng mắc"): no
    shortcoming is stated. "còn những khó khăn", "gặp khó khăn" state one."""
    if not cues().difficulty_nouns.matches_whole(found.cue):
        return False
    head = text[: found.start].rstrip()
    if cues().hardship_holders.ends_with(head) is not None:
        return True
    listed, determiner = head, cues().difficulty_determiners.ends_with(head)
    if determiner is None and head.endswith(","):  # "trước mọi thử thách, khó khăn": one list
        words = head[:-1].split(" ")
        for n in range(1, _LISTED_NOUN_WORDS + 1):
            listed = " ".join(words[:-n])
            determiner = cues().difficulty_determiners.ends_with(listed)
            if determiner is not None:
                break
    if determiner is None:
        return False
    before = listed[: determiner.start].rstrip()
    return cues().difficulty_predicates.ends_with(before) is None


def explains_meeting(text: str, found: CueMatch) -> bool:
    """ "Do tình hình dịch Covid-19 diễn biến phức tạp, nên buổi tiếp xúc không quá 10 cử tri":
    the difficulty is the cause of how the meeting itself was held, not a shortcoming stated."""
    if cues().cause_openers.search(text[: found.start]) is None:
        return False
    so = cues().consequence_words.search(text, found.end)
    if so is None:
        return False
    after = text[so.end :]
    return cues().event_nouns.contains(after) or cues().meeting_words.contains(after)


def voiced_by_voters(text: str) -> bool:
    """ "… có 08 lượt cử tri tham gia ý kiến … như: giá điện tăng cao; …": what voters raise at
    a voter meeting is their request, not a shortcoming the meeting states."""
    for voter in voter_subjects(text):
        if cues().voter_request_verbs.contains(text[voter.end : voter.end + _VOTER_WINDOW]):
            return True
    return False


def negated_clause(text: str) -> CueMatch | None:
    """ "… chưa thường xuyên", "… vẫn chưa hồi phục", "… còn tiềm ẩn rủi ro": a clause that
    says what is not yet done or still wrong; "chưa từng có" and the like praise instead."""
    for found in cues().shortcoming_clauses.finditer(text):
        if in_parentheses(text, found.start):
            continue
        clause = text[text.rfind(",", 0, found.start) + 1 : found.start]
        if cues().former_state_markers.contains(clause):
            continue  # "chuyển từ trạng thái kinh doanh chưa có lợi nhuận sang có lãi"
        if cues().not_shortcomings.at_start(text[found.start :]) is not None:
            continue
        if cues().failures.at_start(text[found.start :]) is not None or not reported(
            _without_attainment(text[: found.start])
        ):
            return found  # "… đã không đạt mức phấn đấu": what failed, whatever came before
    return None


def _without_attainment(before: str) -> str:
    """The words before a negation without a closing "đạt được", "có được": there "được" says
    what was attained, not what was done ("kết quả đạt được chưa căn cơ" states a shortcoming)."""
    attained = cues().attainment_words.ends_with(before.rstrip())
    return before if attained is None else before[: attained.start]


def opens_shortcomings(text: str) -> bool:
    """ "Bên cạnh đó, cũng còn một số tồn tại, hạn chế …": a line that turns to the
    shortcomings, not one that discusses them ("… đã chỉ ra những tồn tại, hạn chế") or asks
    to overcome them ("cần khắc phục những hạn chế")."""
    openers = cues().limitation_openers
    opener = openers.search(text) or next(openers.glued_finditer(text), None)  # "một sốtồn tại"
    if opener is None:
        return False
    before = text[: opener.start]
    return not (
        cues().limitation_meta.contains(before)
        or cues().task_modals.contains(before)
        or cues().direction_verbs.contains(before)
    )


_PERIOD_WORDS = re.compile(r"nhiem vu|giai phap|phuong huong|thoi gian toi")  # as core._TASK_WORDS


def listed_turn(text: str, state: str) -> tuple[str, bool]:
    """A list item that turns to the shortcomings ("* Bên cạnh đó, cũng còn một số tồn tại, hạn
    chế đã được nêu trong báo cáo;") after results or points read as tasks: the items after it
    are limitations; one that turns to the coming period ("* Về nhiệm vụ thời gian tới: …") ends
    them. Returns the state after the item, and True when the item only introduces the list."""
    head = fold_aligned(text[: text.find(":")] if 0 < text.find(":") < 80 else "")
    if state == "limitations" and head.startswith("ve") and _PERIOD_WORDS.search(head):
        return "tasks", False  # also "Vềnhiệm vụthời gian tới:", glued by a PDF
    if state not in ("results", "tasks") or not opens_shortcomings(text):
        return state, False
    rest = text[text.find(",") + 1 :]
    return "limitations", not cues().shortcoming_clauses.contains(rest) or text.rstrip().endswith((";", ":"))


def heads_list(text: str) -> bool:
    """ "Bên cạnh những kết quả đạt được, … một số mặt hạn chế, khó khăn nổi lên đó là:": a line
    that ends by announcing the list after it heads the shortcomings and is none itself; "…
    tiến độ … chưa đạt yêu cầu, đang bị cản trở bởi ba điểm nghẽn lớn:" states one."""
    head = text.rstrip()
    return head.endswith(":") and cues().list_announcers.ends_with(head[:-1].rstrip(" ,")) is not None


_MIN_SUBJECT_WORDS = 2  # "phòng học chưa …", "tỷ lệ giải ngân đạt thấp": a subject of its own
_MAX_SUBJECT_WORDS = 12  # longer, the part is no clause with its subject but a list going on


def split_clauses(text: str) -> list[str]:
    """ "A còn chậm, tỷ lệ giải ngân đạt thấp" is two shortcomings: a comma starts a second one
    when the part after it has its own subject (two words or more; a part without a predicate
    before it goes with it: "công tác tuyên truyền, phổ biến pháp luật chưa …") before a word that
    states a shortcoming, and the text before it states one and gives no cause ("… chậm, do
    vướng X, thiếu vốn" stays one). A part that opens with a continuation ("do", "có nơi",
    "nhất là") or with the predicate itself ("…, chưa sát với yêu cầu") goes on with the clause."""
    if len(split_sentences(text)) > 1:
        return [text]  # a paragraph of several sentences: its parts are not one list
    head, colon, rest = text.partition(":")
    # "đó là: A chưa …, B chưa …" is split; "còn 3 tiêu chí chưa đạt gồm: A, B" is one shortcoming
    if colon and rest.strip() and heads_list(head + colon) and cues().shortcoming_markers.contains(rest):
        return split_clauses(rest.strip())
    segments = _comma_segments(text)
    pieces: list[str] = [segments[0]] if segments else []
    pending = ""  # one part with no predicate, which may lead to the next part's
    for segment in segments[1:]:
        listing = ":" in pieces[-1] or cues().example_words.search(pieces[-1]) is not None
        if listing or cues().clause_continuations.at_start(segment) is not None:
            pieces[-1] = ", ".join(p for p in (pieces[-1], pending, segment) if p)
            pending = ""  # a cause, an example, a list after a colon or "như" goes on with the clause
            continue
        candidate = f"{pending}, {segment}" if pending else segment
        predicate = cues().shortcoming_predicates.search(candidate)
        if predicate is None and not pending:
            pending = segment
            continue
        own = cues().shortcoming_predicates.search(segment)  # the subject is in the segment itself
        subject = len(segment[: own.start].split()) if predicate is not None and own is not None else 0
        closed = _closed(pieces[-1])
        if _MIN_SUBJECT_WORDS <= subject <= _MAX_SUBJECT_WORDS and closed:
            pieces.append(candidate)
        else:
            pieces[-1] = f"{pieces[-1]}, {candidate}"
        pending = ""
    if pending:
        pieces[-1] = f"{pieces[-1]}, {pending}"
    return pieces


_CAUSE_LEAD_WORDS = 4  # "Do …", "Nguyên nhân là do …": the cause leads; "… quản lý do xã …" is an agent


def _closed(piece: str) -> bool:
    """The piece states a shortcoming and gives no cause after it ("… chậm, do vướng X, thiếu
    vốn" goes on); a cause before it opens a list of causes ("Nguyên nhân là do nguồn lực còn
    hạn chế, nhận thức … chưa đầy đủ": two causes)."""
    predicate = cues().shortcoming_predicates.search(piece)
    if predicate is None:
        return False
    cause = cues().cause_openers.search(piece)
    leads = cause is not None and len(piece[: cause.start].split()) < _CAUSE_LEAD_WORDS
    return cause is None or (leads and cause.start < predicate.start)


def _comma_segments(text: str) -> list[str]:
    """The parts of ``text`` between top-level commas followed by a space ("29,0%" is one number)."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "(«[“":
            depth += 1
        elif ch in ")»]”":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0 and text[i + 1 : i + 2].isspace():
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def named_examples(sentence: str) -> list[str]:
    """ "… lưu ý cần khắc phục những tồn tại, hạn chế như họp … chưa đảm bảo thời gian quy định,
    nội dung họp chưa đảm bảo chất lượng; cho vay … triển khai chậm": the shortcomings a direction
    names after "như" are stated, one per ";" part and clause."""
    for name in cues().limitation_names.finditer(sentence):
        rest = sentence[name.end :].lstrip(" ,")
        example = cues().example_words.at_start(rest)
        if example is not None:
            listed = rest[example.end :].lstrip(" :")
            break
        announced = _announced_list(rest)
        if announced is not None:
            listed = announced
            break
    else:
        return []
    parts = [c for p in split_top_level(listed.rstrip(" .…"), ";") for c in split_clauses(p)]
    return [
        p for p in parts if stated_phrase(p) or negated_clause(p) or cues().shortcoming_predicates.contains(p)
    ]


def _announced_list(rest: str) -> str | None:
    """ "… những tồn tại, hạn chế cần khắc phục trong thời gian tới, đó là: A chưa …; B còn …":
    the list after a colon that a list announcer heads, in the same sentence as the names."""
    colon = rest.find(":")
    if colon < 0 or not heads_list(rest[: colon + 1]) or not rest[colon + 1 :].strip():
        return None
    return rest[colon + 1 :].strip()


_PAIR = 2  # "một số chi bộ sinh hoạt chưa đều đặn, nội dung sinh hoạt chưa phong phú": one shortcoming


def listed_shortcomings(listed: str) -> list[str]:
    """The list after the colon of a line naming the shortcomings ("Hội nghị cũng chỉ rõ những tồn
    tại, hạn chế: A chưa thật sự hiệu quả, B chưa cao, chưa có C; D …"): one per ";" part, and a
    part of three clauses or more one per clause; a pair of clauses stays one."""
    pieces: list[str] = []
    for part in split_top_level(listed, ";"):
        clauses = split_clauses(part)
        pieces.extend(clauses if len(clauses) > _PAIR else [part])
    return pieces


def split_shortcomings(text: str, *, trim: bool = False) -> list[str]:
    """ "A chưa chặt chẽ; B chưa cao" is two shortcomings, one per ";" part, when every part
    states one; else the text is one. ``trim`` drops each part's trailing ";" and "," (the
    limitations of official reports: "Thứ nhất, tỷ lệ lấp đầy còn thấp; hạ tầng chưa đồng bộ.")."""
    named = named_difficulties(text)
    if named:
        return named  # "đối mặt với những khó khăn lớn như A và B, …" (rule named_difficulties)
    parts = split_top_level(text, ";")
    if trim:
        parts = [strip_trailing(p) for p in parts]
    stating = sum(1 for p in parts if cues().shortcoming_markers.contains(p))
    if len(parts) > 1 and cues().shortcoming_markers.contains(parts[0]) and 2 * stating > len(parts):
        return [c for p in parts if p for c in split_clauses(p)]
    return split_clauses(text)


# What may follow a limitation opener before the shortcomings themselves.
_AFTER_OPENER = re.compile(
    r"^(?:\s*,?\s*(?:va\s+)?(?:ton tai|han che|yeu kem|khuyet diem|bat cap|kho khan|vuong mac))*"
    r"\s*(?:can khac phuc|nhu sau|nhu|la|gom|sau)?\s*(:)?\s*"
)


def strip_limitation_lead(text: str, opener: CueMatch) -> tuple[list[str], bool]:
    rest = text[opener.end :]
    m = _AFTER_OPENER.match(fold_aligned(rest))
    after = rest[m.end() :] if m else rest
    examples = bool(m and re.search(r"\bnhu\s*$", fold_aligned(rest)[: m.end()]) and ";" in after)
    colon = bool(m and m.group(1)) or examples  # "… hạn chế như A …; B …": a list, as after a colon
    if not re.sub(r"[\s.…;:,]", "", after):
        return [], False  # "… vẫn còn những hạn chế." introduces the list only
    if m and m.group(0).strip():
        return [after], colon
    if re.match(r"^[^,]{0,40}(?:,\s*)?$", after):
        return [], False
    return [text], False
