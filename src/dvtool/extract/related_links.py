"""Links to a news site's earlier items inside an article: headlines, each with its date in
brackets, standing together in the text ("Thêm nhiều điểm bùng phát dịch cúm gia cầm(08/11/2005)")."""

from __future__ import annotations

import re
from itertools import groupby

from dvtool.document import Block
from dvtool.extract.state import _Source, _State
from dvtool.messages import Location

_DATED_HEADLINE = re.compile(r"^\S.{8,160}\(\d{1,2}/\d{1,2}/\d{4}\)$")  # "Thêm nhiều điểm …(08/11/2005)"


def without_dated_links(blocks: list[Block], st: _State) -> list[Block]:
    """A run of two or more lines that are each a headline with its date in brackets, inside the
    article (a news site's box of links to its earlier items): related headlines, no text."""
    kept: list[Block] = []
    for dated, group in groupby(blocks, key=lambda b: _DATED_HEADLINE.match(b.text.strip()) is not None):
        run = list(group)
        if dated and len(run) >= 2:
            for link in run:
                add_related(link.text.strip(), link.location, st)
        else:
            kept.extend(run)
    return kept


def add_related(headline: str, where: Location | None, st: _State) -> None:
    """One related headline, noted where it stands."""
    st.related.append(headline)
    st.note(f"/related/{len(st.related) - 1}", _Source(headline, where))
