"""The whole window in the pseudo-locale (every translated text 40% longer, accented,
in ⟦ ⟧): every text a person can see on every screen, page and dialog is translated,
and none is cut off.

The journal is empty (no demo data): nothing a person wrote is on screen, so any text
without the markers is one the code shows without translating it. Exceptions, each
listed below with why: dates and times QLocale writes, and content (prompts,
exercises...) that is translated through its own files, not the catalogue.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from page_walk import cut_off, plain_text, visible_children, walk
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shots import keep_shot

from ui.shell import language

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import translations

MARK = translations.PSEUDO_OPEN
SIZE = (1280, 800)

# Content, translated through its own files (resources/content/), shown as it is here.
# By the object name (a prefix) of the widget showing it:
CONTENT_NAMES = (
    "today-encouragement",  # encouragement.json
    "today-prompt-text",  # prompts
    "journal-prompt-of-the-day",  # prompts
    "measures-",  # PHQ-9 / GAD-7: their titles, lead-in, source and screening note
    "answer-",  # the questionnaires' answers
    "exercise-",  # an exercise's title, why and source
    "step-",  # an exercise's steps (choices)
    "reflection-item-",  # reasons and impacts (reflection content)
    "reflection-option-",  # the values page's options
    "safety-question-",  # the safety check's questions
)
# By page, for content shown in widgets without a name of their own (the unnamed
# labels, hints and combo box items these pages build from content files):
CONTENT_PAGES = {
    "page measures": "the questionnaires: their titles and items (measures content)",
    "page exercises / running": "the exercise's step labels and hints",
    "page reflection": "descriptions of the reasons and impacts",
    "page reflection / tab 2": "descriptions of the values page's options",
    "page reflection / tab 3": "the monthly check-in's statements",
    "page safety / panel": "the safety panel's crisis lines and steps (crisis_lines.json)",
    "dialog help": "crisis lines (crisis_lines.json)",
    "dialog journal: write from a prompt": "the prompts and their themes",
    "dialog boundaries: builder": "areas (boundary_areas.json) and message-check tips",
    "dialog invitations: an attempt": "reasons a partner gives (invitations/reasons.json)",
}
# Session kinds and a partner's answers are content too; they are offered in combo
# boxes on the sessions page and its repeat dialog.
CONTENT_COMBO_PAGES = ("page sessions", "dialog sessions: repeat")
# Names that are the same in every language.
NAMES = frozenset({"Mooring", "English", "Español", "PHQ-9", "GAD-7"})
RECOVERY_CODE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5})+$")


def _qt_button_texts() -> set[str]:
    """The standard buttons' words (OK, Cancel, Close...): Qt's own catalogue translates
    them, not Mooring's, so they have no pseudo markers."""
    box = QDialogButtonBox()
    every = QDialogButtonBox.StandardButton(0)
    for flag in QDialogButtonBox.StandardButton:
        if flag.value and flag.value & 0x0FFFFC00 == flag.value:
            every |= flag
    box.setStandardButtons(every)
    texts = {b.text() for b in box.buttons()}
    box.deleteLater()
    return texts | {t.replace("&", "") for t in texts}


def is_a_shortcut(text: str) -> bool:
    """Keys as QKeySequence writes them ("Ctrl+Shift+L", "F1 / Ctrl+Shift+H")."""
    parts = [p for p in re.split(r" / | … ", text) if p]
    native = QKeySequence.SequenceFormat.NativeText
    return bool(parts) and all(
        not QKeySequence.fromString(p, native).isEmpty()
        and QKeySequence.fromString(p, native).toString(native) == p
        for p in parts
    )


def is_content(widget: QWidget, page: str) -> bool:
    if widget.objectName().startswith(CONTENT_NAMES):
        return True
    if any(page == key or page.startswith(key + " ") for key in CONTENT_PAGES):
        return True
    return isinstance(widget, QComboBox) and page.startswith(CONTENT_COMBO_PAGES)


@pytest.fixture
def pseudo_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    built = translations.build_pseudo(tmp_path / "pseudo.qm")
    monkeypatch.setenv(language.PSEUDO_ENV, str(built))
    yield built
    monkeypatch.delenv(language.PSEUDO_ENV)
    language.install(language.SYSTEM)


def _locale_words() -> list[str]:
    """Day and month names QLocale writes (long, short, narrow; standalone too), and
    its AM/PM, longest first."""
    locale = QLocale()
    words: set[str] = {locale.amText(), locale.pmText()}
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for day in range(1, 8):
            words |= {locale.dayName(day, kind), locale.standaloneDayName(day, kind)}
        for month in range(1, 13):
            words |= {locale.monthName(month, kind), locale.standaloneMonthName(month, kind)}
    return sorted((w for w in words if w), key=len, reverse=True)


def is_a_date(text: str, words: list[str]) -> bool:
    """Only day and month names, digits and punctuation: a date or time from QLocale."""
    for word in words:
        text = text.replace(word, "")
    return not re.search(r"[^\W\d_]", text)


def shown_texts(top: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a person can see under ``top``, with the widget showing it."""
    if top.isWindow():
        yield top, top.windowTitle()
    for label in visible_children(top, QLabel):
        yield label, plain_text(label)
    for button in visible_children(top, QAbstractButton):
        yield button, button.text()
    for box in visible_children(top, QGroupBox):
        yield box, box.title()
    for bar in visible_children(top, QTabBar):
        for index in range(bar.count()):
            yield bar, bar.tabText(index)
    for combo in visible_children(top, QComboBox):
        for index in range(combo.count()):
            yield combo, combo.itemText(index)
        if combo.isEditable() and combo.lineEdit() is not None:
            yield combo, combo.lineEdit().placeholderText()
    for edit in visible_children(top, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield edit, edit.placeholderText()
    for header in visible_children(top, QHeaderView):
        model = header.model()
        for section in range(header.count()):
            if model is None or header.isSectionHidden(section):
                continue
            value = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield header, value


def untranslated(top: QWidget, page: str, words: list[str], qt_words: set[str]) -> list[str]:
    found = []
    for widget, text in shown_texts(top):
        if not text or MARK in text or not re.search(r"[^\W\d_]", text):
            continue
        if text.replace("&", "") in NAMES or text in qt_words or RECOVERY_CODE.match(text):
            continue
        if is_a_date(text, words) or is_a_shortcut(text) or is_content(widget, page):
            continue
        found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text[:70]!r}")
    return found


def _plain_name(name: str) -> str:
    """A stop's name without its tab's words (they are in the pseudo-locale)."""
    return re.sub(r"( / tab \d+) .*$", r"\1", name)


def test_every_text_on_every_page_and_dialog_is_translated_and_fits(
    qtbot: Any, make_shell: Any, pseudo_catalogue: Path
) -> None:
    shell = make_shell()  # no journal yet: the walk sets one up, empty
    shell.window.resize(*SIZE)
    assert "\u27e6" in shell.window.setup_screen.create_button.text(), "the catalogue is on"
    words = _locale_words()
    qt_words = _qt_button_texts()
    not_translated: dict[str, list[str]] = {}
    clipped: dict[str, list[str]] = {}
    stops = 0
    for name, top in walk(shell, qtbot, demo=False):
        stops += 1
        keep_shot(top, "pseudo-" + re.sub(r"[^a-z0-9]+", "-", _plain_name(name).lower()))
        if missing := untranslated(top, _plain_name(name), words, qt_words):
            not_translated[name] = missing
        if cut := cut_off(top):
            clipped[name] = cut
    assert stops > 40, f"the walk saw only {stops} screens"
    problems = [
        f"{name}: {title}: {text}"
        for title, found in (("not translated", not_translated), ("cut off", clipped))
        for name, texts in found.items()
        for text in sorted(set(texts))
    ]
    assert not problems, "\n".join(problems)
