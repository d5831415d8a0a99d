"""The language dvtool speaks to people: Vietnamese where the user's locale is Vietnamese, else English.

The choice follows gettext programs: ``DVTOOL_LANG`` (``vi`` or ``en``) overrides everything;
then ``LANGUAGE`` (unless the locale is C/POSIX), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; on
Windows, with none of those set, the user's UI language. Catalogs are standard gettext files
(``locale/vi/LC_MESSAGES/dvtool.po``, compiled to ``.mo``) loaded on the first translated string.

Only what a person reads is translated. Machine outputs (JSON/NDJSON keys and values, rule ids,
exit codes, CSV columns) never go through this module.

Marking strings:

* ``_("text")`` translates now (help texts, table headings, summary lines);
* ``N_("text")`` only marks a template that is translated later, at display time
  (warnings, errors and validation problems keep their English text for machine outputs);
* ``ngettext(singular, plural, n)`` for counted phrases.

Templates use ``str.format`` fields (``{path}``); translations keep the same fields.
"""

from __future__ import annotations

import gettext as _gettext
import os
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

DOMAIN = "dvtool"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("en", "vi")
ENV_OVERRIDE = "DVTOOL_LANG"
# Windows LANGID primary language of Vietnamese (LANG_VIETNAMESE).
_WINDOWS_VIETNAMESE = 0x2A


def _code(value: str) -> str | None:
    """``vi`` or ``en`` for a locale name such as ``vi_VN.UTF-8``; None when it names no language."""
    value = value.strip()
    if not value:
        return None
    return "vi" if value.lower().startswith("vi") else "en"


def _is_c(locale_name: str) -> bool:
    return locale_name in ("C", "POSIX") or locale_name.startswith(("C.", "POSIX."))


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language, ``vi`` or ``en``, from the environment (see the module docstring)."""
    env = os.environ if environ is None else environ
    override = env.get(ENV_OVERRIDE, "").strip().lower()
    if override[:2] in LANGUAGES:
        return override[:2]
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale_name and not _is_c(locale_name):
        # GNU gettext: LANGUAGE (a priority list) wins, except under the C locale.
        wanted = env.get("LANGUAGE", "").split(":")[0]
        return _code(wanted) or _code(locale_name) or "en"
    if locale_name:
        return "en"
    if environ is None and sys.platform == "win32":
        return _windows_language()
    return "en"


def _windows_language() -> str:
    """The Windows user's UI language; English when it cannot be asked."""
    try:
        import ctypes

        langid = int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - any failure here just means: English
        return "en"
    return "vi" if langid & 0x3FF == _WINDOWS_VIETNAMESE else "en"


@lru_cache(maxsize=1)
def language() -> str:
    """The language of this process, decided once."""
    return detect_language()


@lru_cache(maxsize=2)
def translations(lang: str | None = None) -> _gettext.NullTranslations:
    """The catalog for ``lang`` (default: this process's language), loaded on first use."""
    lang = lang or language()
    if lang == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[lang], fallback=True)


def gettext(message: str) -> str:
    """``message`` in the interface language."""
    return translations().gettext(message)


_ = gettext


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the interface language."""
    return translations().ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``message`` for translation later (at display time); returns it unchanged."""
    return message


class Phrase:
    """A message template with its arguments: English for machines, translated for people.

    ``str(phrase)`` is the English text; ``phrase.translated()`` the interface language's.
    A plain class rather than a dataclass: it is made at start-up, where every millisecond shows.
    """

    __slots__ = ("template", "args", "plural")

    def __init__(
        self, template: str, args: Mapping[str, object] | None = None, plural: str | None = None
    ) -> None:
        self.template = template
        self.args: Mapping[str, object] = args or {}
        # A counted phrase: the plural msgid, chosen when ``args["count"]`` is not 1. Both forms
        # are plain msgids (marked with N_), so a language without plurals translates both alike.
        self.plural = plural

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, {dict(self.args)!r}, {self.plural!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Phrase):
            return NotImplemented
        return (self.template, dict(self.args), self.plural) == (
            other.template,
            dict(other.args),
            other.plural,
        )

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        if self.plural is not None and self.args.get("count") != 1:
            return fill(self.plural, self.args)
        return fill(self.template, self.args)

    def translated(self) -> str:
        """The text in the interface language; arguments that are phrases are translated too."""
        args = {k: v.translated() if isinstance(v, (Phrase, Joined)) else v for k, v in self.args.items()}
        if self.plural is not None and args.get("count") != 1:
            return fill(gettext(self.plural), args)
        return fill(gettext(self.template), args)


class Joined:
    """Several phrases shown as one argument, joined by ``separator`` (a msgid: " or " is translated).

    A part that is a plain string (a value such as ``'2'``) is shown as it is in every language.
    """

    __slots__ = ("parts", "separator")

    def __init__(self, parts: tuple[Phrase | str, ...], separator: str = "; ") -> None:
        self.parts = parts
        self.separator = separator

    def __str__(self) -> str:
        return self.separator.join(str(p) for p in self.parts)

    def translated(self) -> str:
        return gettext(self.separator).join(
            p.translated() if isinstance(p, Phrase) else p for p in self.parts
        )


def fill(template: str, args: Mapping[str, object]) -> str:
    """``template.format(**args)``; a template without arguments is taken literally."""
    return template.format(**args) if args else template


def phrase(template: str, **args: object) -> Phrase:
    """A translatable piece to put inside another message (``{what}``): English in machine text."""
    return Phrase(template, args)


# What the operating system said, in words a person reads: English strerror is kept for
# machine outputs (it is the msgid), the translation is shown to people.
_OS_REASONS = {
    "EACCES": N_("Permission denied"),
    "EPERM": N_("Operation not permitted"),
    "ENOENT": N_("No such file or directory"),
    "ENOSPC": N_("No space left on device"),
    "EROFS": N_("Read-only file system"),
    "EISDIR": N_("Is a directory"),
    "ENOTDIR": N_("Not a directory"),
    "EEXIST": N_("File exists"),
    "ENAMETOOLONG": N_("File name too long"),
    "EDQUOT": N_("Disk quota exceeded"),
    "EIO": N_("Input/output error"),
}


def os_reason(exc: OSError) -> Phrase | str:
    """An OSError's reason as a phrase (translated when shown), else its own text."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    template = _OS_REASONS.get(name)
    if template is not None:
        return Phrase(template)
    return exc.strerror or str(exc)


def setup_framework_strings() -> None:
    """Let typer/click's own words (Usage, Options, [default: …]) use dvtool's catalog.

    click and typer translate through the process-wide gettext domain, which reads the
    language from the environment; point that domain at dvtool's catalog in dvtool's language.
    Called by the console script only (never on import), so library users are not affected.
    """
    lang = language()
    if lang == "en":
        return
    os.environ["LANGUAGE"] = lang
    _gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    _gettext.textdomain(DOMAIN)
