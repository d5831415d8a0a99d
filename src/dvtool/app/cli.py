"""The dvtool command line: parse options, run one library job per input, hand results to reporters.

Exit codes: 0 ok; 1 a document is invalid or holds no report; 2 usage error; 3 an input cannot be
read or parsed (or an output cannot be written); 4 warnings under --strict. In a batch the most severe code
wins, in the order 2 > 3 > 4 > 1 > 0.
"""

import gc
import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from dvtool import __version__
from dvtool.app.options import (
    SUMMARY_ALIASES,
    VALIDATE_ALIASES,
    WRITE_ALIASES,
    BatchOptions,
    ConvertOptions,
    FailFastOpt,
    FilesFromOpt,
    FromOpt,
    Inputs,
    JobsOpt,
    NullOpt,
    QuietOpt,
    RecursiveOpt,
    StrictOpt,
    SummaryFormat,
    SummaryOptions,
    ValidateFormat,
    VerboseOpt,
    WriteFormat,
    choice_with_aliases,
)
from dvtool.app.run import err, fail_code, guarded, out
from dvtool.errors import EXIT_INPUT, EXIT_OK, DvtoolError
from dvtool.i18n import N_, _

EXIT_CODES_HELP = N_(
    "Exit codes: 0 ok; 1 a document is invalid or holds no report; 2 usage error; "
    "3 an input cannot be read or parsed, or an output cannot be written; "
    "4 warnings with --strict. In a batch the most severe code wins (2 > 3 > 4 > 1)."
)
LANGUAGE_HELP = N_(
    "Language: Vietnamese when the locale is Vietnamese, else English; DVTOOL_LANG=vi or en overrides."
)

# click's usage words (Command.options_metavar, Group.subcommand_metavar), as msgids.
OPTIONS_WORDS = N_("[OPTIONS]")
COMMAND_WORDS = N_("COMMAND [ARGS]...")


def _usage_piece(piece: str) -> str:
    """A piece of the usage line in the interface language (click leaves these in English)."""
    if piece == OPTIONS_WORDS:
        return _(OPTIONS_WORDS)
    if piece == COMMAND_WORDS:
        return _(COMMAND_WORDS)
    return piece


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
                vars(item)["help"] = _unwrapped(_(template))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _("Show this message and exit.")
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = [_usage_piece(p) for p in self.collect_usage_pieces(ctx)]  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_("Usage: "))


def _unwrapped(text: str) -> str:
    """The help with each paragraph on one line, so the terminal wraps it where it needs to.

    A docstring's paragraph is typed over several lines to keep source lines short; typer
    (>= 0.2x, rich markup) prints those line breaks as they are, mid-sentence. A paragraph
    opening with ``\\b`` (click's "keep as typed", used for the examples) is left alone.
    """
    paragraphs = text.split("\n\n")
    return "\n\n".join(
        p if p.lstrip().startswith("\b") else " ".join(line.strip() for line in p.split("\n"))
        for p in paragraphs
    )


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


def _version_callback(value: bool) -> None:
    if value:
        guarded(lambda: out(f"dvtool {__version__}\n"))
        raise typer.Exit(EXIT_OK)


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version_callback, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Convert, extract, validate and summarize Vietnamese conference reports."""


@app.command(cls=_Command)
def convert(
    inputs: Inputs = None,
    to: Annotated[
        WriteFormat | None,
        typer.Option(
            "--to",
            "-t",
            click_type=choice_with_aliases(WriteFormat, WRITE_ALIASES),
            help="Output format, also spelled ndjson, yml, markdown "
            "(default: the -o file's extension, else json).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE|FOLDER",
            help="Output file (its extension chooses the format; .jsonl or .yaml holds several "
            "inputs as one stream), or folder for several inputs, made if missing (default: stdout).",
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
    """Convert reports between DOCX, Markdown, JSON and YAML; extract them from text, HTML, Markdown and Word.

    Text and HTML are always extracted; a Markdown or Word file a person wrote is extracted where
    it lacks dvtool's sections (dvtool's own files are read as written).

    \b
    Examples:
      dvtool convert report.docx -o report.md
      dvtool convert report.json -o report.docx
      dvtool convert -r in/ --to json -o out/
      dvtool convert -r in/ --to jsonl --envelope > all.jsonl
      dvtool convert article.txt --to json --explain
    """
    from dvtool.app.commands.convert import convert as convert_command

    batch = BatchOptions(
        inputs, from_format, recursive, files_from, null, jobs, fail_fast, quiet, verbose, strict
    )
    guarded(
        lambda: convert_command(
            batch, to, ConvertOptions(WriteFormat.json, output, force, compact, explain, envelope)
        )
    )


@app.command(cls=_Command)
def validate(
    inputs: Inputs = None,
    output_format: Annotated[
        ValidateFormat,
        typer.Option(
            "--format",
            "-F",
            click_type=choice_with_aliases(ValidateFormat, VALIDATE_ALIASES),
            help="text, or json (NDJSON: one object per input); also txt, jsonl, ndjson.",
        ),
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

    Reads what convert reads: JSON, YAML, dvtool's Markdown and Word, and the report extracted
    from text, HTML and a Markdown or Word file a person wrote. Each problem names the file (and
    line or paragraph), the JSON pointer and a plain message saying what to write instead.
    Exit 1 when any document is invalid or holds no report.

    \b
    Examples:
      dvtool validate report.json
      dvtool validate -r archive/ --strict
      dvtool validate --format json reports/*.yaml | jq -c 'select(.valid | not)'
    """
    from dvtool.app.commands.validate import validate as validate_command

    batch = BatchOptions(
        inputs, from_format, recursive, files_from, null, jobs, fail_fast, quiet, verbose, strict
    )
    guarded(lambda: validate_command(batch, output_format))


@app.command(cls=_Command)
def summarize(
    inputs: Inputs = None,
    output_format: Annotated[
        SummaryFormat | None,
        typer.Option(
            "--format",
            "-F",
            click_type=choice_with_aliases(SummaryFormat, SUMMARY_ALIASES),
            help="text (tables), json (NDJSON), csv, md or xlsx; also txt, jsonl, ndjson, markdown "
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
    skip_failed: Annotated[
        bool,
        typer.Option(
            "--skip-failed",
            help="Write the summary of the inputs that were read even when others fail; the failed "
            "ones are still named on stderr and the exit code still says so.",
        ),
    ] = False,
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

    Reads what convert reads: JSON, YAML, Markdown, Word, and text or HTML to extract from.
    Table columns are written in full words: results, limitations and tasks count items.

    \b
    Examples:
      dvtool summarize report.docx
      dvtool summarize -r archive/
      dvtool summarize -r archive/ -o bao-cao.csv  (Excel-ready: UTF-8 with BOM)
      dvtool summarize -r archive/ -o bao-cao.xlsx
      dvtool summarize -r archive/ --format csv > bao-cao.csv
      dvtool summarize -r archive/ -o bao-cao.csv --skip-failed

    A summary is written only when every input was read, unless --skip-failed is given.
    """
    from dvtool.app.commands.summarize import summarize as summarize_command

    batch = BatchOptions(
        inputs, from_format, recursive, files_from, null, jobs, fail_fast, quiet, verbose, strict
    )
    opts = SummaryOptions(SummaryFormat.text, output, bom, force, skip_failed)
    guarded(lambda: summarize_command(batch, output_format, opts))


# ----------------------------------------------------------------- schema


@app.command(cls=_Command)
def schema() -> None:
    """Print the published JSON Schema for conference reports.

    \b
    Examples:
      dvtool schema > conference-report.schema.json
    """
    from dvtool.schema import schema_text

    guarded(lambda: out(schema_text()))


def main() -> None:
    """Console-script entry point: every failure, usage errors included, is one stderr line."""
    from dvtool.app.signals import install
    from dvtool.app.stdstreams import guard
    from dvtool.i18n import setup_framework_strings

    gc.freeze()  # what start-up built lives as long as the command: collections pass it by
    guard()
    _utf8_text_streams()
    setup_framework_strings()
    install()
    try:
        code = app(standalone_mode=False)
    except SystemExit as exc:
        from dvtool.app.stdstreams import exit_code_after_exit

        sys.exit(exit_code_after_exit(exc.code))
    except DvtoolError as exc:
        fail_code(exc)
    except typer.Abort:
        err(_("error: {problem}").format(problem=_("aborted")))
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        if _is_usage_error(exc):
            if not exc.format_message().strip():  # type: ignore[attr-defined]
                # Bare ``dvtool``: the help was shown; an empty "error:" line would only puzzle.
                sys.exit(exc.exit_code)  # type: ignore[attr-defined]
            message = " ".join(_usage_message(exc).split())
            err(
                _("error: {problem}").format(
                    problem=_("{message} (see 'dvtool --help')").format(message=message)
                )
            )
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        if os.environ.get("DVTOOL_DEBUG"):
            raise
        detail = f"{type(exc).__name__}: {exc}"
        problem = _("internal error: {detail} (set DVTOOL_DEBUG=1 for details)").format(detail=detail)
        err(_("error: {problem}").format(problem=problem))
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
