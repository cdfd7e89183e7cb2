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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

from app.content import ContentError, content_dir
from app.content.records import fields_of, read_json, versioned_records
from app.content.words import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE  # older imports
from app.content.words import SHIPPED_LANGUAGES as SHIPPED_LANGUAGES
from app.content.words import Words as Words
from app.content.words import words
from app.sessions.model import DeclineReason

FORMAT_VERSION: Final = 1
MAX_TEXT: Final = 600

REASONS_FILE: Final = "reasons.json"
OFFERS_FILE: Final = "offers.json"
TIMING_FILE: Final = "timing.json"
KEEP_DOING_FILE: Final = "keep_doing.json"
TIMING_IDS: Final = ("calm", "after_fight", "halt", "unsafe")

_ID = re.compile(r"[a-z][a-z0-9_-]*")
FieldKind = Literal["text", "texts"]


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


_Record = TypeVar("_Record", Reason, Offer, Question, Idea)


def folder() -> Path:
    return content_dir() / "invitations"


def _record(item: object, where: str, fields: Mapping[str, FieldKind]) -> dict[str, Any]:
    """One item, checked field by field: {"id": str, name: Words or a tuple of Words}."""
    record = fields_of(item, where, ("id", *fields))
    item_id = record["id"]
    if not isinstance(item_id, str) or not _ID.fullmatch(item_id) or len(item_id) > 64:
        raise ContentError(f"{where}: 'id' must be lowercase letters, digits, - and _")
    where = f"{where} ({item_id!r})"
    values: dict[str, Any] = {"id": item_id}
    for name, kind in fields.items():
        if kind == "text":
            values[name] = words(record[name], where, name, max_chars=MAX_TEXT)
            continue
        texts = record[name]
        if not isinstance(texts, list) or not texts:
            raise ContentError(f"{where}: {name!r} must be a non-empty list of texts")
        values[name] = tuple(
            words(text, f"{where} {name} {n}", name, max_chars=MAX_TEXT)
            for n, text in enumerate(texts, 1)
        )
    return values


def _records(
    data: object,
    origin: str,
    key: str,
    label: str,
    fields: Mapping[str, FieldKind],
    make: Callable[..., _Record],
) -> list[_Record]:
    """The items of one file, each made by ``make(**fields)``, in file order."""

    def parse(item: object, where: str) -> _Record:
        return make(**_record(item, where, fields))

    return versioned_records(
        data, origin, key=key, version=FORMAT_VERSION, label=label, parse=parse
    )


def _require_ids(origin: str, label: str, found: list[str], wanted: tuple[str, ...]) -> None:
    extra = [item_id for item_id in found if item_id not in wanted]
    if extra:
        raise ContentError(f"{origin}: unknown {label} id {extra[0]!r}")
    missing = [item_id for item_id in wanted if item_id not in found]
    if missing:
        raise ContentError(f"{origin}: no {label} with id {missing[0]!r}")


def parse_reasons(data: object, origin: str = REASONS_FILE) -> tuple[Reason, ...]:
    fields: dict[str, FieldKind] = {"title": "text", "might_be": "text", "might_ease": "texts"}
    reasons = _records(data, origin, "reasons", "reason", fields, Reason)
    _require_ids(origin, "reason", [r.id for r in reasons], tuple(r.value for r in DeclineReason))
    return tuple(reasons)


def parse_offers(data: object, origin: str = OFFERS_FILE) -> tuple[Offer, ...]:
    return tuple(
        _records(data, origin, "offers", "offer", {"title": "text", "detail": "text"}, Offer)
    )


def parse_questions(data: object, origin: str = TIMING_FILE) -> dict[str, Question]:
    fields: dict[str, FieldKind] = {"text": "text", "help": "text"}
    questions = _records(data, origin, "questions", "question", fields, Question)
    _require_ids(origin, "question", [q.id for q in questions], TIMING_IDS)
    return {q.id: q for q in questions}


def parse_ideas(data: object, origin: str = KEEP_DOING_FILE) -> tuple[Idea, ...]:
    return tuple(_records(data, origin, "ideas", "idea", {"text": "text"}, Idea))


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
