"""The reflection module's content: reasons, impacts, options and check-in questions.

Each kind is one file under ``resources/content/reflection/`` shaped
``{"version": 1, "items": [{"id": ..., "title": {"en": ...}, "hint": {"en": ...}}]}``.
Every item must carry every language in ``SHIPPED_LANGUAGES``; a missing language, id
or field is refused with one line naming the file (``ContentError``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final, Literal

from app.content import ContentError, content_dir
from app.content.records import SLUG, read_json, versioned_records

SHIPPED_LANGUAGES: Final = ("en",)
FORMAT_VERSION: Final = 1
FOLDER: Final = "reflection"
Kind = Literal["reasons", "impacts", "options", "checkin"]
KINDS: Final[tuple[Kind, ...]] = ("reasons", "impacts", "options", "checkin")
# The check-in question whose low answer offers the safety page.
SAFETY_QUESTION: Final = "feeling-safe"
_MAX_CHARS: Final = {"title": 80, "hint": 240}


@dataclass(frozen=True)
class Item:
    id: str
    title: Mapping[str, str]  # language -> text
    hint: Mapping[str, str]

    def title_in(self, language: str = "en") -> str:
        return self.title.get(language) or self.title["en"]

    def hint_in(self, language: str = "en") -> str:
        return self.hint.get(language) or self.hint["en"]


@dataclass(frozen=True)
class Content:
    reasons: tuple[Item, ...]
    impacts: tuple[Item, ...]
    options: tuple[Item, ...]
    checkin: tuple[Item, ...]

    def ids(self, kind: Kind) -> frozenset[str]:
        return frozenset(item.id for item in getattr(self, kind))


def path_of(kind: Kind, folder: Path | None = None) -> Path:
    return (folder or content_dir() / FOLDER) / f"{kind}.json"


def _languages(value: object, where: str, name: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ContentError(f"{where}: {name!r} must be an object of languages")
    for language in SHIPPED_LANGUAGES:
        if language not in value:
            raise ContentError(f"{where}: {name!r} has no {language!r} text")
    texts: dict[str, str] = {}
    for language, text in value.items():
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            raise ContentError(f"{where}: {name!r} in {language!r} must be non-empty text")
        if "\n" in text or len(text) > _MAX_CHARS[name]:
            raise ContentError(f"{where}: {name!r} in {language!r} is too long or not one line")
        texts[str(language)] = text
    return texts


def _item(value: object, where: str) -> Item:
    if not isinstance(value, dict):
        raise ContentError(f"{where}: must be a JSON object")
    for name in ("id", "title", "hint"):
        if name not in value:
            raise ContentError(f"{where}: missing {name!r}")
    unknown = sorted(set(value) - {"id", "title", "hint"})
    if unknown:
        raise ContentError(f"{where}: unknown key {unknown[0]!r}")
    item_id = value["id"]
    if not isinstance(item_id, str) or len(item_id) > 64 or not SLUG.fullmatch(item_id):
        raise ContentError(f"{where}: 'id' must be lowercase letters, digits and hyphens")
    return Item(
        item_id,
        _languages(value["title"], where, "title"),
        _languages(value["hint"], where, "hint"),
    )


def parse_items(data: object, origin: str) -> tuple[Item, ...]:
    """Validate decoded JSON; ``origin`` (the file name) starts every error message."""
    return tuple(
        versioned_records(
            data, origin, key="items", version=FORMAT_VERSION, label="item", parse=_item
        )
    )


def load(folder: Path | None = None) -> Content:
    """Every kind from ``folder`` (default: the bundled one); ContentError names a bad file."""
    found = {kind: parse_items(read_json(path_of(kind, folder)), f"{kind}.json") for kind in KINDS}
    if SAFETY_QUESTION not in {item.id for item in found["checkin"]}:
        raise ContentError(f"checkin.json: the question {SAFETY_QUESTION!r} is missing")
    return Content(**found)


@cache
def bundled() -> Content:
    """The bundled content, read once."""
    return load()
