"""Field-level precision and recall of extraction over the evaluation corpus.

Cases are ``cases/<name>.txt|.html`` beside ``cases/<name>.json`` (hand-annotated before the
extractor was tuned; see README.md), plus the seed article with ``samples/`` as its
expected report. Run this file directly to print the table and every difference:

    PYTHONPATH=src python tests/eval/test_eval.py [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CASES = HERE / "cases"
SEED_TXT = ROOT.parent / "shared" / "seed" / "000_b51e03a26d81f97b.txt"
SEED_JSON = ROOT / "samples" / "000_b51e03a26d81f97b.json"
THRESHOLD = 0.9


def _fields() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Scalar and list fields from the model's field table; "figures" is scored on its own."""
    sys.path.insert(0, str(ROOT / "src"))
    from dvtool.model import FIELDS

    scalars = tuple(f.name for f in FIELDS if not f.many)
    lists = tuple(f.name for f in FIELDS if f.many)
    at = lists.index("tasks") + 1
    return scalars, (*lists[:at], "figures", *lists[at:])


SCALARS, LISTS = _fields()


def norm(text: Any) -> Any:
    """Compare strings without case, spacing or closing punctuation differences."""
    if not isinstance(text, str):
        return text
    return " ".join(text.casefold().split()).strip(" .;,…")


def _figures(report: dict[str, Any]) -> list[Hashable]:
    return [
        (section, f["value"], norm(f["unit"]), f["total"], norm(f["text"]))
        for section in ("results", "limitations", "tasks")
        for item in report[section]
        for f in item["figures"]
    ]


KEYS: dict[str, Callable[[dict[str, Any]], Iterable[Hashable]]] = {
    "organizers": lambda r: [norm(o) for o in r["organizers"]],
    "chairs": lambda r: [(norm(c["name"]), tuple(norm(t) for t in c["titles"])) for c in r["chairs"]],
    "attendees": lambda r: [
        (norm(a["name"]), a["kind"], tuple(norm(t) for t in a["titles"])) for a in r["attendees"]
    ],
    "results": lambda r: [norm(i["text"]) for i in r["results"]],
    "limitations": lambda r: [norm(i["text"]) for i in r["limitations"]],
    "tasks": lambda r: [norm(i["text"]) for i in r["tasks"]],
    "figures": _figures,
    "remarks": lambda r: [(norm(x["speaker"]), norm(x["text"])) for x in r["remarks"]],
    "awards": lambda r: [
        (
            norm(a["award"]),
            norm(a["giver"]),
            a["collectives"],
            a["individuals"],
            tuple(norm(n) for n in a["recipients"]),
            norm(a["reason"]),
        )
        for a in r["awards"]
    ],
    "related": lambda r: [norm(x) for x in r["related"]],
}


def cases() -> list[tuple[str, Path, Path]]:
    found = [
        (p.stem, p, p.with_suffix(".json")) for p in sorted(CASES.iterdir()) if p.suffix in (".txt", ".html")
    ]
    if SEED_TXT.exists():
        found.insert(0, ("000_seed", SEED_TXT, SEED_JSON))
    return found


def extract(path: Path) -> dict[str, Any]:
    from dvtool.formats import ReadOptions, get_reader
    from dvtool.model import report_to_dict

    reader = get_reader("html" if path.suffix == ".html" else "text")
    return report_to_dict(reader(path.read_bytes(), ReadOptions(source=path.name)).value)


def compare(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """(true positives, false positives, false negatives) per field."""
    counts: dict[str, tuple[int, int, int]] = {}
    for name in SCALARS:
        e, g = norm(expected[name]), norm(got[name])
        tp = int(e is not None and e == g)
        counts[name] = (tp, int(g is not None and e != g), int(e is not None and e != g))
    for name in LISTS:
        e_c, g_c = Counter(KEYS[name](expected)), Counter(KEYS[name](got))
        tp = sum((e_c & g_c).values())
        counts[name] = (tp, sum(g_c.values()) - tp, sum(e_c.values()) - tp)
    return counts


def score() -> tuple[dict[str, tuple[float, float, int]], list[str]]:
    totals: dict[str, list[int]] = {n: [0, 0, 0] for n in SCALARS + LISTS}
    diffs: list[str] = []
    for name, source, expected_path in cases():
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        got = extract(source)
        for field, (tp, fp, fn) in compare(expected, got).items():
            t = totals[field]
            t[0] += tp
            t[1] += fp
            t[2] += fn
            if fp or fn:
                diffs.append(_diff(name, field, expected, got))
    table = {
        field: (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, tp + fn)
        for field, (tp, fp, fn) in totals.items()
    }
    return table, diffs


def _diff(case: str, field: str, expected: dict[str, Any], got: dict[str, Any]) -> str:
    if field in SCALARS:
        return f"{case} {field}: expected {expected[field]!r}, got {got[field]!r}"
    e_c, g_c = Counter(KEYS[field](expected)), Counter(KEYS[field](got))
    missing = list((e_c - g_c).elements())
    extra = list((g_c - e_c).elements())
    return f"{case} {field}:\n    missing {missing}\n    extra   {extra}"


def format_table(table: dict[str, tuple[float, float, int]]) -> str:
    lines = [f"{'field':<16}{'precision':>10}{'recall':>10}{'expected':>10}"]
    for field, (p, r, n) in table.items():
        flag = "" if min(p, r) >= THRESHOLD else "  <-- below 0.9"
        lines.append(f"{field:<16}{p:>10.3f}{r:>10.3f}{n:>10}{flag}")
    return "\n".join(lines)


def test_the_corpus_has_the_seed_and_at_least_eight_written_reports() -> None:
    written = [c for c in cases() if c[0] != "000_seed"]
    assert len(written) >= 8
    assert all(expected.exists() for _, _, expected in written)


def test_every_expected_report_is_schema_valid() -> None:
    from dvtool.schema import validate_data

    for name, _, expected in cases():
        problems = validate_data(json.loads(expected.read_text(encoding="utf-8")))
        assert not problems, f"{name}: {problems}"


def test_extraction_reaches_090_precision_and_recall_on_every_field() -> None:
    if not SEED_TXT.exists():
        pytest.skip("the seed article in ../shared is absent")
    table, diffs = score()
    print("\n" + format_table(table))
    low = {f: (p, r) for f, (p, r, _) in table.items() if min(p, r) < THRESHOLD}
    assert not low, f"fields below {THRESHOLD}: {low}\n" + "\n".join(diffs)


if __name__ == "__main__":
    table, diffs = score()
    print(format_table(table))
    if "-v" in sys.argv:
        print("\n".join(diffs))
