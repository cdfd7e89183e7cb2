"""Reflection errors: ``str(error)`` is one plain sentence that never repeats what the
person wrote."""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class ReflectionError(UserError):
    """Base class for every failure the reflection module reports to a person."""


class InvalidReflection(ReflectionError, InvalidValue):
    """A value a reflection, the values page or a monthly check-in cannot hold.
    Nothing was written."""


class NotFound(ReflectionError):
    """The reflection or monthly check-in no longer exists."""
