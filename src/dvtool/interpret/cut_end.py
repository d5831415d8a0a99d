"""No task from the cut end of a page stored truncated.

A news page stored in part stops in mid-sentence ("… Đồng chí đề nghị Cơ quan thườn"): its
last paragraph, long enough to be one, ends with no stop. A task read to that end loses the cut
word when the word is found nowhere else in the text (a syllable cut short: "thườn", "chuẩ"); it
goes when too little is left to say what to do ("Cơ quan"), or when it is the whole cut sentence
and that sentence does not open with what to do (a leader's praise cut before its directions:
"Sau khi nghe …, biểu dương những kết quả … về thực hiện nhiệm"). Only the last task is looked
at: the cut sentence is the last one read."""

from __future__ import annotations

import dataclasses

from dvtool.document import Block
from dvtool.extract._text import split_sentences
from dvtool.extract.cues import cues
from dvtool.interpret.task_drops import without_tasks
from dvtool.messages import Result
from dvtool.model import Report

_MIN_LEFT = 4  # words a cut task keeps to still say what to do
_MIN_PARAGRAPH = 12  # words of a last paragraph that ends in mid-sentence
_SAME_START = 4  # words a task shares with the start of the cut sentence when it is all of it
_MARKS = '.,;:!?"“”()'


def without_cut_tasks(result: Result[Report], blocks: tuple[Block, ...]) -> Result[Report]:
    """The report without a task read from the cut end of a truncated page, or with the cut
    word taken off it."""
    tasks = result.value.tasks
    if not tasks:
        return result
    last = next((b.text for b in reversed(blocks) if b.text.strip()), "").rstrip()
    if not last or not last[-1].isalnum() or len(last.split()) < _MIN_PARAGRAPH:
        return result  # the common case: the page ends with a stop, a byline or a short line
    end = last.split()[-1]
    words = tasks[-1].text.split()
    if len(words) < 2 or words[-1].casefold() != end.casefold():
        return result
    left = words[:-1] if _found_once(end, blocks) else words
    sentence = split_sentences(last)[-1].split()
    whole = [w.casefold() for w in left[:_SAME_START]] == [w.casefold() for w in sentence[:_SAME_START]]
    text = " ".join(left).rstrip(" ,;:")
    opens = cues().task_verbs.at_start(text) is not None or cues().need_modals.at_start(text) is not None
    report = result.value
    if len(left) >= _MIN_LEFT and (opens or not whole):
        item = dataclasses.replace(tasks[-1], text=text)
        return Result(
            dataclasses.replace(report, tasks=(*tasks[:-1], item)), result.messages, result.locations
        )
    return without_tasks(result, lambda i, _: i == len(tasks) - 1)


def _found_once(word: str, blocks: tuple[Block, ...]) -> bool:
    """A word of letters found nowhere else in the text: a syllable cut short ("thườn",
    "chuẩ"); a number ("năm 2021") is whole."""
    if not word.isalpha():
        return False
    folded = word.casefold()
    return sum(1 for b in blocks for w in b.text.split() if w.strip(_MARKS).casefold() == folded) == 1
