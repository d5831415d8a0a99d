"""Opening a .docx package for reading: the zip and its relationships, on zipfile and lxml.

Only the parts the reader uses are parsed: the main document part, its styles and numbering
parts and its headers and footers. They are found the way Open Packaging Conventions say —
the main part through the officeDocument relationship in ``_rels/.rels`` (so a main part stored
under another name is found), the others through the main part's own relationships file
(relationship types, not fixed file names) and ``[Content_Types].xml``.

Every member was inflated once by
:func:`dvtool.readers.docx.package_checks.check_docx_package` (sizes, CRCs, DTDs) and its
XML parts are reused from there; every part is parsed with
:func:`dvtool.safety.parse_xml_part` (no entities, no DTD, no network).

python-docx is not used here: importing it costs 30-60 ms per process and opening a document
with it parses every part of the package (settings, fonts, theme, comments...) into custom
element classes, which was most of the time of reading a one-page report.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from dvtool.errors import InputError
from dvtool.i18n import N_
from dvtool.readers.docx.main_part import DocxPackage
from dvtool.readers.docx.package_checks import check_docx_package
from dvtool.safety import parse_xml_part

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
REL_STYLES = _REL + "styles"
REL_NUMBERING = _REL + "numbering"
CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OVERRIDE = "{http://schemas.openxmlformats.org/package/2006/content-types}Override"
_DEFAULT = "{http://schemas.openxmlformats.org/package/2006/content-types}Default"
_W_DOCUMENT = f"{{{W}}}document"
_W_BODY = f"{{{W}}}body"

# What Word (and python-docx, which the reader used before) assume when a document has no
# styles part: a default paragraph style "Normal" and the other three default styles.
_DEFAULT_STYLES = (
    f'<w:styles xmlns:w="{W}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/></w:style>'
    "</w:styles>"
).encode()


@dataclass(frozen=True)
class WordPackage:
    """The parsed parts the extractor reads (lxml elements)."""

    body: Any
    styles: Any | None  # the styles part's root; None when it cannot be told which part it is
    numbering: Any | None
    headers_footers: tuple[Any, ...]
    # The header parts of the first page, read as text: the first-page header (when the first
    # section has a different first page) and the default header, each at most once. Official
    # documents sometimes put the issuing body there. The same objects as in headers_footers.
    page_headers: tuple[Any, ...] = ()


def open_package(
    data: bytes, source: str, checked_zip: tuple[tuple[str, ...], dict[str, bytes]] | None = None
) -> WordPackage:
    """Check a .docx (see :mod:`dvtool.safety`) and parse the parts the reader needs
    (``checked_zip``: see :func:`check_docx_package`)."""
    checked = check_docx_package(data, source, checked_zip=checked_zip)
    parts = _Parts(data, checked, source)
    main = parts.main_root()
    if main.tag != _W_DOCUMENT:
        raise InputError("not a readable Word document: its main part is not a Word document body", source)
    body = main.find(_W_BODY)
    if body is None:
        raise InputError("not a readable Word document: its main part has no body", source)
    rels = parts.relationships(checked.main_part)
    styles = parts.single_related(rels, REL_STYLES, default=_DEFAULT_STYLES)
    numbering = parts.single_related(rels, REL_NUMBERING)
    found = dict(parts.headers_footers(checked.main_part))
    page_headers = tuple(
        found[target]
        for target in first_page_headers(body, parts.relationship_ids(checked.main_part))
        if target in found
    )
    return WordPackage(body, styles, numbering, tuple(found.values()), page_headers)


_W_SECT_PR = f"{{{W}}}sectPr"
_W_HEADER_REFERENCE = f"{{{W}}}headerReference"
_W_TITLE_PG = f"{{{W}}}titlePg"
_W_TYPE = f"{{{W}}}type"
_W_VAL = f"{{{W}}}val"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def first_page_headers(body: Any, targets: Mapping[str, str]) -> list[str]:
    """The part names of the first section's first-page header (if the section has a title
    page) and default header, in that order, without repeats.

    The first ``w:sectPr`` in document order is the first section's: in the last paragraph of
    the section, or the body's own at the end when the document has one section.
    """
    sect = next(body.iter(_W_SECT_PR), None)
    if sect is None:
        return []
    refs = {ref.get(_W_TYPE, "default"): ref.get(_R_ID, "") for ref in sect.iter(_W_HEADER_REFERENCE)}
    title_page = next(sect.iter(_W_TITLE_PG), None)
    kinds = ["default"]
    if title_page is not None and title_page.get(_W_VAL, "true").lower() not in ("0", "false", "off"):
        kinds.insert(0, "first")
    names: list[str] = []
    for kind in kinds:
        target = targets.get(refs.get(kind, ""))
        if target is not None and target.lower() not in (n.lower() for n in names):
            names.append(target)
    return names


# ISO/IEC 29500 Strict names its namespaces and relationship types under purl.oclc.org; apart
# from those names the WordprocessingML that carries text is the same as Transitional's, so
# renaming them lets the reader read the text (measurements that differ are not used here).
STRICT_PREFIX = b"http://purl.oclc.org/ooxml/"
_STRICT_NAMES: tuple[tuple[bytes, bytes], ...] = (
    (
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/math",
        b"http://schemas.openxmlformats.org/officeDocument/2006/math",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/customProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/", b"http://schemas.openxmlformats.org/drawingml/2006/"),
)
STRICT_MESSAGE = N_(
    "this is ISO Strict Open XML, which dvtool cannot read; "
    'open it in Word and save it as "Word Document (*.docx)"'
)


def _strict_to_transitional(xml_parts: Mapping[str, bytes], source: str) -> dict[str, bytes]:
    """Every XML part of a Strict package with its names rewritten to Transitional ones."""
    rewritten: dict[str, bytes] = {}
    for name, content in xml_parts.items():
        if name.endswith((".xml", ".rels")):
            for strict, transitional in _STRICT_NAMES:
                content = content.replace(strict, transitional)
            if STRICT_PREFIX in content:
                raise InputError(STRICT_MESSAGE, source)
        rewritten[name] = content
    return rewritten


class _Parts:
    """Part bytes by case-insensitive part name, parsed on demand."""

    def __init__(self, data: bytes, checked: DocxPackage, source: str) -> None:
        self.data = data
        self.checked = checked
        self.source = source
        xml_parts = checked.xml_parts
        self.strict = checked.strict or STRICT_PREFIX in _lower_get(xml_parts, "_rels/.rels", b"")
        if self.strict:
            xml_parts = _strict_to_transitional(xml_parts, source)
        self.xml_parts = {name.lower(): content for name, content in xml_parts.items()}
        self._content_types: dict[str, str] | None = None
        self._extensions: dict[str, str] = {}

    def main_root(self) -> Any:
        if self.checked.main_root is not None and not self.strict:
            return self.checked.main_root  # parsed by the package check already
        return self.parse(self.checked.main_part)

    def read(self, name: str) -> bytes | None:
        """A part's bytes; members that are not XML by name are inflated from the zip here."""
        content = self.xml_parts.get(name.lower())
        if content is not None:
            return content
        with zipfile.ZipFile(io.BytesIO(self.data)) as archive:
            for info in archive.infolist():
                if info.filename.lower() == name.lower():
                    return archive.read(info)  # sizes and CRC were checked by the package check
        return None

    def parse(self, name: str) -> Any:
        content = self.read(name)
        if content is None:
            raise InputError("the .docx is damaged: missing part {part!r}", self.source, part=name)
        return parse_xml_part(content, self.source, name)

    def relationships(self, name: str) -> list[tuple[str, str]]:
        """(type, target part name) of a part's internal relationships, in document order."""
        folder, base = posixpath.split(name)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        content = self.xml_parts.get(rels_name.lower())
        if content is None:
            return []
        found: list[tuple[str, str]] = []
        for rel in parse_xml_part(content, self.source, rels_name).iter(_RELATIONSHIP):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join("/", folder, rel.get("Target", "")))
            found.append((rel.get("Type", ""), target.lstrip("/")))
        return found

    def single_related(self, rels: list[tuple[str, str]], kind: str, default: bytes | None = None) -> Any:
        """The part of the one relationship of ``kind``, parsed (read-only: it may be shared
        with other documents, see :func:`_parse_shared`).

        No such relationship, or one whose part is missing, gives ``default`` parsed (None
        without a default); several relationships of one kind leave it undecided (None).
        """
        targets = [target for rel_type, target in rels if rel_type == kind]
        if len(targets) > 1:
            return None
        content = self.read(targets[0]) if targets else None
        if content is None:
            return _parse_shared(default, self.source, "default part") if default is not None else None
        return _parse_shared(content, self.source, targets[0])

    def relationship_ids(self, name: str) -> dict[str, str]:
        """Relationship id -> target part name, for a part's internal relationships."""
        folder, base = posixpath.split(name)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        content = self.xml_parts.get(rels_name.lower())
        if content is None:
            return {}
        found: dict[str, str] = {}
        for rel in parse_xml_part(content, self.source, rels_name).iter(_RELATIONSHIP):
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join("/", folder, rel.get("Target", "")))
                found[str(rel.get("Id", ""))] = target.lstrip("/")
        return found

    def headers_footers(self, main: str) -> Iterator[tuple[str, Any]]:
        """(part name, parsed root) of the header and footer parts reachable from the main part,
        each once (by content type)."""
        seen = {main.lower()}
        pending = [main]
        while pending:
            for _, target in self.relationships(pending.pop(0)):
                key = target.lower()
                if key in seen:
                    continue
                seen.add(key)
                if self.content_type(target) in (CT_HEADER, CT_FOOTER):
                    content = self.read(target)
                    if content is not None:
                        yield target, parse_xml_part(content, self.source, target)
                pending.append(target)

    def content_type(self, name: str) -> str | None:
        if self._content_types is None:
            self._content_types = {}
            types = self.checked.content_types
            if types is not None:
                for override in types.iter(_OVERRIDE):
                    part = str(override.get("PartName", "")).lower().lstrip("/")
                    self._content_types[part] = str(override.get("ContentType", ""))
                for default in types.iter(_DEFAULT):
                    extension = str(default.get("Extension", "")).lower()
                    self._extensions[extension] = str(default.get("ContentType", ""))
        key = name.lower()
        if key in self._content_types:
            return self._content_types[key]
        return self._extensions.get(posixpath.splitext(key)[1].lstrip("."))


# Documents made from one template share their styles and numbering parts byte for byte (every
# DOCX dvtool writes has the same 350 KB styles part), so a batch parses each distinct one once.
# The trees are only read, never changed; a few are kept, keyed by their bytes.
_SHARED_PARTS: OrderedDict[bytes, Any] = OrderedDict()
_SHARED_PARTS_KEPT = 4
_SHARED_PART_MAX_BYTES = 1024 * 1024  # a parsed tree takes several times its bytes


def _parse_shared(content: bytes, source: str, name: str) -> Any:
    """``parse_xml_part``, reusing the tree of a part with the same bytes parsed before."""
    if len(content) > _SHARED_PART_MAX_BYTES:
        return parse_xml_part(content, source, name)
    root = _SHARED_PARTS.get(content)
    if root is None:
        root = parse_xml_part(content, source, name)
        _SHARED_PARTS[content] = root
        if len(_SHARED_PARTS) > _SHARED_PARTS_KEPT:
            _SHARED_PARTS.popitem(last=False)
    else:
        _SHARED_PARTS.move_to_end(content)
    return root


def _lower_get(parts: Mapping[str, bytes], name: str, default: bytes) -> bytes:
    for member, content in parts.items():
        if member.lower() == name:
            return content
    return default
