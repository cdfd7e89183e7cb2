"""How journal data is shown: local dates, fallback titles, word counts, snippets."""

from __future__ import annotations

import html
import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.journal.display import isolated
from app.journal.model import HIGHLIGHT_END, HIGHLIGHT_START

_WORDS = re.compile(r"\S+")
_MARKDOWN_NOISE = re.compile(r"[#>*_`~\[\]()!|-]+")
_TITLE_WORDS = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("Journal", text)


def local(moment: datetime) -> datetime:
    """The wall-clock time ``moment`` was written at, in the offset it carries.

    An entry written at 23:30 reads 23:30 later, also after a daylight-saving change
    or a trip; its calendar day is the day the core files it under, too.
    """
    return moment if moment.tzinfo is not None else moment.astimezone()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date) -> str:
    """A date as people read it here, e.g. "Tue 3 Jun 2025" (localised names)."""
    return QLocale().toString(qdate(day), "ddd d MMM yyyy")


def long_day_text(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def time_text(moment: datetime) -> str:
    moment = local(moment)
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def when_text(moment: datetime) -> str:
    """Local date and time of ``moment``, for the list and the editor."""
    moment = local(moment)
    return f"{day_text(moment.date())}, {time_text(moment)}"


def first_words(text: str, count: int = _TITLE_WORDS) -> str:
    """The first few words of ``text`` without Markdown marks, for untitled entries."""
    from app.journal.naming import first_words as words

    return words(text, count)


def display_title(title: str, preview: str) -> str:
    """The title, else the first words, else a gentle placeholder: the one rule of
    ``app.journal.naming.entry_name`` (the list, search results and the CLI agree).

    Direction controls in it are isolated (``app.journal.display.isolated``) so they
    can't reorder the rest of the row.
    """
    from app.journal.naming import entry_name

    return isolated(entry_name(title, preview, tr("Untitled entry")))


def word_count(text: str) -> int:
    return len(text.split())


def tags_text(tags: tuple[str, ...] | list[str]) -> str:
    """Tags for one line of text (newlines inside a tag shown as spaces).

    Also what the editor's tag field is filled with, so nothing is added to them here;
    to show tags next to other text, use ``shown_tags``.
    """
    return ", ".join(" ".join(tag.split()) for tag in tags)


def shown_tags(tags: tuple[str, ...] | list[str]) -> str:
    """Tags to show in a row: as ``tags_text``, each tag's direction controls isolated."""
    return ", ".join(isolated(" ".join(tag.split())) for tag in tags)


def parse_tags(text: str) -> tuple[tuple[str, ...], list[str]]:
    """Comma-separated tags, tidied, first spelling of each kept; and the refused ones.

    A tag the journal would refuse (too long) is left out and returned as the second
    value, so one bad tag never stops the words from being saved.
    """
    from app.journal.errors import InvalidTag
    from app.journal.text import clean_tag, split_tags

    seen: set[str] = set()
    tags: list[str] = []
    refused: list[str] = []
    for part in split_tags(text):
        try:
            tag = clean_tag(part)
        except InvalidTag:
            refused.append(part.strip())
            continue
        key = tag.casefold()
        if key not in seen:
            seen.add(key)
            tags.append(tag)
    return tuple(tags), refused


def snippet_html(snippet: str) -> str:
    """A search snippet as safe HTML: the text escaped, then the matches in bold."""
    escaped = html.escape(isolated(snippet), quote=True)
    escaped = escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")
    # Unbalanced markers must not leave a tag open into the rest of the row.
    if escaped.count("<b>") > escaped.count("</b>"):
        escaped += "</b>"
    return " ".join(escaped.split())


def plain_snippet(snippet: str) -> str:
    """The snippet without highlight marks, for screen readers and tooltips."""
    return isolated(
        " ".join(snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").split())
    )
