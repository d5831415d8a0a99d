"""Text typed in the old TCVN3 (.VnTime) and VNI (VNI-Times) encodings is read as Unicode (trial15
item 6). The encoders here are the test's own, written from the standards' tables (TCVN 5712:1993
VN3; VNI-Windows) and inverted by the code under test."""

from __future__ import annotations

import io
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvtool.formats import ReadOptions, get_reader
from dvtool.legacy import converted, converted_run
from dvtool.model import Report
from dvtool.textio import decode
from tests.conftest import SEED_TXT as SEED

# TCVN3 (VN3): the code point of each letter. Capitals other than these seven do not exist.
TCVN3_CODES = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}  # fmt: skip

# VNI-Windows: tone marks after the vowel, and the characters that carry a shape and a tone.
GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
VNI_TONE = {GRAVE: "ø", ACUTE: "ù", HOOK: "û", TILDE: "õ", DOT: "ï"}
VNI_CIRCUMFLEX = {None: "â", GRAVE: "à", ACUTE: "á", HOOK: "å", TILDE: "ã", DOT: "ä"}
VNI_BREVE = {None: "ê", GRAVE: "è", ACUTE: "é", HOOK: "ú", TILDE: "ü", DOT: "ë"}
VNI_I = {GRAVE: "ì", ACUTE: "í", HOOK: "æ", TILDE: "ó", DOT: "ò"}
VNI_LETTERS = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ỵ": "î"}

LOWER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
VOWELS = "aăâeêioôơuưy"
TONED = "".join(unicodedata.normalize("NFC", v + t) for v in VOWELS + VOWELS.upper() for t in ("", *VNI_TONE))
VIETNAMESE = sorted(set(LOWER + LOWER.upper() + TONED))


def to_tcvn3(text: str) -> str:
    return "".join(chr(TCVN3_CODES[c]) if c in TCVN3_CODES else c for c in text)


def to_vni(text: str) -> str:
    out = []
    for char in text:
        upper = char.isupper()
        lower = char.lower()
        if lower in VNI_LETTERS:
            out.append(VNI_LETTERS[lower].upper() if upper else VNI_LETTERS[lower])
            continue
        base, *marks = unicodedata.normalize("NFD", lower)
        tone = next((m for m in marks if m in VNI_TONE), None)
        if base == "i" and tone:
            code = VNI_I[tone]
        elif "\u031b" in marks:  # horn: ơ ư are letters of their own, the tone follows
            code = VNI_LETTERS[unicodedata.normalize("NFC", base + "\u031b")]
            code += VNI_TONE[tone] if tone else ""
        elif "\u0302" in marks:
            code = base + VNI_CIRCUMFLEX[tone]
        elif "\u0306" in marks:
            code = base + VNI_BREVE[tone]
        else:
            code = base + (VNI_TONE[tone] if tone else "")
        # a capital's marks are the capital-sized characters of the font
        out.append(code.upper() if upper else code)
    return "".join(out)


words = st.text(alphabet=VIETNAMESE + list(" 0123456789.,;:()-\n"), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(words)
def test_vni_text_decodes_back_to_the_unicode_text(text: str) -> None:
    assert converted_run(to_vni(text), "VNI") == text


@settings(max_examples=300, deadline=None)
@given(words.map(lambda t: "".join(c if c in "ĂÂĐÊÔƠƯ" else c.lower() for c in t)))
def test_tcvn3_text_decodes_back_to_the_unicode_text(text: str) -> None:
    assert converted_run(to_tcvn3(text), "TCVN3") == text


UNICODE = "Hội nghị tổng kết công tác năm 2022 của tỉnh\n\nNăm 2022, các huyện đã thực hiện 15 đợt.\n"


@pytest.mark.parametrize(("encode", "name"), [(to_tcvn3, "TCVN3"), (to_vni, "VNI")])
def test_a_legacy_text_file_is_read_as_unicode_with_a_note(encode: object, name: str) -> None:
    """UTF-8 text of the fonts' code points, and the 8-bit file itself, both read as Unicode;
    a Unicode text is not touched, and a text that does not convert cleanly keeps the warning."""
    assert callable(encode)
    for data in (encode(UNICODE).encode("utf-8"), encode(UNICODE).encode("cp1252")):
        result = decode(data, "x.txt", legacy=True)
        assert result.value == UNICODE
        assert [m.code for m in result.warnings()] == ["legacy-converted"]
        assert f"converted from {name}" in result.warnings()[0].text
    assert converted(UNICODE) is None
    assert converted("Báo cáo à la carte, café crème, Ñandú") is None
    mixed = encode(UNICODE) + " Phát triển"  # a line typed later in a Unicode font
    result = decode(mixed.encode(), "x.txt", legacy=True)
    assert result.value == mixed
    assert [m.code for m in result.warnings()] == ["legacy-encoding"]


def _report(data: bytes, fmt: str = "text") -> Report:
    report = get_reader(fmt)(data, ReadOptions(source=f"x.{fmt}")).value
    assert isinstance(report, Report)
    return report


def _counts(report: Report) -> tuple[int, int, int]:
    figures = sum(
        len(item.figures) for field in (report.results, report.limitations, report.tasks) for item in field
    )
    return len(report.chairs), figures, len(report.tasks)


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is not on this machine")
@pytest.mark.parametrize("name", ["TCVN3", "VNI"])
def test_the_seed_in_a_legacy_encoding_extracts_as_the_utf8_seed(name: str) -> None:
    """The seed typed as an archivist's 8-bit file would be (Windows punctuation kept as
    Windows-1252 bytes). TCVN3 has no accented capitals other than Ă Â Đ Ê Ô Ơ Ư, so those letters
    are typed lower case in TCVN3 ("Ủy ban" reads "ủy ban"); the counts compared do not move."""
    text = unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))
    if name == "TCVN3":
        text = "".join(c if c in "ĂÂĐÊÔƠƯ" or c not in TONED else c.lower() for c in text)
        data = to_tcvn3(text).encode("cp1252")
    else:
        data = to_vni(text).encode("cp1252")
    original = _report(SEED.read_bytes())
    legacy = _report(data)
    assert legacy.title == original.title
    assert _counts(legacy) == _counts(original)
    assert _counts(original)[0] > 0 and _counts(original)[1] > 0 and _counts(original)[2] > 0


def _legacy_docx() -> bytes:
    from docx import Document

    document = Document()
    heading = document.add_paragraph()
    heading.add_run(to_tcvn3("báo cáo tổng kết")).font.name = ".VnTimeH"
    body = document.add_paragraph()
    body.add_run(to_tcvn3("Hội nghị tổng kết công tác năm 2022 của tỉnh. ")).font.name = ".VnTime"
    body.add_run(to_vni("Các huyện đã thực hiện 15 đợt. ")).font.name = "VNI-Times"
    body.add_run("Báo cáo được gửi đúng hạn.").font.name = "Times New Roman"
    unicode_in_legacy_font = document.add_paragraph()
    unicode_in_legacy_font.add_run("Hoà bình và phát triển").font.name = ".VnTime"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_runs_in_vntime_and_vni_fonts_are_read_as_unicode() -> None:
    from dvtool.readers.docx.parse import Paragraph, parse

    parsed = parse(_legacy_docx(), "x.docx")
    texts = [block.text for block in parsed.blocks if isinstance(block, Paragraph)]
    assert texts == [
        "BÁO CÁO TỔNG KẾT",
        "Hội nghị tổng kết công tác năm 2022 của tỉnh. Các huyện đã thực hiện 15 đợt. "
        "Báo cáo được gửi đúng hạn.",
        "Hoà bình và phát triển",  # already Unicode: the font's name is no proof
    ]
    notes = [m.text for m in parsed.messages if m.code == "legacy-converted"]
    assert notes == [
        "converted from TCVN3 (.VnTime, .VnTimeH fonts) to Unicode",
        "converted from VNI (VNI-Times fonts) to Unicode",
    ]
