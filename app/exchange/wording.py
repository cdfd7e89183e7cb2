"""How a packet's fixed words and dates are written out: translated in the window,
English on the command line (scripts and therapists' tools read it as it is).

Renderers take a :class:`Wording` rather than calling ``tr()`` themselves, so
``app/`` stays free of Qt and the same renderer serves both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


def _same(text: str) -> str:
    return text


def iso_day(day: date) -> str:
    return day.isoformat()


@dataclass(frozen=True)
class Wording:
    # An English message id in, the words to print out ("Check-ins" -> "Check-ins").
    translate: Callable[[str], str] = field(default=_same)
    # A day as the reader's locale writes it (the command line uses ISO dates).
    day: Callable[[date], str] = field(default=iso_day)

    def period(self, start: date, end: date) -> str:
        return self.translate("{start} to {end}").format(start=self.day(start), end=self.day(end))

    def made(self, made: date) -> str:
        return self.translate("Made on {day}").format(day=self.day(made))

    def page(self, number: int, total: int) -> str:
        return self.translate("Page {number} of {total}").format(number=number, total=total)


ENGLISH = Wording()

# The packet's own headings (section titles come from the modules).
TITLE = "Notes for my therapist"
SUMMARY_TITLE = "Summary"
NOTHING = "Nothing was recorded in this period."
