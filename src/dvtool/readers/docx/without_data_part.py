"""dvtool's own Word layout whose data part is gone.

Word's Inspect Document ("Custom XML data → Remove all") and a detour through LibreOffice's
ODF formats drop ``customXml/``; the page keeps dvtool's styles, so the structured stage still
reads it as dvtool's own layout, whose items carry no figures (they travel in the data part).
Without the part, the page is read as a Word file dvtool did not write is read:

* an official document (the page shows a frame: the kind line or a number) is interpreted
  as a document a person typed, so its header, number, date, signature and Nơi nhận are read
  from the page again;
* any other keeps the reading of dvtool's layout (its ``Thời gian:`` and other labelled lines),
  and each result, limitation and task gets the figures its text states, as in a typed report
  (the number parser's, bare numbers left out; a measure stated again is one figure).

A note says the part is missing, so it is clear where the values came from.
"""

from __future__ import annotations

import dataclasses

from dvtool.document import Document
from dvtool.messages import Message, Result, info
from dvtool.model import ITEM_SECTIONS, Item, Report


def read(document: Document, own: Result[Report], damaged: bool) -> Result[Report]:
    """The report of a page in dvtool's layout without (a usable) data part; ``own`` is the
    reading of the page as dvtool's layout, ``damaged`` whether a warning already says why."""
    from dvtool.interpret import interpret

    typed = interpret(dataclasses.replace(document, written_by_dvtool=False))
    frame = typed.value.document
    if frame is not None and (frame.kind or frame.number):
        result = typed
    else:
        result = Result(with_text_figures(own.value), own.messages, own.locations)
    return result if damaged else result.with_messages((_missing_note(),))


def with_text_figures(report: Report) -> Report:
    """Each item without figures gets the figures its text states, as a typed report's item."""
    from dvtool.extract.figure_filters import drop_repeated
    from dvtool.interpret.official_body import item_figures

    sections: dict[str, list[Item]] = {
        name: [i if i.figures else Item(i.text, item_figures(i.text)) for i in getattr(report, name)]
        for name in ITEM_SECTIONS
    }
    drop_repeated([sections["results"], sections["limitations"]])
    return dataclasses.replace(
        report,
        results=tuple(sections["results"]),
        limitations=tuple(sections["limitations"]),
        tasks=tuple(sections["tasks"]),
    )


def _missing_note() -> Message:
    return info(
        "docx-data-part",
        "dvtool's data part is missing (removed in Word or by a save through another format): "
        "the page is read as a Word file dvtool did not write, figures from the items' text",
    )
