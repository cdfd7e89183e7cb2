"""The translation catalogues: every text the window translates is in each .ts (a
text added without ``tools/translations.py update`` fails here, as a lint would), the
extractor finds texts however the code hands them to Qt, the pseudo-locale keeps what
must not change, and a compiled catalogue really translates at run time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


@pytest.fixture(scope="module")
def messages() -> list[translations.Message]:
    return translations.extract()


def keys(messages: list[translations.Message]) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages}


def test_every_catalogue_has_every_text_of_the_code(messages: list[translations.Message]) -> None:
    for language in translations.LANGUAGES:
        missing = translations.out_of_step(language, messages)
        assert not missing, (
            f"{len(missing)} texts are not in mooring_{language}.ts (run "
            f"python tools/translations.py update), e.g. {missing[:3]}"
        )


def test_texts_are_found_however_the_code_asks_for_them(
    messages: list[translations.Message],
) -> None:
    found = keys(messages)
    # A module's own tr() helper, with the context it really asks for.
    assert ("DataImport", "Import from another journal") in found
    # The plural helper's two texts: "one" plain, "many" as a numerus message.
    assert ("DataImport", "Added 1 entry; it is in your journal.") in found
    many = next(m for m in messages if m.source == "Added %Ln entries; they are in your journal.")
    assert many.context == "DataImport" and many.numerus
    # A translator imported from another module (ui.timeline.words.tr in the page).
    timeline = {m.context for m in messages if "ui/timeline/page.py" in str(m.locations)}
    assert timeline == {"Timeline"}
    # A helper whose context is a parameter the caller gives (ui.sessions.words.plural).
    waiting = "%Ln more are waiting; you'll find them under Past."
    assert any(m.context == "SessionUpcoming" and m.source == waiting for m in messages)
    # Straight QCoreApplication.translate calls with a literal context.
    assert any(m.context == "Navigation" for m in messages)


def test_the_pseudo_locale_keeps_fields_mnemonics_and_date_formats() -> None:
    pseudo = translations.pseudo
    text = pseudo("Added %Ln entries to {name}.\nCance&l && go")
    assert text.startswith(translations.PSEUDO_OPEN) and text.endswith(translations.PSEUDO_CLOSE)
    assert "%Ln" in text and "{name}" in text and "&l" in text and "&&" in text
    assert text.count("\n") == 1
    plain = "Save everything now"
    assert len(pseudo(plain)) - 2 >= len(plain) * 1.4  # 40% longer, markers aside
    # A date format stays a format: the markers become quoted literals around it.
    assert pseudo("ddd d MMM yyyy") == "'\u27e6'ddd d MMM yyyy'\u27e7'"
    assert not translations.is_date_format("Add")


def test_a_compiled_catalogue_translates_at_run_time(tmp_path: Path, qapp: object) -> None:
    message = translations.Message("DataImport", "Import from another journal")
    entry = translations.Entry(message, ["Importar de otro diario"], "")
    source = tmp_path / "mooring_xx.ts"
    translations.write_ts(source, "es", [entry])
    built = translations.build(tmp_path / "out", [source])[0]
    translator = QTranslator()
    assert translator.load(str(built))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("DataImport", "Import from another journal")
        assert text == "Importar de otro diario"
        assert QCoreApplication.translate("DataExport", "Import from another journal") == (
            "Import from another journal"
        )
    finally:
        QCoreApplication.removeTranslator(translator)


def test_updating_keeps_translations_and_marks_gone_texts_vanished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "CATALOGUES", tmp_path)
    kept = translations.Message("Ctx", "Kept")
    gone = translations.Message("Ctx", "Gone")
    translations.write_ts(
        translations.catalogue_path("es"),
        "es",
        [
            translations.Entry(kept, ["Guardado"], ""),
            translations.Entry(gone, ["Ido"], ""),
        ],
    )
    new = translations.Message("Ctx", "New")
    entries = {e.message.source: e for e in translations.updated("es", [kept, new])}
    assert entries["Kept"].translations == ["Guardado"] and entries["Kept"].state == ""
    assert entries["New"].state == "unfinished"
    assert entries["Gone"].state == "vanished" and entries["Gone"].translations == ["Ido"]


def test_sentence_templates_are_catalogued_and_translations_keep_to_their_fields(
    messages: list[translations.Message],
) -> None:
    """A ``sentence("...")`` template in app/ is in the catalogue (context app), and a
    translation uses no field its template lacks (it may leave one out: a Spanish
    sentence says "this text" where the English names the field in English)."""
    import string

    found = keys(messages)
    assert ("app", "{name} is not a file I can read.") in found
    # Sentences app/ keeps in constants or returns, however they reach the window: a
    # search's gentle note, a passphrase's strength, a partner's answer.
    assert ("app", "Type a word or two to search your journal.") in found
    assert ("app", "Please type a passphrase.") in found
    assert ("app", "Not now") in found
    assert not any("SELECT" in source for context, source in found if context == "app")
    assert not any("app/cli/" in str(m.locations) for m in messages if m.context == "app")

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}

    for language in translations.LANGUAGES:
        entries = translations.read_ts(translations.catalogue_path(language))
        for (context, source, _), entry in entries.items():
            if context != "app" or "{" not in source or entry.state:
                continue
            extra = fields(entry.translations[0]) - fields(source)
            assert not extra, f"{language}: {source!r} is translated with fields {extra}"
