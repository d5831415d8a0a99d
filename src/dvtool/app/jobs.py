"""The work done for one input by each command: load, convert, validate, summarize.

Each job is a top-level function of plain, picklable arguments returning an Outcome, so a
batch can run jobs in a process pool and still report in input order. Jobs never print and
never raise: every failure becomes an Outcome carrying an exit code and a one-line error.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dvtool.app.inputs import InputRef, read_bytes
from dvtool.errors import EXIT_INPUT, EXIT_INVALID, EXIT_OK, EXIT_STRICT, DvtoolError, InvalidReportError
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
    # A stream's envelope may carry the error that stopped this input when it was converted.
    carried_error: str | None = None
    carried_exit: int = EXIT_INPUT


def _raise_carried(spec: LoadSpec) -> None:
    if spec.carried_error is not None:
        from dvtool.errors import InputError

        error = InputError("{detail}", spec.ref.display, detail=spec.carried_error)
        error.exit_code = spec.carried_exit
        raise error


@dataclass(frozen=True)
class ConvertSpec:
    """A conversion: target format, and an output path (None means: return the bytes)."""

    load: LoadSpec
    to_format: str
    output: str | None = None
    force: bool = False
    compact: bool = False
    explain: bool = False
    make_folders: bool = False  # ``output`` is inside ``-o DIR``: its folders may be made


def detect_format(ref: InputRef, data: bytes, forced: str | None) -> str:
    """``--from`` if given, else the extension, else a sniff of the content."""
    if forced:
        return forced
    by_extension = format_from_path(ref.path) if ref.path else None
    return by_extension or sniff(data)


# Binary formats people save reports in that dvtool does not read: old Word (OLE), PDF, RTF.
FOREIGN_MAGIC = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-", b"{\\rtf")


def refuse_foreign(data: bytes, fmt: str, source: str) -> None:
    """Name a .doc/PDF/RTF file (and how to re-save it), or a .docx under another name,
    instead of reading it as text."""
    if fmt == "docx":
        return
    from dvtool.errors import InputError

    if data.startswith(FOREIGN_MAGIC):
        from dvtool.readers.docx.package_checks import describe_non_zip

        what, hint = describe_non_zip(data, as_docx=False)
        raise InputError.from_phrase(what, source, hint)
    if sniff(data) == "docx":  # a zip archive, under a text format's name ("báo cáo.txt")
        raise InputError.from_phrase(
            Phrase(N_("this is a zip archive (a Word .docx is one), not text"), {}),
            source,
            Phrase(N_("if it is a Word file, name it .docx or give --from docx"), {}),
        )


def load(spec: LoadSpec) -> tuple[str, Result[Report]]:
    """Read and parse one input into the model. Raises DvtoolError."""
    _raise_carried(spec)
    data = read_bytes(spec.ref, spec.stdin_data)
    fmt = detect_format(spec.ref, data, spec.from_format)
    refuse_foreign(data, fmt, spec.ref.display)
    try:
        result = read_document(fmt, data, spec.ref.display)
    except InvalidReportError as exc:
        raise _first_problem(fmt, data, spec.ref.display) or exc from None
    if nothing_found(result, fmt, data):
        raise InvalidReportError(NO_REPORT, spec.ref.display, hint=NO_REPORT_HINT)
    return fmt, result


def _first_problem(fmt: str, data: bytes, source: str) -> InvalidReportError | None:
    """The first problem of data the model refuses, at its line as ``validate`` names it
    (``bad.json:5: /time_of_day: ...``), with a hint to list them all when there are more."""
    if fmt in RAW_FORMATS:
        parsed, _ = _parse_raw(fmt, data, source)
        problems = located_data_problems(fmt, data, source, parsed)
    else:
        problems = front_matter_problems(data, source) if fmt == "md" else ()
    if not problems:
        return None
    first = problems[0]
    line = first.location.line if first.location else None
    hint = None
    if len(problems) > 1:
        hint = Phrase(
            N_("{count} problems in all: dvtool validate {source} lists each"),
            {"count": len(problems), "source": source},
        )
    return InvalidReportError.from_phrase(  # type: ignore[return-value]
        Phrase(
            N_("{pointer}: {problem}"),
            {"pointer": first.pointer or "/", "problem": Phrase(first.template, first.args)},
        ),
        f"{source}:{line}" if line else source,
        hint,
    )


# Formats whose annotated figures can go stale when a person edits the item text.
ANNOTATED_FORMATS = ("md", "docx")


def read_document(fmt: str, data: bytes, source: str) -> Result[Report]:
    """The reader of ``fmt``, then (for Markdown and Word) the text-wins check of the figures."""
    result = get_reader(fmt)(data, ReadOptions(source=source))
    if fmt not in ANNOTATED_FORMATS:
        return result
    from dvtool.figures_check import reconcile_figures

    checked = reconcile_figures(result.value, source)
    return Result(checked.value, result.messages + checked.messages, result.locations)


NO_REPORT = N_(
    "no report found in it: no date, place, organizers, chairs, attendees, years, "
    "limitations, tasks, remarks, awards or byline, and none of the words of a report"
)
NO_REPORT_HINT = N_("dvtool reads conference reports; check that this is the right file")
# Fields of which an extracted report has at least one; a title and a list alone (a shopping
# list) are not a report.
REPORT_EVIDENCE = (
    "date",
    "location",
    "organizers",
    "chairs",
    "attendees",
    "reporting_year",
    "plan_year",
    "limitations",
    "tasks",
    "remarks",
    "awards",
    "author",
    "publisher",
)
# Words of reports and meetings (accents folded). A document that extraction made little of
# but that speaks of a hội nghị or a báo cáo is still a report, just a hard one to read.
REPORT_WORDS = re.compile(
    r"\b(?:hoi nghi|bao cao|tong ket|so ket|trien khai|dai hoi|ky niem|nhiem vu|ket qua|"
    r"cong tac|chu tri|phat bieu|uy ban|ubnd|mat tran|ban chap hanh|hoi vien|phong trao|"
    r"khen thuong|bang khen|giay khen|dan van|nghi quyet|chi dao|ke hoach|doan vien)\b"
)
TEXT_FORMATS = ("text", "html", "md")
# A letter only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư, and ạ … ỹ with their tone marks.
FOUND_TEXTS = ("results", "limitations", "tasks")
VIETNAMESE_LETTER = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def nothing_found(result: Result[Report], fmt: str = "", data: bytes = b"") -> bool:
    """Did extraction find nothing of a report? (dvtool's own and data files are taken as given.)

    Nothing is found when extraction ran, filled none of the fields a report has besides a
    title and items (or filled some in a text without a single Vietnamese letter), and neither
    the text of a text-like input nor what was extracted uses any of the words reports and
    meetings are written in.
    """
    if not any(m.code == "not-found" for m in result.messages):
        return False
    report = result.value
    said = [report.title or "", *(item.text for field in FOUND_TEXTS for item in getattr(report, field))]
    # Fields found in a text with no Vietnamese letter at all (an English paper, a program's
    # listing) are no evidence: English "can" reads as the cue "cần" once accents are folded.
    if any(getattr(report, name) for name in REPORT_EVIDENCE) and VIETNAMESE_LETTER.search(" ".join(said)):
        return False
    from dvtool.vntext import fold

    if fmt in TEXT_FORMATS and data:
        from dvtool.textio import decode

        said.append(decode(data, "", legacy=True).value)
    return REPORT_WORDS.search(fold(" ".join(said))) is None


def without_field_notes(messages: tuple[Message, ...]) -> tuple[Message, ...]:
    """The messages of an input that holds no report, without a line about any field ("date not
    found", "no headline found, …"): the one "no report found" statement already says that none
    was (as ``convert`` says it alone). What reading dropped (images, comments) is still said."""
    return tuple(m for m in messages if m.code != "not-found" and not (m.pointer or "").startswith("/"))


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


def _strict_failure(source: str, messages: tuple[Message, ...], fmt: str | None = None) -> Outcome | None:
    count = sum(1 for m in messages if m.is_warning)
    if not count:
        return None
    phrase = Phrase(
        N_("{source}: {count} warning and --strict is set"),
        {"source": source, "count": count},
        plural=N_("{source}: {count} warnings and --strict is set"),
    )
    return Outcome(source, EXIT_STRICT, str(phrase), messages, shown_error=phrase.translated(), fmt=fmt)


def convert_job(spec: ConvertSpec) -> Outcome:
    """Convert one input; write it to ``spec.output`` atomically, or return the bytes."""
    source = spec.load.ref.display
    messages: tuple[Message, ...] = ()
    try:
        fmt, result = load(spec.load)
        written = get_writer(spec.to_format)(result.value, WriteOptions(compact=spec.compact))
        messages = result.messages + written.messages
        if spec.load.strict and (failure := _strict_failure(source, messages, fmt)):
            return failure
        locations = dict(result.locations) if spec.explain else {}
        if spec.output is None:
            return Outcome(source, messages=messages, payload=written.value, fmt=fmt, locations=locations)
        from dvtool.app.fsutil import write_atomic

        write_atomic(Path(spec.output), written.value, force=spec.force, make_folders=spec.make_folders)
        return Outcome(source, messages=messages, written=spec.output, fmt=fmt, locations=locations)
    except Exception as exc:  # noqa: BLE001 - turned into a one-line failure
        return _failure(source, exc, messages)


def output_path(ref: InputRef, out_dir: Path, to_format: str) -> Path:
    """Where ``-o DIR`` puts the output of ``ref``: same relative path, new extension."""
    return out_dir / ref.relative.with_suffix(OUTPUT_EXTENSIONS[to_format])


def validate_job(spec: LoadSpec) -> Outcome:
    """Validate one input: the schema on raw JSON/YAML data, the model otherwise."""
    from dvtool.readers.json import check_shape
    from dvtool.schema import LocatedProblem, is_schema_valid, validate_report

    source = spec.ref.display
    try:
        _raise_carried(spec)
        data = read_bytes(spec.ref, spec.stdin_data)
        fmt = detect_format(spec.ref, data, spec.from_format)
        refuse_foreign(data, fmt, source)
        messages: tuple[Message, ...] = ()
        locations: dict[str, Location] = {}
        if fmt in RAW_FORMATS:
            parsed, shape_unchecked = _parse_raw(fmt, data, source)
            schema_valid = is_schema_valid(parsed)
            # The reader's nesting walk is left out only where the schema's verdict makes it
            # needless (a valid document nests no deeper than the schema allows).
            if shape_unchecked and not (schema_valid and _nesting_bounded()):
                check_shape(parsed, source)
            # schema and rule problems together, in the order of the file
            placed = located_data_problems(fmt, data, source, parsed, schema_valid)
        else:
            try:
                result = read_document(fmt, data, source)
            except InvalidReportError:
                # A front matter value the model refuses stops the reader at the first one;
                # validate names every problem, as it does for the same fields in YAML.
                found = front_matter_problems(data, source) if fmt == "md" else ()
                if not found:
                    raise
                return Outcome(source, EXIT_INVALID, None, (), found, fmt=fmt)
            messages, locations = result.messages, dict(result.locations)
            problems = validate_report(result.value)
            if nothing_found(result, fmt, data):
                from dvtool.schema import Problem

                # the one statement about its fields: an empty title is that no report was found
                problems = [Problem("", NO_REPORT, "no-report")]
                messages = without_field_notes(messages)
            placed = tuple(
                LocatedProblem(p.pointer, p.template, p.rule, p.args, locate(locations, p.pointer))
                for p in problems
            )
        if placed:
            return Outcome(source, EXIT_INVALID, None, messages, placed, fmt=fmt)
        if spec.strict and (failure := _strict_failure(source, messages, fmt)):
            return failure
        return Outcome(source, EXIT_OK, None, messages, (), fmt=fmt)
    except Exception as exc:  # noqa: BLE001 - turned into a one-line failure
        return _failure(source, exc)


def front_matter_problems(data: bytes, source: str) -> tuple[Any, ...]:
    """Every schema and rule problem of a Markdown file's front matter, at its lines, in file order.

    The front matter holds report fields as YAML does, so it is checked the same way; the
    fields the reader does not keep (it warns about them) and a missing title (the reader
    takes the heading) are left out, as the reader leaves them.
    """
    from dvtool.model import REPORT_KEYS
    from dvtool.readers.markdown import document
    from dvtool.schema import validate_data
    from dvtool.textio import decode

    meta = document(decode(data, source).value, source).meta
    if meta is None:
        return ()
    fields = {key: value for key, value in meta.data.items() if key in REPORT_KEYS}
    fields.setdefault("title", "")
    locations = {pointer: Location(line=line) for pointer, line in meta.lines.items() if pointer}
    return _in_file_order(validate_data(fields), locations)


def located_data_problems(
    fmt: str, data: bytes, source: str, parsed: Any, schema_valid: bool | None = None
) -> tuple[Any, ...]:
    """Every schema and rule problem of JSON or YAML data, at its line, in file order."""
    from dvtool.schema import validate_data

    problems = validate_data(parsed, schema_valid)
    return _in_file_order(problems, data_locations(fmt, data, source) if problems else {})


def _in_file_order(problems: Any, locations: dict[str, Location]) -> tuple[Any, ...]:
    """The problems placed at their lines (by JSON pointer), in the order of the file."""
    from dvtool.schema import LocatedProblem

    placed = (
        LocatedProblem(p.pointer, p.template, p.rule, p.args, locate(locations, p.pointer)) for p in problems
    )
    return tuple(sorted(placed, key=lambda p: p.location.line or 0 if p.location else 0))


def data_locations(fmt: str, data: bytes, source: str) -> dict[str, Location]:
    """The line of every value of a JSON or YAML file, by JSON pointer."""
    from dvtool.app.datalines import json_lines, yaml_lines
    from dvtool.textio import decode

    text = decode(data, source, documents=False).value
    lines = json_lines(text) if fmt == "json" else yaml_lines(text)
    return {pointer: Location(line=line) for pointer, line in lines.items()}


def _parse_raw(fmt: str, data: bytes, source: str) -> tuple[Any, bool]:
    """The data of a JSON or YAML input, and whether the JSON reader's nesting and value-count
    walk (``check_shape``) is still to be done."""
    if fmt == "json":
        from dvtool.readers.json import parse_unchecked

        return parse_unchecked(data, source)
    from dvtool.readers.yaml import parse as parse_yaml

    return parse_yaml(data, source), False


def _nesting_bounded() -> bool:
    """Does a document valid under the schema keep the readers' nesting limit?"""
    from dvtool.safety import MAX_DATA_DEPTH
    from dvtool.schema import valid_nesting

    levels = valid_nesting()
    return levels is not None and levels <= MAX_DATA_DEPTH


def summarize_job(spec: LoadSpec) -> Outcome:
    """Load one input and summarize it."""
    from dvtool.summary import summarize

    source = spec.ref.display
    try:
        fmt, result = load(spec)
        if spec.strict and (failure := _strict_failure(source, result.messages, fmt)):
            return failure
        return Outcome(source, EXIT_OK, None, result.messages, summarize(result.value, source), fmt=fmt)
    except Exception as exc:  # noqa: BLE001 - turned into a one-line failure
        return _failure(source, exc)
