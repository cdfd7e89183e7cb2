"""The questionnaires shipped as data: one JSON file each under
``resources/content/measures/`` (PHQ-9 and GAD-7).

A file holds the standard wording of one questionnaire and how it is scored::

    {"format": 1, "id": "phq9", "order": 1, "name": {"en": "PHQ-9"},
     "title": {"en": "..."}, "about": {"en": "..."}, "source": {"en": "..."},
     "screening_note": {"en": "..."}, "share_note": {"en": "..."},
     "lead_in": {"en": "Over the last 2 weeks, ..."},
     "options": [{"value": 0, "label": {"en": "Not at all"}}, ...],
     "items": [{"id": "interest", "text": {"en": "..."}}, ...],
     "crisis_item": "self-harm",            (optional: an answer above 0 means the
                                             crisis screen comes before the score)
     "follow_up": {"id": "difficulty", "text": {...},
                   "options": [{"id": "not-difficult", "label": {...}}, ...]},
                                            (optional, never scored)
     "bands": [{"id": "minimal", "min": 0, "max": 4, "label": {...},
                "explanation": {...}}, ...]}

Every text is an object of per-language text; each must have every language in
``SHIPPED_LANGUAGES`` (``app.content.words``) and no other. Files are read strictly: a missing item, a missing translation,
a duplicate id or bands that leave a score uncovered is a ``ContentError`` whose one
line names the file. The score is the sum of the item answers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.content import ContentError, content_dir
from app.content.records import fields_of, read_json
from app.content.words import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE  # older imports
from app.content.words import SHIPPED_LANGUAGES as SHIPPED_LANGUAGES
from app.content.words import Words as Words
from app.content.words import words

FOLDER_NAME: Final = "measures"
FORMAT_VERSION: Final = 1

ID_PATTERN: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_CHARS: Final = 32
MAX_ITEMS: Final = 40
# An answer is a small whole number (the SQL CHECK says the same).
MAX_OPTION_VALUE: Final = 10
_MAX_CHARS: Final = {
    "name": 40,
    "title": 120,
    "about": 600,
    "source": 400,
    "screening_note": 400,
    "share_note": 300,
    "lead_in": 300,
    "label": 80,
    "text": 400,
    "explanation": 600,
}
_TOP_REQUIRED: Final = (
    "format",
    "id",
    "order",
    "name",
    "title",
    "about",
    "source",
    "screening_note",
    "share_note",
    "lead_in",
    "options",
    "items",
    "bands",
)
_TOP_OPTIONAL: Final = ("crisis_item", "follow_up")


@dataclass(frozen=True)
class Option:
    value: int
    label: Words


@dataclass(frozen=True)
class Item:
    id: str
    number: int  # 1-based, as printed on the form
    text: Words


@dataclass(frozen=True)
class FollowUpOption:
    id: str
    label: Words


@dataclass(frozen=True)
class FollowUp:
    """A question asked after the items and never scored (PHQ-9's difficulty)."""

    id: str
    text: Words
    options: tuple[FollowUpOption, ...]

    def option(self, option_id: str) -> FollowUpOption | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Band:
    id: str
    low: int
    high: int
    label: Words
    explanation: Words

    def __contains__(self, score: object) -> bool:
        return isinstance(score, int) and self.low <= score <= self.high


@dataclass(frozen=True)
class Measure:
    id: str
    order: int
    name: Words
    title: Words
    about: Words
    source: Words
    screening_note: Words
    share_note: Words
    lead_in: Words
    options: tuple[Option, ...]
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    crisis_item: str | None = None
    follow_up: FollowUp | None = None

    @property
    def max_score(self) -> int:
        return len(self.items) * max(o.value for o in self.options)

    @property
    def item_ids(self) -> frozenset[str]:
        return frozenset(i.id for i in self.items)

    @property
    def values(self) -> frozenset[int]:
        return frozenset(o.value for o in self.options)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def option(self, value: int) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def band_for(self, score: int) -> Band:
        for band in self.bands:
            if score in band:
                return band
        raise ValueError(f"score {score} is outside 0..{self.max_score}")

    def score(self, answers: Mapping[str, int]) -> int | None:
        """The sum of the answers once every item has one; None while any is missing."""
        if any(item.id not in answers for item in self.items):
            return None
        return sum(answers[item.id] for item in self.items)

    def needs_crisis_screen(self, answers: Mapping[str, int]) -> bool:
        """True when the crisis item (PHQ-9 item 9) is answered above zero."""
        return self.crisis_item is not None and answers.get(self.crisis_item, 0) > 0


@dataclass(frozen=True)
class Catalogue:
    measures: tuple[Measure, ...]

    def get(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def ids(self) -> frozenset[str]:
        return frozenset(m.id for m in self.measures)


def default_folder() -> Path:
    return content_dir() / FOLDER_NAME


def load_measure(path: str | Path) -> Measure:
    """One questionnaire file; raises ContentError with one line naming the file."""
    source = Path(path)
    return parse_measure(read_json(source), source.name)


def load_measures(folder: str | Path | None = None) -> Catalogue:
    """Every ``*.json`` questionnaire in ``folder`` (default: the bundled ones), in
    their ``order``. A broken file raises (these are clinical texts: none is left out
    quietly)."""
    source = Path(folder) if folder is not None else default_folder()
    files = sorted(source.glob("*.json"), key=lambda p: p.name) if source.is_dir() else []
    if not files:
        raise ContentError(f"{source.name}: no questionnaire files found")
    measures: list[Measure] = []
    first_file: dict[str, str] = {}
    for path in files:
        measure = load_measure(path)
        if measure.id in first_file:
            raise ContentError(
                f"{path.name}: duplicate id {measure.id!r} (already in {first_file[measure.id]})"
            )
        first_file[measure.id] = path.name
        measures.append(measure)
    return Catalogue(tuple(sorted(measures, key=lambda m: (m.order, m.id))))


@functools.cache
def bundled() -> Catalogue:
    """The bundled questionnaires, read once per process."""
    return load_measures()


# ----- parsing ----------------------------------------------------------------------


def parse_measure(data: object, origin: str) -> Measure:
    """Validate decoded JSON; ``origin`` (the file name) starts every error message."""
    top = fields_of(data, origin, _TOP_REQUIRED, _TOP_OPTIONAL)
    if top["format"] != FORMAT_VERSION or isinstance(top["format"], bool):
        raise ContentError(f"{origin}: 'format' must be {FORMAT_VERSION}")
    measure_id = _slug(top["id"], f"{origin}: 'id'")
    order = top["order"]
    if not isinstance(order, int) or isinstance(order, bool) or not 0 <= order <= 1000:
        raise ContentError(f"{origin}: 'order' must be a whole number from 0 to 1000")
    texts = {
        name: words(top[name], origin, name, max_chars=_MAX_CHARS[name])
        for name in (
            "name",
            "title",
            "about",
            "source",
            "screening_note",
            "share_note",
            "lead_in",
        )
    }
    options = _options(top["options"], origin)
    items = _items(top["items"], origin)
    item_ids = {i.id for i in items}
    crisis_item = top.get("crisis_item")
    if crisis_item is not None and crisis_item not in item_ids:
        raise ContentError(f"{origin}: 'crisis_item' {crisis_item!r} is not one of the items")
    follow_up = None
    if "follow_up" in top:
        follow_up = _follow_up(top["follow_up"], f"{origin}: follow-up question")
        if follow_up.id in item_ids:
            raise ContentError(f"{origin}: follow-up question: duplicate id {follow_up.id!r}")
    max_score = len(items) * max(o.value for o in options)
    bands = _bands(top["bands"], origin, max_score)
    return Measure(
        id=measure_id,
        order=order,
        options=options,
        items=items,
        bands=bands,
        crisis_item=crisis_item,
        follow_up=follow_up,
        **texts,
    )


def _slug(value: object, where: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_ID_CHARS or not ID_PATTERN.fullmatch(value):
        raise ContentError(
            f"{where} must be lowercase letters, digits and hyphens (at most {MAX_ID_CHARS})"
        )
    return value


def _list(value: object, where: str, most: int) -> list[object]:
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where} must be a non-empty list")
    if len(value) > most:
        raise ContentError(f"{where} has more than {most} entries")
    return value


def _options(value: object, origin: str) -> tuple[Option, ...]:
    found: list[Option] = []
    for number, raw in enumerate(_list(value, f"{origin}: 'options'", 11), start=1):
        where = f"{origin}: answer option {number}"
        entry = fields_of(raw, where, ("value", "label"))
        option_value = entry["value"]
        if (
            not isinstance(option_value, int)
            or isinstance(option_value, bool)
            or not 0 <= option_value <= MAX_OPTION_VALUE
        ):
            raise ContentError(f"{where}: 'value' must be a whole number from 0 to 10")
        if any(o.value == option_value for o in found):
            raise ContentError(f"{where}: duplicate value {option_value}")
        found.append(Option(option_value, words(entry["label"], where, "label", max_chars=80)))
    if [o.value for o in found] != list(range(len(found))):
        raise ContentError(f"{origin}: answer options must be valued 0, 1, 2... in order")
    return tuple(found)


def _items(value: object, origin: str) -> tuple[Item, ...]:
    found: list[Item] = []
    for number, raw in enumerate(_list(value, f"{origin}: 'items'", MAX_ITEMS), start=1):
        where = f"{origin}: item {number}"
        entry = fields_of(raw, where, ("id", "text"))
        item_id = _slug(entry["id"], f"{where}: 'id'")
        if any(i.id == item_id for i in found):
            raise ContentError(f"{where}: duplicate id {item_id!r}")
        found.append(Item(item_id, number, words(entry["text"], where, "text", max_chars=400)))
    return tuple(found)


def _follow_up(value: object, where: str) -> FollowUp:
    entry = fields_of(value, where, ("id", "text", "options"))
    follow_id = _slug(entry["id"], f"{where}: 'id'")
    options: list[FollowUpOption] = []
    for number, raw in enumerate(_list(entry["options"], f"{where}: 'options'", 10), start=1):
        at = f"{where}: option {number}"
        option = fields_of(raw, at, ("id", "label"))
        option_id = _slug(option["id"], f"{at}: 'id'")
        if any(o.id == option_id for o in options):
            raise ContentError(f"{at}: duplicate id {option_id!r}")
        options.append(FollowUpOption(option_id, words(option["label"], at, "label", max_chars=80)))
    return FollowUp(follow_id, words(entry["text"], where, "text", max_chars=400), tuple(options))


def _bands(value: object, origin: str, max_score: int) -> tuple[Band, ...]:
    found: list[Band] = []
    for number, raw in enumerate(_list(value, f"{origin}: 'bands'", 12), start=1):
        where = f"{origin}: band {number}"
        entry = fields_of(raw, where, ("id", "min", "max", "label", "explanation"))
        band_id = _slug(entry["id"], f"{where}: 'id'")
        if any(b.id == band_id for b in found):
            raise ContentError(f"{where}: duplicate id {band_id!r}")
        low, high = entry["min"], entry["max"]
        if (
            not isinstance(low, int)
            or not isinstance(high, int)
            or isinstance(low, bool)
            or isinstance(high, bool)
            or low > high
        ):
            raise ContentError(f"{where}: 'min' and 'max' must be whole numbers, min <= max")
        expected = found[-1].high + 1 if found else 0
        if low != expected:
            raise ContentError(
                f"{origin}: the bands do not cover the scores 0 to {max_score}"
                f" (band {number} starts at {low}, expected {expected})"
            )
        found.append(
            Band(
                band_id,
                low,
                high,
                words(entry["label"], where, "label", max_chars=80),
                words(entry["explanation"], where, "explanation", max_chars=600),
            )
        )
    if found[-1].high != max_score:
        raise ContentError(
            f"{origin}: the bands do not cover the scores 0 to {max_score}"
            f" (the last band ends at {found[-1].high})"
        )
    return tuple(found)
