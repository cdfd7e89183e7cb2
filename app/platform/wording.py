"""How words a module writes for the reader come out: translated in the window, English
on the command line (scripts and therapists' tools read it as it is).

A module's packet hook gets a :class:`Wording` and writes its sentences with
``wording.say("{n} attended, {missed} missed.", n=..., missed=...)`` and its days with
``wording.day(day)``, so ``app/`` stays free of Qt while the window's packet reads in
the person's language and dates. Titles, table headers and chart labels stay English
message ids, marked with :func:`message`, and are translated when laid out.

``tools/translations.py`` finds these texts for the catalogue (context ``Packet``): a
literal given to ``message(...)``, ``wording.say(...)`` or ``wording.translate(...)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def message(text: str) -> str:
    """Marks ``text`` as an English message id translated when the packet is laid out
    (a title, a table header, a chart label); returns it unchanged."""
    return text


def _same(text: str) -> str:
    return text


def iso_day(day: date) -> str:
    return day.isoformat()


def plain_number(value: float, decimals: int = 0) -> str:
    return f"{value:.{decimals}f}"


MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_long_day(day: date) -> str:
    """ "3 March 2026": the long day English sentences use."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def english_month(day: date) -> str:
    """ "March 2026"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Wording:
    # An English message id in, the words to print out ("Check-ins" -> "Check-ins").
    translate: Callable[[str], str] = field(default=_same)
    # A day as the reader's locale writes it (the command line uses ISO dates).
    day: Callable[[date], str] = field(default=iso_day)
    # A number with this many decimals, as the reader's locale writes it ("2.5", "2,5").
    number: Callable[[float, int], str] = field(default=plain_number)
    # A day inside a sentence ("3 March 2026"; "3 de marzo de 2026").
    long_day: Callable[[date], str] = field(default=english_long_day)
    # A month and its year ("March 2026"; "marzo de 2026").
    month: Callable[[date], str] = field(default=english_month)

    def say(self, message_id: str, **fields: Any) -> str:
        """``message_id`` translated, its ``{fields}`` filled in."""
        return self.translate(message_id).format(**fields)

    def period(self, start: date, end: date) -> str:
        return self.say(message("{start} to {end}"), start=self.day(start), end=self.day(end))

    def made(self, made: date) -> str:
        return self.say(message("Made on {day}"), day=self.day(made))

    def page(self, number: int, total: int) -> str:
        return self.say(message("Page {number} of {total}"), number=number, total=total)


ENGLISH = Wording()
