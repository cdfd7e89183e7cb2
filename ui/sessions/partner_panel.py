"""Inviting my partner: how often, and how they answered, in neutral words.

The words describe what was said, never the partner: no judgement of them, and no
blame for either of you.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import DeclineReason, PartnerResponse
from ui.common.text import app_text
from ui.sessions.jobs import PartnerView
from ui.sessions.layout import fit_list_height
from ui.sessions.words import (
    DOT,
    PLAIN,
    day_text,
    kind_name,
    plural,
    reason_label,
    response_label,
    shown,
)

if TYPE_CHECKING:
    from app.invitations.partner import PlannerAsk

VISIBLE_ROWS = 6
# The answers in the order they are listed (not asked is not an invitation).
ANSWERS = (
    PartnerResponse.CAME,
    PartnerResponse.MAYBE,
    PartnerResponse.DECLINED,
    PartnerResponse.INVITED,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionPartner", text)


def partner_sentences(view: PartnerView) -> list[str]:
    summary = view.summary
    planner = _planner_sentence(view)
    if summary.invited == 0 and planner:
        return [planner]
    if summary.invited == 0:
        return [
            tr(
                "No invitations noted yet. If you invite your partner to a session, you can "
                "note their answer on it."
            )
        ]
    loc = QLocale()
    lines = [
        plural(
            summary.invited,
            "You've invited your partner to 1 session.",
            "You've invited your partner to %Ln sessions.",
            "SessionPartner",
        )
    ]
    answers = [
        tr("{answer}: {n}").format(answer=response_label(r), n=loc.toString(summary.responses[r]))
        for r in ANSWERS
        if summary.responses.get(r)
    ]
    if answers:
        lines.append(DOT.join(answers))
    reasons = [
        tr("{reason}: {n}").format(reason=reason_label(r), n=loc.toString(summary.reasons[r]))
        for r in DeclineReason
        if summary.reasons.get(r)
    ]
    if reasons:
        lines.append(tr("Reasons they gave:"))
        lines.extend(f"\u2022 {line}" for line in reasons)
    if planner:
        lines.append(planner)
    return lines


def _planner_sentence(view: PartnerView) -> str:
    """The asks noted on the invitation planner page, in one sentence ("" if none)."""
    if not view.planner_count:
        return ""
    return plural(
        view.planner_count,
        "You noted asking them once outside a session, on the Inviting my partner page.",
        "You noted asking them %Ln times outside a session, on the Inviting my partner page.",
        "SessionPartner",
    )


def _planner_line(ask: PlannerAsk) -> str:
    from app.invitations.partner import ANSWER_WORDS

    line = tr("{day}{dot}Asked outside a session: {answer}").format(
        day=day_text(ask.day), dot=DOT, answer=app_text(ANSWER_WORDS[ask.answer])
    )
    if ask.reason is not None:
        line += f" ({reason_label(ask.reason)})"
    return line


class PartnerPanel(QWidget):
    """The summary in words and the invitations, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Inviting my partner"))
        self.title = QLabel(tr("Inviting my partner"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(
            tr("Whether and how your partner joins in is up to them. This is a record for you."),
            self,
        )
        self.intro.setTextFormat(PLAIN)
        self.intro.setWordWrap(True)
        self.words = QLabel(self)
        self.words.setTextFormat(PLAIN)
        self.words.setWordWrap(True)
        self.words.setAccessibleName(tr("Invitations in words"))
        self.history = QListWidget(self)
        self.history.setAccessibleName(tr("Sessions your partner was invited to, newest first"))
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setWordWrap(False)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.words)
        layout.addWidget(self.history)

    def show_partner(self, view: PartnerView) -> None:
        self.words.setText("\n".join(partner_sentences(view)))
        self.history.clear()
        # Sessions and the planner's asks, newest first (a session first on a shared day).
        rows: list[tuple[date, int, str]] = [
            (ask.day, 0, _planner_line(ask)) for ask in view.planner
        ]
        for moment in view.history:
            line = tr("{day}{dot}{kind}: {answer}").format(
                day=day_text(moment.day),
                dot=DOT,
                kind=kind_name(moment.kind_id),
                answer=response_label(moment.response),
            )
            if moment.reason is DeclineReason.OTHER and moment.words:
                line += f" ({shown(moment.words)})"
            elif moment.reason is not None:
                line += f" ({reason_label(moment.reason)})"
            rows.append((moment.day, 1, line))
        rows.sort(key=lambda row: (row[0], row[1]), reverse=True)
        for _day, _kind, line in rows:
            item = QListWidgetItem(line)
            item.setToolTip(line)
            self.history.addItem(item)
        fit_list_height(self.history, VISIBLE_ROWS)
        self.history.setVisible(bool(rows))

    def show_problem(self, text: str) -> None:
        self.history.clear()
        self.history.hide()
        self.words.setText(text)

    def clear(self) -> None:
        self.words.clear()
        self.history.clear()
        self.history.hide()
