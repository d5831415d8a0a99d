"""A short, deterministic fuzz run of every reader in the normal test suite.

The long run is ``python -m tests.fuzz.run --seconds 600`` (see tests/fuzz/README.md).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from dvtool.formats import READERS
from tests.fuzz.harness import available_formats, check, strategy_for

FORMATS = available_formats()
SHORT = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# Crashes found in readers owned by other helpers, reported to them; remove the entry with the fix.
KNOWN_CRASHES: dict[str, str] = {}


@pytest.mark.parametrize(
    "fmt",
    [
        pytest.param(fmt, marks=pytest.mark.xfail(reason=KNOWN_CRASHES[fmt], strict=False))
        if fmt in KNOWN_CRASHES
        else fmt
        for fmt in READERS
    ],
)
def test_mutated_inputs_give_a_report_or_a_clean_error(fmt: str) -> None:
    if fmt not in FORMATS:
        pytest.skip(f"the {fmt} reader is not on this branch yet")

    @SHORT
    @given(strategy_for(fmt))
    def run(data: bytes) -> None:
        check(fmt, data)

    run()


def test_the_seed_of_every_available_reader_is_read_without_error() -> None:
    """The fuzzer starts from valid inputs; a broken seed would only exercise error paths."""
    from dvtool.formats import ReadOptions, get_reader
    from tests.fuzz.seeds import SEEDS

    for fmt in ("json", "yaml"):
        assert get_reader(fmt)(SEEDS[fmt](), ReadOptions(source="seed")).value.title
