"""Directions a leader gives in a speech or a conclusion, one task per direction.

"Đồng chí … chỉ đạo UBND thành phố quyết liệt hơn nữa …; tập trung đối thoại …" holds two
tasks: the ";" parts after the direction verb. In a speech, a sentence that states what must
or will be done ("… cần …", "… sẽ …") is a task as well. A verb just after "đã" or inside a
noun phrase ("công tác lãnh đạo, chỉ đạo") reports what was done, and a direction to a higher
level ("đề nghị Chính phủ …") is a recommendation; neither is a task. Every phrase comes from
``cues.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dvtool.extract._text import asks, split_top_level, strip_trailing
from dvtool.extract.askers import asked_by_others
from dvtool.extract.assignments import assignments_within, opening_assignment
from dvtool.extract.conjecture import conjectures as conjectures
from dvtool.extract.conjecture import forecasts
from dvtool.extract.cues import CueMatch, cues, fold_aligned
from dvtool.extract.levels import asks_own_superior
from dvtool.extract.levels import higher_level as higher_level
from dvtool.extract.orienting import oriented
from dvtool.extract.plans import in_future
from dvtool.extract.resolves import resolved
from dvtool.extract.scoped import opens_with_scope_then_work
from dvtool.extract.set_tasks import (
    _sets_directions,
    _target,
    adopted_before,
    agreed_work,
    named_task,
    national_giver,
)
from dvtool.extract.set_tasks import habitual as habitual
from dvtool.extract.stressed import stressed_list
from dvtool.extract.task_split import MIN_WORDS as MIN_WORDS
from dvtool.extract.task_split import enumerated_tasks as enumerated_tasks
from dvtool.extract.task_split import listed_tasks as listed_tasks
from dvtool.extract.task_split import task_pieces as task_pieces
from dvtool.extract.tense import WORDS, reports_in
from dvtool.extract.topics import with_topic

_BLOCK_WINDOW = 3  # words before the verb in which "đã", "được" … make it a report
_LIST_WINDOW = 5  # words before "giải pháp" in which "đã" … make a list of solutions a report


def directions(sentence: str, *, speech: bool) -> list[str]:
    """The tasks a sentence gives, one per direction; [] when it gives none.

    ``speech``: the sentence belongs to a leader's speech or conclusion, where "cần", "phải"
    and "sẽ" also state tasks.
    """
    if asks(sentence):
        return []  # "… tuổi trẻ TP cần gì ở lãnh đạo …?": a question
    committed = _commitment(sentence)
    if committed:
        return _pieces(committed)
    verb = _direction_verb(sentence)
    if verb is not None and (
        voters_ask(sentence[: verb.start])
        or _in_listed_results(sentence[: verb.start])
        or asked_by_others(sentence[: verb.start])  # "Đối tượng … và yêu cầu lấy tiền …"
    ):
        return []
    if verb is not None and speech and _modal_before(sentence[: verb.start]):
        verb = None  # "Lực lượng chức năng cần công khai … để cảnh cáo, nhắc nhở …": the modal's clause
    if verb is not None and not speech and not _given_by_someone(sentence, verb):
        verb = _clause_request(sentence) or verb
    if verb is not None and (speech or _given_by_someone(sentence, verb)):
        rest = sentence[verb.end :].lstrip(" ,:")
        if higher_level(rest) and not national_giver(sentence[: verb.start]):
            return []  # a recommendation upwards; "Thủ tướng yêu cầu các bộ, ngành …" directs
        if asks_own_superior(sentence[: verb.start], rest):
            return []  # "Phó Giám đốc Sở Tư pháp đề nghị TP nên …": to the level above the giver's
        if proposes_amendment(verb, rest):
            return []  # "… các đại biểu đề nghị sửa đổi, bổ sung …": to the law's makers
        if cues().event_nouns.at_start(rest) is not None:
            return []  # "… dự và chỉ đạo Đại hội …": the meeting itself is directed, the leader attends
        return with_topic(sentence[: verb.start], rest, _directed_pieces(rest))
    if speech and (stressed := stressed_list(sentence)):
        return _pieces(stressed)  # "… kết luận hội nghị nhấn mạnh: Tiếp tục …; tập trung …"
    if speech:
        modal = cues().task_modals.search(sentence)
        while (
            modal is not None
            and (
                cues().endured_verbs.at_start(sentence[modal.end :].lstrip()) is not None
                or not in_future(sentence, modal)  # "trang trí sạch sẽ": no modal
                or remedied_named(sentence[: modal.start])  # "chỉ ra … hạn chế cần khắc phục"
                or cues().need_blockers.ends_with(sentence[: modal.start].rstrip()) is not None
            )
        ):
            modal = cues().task_modals.search(sentence, modal.end)  # "phải chống đỡ với khó khăn"
        if (
            modal is not None
            and not reported(sentence[: modal.start])
            and not recommends(sentence)
            and not conjectures(sentence, lines=False)  # a speech's points may lack a final stop
        ):
            return [p for p in _pieces(sentence) if _before_modal(p, sentence, modal.start) is False]
        resolve = resolved(sentence) if modal is None else ""
        if resolve:  # "… khẳng định bằng mọi cách không để xảy ra dịch …"
            return _pieces(resolve)
    return oriented(sentence)  # "…, đồng thời định hướng nhiệm vụ, giải pháp …"


def remedied_named(before: str) -> bool:
    """ "… chỉ ra một số tồn tại, hạn chế cần khắc phục …": a modal right after the names of
    shortcomings that a verb before them points out describes those shortcomings, the ones to
    remedy; it directs nothing ("Các hạn chế cần được khắc phục …", their subject, does)."""
    clause = before[before.rfind(";") + 1 :].rstrip(" ,")
    name = cues().limitation_names.ends_with(clause)
    return name is not None and cues().pointing_verbs.contains(clause[: name.start])


def _modal_before(before: str) -> bool:
    """A modal of what must be done ("cần", "phải") before a direction verb, in its clause: the
    verb belongs to what must be done, the modal opens the direction."""
    clause = before[before.rfind(";") + 1 :]
    modal = cues().need_modals.search(clause)
    return modal is not None and cues().need_blockers.ends_with(clause[: modal.start].rstrip()) is None


def _before_modal(piece: str, sentence: str, modal_start: int) -> bool:
    """ "… đã gửi lời cảm ơn …; đồng thời khẳng định Sở Y tế sẽ …": a part before the one that
    holds the modal, reporting what was done ("đã", "được" …), gives no task."""
    start = sentence.find(piece)
    if start < 0 or start + len(piece) > modal_start:
        return False
    return reports_in(piece)


def _commitment(sentence: str) -> str:
    """What a meeting sets itself: the targets after "đặt mục tiêu" ("… đã đặt mục tiêu phấn đấu
    tăng …": set at the meeting, "đã" dates it), the directions it sets, or the work it agrees on
    (:func:`agreed_work`); "" when none."""
    goal = cues().goal_verbs.search(sentence)
    if goal is not None and not voters_ask(sentence[: goal.start]):
        return sentence[goal.end :].lstrip(" ,:")
    target = _target(sentence)  # its search first: most sentences hold no "phấn đấu"
    directions_set = (
        _sets_directions(sentence)
        or (target if target and _direction_verb(sentence) is None else "")
        or named_task(sentence)
    )
    return directions_set or agreed_work(sentence)


def agrees(sentence: str) -> bool:
    """ "Thường trực Đảng ủy cơ bản nhất trí với báo cáo …": a body agrees with what was put to
    it, before any direction the sentence gives; no task."""
    # no boundary before it: a PDF's text loses the space ("Hội nghịcơ bản thống nhất với …")
    agreement = _agreement_pattern().search(fold_aligned(sentence))
    return agreement is not None and _direction_verb(sentence[agreement.end() :]) is None


@lru_cache(maxsize=1)
def _agreement_pattern() -> re.Pattern[str]:
    phrases = sorted(cues().agreement_verbs.folded, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _in_listed_results(before: str) -> bool:
    """ "… với nhiều kết quả ấn tượng: …; Giám đốc được giao nhiệm vụ …": a verb inside a list
    of results reports what was done."""
    head, colon, _ = before.rpartition(":")
    return bool(colon) and cues().result_heads.contains(head)


def voters_ask(before: str) -> bool:
    """ "Cử tri xã Khánh Thuận đề nghị …": voters ask; no official commits to act, no task
    ("Chủ tịch tiếp thu ý kiến cử tri và yêu cầu …" is one: a person gives it)."""
    if not voter_subjects(before):
        return False
    return not (cues().honorifics.contains(before) or cues().signer_titles.contains(before))


def voter_subjects(text: str) -> list[CueMatch]:
    """The mentions of voters as those who speak ("cử tri …"), not as whose requests they are
    ("ý kiến cử tri", "kiến nghị của cử tri")."""
    out: list[CueMatch] = []
    for voter in cues().voter_words.finditer(text):
        before = text[: voter.start].rstrip(" ,")
        owner = cues().voter_possessives.ends_with(before)
        if owner is not None:
            before = before[: owner.start].rstrip(" ,")
        if cues().voter_request_verbs.ends_with(before) is None:
            out.append(voter)
    return out


def proposes_amendment(verb: CueMatch, rest: str) -> bool:
    """ "Đại diện Sở Tư pháp đề nghị sửa đổi theo hướng …", "các đại biểu kiến nghị sửa đổi, bổ
    sung những nội dung …": a proposal to amend a law or a rule, made to those who make it (a
    verb of proposing, not "yêu cầu"; the amending verb right after it, no one named between)."""
    return (
        cues().proposal_verbs.matches_whole(verb.cue)
        and cues().amendment_verbs.at_start(rest.lstrip(" ,:")) is not None
    )


def recommends(text: str) -> bool:
    """ "… kiến nghị Bộ … cần …", "… sẽ đề xuất với Chính phủ …", "đề nghị Bộ Công Thương …":
    a recommendation to a higher level; the sentence states no task of the meeting's own
    ("đề xuất giải pháp" is one) and no shortcoming."""
    # "… mặc dù đây là quyết định … được giao cho Bộ Kế hoạch và Đầu tư …" recommends nothing
    first = first_request(text, passive=False)
    return first is not None and (
        higher_level(text[first.end :]) or proposes_amendment(first, text[first.end :])
    )


def first_request(text: str, *, passive: bool = True) -> CueMatch | None:
    """The sentence's own request: its first verb of recommendation or direction ("đề nghị các
    đơn vị phản hồi về Sở …, đề xuất UBND tỉnh kiến nghị cấp có thẩm quyền …" asks the units; what
    the Sở then does is no request of the sentence); with ``passive=False``, not one after a
    passive marker ("được giao cho …")."""
    verbs = [*cues().recommendation_verbs.finditer(text), *cues().direction_verbs.finditer(text)]
    if not passive:
        verbs = [v for v in verbs if cues().passive_markers.ends_with(text[: v.start].rstrip()) is None]
    return min(verbs, key=lambda verb: verb.start, default=None)


def _given_by_someone(sentence: str, found: CueMatch) -> bool:
    """Outside a speech a direction needs its giver: a person ("đồng chí …", "Chủ tịch …")
    before the verb, a body or its leaders with a verb bodies direct with ("Ban Tuyên giáo
    đề nghị …"), or nothing but a connective ("Đề nghị các đơn vị …", "Đồng thời, yêu cầu …")."""
    before, verb = sentence[: found.start], found.cue
    bare = before.strip(" ,")
    if not bare or cues().subjectless_connectives.matches_whole(bare):
        return True
    if opens_request_clause(before, verb, sentence[found.end :]) and not _reports_or_voters_ask(before):
        return True
    if cues().honorifics.contains(before) or cues().signer_titles.contains(before):
        return True
    if _titled_person(before) or national_giver(before):
        return True  # "Trước mắt, Chính phủ giao Bộ …"
    body = cues().org_heads.contains(before) or cues().group_heads.contains(before)
    if body and before.rstrip().endswith(",") and _reports_or_voters_ask(before):
        return False  # "… Cục Hải quan đã gửi phiếu khảo sát …, đề nghị doanh nghiệp đánh giá …": done
    return body and cues().body_direction_verbs.matches_whole(verb)


_TITLE_REACH = 15  # words before a direction verb in which a leader's title or rank names its giver


def _titled_person(before: str) -> bool:
    """ "Phó Thủ tướng Nguyễn Xuân Phúc yêu cầu …", "Tư lệnh BĐBP đề nghị …", "Trung tướng Phạm
    Quang Hợi yêu cầu …": a leader's title or a rank just before the verb names the one who
    gives the direction (a title far back belongs to another clause)."""
    near = " ".join(before.split()[-_TITLE_REACH:])
    return cues().speaker_titles.contains(near) or cues().name_prefixes.contains(near)


def _clause_request(sentence: str) -> CueMatch | None:
    """ "Do hạn kiểm định … sắp hết …, đề nghị đơn vị chủ động đăng kiểm lại …", "… ngắn hơn
    thời hạn của Giấy phép; đề nghị đơn vị chủ động gia hạn …": a request verb that opens a
    clause after a comma or a semicolon asks without naming who asks, as "Đề nghị …" does at
    the start of a sentence; not in a sentence that reports ("đã ban hành văn bản, yêu cầu …")."""
    for verb in cues().body_direction_verbs.finditer(sentence):
        head = sentence[: verb.start]
        if opens_request_clause(head, verb.cue, sentence[verb.end :]) and not _reports_or_voters_ask(head):
            return verb
    return None


def opens_request_clause(before: str, verb: str, after: str) -> bool:
    """A request verb ("đề nghị", "yêu cầu") that opens a clause after "," or ";" asks on its
    own, as "Đề nghị …" does at the start of a sentence: not a verb of a noun phrase ("đề nghị
    của …"), nor what citizens asked for ("… đơn thư …, phản ánh …, đề nghị cấp phép …").

    The one test of a request clause for news sentences (:func:`directions`) and official
    findings (``requests._request_clauses``); each caller adds its own guards on the clause
    before (:func:`_reports_or_voters_ask` here; its length and the way the request goes there)."""
    head = before.rstrip()
    if not head.endswith((",", ";")) or not cues().body_direction_verbs.matches_whole(verb):
        return False
    return cues().noun_followers.at_start(after) is None and not cues().petition_words.contains(head)


def _reports_or_voters_ask(before: str) -> bool:
    """Outside official findings, a clause before the request that reports what was done ("đã
    ban hành văn bản, yêu cầu …") or names voters who ask makes the request none."""
    head = before.rstrip()
    return (reports_in(head) and not adopted_before(head)) or voters_ask(head)


def continues_direction(sentence: str) -> list[str]:
    """The directions of a sentence that goes on with the one before ("Trong đó tập trung A; B",
    "Chú trọng A", "Thứ hai, tập trung A")."""
    if asks(sentence):
        return []
    enumerator = cues().enumerators.at_start(sentence)
    if enumerator is not None:  # "Thứ hai, tập trung …" after "Thứ nhất, cần …"
        sentence = sentence[enumerator.end :].lstrip(" ,:")
    lead = cues().direction_continuations.at_start(sentence)
    if lead is None:
        # "Chú trọng …", "Tăng cường …": a sentence that opens with what to do, no subject
        if cues().task_verbs.at_start(sentence) or opens_with_scope_then_work(sentence):
            return _pieces(sentence)  # "Trong công tác GPMB, tập trung …": its scope first
        return _pieces(sentence) if _subject_does(sentence) else []
    return _pieces(sentence[lead.end :].lstrip(" ,:"))


_SUBJECT_REACH = 12  # words of a named body before its verb of doing


def _subject_does(sentence: str) -> bool:
    """ "Văn phòng Đoàn đại biểu Quốc hội - HĐND tỉnh tiếp thu và hoàn thiện …" after a
    direction: a body named in capitals, then a verb of doing within a few words, nothing
    reported ("đã", "được"), no figure and no comma before it."""
    verb = cues().task_verbs.search(sentence)
    if verb is None or not sentence[:1].isupper() or recommends(sentence) or conjectures(sentence):
        return False
    if cues().object_markers.at_start(sentence) is not None:
        return False  # "Việc hoàn thành Đại hội … là bước khởi đầu quan trọng …": the act, no subject
    subject = sentence[: verb.start]
    return (
        0 < len(WORDS.findall(subject)) <= _SUBJECT_REACH
        and "," not in subject
        and not any(ch.isdigit() for ch in subject)
        and not reports_in(sentence)
        and not cues().statement_verbs.contains(subject)
        and not cues().ceremony_verbs.contains(subject)  # "… ký kết chương trình phối hợp …"
    )


def names_direction(text: str) -> bool:
    """A direction verb used as one (not "chỉ đạo của …", not "đã chỉ đạo")."""
    return _direction_verb(text) is not None


def directs_before(text: str, at: int) -> bool:
    """A direction verb used as one before ``at``: "Đồng chí mong muốn các đảng viên được nhận Huy
    hiệu Đảng tiếp tục …" asks something of those given an award; it hands none out."""
    verb = _direction_verb(text)
    return verb is not None and verb.start < at


def _direction_verb(sentence: str) -> CueMatch | None:
    assigned = opening_assignment(sentence)
    if assigned is not None:
        return assigned
    verbs = cues().direction_verbs
    found = [*verbs.finditer(sentence), *verbs.glued_finditer(sentence), *assignments_within(sentence)]
    for verb in sorted(found, key=lambda v: v.start):
        if cues().noun_followers.at_start(sentence[verb.end :]) is not None:
            continue  # "chỉ đạo của …" is a noun
        if _wish_directs_none(verb, sentence[: verb.start], sentence[verb.end :]):
            continue  # "… chia sẻ mong muốn tiếp tục được hợp tác …", "Bà con mong muốn …"
        if _cited_just_before(sentence[: verb.start]):
            continue  # "… văn bản số 2702/UBND-KT ngày 17/6/2022 chỉ đạo Sở …": the document directed
        if _in_noun_phrase(sentence[: verb.start]):
            continue  # "được sự quan tâm, chỉ đạo của …": the verb is a noun of what was received
        if habitual(sentence[: verb.start]):
            continue  # "Đảng ủy, UBND phường luôn quan tâm và chỉ đạo …": what is done as a rule
        if _notes_shortcoming(verb, sentence[verb.end :]):
            continue  # "Phó Thủ tướng cũng lưu ý, việc xây dựng … còn chậm so với kế hoạch"
        if not _blocked(sentence[: verb.start]) or _in_reported_speech(sentence, verb):
            return verb
    return None


def _notes_shortcoming(verb: CueMatch, after: str) -> bool:
    """ "lưu ý, việc … còn chậm so với kế hoạch": a verb of notice, then after a comma a statement
    of a shortcoming before any word that asks for work ("cần", "phải", a verb of doing): what the
    speaker points out, no direction. "lưu ý các địa phương cần …" directs."""
    if not cues().noticing_verbs.matches_whole(verb.cue) or not after.lstrip().startswith(","):
        return False
    stated = after.lstrip(" ,")
    marker = cues().shortcoming_markers.search(stated)
    modal = cues().task_modals.search(stated)
    opens = cues().task_verbs.at_start(stated) or cues().imperative_openers.at_start(stated)
    return marker is not None and (modal is None or marker.start < modal.start) and opens is None


_WISH_REACH = 3  # words after a wish in which "được" makes it a wish for the one who wishes


def _wish_directs_none(verb: CueMatch, before: str, after: str) -> bool:
    """ "mong muốn tiếp tục được hợp tác", "mong muốn, … sẽ nhận được …": a wish to be given
    something; "Bà con mong muốn …", "người dân rất mong muốn …": the public's wish, a request;
    neither directs anyone."""
    if not cues().wish_verbs.matches_whole(verb.cue):
        return False
    near_after = " ".join(after.split()[:_WISH_REACH])
    near_before = " ".join(before.split()[-_WISH_REACH - 1 :])
    if forecasts(after):  # "mong muốn, thời gian tới sẽ tiếp tục nhận được sự quan tâm …"
        return True
    return cues().passive_markers.contains(near_after) or cues().public_subjects.contains(near_before)


_DOCUMENT_SYMBOL = re.compile(r"\d+/(?:\d{4}/)?([^\W\d_])[\w.-]*")  # "2702/UBND-KT", "161/2024/NĐ-CP"
_CITED_REACH = 5  # words between a document's symbol and the verb it directs with ("ngày 17/6/2022")


def _cited_just_before(before: str) -> bool:
    """ "… đã ban hành văn bản số 2702/UBND-KT ngày 17/6/2022 chỉ đạo …": a direction verb a few
    words after a document's symbol tells what that document directed, not a direction given."""
    symbols = [s for s in _DOCUMENT_SYMBOL.finditer(before) if s.group(1).isupper()]
    return bool(symbols) and len(before[symbols[-1].end() :].split()) <= _CITED_REACH


def _in_reported_speech(sentence: str, verb: CueMatch) -> bool:
    """ "… đã phát biểu chỉ đạo Hội … tiếp tục …", "Kết luận phiên họp, đồng chí … đã yêu cầu
    …": a direction given in the speech the report dates with "đã"; it must go on with what to
    do (a task verb or "cần"), not "… tại hội nghị". After thanks, "đã" dates what the thanked
    did, not the speech."""
    before = sentence[: verb.start].rstrip(" ,")
    framed = (
        cues().remark_cues.at_start(sentence) is not None
        and cues().direction_blockers.ends_with(before) is None
        and cues().expressive_verbs.search(before) is None  # "… cảm ơn Bộ đã quan tâm, chỉ đạo, …"
    )
    said = cues().reported_speeches.ends_with(before) is not None or _asked_at_meeting(before, verb)
    if not said and not framed:
        return False
    rest = sentence[verb.end :]
    return cues().task_modals.contains(rest) or cues().task_verbs.contains(rest)


def _asked_at_meeting(before: str, verb: CueMatch) -> bool:
    """ "Trước tình hình trên, tại hội nghị, ông A đã yêu cầu Công an TP …": a person's request
    made at the meeting named before it ("yêu cầu", "đề nghị", not "là chỉ đạo có ý nghĩa …")."""
    if not cues().body_direction_verbs.matches_whole(verb.cue) or not cues().meeting_frames.contains(before):
        return False
    giver = before[before.rfind(",") + 1 :]
    named = cues().honorifics.at_start(giver.lstrip()) is not None or _titled_person(giver)
    return named and cues().direction_blockers.ends_with(before) is None


_NOUN_PHRASE_REACH = 3  # words before a direction verb in which "sự" makes it a noun


def _in_noun_phrase(before: str) -> bool:
    """ "sự quan tâm, chỉ đạo", "sự quan tâm chỉ đạo": a noun phrase of acts opened by "sự" a few
    words before the verb, in its clause."""
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
    return cues().noun_phrase_heads.contains(" ".join(WORDS.findall(clause)[-_NOUN_PHRASE_REACH:]))


def _blocked(before: str) -> bool:
    return reported(before) or cues().direction_blockers.ends_with(before.rstrip(" ,")) is not None


def reported(before: str) -> bool:
    """ "đã", "được" … among the last few words: what was done, not what is to be done."""
    return reports_in(before, last=_BLOCK_WINDOW)


def _directed_pieces(rest: str) -> list[str]:
    """The tasks of the text after a direction verb, without a ";" part between them that only
    states a shortcoming ("…; tỷ lệ nông dân tham gia BHYT còn thấp; Cần nâng cao …")."""
    # imported here: tasks_shortcomings reads shortcomings.py, which imports this module
    from dvtool.extract.tasks_shortcomings import between_directions

    stated = {strip_trailing(p) for p in between_directions(rest)}
    return [p for p in _pieces(rest) if strip_trailing(p) not in stated]


def _pieces(text: str) -> list[str]:
    return [p for e in enumerated_tasks(text) for p in task_pieces(e) if len(p.split()) >= MIN_WORDS]


def listed_solutions(sentence: str) -> list[str]:
    """ "… đề xuất một số giải pháp …, như: A; B; C": the solutions listed after a colon, one
    task per ";" part; not solutions already carried out ("đã thực hiện các giải pháp: …")."""
    head, colon, rest = sentence.partition(":")
    if not colon or len(split_top_level(rest, ";")) < 2:
        return []
    named = cues().solution_heads.search(head)
    # "Kiểm điểm kết quả …, triển khai nhiệm vụ tháng 2 với các nhiệm vụ trọng tâm như: …": only
    # the clause that names the list tells whether it lists results
    clause = head[head.rfind(",", 0, named.start) + 1 :] if named is not None else head
    if named is None or cues().result_heads.contains(clause):
        return []
    if reports_in(head[: named.start], last=_LIST_WINDOW):
        return []  # "đã thực hiện các giải pháp: …" reports what was done
    return _pieces(rest)


def speech_tasks(sentences: list[str], previous: bool = False) -> tuple[list[str], bool]:
    """The directions of a speech's sentences, with a sentence that goes on with the one
    before ("Trong đó …", "Chú trọng …"); and whether the last sentence gave any."""
    out: list[str] = []
    for sentence in sentences:
        given = directions(sentence, speech=True) or (continues_direction(sentence) if previous else [])
        out.extend(given)
        previous = bool(given)
    return out, previous
