"""The window's :class:`~app.platform.wording.Wording`: the words ``app/`` writes for the
reader (the packet's sentences, a chart's summary in words) translated in the context
``Packet``, and days, months and numbers as the person's locale writes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.platform.wording import Wording


def tr(text: str) -> str:
    return QCoreApplication.translate("Wording", text)


def packet_text(message_id: str) -> str:
    """An English message id from ``app/`` (a sentence, a title, a header) translated."""
    return QCoreApplication.translate("Packet", message_id)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_day_text(day: date) -> str:
    """A day inside a sentence ("3 March 2026"; "3 de marzo de 2026")."""
    return str(QLocale().toString(_qdate(day), tr("d MMMM yyyy")))


def month_text(day: date) -> str:
    """A month and its year ("March 2026"; "marzo de 2026")."""
    return str(QLocale().toString(_qdate(day), tr("MMMM yyyy")))


def number_text(value: float, decimals: int = 0) -> str:
    """A number as the person's locale writes it ("2.5", "2,5")."""
    return str(QLocale().toString(float(value), "f", decimals))


def window_wording() -> Wording:
    """Words from ``app/`` in the window's language, days and numbers in its locale."""
    return Wording(
        translate=packet_text,
        day=long_day_text,
        number=number_text,
        long_day=long_day_text,
        month=month_text,
    )
