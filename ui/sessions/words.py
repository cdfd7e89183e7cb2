"""How sessions are put into words in the window: kinds, statuses, times, hours.

Everything a person reads goes through ``tr`` (or ``app_text`` for the core's labels
and messages), so it can be translated. Text a person typed (a provider's name,
homework, a topic) is shown through ``isolated``: direction controls in it can't
reorder what is around it.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

from app.journal.display import isolated
from app.sessions import kinds as session_kinds
from app.sessions.model import DeclineReason, Format, PartnerResponse, SessionSummary, Status
from app.sessions.partner import REASON_LABELS, RESPONSE_LABELS
from ui.common.text import error_words
from ui.common.wording import packet_text

log = logging.getLogger(__name__)

DASH = "\u2013"
DOT = "  \u00b7  "


def tr(text: str) -> str:
    return QCoreApplication.translate("Sessions", text)


def plural(n: int, one: str, many: str, context: str = "Sessions") -> str:
    """``one`` when ``n`` is 1, else ``many`` with ``%Ln`` as the number (as the journal
    does): English reads right without a translation file, and a translation can give
    every plural form of ``many``."""
    if n == 1:
        return QCoreApplication.translate(context, one)
    return QCoreApplication.translate(context, many, None, n)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def pytime(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


def shown(text: str) -> str:
    """Typed text as shown in the window (see the module docstring)."""
    return isolated(text)


# ----- choices ----------------------------------------------------------------------


def kind_name(kind_id: str) -> str:
    """The kind's name (an id no longer in the content shows as "Other")."""
    return QCoreApplication.translate("SessionKinds", session_kinds.resolve(kind_id).name)


def kind_choices() -> list[tuple[str, str]]:
    """(id, name) of every kind, in the content's order."""
    return [
        (kind.id, QCoreApplication.translate("SessionKinds", kind.name))
        for kind in session_kinds.bundled_kinds()
    ]


def format_name(value: Format) -> str:
    return {
        Format.VIDEO: tr("Video"),
        Format.PHONE: tr("Phone"),
        Format.IN_PERSON: tr("In person"),
    }[value]


def status_name(value: Status) -> str:
    return {
        Status.PLANNED: tr("Planned"),
        Status.ATTENDED: tr("Attended"),
        Status.MISSED: tr("Missed"),
        Status.CANCELLED: tr("Cancelled"),
    }[value]


def response_label(value: PartnerResponse) -> str:
    return packet_text(RESPONSE_LABELS[value])


def reason_label(value: DeclineReason) -> str:
    return packet_text(REASON_LABELS[value])


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """0 = Monday .. 6 = Sunday, in the person's language."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, form)


def first_weekday() -> int:
    """The first day of the week where the person lives (0 = Monday .. 6 = Sunday)."""
    return (QLocale().firstDayOfWeek().value - 1) % 7


# ----- dates and times ----------------------------------------------------------------


def day_text(day: date, today: date | None = None, *, in_sentence: bool = False) -> str:
    """ "Today", "Tomorrow", "Yesterday" (lower case ``in_sentence``), or "Tue 4 Mar"
    (with the year when it is not this year's)."""
    if today is not None:
        if day == today:
            return tr("today") if in_sentence else tr("Today")
        if day == today + timedelta(days=1):
            return tr("tomorrow") if in_sentence else tr("Tomorrow")
        if day == today - timedelta(days=1):
            return tr("yesterday") if in_sentence else tr("Yesterday")
    same_year = today is not None and day.year == today.year
    pattern = tr("ddd d MMM") if same_year else tr("ddd d MMM yyyy")
    return QLocale().toString(qdate(day), pattern)


def long_day_text(day: date) -> str:
    return QLocale().toString(qdate(day), tr("dddd d MMMM yyyy"))


def time_text(moment: datetime | time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def end_of(start: datetime, minutes: int) -> datetime:
    """The wall-clock end: across a clock change in this computer's time zone, or in
    the start's own offset for a session entered in another zone."""
    end = start + timedelta(minutes=minutes)
    return end.astimezone() if start.astimezone().utcoffset() == start.utcoffset() else end


def when_text(start: datetime, minutes: int, today: date | None = None) -> str:
    """ "Tue 4 Mar, 18:00-19:30" (or "Today, 18:00-19:30"), with an en dash."""
    end = end_of(start, minutes)
    span = f"{time_text(start)}{DASH}{time_text(end)}"
    if end.date() != start.date():
        span = f"{time_text(start)}{DASH}{day_text(end.date(), today)} {time_text(end)}"
    return tr("{day}, {times}").format(day=day_text(start.date(), today), times=span)


def hours_number(minutes: int) -> str:
    """Minutes as hours with at most one decimal: "4.5", "9"."""
    hours = round(minutes / 60, 1)
    loc = QLocale()
    return loc.toString(int(hours)) if hours.is_integer() else loc.toString(hours, "f", 1)


def provider_of(summary: SessionSummary) -> str:
    names = [n for n in (summary.provider_name, summary.provider_text) if n]
    return ", ".join(shown(n) for n in names)


# ----- errors -----------------------------------------------------------------------


def reason(error: BaseException) -> str:
    """A user error is one plain sentence already; anything else gets a kind word."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("sessions job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")


PLAIN = Qt.TextFormat.PlainText
