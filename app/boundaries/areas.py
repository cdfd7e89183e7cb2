"""Areas of life a boundary belongs to (time, money, privacy...), loaded from content.

``resources/content/boundary_areas.json`` holds a version and a list of areas, each
with an ``id`` (a slug, what boundaries store), a ``title`` and a one-line
``description``, both in every shipped language (``{"en": ..., "es": ...}``); a loaded
area holds them in ``content_language()``. A boundary whose area later leaves the
content still loads and can be saved again with it; ``resolve`` then shows it under a
plain "Other area".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from app.content import content_dir
from app.content.records import read_json, versioned_records
from app.content.words import Words, content_language, words_record

FILE_NAME: Final = "boundary_areas.json"
FORMAT_VERSION: Final = 1

_MAX_CHARS: Final = {"title": 60, "description": 200}
# What ``resolve`` shows for an area no longer in the content.
_OTHER_TITLE: Final = Words({"en": "Other area", "es": "Otra área"})
_OTHER_DESCRIPTION: Final = Words(
    {"en": "An area no longer in the list.", "es": "Un área que ya no está en la lista."}
)


@dataclass(frozen=True)
class BoundaryArea:
    id: str
    title: str  # in content_language() when loaded
    description: str


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_areas(path: str | Path | None = None) -> list[BoundaryArea]:
    """The areas in ``path`` (default: the bundled file), in file order, with their
    texts in ``content_language()``.

    Raises ContentError with a one-line message naming the file when it is missing or
    invalid (an area without an id or title, two areas with one id...).
    """
    source = Path(path) if path is not None else default_path()
    return parse_areas(read_json(source), source.name)


def parse_areas(
    data: object, origin: str = FILE_NAME, *, language: str | None = None
) -> list[BoundaryArea]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages. The
    texts are in ``language`` (default: ``content_language()``)."""
    shown = content_language() if language is None else language

    def area(item: object, where: str) -> BoundaryArea:
        area_id, texts = words_record(item, where, _MAX_CHARS)
        return BoundaryArea(area_id, texts["title"].text(shown), texts["description"].text(shown))

    return versioned_records(
        data,
        origin,
        key="boundary_areas",
        version=FORMAT_VERSION,
        label="boundary area",
        parse=area,
    )


def bundled_areas() -> tuple[BoundaryArea, ...]:
    """The bundled areas in ``content_language()``, read once per language."""
    return _bundled_areas(content_language())


@cache
def _bundled_areas(language: str) -> tuple[BoundaryArea, ...]:
    source = default_path()
    return tuple(parse_areas(read_json(source), source.name, language=language))


def known_ids(areas: Sequence[BoundaryArea] | None = None) -> frozenset[str]:
    return frozenset(area.id for area in (bundled_areas() if areas is None else areas))


def resolve(area_id: str, areas: Sequence[BoundaryArea] | None = None) -> BoundaryArea:
    """The area with ``area_id``, or a plain "Other area" when the content no longer has it."""
    for area in bundled_areas() if areas is None else areas:
        if area.id == area_id:
            return area
    return BoundaryArea(area_id, _OTHER_TITLE.shown(), _OTHER_DESCRIPTION.shown())
