"""Validation shared by every content file: one JSON object of one-line text fields."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from app.content import ContentError

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


RecordT = TypeVar("RecordT", bound=_HasId)


def read_json(source: Path) -> object:
    """The parsed JSON of a content file; raises ContentError with a one-line reason."""
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(f"{source.name}: cannot be read ({type(error).__name__})") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ContentError(
            f"{source.name}: not valid JSON ({error.msg} at line {error.lineno},"
            f" column {error.colno})"
        ) from error


def fields_of(
    item: object, where: str, required: Sequence[str], optional: Sequence[str] = ()
) -> dict[str, object]:
    """``item`` as a JSON object holding every ``required`` key and no key beyond
    ``required`` and ``optional``; raises ContentError with a one-line reason."""
    if not isinstance(item, dict):
        raise ContentError(f"{where}: must be a JSON object")
    missing = [name for name in required if name not in item]
    if missing:
        raise ContentError(f"{where}: missing {missing[0]!r}")
    unknown = sorted(set(item) - set(required) - set(optional))
    if unknown:
        raise ContentError(f"{where}: unknown key {unknown[0]!r}")
    return item


def one_line(
    value: object, where: str, name: str, max_chars: int | None, *, language: str = ""
) -> str:
    """``value`` as non-empty text on one line without surrounding spaces, at most
    ``max_chars`` long (when given); raises ContentError with a one-line reason naming
    the field ``name`` (and the ``language``, for one text of several)."""
    tail = f" in {language!r}" if language else ""
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: {name!r} must be non-empty text{tail}")
    if value != value.strip() or any(ch in value for ch in "\r\n\t"):
        raise ContentError(f"{where}: {name!r} must be one line without surrounding spaces{tail}")
    if max_chars is not None and len(value) > max_chars:
        raise ContentError(f"{where}: {name!r} is longer than {max_chars} characters{tail}")
    return value


def text_fields(
    item: object,
    fields: tuple[str, ...],
    where: str,
    *,
    max_chars: Mapping[str, int],
    slugs: Collection[str] = ("id",),
) -> dict[str, str]:
    """The object's fields as text; raises ContentError with a one-line reason.

    Every field is required, non-empty, one line without surrounding spaces, within
    ``max_chars`` where a limit is given; fields named in ``slugs`` are lowercase slugs.
    """
    record = fields_of(item, where, fields)
    values: dict[str, str] = {}
    for name in fields:
        values[name] = one_line(record[name], where, name, max_chars.get(name))
    for name in slugs:
        if name in values and not SLUG.fullmatch(values[name]):
            raise ContentError(f"{where}: {name!r} must be lowercase letters, digits and hyphens")
    return values


def versioned_records(
    data: object,
    origin: str,
    *,
    key: str,
    version: int,
    label: str,
    parse: Callable[[object, str], RecordT],
) -> list[RecordT]:
    """The records of a content file shaped ``{"version": N, key: [...]}``, in order.

    Each item is read by ``parse(item, where)`` (``where`` names the file and the
    item, e.g. "crisis_lines.json: crisis line 3"); ids must be unique. Raises
    ContentError with a one-line reason naming the file.
    """
    if not isinstance(data, dict):
        raise ContentError(f"{origin}: the top level must be a JSON object")
    found = data.get("version")
    if found != version or isinstance(found, bool):
        raise ContentError(f"{origin}: 'version' must be {version}, not {found!r}")
    unknown = sorted(set(data) - {"version", key})
    if unknown:
        raise ContentError(f"{origin}: unknown top-level key {unknown[0]!r}")
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise ContentError(f"{origin}: {key!r} must be a non-empty list")
    records: list[RecordT] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"{origin}: {label} {number}"
        record = parse(item, where)
        if record.id in seen:
            raise ContentError(f"{where}: duplicate id {record.id!r}")
        seen.add(record.id)
        records.append(record)
    return records
