"""A folder of Markdown or text files (or one such file): one entry per file.

- The date: from the front matter (``date:`` or ``created:``, YAML read safely), then
  from the file name (``2024-03-10 ...`` or ``2024-03-10T21-15 ...``), then from the
  file's modification time. A date without a time zone is local time.
- The title: from the front matter, else the first line when it is a heading (that
  line then leaves the text), else the file name (without a date in front).
- Tags from ``tags:`` (a list, or words separated by commas); the flag from
  ``flag``, ``flagged``, ``starred`` or ``bring_to_therapy`` (true/false).

Subfolders are read too; hidden files and folders and links are not followed. A file
that cannot be read (a broken header, a binary file) is left out with one sentence,
and the others still import.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final

from app.exchange.importers import build, reading
from app.exchange.importers.model import ImportedEntry, ImportProblem, Tally
from app.platform.sentence import sentence

EXTENSIONS: Final = (".md", ".markdown", ".txt", ".text")
MAX_FILES: Final = 200_000
_FRONT_OPEN: Final = re.compile(r"\A---[ \t]*\n")
_FRONT_CLOSE: Final = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_NAME_DATE: Final = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T _-]?(\d{2})[-:.hH]?(\d{2})(?:[-:.]?(\d{2}))?)?(?!\d)"
)
_HEADING: Final = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$")
_FLAG_KEYS: Final = ("flag", "flagged", "starred", "bring_to_therapy")


def files_in(folder: Path, tally: Tally) -> list[Path]:
    found: list[Path] = []
    for path in _walk(folder, tally):
        found.append(path)
        if len(found) > MAX_FILES:
            raise ImportProblem(
                sentence(
                    "The folder {name} holds more than {max_files:,} files.",
                    name=folder.name,
                    max_files=MAX_FILES,
                )
            )
    return sorted(found)


def _walk(folder: Path, tally: Tally) -> Iterator[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError as error:
        raise ImportProblem(
            sentence(
                "The folder {name} could not be read ({reason}).",
                name=folder.name,
                reason=error.strerror or "unknown error",
            )
        ) from None
    for item in entries:
        if item.name.startswith("."):
            continue
        if item.is_symlink():
            if item.name.lower().endswith(EXTENSIONS):
                tally.skip("link", item.name)
            continue
        if item.is_dir(follow_symlinks=False):
            yield from _walk(Path(item.path), tally)
        elif item.is_file(follow_symlinks=False) and item.name.lower().endswith(EXTENSIONS):
            yield Path(item.path)


def looks_like(path: Path, depth: int = 0) -> bool:
    """A Markdown or text file, or a folder holding one (links are not followed)."""
    if path.is_file():
        return path.name.lower().endswith(EXTENSIONS)
    try:
        children = [p for p in path.iterdir() if not p.name.startswith(".") and not p.is_symlink()]
    except OSError:
        return False
    if any(p.is_file() and p.name.lower().endswith(EXTENSIONS) for p in children):
        return True
    return depth < 8 and any(p.is_dir() and looks_like(p, depth + 1) for p in children)


def read(source: Path, tally: Tally) -> list[ImportedEntry]:
    paths = [source] if source.is_file() else files_in(source, tally)
    if not paths:
        raise ImportProblem(
            sentence("The folder {name} has no Markdown or text files.", name=source.name)
        )
    root = source.parent if source.is_file() else source
    result: list[ImportedEntry] = []
    latin = 0
    local = 0
    first_problem: ImportProblem | None = None
    for path in paths:
        name = str(path.relative_to(root))
        try:
            made, was_latin, was_local = _file(path, name, tally)
        except ImportProblem as problem:
            first_problem = first_problem or problem
            tally.problems.append(sentence("{problem} That file is left out.", problem=problem))
            continue
        latin += was_latin
        local += was_local
        if made is not None:
            result.append(made)
    if first_problem is not None and len(tally.problems) == len(paths):
        raise first_problem  # the first file's own sentence
    if latin:
        tally.note(
            sentence("1 file was not UTF-8, so it was read as Western European (Latin-1) text.")
            if latin == 1
            else sentence(
                "{count:,} files were not UTF-8, so they were read as Western European "
                "(Latin-1) text.",
                count=latin,
            )
        )
    if local:
        tally.note(
            sentence(
                "1 file has a date without a time zone, taken as this computer's local time "
                "(12:00 when there is no time)."
            )
            if local == 1
            else sentence(
                "{count:,} files have dates without a time zone, taken as this computer's "
                "local time (12:00 when there is no time).",
                count=local,
            )
        )
    return result


def _file(path: Path, name: str, tally: Tally) -> tuple[ImportedEntry | None, bool, bool]:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > reading.MAX_TEXT_FILE_BYTES:
        tally.skip("too_big", name)
        return None, False, False
    data = reading.read_bytes(path, reading.MAX_TEXT_FILE_BYTES)
    text, latin = reading.decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front: dict[str, Any] = {}
    match = _FRONT_OPEN.match(text)
    if match:
        close = _FRONT_CLOSE.search(text, match.end())
        if close is not None:
            loaded = reading.load_yaml(text[match.end() : close.start()], name, first_line=2)
            if isinstance(loaded, dict):
                front = {str(k).casefold(): v for k, v in loaded.items()}
                text = text[close.end() :].lstrip("\n")
            elif loaded is not None:
                raise ImportProblem(
                    sentence(
                        "{name} has a header (front matter) that is not a list of fields.",
                        name=name,
                    )
                )
            else:
                text = text[close.end() :].lstrip("\n")
    created, was_local = _date(front, path, name)
    title = front.get("title")
    if isinstance(title, int | float | date) and not isinstance(title, bool):
        title = str(title)
    elif not isinstance(title, str):
        title = None
    if not title:
        first, _newline, rest = text.partition("\n")
        heading = _HEADING.match(first.strip())
        if heading:
            title, text = heading.group(1).strip(), rest.lstrip("\n")
        else:
            title = _title_from_name(path)
    tags = front.get("tags", front.get("tag", []))
    if isinstance(tags, str):
        tags = [t for t in tags.split(",") if t.strip()]
    elif not isinstance(tags, list):
        tags = [tags] if tags is not None else []
    flagged = any(front.get(key) is True for key in _FLAG_KEYS)
    made = build.entry(
        tally, name, created, title=title, body=text.rstrip("\n"), tags=tags, flagged=flagged
    )
    return made, latin, was_local and made is not None


def _date(front: dict[str, Any], path: Path, name: str) -> tuple[datetime | None, bool]:
    """The entry's moment and whether it was taken as local time for want of a zone."""
    value = front.get("date", front.get("created"))
    if value is not None:
        moment = _front_date(value)
        if moment is None:
            raise ImportProblem(
                sentence(
                    "{name} has a date in its header I can't read: {text!r}.",
                    name=name,
                    text=str(value)[:40],
                )
            )
        return _aware(moment)
    match = _NAME_DATE.match(path.name)
    if match:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        if match.group(4) is None:
            hour = 12
        try:
            return _aware(datetime(year, month, day, hour, minute, second))
        except ValueError:
            pass
    try:
        return build.from_timestamp(path.stat().st_mtime), False
    except OSError:
        return None, False


def _front_date(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(12, 0))
    if isinstance(value, str):
        text = value.strip()
        moment = build.parse_iso(text.replace(" ", "T", 1) if len(text) > 10 else text)
        if moment is not None:
            return moment
        try:
            return datetime.combine(date.fromisoformat(text[:10]), time(12, 0))
        except ValueError:
            return None
    return None


def _aware(moment: datetime) -> tuple[datetime | None, bool]:
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment, False
    if not build.in_range(moment):
        return moment, False  # counted as out of range by build.entry
    return build.local(moment), True


def _title_from_name(path: Path) -> str:
    stem = path.stem
    match = _NAME_DATE.match(stem)
    if match:
        stem = stem[match.end() :]
    stem = stem.strip(" _-.").replace("_", " ")
    return stem if " " in stem else stem.replace("-", " ")
