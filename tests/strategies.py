"""Hypothesis strategies for valid reports: full Vietnamese alphabet, empty and long lists."""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from dvtool.model import Attendee, Award, Figure, Item, Person, Remark, Report

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
    return Figure(value=value, unit=unit, total=total, text=draw(line))


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
    )
