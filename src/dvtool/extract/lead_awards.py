"""Awards the lead sentence hands out ("Sáng 21/1, Sở Y tế tổ chức Hội nghị … và trao tặng bằng khen
của Chủ tịch UBND tỉnh cho các tập thể, cá nhân …"), read once the body has been read."""

from __future__ import annotations

from dvtool.extract.award_recipients import counts_both
from dvtool.extract.awards import is_award_sentence, parse_awards
from dvtool.extract.blocks import Block
from dvtool.extract.cues import cues
from dvtool.extract.state import _Source, _State
from dvtool.model import Award
from dvtool.vntext import fold


def lead_awards(lead: list[_Source], body: list[Block], st: _State) -> None:
    """ "Sáng 21/1, Sở Y tế tổ chức Hội nghị tổng kết … và trao tặng bằng khen của Chủ tịch UBND
    tỉnh cho các tập thể, cá nhân …": an award the lead sentence hands out (one the body reads
    again, or an attendance sentence, is left to the body)."""
    in_body = {b.text for b in body}
    for src in lead:
        if src.text in in_body or cues().attend_cues.search(src.text) is not None:
            continue
        if is_award_sentence(src.text):
            for award in parse_awards(src.text):
                if _sums_up(award, src.text, st.awards):
                    continue
                if not any(_same_award(award, told) for told in st.awards):
                    st.awards.append(award)
                    st.note(f"/awards/{len(st.awards) - 1}", src)


def title_awards(st: _State) -> None:
    """ "Lãnh đạo UBND huyện khen thưởng cho 5 tập thể, 18 cá nhân có thành tích …" as the
    headline (or a photo's caption taken for it) of a text that tells no award: the headline's
    counted awards. Beside the body's awards a headline only names them again."""
    if st.awards or not st.title or not is_award_sentence(st.title):
        return
    for award in parse_awards(st.title):
        if award.collectives or award.individuals:
            st.awards.append(award)
            st.note(f"/awards/{len(st.awards) - 1}", _Source(st.title, st.locations.get("/title")))


def _sums_up(lead: Award, sentence: str, told: list[Award]) -> bool:
    """ "… và tuyên dương khen thưởng 89 tập thể, cá nhân …" in the lead, beside the body's
    counted awards: a "khen thưởng" (no form of award) of recipients counted together sums up
    the awards the body counts one by one, no award of its own."""
    generic = fold(lead.award) in cues().generic_award_names.folded
    counted = any(a.collectives or a.individuals for a in told)
    return generic and counted and not (lead.collectives or lead.individuals) and counts_both(sentence)


def _same_award(lead: Award, told: Award) -> bool:
    """The body tells the lead's award again: "Kỷ niệm chương" for 49 hội viên in the lead,
    "Kỷ niệm chương “Vì sự nghiệp …”" for 49 hội viên below."""
    short, full = fold(lead.award), fold(told.award)
    named = full.startswith(short) or short.startswith(full)
    counted = (lead.collectives, lead.individuals) == (told.collectives, told.individuals)
    return named and (counted or not (lead.collectives or lead.individuals))


def add_awards(text: str, block: Block, st: _State) -> bool:
    """The awards of a sentence of the body; a clause without a giver takes the last one's.
    Whether the sentence named any (one that names none is read as any other sentence)."""
    giver = st.awards[-1].giver if st.awards else None
    found = False
    for award in parse_awards(text, giver):
        found = True
        if award.recipients and award in st.awards:
            continue  # the same award to the same named recipients: the page repeats its sentence
        st.awards.append(award)
        st.note(f"/awards/{len(st.awards) - 1}", _Source(text, block.location))
    return found
