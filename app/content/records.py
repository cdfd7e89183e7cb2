"""Validation shared by every content file: one JSON object of one-line text fields."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from pathlib import Path

from app.content import ContentError

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


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
    if not isinstance(item, dict):
        raise ContentError(f"{where}: must be a JSON object")
    missing = [name for name in fields if name not in item]
    if missing:
        raise ContentError(f"{where}: missing {missing[0]!r}")
    unknown = sorted(set(item) - set(fields))
    if unknown:
        raise ContentError(f"{where}: unknown key {unknown[0]!r}")
    values: dict[str, str] = {}
    for name in fields:
        value = item[name]
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}: {name!r} must be non-empty text")
        if value != value.strip() or any(ch in value for ch in "\r\n\t"):
            raise ContentError(f"{where}: {name!r} must be one line without surrounding spaces")
        limit = max_chars.get(name)
        if limit is not None and len(value) > limit:
            raise ContentError(f"{where}: {name!r} is longer than {limit} characters")
        values[name] = value
    for name in slugs:
        if name in values and not SLUG.fullmatch(values[name]):
            raise ContentError(f"{where}: {name!r} must be lowercase letters, digits and hyphens")
    return values
