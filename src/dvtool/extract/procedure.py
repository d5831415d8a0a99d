"""A meeting's procedure stated in its report ("TS. A là thư ký Hội nghị", "Hội nghị cử đồng chí
B làm thư ký"): who keeps the minutes or counts the votes is no result of the period."""

from __future__ import annotations

from dvtool.extract.cues import cues

PROCEDURE_CHARS = 200  # a line or two; a longer sentence reports more than the appointment


def appoints_for_procedure(text: str) -> bool:
    """ "TS. Nguyễn Thị A là thư ký Hội nghị.": a short sentence naming a meeting (``event_nouns``)
    that appoints its secretary or vote counters (``procedural_appointments``)."""
    return (
        len(text) < PROCEDURE_CHARS
        and cues().procedural_appointments.contains(text)
        and cues().event_nouns.contains(text)
    )
