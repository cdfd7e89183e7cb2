"""Areas of life a boundary belongs to (time, money, privacy...), loaded from content.

``resources/content/boundary_areas.json`` holds a version and a list of areas, each
with an ``id`` (a slug, what boundaries store), a ``title`` and a one-line
``description``. A boundary whose area later leaves the content still loads and can be
saved again with it; ``resolve`` then shows it under a plain "Other area".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from app.content import content_dir
from app.content.records import read_json, text_fields, versioned_records

FILE_NAME: Final = "boundary_areas.json"
FORMAT_VERSION: Final = 1

_FIELDS: Final = ("id", "title", "description")
_MAX_CHARS: Final = {"id": 64, "title": 60, "description": 200}


@dataclass(frozen=True)
class BoundaryArea:
    id: str
    title: str  # English; the UI may translate it
    description: str


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_areas(path: str | Path | None = None) -> list[BoundaryArea]:
    """The areas in ``path`` (default: the bundled file), in file order.

    Raises ContentError with a one-line message naming the file when it is missing or
    invalid (an area without an id or title, two areas with one id...).
    """
    source = Path(path) if path is not None else default_path()
    return parse_areas(read_json(source), source.name)


def parse_areas(data: object, origin: str = FILE_NAME) -> list[BoundaryArea]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages."""
    return versioned_records(
        data,
        origin,
        key="boundary_areas",
        version=FORMAT_VERSION,
        label="boundary area",
        parse=lambda item, where: BoundaryArea(
            **text_fields(item, _FIELDS, where, max_chars=_MAX_CHARS)
        ),
    )


@cache
def bundled_areas() -> tuple[BoundaryArea, ...]:
    """The bundled areas, read once."""
    return tuple(load_areas())


def known_ids(areas: Sequence[BoundaryArea] | None = None) -> frozenset[str]:
    return frozenset(area.id for area in (bundled_areas() if areas is None else areas))


def resolve(area_id: str, areas: Sequence[BoundaryArea] | None = None) -> BoundaryArea:
    """The area with ``area_id``, or a plain "Other area" when the content no longer has it."""
    for area in bundled_areas() if areas is None else areas:
        if area.id == area_id:
            return area
    return BoundaryArea(area_id, "Other area", "An area no longer in the list.")
