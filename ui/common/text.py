"""Translating sentences that come from app/ (errors, strength hints)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.platform.sentence import Sentence, carried_sentence

log = logging.getLogger(__name__)


def app_text(sentence: str) -> str:
    """``sentence`` from the core, through the translator (context ``app``): a plain
    sentence as it is, a :class:`Sentence` by its template with its values put back
    (a value that is a sentence, or an error raised with one, translated too)."""
    if not isinstance(sentence, Sentence):
        return QCoreApplication.translate("app", sentence)
    translated = QCoreApplication.translate("app", sentence.template)
    values = {name: _value_text(value) for name, value in sentence.values.items()}
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation whose fields do not match the template's: the English is
        # better than nothing. Only the template is logged, never a value.
        log.warning("a translation of %r does not fit its values", sentence.template)
        return str(sentence)


def error_words(error: BaseException) -> str:
    """What ``error`` says, in the window's language."""
    carried = carried_sentence(error)
    return app_text(carried if carried is not None else str(error))


def _value_text(value: object) -> object:
    if isinstance(value, Sentence):
        return app_text(value)
    if isinstance(value, BaseException):  # a cause: its own sentence, translated
        return error_words(value)
    return value
