"""Running a command over its inputs: expand them, run the job, record outcomes, exit codes.

In a batch the most severe exit code wins, in the order 2 > 3 > 4 > 1 > 0.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn, TypeVar

import typer

from dvtool.app.options import BatchOptions
from dvtool.errors import EXIT_OK, DvtoolError, UsageError
from dvtool.i18n import N_, Phrase, _, ngettext

SEVERITY = {0: 0, 1: 1, 4: 2, 3: 3, 2: 4}


@dataclass
class BatchState:
    """Accumulates failures and the exit code while outcomes stream in.

    Each error is printed once, as it happens; :meth:`finish` then sums a batch up in one
    counted line and names the inputs that failed, one per line, without repeating the errors.
    """

    options: BatchOptions
    failures: list[str] = field(default_factory=list)  # the inputs that failed, in input order
    exit_code: int = EXIT_OK
    seen: int = 0  # outcomes recorded

    def __post_init__(self) -> None:
        if self.options.strict and self.options.skipped_count:
            from dvtool.errors import EXIT_STRICT

            self.exit_code = EXIT_STRICT
            count = self.options.skipped_count
            line = ngettext(
                "{count} skipped file and --strict is set", "{count} skipped files and --strict is set", count
            ).format(count=count)
            err(_("error: {problem}").format(problem=line))

    def record(self, outcome: Any) -> None:
        shown = [
            m
            for m in outcome.messages
            if (self.options.verbose or m.is_warning) and not (m.is_warning and self.options.quiet)
        ]
        if shown:
            from dvtool.app.reporters import format_message

            for message in shown:
                err(format_message(outcome.source, message))
        self.seen += 1
        if outcome.error is not None:
            shown = outcome.shown_error or outcome.error
            err(_("error: {problem}").format(problem=shown))
            self.failures.append(outcome.source)
        self.exit_code = worst(self.exit_code, outcome.exit_code)

    def finish(self) -> NoReturn:
        """Sum up a batch that had failures ("2 of 40 inputs failed (errors above):" and the
        names), then exit with the most severe code."""
        if self.failures and self.seen > 1:
            line = ngettext(
                "{failed} of {count} input failed (errors above):",
                "{failed} of {count} inputs failed (errors above):",
                self.seen,
            )
            err(line.format(failed=len(self.failures), count=self.seen))
            for source in self.failures:
                err(f"  {source}")
        raise typer.Exit(self.exit_code)


def worst(a: int, b: int) -> int:
    """The more severe of two exit codes."""
    return a if SEVERITY.get(a, 5) >= SEVERITY.get(b, 5) else b


def err(line: str) -> None:
    from dvtool.app.printable import printable  # controls in names or text never reach the terminal
    from dvtool.app.stdstreams import write_stderr  # a stderr that fails is silenced, never fatal

    write_stderr((printable(line.rstrip("\n")) + "\n").encode("utf-8", errors="replace"))


def fail(exc: DvtoolError) -> NoReturn:
    err(_("error: {problem}").format(problem=exc.display()))
    raise typer.Exit(exc.exit_code)


def fail_code(exc: DvtoolError) -> NoReturn:
    try:
        fail(exc)
    except typer.Exit as done:
        sys.exit(done.exit_code)


S = TypeVar("S")


def expand_inputs(options: BatchOptions) -> list[Any]:
    from dvtool.app.inputs import expand_all

    if options.jobs is not None and options.jobs < 1:
        raise UsageError("--jobs must be 1 or more, not {jobs}", jobs=options.jobs)
    if not options.paths and options.files_from is None:
        raise UsageError("no input given (name files, folders, '-' for stdin, or --files-from)")
    found = expand_all(
        options.paths,
        recursive=options.recursive,
        files_from=options.files_from,
        null_separated=options.null,
    )
    _report_skipped(options, found.skipped)
    if not found.refs:
        raise UsageError("no input files found")
    return found.refs


# Up to this many skipped files are each named in a warning; more get one counted line.
SKIPPED_NAMED = 5


def _report_skipped(options: BatchOptions, skipped: Sequence[str]) -> None:
    """Name the files inside folders that dvtool does not read, so a batch is never quietly short."""
    from dvtool.app.inputs import skip_reason, skipped_summary

    options.skipped = list(skipped)
    if not skipped or options.quiet:
        return
    if len(skipped) <= SKIPPED_NAMED or options.verbose:
        if len(skipped) > SKIPPED_NAMED:
            err(_("warning: {problem}").format(problem=skipped_summary(skipped).translated()))
        for path in skipped:
            problem = _("{path}: skipped: {reason}").format(path=path, reason=skip_reason(path).translated())
            err(_("warning: {problem}").format(problem=problem))
        return
    problem = _("{summary}; -v names them").format(summary=skipped_summary(skipped).translated())
    err(_("warning: {problem}").format(problem=problem))


def load_specs(options: BatchOptions, refs: Sequence[Any]) -> list[Any]:
    """One LoadSpec per report: a JSON Lines or multi-document YAML input gives one per report."""
    from dvtool.app.inputs import read_stdin
    from dvtool.app.jobs import LoadSpec

    stdin_data = read_stdin() if any(r.is_stdin for r in refs) else None
    specs: list[Any] = []
    for ref in refs:
        data = stdin_data if ref.is_stdin else None
        parts = _stream_parts(options, ref, data)
        if parts is None:
            specs.append(LoadSpec(ref, options.format_name, options.strict, data))
            continue
        for part in parts:
            if part.skipped is not None:
                _carry_skip(options, part.label, part.skipped)
                continue
            part_ref = type(ref)(ref.path, part.relative, part.label)
            specs.append(LoadSpec(part_ref, part.fmt, options.strict, part.data, part.error, part.exit_code))
    return specs


def _carry_skip(options: BatchOptions, label: str, reason: str) -> None:
    """A stream's envelope says its source was skipped when the stream was made: say so again."""
    options.carried_skips.append((label, reason))
    if not options.quiet:
        problem = _("{path}: skipped when the stream was made: {reason}").format(path=label, reason=reason)
        err(_("warning: {problem}").format(problem=problem))


def _stream_parts(options: BatchOptions, ref: Any, data: bytes | None) -> list[Any] | None:
    """The reports of a stream input, or None for an input that holds one report."""
    from dvtool.formats import format_from_path, sniff

    fmt = options.format_name or (format_from_path(ref.path) if ref.path else None)
    if fmt is None and data is not None:
        fmt = sniff(data)
    if fmt not in ("json", "yaml"):
        return None
    from dvtool.app.inputs import read_regular
    from dvtool.app.streams import split_stream

    if data is None:
        data = read_regular(str(ref.path))
        if data is None:
            return None  # the job reads it, and reports what is wrong with it
    return split_stream(ref.display, ref.relative, data, fmt)


# What --fail-fast left undone, said in one line when it stops a batch (singular, plural).
NOT_CONVERTED = (
    N_("stopped after the first input that failed (--fail-fast): {count} input not converted"),
    N_("stopped after the first input that failed (--fail-fast): {count} inputs not converted"),
)
NOT_CHECKED = (
    N_("stopped after the first input that failed (--fail-fast): {count} input not checked"),
    N_("stopped after the first input that failed (--fail-fast): {count} inputs not checked"),
)
NOT_SUMMARIZED = (
    N_("stopped after the first input that failed (--fail-fast): {count} input not summarized"),
    N_("stopped after the first input that failed (--fail-fast): {count} inputs not summarized"),
)


def outcomes(
    job: Callable[[S], Any],
    specs: Sequence[S],
    state: BatchState,
    undone: tuple[str, str],
    *,
    retryable: bool = False,
) -> Iterator[Any]:
    """Run the job over the specs, recording each outcome; stops early with --fail-fast, saying
    how many inputs were left (``undone``: the line, singular and plural).
    ``retryable``: the job has no effect but its outcome (see :func:`dvtool.app.batch.run`)."""
    from dvtool.app.batch import default_jobs, run

    jobs = state.options.jobs or default_jobs()
    progress = _progress(len(specs), state.options.quiet)
    stream = run(job, specs, jobs, retryable=retryable)
    done = 0
    try:
        for outcome in stream:
            state.record(outcome)
            done += 1
            yield outcome
            if progress is not None:
                progress.advance()
            if state.options.fail_fast and outcome.exit_code != EXIT_OK:
                _say_stopped(len(specs) - done, *undone)
                break
    finally:
        stream.close()
        if progress is not None:
            progress.stop()


def _say_stopped(left: int, template: str, plural: str) -> None:
    """--fail-fast stopped a batch with ``left`` inputs to go: one line on stderr (none when the
    failure was the last input, as nothing was left out)."""
    if left:
        err(Phrase(template, {"count": left}, plural=plural).translated())


class _Progress:
    """A rich progress bar on stderr (only built when stderr is a terminal)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self._progress = Progress(console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task(_("Processing"), total=total)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def stop(self) -> None:
        self._progress.stop()


def _progress(total: int, quiet: bool) -> _Progress | None:
    if total < 2 or quiet or not sys.stderr.isatty():
        return None
    return _Progress(total)


def out(text: str | bytes) -> None:
    from dvtool.app.stdstreams import write_stdout

    # backslashreplace: a lone surrogate (a name that was not UTF-8) is shown, never a crash
    write_stdout(text.encode("utf-8", errors="backslashreplace") if isinstance(text, str) else text)


def guarded(body: Callable[[], None]) -> None:
    """Run a command body: DvtoolError becomes its exit code and one stderr line."""
    from dvtool.app.stdstreams import ReaderGone

    try:
        body()
    except DvtoolError as exc:
        fail(exc)
    except ReaderGone:
        # The reader of our stdout went away (| head): stop quietly, like other Unix tools.
        # (Only stdout's reader: a stderr that fails is silenced in err(), and the data goes on.)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except KeyboardInterrupt as exc:
        from dvtool.app.signals import interrupt_exit_code

        err(_("error: {problem}").format(problem=_("interrupted")))
        raise typer.Exit(interrupt_exit_code(exc)) from None
