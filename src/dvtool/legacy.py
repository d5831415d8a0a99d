"""Vietnamese text in the pre-Unicode font encodings: TCVN3 (ABC, ``.VnTime`` fonts) and VNI.

Before Unicode, Vietnamese documents were typed with fonts whose glyphs sat on Latin-1 code
points: TCVN3 "Héi nghÞ tæng kÕt n¨m 2022" and VNI "Hoäi nghò toång keát naêm 2022" both mean
"Hội nghị tổng kết năm 2022". The bytes are valid text, so nothing fails; the report just comes
out as mojibake. Both are fixed code tables (TCVN 5712:1993 "VN3" for the ABC fonts, VNI-Windows
for the VNI fonts): a text whose common words read as one of them, and that has no letter only
Unicode has, is converted to Unicode NFC (:func:`converted`) and a note names the encoding. A
text that looks legacy but does not convert cleanly (mixed, or marks where VNI has none) is left
as it is, with a warning naming the encoding and how to fix the file.
"""

from __future__ import annotations

import re
import unicodedata

from dvtool.i18n import N_, Phrase
from dvtool.messages import Message, warning

# Frequent words of conference reports as they appear in each legacy encoding (lowercase).
# Whole words only, and none that is also a Unicode Vietnamese word. Looked up in a set, word by
# word: a regular expression tried at every character cost ~0.3 ms per small report, which made
# validating a thousand JSON files three times slower.
_TCVN3 = frozenset(
    "n¨m ®ång ®· ®−îc ®Õn ®¹i ®¹o chØ héi nghÞ tØnh huyÖn thùc hiÖn c¸c kÕt qu¶ b¸o c¸o c«ng t¸c "
    "ph¸t triÓn nh©n d©n viÖt nhiÖm l·nh cña tæng tÕ x·".split()
)
_VNI = frozenset(
    "naêm ñoàng ñaõ ñöôïc ñeán ñaïi ñaïo chæ hoäi nghò tænh huyeän thöïc hieän caùc keát quaû baùo "
    "caùo coâng taùc phaùt trieån nhaân daân vieät nhieäm vuï laõnh cuûa toång teá xaõ".split()
)
_WORD_EDGES = "\"'“”‘’()[]{}.,;:!?…-–—/*"
_SAMPLE = 200_000  # characters looked at: enough to see the pattern, bounded for huge inputs
_MIN_HITS = 3
HINT = N_("convert it to Unicode first (Unikey: Công cụ chuyển mã; or re-type the text in a Unicode font)")


def legacy_encoding(text: str) -> str | None:
    """'TCVN3' or 'VNI' when the text reads like Vietnamese typed in that legacy encoding."""
    words = [word.strip(_WORD_EDGES) for word in text[:_SAMPLE].lower().split()]
    present = set(words)
    if present.isdisjoint(_TCVN3) and present.isdisjoint(_VNI):
        return None
    tcvn3_words = [word for word in words if word in _TCVN3]
    vni_words = [word for word in words if word in _VNI]
    tcvn3, vni = len(tcvn3_words), len(vni_words)
    # Several hits of at least two different words: one odd word is a typo, not an encoding.
    if max(tcvn3, vni) < _MIN_HITS or len(set(tcvn3_words if tcvn3 >= vni else vni_words)) < 2:
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"


def legacy_encoding_messages(text: str) -> tuple[Message, ...]:
    """A warning when the text looks like TCVN3 (.VnTime fonts) or VNI Vietnamese."""
    found = legacy_encoding(text)
    if found is None:
        return ()
    fonts = ".VnTime/ABC fonts" if found == "TCVN3" else "VNI-Times fonts"
    return (
        warning(
            "legacy-encoding",
            "the text looks like Vietnamese in the old {encoding} encoding ({fonts}) and will read as "
            "mojibake; {advice}",
            encoding=found,
            fonts=fonts,
            advice=Phrase(HINT),
        ),
    )


# TCVN3 (TCVN 5712:1993, the ABC ".VnTime" fonts): one Latin-1 code point per accented letter.
# Capitals other than Ă Â Đ Ê Ô Ơ Ư do not exist: a heading is typed in lower case and shown in
# the all-caps ".VnTimeH" font. U+2212 is how some exports spell 0xAD (ư, the soft hyphen).
_TCVN3_LETTERS = (
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư −ư ®đ µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ "
    "Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ ×ì Øỉ Üĩ Ýí Þị ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ "
    "ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ"
)
_TCVN3_TABLE: dict[int, str] = str.maketrans({pair[0]: pair[1] for pair in _TCVN3_LETTERS.split()})
# Code points TCVN3 uses that a Unicode Vietnamese text never has (the others, "é", "ô", …,
# are also Unicode letters): one of them marks a line as TCVN3.
_LATIN1_VIETNAMESE = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý"
_TCVN3_ONLY = frozenset(k for k in _TCVN3_TABLE if chr(k) not in _LATIN1_VIETNAMESE)
_QUOTES = "«»"
_UNICODE_VIETNAMESE = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9\u0300-\u0323]")


def tcvn3_line(text: str) -> bool:
    """True when a line reads as TCVN3: a code point only TCVN3 uses ("Phßng Gi¸o dôc") and no
    letter only Unicode has (a Unicode line is never converted)."""
    marks = [c for c in text if ord(c) in _TCVN3_ONLY]
    # guillemets alone are quotes in a Unicode text («BÁO CÁO»), not "ô" and "ằ"
    if not marks or all(c in _QUOTES for c in marks):
        return False
    return not _UNICODE_VIETNAMESE.search(text)


def from_tcvn3(text: str) -> str:
    """The Unicode (NFC) text of a TCVN3 line; a line with a Unicode-only letter is returned as is."""
    if _UNICODE_VIETNAMESE.search(text):
        return text
    return unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE).replace("\u00a0", " "))


def _strict_tcvn3(text: str) -> str | None:
    """The Unicode text of a TCVN3 text, or None when it holds a Latin-1 letter TCVN3 does not
    use ("Â", "à": typed in another font, so the text is mixed)."""
    if any(c in _NOT_TCVN3 for c in text):
        return None
    return unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))


# Latin-1 letters at code points the ABC fonts leave empty.
_NOT_TCVN3 = frozenset("ÀÁÂÃÄÅÍÙÚÛàð")

# VNI-Windows (the "VNI-Times" fonts): an unaccented base letter followed by a mark character.
# Letters that are one character: ơ ư đ and four of the five toned i, and ỵ.
_VNI_LETTERS = "ôơ ÔƠ öư ÖƯ ñđ ÑĐ æỉ ÆỈ óĩ ÓĨ òị ÒỊ îỵ ÎỴ"
_VNI_TABLE: dict[int, str] = str.maketrans({pair[0]: pair[1] for pair in _VNI_LETTERS.split()})
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
# Mark characters (lower case; the upper-case character is the same mark sized for a capital).
_VNI_MARKS: dict[str, str] = {
    "ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "à": _CIRCUMFLEX + _GRAVE, "á": _CIRCUMFLEX + _ACUTE,
    "å": _CIRCUMFLEX + _HOOK, "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE, "è": _BREVE + _GRAVE, "é": _BREVE + _ACUTE,
    "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}  # fmt: skip
_VNI_MARKS.update({mark.upper(): combining for mark, combining in list(_VNI_MARKS.items())})
_TONES = frozenset(_GRAVE + _ACUTE + _HOOK + _TILDE + _DOT)
# Which bases take which mark: a tone any vowel, a circumflex a/e/o, a breve only a.
_TONED_BASES = frozenset("aeiouyơưAEIOUYƠƯ")
_SHAPED_BASES = {_CIRCUMFLEX: frozenset("aeoAEO"), _BREVE: frozenset("aA")}
# Characters of VNI that a Unicode Vietnamese text never has: a run in a VNI font with none of
# them is already Unicode (or plain ASCII, which is the same in both).
VNI_ONLY = frozenset("øûïñöæîåäëüØÛÏÑÖÆÎÅÄËÜ")


def _strict_vni(text: str) -> str | None:
    """The Unicode (NFC) text of a VNI text, or None when a mark follows no letter that can take
    it (a Latin-1 letter of another font: the text is not VNI throughout)."""
    out: list[str] = []
    base, marks = "", ""  # the last letter and the combining marks put on it
    for char in text:
        combining = _VNI_MARKS.get(char)
        if combining is None:
            base, marks = char.translate(_VNI_TABLE), ""
            out.append(base)
            continue
        shape = combining[0]
        if shape in _SHAPED_BASES:
            if base not in _SHAPED_BASES[shape] or marks:
                return None
        elif base not in _TONED_BASES or _TONES.intersection(marks):
            return None
        marks += combining
        out.append(combining)
    converted = unicodedata.normalize("NFC", "".join(out))
    return None if _COMBINING.search(converted) else converted


_COMBINING = re.compile("[\u0300-\u036f]")


def converted(text: str) -> tuple[str, str] | None:
    """``(Unicode NFC text, "TCVN3" or "VNI")`` when ``text`` reads as Vietnamese in that legacy
    encoding, has no letter only Unicode has, and converts cleanly; None otherwise (a Unicode text
    is never touched)."""
    found = legacy_encoding(text)
    if found is None or _UNICODE_VIETNAMESE.search(text):
        return None
    result = _strict_tcvn3(text) if found == "TCVN3" else _strict_vni(text)
    return (result, found) if result is not None else None


def converted_note(encoding: str, fonts: str | None = None) -> Message:
    """The warning that the text was converted from a legacy encoding, naming it and its fonts."""
    return warning(
        "legacy-converted",
        "converted from {encoding} ({fonts} fonts) to Unicode",
        encoding=encoding,
        fonts=fonts or FONTS[encoding],
    )


FONTS = {"TCVN3": ".VnTime", "VNI": "VNI-Times"}


def converted_run(text: str, encoding: str) -> str | None:
    """The Unicode text of one Word run typed in a font of ``encoding``, or None when the run
    holds a letter only Unicode has (the font's name is no proof: many files that name .VnTime
    are Unicode) or does not convert cleanly."""
    if _UNICODE_VIETNAMESE.search(text):
        return None
    return _strict_tcvn3(text) if encoding == "TCVN3" else _strict_vni(text)


def typed_in(text: str, encoding: str) -> bool:
    """Whether ``text`` has a character of ``encoding`` that no Unicode Vietnamese text has
    ("¸" of TCVN3 "B¸o c¸o", "ñ" of VNI "ñoàng"): the evidence that a legacy font's runs are legacy."""
    if encoding == "TCVN3":
        return any(ord(c) in _TCVN3_ONLY and c not in _QUOTES for c in text)
    return any(c in VNI_ONLY for c in text)
