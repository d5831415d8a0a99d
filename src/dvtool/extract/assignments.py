"""Work assigned to a body or person by name ("Giao Văn phòng Đảng ủy chủ trì …", "Phó Thủ tướng
giao Hiệp hội … chủ trì và phối hợp …"): the verb that assigns it, and the "chủ trì" it makes a
lead role in the work rather than the chair of the meeting."""

from __future__ import annotations

from dvtool.extract.cues import CueMatch, cues
from dvtool.extract.function_words import function_words


def opening_assignment(sentence: str) -> CueMatch | None:
    """ "Giao Văn phòng Đảng ủy chủ trì …", "Phân công đồng chí Phó Bí thư …": a sentence that
    opens by assigning work to the body or person named next (a capital, or "đồng chí …")."""
    verb = cues().assignment_openers.at_start(sentence)
    if verb is None:
        return None
    after = sentence[verb.end :].lstrip(" ,:")
    if after[:1].isupper() or cues().honorifics.at_start(after) is not None:
        return verb
    return None


def assignments_within(sentence: str) -> list[CueMatch]:
    """ "Phó Thủ tướng giao Hiệp hội Lương thực Việt Nam chủ trì …", "…; giao các cơ quan tham
    mưu tiếp thu …": an assignment verb inside the sentence, followed by the body or person it
    assigns (a capital, "đồng chí …", "các …"); not a word the verb is part of ("bàn giao",
    "chuyển giao", "được giao nhiệm vụ", "giao thông")."""
    found = []
    for verb in cues().assignment_openers.finditer(sentence):
        if verb.start == 0 or cues().assignment_blockers.ends_with(sentence[: verb.start].rstrip()):
            continue
        after = sentence[verb.end :].lstrip(" ,:")
        plural = after.split(" ", 1)[0].casefold() in function_words().plural_words
        if after[:1].isupper() or cues().honorifics.at_start(after) or plural:
            found.append(verb)
    return found


def assigns_lead(text: str, chair: CueMatch) -> bool:
    """ "… giao Hiệp hội Lương thực Việt Nam chủ trì và phối hợp …", "đề nghị Sở Tài chính chủ trì,
    phối hợp …": the "chủ trì" of a body a verb before it in the same sentence assigns or asks
    leads the work it is given; it does not chair the meeting."""
    before = text[: chair.start]
    clause = before[max(before.rfind(". "), before.rfind("; ")) + 1 :]
    if opening_assignment(clause.lstrip()) is not None or assignments_within(clause):
        return True
    return cues().body_direction_verbs.contains(clause)
