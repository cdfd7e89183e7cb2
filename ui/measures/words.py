"""How the questionnaires read in the window: dates, scores with their band, errors.

The questionnaires' own texts come from the content files in the person's language
(``app.measures.content.Words``); everything else goes through ``tr``.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.content.words import content_language
from app.measures.content import Measure, Words
from ui.common.text import error_words

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Measures", text)


def language() -> str:
    """The content language shown (the window's language, when the files have it)."""
    return content_language()


def say(words: Words) -> str:
    """A content text in the language shown."""
    return words.get(language())


def day_text(day: date, today: date | None = None) -> str:
    """ "Tue 4 Mar" this year, "Tue 4 Mar 2025" before."""
    same_year = today is not None and day.year == today.year
    fmt = tr("ddd d MMM") if same_year else tr("ddd d MMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def score_text(measure: Measure, score: int) -> str:
    """ "9 of 27, mild" """
    band = measure.band_for(score)
    return tr("{score} of {top}, {band}").format(
        score=score, top=measure.max_score, band=say(band.label).lower()
    )


def answered_text(answered: int, total: int) -> str:
    return tr("{n} of {total} answered").format(n=answered, total=total)


def reason(error: BaseException) -> str:
    """A user error is one plain sentence already; anything else gets a kind word."""
    from app.content import ContentError
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    if isinstance(error, ContentError):
        log.error("questionnaire content could not be read: %s", type(error).__name__)
        return tr("The questionnaire texts couldn't be read. Reinstalling Mooring may help.")
    log.error("measures job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")
