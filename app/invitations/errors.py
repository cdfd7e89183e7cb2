"""Invitation planner errors: ``str(error)`` is always one plain sentence.

No message repeats what the person wrote; each names only what to change.
"""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class InvitationsError(UserError):
    """Base class for every failure the invitation planner reports to a person."""


class InvalidInvitation(InvitationsError, InvalidValue):
    """A value a plan, an attempt or the spacing setting cannot hold. Nothing was written."""


class NotFound(InvitationsError):
    """The plan or attempt no longer exists (a plan in the trash counts as gone, except
    for reading it, saving it, restoring and purging)."""
