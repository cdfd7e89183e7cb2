"""A RedNotebook data folder: one YAML file a month, ``YYYY-MM.txt``.

A month file maps the day of the month to that day: ``{4: {text: "...", Tags:
{work: null}, Ideas: {"call the sponsor": null}}}``. Each day with something in it
becomes one entry at 12:00 local time (RedNotebook keeps days, not times). The
"Tags" category gives tags; another category becomes a tag of its name, and its
items are added under the day's text as a list ("- Ideas: call the sponsor"), so no
word is lost.

A month file that cannot be read (a YAML syntax error in the middle, say) is left out
whole with one sentence naming the file and the line; the other months still import,
and the plan says so before anything is written. When no month can be read, the
import is refused with the first such sentence.
"""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from typing import Any, Final

from app.exchange.importers import build, reading
from app.exchange.importers.model import ImportedEntry, ImportProblem, Tally
from app.platform.sentence import sentence

MONTH_FILE: Final = re.compile(r"^(\d{4})-(\d{2})\.txt$")
MAX_MONTH_FILES: Final = 12 * 300
NOON: Final = time(12, 0)


def month_files(folder: Path) -> list[tuple[Path, int, int]]:
    found = []
    try:
        children = sorted(folder.iterdir())
    except OSError as error:
        raise ImportProblem(
            sentence(
                "The folder {name} could not be read ({reason}).",
                name=folder.name,
                reason=error.strerror or "unknown error",
            )
        ) from None
    for child in children:
        match = MONTH_FILE.match(child.name)
        if match and child.is_file() and not child.is_symlink():
            found.append((child, int(match.group(1)), int(match.group(2))))
            if len(found) > MAX_MONTH_FILES:
                raise ImportProblem(
                    sentence("The folder {name} holds too many month files.", name=folder.name)
                )
    return found


def looks_like(folder: Path) -> bool:
    return folder.is_dir() and bool(month_files(folder))


def read(folder: Path, tally: Tally) -> list[ImportedEntry]:
    months = month_files(folder)
    if not months:
        raise ImportProblem(
            sentence(
                "The folder {name} has no RedNotebook month files (named like 2024-03.txt).",
                name=folder.name,
            )
        )
    result: list[ImportedEntry] = []
    read_any = False
    first_problem: str | None = None
    for path, year, month in months:
        try:
            days = _month(path)
        except ImportProblem as problem:
            first_problem = first_problem or str(problem)
            tally.problems.append(
                f"{problem} That month is left out; the other months can still be imported."
            )
            continue
        read_any = True
        for day_number, content in days:
            where = sentence("{name}, day {day_number}", name=path.name, day_number=day_number)
            try:
                day = date(year, month, day_number)
            except ValueError:
                tally.skip("no_date", where)
                continue
            made = _entry(tally, where, day, content)
            if made is not None:
                result.append(made)
    if not read_any:
        raise ImportProblem(first_problem or f"No month in {folder.name} could be read.")
    tally.note(
        sentence("RedNotebook keeps days, not times: each day's entry is set at 12:00 local time.")
    )
    return result


def _month(path: Path) -> list[tuple[int, Any]]:
    if path.stat().st_size > reading.MAX_TEXT_FILE_BYTES:
        raise ImportProblem(
            sentence("{name} is too large to be a RedNotebook month.", name=path.name)
        )
    text, _latin = reading.decode_text(
        reading.read_bytes(path, reading.MAX_TEXT_FILE_BYTES), path.name
    )
    document = reading.load_yaml(text, path.name)
    if document is None:
        return []
    if not isinstance(document, dict):
        raise ImportProblem(
            sentence("{name} is not a RedNotebook month: it is not a list of days.", name=path.name)
        )
    days = []
    for key, content in document.items():
        if isinstance(key, bool) or not isinstance(key, int):
            raise ImportProblem(
                sentence(
                    "{name} is not a RedNotebook month: {text!r} is not a day of the month.",
                    name=path.name,
                    text=str(key)[:40],
                )
            )
        days.append((key, content))
    return sorted(days, key=lambda pair: pair[0])


def _entry(tally: Tally, where: str, day: date, content: Any) -> ImportedEntry | None:
    if isinstance(content, str):
        content = {"text": content}
    if not isinstance(content, dict):
        tally.skip("not_entry", where)
        return None
    text = content.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        if not _is_scalar(text):
            tally.skip("not_entry", where)
            return None
        text = str(text)
    tags: list[Any] = []
    items: list[str] = []
    for category, entries in content.items():
        if category == "text":
            continue
        names = _names(entries)
        if str(category).strip().casefold() == "tags":
            tags.extend(names)
            continue
        tags.append(str(category))
        items.extend(f"- {category}: {name}" for name in names)
    body = text.strip("\n")
    if items:
        body = (body + "\n\n" if body else "") + "\n".join(items)
    return build.entry(tally, where, build.day_at(day, NOON), body=body, tags=tags)


def _names(entries: Any) -> list[str]:
    """A category's items: its keys (RedNotebook's shape) or list items, plain values
    only (a nested structure is not an item)."""
    if isinstance(entries, dict | list):
        return [_scalar(name) for name in entries if _is_scalar(name)]
    return [_scalar(entries)] if _is_scalar(entries) else []


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | date) and not isinstance(value, bool)


def _scalar(value: Any) -> str:
    return str(value)
