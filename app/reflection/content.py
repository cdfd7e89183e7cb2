"""The reflection module's content: reasons, impacts, options and check-in questions.

Each kind is one file under ``resources/content/reflection/`` shaped
``{"version": 1, "items": [{"id": ..., "title": {"en": ...}, "hint": {"en": ...}}]}``.
Every item must carry every language in ``SHIPPED_LANGUAGES`` (``app.content.words``);
a missing language, id or field is refused with one line naming the file (``ContentError``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final, Literal

from app.content import ContentError, content_dir
from app.content.records import read_json, versioned_records
from app.content.words import SHIPPED_LANGUAGES as SHIPPED_LANGUAGES  # older imports
from app.content.words import Words, words_record

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
    title: Words
    hint: Words

    def title_in(self, language: str | None = None) -> str:
        return self.title.text(language)

    def hint_in(self, language: str | None = None) -> str:
        return self.hint.text(language)


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


def _item(value: object, where: str) -> Item:
    item_id, texts = words_record(value, where, _MAX_CHARS)
    return Item(item_id, texts["title"], texts["hint"])


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
