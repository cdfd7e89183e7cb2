"""How boundaries are put into words in the window: areas, outcomes, days, errors.

Everything a person reads goes through ``tr`` (or ``app_text`` for the core's
messages). Text a person typed is shown through ``shown``: direction controls in it
can't reorder what is around it. An outcome is always a word and a mark together,
never a colour alone.
"""

from __future__ import annotations

import logging
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

from app.boundaries import areas as boundary_areas
from app.boundaries.model import Outcome, OutcomeCounts
from app.journal.display import isolated
from ui.common.text import error_words

log = logging.getLogger(__name__)

PLAIN = Qt.TextFormat.PlainText
DOT = "  \u00b7  "
# How much of a long text a row of a list shows (the whole text is in its dialog).
ROW_CHARS = 280

# A mark beside each outcome's word: the word carries the meaning, the mark helps the eye.
MARKS = {Outcome.HELD: "\u2713", Outcome.BENT: "\u223c", Outcome.NOT_HELD: "\u2717"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Boundaries", text)


def plural(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many`` with ``%Ln`` as the number."""
    if n == 1:
        return QCoreApplication.translate("Boundaries", one)
    return QCoreApplication.translate("Boundaries", many, None, n)


def outcome_word(outcome: Outcome) -> str:
    return {
        Outcome.HELD: tr("Held"),
        Outcome.BENT: tr("Bent"),
        Outcome.NOT_HELD: tr("Not held"),
    }[outcome]


def outcome_text(outcome: Outcome) -> str:
    """ "✓ Held": the mark and the word."""
    return f"{MARKS[outcome]} {outcome_word(outcome)}"


def area_title(area_id: str) -> str:
    """The area's name (an area no longer in the content shows as "Other area")."""
    return QCoreApplication.translate("BoundaryAreas", boundary_areas.resolve(area_id).title)


def area_description(area_id: str) -> str:
    return QCoreApplication.translate("BoundaryAreas", boundary_areas.resolve(area_id).description)


def area_choices() -> list[tuple[str, str, str]]:
    """(id, title, description) of every area, in the content's order."""
    return [
        (
            area.id,
            QCoreApplication.translate("BoundaryAreas", area.title),
            QCoreApplication.translate("BoundaryAreas", area.description),
        )
        for area in boundary_areas.bundled_areas()
    ]


def shown(text: str, limit: int | None = None) -> str:
    """Typed text as shown in a list or label; cut at ``limit`` characters with "…"."""
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + "\u2026"
    return isolated(text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def pytime(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


def day_text(day: date, at: time | None = None, today: date | None = None) -> str:
    """ "Tue 4 Mar 2025" (without the year in this year), with ", 21:30" when known."""
    same_year = today is not None and day.year == today.year
    text = QLocale().toString(qdate(day), tr("ddd d MMM") if same_year else tr("ddd d MMM yyyy"))
    if at is not None:
        text = tr("{day}, {time}").format(
            day=text, time=QLocale().toString(qtime(at), QLocale.FormatType.ShortFormat)
        )
    return text


def held_lately(counts: OutcomeCounts) -> str:
    """ "Held 6 of 8 times in the last month", or a kind word when it wasn't tested."""
    if counts.total == 0:
        return tr("Not tested in the last month")
    if counts.total == 1:
        if counts.held:
            return tr("Tested once in the last month, and it held")
        if counts.bent:
            return tr("Tested once in the last month, and it bent")
        return tr("Tested once in the last month")
    return tr("Held {held} of {total} times in the last month").format(
        held=QLocale().toString(counts.held), total=QLocale().toString(counts.total)
    )


def reason(error: BaseException) -> str:
    """A user error is one plain sentence already; anything else gets a kind word."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("boundaries job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")
