"""dvtool's data part: the report's exact JSON inside the .docx, beside the visible text.

Some values are not visible text (a figure's change, ``related``, the exact spelling of text
that Word cannot show: edge spaces, "\\r", control characters), and some visible text cannot be
read back exactly. So the writer stores, in a custom XML part of the package (ECMA-376 Part 1,
§15.2.5; Word keeps such parts when it saves), two JSON documents:

* ``report`` — the report exactly as written;
* ``visible`` — what dvtool's DOCX reader reads from the visible text of the same file;
* ``notes`` — the [code, text] of the messages that reading gave: they are about dvtool's own
  layout (a kind line, an empty report), so the reader does not repeat them;
* ``frame`` — the lines of the header table, the kind line and the signature table, which the
  reader does not map to fields yet: if they change on the page, the reader warns that the
  stored ``document`` was kept;
* ``key`` — a key of the rest of the package, ``visible``, ``notes`` and dvtool's version
  (:func:`dvtool.readers.docx.custom_part.package_key`), added by :meth:`DataPart.seal` once the
  package is saved: while it matches, the reader need not read the page again. (No key when the
  page's text looks typed in a legacy font: that warning comes from reading the page.)

``customXml/itemN.xml`` (the first free N; python-docx's template already has item1), related
from ``word/document.xml`` with the ``customXml`` relationship and with its properties part
``customXml/itemPropsN.xml``::

    <dvtool:data xmlns:dvtool="https://dvtool.example.vn/ns/docx-data/1" version="1">
      <dvtool:report>{"schema_version": "2", "title": ...}</dvtool:report>
      <dvtool:visible>{"schema_version": "2", "title": ...}</dvtool:visible>
      <dvtool:notes>[["dropped-paragraphs", "dropped 1 paragraph ..."]]</dvtool:notes>
      <dvtool:frame>["UBND HUYỆN THANH CHƯƠNG", ..., "Nguyễn Văn Hùng"]</dvtool:frame>
      <dvtool:key>3f1c…</dvtool:key>
    </dvtool:data>

The JSON escapes what XML 1.0 cannot hold (``\\uXXXX``), so any string survives XML. On reading
(:mod:`dvtool.readers.docx.custom_part`) each field read from the visible text is compared with
``visible``: equal means the person did not touch it, and the stored value is used exactly;
different means the person edited it, and the edited text wins.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from dvtool.model import Report, report_to_dict

NAMESPACE = "https://dvtool.example.vn/ns/docx-data/1"
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_CT_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_CUSTOM_XML = _RT + "customXml"
RT_CUSTOM_XML_PROPS = _RT + "customXmlProps"


def to_json(report: Report) -> str:
    """The report as one line of JSON that XML 1.0 text can hold.

    json escapes "\\r" and the other C0 controls; U+FFFE, U+FFFF and surrogates, which XML cannot
    hold, are escaped here. Everything else stays as written (so most reports need no escapes at all, and
    the reader takes the JSON reader's fast path).
    """
    text = json.dumps(report_to_dict(report), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _NOT_XML.sub(_escape_char, text)


def _escape_char(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def item_xml(
    report: Report,
    visible: Report,
    notes: Sequence[tuple[str, str]] = (),
    frame: Sequence[str] = (),
    key: str | None = None,
) -> bytes:
    """The custom XML part holding both JSON documents and the reader's notes on the layout
    (and the package's key)."""
    notes_json = json.dumps([list(n) for n in notes], ensure_ascii=True)
    frame_json = _NOT_XML.sub(_escape_char, json.dumps(list(frame), ensure_ascii=False))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<dvtool:data xmlns:dvtool="{NAMESPACE}" version="1">'
        f"<dvtool:report>{escape(to_json(report))}</dvtool:report>"
        f"<dvtool:visible>{escape(to_json(visible))}</dvtool:visible>"
        f"<dvtool:notes>{escape(notes_json)}</dvtool:notes>"
        f"<dvtool:frame>{escape(frame_json)}</dvtool:frame>"
        + (f"<dvtool:key>{key}</dvtool:key>" if key is not None else "")
        + "</dvtool:data>"
    ).encode()


class DataPart:
    """The data part attached to a document, and its properties part."""

    def __init__(self, item: Any, props: Any, contents: tuple[Report, Report, Sequence[Any], Sequence[str]]):
        self.item, self.props, self._contents = item, props, contents
        _, visible, notes, _ = contents
        self.name = str(item.partname).lstrip("/")  # its zip member name
        self.visible_json = to_json(visible)  # as item_xml writes them
        self.notes_json = json.dumps([list(n) for n in notes], ensure_ascii=True)

    def seal(self, key: str) -> None:
        """Write the package's key into the part (the key leaves out this part and its
        properties part, whose item id follows from the part's bytes)."""
        blob = item_xml(*self._contents, key=key)
        self.item._blob = blob  # python-docx keeps a part's bytes in ``_blob``
        self.props._blob = _props_xml(blob)


def _props_xml(item: bytes) -> bytes:
    # A stable item id (derived from the content) keeps the output reproducible.
    item_id = (
        "{"
        + str(uuid.uuid5(uuid.NAMESPACE_URL, NAMESPACE + "#" + hashlib.sha256(item).hexdigest())).upper()
        + "}"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
        f'ds:itemID="{item_id}"><ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()


def attach(
    document: Any,
    report: Report,
    visible: Report,
    notes: Sequence[tuple[str, str]] = (),
    frame: Sequence[str] = (),
) -> DataPart:
    """Add the data part (and its properties part) to a python-docx document before saving."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    blob = item_xml(report, visible, notes, frame)
    item_name = package.next_partname("/customXml/item%d.xml")
    props_name = item_name.replace("/item", "/itemProps")
    item = Part(PackURI(item_name), "application/xml", blob, package)
    props = Part(PackURI(props_name), _CT_PROPS, _props_xml(blob), package)
    item.relate_to(props, RT_CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT_CUSTOM_XML)
    return DataPart(item, props, (report, visible, notes, frame))
