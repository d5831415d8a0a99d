"""Paragraphs a crawler joined (rule joined-paragraphs): a news page saved as one line, or a
database field that kept no paragraph breaks, runs the lead, the results, the speeches and the
captions of a whole article into one paragraph. The walk reads a speech, a caption and a change
of section by the paragraph it opens, so a long paragraph is cut before each sentence that would
open one: a speech ("Phát biểu tại buổi làm việc, đồng chí …", "Đồng chí … đề nghị …") or a
photo's caption ("Bí thư … phát biểu kết luận buổi làm việc.")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dvtool.document import Block
from dvtool.extract._text import split_sentences
from dvtool.messages import Location

JOINED_CHARS = 1500  # a paragraph of a typed article is shorter; a joined page is longer


def unjoined(blocks: Sequence[Block], opens: Callable[[str], bool]) -> list[Block]:
    """The blocks, each long paragraph cut before every sentence that ``opens`` a paragraph of
    its own (but its first)."""
    out: list[Block] = []
    joined = _joined_lengths(blocks)
    for block in blocks:
        if block.kind != "paragraph" or joined.get(block.location, len(block.text)) < JOINED_CHARS:
            out.append(block)
            continue
        pieces = _segments(block.text, opens)
        out.extend(Block(text, block.kind, block.level, block.location) for text in pieces)
    return out


def _joined_lengths(blocks: Sequence[Block]) -> dict[Location | None, int]:
    """The length of each paragraph of the page, summed over the blocks cut from it (a photo's
    credit cut from a joined page, :mod:`dvtool.extract.credits`, leaves it joined)."""
    lengths: dict[Location | None, int] = {}
    for block in blocks:
        if block.location is not None and block.kind == "paragraph":
            lengths[block.location] = lengths.get(block.location, 0) + len(block.text)
    return lengths


def _segments(text: str, opens: Callable[[str], bool]) -> list[str]:
    segments: list[list[str]] = []
    for sentence in split_sentences(text):
        if not segments or opens(sentence):
            segments.append([sentence])
        else:
            segments[-1].append(sentence)
    return [" ".join(s) for s in segments]
