"""Hostile JSON and YAML: each fails with one clear InputError line (exit code 3), quickly
and with bounded memory (peak measured with tracemalloc or in a child process)."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dvtool import safety
from dvtool.errors import EXIT_INPUT, InputError
from dvtool.readers import json as json_reader
from dvtool.readers import yaml as yaml_reader
from dvtool.safety import MAX_INPUT_BYTES, read_limited
from tests.measure import run_cli, run_python

MiB = 1024 * 1024


def refused(parse: Callable[[bytes, str], object], data: bytes) -> str:
    """The one-line message of the InputError ``parse`` raises."""
    with pytest.raises(InputError) as caught:
        parse(data, "in")
    assert caught.value.exit_code == EXIT_INPUT
    text = str(caught.value)
    assert "\n" not in text and text.startswith("in: ")
    return caught.value.message


@pytest.fixture
def peak_mib() -> Iterator[Callable[[], float]]:
    """The Python-allocation peak (MiB) since the test started."""
    tracemalloc.start()
    yield lambda: tracemalloc.get_traced_memory()[1] / MiB
    tracemalloc.stop()


# -- JSON ------------------------------------------------------------------------------------------


def test_json_nested_100000_deep_fails_cleanly(peak_mib: Callable[[], float]) -> None:
    message = refused(json_reader.parse, b"[" * 100_000 + b"]" * 100_000)
    assert f"more than {safety.MAX_DATA_DEPTH} levels" in message
    assert peak_mib() < 50


@pytest.mark.parametrize("opener", [b"[", b'{"a":'])
def test_json_nesting_just_past_the_limit_is_refused_and_at_the_limit_accepted(opener: bytes) -> None:
    closer = b"]" if opener == b"[" else b"}"
    depth = safety.MAX_DATA_DEPTH
    assert json_reader.parse(opener * depth + b"1" + closer * depth, "in") is not None
    assert "levels" in refused(json_reader.parse, opener * (depth + 1) + b"1" + closer * (depth + 1))


def test_deep_json_does_not_crash_a_fresh_interpreter() -> None:
    """A C-stack overflow would kill the process, so this runs in a child."""
    measured = run_python(
        "from dvtool.readers.json import parse\nfrom dvtool.errors import InputError\n"
        "for depth in (1_000, 100_000, 10_000_000):\n"
        "    try:\n        parse(b'[' * depth + b']' * depth, 'x')\n"
        "    except InputError as e:\n        print(e)\n"
    )
    assert measured.returncode == 0, measured.stderr
    assert len(measured.stdout.splitlines()) == 3


def test_a_200_mb_json_file_is_refused_before_it_is_read(
    tmp_path: Path, peak_mib: Callable[[], float]
) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(200 * MiB)  # sparse: no disk space used
    with pytest.raises(InputError, match="larger than 64 MiB"):
        read_limited(big, MAX_INPUT_BYTES, "big.json")
    assert peak_mib() < 5


def test_a_200_mb_json_stream_is_refused_after_the_limit_with_bounded_memory(
    peak_mib: Callable[[], float],
) -> None:
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            buffer[:] = b" " * len(buffer)
            return len(buffer)

    with pytest.raises(InputError, match="larger than"):
        read_limited(io.BufferedReader(Endless()), 8 * MiB, "<stdin>")
    assert peak_mib() < 3 * 8  # the buffer, one chunk and the final copy at most


def test_a_200_mb_json_file_through_the_cli_exits_3_with_one_line(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.write(b'{"title": "')
        f.truncate(200 * MiB)
    measured = run_cli(["convert", str(big), "--to", "yaml"])
    assert measured.returncode == EXIT_INPUT
    assert len(measured.stderr_lines) == 1 and "big.json" in measured.stderr_lines[0]
    assert measured.max_rss_mib < 100


def test_read_limited_returns_everything_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_bytes(b"x" * 1000)
    assert read_limited(path, 1000, "ok.json") == b"x" * 1000
    assert read_limited(io.BytesIO(b"y" * 1000), 1000, "-") == b"y" * 1000
    with pytest.raises(InputError):
        read_limited(io.BytesIO(b"y" * 1001), 1000, "-")


def test_read_limited_names_a_directory_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_limited(tmp_path, 10, "d")
    with pytest.raises(InputError, match="no such file"):
        read_limited(tmp_path / "nope", 10, "nope")


def test_duplicate_keys_are_rejected_not_silently_merged() -> None:
    assert "duplicate key 'title'" in refused(json_reader.parse, b'{"title": "a", "title": "b"}')


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e400"])
def test_non_finite_numbers_are_rejected(number: bytes) -> None:
    message = refused(json_reader.parse, b'{"count": ' + number + b"}")
    assert "not" in message and ("JSON number" in message or "finite" in message)


def test_a_lone_surrogate_escape_is_rejected() -> None:
    assert "surrogate" in refused(json_reader.parse, b'{"title": "\\ud800"}')


def test_a_number_with_thousands_of_digits_is_rejected_in_one_short_line() -> None:
    assert refused(json_reader.parse, b'{"n": ' + b"9" * 5000 + b"}").endswith("more than 4300 digits")


def test_too_many_values_are_refused(peak_mib: Callable[[], float]) -> None:
    data = b"[" + b"0," * safety.MAX_DATA_NODES + b"0]"
    assert "values" in refused(json_reader.parse, data)


# -- YAML ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        b"!!python/object/apply:os.system ['echo pwned']",
        b"x: !!python/object:collections.OrderedDict {}",
        b"x: !!python/name:os.system",
        b"x: !!binary aGVsbG8=",
        b"x: !custom 1",
        b"x: !!set {a: null}",
        b"x: !!timestamp 2023-02-10",
        b"x: !!omap [a: 1]",
    ],
    ids=["apply", "object", "name", "binary", "local", "set", "timestamp", "omap"],
)
def test_python_and_other_tags_are_refused(document: bytes) -> None:
    assert "not allowed" in refused(yaml_reader.parse, document)


def test_a_python_object_tag_names_the_tag() -> None:
    message = refused(yaml_reader.parse, b"x: !!python/object/apply:os.system ['true']")
    assert "tag !!python/object/apply:os.system is not allowed" in message


def billion_laughs(levels: int = 9) -> bytes:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines).encode()


def test_a_billion_laughs_alias_bomb_stops_at_the_value_limit(peak_mib: Callable[[], float]) -> None:
    assert "values (aliases expanded)" in refused(yaml_reader.parse, billion_laughs())
    assert peak_mib() < 200


def test_more_aliases_than_the_limit_are_refused() -> None:
    many = b"a: &a x\nb: [" + b", ".join([b"*a"] * (safety.MAX_YAML_ALIASES + 1)) + b"]"
    assert "aliases" in refused(yaml_reader.parse, many)


def test_a_few_aliases_are_still_fine() -> None:
    assert yaml_reader.parse(b"a: &a x\nb: [*a, *a]", "in") == {"a": "x", "b": ["x", "x"]}


def test_a_self_referencing_alias_is_refused() -> None:
    assert "levels" in refused(yaml_reader.parse, b"&a [*a]")


@pytest.mark.parametrize(
    "document",
    [b"[" * 100_000 + b"]" * 100_000, b"- " * 100_000 + b"x", b"{a: " * 100_000 + b"1" + b"}" * 100_000],
    ids=["flow", "block", "mapping"],
)
def test_deep_yaml_fails_cleanly(document: bytes) -> None:
    assert "levels" in refused(yaml_reader.parse, document)


def test_deep_yaml_does_not_crash_a_fresh_interpreter() -> None:
    """libyaml's composer recurses in C without a limit: 100,000 '[' used to be a segfault."""
    measured = run_python(
        "from dvtool.readers.yaml import parse\nfrom dvtool.errors import InputError\n"
        "try:\n    parse(b'[' * 1_000_000 + b']' * 1_000_000, 'x')\n"
        "except InputError as e:\n    print(e)\n"
    )
    assert measured.returncode == 0, measured.stderr
    assert b"levels" in measured.stdout


def test_a_50_mb_scalar_is_accepted_intact_with_bounded_memory(tmp_path: Path) -> None:
    """Decision: a 50 MB value is under MAX_INPUT_BYTES, so it is read (libyaml, ~1 s), not
    refused; memory stays a small multiple of the input."""
    path = tmp_path / "big.yaml"
    path.write_bytes(b'title: "' + "ă".encode() * (25 * MiB) + b'"\n')
    measured = run_python(
        "from dvtool.readers.yaml import parse\n"
        f"data = parse(open({str(path)!r}, 'rb').read(), 'big.yaml')\n"
        "print(len(data['title']), set(data['title']) == {'ă'})\n",
        timeout=120,
    )
    assert measured.stdout.split() == [str(25 * MiB).encode(), b"True"], measured.stderr
    assert measured.max_rss_mib < 500


def test_yaml_dates_and_times_stay_strings_after_hardening() -> None:
    assert yaml_reader.parse(b"date: 2023-02-10\ntime: 10:30", "in") == {
        "date": "2023-02-10",
        "time": "10:30",
    }


@pytest.mark.parametrize("document", [b"\x7ftitle: x", b"title: \x01x", b"title: \x08"])
def test_a_control_character_in_yaml_gives_a_one_line_message(document: bytes) -> None:
    """Regression (fuzzer): PyYAML's ReaderError text spans two lines."""
    assert "characters are not allowed" in refused(yaml_reader.parse, document)
