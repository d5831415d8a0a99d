"""The work done for one input by each command: load, convert, validate, summarize.

Each job is a top-level function of plain, picklable arguments returning an Outcome, so a
batch can run jobs in a process pool and still report in input order. Jobs never print and
never raise: every failure becomes an Outcome carrying an exit code and a one-line error.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvtool.errors import EXIT_INPUT, EXIT_INVALID, EXIT_OK, EXIT_STRICT, DvtoolError
from dvtool.formats import (
    OUTPUT_EXTENSIONS,
    ReadOptions,
    WriteOptions,
    format_from_path,
    get_reader,
    get_writer,
    sniff,
)
from dvtool.i18n import N_, Phrase
from dvtool.inputs import InputRef, read_bytes
from dvtool.messages import Location, Message, Result, locate
from dvtool.model import Report

RAW_FORMATS = ("json", "yaml")


@dataclass(frozen=True)
class Outcome:
    """What one job produced. ``payload`` is command-specific (bytes, problems, a summary)."""

    source: str
    exit_code: int = EXIT_OK
    error: str | None = None  # English, for machine outputs
    messages: tuple[Message, ...] = ()
    payload: Any = None
    written: str | None = None
    fmt: str | None = None
    locations: dict[str, Location] = field(default_factory=dict)
    shown_error: str | None = None  # ``error`` in the interface language, for people

    @property
    def error_for_people(self) -> str | None:
        return self.shown_error or self.error


@dataclass(frozen=True)
class LoadSpec:
    """How to load an input: forced format, strictness, and stdin bytes read by the parent."""

    ref: InputRef
    from_format: str | None = None
    strict: bool = False
    stdin_data: bytes | None = None


@dataclass(frozen=True)
class ConvertSpec:
    """A conversion: target format, and an output path (None means: return the bytes)."""

    load: LoadSpec
    to_format: str
    output: str | None = None
    force: bool = False
    compact: bool = False
    explain: bool = False


@dataclass(frozen=True)
class ValidateProblem:
    """A validation problem with the place it points at in the source."""

    pointer: str
    template: str
    rule: str
    location: Location | None = field(default=None)
    args: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """The English text, as NDJSON carries it."""
        return str(Phrase(self.template, self.args))

    def translated(self) -> str:
        return Phrase(self.template, self.args).translated()


def detect_format(ref: InputRef, data: bytes, forced: str | None) -> str:
    """``--from`` if given, else the extension, else a sniff of the content."""
    if forced:
        return forced
    by_extension = format_from_path(ref.path) if ref.path else None
    return by_extension or sniff(data)


# Binary formats people save reports in that dvtool does not read: old Word (OLE), PDF, RTF.
FOREIGN_MAGIC = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-", b"{\\rtf")


def refuse_foreign(data: bytes, fmt: str, source: str) -> None:
    """Name a .doc/PDF/RTF file (and how to re-save it) instead of reading it as text."""
    if fmt != "docx" and data.startswith(FOREIGN_MAGIC):
        from dvtool.errors import InputError
        from dvtool.safety import describe_non_zip

        what, hint = describe_non_zip(data, as_docx=False)
        raise InputError.from_phrase(what, source, hint)


def load(spec: LoadSpec) -> tuple[str, Result[Report]]:
    """Read and parse one input into the model. Raises DvtoolError."""
    data = read_bytes(spec.ref, spec.stdin_data)
    fmt = detect_format(spec.ref, data, spec.from_format)
    refuse_foreign(data, fmt, spec.ref.display)
    result = get_reader(fmt)(data, ReadOptions(source=spec.ref.display))
    return fmt, result


def _failure(source: str, exc: BaseException, messages: tuple[Message, ...] = ()) -> Outcome:
    if isinstance(exc, DvtoolError):
        exc.with_source(source)
        return Outcome(source, exc.exit_code, exc.line(), messages, shown_error=exc.display())
    # A bug or an unforeseen library error: still one line, never a traceback on stderr.
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    detail = f" [{Path(where.filename).name}:{where.lineno}]" if where else ""
    phrase = Phrase(
        N_("{source}: cannot process: {error}"), {"source": source, "error": f"{type(exc).__name__}: {exc}"}
    )
    return Outcome(
        source, EXIT_INPUT, str(phrase) + detail, messages, shown_error=phrase.translated() + detail
    )


def _strict_failure(source: str, messages: tuple[Message, ...]) -> Outcome | None:
    count = sum(1 for m in messages if m.is_warning)
    if not count:
        return None
    phrase = Phrase(
        N_("{source}: {count} warning and --strict is set"),
        {"source": source, "count": count},
        plural=N_("{source}: {count} warnings and --strict is set"),
    )
    return Outcome(source, EXIT_STRICT, str(phrase), messages, shown_error=phrase.translated())


def convert_job(spec: ConvertSpec) -> Outcome:
    """Convert one input; write it to ``spec.output`` atomically, or return the bytes."""
    source = spec.load.ref.display
    messages: tuple[Message, ...] = ()
    try:
        fmt, result = load(spec.load)
        written = get_writer(spec.to_format)(result.value, WriteOptions(compact=spec.compact))
        messages = result.messages + written.messages
        if spec.load.strict and (failure := _strict_failure(source, messages)):
            return failure
        locations = dict(result.locations) if spec.explain else {}
        if spec.output is None:
            return Outcome(source, messages=messages, payload=written.value, fmt=fmt, locations=locations)
        from dvtool.fsutil import write_atomic

        write_atomic(Path(spec.output), written.value, force=spec.force)
        return Outcome(source, messages=messages, written=spec.output, fmt=fmt, locations=locations)
    except Exception as exc:  # noqa: BLE001 - turned into a one-line failure
        return _failure(source, exc, messages)


def output_path(ref: InputRef, out_dir: Path, to_format: str) -> Path:
    """Where ``-o DIR`` puts the output of ``ref``: same relative path, new extension."""
    return out_dir / ref.relative.with_suffix(OUTPUT_EXTENSIONS[to_format])


def validate_job(spec: LoadSpec) -> Outcome:
    """Validate one input: the schema on raw JSON/YAML data, the model otherwise."""
    from dvtool.schema import validate_data, validate_report

    source = spec.ref.display
    try:
        data = read_bytes(spec.ref, spec.stdin_data)
        fmt = detect_format(spec.ref, data, spec.from_format)
        refuse_foreign(data, fmt, source)
        messages: tuple[Message, ...] = ()
        locations: dict[str, Location] = {}
        if fmt in RAW_FORMATS:
            parsed = _parse_raw(fmt, data, source)
            problems = validate_data(parsed)
        else:
            result = get_reader(fmt)(data, ReadOptions(source=source))
            messages, locations = result.messages, dict(result.locations)
            problems = validate_report(result.value)
        placed = tuple(
            ValidateProblem(p.pointer, p.template, p.rule, locate(locations, p.pointer), p.args)
            for p in problems
        )
        if placed:
            return Outcome(source, EXIT_INVALID, None, messages, placed, fmt=fmt)
        if spec.strict and (failure := _strict_failure(source, messages)):
            return failure
        return Outcome(source, EXIT_OK, None, messages, (), fmt=fmt)
    except Exception as exc:  # noqa: BLE001 - turned into a one-line failure
        return _failure(source, exc)


def _parse_raw(fmt: str, data: bytes, source: str) -> Any:
    if fmt == "json":
        from dvtool.readers.json import parse as parse_json

        return parse_json(data, source)
    from dvtool.readers.yaml import parse as parse_yaml

    return parse_yaml(data, source)


def summarize_job(spec: LoadSpec) -> Outcome:
    """Load one input and summarize it."""
    from dvtool.summary import summarize

    source = spec.ref.display
    try:
        fmt, result = load(spec)
        if spec.strict and (failure := _strict_failure(source, result.messages)):
            return failure
        return Outcome(source, EXIT_OK, None, result.messages, summarize(result.value, source), fmt=fmt)
    except Exception as exc:  # noqa: BLE001 - turned into a one-line failure
        return _failure(source, exc)
