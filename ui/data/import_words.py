"""What an import found, in the window's words: the summary of a plan (another
journal's entries) or of a Mooring export, line by line.

``app/`` says the same in English for the command line (``ImportPlan.summary()``,
``ImportSummary.lines()``); here every line is translated, with plurals, and days as
the person's locale writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.common.text import app_text
from ui.common.wording import long_day_text, number_text

if TYPE_CHECKING:
    from app.exchange.import_mooring import ImportSummary
    from app.exchange.importers import ImportPlan
    from app.exchange.importers.model import Skipped

TAGS_SHOWN = 12


def tr(text: str) -> str:
    return QCoreApplication.translate("DataImport", text)


def plural(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many`` with ``%Ln`` as the number."""
    if n == 1:
        return QCoreApplication.translate("DataImport", one)
    return QCoreApplication.translate("DataImport", many, None, n)


def _format_name(format_id: str) -> str:
    names: dict[str, Callable[[], str]] = {
        "jrnl": lambda: tr("a jrnl export"),
        "dayone": lambda: tr("a Day One export"),
        "rednotebook": lambda: tr("a RedNotebook data folder"),
        "markdown": lambda: tr("a folder of Markdown or text files"),
    }
    return names[format_id]() if format_id in names else format_id


def _part_title(module_id: str, english: str) -> str:
    titles: dict[str, Callable[[], str]] = {
        "journal": lambda: tr("Journal"),
        "checkins": lambda: tr("Check-ins"),
        "measures": lambda: tr("Questionnaires"),
        "sessions": lambda: tr("Sessions"),
        "exercises": lambda: tr("Exercises"),
        "boundaries": lambda: tr("Boundaries"),
        "invitations": lambda: tr("Inviting my partner"),
        "reflection": lambda: tr("Reflection"),
        "safety": lambda: tr("Safety"),
    }
    return titles[module_id]() if module_id in titles else english


def _left_out(kind: str, n: int) -> str | None:
    """How ``n`` things of a kind left out are said (the kinds of ``SKIP_WORDS``)."""
    match kind:
        case "photo":
            return plural(
                n,
                "1 photo or other attachment left out",
                "%Ln photos and other attachments left out",
            )
        case "empty":
            return plural(
                n,
                "1 entry without text skipped: Mooring keeps no empty entries",
                "%Ln entries without text skipped: Mooring keeps no empty entries",
            )
        case "no_date":
            return plural(
                n, "1 entry had no date I could read", "%Ln entries had no date I could read"
            )
        case "out_of_range":
            return plural(
                n,
                "1 entry dated outside 1900 to 2100 left out",
                "%Ln entries dated outside 1900 to 2100 left out",
            )
        case "not_entry":
            return plural(n, "1 item was not an entry", "%Ln items were not entries")
        case "too_long":
            return plural(n, "1 entry was too long to store", "%Ln entries were too long to store")
        case "repeated":
            return plural(
                n,
                "1 entry appeared twice in the source; the copy was left out",
                "%Ln entries appeared twice in the source; the copies were left out",
            )
        case "bad_tag":
            return plural(
                n,
                "1 tag could not be stored and was left out",
                "%Ln tags could not be stored and were left out",
            )
        case "extra_tags":
            return plural(
                n,
                "1 tag beyond 100 on one entry left out",
                "%Ln tags beyond 100 on one entry left out",
            )
        case "unsafe_name":
            return plural(
                n,
                "1 item in the zip with an unsafe name ignored",
                "%Ln items in the zip with unsafe names ignored",
            )
        case "bad_file":
            return plural(n, "1 file could not be read", "%Ln files could not be read")
        case "too_big":
            return plural(n, "1 file was too large to read", "%Ln files were too large to read")
        case "link":
            return plural(
                n,
                "1 link to another place was not followed",
                "%Ln links to other places were not followed",
            )
        case "long_title":
            return plural(
                n, "1 title was cut to 300 characters", "%Ln titles were cut to 300 characters"
            )
    return None


def _skipped_line(skipped: Skipped) -> str:
    line = _left_out(skipped.kind, skipped.count)
    if line is None:  # a kind this window does not know: the core's English
        return app_text(skipped.text)
    if not skipped.where:
        return tr("{what}.").format(what=line)
    where = app_text(skipped.where)
    if skipped.count == 1:
        return tr("{what} ({where}).").format(what=line, where=where)
    return tr("{what} (the first: {where}).").format(what=line, where=where)


def plan_lines(plan: ImportPlan) -> list[str]:
    """Another journal's plan: where from, how many and which days, what is already
    here, its tags, then what was left out and why."""
    lines = [
        tr("From {what}: {name}.").format(what=_format_name(plan.format), name=plan.source.name)
    ]
    first, last = plan.first_day, plan.last_day
    if plan.entries and first is not None and last is not None:
        count = len(plan.entries)
        if first == last:
            days = long_day_text(first)
        else:
            days = tr("{first} to {last}").format(
                first=long_day_text(first), last=long_day_text(last)
            )
        lines.append(
            plural(count, "1 entry to add, {days}.", "%Ln entries to add, {days}.").format(
                days=days
            )
        )
    else:
        lines.append(tr("No new entries to add."))
    if plan.duplicates:
        lines.append(
            plural(
                plan.duplicates,
                "1 entry is already in your journal and will not be added again.",
                "%Ln entries are already in your journal and will not be added again.",
            )
        )
    tags = plan.tags()
    if tags:
        named = ", ".join(tag for tag, _ in tags[:TAGS_SHOWN])
        if len(tags) > TAGS_SHOWN:
            more = len(tags) - TAGS_SHOWN
            lines.append(
                plural(more, "Tags: {named} and 1 more.", "Tags: {named} and %Ln more.").format(
                    named=named
                )
            )
        else:
            lines.append(tr("Tags: {named}.").format(named=named))
    lines.extend(app_text(problem) for problem in plan.problems)
    lines.extend(_skipped_line(skipped) for skipped in plan.skipped)
    lines.extend(app_text(note) for note in plan.notes)
    return lines


def summary_lines(summary: ImportSummary) -> list[str]:
    """A Mooring export's summary: how many items and which days, then each part."""
    total = summary.in_file
    first, last = summary.first_day, summary.last_day
    if first is not None and last is not None:
        head = plural(
            total,
            "1 item in {name}, from {first} to {last}.",
            "%Ln items in {name}, from {first} to {last}.",
        ).format(name=summary.path.name, first=long_day_text(first), last=long_day_text(last))
    else:
        head = plural(total, "1 item in {name}.", "%Ln items in {name}.").format(
            name=summary.path.name
        )
    lines = [head]
    for part in summary.modules:
        if not part.in_file:
            continue  # a part with nothing in the file has nothing to say
        values = {
            "part": _part_title(part.id, part.title),
            "found": number_text(part.in_file),
            "added": number_text(part.added),
            "here": number_text(part.skipped),
        }
        if part.note:
            line = tr("{part}: {found} in the file, {added} to add. {note}").format(
                note=app_text(part.note), **values
            )
        elif part.skipped:
            line = tr("{part}: {found} in the file, {added} to add, {here} already here.").format(
                **values
            )
        else:
            line = tr("{part}: {found} in the file, {added} to add.").format(**values)
        lines.append(line)
    return lines
