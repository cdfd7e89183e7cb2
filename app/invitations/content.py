"""The planner's words as data: ``resources/content/invitations/*.json``.

Four files, each ``{"version": 1, <key>: [items]}``; every item has an ``id`` and
texts given per language (``{"en": "..."}``), every shipped language present:

- ``reasons.json`` (``reasons``): why a partner might say no, one item per
  ``DeclineReason`` id (``title``, ``might_be``, and ``might_ease``: a list of texts);
- ``offers.json`` (``offers``): something small and specific to offer (``title``,
  ``detail``);
- ``timing.json`` (``questions``): is now a good time (``calm``, ``after_fight``,
  ``halt``, ``unsafe``; each ``text`` and ``help``);
- ``keep_doing.json`` (``ideas``): what I might keep doing for my recovery either
  way (``text``).

Loading is strict: a missing or unknown field, an id missing or repeated, a missing
language, raises ``ContentError`` with one line naming the file and the item.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final, Literal

from app.content import ContentError, content_dir
from app.content.records import read_json
from app.sessions.model import DeclineReason

FORMAT_VERSION: Final = 1
SHIPPED_LANGUAGES: Final = ("en",)
DEFAULT_LANGUAGE: Final = "en"
MAX_TEXT: Final = 600

REASONS_FILE: Final = "reasons.json"
OFFERS_FILE: Final = "offers.json"
TIMING_FILE: Final = "timing.json"
KEEP_DOING_FILE: Final = "keep_doing.json"
TIMING_IDS: Final = ("calm", "after_fight", "halt", "unsafe")

_ID = re.compile(r"[a-z][a-z0-9_-]*")
FieldKind = Literal["text", "texts"]


@dataclass(frozen=True)
class Words:
    """One text in every shipped language."""

    by_language: Mapping[str, str]

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.by_language.get(language) or self.by_language[DEFAULT_LANGUAGE]


@dataclass(frozen=True)
class Reason:
    id: str  # a DeclineReason value
    title: Words
    might_be: Words
    might_ease: tuple[Words, ...]


@dataclass(frozen=True)
class Offer:
    id: str
    title: Words
    detail: Words


@dataclass(frozen=True)
class Question:
    id: str
    text: Words
    help: Words


@dataclass(frozen=True)
class Idea:
    id: str
    text: Words


@dataclass(frozen=True)
class Guide:
    """All the planner's content."""

    reasons: tuple[Reason, ...]
    offers: tuple[Offer, ...]
    questions: Mapping[str, Question]
    ideas: tuple[Idea, ...]

    def reason(self, reason_id: str) -> Reason | None:
        return next((r for r in self.reasons if r.id == reason_id), None)

    def offer(self, offer_id: str) -> Offer | None:
        return next((o for o in self.offers if o.id == offer_id), None)

    @property
    def offer_ids(self) -> frozenset[str]:
        return frozenset(o.id for o in self.offers)


def folder() -> Path:
    return content_dir() / "invitations"


def _words(value: object, where: str, name: str) -> Words:
    if not isinstance(value, dict):
        raise ContentError(f"{where}: {name!r} must be an object of texts by language")
    unknown = sorted(set(value) - set(SHIPPED_LANGUAGES))
    if unknown:
        raise ContentError(f"{where}: {name!r} has an unknown language {unknown[0]!r}")
    texts: dict[str, str] = {}
    for language in SHIPPED_LANGUAGES:
        text = value.get(language)
        if text is None:
            raise ContentError(f"{where}: {name!r} is missing the {language!r} text")
        if not isinstance(text, str) or not text.strip():
            raise ContentError(f"{where}: {name!r} ({language}) must be non-empty text")
        if text != text.strip() or any(ch in text for ch in "\r\n\t"):
            raise ContentError(
                f"{where}: {name!r} ({language}) must be one line without surrounding spaces"
            )
        if len(text) > MAX_TEXT:
            raise ContentError(
                f"{where}: {name!r} ({language}) is longer than {MAX_TEXT} characters"
            )
        texts[language] = text
    return Words(texts)


def _items(
    data: object, origin: str, key: str, label: str, fields: Mapping[str, FieldKind]
) -> list[dict[str, object]]:
    """The items of one file, checked field by field; each as {"id": str, field: Words...}."""
    if not isinstance(data, dict):
        raise ContentError(f"{origin}: the top level must be a JSON object")
    found = data.get("version")
    if found != FORMAT_VERSION or isinstance(found, bool):
        raise ContentError(f"{origin}: 'version' must be {FORMAT_VERSION}, not {found!r}")
    unknown = sorted(set(data) - {"version", key})
    if unknown:
        raise ContentError(f"{origin}: unknown top-level key {unknown[0]!r}")
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise ContentError(f"{origin}: {key!r} must be a non-empty list")
    parsed: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"{origin}: {label} {number}"
        if not isinstance(item, dict):
            raise ContentError(f"{where}: must be a JSON object")
        names = ("id", *fields)
        missing = [name for name in names if name not in item]
        if missing:
            raise ContentError(f"{where}: missing {missing[0]!r}")
        extra = sorted(set(item) - set(names))
        if extra:
            raise ContentError(f"{where}: unknown key {extra[0]!r}")
        item_id = item["id"]
        if not isinstance(item_id, str) or not _ID.fullmatch(item_id) or len(item_id) > 64:
            raise ContentError(f"{where}: 'id' must be lowercase letters, digits, - and _")
        if item_id in seen:
            raise ContentError(f"{where}: duplicate id {item_id!r}")
        seen.add(item_id)
        where = f"{origin}: {label} {item_id!r}"
        values: dict[str, object] = {"id": item_id}
        for name, kind in fields.items():
            if kind == "text":
                values[name] = _words(item[name], where, name)
            else:
                texts = item[name]
                if not isinstance(texts, list) or not texts:
                    raise ContentError(f"{where}: {name!r} must be a non-empty list of texts")
                values[name] = tuple(
                    _words(text, f"{where} {name} {n}", name) for n, text in enumerate(texts, 1)
                )
        parsed.append(values)
    return parsed


def _require_ids(origin: str, label: str, found: list[str], wanted: tuple[str, ...]) -> None:
    extra = [item_id for item_id in found if item_id not in wanted]
    if extra:
        raise ContentError(f"{origin}: unknown {label} id {extra[0]!r}")
    missing = [item_id for item_id in wanted if item_id not in found]
    if missing:
        raise ContentError(f"{origin}: no {label} with id {missing[0]!r}")


def parse_reasons(data: object, origin: str = REASONS_FILE) -> tuple[Reason, ...]:
    items = _items(
        data,
        origin,
        "reasons",
        "reason",
        {"title": "text", "might_be": "text", "might_ease": "texts"},
    )
    _require_ids(
        origin, "reason", [str(i["id"]) for i in items], tuple(r.value for r in DeclineReason)
    )
    return tuple(Reason(**i) for i in items)  # type: ignore[arg-type]


def parse_offers(data: object, origin: str = OFFERS_FILE) -> tuple[Offer, ...]:
    items = _items(data, origin, "offers", "offer", {"title": "text", "detail": "text"})
    return tuple(Offer(**i) for i in items)  # type: ignore[arg-type]


def parse_questions(data: object, origin: str = TIMING_FILE) -> dict[str, Question]:
    items = _items(data, origin, "questions", "question", {"text": "text", "help": "text"})
    _require_ids(origin, "question", [str(i["id"]) for i in items], TIMING_IDS)
    return {str(i["id"]): Question(**i) for i in items}  # type: ignore[arg-type]


def parse_ideas(data: object, origin: str = KEEP_DOING_FILE) -> tuple[Idea, ...]:
    items = _items(data, origin, "ideas", "idea", {"text": "text"})
    return tuple(Idea(**i) for i in items)  # type: ignore[arg-type]


def load_guide(path: str | Path | None = None) -> Guide:
    """Every file in ``path`` (default: the bundled folder). Raises ContentError naming
    the first broken file."""
    base = Path(path) if path is not None else folder()
    return Guide(
        reasons=parse_reasons(read_json(base / REASONS_FILE), REASONS_FILE),
        offers=parse_offers(read_json(base / OFFERS_FILE), OFFERS_FILE),
        questions=parse_questions(read_json(base / TIMING_FILE), TIMING_FILE),
        ideas=parse_ideas(read_json(base / KEEP_DOING_FILE), KEEP_DOING_FILE),
    )


@cache
def bundled_guide() -> Guide:
    """The bundled content, read once."""
    return load_guide()
