"""The window's language: which one a Settings choice means, the locale that goes with
it, the pseudo-locale catalogue loaded through the environment, and the choice in
Settings (stored as a code; it applies at the next start)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from ui_fixtures import PASSPHRASE

from app import settings as schema
from ui.shell import language
from ui.shell.settings_store import SettingsStore

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import translations

pytestmark = pytest.mark.usefixtures("existing_vault")


@pytest.fixture
def back_to_the_system_language(qapp: Any) -> Iterator[None]:
    yield
    language.install(language.SYSTEM)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "es_MX", "es"),
        ("system", "es_ES", "es"),
        ("system", "de_DE", "en"),
        ("system", "C", "en"),
        ("en", "es_MX", "en"),
        ("es", "en_US", "es"),
    ],
)
def test_a_choice_means_one_language(choice: str, system: str, expected: str) -> None:
    assert language.resolve(choice, QLocale(system)) == expected


def test_the_locale_keeps_the_system_country_when_it_speaks_the_language() -> None:
    assert language.locale_for("es", QLocale("es_MX")).name() == "es_MX"
    assert language.locale_for("es", QLocale("en_US")).name() == "es_ES"
    # English words with a German system: German dates and numbers stay.
    assert language.locale_for("en", QLocale("de_DE")).name() == "de_DE"
    assert language.locale_for("en", QLocale("es_MX")).name().startswith("en")


def test_the_pseudo_locale_is_loaded_from_the_environment_and_taken_away_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, back_to_the_system_language: None
) -> None:
    built = translations.build_pseudo(tmp_path / "pseudo.qm")
    monkeypatch.setenv(language.PSEUDO_ENV, str(built))
    assert language.install(language.SYSTEM) == "pseudo"
    shown = QCoreApplication.translate("DataImport", "Import from another journal")
    assert shown.startswith(translations.PSEUDO_OPEN) and "Ímpórt" in shown
    monkeypatch.delenv(language.PSEUDO_ENV)
    assert language.install(language.SYSTEM) == "en"
    assert QCoreApplication.translate("DataImport", "Import from another journal") == (
        "Import from another journal"
    )


def test_a_missing_catalogue_leaves_the_window_in_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, back_to_the_system_language: None
) -> None:
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path / "nothing-here")
    assert language.install("es") == "en"
    assert language.current() == "en"


def test_the_choice_in_settings_is_stored_as_a_code_and_says_when_it_applies(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    from PySide6.QtCore import Qt

    shell = make_shell()
    window = shell.window
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog.language.currentData() == "system"
    assert dialog.language.accessibleName() == "Language"
    assert [dialog.language.itemText(i) for i in range(1, 3)] == ["English", "Español"]
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert SettingsStore(config_dir).get(schema.LANGUAGE) == "es"
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == "Mooring will use this language the next time it opens."


def test_spanish_loads_its_catalogue_locale_and_content_language(
    back_to_the_system_language: None,
) -> None:
    from app.content.words import content_language

    assert (language.translations_dir() / "mooring_es.qm").is_file(), "run ./dev.sh to build"
    assert language.install("es") == "es"
    assert QCoreApplication.translate("DataImport", "Import from another journal") == (
        "Importar de otro diario"
    )
    assert QLocale().language() == QLocale.Language.Spanish
    assert content_language() == "es"
    assert language.install("en") == "en"
    assert content_language() == "en"
    assert QCoreApplication.translate("DataImport", "Import from another journal") == (
        "Import from another journal"
    )


def test_an_error_with_values_from_the_core_reads_in_spanish(
    back_to_the_system_language: None, tmp_path: Path
) -> None:
    from app.exchange.importers.model import ImportProblem
    from app.exchange.importers.reading import read_bytes
    from app.platform.sentence import sentence
    from ui.common.text import error_words

    (tmp_path / "big.json").write_bytes(b" " * 3000)
    with pytest.raises(ImportProblem) as raised:
        read_bytes(tmp_path / "big.json", limit=1000)
    english = "big.json is too large to import (0 MB; the most I read is 0 MB)."
    spanish = "big.json es demasiado grande para importarlo (0 MB; lo máximo que leo es 0 MB)."
    assert error_words(raised.value) == english
    assert language.install("es") == "es"
    assert error_words(raised.value) == spanish
    # A cause inside a bigger sentence is translated too.
    nested = ImportProblem(
        sentence(
            "{source_ref} could not be stored: {error} Nothing was imported.",
            source_ref="day.json",
            error=raised.value,
        )
    )
    assert error_words(nested) == f"No se pudo guardar day.json: {spanish} No se importó nada."
    assert str(nested).startswith("day.json could not be stored: ")  # the CLI's English
