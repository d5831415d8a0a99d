"""Official documents as an office types them, for tests: a header frame, a body (a bold line is
a heading, as in Word) and a footer, read by the interpreter."""

from __future__ import annotations

from collections.abc import Sequence

from dvtool.document import Block, Document, Hints
from dvtool.interpret import interpret
from dvtool.model import Report


def typed_report(frame: Sequence[str], footer: Sequence[str], body: Sequence[str | Block]) -> Report:
    blocks = [Block(t) for t in frame]
    blocks += [b if isinstance(b, Block) else Block(b) for b in body]
    blocks += [Block(t) for t in footer]
    return interpret(Document(tuple(blocks), origin="docx")).value


def bold(text: str) -> Block:
    return Block(text, hints=Hints(bold=True))
