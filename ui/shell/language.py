"""The window's language: chosen in Settings, or the system's; its catalogue loaded
before the first widget is built.

Mooring's own texts come from ``resources/translations/mooring_<code>.qm`` (built from
the ``.ts`` sources by ``tools/translations.py``), Qt's own (its file dialogs and
standard buttons) from the ``qtbase_<code>.qm`` PySide6 ships. The locale is set to the
language too (with the system's country when it speaks that language), so dates,
numbers and the first day of the week follow it everywhere ``QLocale()`` is asked.

Changing the language in Settings takes effect at the next start: pages build their
texts once, and rebuilding every open page in place is a risk to unsaved words for
little gain.

``MOORING_PSEUDO_LOCALE`` names a compiled pseudo catalogue (tests only): every text
longer and in markers, to find texts that are not translated or are cut off.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.content.language import set_content_language

log = logging.getLogger(__name__)

SYSTEM: Final = "system"
ENGLISH: Final = "en"
# The languages the window speaks, besides following the system's.
LANGUAGES: Final = ("en", "es")
PSEUDO_ENV: Final = "MOORING_PSEUDO_LOCALE"

# Kept alive for as long as they are installed (QCoreApplication does not own them).
_installed: list[QTranslator] = []
_current = ENGLISH


def translations_dir() -> Path:
    from app.content import resources_dir

    return resources_dir() / "translations"


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code to use for a Settings ``choice`` ("system", "en", "es")."""
    if choice in LANGUAGES:
        return choice
    name = (system or QLocale.system()).name()  # "es_MX"
    code = name.split("_")[0]
    return code if code in LANGUAGES else ENGLISH


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers with ``code``'s words: the system's when it
    speaks that language (es_MX keeps Mexico's formats) or, for English, when it speaks
    one Mooring does not (English words, the system's formats); else the language's
    own main country."""
    system = system or QLocale.system()
    spoken = system.name().split("_")[0]
    if spoken == code or (code == ENGLISH and spoken not in LANGUAGES):
        return system
    return QLocale(code)


def install(choice: str) -> str:
    """Load the catalogues for ``choice`` into the running application and set the
    default locale; returns the language code in use. A missing catalogue is logged
    (by name only) and the window stays in English."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "install() needs a QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    pseudo = os.environ.get(PSEUDO_ENV, "")
    if pseudo:
        _load(Path(pseudo))
        _current = ENGLISH
        set_content_language(ENGLISH)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "pseudo"
    code = resolve(choice)
    QLocale.setDefault(locale_for(code))
    _current = code
    # Content (prompts, exercises, questionnaires...) in the same language, where the
    # files carry it; falls back to English per text.
    set_content_language(code)
    if code == ENGLISH:
        return code
    if not _load(translations_dir() / f"mooring_{code}.qm"):
        log.warning("no catalogue for the chosen language; showing English")
        _current = ENGLISH
        set_content_language(ENGLISH)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return ENGLISH
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(Path(qt_translations) / f"qtbase_{code}.qm")
    return code


def current() -> str:
    """The language code the window speaks ("en" when nothing was installed)."""
    return _current


def _load(path: Path) -> bool:
    app = QCoreApplication.instance()
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        return False
    app.installTranslator(translator)  # type: ignore[union-attr]
    _installed.append(translator)
    return True
