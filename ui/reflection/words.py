"""How the reflection module is put into words in the window: content items, leanings,
days and months, errors. Everything a person reads goes through ``tr``; text a person
typed is shown through ``shown`` (direction controls in it can't reorder the rest)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.journal.display import isolated
from app.reflection.compare import Change
from app.reflection.content import Item
from app.reflection.model import Leaning
from ui.common.text import error_words

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Reflection", text)


def title(item: Item) -> str:
    """An item's title in the language content is shown in."""
    return item.title.text()


def hint(item: Item) -> str:
    return item.hint.text()


def leaning_word(leaning: Leaning | None) -> str:
    if leaning is None:
        return tr("Not chosen")
    return {
        Leaning.NOT_AT_ALL: tr("Not at all"),
        Leaning.A_LITTLE: tr("A little"),
        Leaning.SOMEWHAT: tr("Somewhat"),
        Leaning.QUITE_A_LOT: tr("Quite a lot"),
        Leaning.STRONGLY: tr("Strongly"),
    }[leaning]


def change_word(change: Change) -> str:
    """What changed on one line of the side-by-side view ("" when nothing did)."""
    return {
        Change.SAME: "",
        Change.NEW: tr("New"),
        Change.GONE: tr("No longer answered"),
        Change.HIGHER: tr("Changed: higher"),
        Change.LOWER: tr("Changed: lower"),
        Change.CHANGED: tr("Changed"),
        Change.NOTE: tr("Note changed"),
    }[change]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date) -> str:
    return QLocale().toString(qdate(day), tr("ddd d MMM yyyy"))


def month_text(month: date) -> str:
    return QLocale().toString(qdate(month), tr("MMMM yyyy"))


def shown(text: str, limit: int | None = None) -> str:
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + "\u2026"
    return isolated(text)


def reason(error: BaseException) -> str:
    """A user error is one plain sentence already; anything else gets a kind word."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("reflection job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")
