"""Maintain dvtool's gettext catalogs with Babel (a development tool; dvtool itself reads them with
the standard library's gettext).

    python scripts/i18n.py update    # extract msgids from src/dvtool and merge them into the .po
    python scripts/i18n.py compile   # compile every .po into the .mo shipped in the package
    python scripts/i18n.py check     # list messages that are not templates, untranslated msgids,
                                     # and stale .mo files, each as FILE:LINE: problem

After `update`, translate the new entries (empty msgstr) in src/dvtool/locale/vi/LC_MESSAGES/dvtool.po
and clear their "fuzzy" flags, then `compile`. tests/test_i18n_catalog.py fails while any msgid
of the source has no translation, or while a .mo differs from its .po.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "dvtool"
LOCALE = PACKAGE / "locale"
DOMAIN = "dvtool"

# What marks a translatable string in dvtool's source: gettext's own markers, plus the
# message-making calls whose English template is translated when shown (argument positions).
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "Phrase": None,
    "phrase": None,
    "warn": (2,),
    "warning": (2,),
    "info": (2,),
    "Problem": (2,),
    "DvtoolError": None,
    "InvalidReportError": None,
    "UsageError": None,
    "InputError": None,
    "OutputError": None,
    "StrictError": None,
    "ModelError": (2,),
    "left_out": (1,),
}

# typer's own words (help panels, defaults), translated through the process-wide gettext
# domain that dvtool points at its catalog (dvtool.i18n.setup_framework_strings).
FRAMEWORK_MSGIDS = (
    "Arguments",
    "Options",
    "Commands",
    "[default: {}]",
    "[required]",
    "(deprecated) ",
    "Error",
    "Aborted.",
    "Missing command.",
    "No such command {name!r}.",
)


def extract() -> Catalog:
    """Every translatable string of src/dvtool (and typer's framework words) as a template."""
    template = Catalog(project="dvtool", domain=DOMAIN, charset="utf-8")
    # Babel writes a line to stderr for every f-string argument of a marked call, including
    # pointers and argument values that are rightly f-strings; `check` finds the message texts
    # that are not templates itself (``unmarked``), so that noise is dropped.
    with contextlib.redirect_stderr(io.StringIO()):
        found = list(
            extract_from_dir(
                str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=("i18n:",)
            )
        )
    for filename, lineno, message, comments, context in found:
        template.add(
            message,
            locations=[(f"src/dvtool/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    for path, lineno, text in keyword_literals():
        template.add(text, locations=[(path, lineno)], flags=["python-brace-format"] if "{" in text else [])
    for msgid in FRAMEWORK_MSGIDS:
        template.add(msgid, auto_comments=["typer"])
    return template


# Keyword arguments that carry a message template or a help text: Babel's extractor only knows
# positions. Command docstrings are help texts too (typer shows inspect.getdoc of each command).
TEMPLATE_KEYWORDS = ("hint", "plural", "help")


def _is_command(decorator: ast.expr) -> bool:
    """``@app.command(...)``: its function's docstring is the command's help."""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr == "command"


def keyword_literals() -> list[tuple[str, int, str]]:
    """Literal ``hint=``, ``plural=`` and ``help=`` texts, the templates of message calls, and
    command docstrings, in src/dvtool."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(_is_command(d) for d in node.decorator_list):
                doc = ast.get_docstring(node, clean=True)
                if doc:
                    found.append((f"src/dvtool/{path.relative_to(PACKAGE)}", node.lineno, doc))
            if not isinstance(node, ast.Call):
                continue
            texts = [k.value for k in node.keywords if k.arg in TEMPLATE_KEYWORDS]
            if _call_name(node) in MESSAGE_CALLS:
                # Babel skips a whole call when one argument is an f-string (``pointer=f"/..."``,
                # ``ratio=f"{r:.0f}"``); the template itself is taken from the syntax tree here.
                positions = KEYWORDS[_call_name(node) or ""] or (1,)
                texts += [node.args[i - 1] for i in positions if len(node.args) >= i]
            for value in texts:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.append((f"src/dvtool/{path.relative_to(PACKAGE)}", node.lineno, value.value))
    return found


MESSAGE_CALLS = {name for name in KEYWORDS if name not in ("_", "N_", "gettext", "ngettext")}


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


# The machinery itself passes templates along in variables.
MACHINERY = {"i18n.py", "errors.py", "messages.py"}
# Attributes that hold a template marked with N_ where it is defined (``spec.not_found`` is the
# second column of model.FIELDS; tests/test_i18n_catalog.py checks every row is a msgid).
TEMPLATE_ATTRIBUTES = ("template", "plural", "help", "not_found")


def _what_is_wrong(node: ast.expr) -> str:
    """Why a message text cannot be translated, and what to write instead."""
    fix = "write an English template with {fields} and pass the values as keyword arguments"
    if isinstance(node, ast.JoinedStr):
        return f"the text is an f-string: {fix}"
    if isinstance(node, ast.BinOp):
        return f"the text is built with + or %: {fix}"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return f"the text is built with .format(): {fix}"
    return "the text is not a literal template: pass a literal, or a constant marked with N_(...)"


def _literal(node: ast.expr, marked: frozenset[str] = frozenset()) -> bool:
    """A string literal, a gettext marker around one, or a template passed on by name."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.Attribute) and node.attr in TEMPLATE_ATTRIBUTES:
        return True
    if isinstance(node, ast.Name) and (node.id in ("template", "hint", "plural") or node.id in marked):
        return True  # a helper passing on a template, or a constant marked with N_ where it is defined
    if isinstance(node, ast.Call) and _call_name(node) in ("N_", "_"):
        return bool(node.args) and _literal(node.args[0])
    return False


def _unmarked_messages(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    marked = frozenset(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and _literal(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in MESSAGE_CALLS and name not in ("_", "N_", "ngettext"):
            continue
        positions = KEYWORDS.get(name) or (1,)
        texts = [node.args[i - 1] for i in positions if len(node.args) >= i]
        texts += [k.value for k in node.keywords if k.arg in ("hint", "plural")]
        for text in texts:
            if isinstance(text, ast.Constant) and text.value is None:
                continue
            if not _literal(text, marked):
                line = getattr(text, "lineno", node.lineno)
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{shown}:{line}: {name}(...): {_what_is_wrong(text)}")
    return found


def unmarked() -> list[str]:
    """Every message whose text is not a literal template (so it could not be translated)."""
    paths = [p for p in sorted(PACKAGE.rglob("*.py")) if p.name not in MACHINERY]
    return [line for path in paths for line in _unmarked_messages(path)]


def po_files() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def update() -> None:
    template = extract()
    for po in po_files():
        with po.open("rb") as f:
            catalog = read_po(f, locale=po.parts[-3])
        catalog.update(template, no_fuzzy_matching=True)
        buffer = io.BytesIO()
        write_po(buffer, catalog, width=100, omit_header=False, ignore_obsolete=True, sort_output=False)
        po.write_bytes(buffer.getvalue())
        missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
        print(f"{po.relative_to(ROOT)}: {len(catalog)} messages, {len(missing)} to translate")


def compile_all() -> None:
    for po in po_files():
        with po.open("rb") as f:
            catalog = read_po(f, locale=po.parts[-3])
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        po.with_suffix(".mo").write_bytes(buffer.getvalue())
        print(f"{po.with_suffix('.mo').relative_to(ROOT)}: compiled")


def untranslated() -> list[str]:
    """``FILE:LINE: ...`` for every msgid of the source that a catalog lacks (or has fuzzy)."""
    problems = []
    template = extract()
    for po in po_files():
        with po.open("rb") as f:
            catalog = read_po(f, locale=po.parts[-3])
        for message in template:
            entry = catalog.get(message.id) if message.id else None
            strings = entry.string if entry is not None else ""
            done = all(strings) if isinstance(strings, tuple) else bool(strings)
            if message.id and (entry is None or entry.fuzzy or not done):
                state = "not in" if entry is None else ("fuzzy in" if entry.fuzzy else "untranslated in")
                places = [f"{path}:{line}" for path, line in message.locations] or ["(typer)"]
                msgid = message.id[0] if isinstance(message.id, tuple) else message.id
                problems.extend(f"{place}: {msgid!r} {state} {po.relative_to(ROOT)}" for place in places)
    return problems


def stale() -> list[str]:
    """``FILE: ...`` for every compiled catalog that differs from what its .po compiles to."""
    problems = []
    for po in po_files():
        with po.open("rb") as f:
            catalog = read_po(f, locale=po.parts[-3])
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != buffer.getvalue():
            problems.append(f"{mo.relative_to(ROOT)}: stale, does not match its .po")
    return problems


def check() -> None:
    """List messages that are not templates, msgids without a translation, and stale .mo files."""
    not_templates, missing, old = unmarked(), untranslated(), stale()
    print("\n".join([*not_templates, *missing, *old]) or "every message is a template with a translation")
    steps = []
    if not_templates:
        steps.append('rewrite each text above as a template: warning(code, "found {n} rows", n=n)')
    if missing or not_templates:
        steps.append("python scripts/i18n.py update, then translate the entries with an empty msgstr")
    if missing or old or not_templates:
        steps.append("python scripts/i18n.py compile")
    if steps:
        print("to fix: " + "; ".join(steps))
    raise SystemExit(1 if not_templates or missing or old else 0)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    else:
        check()


if __name__ == "__main__":
    main(sys.argv[1:])
