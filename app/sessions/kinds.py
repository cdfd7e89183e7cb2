"""Kinds of session (IOP group, individual therapy...), loaded from content.

``resources/content/session_kinds.json`` holds a version and a list of kinds, each
with an ``id`` (a slug, what sessions store), a ``name`` and a one-line
``description``, both in every shipped language (``{"en": ..., "es": ...}``); a
loaded kind holds them in ``content_language()``. The list must include ``other``: a
session whose kind id is no longer in the content still loads, and ``resolve`` shows
it as "other".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from app.content import ContentError, content_dir
from app.content.records import read_json, versioned_records
from app.content.words import Words, content_language, words_record

FILE_NAME: Final = "session_kinds.json"
FORMAT_VERSION: Final = 1
OTHER: Final = "other"

_MAX_CHARS: Final = {"name": 60, "description": 200}
# What ``resolve`` shows when even a hand-made list lacks "other".
_OTHER_NAME: Final = Words({"en": "Other", "es": "Otro"})
_OTHER_DESCRIPTION: Final = Words({"en": "Any other appointment.", "es": "Cualquier otra cita."})


@dataclass(frozen=True)
class SessionKind:
    id: str
    name: str  # in content_language() when loaded
    description: str


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_session_kinds(path: str | Path | None = None) -> list[SessionKind]:
    """The kinds in ``path`` (default: the bundled file), in file order, with their
    texts in ``content_language()``.

    Raises ContentError with a one-line message naming the file when it is missing
    or invalid (a kind without an id, two kinds with one id, no "other"...).
    """
    source = Path(path) if path is not None else default_path()
    return parse_session_kinds(read_json(source), source.name)


def parse_session_kinds(
    data: object, origin: str = FILE_NAME, *, language: str | None = None
) -> list[SessionKind]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages. The
    texts are in ``language`` (default: ``content_language()``)."""
    shown = content_language() if language is None else language

    def kind(item: object, where: str) -> SessionKind:
        kind_id, texts = words_record(item, where, _MAX_CHARS)
        return SessionKind(kind_id, texts["name"].text(shown), texts["description"].text(shown))

    kinds = versioned_records(
        data,
        origin,
        key="session_kinds",
        version=FORMAT_VERSION,
        label="session kind",
        parse=kind,
    )
    if OTHER not in {kind.id for kind in kinds}:
        raise ContentError(f"{origin}: the list must include a kind with the id {OTHER!r}")
    return kinds


def bundled_kinds() -> tuple[SessionKind, ...]:
    """The bundled kinds in ``content_language()``, read once per language."""
    return _bundled_kinds(content_language())


@cache
def _bundled_kinds(language: str) -> tuple[SessionKind, ...]:
    source = default_path()
    return tuple(parse_session_kinds(read_json(source), source.name, language=language))


def resolve(kind_id: str, kinds: Sequence[SessionKind] | None = None) -> SessionKind:
    """The kind with ``kind_id``, or "other" when the content no longer has it."""
    known = bundled_kinds() if kinds is None else kinds
    fallback: SessionKind | None = None
    for kind in known:
        if kind.id == kind_id:
            return kind
        if kind.id == OTHER:
            fallback = kind
    if fallback is None:  # only a hand-made list can lack it
        return SessionKind(OTHER, _OTHER_NAME.shown(), _OTHER_DESCRIPTION.shown())
    return fallback


def known_ids(kinds: Sequence[SessionKind] | None = None) -> frozenset[str]:
    return frozenset(kind.id for kind in (bundled_kinds() if kinds is None else kinds))
