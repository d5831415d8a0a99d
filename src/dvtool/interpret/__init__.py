"""One interpreter: :class:`~dvtool.document.Document` -> ``Result[Report]``, for every format.

The stages, tried in order (the first that recognises the document reads it):

0. an official document's frame (header, number, kind line, signature, Nơi nhận) is taken off
   first and read into its fields — :mod:`.official`; the header may be in Word's page header
   (blocks hinted ``page_header``, placed first), used when the body has no header of its own;
   what of those the frame does not take is dropped, and the rest goes through stages 2 and 3;
1. dvtool's own Markdown layout (front matter, section headings) — :mod:`.own_markdown`;
2. structured reports: section headings, "Label: value" lines, tables (dvtool's own DOCX
   layout included) — :mod:`.structured`;
3. prose: everything else — :mod:`.prose` over the extraction stages in :mod:`dvtool.extract`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvtool.document import Document
from dvtool.messages import Result
from dvtool.model import Report

if TYPE_CHECKING:
    from dvtool.interpret import official


def interpret(document: Document) -> Result[Report]:
    """The report a document holds, with warnings and where each value came from."""
    if document.meta is not None:
        from dvtool.interpret import own_markdown

        result = own_markdown.read(document)
        return Result(result.value, document.messages + result.messages, result.locations)
    # dvtool's own Word layout is read exactly by the structured stage (its data part holds
    # the document parts); the frame and the stray-foot filter are for documents people typed
    if document.written_by_dvtool:
        return _body(_without_page_header(document))
    frame = _frame(document)
    from dvtool.interpret import official_foot

    if frame is None:
        from dvtool.interpret import cut_end

        plain = _without_page_header(document)
        return cut_end.without_cut_tasks(
            official_foot.without_stray_tasks(_body(plain), plain.blocks), plain.blocks
        )
    from dvtool.interpret import official, official_directions

    body = _without_page_header(frame.body)
    result = _body(body, official=True)
    directions = official_directions.find(body)
    if directions is not None:
        result = official_directions.apply(directions, result)
    result = official_foot.without_attachment_tasks(result, frame.attachments)
    return official.apply(frame, official_foot.without_stray_tasks(result, body.blocks))


def _frame(document: Document) -> official.Frame | None:
    """The official frame; Word's page header is part of it only when the body's own page
    holds no header (issuing body or number), so a running header never spoils one."""
    from dvtool.interpret import official

    on_page = _without_page_header(document)
    if on_page is document:
        return official.find_frame(document)
    frame = official.find_frame(on_page)
    if frame is not None and (frame.document.issuer or frame.document.number):
        return frame
    return official.find_frame(document) or frame


def _without_page_header(document: Document) -> Document:
    """The document without the page-header blocks the official frame did not take: what
    Word prints on top of every page (a running title, a company name) is not report text."""
    if not any(b.hints.page_header for b in document.blocks):
        return document
    import dataclasses

    return dataclasses.replace(document, blocks=tuple(b for b in document.blocks if not b.hints.page_header))


def _body(document: Document, *, official: bool = False) -> Result[Report]:
    """The structured stage when it finds a report layout, else the prose stage."""
    from dvtool.interpret import structured

    found = structured.read(document)
    if found is not None:
        return found
    from dvtool.interpret import prose

    return prose.read(document, official=official)
