"""One steady line of encouragement a day, from ``resources/content/encouragement.json``.

File format (version 1)::

    {"version": 1,
     "lines": [{"id": "...", "text": "..."}, ...]}

Ids are lowercase slugs, unique; each text is one line of at most MAX_TEXT_CHARS
characters. Adding a line needs no code. The words are warm and plain: they never
promise an outcome, never blame anyone and use no clinical terms.

Qt-free (it runs on the database worker with the rest of Today's loading); it follows
the conventions of the loaders in ``app/content``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from app.content import ContentError, content_dir
from app.content.records import read_json, text_fields

FILE_NAME: Final = "encouragement.json"
FORMAT_VERSION: Final = 1
MAX_TEXT_CHARS: Final = 120

_FIELDS: Final = ("id", "text")
_MAX_CHARS: Final = {"id": 64, "text": MAX_TEXT_CHARS}


@dataclass(frozen=True)
class Encouragement:
    id: str
    text: str  # English; the page passes it through the translator


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_encouragement(path: str | Path | None = None) -> list[Encouragement]:
    """The lines in file order. Raises ContentError (one line) when the file is invalid.

    The bundled file is read once per process; a given ``path`` is read every time.
    """
    if path is None:
        return list(_load_default())
    source = Path(path)
    return parse_encouragement(read_json(source), source.name)


@functools.cache
def _load_default() -> tuple[Encouragement, ...]:
    source = default_path()
    return tuple(parse_encouragement(read_json(source), source.name))


def parse_encouragement(data: object, origin: str = FILE_NAME) -> list[Encouragement]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages."""
    if not isinstance(data, dict):
        raise ContentError(f"{origin}: the top level must be a JSON object")
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise ContentError(f"{origin}: 'version' must be {FORMAT_VERSION}, not {version!r}")
    unknown = sorted(set(data) - {"version", "lines"})
    if unknown:
        raise ContentError(f"{origin}: unknown top-level key {unknown[0]!r}")
    items = data.get("lines")
    if not isinstance(items, list) or not items:
        raise ContentError(f"{origin}: 'lines' must be a non-empty list")
    lines: list[Encouragement] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"{origin}: line {number}"
        line = Encouragement(**text_fields(item, _FIELDS, where, max_chars=_MAX_CHARS))
        if line.id in seen:
            raise ContentError(f"{where}: duplicate id {line.id!r}")
        seen.add(line.id)
        lines.append(line)
    return lines


def line_of_the_day(day: date, lines: Sequence[Encouragement] | None = None) -> Encouragement:
    """The same line all day long; the next day brings the next one in the file."""
    chosen = load_encouragement() if lines is None else lines
    if not chosen:
        raise ContentError("there is no encouragement to choose from")
    return chosen[day.toordinal() % len(chosen)]
