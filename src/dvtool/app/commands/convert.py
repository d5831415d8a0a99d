"""``dvtool convert``: outputs for each input, --explain, JSON Lines envelopes."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dvtool.app.options import BatchOptions, ConvertOptions, WriteFormat
from dvtool.app.run import NOT_CONVERTED, BatchState, err, expand_inputs, load_specs, out, outcomes
from dvtool.errors import EXIT_OK, UsageError
from dvtool.i18n import Joined, Phrase, _, phrase


def convert(batch: BatchOptions, to: WriteFormat | None, opts: ConvertOptions) -> None:
    from dvtool.app.jobs import ConvertSpec, convert_job

    opts.to = resolve_output_format(to, opts.output)
    if opts.envelope and opts.to is not WriteFormat.jsonl:
        raise UsageError("--envelope needs --to jsonl", hint="add --to jsonl, or name the output FILE.jsonl")
    loads = load_specs(batch, expand_inputs(batch))
    targets = _convert_targets([load.ref for load in loads], opts, quiet=batch.quiet)
    to_format = "json" if opts.to is WriteFormat.jsonl else opts.to.value
    compact = opts.compact or opts.to is WriteFormat.jsonl
    # -o DIR (and the subfolders -r keeps under it) is made; the folder of -o FILE must exist
    into_folder = opts.output is not None and targets != [str(Path(opts.output))]
    specs = [
        ConvertSpec(load, to_format, target, opts.force, compact, opts.explain, into_folder)
        for load, target in zip(loads, targets, strict=True)
    ]
    state = BatchState(batch)
    collected: list[bytes] = []
    single_file = opts.output is not None and all(target is None for target in targets)
    if opts.envelope:
        # Every file found gets a line, the ones passed over first (as validate --format json does).
        for chunk in _skipped_envelopes(batch):
            if single_file:
                collected.append(chunk)
            else:
                out(chunk)
    for index, outcome in enumerate(outcomes(convert_job, specs, state, NOT_CONVERTED)):
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
            out(chunk)
    if single_file and collected and (state.exit_code == EXIT_OK or opts.envelope):
        from dvtool.app.fsutil import write_atomic

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
_HINTED = (".json", ".yaml", ".md", ".docx", ".jsonl")


def resolve_output_format(to: WriteFormat | None, output: str | None) -> WriteFormat:
    """The -o file's extension chooses the format; a --to that contradicts it is a usage error."""
    from dvtool.app.fsutil import is_stream

    named = None
    if output not in (None, "-") and not output.endswith(("/", os.sep)) and not os.path.isdir(output):
        suffix = Path(output).suffix.lower()
        named = OUTPUT_FORMAT_BY_EXTENSION.get(suffix)
        if named is None and to is None and suffix and not is_stream(Path(output)):
            # "-o x.txt", "-o x.pdf": JSON in a file its name says is something else would be read
            # back as that, so the name must say the format or --to must
            raise UsageError(
                "{output}: {suffix} is not a format dvtool writes",
                hint="name the output {names}, or say the format with --to",
                output=output,
                suffix=suffix,
                names=" / ".join(str(Path(output).with_suffix(e).name) for e in _HINTED),
            )
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


def _skipped_envelopes(batch: BatchOptions) -> list[bytes]:
    """``{"source": FILE, "skipped": REASON}`` for each file dvtool did not read (reason in English,
    like every machine output), and for each such line of a stream that was read."""
    import json

    from dvtool.app.inputs import skip_reason
    from dvtool.app.printable import printable_path

    skips = [(printable_path(path), str(skip_reason(path))) for path in batch.skipped]
    skips.extend(batch.carried_skips)
    return [
        (json.dumps({"source": source, "skipped": reason}, ensure_ascii=False) + "\n").encode("utf-8")
        for source, reason in skips
    ]


def _stdout_chunk(payload: bytes, to: WriteFormat, index: int) -> bytes:
    """Separate several YAML documents with '---'; JSON Lines are already one per line."""
    if to is WriteFormat.yaml and index > 0:
        return b"---\n" + payload
    return payload


def _convert_targets(refs: Sequence[Any], opts: ConvertOptions, *, quiet: bool = False) -> list[str | None]:
    """The output path of each input, or None for stdout / one combined file."""
    from dvtool.app.fsutil import InputGuard, check_output_name
    from dvtool.app.jobs import output_path
    from dvtool.formats import OUTPUT_EXTENSIONS

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
    if many and not as_folder and OUTPUT_FORMAT_BY_EXTENSION.get(target.suffix.lower()) is WriteFormat.yaml:
        guard.check(target)  # several YAML documents in one file (-o all.yaml): a stream, as on stdout
        return [None] * len(refs)
    if many and not as_folder and target.suffix.lower() in OUTPUT_EXTENSIONS.values():
        raise UsageError(
            "{count} inputs need a folder for -o, not the file name {name}",
            hint="use -o {folder}/ for one file each, or one stream: -o {jsonl} or -o {yaml}",
            count=len(refs),
            name=opts.output,
            folder=target.with_suffix(""),
            jsonl=target.with_suffix(".jsonl"),
            yaml=target.with_suffix(".yaml"),
        )
    if many or as_folder:
        paths = [output_path(ref, target, opts.to.value) for ref in refs]
        paths = _named_apart(refs, paths, quiet=quiet)
        groups: dict[Path, list[str]] = {}
        for ref, path in zip(refs, paths, strict=True):
            guard.check(path)
            groups.setdefault(path, []).append(ref.display)
        _refuse_clashes(groups)
        return [str(p) for p in paths]
    guard.check(target)
    return [str(target)]


def _named_apart(refs: Sequence[Any], paths: list[Path], *, quiet: bool) -> list[Path]:
    """Files of one folder that share a name and differ in extension (``x.docx`` beside ``x.txt``,
    usual in an archive) keep their extension in the output name (``x.docx.json``, ``x.txt.json``),
    said in one info line each; any other clash is left for ``_refuse_clashes``."""
    groups: dict[Path, list[int]] = {}
    for index, path in enumerate(paths):
        groups.setdefault(path, []).append(index)
    named = list(paths)
    for path, members in groups.items():
        if len(members) < 2 or not _apart_by_extension([refs[i] for i in members]):
            continue
        for i in members:
            named[i] = path.with_name(refs[i].relative.name + path.suffix)
        if not quiet:
            names = Joined(tuple(refs[i].display for i in members), ", ")
            written = Joined(tuple(named[i].name for i in members), ", ")
            line = _("{names} share a name: written as {written}").format(names=names, written=written)
            err(_("info: {problem}").format(problem=line))
    return named


def _apart_by_extension(refs: Sequence[Any]) -> bool:
    """Inputs of one folder (files, not stream parts) whose extensions tell them apart."""
    if any(ref.path is None or ref.label is not None for ref in refs):
        return False
    if len({Path(ref.path).parent for ref in refs}) != 1:
        return False
    suffixes = [ref.relative.suffix.lower() for ref in refs]
    return all(suffixes) and len(set(suffixes)) == len(suffixes)


def _refuse_clashes(groups: dict[Path, list[str]]) -> None:
    """Refuse a batch where inputs share an output file, naming every such file and its inputs."""
    clashes = [(path, names) for path, names in groups.items() if len(names) > 1]
    if not clashes:
        return
    said = [_clash(path, names) for path, names in clashes]
    message = (
        said[0]
        if len(said) == 1
        else phrase("inputs clash in the output folder: {clashes}", clashes=Joined(tuple(said)))
    )
    first, second = clashes[0][1][:2]
    raise UsageError.from_phrase(message, hint=_clash_hint(first, second))


def _clash(path: Path, names: list[str]) -> Phrase:
    """One output file and the inputs that would all be written to it."""
    if len(names) == 2:
        return phrase(
            "{first} and {second} would both be written to {path}", first=names[0], second=names[1], path=path
        )
    return phrase(
        "{names} and {last} would all be written to {path}",
        names=Joined(tuple(names[:-1]), ", "),
        last=names[-1],
        path=path,
    )


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
    from dvtool.app.reporters import place
    from dvtool.model import REPORT_KEYS

    if not outcome.locations:
        return
    order = {key: i for i, key in enumerate(REPORT_KEYS)}

    def field_order(pointer: str) -> tuple[int, tuple[tuple[int, int | str], ...]]:
        first, *rest = pointer.lstrip("/").split("/")
        return order.get(first, len(order)), tuple((0, int(p)) if p.isdigit() else (1, p) for p in rest)

    pointers = sorted(outcome.locations, key=field_order)
    width = max(len(p) for p in pointers)
    err("# " + _("{source}: where each field came from").format(source=outcome.source))
    for pointer in pointers:
        location = outcome.locations[pointer]
        excerpt = " ".join((location.excerpt or "").split())
        if len(excerpt) > EXCERPT_CHARS:
            excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
        shown = f"  «{excerpt}»" if excerpt else ""
        err(f"{pointer:<{width}}  {place(outcome.source, location)}{shown}")
