"""Crisis and support lines shown by "Get help now" (F1), loaded from a JSON file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.content import content_dir
from app.content.records import read_json, text_fields, versioned_records

FILE_NAME: Final = "crisis_lines.json"
FORMAT_VERSION: Final = 1

_FIELDS: Final = ("id", "name", "contact", "description", "region", "kind")
# Long enough for any real line's text; short enough to stay readable in the help panel.
_MAX_CHARS: Final = {"name": 80, "contact": 120, "description": 300, "region": 40}


@dataclass(frozen=True)
class CrisisLine:
    """One place to reach a person right now."""

    id: str
    name: str
    contact: str  # how to reach it, e.g. "Call or text 988"
    description: str  # one warm sentence saying who answers and when to reach out
    region: str  # where it can be reached, e.g. "US"
    kind: str  # what it helps with, e.g. "crisis", "substance-use"


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_crisis_lines(path: str | Path | None = None) -> list[CrisisLine]:
    """The crisis lines in ``path`` (default: the bundled file), in file order.

    Raises ContentError with a one-line message when the file is missing or invalid.
    """
    source = Path(path) if path is not None else default_path()
    data = read_json(source)
    return parse_crisis_lines(data, source.name)


def parse_crisis_lines(data: object, origin: str = FILE_NAME) -> list[CrisisLine]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages."""
    return versioned_records(
        data,
        origin,
        key="crisis_lines",
        version=FORMAT_VERSION,
        label="crisis line",
        parse=_parse_entry,
    )


def _parse_entry(entry: object, where: str) -> CrisisLine:
    values = text_fields(entry, _FIELDS, where, max_chars=_MAX_CHARS, slugs=("id", "kind"))
    return CrisisLine(**values)
