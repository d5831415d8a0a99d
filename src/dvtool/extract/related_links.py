"""Links to a news site's earlier items inside an article: headlines, each with its date in
brackets, standing together in the text ("Thêm nhiều điểm bùng phát dịch cúm gia cầm(08/11/2005)")."""

from __future__ import annotations

import re

from dvtool.document import Block
from dvtool.extract.state import _Source, _State

_DATED_HEADLINE = re.compile(r"^\S.{8,160}\(\d{1,2}/\d{1,2}/\d{4}\)$")  # "Thêm nhiều điểm …(08/11/2005)"


def without_dated_links(blocks: list[Block], st: _State) -> list[Block]:
    """A run of two or more lines that are each a headline with its date in brackets, inside the
    article (a news site's box of links to its earlier items): related headlines, no text."""
    kept: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, Block("", "paragraph", 0, None)]:
        if _DATED_HEADLINE.match(block.text.strip()):
            run.append(block)
            continue
        if len(run) >= 2:
            for link in run:
                st.related.append(link.text.strip())
                st.note(f"/related/{len(st.related) - 1}", _Source(link.text, link.location))
        else:
            kept.extend(run)
        run = []
        kept.append(block)
    return kept[:-1]
