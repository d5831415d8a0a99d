"""Directions quoted from a speech, read one per direction.

A direction quoted from a speech ("\"Mỗi cán bộ … phải …; luôn …. Trong mọi điều kiện …\" -
Là … phát biểu kết luận của đồng chí …") is cut into sentences before its closing quote: the
first sentence opens a quote that no quote closes in it, which would hide its ";" parts from the
split that makes one task per direction. It is read without that opening quote.
"""

from __future__ import annotations

import re

from dvtool.extract._text import split_top_level
from dvtool.extract.cues import cues


def unquoted(text: str) -> str:
    """The text without an opening quote that no quote closes in it (the quote closes in a
    later sentence); the text itself otherwise."""
    head = text.lstrip()
    if head[:1] == '"' and head.count('"') % 2 == 1 or head[:1] == "“" and "”" not in head:
        return head[1:]
    return text


_ATTRIBUTION_REACH = 40  # words after the closing quote that name who said it
_VERB_REACH = 12  # words after the closing quote before its verb of speech


def quoted_speech(text: str) -> bool:
    """ "\"… phải …; luôn …\" - Là một trong những nội dung quan trọng trong phát biểu kết luận
    của đồng chí Bí thư …", "“… cần …”, đồng chí Chủ tịch nhấn mạnh.": a paragraph that opens
    with a quote and attributes it after the closing quote, with a verb of speech, to a person
    named by an honorific or a leader's title, is that person's speech."""
    head = text.lstrip()
    close = {'"': '"', "“": "”"}.get(head[:1])
    if close is None:
        return False
    end = head.rfind(close)
    if end <= 0:
        return False
    return _attributes(head[end + 1 :])


def without_attribution(text: str) -> str:
    """ "… hạt nhân đoàn kết\" - Là nội dung … phát biểu kết luận của đồng chí …": the quoted
    words without the attribution after a closing quote that no quote opens in the text (it
    opened in an earlier sentence); the text itself otherwise."""
    for close, opening in (('"', '"'), ("”", "“")):
        end = text.rfind(close)
        if end <= 0:
            continue
        unopened = text.count('"') % 2 == 1 if close == '"' else opening not in text[:end]
        if unopened and _attributes(text[end + 1 :]):
            return text[:end].rstrip(" ,")
    return text


def _attributes(tail: str) -> bool:
    """The words after a closing quote name who said it: a verb of speech and a person named by
    an honorific or a leader's title."""
    near = " ".join(tail.split()[:_ATTRIBUTION_REACH])
    verb = cues().speech_verbs.search(near) if near else None
    if verb is None or len(near[: verb.start].split()) > _VERB_REACH:
        return False
    if cues().task_verbs.contains(near[verb.end :]):
        return False  # "…\", ông Phong nói và …, đề nghị thành phố rà soát …": more directions
    return bool(cues().honorifics.contains(near) or cues().speaker_titles.contains(near))


_NUMBERED = re.compile(r"\((\d{1,2})\)\s+")  # "(1) ", "(12) "
_MIN_NUMBERED = 2  # numbered items that make a list


def numbered_items(text: str) -> list[str]:
    """ "… đề ra các chỉ tiêu: (1) Truyền thông …; (2) Đào tạo …; (3) Phối hợp …": a task whose
    ";" parts after a head naming the work ahead (``numbered_work_heads``) each open with the
    next number in brackets is one task per item, without its number and the head; [] when the
    text is no such list ("… cho 4 nhóm đối tượng: (1) Cán bộ quản lý …; (2) …" names people)."""
    if "(1)" not in text:
        return []  # the common case, checked first
    parts = split_top_level(text, ";")
    first = _NUMBERED.search(parts[0])
    if first is None or first.group(1) != "1" or len(parts) < _MIN_NUMBERED:
        return []
    if not cues().numbered_work_heads.contains(parts[0][: first.start()]):
        return []
    items = [parts[0][first.end() :]]
    for number, part in enumerate(parts[1:], start=2):
        marker = _NUMBERED.match(part)
        if marker is None or marker.group(1) != str(number):
            return []
        items.append(part[marker.end() :])
    return [i.strip() for i in items if i.strip()]
