"""Reminder wording. Reminders themselves are the window's job; nothing is stored for them.

A reminder may show on a lock screen or a shared desktop, so it never carries anything
about the session: not its kind, time, provider or notes.
"""

from __future__ import annotations

from typing import Final

REMINDER: Final = "Mooring: a reminder"
DISCREET_REMINDER: Final = "A reminder"


def reminder_text(discreet: bool) -> str:
    """The whole text of a session reminder ("A reminder" in discreet mode)."""
    return DISCREET_REMINDER if discreet else REMINDER
