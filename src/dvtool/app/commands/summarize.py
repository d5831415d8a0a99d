"""``dvtool summarize``: summaries as tables, NDJSON, CSV, Markdown or a workbook."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from dvtool.app.options import BatchOptions, SummaryFormat, SummaryOptions
from dvtool.app.run import NOT_SUMMARIZED, BatchState, expand_inputs, load_specs, out, outcomes
from dvtool.errors import EXIT_OK, UsageError

SUMMARY_FORMAT_BY_EXTENSION: dict[str, SummaryFormat] = {
    ".txt": SummaryFormat.text,
    ".json": SummaryFormat.json,
    ".jsonl": SummaryFormat.json,
    ".ndjson": SummaryFormat.json,
    ".csv": SummaryFormat.csv,
    ".md": SummaryFormat.md,
    ".xlsx": SummaryFormat.xlsx,
}


def _summary_format(given: SummaryFormat | None, output: str | None) -> SummaryFormat:
    """Like convert: the -o file's extension chooses; a --format that contradicts it is refused."""
    named = (
        SUMMARY_FORMAT_BY_EXTENSION.get(Path(output).suffix.lower()) if output not in (None, "-") else None
    )
    if named is None:
        chosen = given or SummaryFormat.text
    elif given is not None and given is not named:
        raise UsageError(
            "--format {given} contradicts the output file name {output}, which names {named}",
            hint="drop --format, or name the output {wanted}",
            given=given.value,
            output=output,
            named=named.value,
            wanted=f"{Path(str(output)).stem}.{given.value}",
        )
    else:
        chosen = named
    if chosen is SummaryFormat.xlsx and output in (None, "-") and sys.stdout.isatty():
        raise UsageError("refusing to write .xlsx to a terminal", hint="use -o FILE.xlsx or a pipe")
    return chosen


def summarize(batch: BatchOptions, given: SummaryFormat | None, opts: SummaryOptions) -> None:
    from dvtool.app import reporters
    from dvtool.app.jobs import summarize_job

    opts.output_format = _summary_format(given, opts.output)
    to_file = opts.output not in (None, "-")
    if to_file:
        from dvtool.app.fsutil import InputGuard

        assert opts.output is not None
        InputGuard(r for r in batch.paths).check(Path(opts.output))
    specs = load_specs(batch, expand_inputs(batch))
    state = BatchState(batch)
    summaries = []
    streamed: list[bytes] = []
    for outcome in outcomes(summarize_job, specs, state, NOT_SUMMARIZED):
        if outcome.payload is None:
            continue
        if opts.output_format is SummaryFormat.json:
            line = reporters.summary_json(outcome.payload).encode("utf-8")
            if to_file:
                streamed.append(line)
            else:
                out(line)
        summaries.append(outcome.payload)
    # Like convert's stream file: a summary whose totals would leave out an input that failed
    # (or, under --strict, warned) is not written at all, unless the user asked for the summary
    # of what was read (--skip-failed); NDJSON on stdout is already streamed.
    if summaries and (state.exit_code == EXIT_OK or opts.skip_failed):
        if opts.output_format is SummaryFormat.json:
            data = b"".join(streamed)  # already on stdout when not to a file
        else:
            data = _render_summaries(summaries, opts, to_file)
        if to_file:
            from dvtool.app.fsutil import write_atomic

            assert opts.output is not None
            write_atomic(Path(opts.output), data, force=opts.force)
        elif data:
            out(data)
    state.finish()


def _render_summaries(summaries: list[Any], opts: SummaryOptions, to_file: bool) -> bytes:
    """The summaries in the chosen format; a terminal gets rich tables (written directly)."""
    from dvtool.app import reporters

    fmt = opts.output_format
    if fmt is SummaryFormat.csv:
        bom = opts.bom if opts.bom is not None else to_file
        return (("\ufeff" if bom else "") + reporters.summaries_csv(summaries)).encode("utf-8")
    if fmt is SummaryFormat.xlsx:
        from dvtool.app.xlsx import summaries_xlsx

        return summaries_xlsx(summaries)
    if fmt is SummaryFormat.md:
        return reporters.summaries_markdown(summaries).encode("utf-8")
    if not to_file and reporters.use_rich(sys.stdout):
        reporters.render_rich(summaries, sys.stdout)
        return b""
    if len(summaries) == 1:
        return reporters.single_plain(summaries[0]).encode("utf-8")
    return reporters.many_plain(summaries).encode("utf-8")
