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
from app.content.records import read_json, text_fields, versioned_records

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
    return versioned_records(
        data,
        origin,
        key="lines",
        version=FORMAT_VERSION,
        label="line",
        parse=lambda item, where: Encouragement(
            **text_fields(item, _FIELDS, where, max_chars=_MAX_CHARS)
        ),
    )


def line_of_the_day(day: date, lines: Sequence[Encouragement] | None = None) -> Encouragement:
    """The same line all day long; the next day brings the next one in the file."""
    chosen = load_encouragement() if lines is None else lines
    if not chosen:
        raise ContentError("there is no encouragement to choose from")
    return chosen[day.toordinal() % len(chosen)]
