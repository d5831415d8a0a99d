"""Which part of a checked .docx package is the document, and what kind of document it is.

``_rels/.rels`` names the main part, ``[Content_Types].xml`` says what it is: a Word document,
ISO Strict Open XML, or another Office file (a workbook, a presentation, a macro-enabled
document) that dvtool names and refuses."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dvtool.errors import InputError
from dvtool.i18n import N_, Phrase
from dvtool.safety import (
    parse_xml_part,
)

REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT_REL_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
STRICT_NAMESPACE_PREFIX = "http://purl.oclc.org/ooxml/"
CT_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


# content type of a main part that is not a plain .docx -> (what it is, how to fix it)
_OTHER_MAIN_TYPES: dict[str, tuple[str, str]] = {
    "application/vnd.ms-word.document.macroEnabled.main+xml": (
        N_("a macro-enabled Word document (.docm)"),
        N_("save it as 'Word Document (*.docx)'"),
    ),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": (
        N_("a Word template (.dotx)"),
        N_("create a document from it and save that as .docx"),
    ),
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": (
        N_("a macro-enabled Word template (.dotm)"),
        N_("create a document from it and save that as .docx"),
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": (
        N_("an Excel workbook (.xlsx), not a Word document"),
        N_("dvtool reads Word documents only"),
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        N_("a PowerPoint presentation (.pptx), not a Word document"),
        N_("dvtool reads Word documents only"),
    ),
}


STRICT_MESSAGE = N_("this is ISO/IEC 29500 Strict Open XML, which dvtool cannot read")
STRICT_HINT = N_("open it in Word and save as 'Word Document (*.docx)'")


@dataclass(frozen=True)
class DocxPackage:
    """What :func:`check_docx_package` learned: the main part's member name and its flavour.

    The check inflates every member anyway (for its size and CRC), so it hands the XML parts'
    bytes on (``xml_parts``, by member name), with the parsed ``[Content_Types].xml`` and main
    part, so that a reader never inflates or parses them a second time. These are left out of
    comparisons and ``repr``.
    """

    main_part: str
    strict: bool = False
    xml_parts: Mapping[str, bytes] = field(default_factory=dict, compare=False, repr=False)
    content_types: Any = field(default=None, compare=False, repr=False)
    main_root: Any = field(default=None, compare=False, repr=False)


def find_main_part(
    names: Mapping[str, str],
    read: Callable[[str], bytes],
    xml_parts: dict[str, bytes],
    source: str,
    allow_strict: bool,
) -> DocxPackage:
    """The main part of a package whose members were checked: ``names`` maps lower-case member
    names to real ones, ``read`` gives a member's bytes."""
    if "[content_types].xml" not in names:
        raise _not_ooxml(names, read, source)
    if "_rels/.rels" not in names:
        raise InputError(
            "the .docx is damaged: it has no _rels/.rels, so its main document cannot be found",
            source,
            hint="open and re-save it in Word",
        )
    rels = parse_xml_part(read(names["_rels/.rels"]), source, "_rels/.rels")
    target, strict = _office_document_target(rels)
    if target is None:
        raise InputError(
            "the .docx is damaged: _rels/.rels names no main document part",
            source,
            hint="open and re-save it in Word",
        )
    member = names.get(target.lower())
    if member is None:
        raise InputError(
            "the .docx is damaged: missing part {part!r} (its main document)", source, part=target
        )
    types = parse_xml_part(read(names["[content_types].xml"]), source, "[Content_Types].xml")
    content_type = _content_type(types, member)
    main = parse_xml_part(read(member), source, member)
    strict = strict or main.tag.startswith("{" + STRICT_NAMESPACE_PREFIX)
    if strict:
        if allow_strict:
            return DocxPackage(member, strict=True, xml_parts=xml_parts, content_types=types)
        raise InputError(STRICT_MESSAGE, source, hint=STRICT_HINT)
    if content_type in _OTHER_MAIN_TYPES:
        template, hint = _OTHER_MAIN_TYPES[content_type]
        raise InputError("this is {what}", source, hint=hint, what=Phrase(template))
    if content_type != CT_DOCUMENT_MAIN:
        raise InputError(
            "the main part {member!r} is not a Word document (content type {kind!r})",
            source,
            member=member,
            kind=content_type or "missing",
        )
    return DocxPackage(member, xml_parts=xml_parts, content_types=types, main_root=main)


def _not_ooxml(names: Mapping[str, str], read: Callable[[str], bytes], source: str) -> InputError:
    if "mimetype" in names:
        kind = read(names["mimetype"])[:100]
        if b"opendocument.text" in kind:
            return InputError(
                "this is an OpenDocument text (.odt) file, not a .docx",
                source,
                hint="open it in LibreOffice or Word and save as 'Word Document (*.docx)'",
            )
    return InputError("this zip is not a Word document (it has no [Content_Types].xml)", source)


def _office_document_target(rels: Any) -> tuple[str | None, bool]:
    for rel in rels.iter(f"{_REL_NS}Relationship", "Relationship"):
        kind = rel.get("Type", "")
        if kind in (REL_OFFICE_DOCUMENT, STRICT_REL_OFFICE_DOCUMENT) and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            # Targets in the package rels are relative to the root; "/word/x.xml" is absolute.
            normalized = posixpath.normpath(posixpath.join("/", target)).lstrip("/")
            return normalized, kind == STRICT_REL_OFFICE_DOCUMENT
    return None, False


def _content_type(types: Any, member: str) -> str | None:
    part_name = "/" + member.lower()
    for override in types.iter(f"{_CT_NS}Override"):
        if override.get("PartName", "").lower() == part_name:
            return _attribute(override, "ContentType")
    extension = posixpath.splitext(member)[1].lstrip(".").lower()
    for default in types.iter(f"{_CT_NS}Default"):
        if default.get("Extension", "").lower() == extension:
            return _attribute(default, "ContentType")
    return None


def _attribute(element: Any, name: str) -> str | None:
    value = element.get(name)
    return value if isinstance(value, str) else None
