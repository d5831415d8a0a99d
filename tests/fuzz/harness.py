"""Mutation fuzzing of every reader: the only allowed outcomes are a Result[Report] (which must
also write back to JSON) or a DvtoolError. Anything else is a crash.

Byte mutations for DOCX (and XML-level mutations of its main part, re-zipped, so the fuzzer
gets past the CRC check), character mutations for the text formats.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from collections.abc import Callable

from hypothesis import strategies as st

from dvtool.errors import DvtoolError
from dvtool.formats import READERS, ReadOptions, WriteOptions, get_reader, get_writer
from dvtool.messages import Result
from dvtool.model import Report
from tests.fuzz.seeds import SEEDS, rezip

# Characters that matter to the parsers: structure, quoting, escapes, YAML indicators,
# Vietnamese letters in both normal forms, controls, and characters that break naive code.
ALPHABET = list("{}[]:,\"'\\#-|>&*!%@`?=<>/ \t\n\r0123456789.eE+") + list(
    "aăâđêôơưáàảãạếềểễệốồổỗộứừửữựĐƯ\u0301\u0323\u00a0\u200b\ufeff\x00\x0b\u2028"
)


def available_formats() -> list[str]:
    """Formats whose reader module exists on this branch (the others are being written)."""
    found = []
    for fmt, module in READERS.items():
        try:
            importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        found.append(fmt)
    return found


def check(fmt: str, data: bytes) -> None:
    """Read ``data`` as ``fmt``; raise AssertionError-free crashes, pass on clean outcomes."""
    try:
        result = get_reader(fmt)(data, ReadOptions(source=f"fuzz.{fmt}"))
    except DvtoolError as exc:
        assert str(exc) and "\n" not in exc.message, f"multi-line message: {exc.message!r}"
        return
    assert isinstance(result, Result) and isinstance(result.value, Report)
    # A report that cannot be written back is a crash waiting for the CLI.
    try:
        get_writer("json")(result.value, WriteOptions())
    except DvtoolError:
        pass


@st.composite
def mutated_bytes(draw: st.DrawFn, seed: bytes) -> bytes:
    """A seed with a few random byte edits: flips, inserts, deletes, duplications, truncation."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "duplicate", "truncate", "set"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set" and data:
            data[pos] = draw(st.sampled_from([0x00, 0xFF, 0x7F, 0x80, ord("<"), ord("&")]))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif kind == "duplicate":
            end = min(len(data), pos + draw(st.integers(1, 256)))
            data[pos:pos] = data[pos:end]
        elif kind == "truncate":
            del data[pos:]
    return bytes(data)


@st.composite
def mutated_text(draw: st.DrawFn, seed: str) -> bytes:
    """A seed with a few character edits, encoded as UTF-8 (sometimes UTF-16 or cp1258)."""
    chars = list(seed)
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["replace", "insert", "delete", "duplicate"]))
        pos = draw(st.integers(0, max(len(chars) - 1, 0)))
        if kind == "replace" and chars:
            chars[pos] = draw(st.sampled_from(ALPHABET))
        elif kind == "insert":
            chars[pos:pos] = draw(st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=8))
        elif kind == "delete":
            del chars[pos : pos + draw(st.integers(1, 32))]
        elif kind == "duplicate":
            chars[pos:pos] = chars[pos : pos + draw(st.integers(1, 200))]
    text = "".join(chars)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le"]))
    return text.encode(encoding, errors="replace")


@st.composite
def mutated_docx_xml(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed .docx with its main part mutated as text and the package re-zipped."""
    with zipfile.ZipFile(io.BytesIO(seed)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    mutated = draw(mutated_text(xml))
    return rezip(seed, replace={"word/document.xml": mutated})


def strategy_for(fmt: str) -> st.SearchStrategy[bytes]:
    """Mutations of the seed input for ``fmt``."""
    seed = SEEDS[fmt]()
    if fmt == "docx":
        return st.one_of(mutated_bytes(seed), mutated_docx_xml(seed))
    return st.one_of(mutated_text(seed.decode("utf-8")), mutated_bytes(seed))


def fuzz_target(fmt: str) -> Callable[[bytes], None]:
    return lambda data: check(fmt, data)


def check_docx_package_then_python_docx(data: bytes) -> None:
    """Stand-in for the DOCX reader until it lands: the safety check, then python-docx.

    A package that passes the check but makes python-docx raise is a crash the DOCX reader
    must handle; the exception is re-raised with the check's verdict so it is easy to triage.
    """
    import docx

    from dvtool.readers.docx.package_checks import check_docx_package

    try:
        check_docx_package(data, "fuzz.docx")
    except DvtoolError as exc:
        assert "\n" not in exc.message
        return
    document = docx.Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        _ = paragraph.text, paragraph.style
    for table in document.tables:
        for row in table.rows:
            _ = [cell.text for cell in row.cells]


# ---------------------------------------------------------------------------------------------
# Structural fuzzing (issue 14): shapes that used to cost superlinear time, not byte noise.

_TAGS = ["div", "p", "td", "tr", "li", "span", "table", "section", "footer", "aside", "script", "b", "ul"]
_PIECES = [
    "Năm 2022",
    " đạt ",
    "3.509",
    "3\u200b509",
    "1\u00a0234",
    " hộ",
    ", ",
    "98,5%",
    " xã ",
    "\u200b",
    "Đ",
]


@st.composite
def html_nesting(draw: st.DrawFn) -> bytes:
    """Deeply nested and unclosed elements (omitted end tags, stray end tags) around text."""
    depth = draw(st.integers(1, 3000))
    tags = draw(st.lists(st.sampled_from(_TAGS), min_size=1, max_size=8))
    closed = draw(st.floats(0, 1))
    opened = [tags[i % len(tags)] for i in range(depth)]
    text = "".join(draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20)))
    parts = [f"<{t}>" for t in opened] + [text]
    parts += [f"</{t}>" for t in reversed(opened[: int(depth * closed)])]
    parts += [f"</{draw(st.sampled_from(_TAGS))}>" for _ in range(draw(st.integers(0, 5)))]
    return ("<html><body><h1>Báo cáo</h1>" + "".join(parts) + "</body></html>").encode()


@st.composite
def long_line(draw: st.DrawFn) -> bytes:
    """One very long line of figures, words and invisible spaces (no sentence end for a while)."""
    pieces = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
    repeat = draw(st.integers(1, 20_000 // len(pieces)))
    return ("BÁO CÁO\n\n" + "".join(pieces) * repeat + "\n").encode()


@st.composite
def style_chain(draw: st.DrawFn) -> bytes:
    """A .docx whose styles are based on each other in long chains, sometimes in a loop."""
    from benchmarks.growth import W, _docx, _p

    count = draw(st.integers(1, 3000))
    loop = draw(st.booleans())
    names = ["S", "Heading 1", "List"]
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="{draw(st.sampled_from(names))}"/>'
        + (f'<w:basedOn w:val="s{(i - 1) % count}"/>' if i or loop else "")
        + "</w:style>"
        for i in range(count)
    )
    used = draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=30))
    body = _p("BÁO CÁO") + "".join(_p("Năm 2022 đạt 3.509 hộ", f"s{i}") for i in used)
    return _docx(body, f'<w:styles xmlns:w="{W}">{styles}</w:styles>')


STRUCTURAL: dict[str, tuple[str, Callable[[], st.SearchStrategy[bytes]]]] = {
    "html-nesting": ("html", html_nesting),
    "long-line-text": ("text", long_line),
    "long-line-md": ("md", long_line),
    "docx-style-chain": ("docx", style_chain),
}


def reader_format(name: str) -> str:
    """The reader a (structural or plain) fuzz target feeds."""
    return STRUCTURAL[name][0] if name in STRUCTURAL else name


def structural_strategy(name: str) -> st.SearchStrategy[bytes]:
    return STRUCTURAL[name][1]()
