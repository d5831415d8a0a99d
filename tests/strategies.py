"""Hypothesis strategies for valid reports: full Vietnamese alphabet, empty and long lists."""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from dvtool.model import Attendee, Award, Figure, Item, OfficialDocument, Person, Remark, Report, Signer

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
ALPHABET = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "0123456789 ,.;:-–()%/“”\"'!?…"


def _clean(text: str) -> str:
    return " ".join(text.split())


# Non-empty single-line text with Vietnamese letters, no leading/trailing spaces.
words = st.text(alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=12)
line = st.lists(words, min_size=1, max_size=12).map(" ".join)
prose = st.text(alphabet=ALPHABET, min_size=1, max_size=200).map(_clean).filter(bool)

numbers = st.one_of(
    st.integers(min_value=0, max_value=10_000_000),
    st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False, allow_infinity=False).map(
        lambda d: float(d) if d != d.to_integral_value() else int(d)
    ),
)


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    value = draw(numbers)
    total = draw(st.one_of(st.none(), numbers.map(lambda t: t + value)))
    unit = draw(st.one_of(st.none(), st.just("%"), line))
    change = draw(st.sampled_from([None, None, "increase", "decrease"]))
    return Figure(value=value, unit=unit, total=total, text=draw(line), change=change)


@st.composite
def _items(draw: st.DrawFn) -> Item:
    """An item whose figures are stated in its text, as a valid report's are."""
    stated = tuple(draw(st.lists(figures(), max_size=4)))
    return Item(text=" ".join([draw(prose), *(f.text for f in stated)]), figures=stated)


items = _items()
people = st.builds(Person, name=line, titles=st.lists(line, max_size=3).map(tuple))
attendees = st.builds(
    Attendee,
    name=line,
    kind=st.sampled_from(["person", "organization", "group"]),
    titles=st.lists(line, max_size=2).map(tuple),
)
remarks = st.builds(Remark, text=prose, speaker=st.one_of(st.none(), line))


@st.composite
def awards(draw: st.DrawFn) -> Award:
    recipients = tuple(draw(st.lists(line, max_size=3)))
    collectives = draw(st.integers(min_value=0, max_value=500))
    individuals = draw(st.integers(min_value=0 if (collectives or recipients) else 1, max_value=500))
    return Award(
        award=draw(st.sampled_from(["Bằng khen", "Giấy khen", "Cờ thi đua"]) | line),
        giver=draw(st.one_of(st.none(), line)),
        collectives=collectives,
        individuals=individuals,
        recipients=recipients,
        reason=draw(st.one_of(st.none(), prose)),
    )


KINDS = ["BÁO CÁO", "THÔNG BÁO", "KẾT LUẬN", "BIÊN BẢN", "THAM LUẬN", "KẾ HOẠCH"]
NUMBERS = ["25/BC-BCĐ", "112-BC/BDVTU", "05/TB-UBND", "07-HD/BDVTU", "1234/BC-SNV"]
maybe_line = st.one_of(st.none(), line)
signers = st.builds(
    Signer,
    name=maybe_line,
    position=st.one_of(st.none(), st.sampled_from(["TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "CHỦ TỊCH"]), line),
    authority=st.sampled_from([None, "TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ"]),
)


@st.composite
def official_documents(draw: st.DrawFn) -> OfficialDocument:
    """The official-document parts (schema 2), from nearly empty to complete."""
    date = draw(st.one_of(st.none(), st.dates(_dt.date(1990, 1, 1), _dt.date(2100, 12, 31))))
    return OfficialDocument(
        kind=draw(st.one_of(st.none(), st.sampled_from(KINDS), line)),
        number=draw(st.one_of(st.none(), st.sampled_from(NUMBERS))),
        issuer=draw(maybe_line),
        parent_issuer=draw(maybe_line),
        system=draw(st.sampled_from([None, "state", "party"])),
        place=draw(maybe_line),
        date=date.isoformat() if date else None,
        signer=draw(st.one_of(st.none(), signers)),
        recipients=draw(st.lists(line, max_size=4).map(tuple)),
    )


@st.composite
def reports(draw: st.DrawFn, max_items: int = 8) -> Report:
    """A report that passes the schema and the semantic rules."""
    date = draw(st.one_of(st.none(), st.dates(_dt.date(1990, 1, 1), _dt.date(2100, 12, 31))))
    reporting = draw(st.one_of(st.none(), st.integers(1990, 2100)))
    plan = draw(st.one_of(st.none(), st.integers(1991, 2101)))
    if reporting is not None and plan is not None and plan <= reporting:
        plan = reporting + 1
    chairs = draw(st.lists(people, max_size=3, unique_by=lambda p: p.name.casefold()))
    lists = lambda s: st.lists(s, max_size=max_items).map(tuple)  # noqa: E731
    return Report(
        title=draw(line),
        date=date.isoformat() if date else None,
        time_of_day=draw(st.sampled_from([None, "morning", "afternoon", "evening"])),
        location=draw(st.one_of(st.none(), line)),
        organizers=draw(st.lists(line, max_size=3).map(tuple)),
        chairs=tuple(chairs),
        attendees=draw(lists(attendees)),
        reporting_year=reporting,
        plan_year=plan,
        results=draw(lists(items)),
        limitations=draw(lists(items)),
        tasks=draw(lists(items)),
        remarks=draw(lists(remarks)),
        awards=draw(lists(awards())),
        author=draw(st.one_of(st.none(), line)),
        publisher=draw(st.one_of(st.none(), line)),
        related=draw(st.lists(line, max_size=4).map(tuple)),
        document=draw(st.one_of(st.none(), official_documents())),
    )


# Text a person or a hostile file may hold: edge spaces, whitespace only, "\r", "\r\n", NEL,
# line and paragraph separators, tabs, and the XML-legal control characters.
EDGY_ALPHABET = VIETNAMESE_LETTERS[:12] + " \t\n\r\x85\u2028\u2029\x7f\x1b%-#*"
edgy = st.one_of(
    st.text(alphabet=EDGY_ALPHABET, min_size=1, max_size=12),
    st.sampled_from([" ", "xã ", "  kết quả", "a\r\nb", "a\rb", "a\x85b", "%", "---", "So 5 Media"]),
)


@st.composite
def edgy_reports(draw: st.DrawFn) -> Report:
    """A valid report whose free-text fields may hold edge whitespace and control characters."""
    base = draw(reports(max_items=2))
    text = lambda: draw(st.one_of(line, edgy))  # noqa: E731
    figure = Figure(value=5, text=text(), unit=draw(st.one_of(st.none(), edgy)), change="decrease")
    return Report(
        title=text(),
        date=base.date,
        location=draw(st.one_of(st.none(), edgy)),
        organizers=tuple(draw(st.lists(st.one_of(line, edgy), max_size=2))),
        results=(Item(text() + figure.text, (figure,)), Item(text())),
        tasks=base.tasks,
        remarks=(Remark(text(), draw(st.one_of(st.none(), edgy))),),
        author=draw(st.one_of(st.none(), edgy)),
        publisher=draw(st.one_of(st.none(), edgy)),
        related=tuple(draw(st.lists(st.one_of(line, edgy), max_size=2))),
        document=draw(st.one_of(st.none(), official_documents())),
    )
