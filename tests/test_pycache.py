"""Values kept beside the bytecode (dvtool.pycache): the parsed cue lists and the compiled schema
check, used only for the very text they were built from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from dvtool.extract import cues as cue_module
from dvtool.extract.cues import load_cues_text


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "__pycache__" / "cues.test.marshal"
    monkeypatch.setattr(cue_module, "_cache_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(yaml, "load", refuse)


def test_the_shipped_cues_come_back_from_the_cache_unchanged(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = load_cues_text()
    first = cue_module._cue_data(text)
    assert first == yaml.safe_load(text)
    assert cache.exists()
    _no_yaml(monkeypatch)
    assert cue_module._cue_data(text) == first


def test_an_edited_file_is_parsed_again(cache: Path) -> None:
    cue_module._cue_data("a: [one]\n")
    assert cue_module._cue_data("a: [one, two]\n") == {"a": ["one", "two"]}
    assert cue_module._cue_data("a: [one]\n") == {"a": ["one"]}


def test_no_cache_is_written_when_bytecode_is_not(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert cue_module._cue_data("a: [one]\n") == {"a": ["one"]}
    assert not cache.exists()


@pytest.mark.parametrize("text", ["a: [2024-01-02]\n", "a: [.nan]\n"])
def test_values_marshal_cannot_keep_exactly_are_not_cached(cache: Path, text: str) -> None:
    assert cue_module._cue_data(text) is not None
    assert not cache.exists()
    assert not cache.parent.exists() or not list(cache.parent.glob("*.part"))


def test_a_damaged_cache_is_ignored(cache: Path) -> None:
    cache.parent.mkdir()
    cache.write_bytes(b"\x00not marshal")
    assert cue_module._cue_data("a: [one]\n") == {"a": ["one"]}
    cue_module._cue_data("a: [one]\n")  # rewritten whole
    assert cue_module._cue_data("a: [one]\n") == {"a": ["one"]}


def test_an_unwritable_folder_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(cue_module, "_cache_path", lambda: blocker / "cues.marshal")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert cue_module._cue_data("a: [one]\n") == {"a": ["one"]}


def test_the_schema_check_from_the_cache_gives_the_same_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    import fastjsonschema

    from dvtool import pycache, schema

    path = tmp_path / "schema-check.marshal"
    monkeypatch.setattr(schema, "cache_file", lambda *args: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    sample = Path(__file__).parents[1] / "samples" / "000_b51e03a26d81f97b.json"
    good = json.loads(sample.read_text(encoding="utf-8"))
    bad = {**good, "date": 20230210}
    schema._fast_check.cache_clear()
    try:
        built = schema._fast_check()
        assert path.exists()

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("the check was generated again")

        monkeypatch.setattr(fastjsonschema, "compile_to_code", refuse)
        schema._fast_check.cache_clear()
        cached = schema._fast_check()
        assert cached is not built
        for check in (built, cached):
            check(good)
            with pytest.raises(fastjsonschema.JsonSchemaException):
                check(bad)
        assert pycache.remembered(path, "another key", lambda: "built") == "built"
    finally:
        schema._fast_check.cache_clear()


@pytest.mark.parametrize(
    ("module", "name"), [("layout_words", "layout_words"), ("function_words", "function_words")]
)
def test_the_other_vocabularies_are_kept_too(
    module: str, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from dvtool import pycache

    path = tmp_path / f"{name}.marshal"
    monkeypatch.setattr(pycache, "cache_file", lambda *args: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    loaded = importlib.import_module(f"dvtool.extract.{module}")
    text = getattr(loaded, f"load_{name}_text")()
    first = pycache.yaml_data("x", name, text)
    assert first == yaml.safe_load(text) and path.exists()
    _no_yaml(monkeypatch)
    assert pycache.yaml_data("x", name, text) == first
