"""Measures errors: ``str(error)`` is always one plain sentence a person can read."""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class MeasuresError(UserError):
    """Base class for every failure the measures module reports to a person."""


class InvalidAnswer(MeasuresError, InvalidValue):
    """An answer, question or date a questionnaire cannot hold. Nothing was written."""


class NotFound(MeasuresError):
    """The questionnaire no longer exists."""
