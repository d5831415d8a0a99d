"""The dvtool command line: parse options, run one library job per input, hand results to reporters.

Exit codes: 0 ok; 1 a document is invalid; 2 usage error; 3 an input cannot be read or parsed
(or an output cannot be written); 4 warnings under --strict. In a batch the most severe code
wins, in the order 2 > 3 > 4 > 1 > 0.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from dvtool import __version__
from dvtool.errors import EXIT_INPUT, EXIT_OK, DvtoolError, UsageError
from dvtool.i18n import N_, Phrase, _, ngettext, phrase

EXIT_CODES_HELP = N_(
    "Exit codes: 0 ok; 1 a document is invalid; 2 usage error; "
    "3 an input cannot be read or parsed, or an output cannot be written; "
    "4 warnings with --strict. In a batch the most severe code wins (2 > 3 > 4 > 1)."
)
LANGUAGE_HELP = N_(
    "Language: Vietnamese when the locale is Vietnamese, else English; DVTOOL_LANG=vi or en overrides."
)
SEVERITY = {0: 0, 1: 1, 4: 2, 3: 3, 2: 4}


class _TranslatedHelp:
    """Help pages in the interface language. Help texts stay plain English strings in the code
    (docstrings and ``help=``; scripts/i18n.py extracts them); each command translates its own
    and its parameters' when typer builds it, plus the words click does not translate itself:
    "Usage:" and the help option's text."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for item in (self, *getattr(self, "params", ())):
            template = getattr(item, "help", None)  # the English help text is the msgid
            if template:
                vars(item)["help"] = _(template)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _("Show this message and exit.")
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_("Usage: "))


class _Group(_TranslatedHelp, TyperGroup):
    pass


class _Command(_TranslatedHelp, TyperCommand):
    pass


app = typer.Typer(
    name="dvtool",
    cls=_Group,
    help=_("Convert, extract, validate and summarize Vietnamese conference reports.")
    + "\n\n"
    + _(EXIT_CODES_HELP)
    + "\n\n"
    + _(LANGUAGE_HELP),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ReadFormat(str, Enum):
    json = "json"
    yaml = "yaml"
    md = "md"
    docx = "docx"
    text = "text"
    html = "html"


class WriteFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    yaml = "yaml"
    md = "md"
    docx = "docx"


class ValidateFormat(str, Enum):
    text = "text"
    json = "json"


class SummaryFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"
    md = "md"
    xlsx = "xlsx"


def _path_type() -> Any:
    """A string parameter type that shows no ``<str>`` placeholder in help (the metavar says it)."""
    import importlib

    try:
        types = importlib.import_module("typer._click.types")  # typer >= 0.28 vendors click
    except ImportError:  # pragma: no cover - older typer uses click itself
        types = importlib.import_module("click.types")
    base: Any = types.StringParamType

    class PathText(base):  # type: ignore[misc]
        name = "path"

        def get_metavar(self, *args: Any, **kwargs: Any) -> str:
            return ""

    return PathText()


# Shared options, declared once.
Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Input files or folders; '-' reads stdin.",
        show_default=False,
        metavar="FILE...",
        click_type=_path_type(),
    ),
]
FromOpt = Annotated[
    ReadFormat | None,
    typer.Option("--from", "-f", metavar="FORMAT", help="Input format (default: extension, then content)."),
]
RecursiveOpt = Annotated[bool, typer.Option("--recursive", "-r", help="Read the files inside folders.")]
FilesFromOpt = Annotated[
    str | None,
    typer.Option("--files-from", "-T", metavar="FILE", help="Read input paths from FILE ('-' for stdin)."),
]
NullOpt = Annotated[bool, typer.Option("--null", "-0", help="--files-from paths are NUL-separated.")]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", metavar="N", help="N parallel workers, N >= 1 (default: CPU count)."),
]
FailFastOpt = Annotated[bool, typer.Option("--fail-fast", help="Stop at the first failing input.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Print notes too (encodings, ...).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Treat warnings as errors (exit 4).")]


@dataclass
class BatchOptions:
    """What every command shares: which inputs, how to run them, what to tell the user."""

    inputs: list[str] | None
    from_format: ReadFormat | str | None = None
    recursive: bool = False
    files_from: str | None = None
    null: bool = False
    jobs: int | None = None
    fail_fast: bool = False
    quiet: bool = False
    verbose: bool = False
    strict: bool = False
    skipped: int = 0

    @property
    def paths(self) -> list[str]:
        return list(self.inputs or [])

    @property
    def format_name(self) -> str | None:
        """``--from`` as a registry name."""
        fmt = self.from_format
        return fmt.value if isinstance(fmt, ReadFormat) else fmt


@dataclass
class BatchState:
    """Accumulates failures and the exit code while outcomes stream in."""

    options: BatchOptions
    failures: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK

    def __post_init__(self) -> None:
        if self.options.strict and self.options.skipped:
            from dvtool.errors import EXIT_STRICT

            self.exit_code = EXIT_STRICT
            count = self.options.skipped
            line = ngettext(
                "{count} skipped file and --strict is set", "{count} skipped files and --strict is set", count
            ).format(count=count)
            _err(_("error: {problem}").format(problem=line))
            self.failures.append(line)

    def record(self, outcome: Any) -> None:
        shown = [
            m
            for m in outcome.messages
            if (self.options.verbose or m.is_warning) and not (m.is_warning and self.options.quiet)
        ]
        if shown:
            from dvtool.reporters import format_message

            for message in shown:
                _err(format_message(outcome.source, message))
        if outcome.error is not None:
            shown = outcome.shown_error or outcome.error
            _err(_("error: {problem}").format(problem=shown))
            self.failures.append(shown)
        self.exit_code = worst(self.exit_code, outcome.exit_code)

    def finish(self) -> NoReturn:
        if len(self.failures) > 1:
            count = len(self.failures)
            _err(ngettext("{count} input failed:", "{count} inputs failed:", count).format(count=count))
            for line in self.failures:
                _err(f"  {line}")
        raise typer.Exit(self.exit_code)


def worst(a: int, b: int) -> int:
    """The more severe of two exit codes."""
    return a if SEVERITY.get(a, 5) >= SEVERITY.get(b, 5) else b


def _err(line: str) -> None:
    from dvtool.printable import printable  # controls in names or text never reach the terminal

    sys.stderr.buffer.write((printable(line.rstrip("\n")) + "\n").encode("utf-8", errors="replace"))
    sys.stderr.flush()


def _fail(exc: DvtoolError) -> NoReturn:
    _err(_("error: {problem}").format(problem=exc.display()))
    raise typer.Exit(exc.exit_code)


def _fail_code(exc: DvtoolError) -> NoReturn:
    try:
        _fail(exc)
    except typer.Exit as done:
        sys.exit(done.exit_code)


def _version_callback(value: bool) -> None:
    if value:
        _out(f"dvtool {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version_callback, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Convert, extract, validate and summarize Vietnamese conference reports."""


# ----------------------------------------------------------------- helpers


S = TypeVar("S")


def _expand(options: BatchOptions) -> list[Any]:
    from dvtool.inputs import expand_all

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
    from dvtool.inputs import skip_reason, skipped_summary

    options.skipped = len(skipped)
    if not skipped or options.quiet:
        return
    if len(skipped) <= SKIPPED_NAMED or options.verbose:
        if len(skipped) > SKIPPED_NAMED:
            _err(_("warning: {problem}").format(problem=skipped_summary(skipped).translated()))
        for path in skipped:
            problem = _("{path}: skipped: {reason}").format(path=path, reason=skip_reason(path).translated())
            _err(_("warning: {problem}").format(problem=problem))
        return
    problem = _("{summary}; -v names them").format(summary=skipped_summary(skipped).translated())
    _err(_("warning: {problem}").format(problem=problem))


def _load_specs(options: BatchOptions, refs: Sequence[Any]) -> list[Any]:
    """One LoadSpec per report: a JSON Lines or multi-document YAML input gives one per report."""
    from dvtool.inputs import read_stdin
    from dvtool.jobs import LoadSpec

    stdin_data = read_stdin() if any(r.is_stdin for r in refs) else None
    specs: list[Any] = []
    for ref in refs:
        data = stdin_data if ref.is_stdin else None
        parts = _stream_parts(options, ref, data)
        if parts is None:
            specs.append(LoadSpec(ref, options.format_name, options.strict, data))
            continue
        for part in parts:
            part_ref = type(ref)(ref.path, part.relative, part.label)
            specs.append(LoadSpec(part_ref, part.fmt, options.strict, part.data, part.error, part.exit_code))
    return specs


def _stream_parts(options: BatchOptions, ref: Any, data: bytes | None) -> list[Any] | None:
    """The reports of a stream input, or None for an input that holds one report."""
    from dvtool.formats import format_from_path, sniff
    from dvtool.inputs import read_bytes
    from dvtool.streams import split_stream

    fmt = options.format_name or (format_from_path(ref.path) if ref.path else None)
    if fmt is None and data is not None:
        fmt = sniff(data)
    if fmt not in ("json", "yaml"):
        return None
    if data is None:
        if not os.path.isfile(str(ref.path)):
            return None  # a FIFO or device can be read once only: by the job
        try:
            data = read_bytes(ref)
        except DvtoolError:
            return None  # the job reports it, with the other failures
    return split_stream(ref.display, ref.relative, data, fmt)


def _outcomes(job: Callable[[S], Any], specs: Sequence[S], state: BatchState) -> Iterator[Any]:
    """Run the job over the specs, recording each outcome; stops early with --fail-fast."""
    from dvtool.batch import default_jobs, run

    jobs = state.options.jobs or default_jobs()
    progress = _progress(len(specs), state.options.quiet)
    stream = run(job, specs, jobs)
    try:
        for outcome in stream:
            state.record(outcome)
            yield outcome
            if progress is not None:
                progress.advance()
            if state.options.fail_fast and outcome.exit_code != EXIT_OK:
                break
    finally:
        stream.close()
        if progress is not None:
            progress.stop()


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


def _out(text: str | bytes) -> None:
    from dvtool.stdstreams import write_stdout

    # backslashreplace: a lone surrogate (a name that was not UTF-8) is shown, never a crash
    write_stdout(text.encode("utf-8", errors="backslashreplace") if isinstance(text, str) else text)


def _guarded(body: Callable[[], None]) -> None:
    """Run a command body: DvtoolError becomes its exit code and one stderr line."""
    try:
        body()
    except DvtoolError as exc:
        _fail(exc)
    except BrokenPipeError:
        # The reader of our stdout went away (| head): stop quietly, like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except KeyboardInterrupt as exc:
        from dvtool.signals import interrupt_exit_code

        _err(_("error: {problem}").format(problem=_("interrupted")))
        raise typer.Exit(interrupt_exit_code(exc)) from None


# ----------------------------------------------------------------- convert


@dataclass
class ConvertOptions:
    to: WriteFormat
    output: str | None
    force: bool
    compact: bool
    explain: bool
    envelope: bool = False


@app.command(cls=_Command)
def convert(
    inputs: Inputs = None,
    to: Annotated[
        WriteFormat | None,
        typer.Option(
            "--to",
            "-t",
            help="Output format (default: the -o file's extension, else json).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE|FOLDER",
            help="Output file (its extension chooses the format), or folder for several inputs "
            "(default: stdout).",
        ),
    ] = None,
    from_format: FromOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Replace existing output files.")] = False,
    compact: Annotated[bool, typer.Option("--compact", help="JSON on one line.")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show on stderr where each field came from in the source.")
    ] = False,
    envelope: Annotated[
        bool,
        typer.Option(
            "--envelope",
            help='With --to jsonl: one {"source": FILE, "report": ...} line per input, '
            'and {"source": FILE, "error": ...} for an input that failed.',
        ),
    ] = False,
    recursive: RecursiveOpt = False,
    files_from: FilesFromOpt = None,
    null: NullOpt = False,
    jobs: JobsOpt = None,
    fail_fast: FailFastOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    strict: StrictOpt = False,
) -> None:
    """Convert reports between DOCX, Markdown, JSON and YAML; extract them from text and HTML.

    \b
    Examples:
      dvtool convert report.docx -o report.md
      dvtool convert report.json -o report.docx
      dvtool convert -r in/ --to json -o out/
      dvtool convert -r in/ --to jsonl --envelope > all.jsonl
      dvtool convert article.txt --to json --explain
    """
    batch = BatchOptions(
        inputs, from_format, recursive, files_from, null, jobs, fail_fast, quiet, verbose, strict
    )
    _guarded(
        lambda: _convert(
            batch, to, ConvertOptions(WriteFormat.json, output, force, compact, explain, envelope)
        )
    )


def _convert(batch: BatchOptions, to: WriteFormat | None, opts: ConvertOptions) -> None:
    from dvtool.jobs import ConvertSpec, convert_job

    opts.to = resolve_output_format(to, opts.output)
    if opts.envelope and opts.to is not WriteFormat.jsonl:
        raise UsageError("--envelope needs --to jsonl", hint="add --to jsonl, or name the output FILE.jsonl")
    loads = _load_specs(batch, _expand(batch))
    targets = _convert_targets([load.ref for load in loads], opts)
    to_format = "json" if opts.to is WriteFormat.jsonl else opts.to.value
    compact = opts.compact or opts.to is WriteFormat.jsonl
    specs = [
        ConvertSpec(load, to_format, target, opts.force, compact, opts.explain)
        for load, target in zip(loads, targets, strict=True)
    ]
    state = BatchState(batch)
    collected: list[bytes] = []
    single_file = opts.output is not None and targets[0] is None
    for index, outcome in enumerate(_outcomes(convert_job, specs, state)):
        if opts.explain:
            _explain(outcome)
        if opts.envelope:
            chunk = _envelope(outcome)
        elif outcome.payload is None:
            continue
        else:
            chunk = _stdout_chunk(outcome.payload, opts.to, index)
        if single_file:
            collected.append(chunk)
        else:
            _out(chunk)
    if single_file and collected and (state.exit_code == EXIT_OK or opts.envelope):
        from dvtool.fsutil import write_atomic

        assert opts.output is not None
        write_atomic(Path(opts.output), b"".join(collected), force=opts.force)
    state.finish()


# Output file extensions and the format each one names.
OUTPUT_FORMAT_BY_EXTENSION: dict[str, WriteFormat] = {
    ".json": WriteFormat.json,
    ".jsonl": WriteFormat.jsonl,
    ".ndjson": WriteFormat.jsonl,
    ".yaml": WriteFormat.yaml,
    ".yml": WriteFormat.yaml,
    ".md": WriteFormat.md,
    ".markdown": WriteFormat.md,
    ".docx": WriteFormat.docx,
}


def resolve_output_format(to: WriteFormat | None, output: str | None) -> WriteFormat:
    """The -o file's extension chooses the format; a --to that contradicts it is a usage error."""
    named = None
    if output not in (None, "-") and not output.endswith(("/", os.sep)) and not os.path.isdir(output):
        named = OUTPUT_FORMAT_BY_EXTENSION.get(Path(output).suffix.lower())
    if named is None:
        return to or WriteFormat.json
    if to is not None and to is not named:
        assert output is not None
        wanted = Path(output).with_suffix(".jsonl" if to is WriteFormat.jsonl else f".{to.value}")
        raise UsageError(
            "--to {to} contradicts the output file name {output}, which names {named}",
            hint="drop --to to write {named}, or name the output {wanted}",
            to=to.value,
            output=output,
            named=named.value,
            wanted=wanted.name,
        )
    return named


def _envelope(outcome: Any) -> bytes:
    """One JSON Lines record that names its source: the report, or the error that stopped it."""
    import json

    source = json.dumps(outcome.source, ensure_ascii=False)
    if outcome.payload is not None:
        report: bytes = outcome.payload.rstrip()
        return b'{"source": ' + source.encode("utf-8") + b', "report": ' + report + b"}\n"
    error = outcome.error or ""
    prefix = f"{outcome.source}: "
    error = error[len(prefix) :] if error.startswith(prefix) else error
    record = {"source": outcome.source, "error": error, "exit_code": outcome.exit_code}
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def _stdout_chunk(payload: bytes, to: WriteFormat, index: int) -> bytes:
    """Separate several YAML documents with '---'; JSON Lines are already one per line."""
    if to is WriteFormat.yaml and index > 0:
        return b"---\n" + payload
    return payload


def _convert_targets(refs: Sequence[Any], opts: ConvertOptions) -> list[str | None]:
    """The output path of each input, or None for stdout / one combined file."""
    from dvtool.formats import OUTPUT_EXTENSIONS
    from dvtool.fsutil import InputGuard, check_output_name
    from dvtool.jobs import output_path

    if opts.output is not None:
        check_output_name(opts.output)
    guard = InputGuard(r.path for r in refs if r.path is not None)
    many = len(refs) > 1
    if opts.output is None or opts.output == "-":
        if many and opts.to in (WriteFormat.json, WriteFormat.md, WriteFormat.docx):
            raise UsageError(
                "{count} inputs cannot go to stdout as {format}",
                hint="use -o FOLDER, or --to jsonl / --to yaml for a stream",
                count=len(refs),
                format=opts.to.value,
            )
        if opts.to is WriteFormat.docx and sys.stdout.isatty():
            raise UsageError("refusing to write DOCX to a terminal", hint="use -o FILE.docx or a pipe")
        opts.output = None
        return [None] * len(refs)
    target = Path(opts.output)
    as_folder = target.is_dir() or opts.output.endswith(("/", os.sep))
    if opts.to is WriteFormat.jsonl:
        if as_folder:
            raise UsageError("--to jsonl writes one stream: give -o FILE, not a folder")
        guard.check(target)
        return [None] * len(refs)
    if many and not as_folder and target.suffix.lower() in OUTPUT_EXTENSIONS.values():
        raise UsageError(
            "{count} inputs need a folder for -o, not the file name {name}",
            hint="use -o {folder}/ or --to jsonl",
            count=len(refs),
            name=opts.output,
            folder=target.with_suffix(""),
        )
    if many or as_folder:
        paths = [output_path(ref, target, opts.to.value) for ref in refs]
        seen: dict[Path, str] = {}
        for ref, path in zip(refs, paths, strict=True):
            guard.check(path)
            if path in seen:
                raise UsageError.from_phrase(
                    phrase(
                        "{first} and {second} would both be written to {path}",
                        first=seen[path],
                        second=ref.display,
                        path=path,
                    ),
                    hint=_clash_hint(seen[path], ref.display),
                )
            seen[path] = ref.display
        return [str(p) for p in paths]
    guard.check(target)
    return [str(target)]


def _clash_hint(first: str, second: str) -> Phrase:
    """What to do when two inputs map to one output file."""
    stream = phrase("or write one stream that names each input: --to jsonl --envelope -o all.jsonl")
    if Path(first).parent != Path(second).parent:
        return phrase(
            "convert their common folder with -r (its subfolders are kept under -o), {stream}", stream=stream
        )
    return phrase(
        "rename one of them, or convert them in two runs to different folders, {stream}", stream=stream
    )


EXCERPT_CHARS = 100


def _explain(outcome: Any) -> None:
    """One stderr line per field, in the report's field order: pointer, place, short excerpt."""
    from dvtool.model import REPORT_KEYS
    from dvtool.reporters import place

    if not outcome.locations:
        return
    order = {key: i for i, key in enumerate(REPORT_KEYS)}

    def field_order(pointer: str) -> tuple[int, tuple[tuple[int, int | str], ...]]:
        first, *rest = pointer.lstrip("/").split("/")
        return order.get(first, len(order)), tuple((0, int(p)) if p.isdigit() else (1, p) for p in rest)

    pointers = sorted(outcome.locations, key=field_order)
    width = max(len(p) for p in pointers)
    _err("# " + _("{source}: where each field came from").format(source=outcome.source))
    for pointer in pointers:
        location = outcome.locations[pointer]
        excerpt = " ".join((location.excerpt or "").split())
        if len(excerpt) > EXCERPT_CHARS:
            excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
        shown = f"  «{excerpt}»" if excerpt else ""
        _err(f"{pointer:<{width}}  {place(outcome.source, location)}{shown}")


# ----------------------------------------------------------------- validate


@app.command(cls=_Command)
def validate(
    inputs: Inputs = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-F", help="text, or json (NDJSON: one object per input).")
    ] = ValidateFormat.text,
    from_format: FromOpt = None,
    recursive: RecursiveOpt = False,
    files_from: FilesFromOpt = None,
    null: NullOpt = False,
    jobs: JobsOpt = None,
    fail_fast: FailFastOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    strict: StrictOpt = False,
) -> None:
    """Check reports against the published JSON Schema and the semantic rules.

    Each problem names the file (and line or paragraph), the JSON pointer and a plain message
    saying what to write instead. Exit 1 when any document is invalid.

    \b
    Examples:
      dvtool validate report.json
      dvtool validate -r archive/ --strict
      dvtool validate --format json reports/*.yaml | jq -c 'select(.valid | not)'
    """
    batch = BatchOptions(
        inputs, from_format, recursive, files_from, null, jobs, fail_fast, quiet, verbose, strict
    )
    _guarded(lambda: _validate(batch, output_format))


def _validate(batch: BatchOptions, output_format: ValidateFormat) -> None:
    import json

    from dvtool.jobs import validate_job
    from dvtool.reporters import validation_record, validation_text
    from dvtool.schema import warm_up

    specs = _load_specs(batch, _expand(batch))
    warm_up()  # compile the schema check once, before any worker process is forked
    state = BatchState(batch)
    for outcome in _outcomes(validate_job, specs, state):
        if output_format is ValidateFormat.json:
            _out(json.dumps(validation_record(outcome), ensure_ascii=False) + "\n")
        else:
            _out(validation_text(outcome))
    state.finish()


# ----------------------------------------------------------------- summarize


@app.command(cls=_Command)
def summarize(
    inputs: Inputs = None,
    output_format: Annotated[
        SummaryFormat | None,
        typer.Option(
            "--format",
            "-F",
            help="text (tables), json (NDJSON), csv, md or xlsx "
            "(default: the -o file's extension, else text).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to FILE (its extension chooses the format)."
        ),
    ] = None,
    bom: Annotated[
        bool | None,
        typer.Option(
            "--bom/--no-bom",
            help="CSV starts with a UTF-8 byte-order mark, so Excel shows Vietnamese right "
            "(default: on for -o FILE.csv, off on stdout).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing output file.")] = False,
    from_format: FromOpt = None,
    recursive: RecursiveOpt = False,
    files_from: FilesFromOpt = None,
    null: NullOpt = False,
    jobs: JobsOpt = None,
    fail_fast: FailFastOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    strict: StrictOpt = False,
) -> None:
    """Summarize one report (title, date, chairs, results and figures, awards) or many (one row each).

    Table columns are written in full words: results, limitations and tasks count items.

    \b
    Examples:
      dvtool summarize report.docx
      dvtool summarize -r archive/
      dvtool summarize -r archive/ -o bao-cao.csv      (Excel-ready: UTF-8 with BOM)
      dvtool summarize -r archive/ -o bao-cao.xlsx
      dvtool summarize -r archive/ --format csv > bao-cao.csv
    """
    batch = BatchOptions(
        inputs, from_format, recursive, files_from, null, jobs, fail_fast, quiet, verbose, strict
    )
    opts = SummaryOptions(SummaryFormat.text, output, bom, force)
    _guarded(lambda: _summarize(batch, output_format, opts))


@dataclass
class SummaryOptions:
    output_format: SummaryFormat
    output: str | None
    bom: bool | None
    force: bool


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


def _summarize(batch: BatchOptions, given: SummaryFormat | None, opts: SummaryOptions) -> None:
    from dvtool import reporters
    from dvtool.jobs import summarize_job

    opts.output_format = _summary_format(given, opts.output)
    to_file = opts.output not in (None, "-")
    if to_file:
        from dvtool.fsutil import InputGuard

        assert opts.output is not None
        InputGuard(r for r in batch.paths).check(Path(opts.output))
    specs = _load_specs(batch, _expand(batch))
    state = BatchState(batch)
    summaries = []
    streamed: list[bytes] = []
    for outcome in _outcomes(summarize_job, specs, state):
        if outcome.payload is None:
            continue
        if opts.output_format is SummaryFormat.json:
            line = reporters.summary_json(outcome.payload).encode("utf-8")
            if to_file:
                streamed.append(line)
            else:
                _out(line)
        summaries.append(outcome.payload)
    if summaries:
        if opts.output_format is SummaryFormat.json:
            data = b"".join(streamed)  # already on stdout when not to a file
        else:
            data = _render_summaries(summaries, opts, to_file)
        if to_file:
            from dvtool.fsutil import write_atomic

            assert opts.output is not None
            write_atomic(Path(opts.output), data, force=opts.force)
        elif data:
            _out(data)
    state.finish()


def _render_summaries(summaries: list[Any], opts: SummaryOptions, to_file: bool) -> bytes:
    """The summaries in the chosen format; a terminal gets rich tables (written directly)."""
    from dvtool import reporters

    fmt = opts.output_format
    if fmt is SummaryFormat.csv:
        bom = opts.bom if opts.bom is not None else to_file
        return (("\ufeff" if bom else "") + reporters.summaries_csv(summaries)).encode("utf-8")
    if fmt is SummaryFormat.xlsx:
        from dvtool.xlsx import summaries_xlsx

        return summaries_xlsx(summaries)
    if fmt is SummaryFormat.md:
        return reporters.summaries_markdown(summaries).encode("utf-8")
    if not to_file and reporters.use_rich(sys.stdout):
        reporters.render_rich(summaries, sys.stdout)
        return b""
    if len(summaries) == 1:
        return reporters.single_plain(summaries[0]).encode("utf-8")
    return reporters.many_plain(summaries).encode("utf-8")


# ----------------------------------------------------------------- schema


@app.command(cls=_Command)
def schema() -> None:
    """Print the published JSON Schema for conference reports.

    \b
    Examples:
      dvtool schema > conference-report.schema.json
    """
    from dvtool.schema import schema_text

    _guarded(lambda: _out(schema_text()))


def main() -> None:
    """Console-script entry point: every failure, usage errors included, is one stderr line."""
    from dvtool.i18n import setup_framework_strings
    from dvtool.signals import install
    from dvtool.stdstreams import guard

    guard()
    _utf8_text_streams()
    setup_framework_strings()
    install()
    try:
        code = app(standalone_mode=False)
    except SystemExit as exc:
        from dvtool.stdstreams import exit_code_after_exit

        sys.exit(exit_code_after_exit(exc.code))
    except DvtoolError as exc:
        _fail_code(exc)
    except typer.Abort:
        _err(_("error: {problem}").format(problem=_("aborted")))
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        if _is_usage_error(exc):
            if not exc.format_message().strip():  # type: ignore[attr-defined]
                # Bare ``dvtool``: the help was shown; an empty "error:" line would only puzzle.
                sys.exit(exc.exit_code)  # type: ignore[attr-defined]
            message = " ".join(_usage_message(exc).split())
            _err(
                _("error: {problem}").format(
                    problem=_("{message} (see 'dvtool --help')").format(message=message)
                )
            )
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        if os.environ.get("DVTOOL_DEBUG"):
            raise
        detail = f"{type(exc).__name__}: {exc}"
        problem = _("internal error: {detail} (set DVTOOL_DEBUG=1 for details)").format(detail=detail)
        _err(_("error: {problem}").format(problem=problem))
        sys.exit(EXIT_INPUT)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _utf8_text_streams() -> None:
    """Help and tables printed through the text layer are UTF-8, like every byte dvtool writes.

    A pipe or file on Windows (cp1252) or a C locale (ascii) would otherwise fail on the first
    Vietnamese letter of a translated help text. (A Windows console is UTF-8 already: PEP 528.)
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _usage_message(exc: Any) -> str:
    """click's usage error in the interface language (the common kinds; others as click says them)."""
    from dvtool.i18n import language

    kind = type(exc).__name__
    if language() == "en":
        return str(exc.format_message())
    if kind == "NoSuchOption":
        return _("no such option: {option}").format(option=exc.option_name)
    if kind in ("BadParameter", "MissingParameter") and (exc.param is not None or exc.param_hint):
        hint = exc.param_hint or exc.param.get_error_hint(exc.ctx)
        hint = " / ".join(hint) if isinstance(hint, (list, tuple)) else str(hint)
        if kind == "MissingParameter":
            return _("missing {parameter}").format(parameter=hint)
        return _("invalid value for {parameter}: {detail}").format(parameter=hint, detail=exc.message)
    return str(exc.format_message())


def _is_usage_error(exc: BaseException) -> bool:
    """click's ClickException family (typer vendors click, so match it by shape, not import)."""
    return hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int)


__all__ = ["app", "main"]
