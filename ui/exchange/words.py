"""How the packet wizard puts things into words: its own sentences, the packet's fixed
words (through a translating :class:`app.exchange.wording.Wording`), days as the
person's locale writes them, and one calm sentence for each thing that can go wrong.

The packet's headings and labels are English message ids from app/ (section titles,
table headers, chart labels); they are translated here under the context ``Packet``,
so the renderers in app/ never call ``tr()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.exchange.wording import Wording
from ui.common import wording as common_wording
from ui.common.text import error_words
from ui.common.wording import packet_text

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("PacketWizard", text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date) -> str:
    """A day as the packet and the wizard write it ("3 June 2026" in English)."""
    return common_wording.long_day_text(day)


def weekday_text(day: date) -> str:
    """A day with its weekday ("Tuesday 3 June"), for "since my last session"."""
    return QLocale().toString(qdate(day), tr("dddd d MMMM"))


def window_wording() -> Wording:
    """The packet's fixed words translated and its days in the person's locale."""
    return common_wording.window_wording()


def section_title(title: str) -> str:
    return packet_text(title)


def period_text(start: date, end: date) -> str:
    return tr("{start} to {end}").format(start=day_text(start), end=day_text(end))


def reason(error: BaseException) -> str:
    """One calm sentence for something that went wrong (never the content)."""
    from app.exchange.output import OutputError
    from app.exchange.period import PeriodError

    if isinstance(error, (OutputError, PeriodError)):
        return error_words(error)
    if isinstance(error, MemoryError):
        return tr("There wasn't enough memory to make it; try fewer weeks or sections.")
    log.error("packet job failed: %s", type(error).__name__)
    return tr("Something went wrong on the way; nothing was written. Please try again.")


# The period choices, as the first step shows them.
def since_last_session(last: date | None, known: bool) -> str:
    if not known:
        return tr("Since my last &session")
    if last is None:
        return tr("Since my last &session (none noted yet, so the last two weeks)")
    return tr("Since my last &session ({day})").format(day=weekday_text(last))


# How each output is named, and what the save dialog offers.
# Each format: its button's words, what it is good for, and the save dialog's filter.
FormatWords = tuple[Callable[[], str], Callable[[], str], Callable[[], str]]
FORMAT_WORDS: dict[str, FormatWords] = {
    "pdf": (
        lambda: tr("A &PDF file"),
        lambda: tr("Best for reading and printing; it looks the same everywhere."),
        lambda: tr("PDF files (*.pdf)"),
    ),
    "html": (
        lambda: tr("A &web page"),
        lambda: tr("One file that opens in any web browser, charts included."),
        lambda: tr("Web pages (*.html)"),
    ),
    "md": (
        lambda: tr("&Markdown text"),
        lambda: tr("Plain text with simple marks, for a notes app or an email."),
        lambda: tr("Markdown files (*.md)"),
    ),
    "print": (
        lambda: tr("Send straight to a p&rinter"),
        lambda: tr("Nothing is saved on this computer."),
        lambda: "",
    ),
}
