"""Attendance sentences: the attendees after a cue ("Tham dự hội nghị có …"), the chairs among
them ("Dự và chủ trì Hội nghị có …"), and a person who attends ("Đồng chí A, … dự và phát biểu …")."""

from __future__ import annotations

from dvtool.extract import people as _people
from dvtool.extract._text import looks_like_name, opens_with_name, split_sentences, split_top_level
from dvtool.extract.cues import CueMatch, cues, fold_aligned
from dvtool.extract.dates import find_dates
from dvtool.extract.fragments import joined_titles, without_trailers
from dvtool.extract.person_names import NamedPerson, name_prefix, parse_person, titled_list
from dvtool.extract.procedure import appoints_for_procedure
from dvtool.extract.state import _Source, _State
from dvtool.model import Attendee
from dvtool.vntext import fold


def read_attendees(rest: str, src: _Source, st: _State) -> list[Attendee]:
    """The attendees of an attendance phrase, in order; returns the ones added."""
    seen = {fold(a.name) for a in st.attendees}
    added: list[Attendee] = []
    for name, kind, titles in _people.attendance_entries(_colon_lists(rest.strip(" :"))):
        if fold(name) in seen:
            continue  # the same sentence read again (in the lead and in the body)
        seen.add(fold(name))
        if kind == "person" and titles and (role := _chairing(titles[-1])) is not None:
            titles = (*titles[:-1], role)
            _add_chair(NamedPerson(name, titles), src, st)
        st.attendees.append(Attendee(name, kind, titles))  # type: ignore[arg-type]
        st.note(f"/attendees/{len(st.attendees) - 1}", src)
        added.append(st.attendees[-1])
    return added


_CHAIR_OBJECT_WORDS = 3  # "chủ trì", "chủ trì hội nghị", "chủ trì buổi làm việc"


def _chairing(title: str) -> str | None:
    """ "…; Bùi Thị Minh Hoài, Trưởng ban Dân vận Trung ương chủ trì.": the last title of a listed
    person that ends by saying the person chairs; returns the title without it, else None."""
    cue = cues().chair_cues.search(title)
    if cue is None or cue.start == 0 or not title[: cue.start].strip(" ,"):
        return None
    after = title[cue.end :].strip(" .")
    if len(after.split()) > _CHAIR_OBJECT_WORDS or after[:1].isupper():
        return None
    return title[: cue.start].strip(" ,")


def _add_chair(person: NamedPerson, src: _Source, st: _State) -> None:
    if all(fold(chair.name) != fold(person.name) for chair in st.chairs):
        st.chairs.append(person)
        st.note(f"/chairs/{len(st.chairs) - 1}", src)


def _colon_lists(text: str) -> str:
    """ "…; đại diện lãnh đạo: Ủy ban nhân dân huyện, Tòa án nhân dân, …; …": the bodies a group
    head lists after a colon inside an attendance list are one entry each (the head joins the
    first, unless it only announces the list: "Đại diện Lãnh đạo các cơ quan sau: …")."""
    parts = split_top_level(text, ";")
    if len(parts) < 2:
        return text
    out: list[str] = []
    shared: str | None = None  # the title a head gives the people it lists
    for part in parts:
        head, colon, listed = part.partition(":")
        head = head.strip()
        title = _shared_title(head) if colon else None
        if title is not None and _opens_with_person(listed.strip()):
            shared = title
            part = listed.strip()
        if shared is not None and _opens_with_person(part):
            out.append(_with_title(part, shared))
            continue
        shared = None
        announces = cues().group_heads.at_start(head) is not None and cues().list_intro_words.ends_with(head)
        bare = _only_group_heads(head) and not cues().plural_honorifics.matches_whole(head)
        if not colon or not listed.strip() or not (announces or bare):
            out.append(part)  # "Đại diện Lãnh đạo các Sở: Công Thương, Tài chính": one group
            continue
        items = [i.strip() for i in split_top_level(listed, ",") if i.strip()]
        if bare:
            items[0] = f"{head} {items[0]}"
        out += items
    return "; ".join(out)


def _shared_title(head: str) -> str | None:
    """ "các đồng chí Bí thư Trung ương Đảng": the title a plural honorific gives the people listed
    after the colon ("…: Trần Cẩm Tú, Ủy viên Bộ Chính trị …; Đỗ Văn Chiến, …"), else None."""
    honorific = cues().plural_honorifics.at_start(head)
    title = head[honorific.end :].strip() if honorific is not None else ""
    return title if title[:1].isupper() else None


def _opens_with_person(part: str) -> bool:
    """ "Đỗ Văn Chiến, Chủ tịch …", "Trung tướng Nguyễn Văn Gấu, …": a name, a rank before it."""
    return opens_with_name(name_prefix(part)[1])


def _with_title(part: str, title: str) -> str:
    """The shared title as the person's first title: "Đỗ Văn Chiến, Bí thư Trung ương Đảng, Chủ tịch …"."""
    name, comma, titles = part.partition(",")
    return f"{name}, {title}, {titles.strip()}" if comma else f"{name}, {title}"


def _only_group_heads(text: str) -> bool:
    """ "đại diện lãnh đạo": words that head a group and name none."""
    rest = text.strip()
    while rest and (head := cues().group_heads.at_start(rest)) is not None:
        rest = rest[head.end :].strip()
    return bool(text.strip()) and not rest


def heads_list(text: str) -> bool:
    """The text opens with a group or a body ("Đại diện …", "Ban Thường vụ …")."""
    return cues().group_heads.at_start(text) is not None or cues().org_heads.at_start(text) is not None


def attendance_cue(text: str, near_start: int) -> CueMatch | None:
    """The attendance cue of a sentence: near its start ("Tham dự hội nghị có …"), or a cue of
    presence anywhere ("… tổ chức Hội nghị … với sự tham dự của …")."""
    attend = cues().attend_cues.search(text)
    if attend is not None and fold(text[attend.start : attend.end]).endswith(_AND_HAD):
        attend = None  # "A tới dự và có bài phát biểu …": "có" is A's second verb, no list follows
    if attend is None:
        return None
    if attend.start < near_start or cues().presence_cues.matches_whole(text[attend.start : attend.end]):
        return attend
    clause = text.rfind(";", 0, attend.start)
    if clause >= 0 and attend.start - clause <= CLAUSE_REACH:
        return attend  # "Hội nghị do … đồng chủ trì; cùng tham dự có …": the cue opens a clause
    if _chair_label(text) is not None and text[: attend.start].rstrip().endswith(","):
        return attend  # "Chủ trì cuộc họp: Ông A - …, tham dự phiên họp còn có: …"
    return None


LABEL_REACH = 30
_AND_HAD = " du va co"


def _chair_label(text: str) -> int | None:
    """ "Chủ trì cuộc họp: Ông A - …": where the chairs after a chair label begin, or None."""
    chair = cues().chair_cues.at_start(text)
    colon = text.find(":", chair.end, chair.end + LABEL_REACH) if chair is not None else -1
    return colon + 1 if colon >= 0 else None


CLAUSE_REACH = 12


def read_other_forms(text: str, src: _Source, st: _State) -> bool:
    """Attendance without a cue of its own: the paragraph after one that ended with its cue,
    "Dự hội nghị đại diện lãnh đạo …" (the list right after the verb), "A, … dự và phát biểu …"."""
    if st.attendance_pending:
        st.attendance_pending = False
        read_attendees(text, src, st)
        return True
    opener = cues().bare_attend_openers.at_start(text)
    if opener is not None:
        rest = text[opener.end :].lstrip()
        head = cues().group_heads.at_start(rest)
        if head is not None and not cues().weak_group_heads.matches_whole(head.cue):
            read_attendees(rest, src, st)
            return True
    if read_subject_attendance(text, src, st):
        return True
    read_opening_attendance(text, src, st)
    return False  # what the attendee said goes on to be read


OPENING_REACH = 80


def read_opening_attendance(text: str, src: _Source, st: _State) -> bool:
    """ "Về dự và phát biểu chỉ đạo đại hội đồng chí A - Chủ tịch Hội … biểu dương …", "Tới dự
    hội nghị, ông A, Phó Chủ tịch UBND huyện đề nghị …": a sentence opening with the verb of
    attending names the one who attends next, up to what that person said."""
    sentence = next(iter(split_sentences(text)), "")
    verb = cues().subject_attend_verbs.at_start(sentence) or cues().attend_trailers.at_start(sentence)
    if verb is None:
        return False
    head = cues().honorifics.search(sentence[verb.end : verb.end + OPENING_REACH])
    if head is None or cues().plural_honorifics.matches_whole(head.cue):
        return False
    start = verb.end + head.start
    said = cues().speech_verbs.search(sentence[start:])
    person = parse_person(sentence[start : start + said.start if said else len(sentence)].strip(" ,"))
    if person is None or fold(person.name) in {fold(a.name) for a in st.attendees}:
        return False
    st.attendees.append(Attendee(person.name, "person", person.titles))
    st.note(f"/attendees/{len(st.attendees) - 1}", src)
    return True


def read_attendance_cue(text: str, attend: CueMatch, src: _Source, st: _State) -> None:
    """The attendees after an attendance cue; when the cue also says they chair ("Dự và chủ
    trì Hội nghị có đồng chí A, …"), the people named first chair too."""
    if not text[attend.end :].strip():
        st.attendance_pending = True  # "…, có sự tham dự của" ends the paragraph (not "…:" a list)
        return
    label = _chair_label(text)
    if label is not None and label < attend.start and not st.chairs:  # "Chủ trì cuộc họp: A, tham dự … có: …"
        for person in _people.parse_people(text[label : attend.start].strip(" ,;")):
            st.chairs.append(person)
            st.note(f"/chairs/{len(st.chairs) - 1}", src)
    added = read_attendees(text[attend.end :], src, st)
    if not st.chairs and cues().chair_cues.contains(text[attend.start : attend.end]):
        _chair_people(added, src, st)


def _add_attendees(people: list[Attendee], src: _Source, st: _State) -> None:
    seen = {fold(a.name) for a in st.attendees}
    for person in people:
        if fold(person.name) not in seen:
            st.attendees.append(person)
            st.note(f"/attendees/{len(st.attendees) - 1}", src)


def _chair_people(added: list[Attendee], src: _Source, st: _State) -> None:
    """The people named before the first group of ``added`` chair the meeting too."""
    for attendee in added:
        if attendee.kind != "person":
            break  # the people named before the first group
        _add_chair(NamedPerson(attendee.name, attendee.titles), src, st)


def read_subject_attendance(text: str, src: _Source, st: _State) -> bool:
    """ "Đồng chí A, Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo hội nghị.": the person before
    the verb of the first sentence attends."""
    text = next(iter(split_sentences(text)), "")
    verb = cues().subject_attend_verbs.search(text)
    if verb is None and text != (text := _unglued_name(text)):
        verb = cues().subject_attend_verbs.search(text)
    if verb is None or verb.start == 0:
        return False
    subject = _after_dateline(without_trailers(text[: verb.start].strip(" ,")).strip(" ,"))  # "… đã dự và"
    chairs = cues().chair_cues.contains(verb.cue)  # "… đã dự và chủ trì cuộc họp"
    if joined_titles(subject.split(":")[0]) is not None:  # "Thủ tướng A và các Phó Thủ tướng: B, C"
        people = [Attendee(p.name, "person", p.titles) for p in _people.parse_people(subject)]
        _add_attendees(people, src, st)
        if chairs and not st.chairs:
            _chair_people(people, src, st)
        return True
    listed = titled_list(subject)
    if listed is not None or _names_several(subject):  # "Bí thư Thành ủy A, Phó Trưởng ban … B đến dự"
        read_attendees(subject, src, st)
        return True
    person = parse_person(subject)
    named = cues().honorifics.at_start(subject) is not None or opens_with_name(subject)
    ranked = name_prefix(subject)  # "Thiếu tướng Phạm Huy Tập, Chính ủy BĐBP tới dự …"
    named = named or (bool(ranked[0]) and opens_with_name(ranked[1]))
    if person is None or not (named or _titled_name(subject, person)):
        return False
    _add_attendees([Attendee(person.name, "person", person.titles)], src, st)
    if chairs and fold(person.name) not in {fold(c.name) for c in st.chairs}:
        st.chairs.append(person)  # "… dự và đồng chủ trì Hội nghị"
        st.note(f"/chairs/{len(st.chairs) - 1}", src)
    return True


def _names_several(subject: str) -> bool:
    """ "Các đồng chí A, B, Phó Trưởng Ban …": a plural honorific before several people named."""
    return cues().plural_honorifics.at_start(subject) is not None and len(_people.parse_people(subject)) > 1


def _unglued_name(text: str) -> str:
    """ "Thủ tướng Chính phủ Phạm Minh Chínhdự và đồng chủ trì …": a verb of attending a lost space
    glued to the name before it, given its space back (the text as it is when none is)."""
    folded = fold_aligned(text)
    for phrase in cues().subject_attend_verbs.folded:
        at = folded.find(phrase)
        word = text[:at].rsplit(" ", 1)[-1] if at > 0 else ""
        if len(word) > 1 and word[0].isupper() and word[-1].islower():
            return f"{text[:at]} {text[at:]}"
    return text


def _after_dateline(subject: str) -> str:
    """ "Chiều 22/8, tại trụ sở Chính phủ, Thủ tướng Chính phủ A" -> "Thủ tướng Chính phủ A": the
    subject of a lead sentence after its date and place."""
    dates = find_dates(subject)
    if not dates or dates[0].start > DATELINE_REACH:
        return subject
    return subject.rsplit(",", 1)[-1].strip() if "," in subject[dates[0].end :] else subject


DATELINE_REACH = 20


def _titled_name(subject: str, person: NamedPerson) -> bool:
    """ "Bí thư Tỉnh ủy Nguyễn Văn A": a title the text names people by, then the name."""
    return (
        bool(person.titles)
        and cues().speaker_titles.at_start(subject) is not None
        and subject.endswith(person.name)
        and looks_like_name(person.name)
        and cues().org_heads.at_start(person.name) is None  # "Giám đốc Sở Nguyễn Văn A" is misread
    )


MIN_COUNTERPART_WORDS = 2


def read_counterparts(text: str, src: _Source, st: _State) -> None:
    """ "… chủ trì buổi làm việc với đại diện Ngân hàng Thế giới để đánh giá …": the other side
    of a working session or a dialogue the lead names attends, up to the purpose or the place
    that follows it; a bare "đoàn" (the delegation named before) adds nobody."""
    cue = cues().counterpart_cues.search(text)
    if cue is None:
        return
    rest = text[cue.end :]
    stop = cues().counterpart_stops.search(rest)
    side = rest[: stop.start if stop is not None else len(rest)].strip(" ,.;:")
    chair = cues().chair_cues.search(side)
    if chair is not None:  # "… với Ban chi ủy các chi bộ …, đồng chí A - Phó Bí thư … chủ trì"
        subject = _people.last_subject(side[: chair.start])
        side = side[: chair.start - len(subject)].strip(" ,") if subject != side[: chair.start] else side
    if len(side.split()) >= MIN_COUNTERPART_WORDS:
        read_attendees(side, src, st)


def read_visitors(text: str, src: _Source, st: _State) -> bool:
    """ "Ngày 24/3, đại diện lãnh đạo Huyện ủy, HĐND, UBND … huyện Cát Tiên đã đến thăm, …": the
    group that visits, from the group head opening the clause before the verb of visiting (the
    last such head), attends; a group led by someone ("do đồng chí A làm Trưởng đoàn") is left to
    the delegation rules."""
    verb = cues().visit_verbs.search(text)
    if verb is None:
        return False
    before = without_trailers(text[: verb.start]).strip(" ,")  # "… đã đến thăm"
    heads = [
        h
        for h in cues().visitor_heads.finditer(before)
        if h.start == 0 or before[: h.start].rstrip().endswith(",")
    ]
    if not heads or cues().chair_cues.contains(before[heads[-1].start :]):
        return False
    return bool(read_attendees(before[heads[-1].start :], src, st))


BODY_CUE_REACH = 60


def read_in_body(text: str, src: _Source, st: _State) -> bool:
    """An attendance sentence anywhere in the body: "Tham dự buổi làm việc có …", or the
    attendees before "… tham dự." at its end; a meeting's secretary ("TS. A là thư ký Hội nghị.")
    is taken too, as no result."""
    if appoints_for_procedure(text):
        return True
    attend = attendance_cue(text, BODY_CUE_REACH)
    if attend is not None and not st.attendance_pending:
        read_attendance_cue(text, attend, src, st)
        return True
    if read_other_forms(text, src, st):  # the list after a cue, "Dự hội nghị đại diện …", "A dự và …"
        return True
    trimmed = text.rstrip(" .")
    trailer = cues().attend_trailers.ends_with(trimmed)
    if trailer is not None and text.rstrip()[-1:] in ".!" and heads_list(text):  # not a caption
        read_attendees(trimmed[: trailer.start], src, st)
        return True
    return False
