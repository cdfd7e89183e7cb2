"""Texts in every shipped language: the one place that says which languages content
carries, and the one check every content loader uses for a per-language text.

A content text is a JSON object of one-line texts by language, ``{"en": "..."}``;
every language in :data:`SHIPPED_LANGUAGES` must be there and no other. The languages
and the one content is shown in live in ``app/content/language.py`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.content import ContentError
from app.content.language import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from app.content.language import KNOWN_LANGUAGES as KNOWN_LANGUAGES
from app.content.language import SHIPPED_LANGUAGES as SHIPPED_LANGUAGES
from app.content.language import content_language as content_language
from app.content.language import set_content_language as set_content_language
from app.content.records import fields_of, one_line, text_fields


@dataclass(frozen=True)
class Words:
    """One text in every shipped language."""

    by_language: Mapping[str, str]

    def text(self, language: str | None = None) -> str:
        """The text in ``language`` (by default the one content is shown in,
        ``content_language``), else in the default language."""
        wanted = content_language() if language is None else language
        return self.by_language.get(wanted) or self.by_language[DEFAULT_LANGUAGE]

    def shown(self) -> str:
        """The text in the language content is shown in (``content_language``)."""
        return self.text(content_language())

    # The name the questionnaires' code reads it by.
    get = text

    def __str__(self) -> str:
        return self.text()


def words(value: object, where: str, name: str, *, max_chars: int) -> Words:
    """``value`` as Words: an object with every shipped language (and perhaps other
    known ones), each non-empty text on one line without surrounding spaces, at most
    ``max_chars`` long.

    Raises ContentError with one line naming ``where`` (the file and the item) and the
    field ``name``.
    """
    if not isinstance(value, dict):
        raise ContentError(
            f'{where}: {name!r} must be an object of texts by language, like {{"en": ...}}'
        )
    for language in SHIPPED_LANGUAGES:
        if language not in value:
            raise ContentError(f"{where}: {name!r} is missing its {language!r} text")
    unknown = sorted(set(value) - set(KNOWN_LANGUAGES) - set(SHIPPED_LANGUAGES))
    if unknown:
        raise ContentError(f"{where}: {name!r} has an unknown language {unknown[0]!r}")
    texts = {
        language: one_line(value[language], where, name, max_chars, language=language)
        for language in dict.fromkeys((*SHIPPED_LANGUAGES, *KNOWN_LANGUAGES))
        if language in value
    }
    return Words(texts)


def words_record(
    item: object, where: str, max_chars: Mapping[str, int]
) -> tuple[str, dict[str, Words]]:
    """An item ``{"id": "a-slug", <name>: {"en": ...}, ...}`` holding exactly an id (a
    lowercase slug of at most 64 characters) and the texts named in ``max_chars``, each
    checked by :func:`words` against its limit: ``(id, {name: Words})``."""
    record = fields_of(item, where, ("id", *max_chars))
    item_id = text_fields({"id": record["id"]}, ("id",), where, max_chars={"id": 64})["id"]
    return item_id, {
        name: words(record[name], where, name, max_chars=limit) for name, limit in max_chars.items()
    }
