"""Hostile .docx files: each is refused by dvtool.readers.docx.package_checks.check_docx_package
with one clear line (exit code 3) before python-docx sees it, quickly and with bounded memory.

Where python-docx itself is involved (XXE, entity expansion, deep nesting) the tests also record
what python-docx does on its own, so a change in the library shows up here.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from dvtool.errors import EXIT_INPUT, InputError
from dvtool.readers.docx import main_part
from dvtool.readers.docx import package_checks as safety
from dvtool.readers.docx.package_checks import check_docx_package
from dvtool.safety import parse_xml_part
from tests.conftest import CORPUS, require_shared
from tests.fuzz.seeds import docx_bytes, rezip
from tests.measure import run_python

MiB = 1024 * 1024
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Generous: a fresh interpreter with lxml and python-docx imported is ~60 MiB.
MEMORY_BOUND_MIB = 200


@pytest.fixture(scope="module")
def valid() -> bytes:
    return docx_bytes()


def refused(data: bytes) -> InputError:
    """The error check_docx_package raises, checked to be one line with exit code 3."""
    with pytest.raises(InputError) as caught:
        check_docx_package(data, "x.docx", allow_strict=False)
    error = caught.value
    assert error.exit_code == EXIT_INPUT
    assert "\n" not in str(error) and str(error).startswith("x.docx: ")
    return error


def document_xml(body: str, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


# -- the valid baseline --------------------------------------------------------------------------


def test_a_docx_written_by_python_docx_passes_and_names_its_main_part(valid: bytes) -> None:
    package = check_docx_package(valid, "ok.docx")
    assert package == main_part.DocxPackage("word/document.xml", strict=False)


def test_a_main_part_stored_under_another_name_is_found_through_the_package_relationships(
    valid: bytes,
) -> None:
    with zipfile.ZipFile(io.BytesIO(valid)) as z:
        main = z.read("word/document.xml")
        rels = z.read("_rels/.rels").replace(b"word/document.xml", b"word/main-text.xml")
        types = z.read("[Content_Types].xml").replace(b"/word/document.xml", b"/word/main-text.xml")
        doc_rels = z.read("word/_rels/document.xml.rels")
    data = rezip(
        valid,
        replace={"_rels/.rels": rels, "[Content_Types].xml": types},
        drop=["word/document.xml", "word/_rels/document.xml.rels"],
        add={"word/main-text.xml": main, "word/_rels/main-text.xml.rels": doc_rels},
    )
    assert check_docx_package(data, "renamed.docx").main_part == "word/main-text.xml"


# -- not a zip ---------------------------------------------------------------------------------

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty file"),
        (OLE + "WordDocument".encode("utf-16-le") + b"\x00" * 100, "Word 97-2003 .doc"),
        (OLE + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100, "password-protected"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Xin ch\\'e0o}", "RTF file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF file"),
        (b"<!DOCTYPE html><html><body><p>B\xc3\xa1o c\xc3\xa1o</p></body></html>", "HTML file"),
        ("Báo cáo hội nghị\nnăm 2023\n".encode(), "text file"),
        (b'<?xml version="1.0"?><pkg:package xmlns:pkg="urn:x"/>', "Word XML"),
        (b"PK\x05\x06" + b"\x00" * 18, "empty zip"),
        (bytes(range(256)), "not a zip archive"),
    ],
    ids=["empty", "doc", "encrypted", "rtf", "pdf", "html", "text", "flat-xml", "empty-zip", "binary"],
)
def test_a_file_that_is_not_a_zip_is_named_for_what_it_looks_like(content: bytes, expected: str) -> None:
    assert expected in refused(content).message


def test_an_old_doc_file_gets_a_hint_to_save_it_as_docx() -> None:
    error = refused(OLE + "WordDocument".encode("utf-16-le"))
    assert error.hint is not None and "docx" in error.hint.lower()


# -- broken zips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.999])
def test_a_truncated_docx_is_reported_as_truncated_or_damaged(valid: bytes, keep: float) -> None:
    assert "damaged or truncated" in refused(valid[: int(len(valid) * keep)]).message


def test_a_corrupted_member_fails_its_crc_check(valid: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(valid)) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 10
    damaged = bytearray(valid)
    for i in range(start, start + 40):
        damaged[i] ^= 0x55
    assert "damaged" in refused(bytes(damaged)).message


def test_a_zip_without_a_main_document_part_is_refused(valid: bytes) -> None:
    error = refused(rezip(valid, drop=["word/document.xml"]))
    assert "missing part 'word/document.xml'" in error.message


def test_a_zip_without_package_relationships_is_refused(valid: bytes) -> None:
    assert "_rels/.rels" in refused(rezip(valid, drop=["_rels/.rels"])).message


def test_a_plain_zip_of_other_files_is_not_a_word_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "không phải Word")
    assert "not a Word document" in refused(out.getvalue()).message


def test_an_odt_file_is_named_as_opendocument() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument" in refused(out.getvalue()).message


def test_a_macro_enabled_document_is_named_with_a_hint(valid: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(valid)) as z:
        types = z.read("[Content_Types].xml").replace(
            main_part.CT_DOCUMENT_MAIN.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml"
        )
    error = refused(rezip(valid, replace={"[Content_Types].xml": types}))
    assert ".docm" in error.message and error.hint


# -- zip bombs -----------------------------------------------------------------------------------


def _zeros_member(z: zipfile.ZipFile, name: str, size: int) -> None:
    chunk = b"\x00" * MiB
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as member:
        for _ in range(size // MiB):
            member.write(chunk)


@pytest.fixture(scope="module")
def gigabyte_bomb(valid: bytes) -> bytes:
    """A valid docx plus a member that inflates to 1 GiB from about 1 MB."""
    out = io.BytesIO(rezip(valid))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        _zeros_member(z, "word/media/image1.png", 1024 * MiB)
    return out.getvalue()


def test_a_gigabyte_zip_bomb_is_refused_before_inflating(gigabyte_bomb: bytes, tmp_path: Path) -> None:
    assert len(gigabyte_bomb) < 2 * MiB
    assert "zip bomb" in refused(gigabyte_bomb).message
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(gigabyte_bomb)
    measured = run_python(
        "from dvtool.readers.docx.package_checks import check_docx_package\n"
        "from dvtool.errors import InputError\n"
        f"data = open({str(bomb)!r}, 'rb').read()\n"
        "try:\n    check_docx_package(data, 'bomb.docx')\nexcept InputError as e:\n    print(e)\n",
        timeout=60,
    )
    assert measured.returncode == 0 and b"zip bomb" in measured.stdout, measured.stderr
    assert measured.max_rss_mib < MEMORY_BOUND_MIB


def test_a_member_over_the_ratio_limit_is_refused_even_under_the_total_limit(valid: bytes) -> None:
    out = io.BytesIO(rezip(valid))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        _zeros_member(z, "word/media/image1.png", 100 * MiB)
    error = refused(out.getvalue())
    assert "would unpack to 100 MiB" in error.message


def _lie_about_size(data: bytes, name: str, declared: int) -> bytes:
    """Rewrite the uncompressed size of ``name`` in its local header and directory entry."""
    patched = bytearray(data)
    eocd = data.rindex(b"PK\x05\x06")
    count, _, position = struct.unpack_from("<HLL", data, eocd + 10)
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, position + 28)
        (local,) = struct.unpack_from("<L", data, position + 42)
        if data[position + 46 : position + 46 + name_len] == name.encode():
            struct.pack_into("<L", patched, position + 24, declared)
            struct.pack_into("<L", patched, local + 22, declared)
        position += 46 + name_len + extra_len + comment_len
    return bytes(patched)


def test_a_member_that_inflates_past_its_declared_size_is_refused_with_bounded_memory(
    valid: bytes, tmp_path: Path
) -> None:
    """A lying header defeats zipfile.read(), which inflates everything in one call before
    trimming to the declared size; the streaming check stops one chunk past it."""
    out = io.BytesIO(rezip(valid))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/image1.png", b"\x00" * (300 * MiB))
    bomb = _lie_about_size(out.getvalue(), "word/media/image1.png", 1000)
    assert "past the size its header declares" in refused(bomb).message
    path = tmp_path / "liar.docx"
    path.write_bytes(bomb)
    measured = run_python(
        "from dvtool.readers.docx.package_checks import check_docx_package\n"
        "from dvtool.errors import InputError\n"
        f"data = open({str(path)!r}, 'rb').read()\n"
        "try:\n    check_docx_package(data, 'liar.docx')\nexcept InputError as e:\n    print(e)\n",
    )
    assert b"declares" in measured.stdout and measured.max_rss_mib < MEMORY_BOUND_MIB


def test_a_zip_with_too_many_members_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for i in range(safety.MAX_DOCX_MEMBERS + 1):
            z.writestr(f"m/{i}", b"")
    assert "too many members" in refused(out.getvalue()).message


def test_overlapping_members_are_refused(valid: bytes) -> None:
    """Two directory entries pointing at one local header: the overlapping-zip-bomb trick."""
    eocd = valid.rindex(b"PK\x05\x06")
    count, size, offset = struct.unpack_from("<HLL", valid, eocd + 10)
    first = valid[offset : offset + 46]
    name_len, extra_len, comment_len = struct.unpack_from("<HHH", first, 28)
    entry = valid[offset : offset + 46 + name_len + extra_len + comment_len]
    twin = entry[:46] + b"x" * (name_len - 1) + b"y" + entry[46 + name_len :]
    directory = valid[offset : offset + size] + twin
    end = bytearray(valid[eocd:])
    struct.pack_into("<HHL", end, 8, count + 1, count + 1, size + len(twin))
    data = valid[:offset] + directory + bytes(end)
    assert "overlap" in refused(data).message


# -- unsafe names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["../../etc/cron.d/evil", "/etc/passwd", "word/../../evil.xml", "C:/evil.xml"]
)
def test_a_path_traversal_or_absolute_member_name_is_refused(valid: bytes, name: str) -> None:
    error = refused(rezip(valid, add={name: b"<x/>"}))
    assert "unsafe zip member name" in error.message and name in error.message


# -- XML attacks ---------------------------------------------------------------------------------


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("BÍ-MẬT-7f3a9c")
    return path


def xxe_docx(valid: bytes, secret: Path) -> bytes:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    return rezip(valid, replace={"word/document.xml": document_xml(paragraph("A &xxe; B"), prolog)})


LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY l0 "lol">'
    + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    + "]>"
)


def test_a_docx_with_an_external_entity_is_refused_for_its_dtd(valid: bytes, secret_file: Path) -> None:
    assert "DTD" in refused(xxe_docx(valid, secret_file)).message


def test_python_docx_itself_does_not_read_an_external_entity(valid: bytes, secret_file: Path) -> None:
    """Finding: python-docx parses parts with resolve_entities=False (docx/oxml/parser.py), so
    even without the safety check the secret never appears in the text or the XML."""
    import docx

    document = docx.Document(io.BytesIO(xxe_docx(valid, secret_file)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "A" in text
    assert "BÍ-MẬT" not in text
    assert "BÍ-MẬT".encode() not in document.element.xml.encode()


def test_a_billion_laughs_docx_is_refused_for_its_dtd(valid: bytes) -> None:
    data = rezip(valid, replace={"word/document.xml": document_xml(paragraph("&l9;"), LAUGHS)})
    assert "DTD" in refused(data).message


def test_python_docx_itself_does_not_expand_a_billion_laughs(valid: bytes, tmp_path: Path) -> None:
    """Finding: python-docx parses with resolve_entities=False, and libxml2 (2.14 here) refuses
    the document outright ("Maximum entity amplification factor exceeded"): python-docx raises
    lxml's XMLSyntaxError, which the DOCX reader must catch; nothing is expanded."""
    path = tmp_path / "laughs.docx"
    path.write_bytes(rezip(valid, replace={"word/document.xml": document_xml(paragraph("&l9;"), LAUGHS)}))
    measured = run_python(
        "import docx\nfrom lxml import etree\n"
        f"try:\n    d = docx.Document({str(path)!r})\n"
        "    print('text', sum(len(p.text) for p in d.paragraphs))\n"
        "except etree.XMLSyntaxError as e:\n    print('syntax error', e)\n",
        timeout=60,
    )
    assert measured.returncode == 0, measured.stderr
    outcome = measured.stdout.decode()
    assert outcome.startswith("syntax error") or int(outcome.split()[1]) < 1000
    assert measured.max_rss_mib < MEMORY_BOUND_MIB


def test_a_dtd_in_any_part_is_refused_not_only_in_the_main_part(valid: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(valid)) as z:
        styles = z.read("word/styles.xml")
    declaration_end = styles.index(b"?>") + 2
    hostile = (
        styles[:declaration_end]
        + b"<!-- c --><!DOCTYPE w:styles [<!ENTITY a 'b'>]>"
        + styles[declaration_end:]
    )
    error = refused(rezip(valid, replace={"word/styles.xml": hostile}))
    assert "word/styles.xml" in error.message and "DTD" in error.message


def test_a_dtd_in_a_utf16_part_is_refused(valid: bytes) -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'
    data = rezip(valid, replace={"word/settings.xml": b"\xff\xfe" + xml.encode("utf-16-le")})
    assert "DTD" in refused(data).message


def test_an_absurdly_deep_main_part_is_refused_with_bounded_memory(valid: bytes, tmp_path: Path) -> None:
    depth = 100_000
    body = "<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth
    data = rezip(valid, replace={"word/document.xml": document_xml(body)})
    assert "XML nesting limit (256 levels" in refused(data).message
    path = tmp_path / "deep.docx"
    path.write_bytes(data)
    measured = run_python(
        "from dvtool.readers.docx.package_checks import check_docx_package\n"
        "from dvtool.errors import InputError\n"
        f"try:\n    check_docx_package(open({str(path)!r}, 'rb').read(), 'deep.docx')\n"
        "except InputError as e:\n    print(e)\n"
    )
    assert b"nesting limit" in measured.stdout, measured.stderr
    assert measured.max_rss_mib < MEMORY_BOUND_MIB


def test_python_docx_raises_a_syntax_error_on_a_deep_secondary_part(valid: bytes) -> None:
    """Finding: lxml's default depth limit (256) stops it; python-docx lets XMLSyntaxError out,
    so the DOCX reader must turn it into an InputError (the safety check covers the main part,
    the rels and every part's prolog, not the full tree of every part)."""
    import docx
    from lxml import etree

    deep = (
        b'<?xml version="1.0"?><w:styles xmlns:w="' + W_NS.encode() + b'">' + b"<a>" * 1000 + b"</a>" * 1000
    )
    data = rezip(valid, replace={"word/styles.xml": deep + b"</w:styles>"})
    with pytest.raises(etree.XMLSyntaxError):
        docx.Document(io.BytesIO(data)).styles  # noqa: B018 - loading the part is the point


def test_parse_xml_part_refuses_a_dtd_and_reports_malformed_xml_in_one_line() -> None:
    with pytest.raises(InputError, match="DTD"):
        parse_xml_part(b'<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>', "x.docx", "word/document.xml")
    with pytest.raises(InputError, match="not well-formed") as caught:
        parse_xml_part(b"<a><b></a>", "x.docx", "word/document.xml")
    assert "\n" not in str(caught.value)


# -- ISO Strict ----------------------------------------------------------------------------------


def test_iso_strict_open_xml_is_named_with_how_to_resave_it(valid: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(valid)) as z:
        rels = z.read("_rels/.rels").replace(
            main_part.REL_OFFICE_DOCUMENT.encode(), main_part.STRICT_REL_OFFICE_DOCUMENT.encode()
        )
    data = rezip(valid, replace={"_rels/.rels": rels})
    error = refused(data)
    assert "ISO/IEC 29500 Strict" in error.message
    assert error.hint == "open it in Word and save as 'Word Document (*.docx)'"
    assert check_docx_package(data, "s.docx").strict  # the default: the reader converts it


@pytest.mark.parametrize("name", ["docx2python/strict.docx", "mammoth/strict-format.docx"])
def test_the_strict_files_of_the_corpus_are_recognised(name: str) -> None:
    path = require_shared(CORPUS / name)
    with pytest.raises(InputError, match="Strict Open XML"):
        check_docx_package(path.read_bytes(), name, allow_strict=False)
    assert check_docx_package(path.read_bytes(), name).strict


def test_every_corpus_file_passes_the_check() -> None:
    corpus = require_shared(CORPUS)
    failures = []
    for path in sorted(corpus.rglob("*.docx")):
        try:
            check_docx_package(path.read_bytes(), str(path))
        except InputError as exc:
            failures.append(str(exc))
    assert failures == []


def test_a_deflate_stream_is_checked_chunk_by_chunk() -> None:
    """The inflater never yields more than one chunk at a time, whatever the ratio."""
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = raw.compress(b"\x00" * (8 * MiB)) + raw.flush()
    info = zipfile.ZipInfo("z")
    info.compress_type = zipfile.ZIP_DEFLATED
    pieces = list(safety._deflate_pieces(memoryview(stream), info, "z"))
    assert sum(map(len, pieces)) == 8 * MiB
    assert max(map(len, pieces)) <= safety._CHUNK


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip("the memory measurements use os.wait4")
