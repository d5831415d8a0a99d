"""What a body or a meeting sets itself (split out of ``directions.py``): targets after "phấn
đấu", the directions a meeting sets ("Hội nghị đề ra phương hướng tiếp tục …") and the tasks a
body sets and lists ("… đề ra 11 nhiệm vụ trọng tâm, gồm: …"). Every phrase comes from
``cues.yaml``."""

from __future__ import annotations

import re

from dvtool.extract.conjecture import conjectures
from dvtool.extract.cues import cues, fold_aligned
from dvtool.extract.plans import future_marker
from dvtool.extract.task_split import (
    MIN_WORDS,
    enumerated_tasks,
    enumeration_intro,
    task_pieces,
    verb_led_pieces,
)
from dvtool.extract.tense import reports_in

_BLOCK_WINDOW = 3  # words before the verb in which "đã", "được" … make it a report (as directions)
_LIST_WINDOW = 5  # words between a head ("nhiệm vụ trọng tâm") and the word that opens its list


def reported(before: str) -> bool:
    """ "đã", "được" … among the last few words: what was done, not what is to be done."""
    return reports_in(before, last=_BLOCK_WINDOW)


def _blocked(before: str) -> bool:
    return reported(before) or cues().direction_blockers.ends_with(before.rstrip(" ,")) is not None


def _sets_directions(sentence: str) -> str:
    """ "Hội nghị cũng đề ra phương hướng tiếp tục học tập …; nêu cao …": the work a meeting sets
    as its directions, named by a verb of doing right after "phương hướng", "giải pháp" …; ""
    when none ("Đại hội đã đề ra phương hướng, nhiệm vụ nhiệm kỳ 2022-2027" names none)."""
    for verb in cues().setting_verbs.finditer(sentence):
        after = sentence[verb.end :].lstrip(" ,")
        if not cues().event_nouns.contains(sentence[: verb.start]):
            if listed := _listed_when_set(sentence[: verb.start], after):
                return listed
            continue
        head = cues().solution_heads.at_start(after)
        rest = after[head.end :].lstrip(" ,") if head is not None else ""
        if cues().task_verbs.at_start(rest) is not None:
            return rest
    return ""


_COUNT = re.compile(r"\d+\s")  # "11 nhiệm vụ trọng tâm"


def _listed_when_set(before: str, after: str) -> str:
    """ "Năm 2026, Ấp 9 đề ra 11 nhiệm vụ trọng tâm, gồm: duy trì …, xây dựng …": tasks a body
    sets itself and lists after an enumeration word, the first led by a verb of doing; the text
    from the head on when it splits into one task per item (:func:`enumerated_tasks`), else the
    list; "" when the setting is reported ("đã") or nothing is listed."""
    counted = _COUNT.match(after)
    if counted is not None:
        after = after[counted.end() :]
    quantifier = cues().object_list_heads.at_start(after)
    if quantifier is not None:
        after = after[quantifier.end :].lstrip()
    head = cues().solution_heads.at_start(after)
    if head is None or reported(before):
        return ""
    intro = enumeration_intro(after, head.end)
    if intro is None or len(after[head.end : intro.start].split()) > _LIST_WINDOW:
        return ""
    rest = after[intro.end :].lstrip(" :,")
    if cues().task_verbs.at_start(rest) is None:
        return ""
    return after if len(enumerated_tasks(after)) > 1 else rest


_TARGET_SUBJECT = 5  # words of a clause before "phấn đấu" that name who sets the target


def _target(sentence: str) -> str:
    """ "Năm 2013, TP phấn đấu giảm 40% số vụ bạo hành gia đình", "…, tiếp tục phấn đấu hoàn
    thành …": a target a body sets itself, named in a short clause; "" when that clause reports
    ("đã không đạt mức phấn đấu"), gives a purpose ("để phấn đấu …") or the verb is a noun."""
    verb = cues().target_verbs.search(sentence)
    if verb is None or "?" in sentence:
        return ""
    before = sentence[: verb.start]
    clause = before[max(before.rfind(mark) for mark in ",;:") + 1 :]
    subject = clause.lstrip()  # a body named in capitals: "Đoàn TNCS Hồ Chí Minh xã Hy Cương"
    named = subject[:1].isupper() and cues().org_heads.at_start(subject) is not None
    if (len(clause.split()) > _TARGET_SUBJECT and not named) or reports_in(clause) or _blocked(before):
        return ""
    if cues().public_subjects.contains(clause):
        return ""  # "Nhiều hội viên phấn đấu vươn lên làm giàu": an effort reported
    if cues().opener_blockers.ends_with(clause.rstrip()) is not None:
        return ""
    after = sentence[verb.end :].lstrip()
    # "Hằng năm, phấn đấu 200 thanh thiếu nhi …": a number targeted (not the last of a ";" list,
    # which the list's own opener reads)
    counted = after[:1].isdigit() and ";" not in before
    if cues().noun_followers.at_start(after) is not None or not (after[:1].islower() or counted):
        return ""
    return sentence[sentence.rfind(";", 0, verb.start) + 1 :].strip()


_NAMED_REACH = 8  # words between such a head and its "là" ("… đột phá trong nhiệm kỳ là")


def named_task(sentence: str) -> str:
    """ "…; nhiệm vụ đột phá trong nhiệm kỳ là: Đẩy mạnh phong trào …": the work named as the
    task that matters most, when a verb of doing opens it; "" when none, or when the words
    between report ("nhiệm vụ trọng tâm đã triển khai là …")."""
    head = cues().key_task_heads.search(sentence)
    if head is None:
        return ""
    copula = cues().copulas.search(sentence, head.end)
    if copula is None:
        return ""
    between = sentence[head.end : copula.start]
    # "Nhiệm vụ quan trọng của tất cả các cấp, các ngành … trong thời gian tới là …": whose task,
    # for the coming period, may take a list of bodies before "là"
    coming = cues().task_horizons.contains(between) and ";" not in between and ":" not in between
    reach = _NAMED_REACH * 2 if coming else _NAMED_REACH
    if (
        len(between.split()) > reach
        or reports_in(between)
        or (any(m in between for m in ",;:") and not coming)
    ):
        return ""
    rest = sentence[copula.end :].lstrip(" :")
    return rest if cues().task_verbs.at_start(rest) is not None else ""


def agreed_work(sentence: str) -> str:
    """ "2 bên cũng thống nhất tăng cường tuyên truyền …", "… nhất trí cao việc đẩy mạnh …": the
    work after "thống nhất"/"nhất trí" when a verb of doing follows, not reported ("đã thống nhất
    tăng cường …"); or the work named after "là" as what was agreed on (:func:`_named_agreed`);
    "" when none."""
    for agreed in cues().agreed_verbs.finditer(sentence):
        if _asked_before(sentence[: agreed.start]):
            break  # "… đề nghị các cơ quan T.Ư sớm thống nhất, xây dựng …": what the addressee is asked
        named = _named_agreed(sentence, agreed.start, agreed.end)
        if named:
            return named
        after = sentence[agreed.end :].lstrip(" ,")
        thing = cues().object_markers.at_start(after) or cues().task_horizons.at_start(after)
        if thing is not None:  # "việc …", "thời gian tới tập trung vào …"
            after = after[thing.end :].lstrip(" ,")
        if cues().task_verbs.at_start(after) is not None and not _blocked(sentence[: agreed.start]):
            return after
    return ""


def _asked_before(before: str) -> bool:
    """A request verb in the clause of a verb of agreeing, before it, makes the agreement what
    its addressee is asked to reach, not what the meeting agreed on ("Theo đề nghị của Sở, hội
    nghị thống nhất …" agrees: the verb is a noun, in a clause of its own)."""
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    verbs = [*cues().body_direction_verbs.finditer(clause), *cues().recommendation_verbs.finditer(clause)]
    return any(cues().noun_followers.at_start(clause[verb.end :].lstrip()) is None for verb in verbs)


def _named_agreed(sentence: str, start: int, end: int) -> str:
    span = named_agreed_at(sentence, start, end)
    return sentence[span[1] :].lstrip(" :") if span is not None else ""


def named_agreed_at(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """ "… hội nghị đã thống nhất công việc tập trung trong quí II là đẩy mạnh …", "Một trong những
    mục tiêu được đại hội … nhất trí đưa vào nghị quyết là xây dựng …" (the verb of agreeing at
    ``start``-``end``): the work agreed on, named after "là" by a verb of doing, its head ("công
    việc", "mục tiêu") right after the verb of agreeing or in the clause before it; "đã", "được"
    date the agreement, the work is still to do. The start of that clause and the end of "là";
    None when no such head, or the "là" is far or behind a comma."""
    copula = cues().copulas.search(sentence, end)
    if copula is None:
        return None
    between = sentence[end : copula.start]
    if len(between.split()) > _NAMED_REACH or any(m in between for m in ",;:"):
        return None
    clause_start = max(sentence.rfind(m, 0, start) for m in ",;:") + 1
    heads = cues().agreed_work_heads
    if heads.at_start(between.lstrip()) is None and not heads.contains(sentence[clause_start:start]):
        return None
    rest = sentence[copula.end :].lstrip(" :")
    return (clause_start, copula.end) if cues().task_verbs.at_start(rest) is not None else None


def agreed_after_report(text: str) -> tuple[int, int] | None:
    """ "Nhận định kinh tế TP tăng trưởng cao (GDP tăng 9,5% …), hội nghị đã thống nhất công việc
    … là đẩy mạnh …": a clause of named agreed work after a comma in mid-sentence; the span from
    its start to the end of its "là", so that the report before keeps its figures."""
    for agreed in cues().agreed_verbs.finditer(text):
        span = named_agreed_at(text, agreed.start, agreed.end)
        if span is not None and text[: span[0]].rstrip().endswith(","):
            return span
    return None


def heads_planned_list(text: str) -> bool:
    """ "…, Bộ sẽ tập trung thực hiện ba nhóm giải pháp chính sau đây:": a sentence ending with a
    colon that names the solutions or tasks a body will carry out ("sẽ", in the clause that
    names them, not reported before it) heads them: the points after it ("Một là, …") are
    tasks."""
    head = text.rstrip()
    if not head.endswith(":") or conjectures(head, lines=False):
        return False
    clause = head[max(head.rfind(mark, 0, len(head) - 1) for mark in ",;") + 1 :]
    named = cues().solution_heads.search(clause) or cues().key_task_heads.search(clause)
    if named is None or reports_in(clause[: named.start]):
        return False
    future = future_marker(clause)
    return (future is not None and future.end <= named.start) or cues().list_closers.ends_with(
        head[:-1]
    ) is not None


_HABIT_REACH = 4  # words before a direction verb in which "luôn", "thường xuyên" make it a habit


def habitual(before: str) -> bool:
    """ "Đảng ủy, UBND phường Nghĩa Đô luôn quan tâm và chỉ đạo …", "Lãnh đạo Sở thường xuyên chỉ
    đạo …": a habitual adverb just before a direction verb tells what a body does as a rule, a
    report, not a direction given (not after a modal: "… cần thường xuyên chỉ đạo …")."""
    near = " ".join(before.split()[-_HABIT_REACH:])
    habit = cues().habitual_adverbs.search(near)
    return (
        habit is not None
        and not cues().need_modals.contains(near[habit.end :])
        and not (cues().need_modals.contains(near[: habit.start]))
    )


_SUBHEAD_WORDS = 12  # words of a news item's subheading (as openers.subhead_section)
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", '"', "”")


def subheading_like(text: str) -> bool:
    """ "Chủ động phòng chống thiên tai, dịch bệnh sau mưa lũ": a short paragraph without a final
    stop and without ";" between a news item's paragraphs is a subheading, not a task, even
    while the tasks are open."""
    line = text.strip()
    return len(line.split()) <= _SUBHEAD_WORDS and not line.endswith(_SENTENCE_ENDS) and ";" not in line


def names_directions_set(sentence: str) -> bool:
    """ "Đại hội cũng đã đề ra phương hướng, mục tiêu, nhiệm vụ và các giải pháp trọng tâm trong
    nhiệm kỳ mới.": a meeting sets its directions without naming the work; the sentence after
    may name it (:func:`focus_tasks`)."""
    for verb in cues().setting_verbs.finditer(sentence):
        if not cues().event_nouns.contains(sentence[: verb.start]):
            continue
        after = sentence[verb.end :].lstrip(" ,")
        quantifier = cues().object_list_heads.at_start(after)
        if quantifier is not None:
            after = after[quantifier.end :].lstrip()
        if cues().solution_heads.at_start(after) is not None:
            return True
    return False


def focus_tasks(sentence: str) -> list[str]:
    """ "Trọng tâm là xây dựng tổ chức Hội vững mạnh …; xây dựng Nông thôn mới …; đẩy mạnh …",
    right after a meeting set its directions: the work its focus names, one task per part; []
    when the sentence names no focus or no verb of doing opens it."""
    lead = cues().focus_leads.at_start(sentence)
    if lead is None:
        return []
    rest = sentence[lead.end :].lstrip(" ,:")
    if cues().task_verbs.at_start(rest) is None:
        return []
    return [p for e in enumerated_tasks(rest) for p in task_pieces(e) if len(p.split()) >= MIN_WORDS]


_MIN_NEEDED = 3  # verb-led items that make a colon's comma list the tasks a head names


def needed_list(sentence: str) -> list[str]:
    """ "… nhấn mạnh một số nhiệm vụ mà Hội … cần phấn đấu đạt được trong nhiệm kỳ 2022-2027, cụ
    thể: phấn đấu A, B, tiếp tục duy trì C, xây dựng D": the tasks a head names as needed ("nhiệm
    vụ" … "cần"/"phải" before the colon) and lists after it, one per verb-led comma item; []
    when none."""
    head, colon, rest = sentence.partition(":")
    named = cues().task_nouns.search(head) if colon else None
    if named is None or reports_in(head[: named.start], last=_LIST_WINDOW):
        return []
    if not cues().need_modals.contains(head[named.end :]):
        return []
    items = [i.strip() for i in rest.strip().rstrip(" .").split(", ") if i.strip()]
    if sum(1 for i in items if cues().task_verbs.at_start(i) is not None) < _MIN_NEEDED:
        return []
    return verb_led_pieces(items)


def planned_pieces(text: str, future_at: int) -> list[str]:
    """ "Tại Diễn đàn, … Bộ trưởng … đã trực tiếp lắng nghe …; đồng thời tiếp thu, tổng hợp … và
    sẽ báo cáo …": the ";" parts of a plan stated in a report, one task each, without a part
    wholly before the "sẽ" that reports what was done ("đã", "được" …)."""
    pieces = task_pieces(text)
    kept = [
        p for p in pieces if not (0 <= text.find(p) and text.find(p) + len(p) <= future_at and reports_in(p))
    ]
    return kept or pieces


_GIVER_REACH = 15  # words before a direction verb in which a national leader names its giver


def national_giver(before: str) -> bool:
    """ "Kết luận phiên họp, Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành và địa phương …": a
    leader of the nation gives the direction, so the ministries and the Government bodies it
    names are directed, not recommended to."""
    near = " ".join(before.split()[-_GIVER_REACH:])
    return any(
        cues().possessives.ends_with(near[: m.start].rstrip()) is None  # "Nghị định của Chính phủ …"
        for m in cues().national_leaders.finditer(near)
    )


_YEAR = re.compile(r"\bnam (\d{4})\b")  # "năm 2019", folded
_SET_REACH = 3  # words after a setting verb in which the work it sets is named ("một số nhiệm vụ")


def names_coming_period(sentence: str, reporting_year: int | None) -> bool:
    """ "… 6 tháng cuối năm", "… thời gian tới", "… trong năm 2019" in a review of 2018: the
    sentence names a period after the one reported."""
    if cues().task_horizons.contains(sentence):
        return True
    years = (int(y) for y in _YEAR.findall(fold_aligned(sentence)))
    return reporting_year is not None and any(year > reporting_year for year in years)


def set_for_coming(sentence: str, reporting_year: int | None) -> tuple[list[str], bool]:
    """ "Để tiếp tục … trong năm 2019, các cấp Hội … đã đề ra nhiệm vụ: đẩy mạnh …", "…, cơ quan
    thanh tra các cấp … đã xác định một số nhiệm vụ, giải pháp trọng tâm nhằm … 6 tháng cuối
    năm.": work a body has set (even with "đã") for the period after the one reported, named in
    the same sentence. Returns the tasks it lists after a colon, and whether it sets work without
    naming it (the sentence right after, "Theo đó, …", names it: :func:`focus_tasks`)."""
    if not names_coming_period(sentence, reporting_year):
        return [], False
    for verb in cues().setting_verbs.finditer(sentence):
        after = sentence[verb.end :]
        head = cues().task_nouns.search(after) or cues().solution_heads.search(after)
        if head is None or len(after[: head.start].split()) >= _SET_REACH:
            continue
        before, colon, rest = after[head.end :].partition(":")
        rest = rest.lstrip()
        if colon and len(before.split()) <= _LIST_WINDOW and cues().task_verbs.at_start(rest) is not None:
            return [
                p for e in enumerated_tasks(rest) for p in task_pieces(e) if len(p.split()) >= MIN_WORDS
            ], False
        return [], True
    return [], False


def adopted_before(head: str) -> bool:
    """ "Cuối ngày, hội nghị đã thông qua nghị quyết …, giao cho Ban thường vụ …": the clause before
    reports that the meeting adopted a document; the assignment after it is part of what it
    adopted, a task ("đã ban hành văn bản, yêu cầu …" reports an earlier direction)."""
    clause = head.rstrip(" ,;")
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
    adopted = cues().adoption_verbs.search(clause)
    if adopted is None:
        return False
    named = clause[adopted.end :].lstrip()
    counted = _COUNT.match(named)  # "đã biểu quyết thông qua 12 nghị quyết"
    named = named[counted.end() :].lstrip() if counted else named
    determiner = cues().object_list_heads.at_start(named)  # "đã thông qua các nghị quyết"
    named = named if determiner is None else named[determiner.end :].lstrip()
    return cues().document_words.at_start(named) is not None
