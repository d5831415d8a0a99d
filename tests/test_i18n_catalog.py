"""The Vietnamese catalog covers every message a person can read, and the shipped .mo matches it."""

from __future__ import annotations

import gettext
import importlib.util
import re
import string
import sys
from pathlib import Path

import pytest

pytest.importorskip("babel")

from babel.messages.pofile import read_po  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "dvtool"
PO = PACKAGE / "locale" / "vi" / "LC_MESSAGES" / "dvtool.po"
MO = PO.with_suffix(".mo")


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("dvtool_i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def _catalog() -> object:
    with PO.open("rb") as f:
        return read_po(f, locale="vi")


def _ids(message: object) -> list[str]:
    msgid = message.id  # type: ignore[attr-defined]
    return list(msgid) if isinstance(msgid, tuple) else [msgid]


def test_every_msgid_of_the_source_has_a_vietnamese_translation_that_is_not_fuzzy() -> None:
    catalog = _catalog()
    missing = []
    for message in TOOL.extract():  # type: ignore[attr-defined]
        if not message.id:
            continue
        entry = catalog.get(message.id)  # type: ignore[attr-defined]
        strings = entry.string if entry is not None else None
        strings = list(strings) if isinstance(strings, tuple) else [strings]
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(_ids(message)[0])
    assert missing == [], "untranslated (run scripts/i18n.py update, translate, compile):\n" + "\n".join(
        missing
    )


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_translations_keep_the_format_fields_of_their_msgid() -> None:
    wrong = []
    for message in _catalog():  # type: ignore[attr-defined]
        if not message.id:
            continue
        ids = _ids(message)
        strings = list(message.string) if isinstance(message.string, tuple) else [message.string]
        wanted = set().union(*(_fields(i) for i in ids))
        for text in strings:
            if text and _fields(text) != wanted:
                wrong.append(f"{ids[0]!r} -> {text!r}")
    assert wrong == []


def test_translations_keep_the_verbatim_marks_of_help_examples() -> None:
    """Click shows a paragraph after a "\\b" line as typed (the examples of every --help); a
    translation without the mark runs the examples together into one line."""
    wrong = []
    for message in _catalog():  # type: ignore[attr-defined]
        if not message.id or not isinstance(message.id, str) or not message.string:
            continue
        if message.id.count("\b") != str(message.string).count("\b"):
            wrong.append(message.id[:60])
    assert wrong == []


def test_the_compiled_catalog_says_exactly_what_the_po_says() -> None:
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for message in _catalog():  # type: ignore[attr-defined]
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            for n, text in enumerate(message.string):
                if compiled.ngettext(message.id[0], message.id[1], n or 1 if n == 0 else n) != text:
                    stale.append(message.id[0])
        elif compiled.gettext(message.id) != message.string:
            stale.append(message.id)
    assert stale == [], "the .mo is stale: run python scripts/i18n.py compile"


def test_messages_are_literal_templates_so_they_can_be_translated() -> None:
    """No f-strings or computed text in a warning, error, problem or hint: use {fields} and arguments."""
    found = TOOL.unmarked()  # type: ignore[attr-defined]
    assert found == [], "python scripts/i18n.py check lists them:\n" + "\n".join(found)


def test_the_package_data_ships_the_compiled_catalogs() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'"locale/\*/LC_MESSAGES/\*\.mo"', pyproject)
    assert MO.is_file()


def test_every_sought_field_has_a_not_found_warning_that_is_a_msgid() -> None:
    """model.FIELDS' second column is the "not found" warning; it must be marked with N_ (the
    check accepts ``spec.not_found`` as a template because of this test)."""
    from dvtool.model import FIELDS

    msgids = {message.id for message in TOOL.extract()}  # type: ignore[attr-defined]
    unmarked = [spec.name for spec in FIELDS if spec.sought and spec.not_found not in msgids]
    assert unmarked == [], "mark the not-found text of these fields with N_(...) in model.FIELDS"


def test_the_check_names_file_and_line_of_an_f_string_message(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text(
        'from dvtool.messages import warning\n\ndef f(n):\n    return warning("x", f"found {n} rows")\n',
        encoding="utf-8",
    )
    found = TOOL._unmarked_messages(source)  # type: ignore[attr-defined]
    assert len(found) == 1
    assert ":4: warning(...): the text is an f-string" in found[0]
