"""The real-document corpus (tests/eval/real/): its shape, its gold files, and the locked test set.

The documents were published by newspapers, agencies and offices; nobody on the team wrote them,
and each gold file was annotated before any extractor was run on its document. `test/` is locked:
its files' hashes were recorded when it was annotated, and this test fails when one changes.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

REAL = Path(__file__).parent / "real"
GOLD_KEYS = {
    "source",
    "date",
    "title",
    "chairs",
    "attendee_groups",
    "figures",
    "limitations",
    "tasks",
    "awards",
    "author",
    "unit",
}


def _gold_files(part: str) -> list[Path]:
    return sorted((REAL / part).glob("*.gold.json"))


def _input_for(gold: Path) -> Path:
    stem = gold.name[: -len(".gold.json")]
    inputs = [p for p in gold.parent.glob(stem + ".*") if p != gold]
    assert len(inputs) == 1, f"{gold.name}: expected one input beside it, found {inputs}"
    return inputs[0]


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain_text(path: Path) -> str:
    """The document's visible text, paragraph by paragraph (enough to check gold substrings)."""
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as package:
            xml = package.read("word/document.xml").decode("utf-8")
        paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        texts = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs]
        text = "\n".join(texts)
        for entity, char in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
            text = text.replace(entity, char)
    elif path.suffix == ".html":
        parser = _TextOf()
        parser.feed(path.read_text(encoding="utf-8"))
        text = "".join(parser.parts)
    else:
        text = path.read_text(encoding="utf-8-sig")
    return _squash(text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


@pytest.mark.parametrize("part", ["test", "holdout"])
def test_the_locked_sets_have_not_changed_since_they_were_annotated(part: str) -> None:
    lock = REAL / part / "LOCK.sha256"
    recorded = dict(
        reversed(line.split("  ", 1)) for line in lock.read_text(encoding="utf-8").splitlines() if line
    )
    present = {p.name for p in (REAL / part).iterdir() if p.name != lock.name}
    assert present == set(recorded), f"files were added to or removed from the locked set {part}/"
    for name, digest in recorded.items():
        actual = hashlib.sha256((REAL / part / name).read_bytes()).hexdigest()
        assert actual == digest, f"{part}/{name} changed after it was locked"


def test_the_corpus_is_large_and_varied_enough() -> None:
    with (REAL / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == sum(len(_gold_files(part)) for part in ("dev", "test", "holdout"))
    assert len(rows) >= 60
    assert len(_gold_files("test")) >= 20
    kinds = [row["kind"] for row in rows]
    assert kinds.count("news") >= 40
    assert kinds.count("official") >= 15
    for row in rows:
        assert (REAL / row["set"] / row["file"]).is_file(), row


@pytest.mark.parametrize(
    "gold",
    _gold_files("dev") + _gold_files("test") + _gold_files("holdout"),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_each_gold_file_follows_the_gold_format(gold: Path) -> None:
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert GOLD_KEYS <= set(data), f"missing keys: {GOLD_KEYS - set(data)}"
    assert data["source"].get("note"), "every gold file says what the document is and its judgement calls"
    assert data["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["date"])
    source = _input_for(gold)
    # GOLD.md: each figure text is a substring of the input (of its markup too, for HTML)
    texts = [_plain_text(source)]
    if source.suffix == ".html":
        texts.append(_squash(source.read_text(encoding="utf-8")))
    for figure in data["figures"]:
        assert isinstance(figure["value"], (int, float))
        wanted = _squash(figure["text"])
        assert any(wanted in text for text in texts), f"figure text not in the document: {wanted!r}"
    for award in data["awards"]:
        assert award.get("award"), award
