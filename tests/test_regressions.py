"""Crashes and hangs found by fuzzing and review, each kept fixed by a test."""

from __future__ import annotations

import pytest

from dvtool.errors import InputError
from dvtool.formats import ReadOptions
from dvtool.readers import html as html_reader
from dvtool.readers import markdown as md_reader
from tests.measure import run_python

OPTS = ReadOptions(source="x")


def test_a_control_character_in_front_matter_is_a_clean_error() -> None:
    with pytest.raises(InputError, match="front matter|YAML"):
        md_reader.read(b"---\ntitle: a\x01b\n---\n\n# T\n", OPTS)


BILLION_LAUGHS_FRONT_MATTER = (
    "---\n"
    "a: &a [x, x, x, x, x, x, x, x, x]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
    "title: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
    "---\n\n# T\n"
)


def test_an_alias_bomb_in_front_matter_is_refused_quickly_with_bounded_memory() -> None:
    outcome = run_python(
        "from dvtool.readers.markdown import read\n"
        "from dvtool.formats import ReadOptions\n"
        "from dvtool.errors import InputError\n"
        "try:\n"
        f"    read({BILLION_LAUGHS_FRONT_MATTER!r}.encode(), ReadOptions('x.md'))\n"
        "except InputError as exc:\n"
        "    print('REFUSED', exc)\n",
        timeout=60,
    )
    assert b"REFUSED" in outcome.stdout, outcome.stderr
    assert outcome.max_rss_mib < 300


def test_a_malformed_markup_declaration_does_not_crash_the_html_reader() -> None:
    data = "<![ế6[abc<p>Sáng 10/02/2023, UBND tỉnh tổ chức hội nghị tổng kết năm 2022.</p>".encode()
    report = html_reader.read(data, OPTS).value
    assert report.date == "2023-02-10"
