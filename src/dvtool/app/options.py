"""The options every command shares, declared once, and each command's options object."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, Any

import typer


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


# Spellings users type for a format, mostly file extensions ("--from txt"): each names one
# format only, so accepting them is never a guess. The help of each option lists them.
READ_ALIASES = {
    "txt": "text",
    "htm": "html",
    "markdown": "md",
    "yml": "yaml",
    "jsonl": "json",
    "ndjson": "json",
}
WRITE_ALIASES = {"markdown": "md", "yml": "yaml", "ndjson": "jsonl"}
VALIDATE_ALIASES = {"txt": "text", "jsonl": "json", "ndjson": "json"}
SUMMARY_ALIASES = {"txt": "text", "markdown": "md", "jsonl": "json", "ndjson": "json"}


def choice_with_aliases(enum: type[Enum], aliases: dict[str, str]) -> Any:
    """A choice of ``enum``'s values that also takes ``aliases`` (any case) for them.

    The help and the "not one of" error keep naming the real values only.
    """
    import importlib

    base: Any
    try:
        base = importlib.import_module("typer._types").TyperChoice  # typer >= 0.28's enum choice
    except (ImportError, AttributeError):  # pragma: no cover - older typer uses click's own
        base = importlib.import_module("click").Choice

    class AliasChoice(base):  # type: ignore[misc]
        def convert(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, str):
                value = aliases.get(value.lower(), value.lower())
            return super().convert(value, param, ctx)

    return AliasChoice([member.value for member in enum])


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
    typer.Option(
        "--from",
        "-f",
        metavar="FORMAT",
        click_type=choice_with_aliases(ReadFormat, READ_ALIASES),
        help="Input format: json, yaml, md, docx, text or html; also txt, htm, markdown, yml, jsonl "
        "(default: the extension, then the content).",
    ),
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
    skipped: list[str] = field(default_factory=list)  # files inside folders that were not read
    # Files a stream's envelopes say were skipped when it was made: (STREAM:LINE (source), reason).
    carried_skips: list[tuple[str, str]] = field(default_factory=list)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped) + len(self.carried_skips)

    @property
    def paths(self) -> list[str]:
        return list(self.inputs or [])

    @property
    def format_name(self) -> str | None:
        """``--from`` as a registry name."""
        fmt = self.from_format
        return fmt.value if isinstance(fmt, ReadFormat) else fmt


@dataclass
class ConvertOptions:
    to: WriteFormat
    output: str | None
    force: bool
    compact: bool
    explain: bool
    envelope: bool = False


@dataclass
class SummaryOptions:
    output_format: SummaryFormat
    output: str | None
    bom: bool | None
    force: bool
    skip_failed: bool = False
