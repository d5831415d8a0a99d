"""Shared fixtures: paths, the dvtool subprocess runner, and external-program requirements."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "seed" / "000_b51e03a26d81f97b.txt"
SEED_JSON = SAMPLES / "000_b51e03a26d81f97b.json"
CORPUS = SHARED / "corpus" / "docx"

# Tests speak English unless a test asks for Vietnamese (DVTOOL_LANG=vi in a subprocess, or
# the ``vietnamese`` fixture in-process); set before dvtool decides its language.
os.environ["DVTOOL_LANG"] = "en"

# CI sets this so that a missing LibreOffice/pandoc/pdftotext fails instead of skipping.
REQUIRE_INTEROP = os.environ.get("DVTOOL_REQUIRE_INTEROP") == "1"


def require_program(name: str) -> str:
    """Path of an external program; skip (locally) or fail (in CI) when it is missing."""
    path = shutil.which(name)
    if path:
        return path
    if REQUIRE_INTEROP:
        pytest.fail(f"{name} is required (DVTOOL_REQUIRE_INTEROP=1) but not installed")
    pytest.skip(f"{name} is not installed; install it to run this interop test")


def require_shared(path: Path) -> Path:
    """A file or folder under ../shared, skipping with a message when it is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (the ../shared material is not beside this checkout)")
    return path


def dvtool_env(**extra: str) -> dict[str, str]:
    """Environment for running dvtool from this checkout in a subprocess."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    env["DVTOOL_LANG"] = "en"
    env.pop("NO_COLOR", None)
    env.update(extra)
    return env


Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]


@pytest.fixture
def run_dvtool() -> Runner:
    """Run ``python -m dvtool ARGS`` as a real process; returns the CompletedProcess (bytes)."""

    def run(
        args: Sequence[str],
        *,
        input: bytes | None = None,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 120,
    ) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "dvtool", *args],
            input=input,
            capture_output=True,
            cwd=cwd,
            env=env or dvtool_env(),
            timeout=timeout,
            check=False,
        )

    return run


@pytest.fixture
def vietnamese(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the test in-process with dvtool speaking Vietnamese."""
    from dvtool import i18n

    monkeypatch.setenv("DVTOOL_LANG", "vi")
    i18n.language.cache_clear()
    i18n.translations.cache_clear()
    yield
    monkeypatch.setenv("DVTOOL_LANG", "en")
    i18n.language.cache_clear()
    i18n.translations.cache_clear()
