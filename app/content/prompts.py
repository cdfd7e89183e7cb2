"""Writing prompts grouped by theme, loaded from ``resources/content/prompts.json``.

File format (version 1)::

    {"version": 1,
     "themes":  [{"id": "...", "title": {"en": "...", "es": "..."},
                  "description": {"en": "...", "es": "..."}}, ...],
     "prompts": [{"id": "...", "theme": "<a theme id>", "text": {"en": "...", ...}}, ...]}

Ids are lowercase slugs, unique among themes and among prompts; every prompt's theme
exists and every theme has at least one prompt. Every title, description and text
carries each shipped language (``app.content.words``); the loaded themes and prompts
hold the text in ``content_language()``. Adding a prompt needs no code.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Final

from app.content import ContentError, content_dir
from app.content.records import fields_of, read_json, text_fields
from app.content.words import content_language, words
from app.journal.model import Prompt, Theme

FILE_NAME: Final = "prompts.json"
FORMAT_VERSION: Final = 1

# (slug fields, text fields by language) of each kind of item.
_THEME_FIELDS: Final = (("id",), ("title", "description"))
_PROMPT_FIELDS: Final = (("id", "theme"), ("text",))
_MAX_CHARS: Final = {"id": 64, "theme": 64, "title": 60, "description": 300, "text": 400}


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_prompts(path: str | Path | None = None) -> tuple[list[Theme], list[Prompt]]:
    """Themes and prompts in file order, in ``content_language()``. Raises ContentError
    (one line) when invalid.

    The bundled file is read once per process and language; a given ``path`` is read
    every time.
    """
    if path is None:
        themes, prompts = _load_default(content_language())
        return list(themes), list(prompts)
    return _load(Path(path), content_language())


@functools.cache
def _load_default(language: str) -> tuple[tuple[Theme, ...], tuple[Prompt, ...]]:
    themes, prompts = _load(default_path(), language)
    return tuple(themes), tuple(prompts)


def _load(source: Path, language: str) -> tuple[list[Theme], list[Prompt]]:
    data = read_json(source)
    return parse_prompts(data, source.name, language=language)


def parse_prompts(
    data: object, origin: str = FILE_NAME, *, language: str | None = None
) -> tuple[list[Theme], list[Prompt]]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages. The
    texts are in ``language`` (default: ``content_language()``)."""
    shown = content_language() if language is None else language
    if not isinstance(data, dict):
        raise ContentError(f"{origin}: the top level must be a JSON object")
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise ContentError(f"{origin}: 'version' must be {FORMAT_VERSION}, not {version!r}")
    unknown = sorted(set(data) - {"version", "themes", "prompts"})
    if unknown:
        raise ContentError(f"{origin}: unknown top-level key {unknown[0]!r}")
    for key in ("themes", "prompts"):
        if not isinstance(data.get(key), list) or not data[key]:
            raise ContentError(f"{origin}: {key!r} must be a non-empty list")

    themes: list[Theme] = []
    for number, item in enumerate(data["themes"], start=1):
        values = _fields(item, _THEME_FIELDS, f"{origin}: theme {number}", shown)
        if any(t.id == values["id"] for t in themes):
            raise ContentError(f"{origin}: theme {number}: duplicate id {values['id']!r}")
        themes.append(Theme(**values))

    theme_ids = {t.id for t in themes}
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for number, item in enumerate(data["prompts"], start=1):
        where = f"{origin}: prompt {number}"
        values = _fields(item, _PROMPT_FIELDS, where, shown)
        if values["id"] in seen:
            raise ContentError(f"{where}: duplicate id {values['id']!r}")
        if values["theme"] not in theme_ids:
            raise ContentError(f"{where}: unknown theme {values['theme']!r}")
        seen.add(values["id"])
        prompts.append(Prompt(**values))

    used = {p.theme for p in prompts}
    for theme in themes:
        if theme.id not in used:
            raise ContentError(f"{origin}: theme {theme.id!r} has no prompts")
    return themes, prompts


def _fields(
    item: object, fields: tuple[tuple[str, ...], tuple[str, ...]], where: str, language: str
) -> dict[str, str]:
    """The item's slugs, and its texts (each checked in every shipped language) in
    ``language``."""
    slugs, texts = fields
    record = fields_of(item, where, (*slugs, *texts))
    values = text_fields(
        {name: record[name] for name in slugs}, slugs, where, max_chars=_MAX_CHARS, slugs=slugs
    )
    for name in texts:
        values[name] = words(record[name], where, name, max_chars=_MAX_CHARS[name]).text(language)
    return values


def prompt_of_the_day(
    day: date, themes: Sequence[Theme] | None = None, prompts: Sequence[Prompt] | None = None
) -> Prompt:
    """The same prompt all day long (default: the bundled prompts).

    Each day moves on to the next theme, so two days running never share one, and each
    theme walks through its own prompts in order before it repeats any of them.
    """
    if themes is None or prompts is None:
        themes, prompts = load_prompts()
    groups = [[p for p in prompts if p.theme == t.id] for t in themes]
    groups = [group for group in groups if group]
    if not groups:
        raise ContentError("there are no prompts to choose from")
    number = day.toordinal()
    group = groups[number % len(groups)]
    return group[(number // len(groups)) % len(group)]


def find_prompt(prompt_id: str, prompts: Sequence[Prompt] | None = None) -> Prompt | None:
    """The prompt with that id, or None (e.g. an entry linked to a prompt since removed)."""
    if prompts is None:
        prompts = load_prompts()[1]
    return next((p for p in prompts if p.id == prompt_id), None)
