"""One steady line of encouragement a day, from ``resources/content/encouragement.json``.

File format (version 1)::

    {"version": 1,
     "lines": [{"id": "...", "text": {"en": "...", "es": "..."}}, ...]}

Ids are lowercase slugs, unique; each text is one line of at most MAX_TEXT_CHARS
characters in every shipped language (``app.content.words``); a loaded line holds it
in ``content_language()``. Adding a line needs no code. The words are warm and plain:
they never promise an outcome, never blame anyone and use no clinical terms.

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
from app.content.records import read_json, versioned_records
from app.content.words import content_language, words_record

FILE_NAME: Final = "encouragement.json"
FORMAT_VERSION: Final = 1
MAX_TEXT_CHARS: Final = 120

_MAX_CHARS: Final = {"text": MAX_TEXT_CHARS}


@dataclass(frozen=True)
class Encouragement:
    id: str
    text: str  # in content_language() when loaded


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_encouragement(path: str | Path | None = None) -> list[Encouragement]:
    """The lines in file order, in ``content_language()``. Raises ContentError (one
    line) when the file is invalid.

    The bundled file is read once per process and language; a given ``path`` is read
    every time.
    """
    if path is None:
        return list(_load_default(content_language()))
    source = Path(path)
    return parse_encouragement(read_json(source), source.name)


@functools.cache
def _load_default(language: str) -> tuple[Encouragement, ...]:
    source = default_path()
    return tuple(parse_encouragement(read_json(source), source.name, language=language))


def parse_encouragement(
    data: object, origin: str = FILE_NAME, *, language: str | None = None
) -> list[Encouragement]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages. The
    texts are in ``language`` (default: ``content_language()``)."""
    shown = content_language() if language is None else language

    def line(item: object, where: str) -> Encouragement:
        line_id, texts = words_record(item, where, _MAX_CHARS)
        return Encouragement(line_id, texts["text"].text(shown))

    return versioned_records(
        data, origin, key="lines", version=FORMAT_VERSION, label="line", parse=line
    )


def line_of_the_day(day: date, lines: Sequence[Encouragement] | None = None) -> Encouragement:
    """The same line all day long; the next day brings the next one in the file."""
    chosen = load_encouragement() if lines is None else lines
    if not chosen:
        raise ContentError("there is no encouragement to choose from")
    return chosen[day.toordinal() % len(chosen)]
