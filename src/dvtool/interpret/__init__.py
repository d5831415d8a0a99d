"""One interpreter: :class:`~dvtool.document.Document` -> ``Result[Report]``, for every format.

The stages, tried in order (the first that recognises the document reads it):

0. an official document's frame (header, number, kind line, signature, Nơi nhận) is taken off
   first and read into its fields — :mod:`.official`; the rest goes through stages 2 and 3;
1. dvtool's own Markdown layout (front matter, section headings) — :mod:`.own_markdown`;
2. structured reports: section headings, "Label: value" lines, tables (dvtool's own DOCX
   layout included) — :mod:`.structured`;
3. prose: everything else — :mod:`.prose` over the extraction stages in :mod:`dvtool.extract`.
"""

from __future__ import annotations

from dvtool.document import Document
from dvtool.messages import Result
from dvtool.model import Report


def interpret(document: Document) -> Result[Report]:
    """The report a document holds, with warnings and where each value came from."""
    if document.meta is not None:
        from dvtool.interpret import own_markdown

        result = own_markdown.read(document)
        return Result(result.value, document.messages + result.messages, result.locations)
    # dvtool's own Word layout is read exactly by the structured stage (its data part holds
    # the document parts); the frame is for documents people typed
    if document.written_by_dvtool:
        return _body(document)
    from dvtool.interpret import official

    frame = official.find_frame(document)
    if frame is None:
        return _body(document)
    return official.apply(frame, _body(frame.body))


def _body(document: Document) -> Result[Report]:
    """The structured stage when it finds a report layout, else the prose stage."""
    from dvtool.interpret import structured

    found = structured.read(document)
    if found is not None:
        return found
    from dvtool.interpret import prose

    return prose.read(document)
