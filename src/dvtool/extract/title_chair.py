"""Rule headline-chair: a headline that says who chaired by position only ("Thủ tướng chủ trì Hội
nghị trực tuyến Chính phủ với địa phương"), over a text that names the person with that position
("… sau khi Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu khai mạc …") and tells no chair of its
own: that person chairs. The position and the chair words come from ``cues.yaml``."""

from __future__ import annotations

from collections.abc import Sequence

from dvtool.extract._text import is_name_word, looks_like_name
from dvtool.extract.cues import cues
from dvtool.extract.function_words import function_words
from dvtool.extract.person_names import NamedPerson, title_then_name
from dvtool.extract.state import _Source, _State

MAX_POSITION_WORDS = 6  # "Phó Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Giáo dục và Đào tạo"
MAX_TITLE_WORDS = 10  # the position and what follows it before the name ("… Chính phủ")


def title_chair(st: _State, texts: Sequence[tuple[str, _Source]]) -> None:
    """The chair a headline names by position, from the first sentence that gives the position
    followed by a full name; nothing when the text has a chair or the headline names a person."""
    if st.chairs or not st.title:
        return
    cue = cues().chair_cues.search(st.title)
    position = st.title[: cue.start].strip(" ,:-–") if cue is not None else ""
    words = position.split()
    if not 1 <= len(words) <= MAX_POSITION_WORDS or not position[:1].isupper() or looks_like_name(position):
        return
    if cues().org_heads.at_start(position) is not None or is_name_word(words[-1]) and len(words) > 1:
        return  # "UBND tỉnh chủ trì …": a body; "… Nguyễn Văn A chủ trì": named, read elsewhere
    for text, src in texts:
        person = _named_after(text, position)
        if person is not None:
            st.chairs.append(person)
            st.note("/chairs/0", src)
            return


def _named_after(text: str, position: str) -> NamedPerson | None:
    """ "Thủ tướng Chính phủ Nguyễn Xuân Phúc": the position, at most a few more title words, then
    a full name of two or more words, in ``text``."""
    start = text.find(position)
    while start != -1:
        before = text[:start].split()[-1:] if start else []
        if start and (not text[start - 1].isspace() or before[0].casefold() in function_words().deputy_words):
            start = text.find(position, start + len(position))
            continue  # "Phó Thủ tướng …" is another position
        words = text[start:].split()[:MAX_TITLE_WORDS]
        run_end = _name_run_end(words)
        if run_end is not None:
            person = title_then_name(" ".join(words[:run_end]).strip(" ,.;:"))
            if person is not None and len(person.name.split()) >= 2:
                return person
        start = text.find(position, start + len(position))
    return None


def _name_run_end(words: list[str]) -> int | None:
    """The end of the first run of two or more name words after the first word, or None."""
    run = 0
    for index, word in enumerate(words[1:], start=1):
        if is_name_word(word.strip(",.;:")):
            run += 1
            if word[-1:] in ",.;:":
                return index + 1 if run >= 2 else None
        elif run >= 2:
            return index
        else:
            run = 0
    return len(words) if run >= 2 else None
