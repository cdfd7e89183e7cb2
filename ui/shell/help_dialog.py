"""Help (F1): the local emergency number first, then the crisis and support lines of
the person's region (chosen in Settings; by default the system locale's country), then
the international directory line, a short "how to use" and every keyboard shortcut.

It opens from every screen, the lock screen included (in discreet mode under a plain
title), reads no journal data, and is never taller than the window or the screen: its
content scrolls. A region picker at the top shows another place's lines without
changing the setting (someone travelling, or on the lock screen).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import settings as app_settings
from app.content import crisis_lines as lines_content
from ui.common.design import SPACE, TYPE
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, scaled_font, text_label
from ui.common.theme import set_role
from ui.shell import shortcuts
from ui.shell.settings_store import SettingsStore

if TYPE_CHECKING:
    from app.content.crisis_lines import CrisisLine

log = logging.getLogger(__name__)

LinesLoader = Callable[[], Sequence["CrisisLine"]]
RegionSource = Callable[[], str]

PREFERRED_WIDTH = 560
PREFERRED_HEIGHT = 720
MARGIN = 24  # kept free around the dialog inside the window


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def shortcut_help_lines() -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut (Settings lists them too)."""
    return shortcuts.help_lines()


def region_name(region: str) -> str:
    """Where a line can be reached, in words ("US" is "the United States")."""
    names = {
        "US": tr("the United States"),
        "CA": tr("Canada"),
        "GB": tr("the United Kingdom"),
        "UK": tr("the United Kingdom"),
        "IE": tr("Ireland"),
        "AU": tr("Australia"),
        "NZ": tr("New Zealand"),
        "MX": tr("Mexico"),
        "ES": tr("Spain"),
    }
    return names.get(region.strip().upper(), region)


def region_choices() -> list[tuple[str, str]]:
    """(setting value, words) for every place the help lines know, then "somewhere else"."""
    return [
        ("us", tr("The United States")),
        ("gb", tr("The United Kingdom")),
        ("ie", tr("Ireland")),
        ("ca", tr("Canada")),
        ("au", tr("Australia")),
        ("nz", tr("New Zealand")),
        ("mx", tr("Mexico")),
        ("es", tr("Spain")),
        (lines_content.ELSEWHERE, tr("Somewhere else")),
    ]


def system_locale_name() -> str:
    """The system locale, e.g. "en_GB" ("C" when none is set)."""
    return QLocale.system().name()


def chosen_region(settings: SettingsStore | None) -> str:
    """The region whose lines come first: the Settings choice, or while that is
    "system", the system locale's country (ELSEWHERE when it is none of ours)."""
    setting = "system" if settings is None else str(settings.get(app_settings.HELP_REGION))
    return lines_content.resolve_region(setting, system_locale_name())


def line_card(line: CrisisLine, parent: QWidget) -> tuple[Card, QLabel, list[QLabel]]:
    """One help line as a card: its name, who it is for, how to reach it, a sentence.
    Returns the card, its region label and every label in it (for the tests and the
    safety panel, which shows the same cards)."""
    card = Card(line.name, f"help-line-{line.id}", parent)
    region = text_label(card, muted=True)
    if line.kind == lines_content.DIRECTORY:
        region.setText(tr("For people anywhere"))
    else:
        region.setText(tr("For people in {region}").format(region=region_name(line.region)))
    contact = _plain(line.contact, card, scale=1.1)
    description = _plain(line.description, card)
    for label in (region, contact, description):
        card.body.addWidget(label)
    card.setAccessibleName(f"{line.name}: {line.contact} ({region.text()})")
    return card, region, [card.title, region, contact, description]


def how_to_lines() -> list[str]:
    """What each part is for, in a few plain lines (no product name: discreet mode)."""
    lock, hide = shortcuts.native(shortcuts.LOCK), shortcuts.native(shortcuts.QUICK_HIDE)
    help_key = shortcuts.native(shortcuts.HELP[0])
    return [
        tr("Today shows your day at a glance: a check-in, your next session and a question."),
        tr(
            "Journal is for writing, as much or as little as you like. Check-ins take a "
            "minute: how you feel, how you slept, and a note if you want."
        ),
        tr(
            "Sessions keeps your appointments, the homework they give you, and things to "
            "bring up next time."
        ),
        tr(
            "Exercises are short guided practice for saying hard things calmly; they keep "
            "your place if you stop halfway. Boundaries keeps the limits you set for "
            "yourself and how they held."
        ),
        tr(
            "Questionnaires has the PHQ-9 and GAD-7, two short, widely used questionnaires "
            "about low mood and worry, with results to share with your clinician."
        ),
        tr(
            "Inviting my partner helps you plan a calm, low-pressure ask, note how it went, "
            "and look after yourself whatever the answer."
        ),
        tr(
            "Reflection is for thinking through why your partner might be saying no, what "
            "it does to you, and what you want, at your own pace."
        ),
        tr(
            "Safety is a short, private check on how safe your relationship feels, with "
            "people to call and ways to plan. Nothing is kept unless you choose to save it."
        ),
        tr(
            "Timeline shows everything in one list, newest first. For my therapist makes "
            "notes from the days you choose, to print or save; you see all of it first and "
            "can leave anything out. Your data keeps backups you can restore, and can save "
            "an encrypted copy to another drive."
        ),
        tr(
            "Everything is saved as you go and stays encrypted on this computer. "
            "Nothing is sent anywhere."
        ),
        tr(
            "Lock with {lock} when you step away; {hide} locks and hides the window at once. "
            "It also locks itself after a while without use."
        ).format(lock=lock, hide=hide),
        tr(
            "If you forget your passphrase, your recovery code opens your journal again: "
            "choose \u201cUse recovery code instead\u201d when it is locked."
        ),
        tr(
            "The help lines are at the top of this window. {key} opens it from anywhere, "
            "even while locked."
        ).format(key=help_key),
    ]


def default_lines() -> Sequence[CrisisLine]:
    from app.content.crisis_lines import load_crisis_lines

    return load_crisis_lines()


def _plain(text: str, parent: QWidget, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = text_label(parent)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        label.setFont(scaled_font(label, scale, bold=bold))
    return label


def _section_title(text: str, parent: QWidget) -> QLabel:
    label = _plain(text, parent)
    label.setFont(scaled_font(label, TYPE.section_title))
    set_role(label, "section-title")
    label.setAccessibleName(text)
    return label


class HelpDialog(QDialog):
    """Who to reach right now, how Mooring works, and its keys. Works while locked."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        lines: LinesLoader = default_lines,
        discreet: bool = False,
        region: RegionSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("help-dialog")
        if region is None:
            # The main window owns the settings; the dialog reads them when it opens.
            store = getattr(parent, "settings", None)
            settings = store if isinstance(store, SettingsStore) else None

            def region() -> str:
                return chosen_region(settings)

        self._region_source: RegionSource = region
        self.setMinimumWidth(320)
        self.resize(PREFERRED_WIDTH, PREFERRED_HEIGHT)

        content = QWidget()
        content.setObjectName("help-content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACE.l, SPACE.l, SPACE.l, SPACE.l)
        layout.setSpacing(SPACE.m)

        # ----- who to reach -----
        self.emergency = _plain(
            tr("If you or someone else is in danger, call your local emergency number now."),
            content,
            bold=True,
            scale=1.2,
        )
        self.emergency.setAccessibleName(self.emergency.text())
        layout.addWidget(self.emergency)
        layout.addWidget(
            _plain(
                tr(
                    "You don't have to get through a hard moment alone. These lines are "
                    "free and answered by people who want to help:"
                ),
                content,
            )
        )

        # Which place's lines: the setting (read again each time help opens), or
        # another place chosen here for now (never stored from here).
        region_row = QHBoxLayout()
        region_row.setSpacing(SPACE.s)
        self.region_caption = QLabel(tr("Show lines &for"), content)
        self.region_box = QComboBox(content)
        self.region_box.setAccessibleName(tr("Show help lines for"))
        for value, words in region_choices():
            self.region_box.addItem(words, value)
        self.region_caption.setBuddy(self.region_box)
        region_row.addWidget(self.region_caption)
        region_row.addWidget(self.region_box)
        region_row.addStretch(1)
        layout.addLayout(region_row)
        self.region_box.currentIndexChanged.connect(lambda _i: self._show_lines())

        self.line_labels: list[QLabel] = []
        self.region_labels: list[QLabel] = []
        self.line_cards: list[Card] = []
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(SPACE.m)
        layout.addLayout(self.lines_box)
        try:
            self._all_lines: list[CrisisLine] = list(lines())
        except Exception as error:
            log.error("crisis lines could not be loaded (%s)", type(error).__name__)
            self._all_lines = []
        self.lines_problem = _plain(
            tr(
                "The list of support lines couldn't be shown. Your local emergency "
                "number, a doctor or your therapist can point you to help nearby."
            ),
            content,
        )
        self.lines_problem.setVisible(not self._all_lines)
        layout.addWidget(self.lines_problem)
        layout.addWidget(
            _plain(
                tr(
                    "If none of these is right for where you are, the directory lists "
                    "lines in many countries, and your therapist or doctor can give you "
                    "the numbers for where you live."
                ),
                content,
            )
        )

        # ----- how to use -----
        layout.addSpacing(SPACE.s)
        self.how_to_title = _section_title(tr("How to use Mooring"), content)
        layout.addWidget(self.how_to_title)
        self.how_to_labels: list[QLabel] = []
        for sentence in how_to_lines():
            label = _plain(sentence, content)
            self.how_to_labels.append(label)
            layout.addWidget(label)

        # ----- keys -----
        layout.addSpacing(SPACE.s)
        layout.addWidget(_section_title(tr("Keyboard shortcuts"), content))
        keys_form = QFormLayout()
        keys_form.setHorizontalSpacing(SPACE.l)
        keys_form.setVerticalSpacing(SPACE.xs)
        self.shortcut_labels: list[tuple[QLabel, QLabel]] = []
        for keys, meaning in shortcuts.help_lines():
            key_label = _plain(keys, content, bold=True)
            key_label.setWordWrap(False)
            meaning_label = _plain(meaning, content)
            key_label.setAccessibleName(f"{keys}: {meaning}")
            keys_form.addRow(key_label, meaning_label)
            self.shortcut_labels.append((key_label, meaning_label))
        layout.addLayout(keys_form)
        layout.addStretch(1)

        self.scroll_area = scroll_area(content, self, name="help-scroll")
        self.scroll_area.setAccessibleName(tr("Help"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(tr("Close"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE.s, SPACE.s, SPACE.s, SPACE.s)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(buttons)
        self.set_discreet(discreet)
        self.show_region(self._region_source())

    # ----- lines ---------------------------------------------------------------------

    def region(self) -> str:
        """The region whose lines are shown (a code, or ELSEWHERE)."""
        value = self.region_box.currentData()
        return lines_content.resolve_region(str(value), "C")

    def show_region(self, region: str) -> None:
        """Show ``region``'s lines (a code in any case, or ELSEWHERE)."""
        code = lines_content.normal_region(region).lower()
        index = self.region_box.findData(code)
        blocker = QSignalBlocker(self.region_box)
        self.region_box.setCurrentIndex(max(0, index))
        del blocker
        self._show_lines()

    def _show_lines(self) -> None:
        for card in self.line_cards:
            self.lines_box.removeWidget(card)
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.line_cards, self.line_labels, self.region_labels = [], [], []
        if not self._all_lines:
            return
        parent = self.lines_box.parentWidget() or self
        for line in lines_content.lines_for(self.region(), lines=self._all_lines):
            card, region, labels = line_card(line, parent)
            self.lines_box.addWidget(card)
            self.line_cards.append(card)
            self.region_labels.append(region)
            self.line_labels.extend(labels)

    def showEvent(self, event: QShowEvent) -> None:
        # Opened again: the Settings choice may have changed meanwhile.
        if not event.spontaneous():
            self.show_region(self._region_source())
        super().showEvent(event)

    def set_discreet(self, discreet: bool) -> None:
        """A plain title in discreet mode: a task bar may show it, or a window list."""
        title = tr("Help") if discreet else tr("Get help now")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.how_to_title.setText(tr("How it works") if discreet else tr("How to use Mooring"))

    def fit_to(self, window: QWidget) -> None:
        """As large as reads well, but never wider or taller than ``window`` or its
        screen; centred over the window. The content scrolls in what is left."""
        screen = window.screen() or QGuiApplication.primaryScreen()
        room = window.frameGeometry() if window.isVisible() else QRect()
        if screen is not None:
            available = screen.availableGeometry()
            room = room.intersected(available) if room.isValid() else available
        if not room.isValid() or room.isEmpty():
            self.resize(PREFERRED_WIDTH, PREFERRED_HEIGHT)
            return
        width = max(self.minimumWidth(), min(PREFERRED_WIDTH, room.width() - MARGIN))
        height = max(160, min(PREFERRED_HEIGHT, room.height() - MARGIN))
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(room.center())
        self.move(frame.topLeft())

    def visible_text(self) -> str:
        """Everything the dialog says, top to bottom (for tests and screen readers)."""
        labels = [label for label in self.findChildren(QLabel) if not label.isHidden()]
        return "\n".join(label.text() for label in labels)
