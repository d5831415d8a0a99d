"""The vocabularies shipped as YAML in this package (``cues.yaml``, ``function_words.yaml``,
``layout_words.yaml``): read from the package, parsed through the cache kept beside the
bytecode (:mod:`dvtool.pycache`), checked to be a mapping, and to name the lists the class
that holds them declares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dvtool.pycache import yaml_data


def packaged_text(file_name: str) -> str:
    """A vocabulary file as shipped in the package."""
    try:  # an installed package is a folder: the file is beside this module
        return Path(__file__).with_name(file_name).read_text(encoding="utf-8")
    except OSError:  # elsewhere (a zip), as the package's resources say
        from importlib import resources  # it imports tempfile and more (~35 M instructions)

        return resources.files("dvtool.extract").joinpath(file_name).read_text(encoding="utf-8")


def as_mapping(data: Any, file_name: str, what: str = "a mapping") -> dict[str, Any]:
    """``data`` parsed from ``file_name``, which must be a mapping (else a ValueError)."""
    if not isinstance(data, dict):
        raise ValueError(f"{file_name} must be {what}")
    return data


def packaged_mapping(file_name: str) -> dict[str, Any]:
    """The mapping a vocabulary file of the package holds, parsed once, then kept beside the
    bytecode under the file's stem."""
    return as_mapping(yaml_data(__file__, Path(file_name).stem, packaged_text(file_name)), file_name)


def declared_names(holder: type) -> set[str]:
    """The attributes ``holder`` and the classes it extends declare."""
    return {name for cls in holder.__mro__ for name in vars(cls).get("__annotations__", {})}


def check_declared(data: dict[str, Any], holder: type, file_name: str) -> None:
    """A ValueError unless ``data`` names exactly the attributes ``holder`` declares, so a list
    added to the file must be declared there, and a misspelt name is a mypy error at its use."""
    declared = declared_names(holder)
    if set(data) != declared:
        raise ValueError(f"{file_name} and {holder.__name__} differ: {sorted(set(data) ^ declared)}")
