"""Hostile .docx packages, round 2 (issue 14, points 4 and 20): duplicate members, libxml2 limits."""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest

from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.readers.docx import read
from dvtool.readers.docx.package_checks import check_docx_package
from dvtool.safety import XML_MAX_DEPTH, parse_xml_part
from tests.fuzz.seeds import docx_bytes


def _with_extra_member(name: str, content: bytes) -> bytes:
    """The seed .docx with one more member appended (zipfile warns about duplicates; fine here)."""
    buffer = io.BytesIO(docx_bytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(name, content)
    return buffer.getvalue()


def _document_xml(text: str) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return (
        f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'
    ).encode()


@pytest.mark.parametrize(
    "name",
    ["word/document.xml", "Word/Document.xml", "_rels/.rels", "[CONTENT_TYPES].xml", "word\\document.xml"],
)
def test_duplicate_or_case_colliding_members_are_refused(name: str) -> None:
    data = _with_extra_member(name, _document_xml("Văn bản khác"))
    with pytest.raises(InputError, match="appears twice") as caught:
        check_docx_package(data, "two.docx")
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError):
        read(data, ReadOptions(source="two.docx"))


def test_a_package_without_duplicates_still_reads() -> None:
    package = check_docx_package(docx_bytes(), "ok.docx")
    assert package.main_part == "word/document.xml"


def test_nesting_past_libxmls_limit_names_the_limit() -> None:
    depth = XML_MAX_DEPTH + 10
    data = b"<a>" * depth + b"</a>" * depth
    with pytest.raises(InputError) as caught:
        parse_xml_part(data, "deep.docx", "word/document.xml")
    message = str(caught.value)
    assert f"nesting limit ({XML_MAX_DEPTH} levels" in message
    assert "XML_PARSE_HUGE" not in message


def test_a_text_node_past_libxmls_limit_names_the_limit() -> None:
    data = b"<a>" + b"x" * 10_500_000 + b"</a>"
    with pytest.raises(InputError) as caught:
        parse_xml_part(data, "big.docx", "word/document.xml")
    assert "size limit for one text or attribute value" in str(caught.value)
    assert "XML_PARSE_HUGE" not in str(caught.value)
