"""How the invitation planner reads in the window: answers, ways of asking, reasons,
days, and a kind word for errors. Content texts (the reasons' titles) come from the
content files."""

from __future__ import annotations

import logging
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.invitations.model import Answer, How
from app.journal.display import isolated
from app.sessions.model import DeclineReason
from ui.common.text import app_text, error_words
from ui.sessions.words import qdate, qtime
from ui.sessions.words import reason_label as session_reason_label

log = logging.getLogger(__name__)

PLAIN = Qt.TextFormat.PlainText
DOT = "  \u00b7  "
ROW_CHARS = 280


def tr(text: str) -> str:
    return QCoreApplication.translate("Invitations", text)


def plural(n: int, one: str, many: str) -> str:
    return QCoreApplication.translate("Invitations", many if n != 1 else one, None, n)


def answer_word(answer: Answer) -> str:
    """The answer in one or a few words, as the session tracker's partner history
    says it too (``app.invitations.partner.ANSWER_WORDS``)."""
    from app.invitations.partner import ANSWER_WORDS

    return app_text(ANSWER_WORDS[answer])


def answer_text(answer: Answer) -> str:
    """The answer as the start of a history line."""
    return {
        Answer.YES: tr("They said yes"),
        Answer.MAYBE: tr("They said maybe"),
        Answer.NOT_NOW: tr("They said not now"),
        Answer.NO: tr("They said no"),
        Answer.NOT_REACHED: tr("We didn't get to it"),
    }[answer]


def how_word(how: How) -> str:
    return {
        How.IN_PERSON: tr("In person"),
        How.MESSAGE: tr("By message"),
        How.CALL: tr("By call"),
        How.OTHER: tr("Another way"),
    }[how]


def reason_label(reason: DeclineReason) -> str:
    """The reason as the planner's content words it (``reasons.json``: the same title
    in the plan's step 2, the attempt dialog and the history)."""
    from app.invitations.content import bundled_guide

    item = bundled_guide().reason(reason.value)
    # Every DeclineReason has an item (the loader refuses a file without one).
    return item.title.text() if item is not None else session_reason_label(reason)


def shown(text: str, limit: int | None = None) -> str:
    """The person's text as shown: bidi-isolated, cut to ``limit`` characters."""
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    return isolated(text)


def day_text(day: date, at: time | None = None, today: date | None = None) -> str:
    same_year = today is not None and day.year == today.year
    text = QLocale().toString(qdate(day), tr("ddd d MMM") if same_year else tr("ddd d MMM yyyy"))
    if at is not None:
        text = tr("{day}, {time}").format(
            day=text, time=QLocale().toString(qtime(at), QLocale.FormatType.ShortFormat)
        )
    return text


def reason(error: BaseException) -> str:
    """A user error is one plain sentence already; anything else gets a kind word."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("invitations job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")
