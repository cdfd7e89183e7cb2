"""The safety panel: who to call (the person's region's relationship-safety and crisis
lines, then the international directory), planning safely, and a note that this device
may be watched. Read-only: it shows content and stores nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.content import crisis_lines as lines_content
from ui.common.design import SPACE, TYPE
from ui.common.surfaces import Card, scaled_font, text_label
from ui.common.theme import set_role
from ui.shell import shortcuts
from ui.shell.help_dialog import line_card, region_name

log = logging.getLogger(__name__)

# What the panel's lines help with (the crisis lines come after the region's
# relationship-safety lines in the file's order within each kind).
PANEL_KINDS = (lines_content.RELATIONSHIP_SAFETY, lines_content.CRISIS)


def tr(text: str) -> str:
    return QCoreApplication.translate("SafetyPanel", text)


def device_note() -> str:
    hide = shortcuts.native(shortcuts.QUICK_HIDE)
    return tr(
        "If someone else can use this computer or your phone, they may be able to see "
        "what you look at or search for, even after you close it. When you can, use a "
        "device they can't get to, like a trusted friend's phone or a library computer, "
        "to call or look for help. {hide} locks Mooring and hides it at once."
    ).format(hide=hide)


class SafetyPanel(QWidget):
    """See the module docstring. ``set_region`` shows another place's lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety-panel")
        self.setAccessibleName(tr("Safety panel"))
        self._region: str | None = None
        self.line_cards: list[Card] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.l)

        # ----- first words -----
        self.intro_card = Card(tr("Your safety comes first"), "safety-panel-intro", self)
        self.emergency = text_label(self.intro_card, name="safety-emergency")
        self.emergency.setText(
            tr("If you are in danger right now, call your local emergency number.")
        )
        self.emergency.setFont(scaled_font(self.emergency, 1.1, bold=True))
        self.intro = text_label(self.intro_card, name="safety-panel-words")
        self.intro.setText(
            tr(
                "Feeling afraid, hurt, watched or pressured by a partner is serious, and it "
                "is not your fault. You don't have to work out what to do alone. The people "
                "on these lines listen, help you think it through and respect your choices."
            )
        )
        self.intro_card.body.addWidget(self.emergency)
        self.intro_card.body.addWidget(self.intro)
        layout.addWidget(self.intro_card)
        self._top = layout.count()  # where ``add_below_intro`` puts a widget

        # ----- who to call -----
        self.lines_title = text_label(self, name="safety-lines-title")
        set_role(self.lines_title, "section-title")
        self.lines_title.setFont(scaled_font(self.lines_title, TYPE.section_title))
        self.lines_where = text_label(self, muted=True, name="safety-lines-where")
        self.lines_problem = text_label(self, name="safety-lines-problem")
        self.lines_problem.setText(
            tr(
                "The list of help lines couldn't be shown. Your local emergency number, a "
                "doctor or your therapist can point you to help nearby."
            )
        )
        self.lines_problem.hide()
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(SPACE.m)
        layout.addWidget(self.lines_title)
        layout.addWidget(self.lines_where)
        layout.addWidget(self.lines_problem)
        layout.addLayout(self.lines_box)

        # ----- planning safely -----
        self.plan_card = Card(tr("Planning safely"), "safety-planning", self)
        self.plan_labels: list[QLabel] = []
        self._fill_planning()
        layout.addWidget(self.plan_card)

        # ----- this device -----
        self.device_card = Card(tr("This device may not be private"), "safety-device", self)
        self.device = text_label(self.device_card, name="safety-device-note")
        self.device.setText(device_note())
        self.device_card.body.addWidget(self.device)
        layout.addWidget(self.device_card)

        self.footnote = text_label(self, muted=True, name="safety-footnote")
        self.footnote.setText(
            tr(
                "This panel doesn't replace a therapist, a doctor or a trained advocate; it "
                "is a place to start. The planning ideas are our own words, in the spirit of "
                "the safety planning advocates do with people every day."
            )
        )
        layout.addWidget(self.footnote)

    def add_below_intro(self, widget: QWidget) -> None:
        """Put ``widget`` (the page's save choice) right under the first words."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(self._top, widget)

    def _fill_planning(self) -> None:
        try:
            from app.safety.content import load_planning

            steps = load_planning()
        except Exception as error:
            log.error("planning steps could not be loaded (%s)", type(error).__name__)
            steps = []
        for step in steps:
            title = text_label(self.plan_card)
            title.setText(step.title)
            title.setFont(scaled_font(title, TYPE.body, bold=True))
            words = text_label(self.plan_card)
            words.setText(step.text)
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.plan_card.body.addWidget(title)
            self.plan_card.body.addWidget(words)
            self.plan_labels.extend((title, words))
        advocate = text_label(self.plan_card, muted=True)
        advocate.setText(
            tr(
                "An advocate on one of the lines above can help you make a plan that fits "
                "your situation, including how to stay as safe as possible if you stay."
            )
        )
        self.plan_card.body.addWidget(advocate)
        self.plan_labels.append(advocate)

    def region(self) -> str | None:
        return self._region

    def set_region(self, region: str) -> None:
        """Show the lines for ``region`` (a code, or ELSEWHERE); again only if it changed."""
        if region == self._region and self.line_cards:
            return
        self._region = region
        for card in self.line_cards:
            self.lines_box.removeWidget(card)
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.line_cards = []
        if region == lines_content.ELSEWHERE:
            self.lines_title.setText(tr("People who can help"))
            self.lines_where.setText(
                tr(
                    "You chose \u201csomewhere else\u201d in Settings, so here is a "
                    "directory of help lines in many countries."
                )
            )
        else:
            self.lines_title.setText(tr("People who can help"))
            self.lines_where.setText(
                tr("Lines for {place}. You can change where you live in Settings.").format(
                    place=region_name(region)
                )
            )
        try:
            lines = lines_content.lines_for(region, PANEL_KINDS)
        except Exception as error:
            log.error("help lines could not be loaded (%s)", type(error).__name__)
            lines = []
        self.lines_problem.setVisible(not lines)
        # Relationship-safety lines first, then crisis lines, then the directory.
        order = {kind: n for n, kind in enumerate(PANEL_KINDS)}
        lines.sort(key=lambda line: order.get(line.kind, len(order)))
        for line in lines:
            card, _region, _labels = line_card(line, self)
            self.lines_box.addWidget(card)
            self.line_cards.append(card)

    def visible_text(self) -> str:
        """Everything the panel says, top to bottom (for tests and screen readers)."""
        return "\n".join(
            label.text() for label in self.findChildren(QLabel) if not label.isHidden()
        )
