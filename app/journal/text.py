"""Tidying text before it is stored: titles, bodies, tags, notes, list previews."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

from app.journal.errors import InvalidEntry, InvalidTag
from app.platform.sentence import sentence
from app.platform.text import one_line, storable

MAX_TITLE_CHARS: Final = 300
# Far beyond any real entry; the limit only keeps a runaway paste from filling the disk.
MAX_BODY_CHARS: Final = 20_000_000
MAX_TAG_CHARS: Final = 64
TAG_SEPARATOR: Final = ","  # between tags written on one line
MAX_PROMPT_ID_CHARS: Final = 100
PREVIEW_CHARS: Final = 140

# Light Markdown removal for one-line previews: enough that a row reads as prose.
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_LINE_MARKER = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)")
# Emphasis and code marks; an underscore inside a word (snake_case) is kept.
_EMPHASIS = re.compile(r"[*~`]+|(?<!\w)_+|_+(?!\w)")


def clean_title(title: str) -> str:
    if not isinstance(title, str):
        raise InvalidEntry("A title must be text.")
    cleaned = one_line(title)
    if len(cleaned) > MAX_TITLE_CHARS:
        raise InvalidEntry(
            sentence(
                "A title can be at most {max_title_chars} characters long.",
                max_title_chars=MAX_TITLE_CHARS,
            )
        )
    return cleaned


def clean_body(body: str) -> str:
    if not isinstance(body, str):
        raise InvalidEntry("An entry's text must be text.")
    if len(body) > MAX_BODY_CHARS:
        raise InvalidEntry("This entry is too long to save; please split it into several.")
    return storable(body)


def clean_prompt_id(prompt_id: str | None) -> str | None:
    if prompt_id is None:
        return None
    if not isinstance(prompt_id, str):
        raise InvalidEntry("A prompt link must be text.")
    cleaned = prompt_id.strip()
    if not cleaned:
        return None
    if len(cleaned) > MAX_PROMPT_ID_CHARS or one_line(cleaned) != cleaned:
        raise InvalidEntry("That prompt link is not valid.")
    return cleaned


def clean_tag(tag: str) -> str:
    """A tag as stored: NFC, whitespace collapsed (newlines too), at most 64 characters."""
    if not isinstance(tag, str):
        raise InvalidTag("A tag must be text.")
    cleaned = unicodedata.normalize("NFC", one_line(tag))
    if not cleaned:
        raise InvalidTag("A tag can't be empty.")
    if TAG_SEPARATOR in cleaned:
        # Tags are written as one comma-separated line; a comma inside one would come
        # back as two tags the next time that line is edited.
        raise InvalidTag("A tag can't contain a comma: commas separate tags.")
    if len(cleaned) > MAX_TAG_CHARS:
        raise InvalidTag(
            sentence(
                "A tag can be at most {max_tag_chars} characters long.", max_tag_chars=MAX_TAG_CHARS
            )
        )
    return cleaned


def split_tags(text: str) -> list[str]:
    """Tags written on one line, separated by commas (the tag field, ``--tag "a, b"``)."""
    return [part for part in text.split(TAG_SEPARATOR) if part.strip()]


def tag_text(tags: Iterable[str]) -> str:
    """Tags as the words the search index holds for them (entries.tag_text)."""
    return " ".join(tags)


def tag_key(tag: str) -> str:
    """What makes two tags the same: case-insensitive, after tidying."""
    return unicodedata.normalize("NFC", clean_tag(tag).casefold())


def clean_tags(tags: Iterable[str]) -> list[tuple[str, str]]:
    """(tag, key) pairs in the given order, tidied; later duplicates (ignoring case) dropped."""
    if isinstance(tags, str):
        raise InvalidTag("Tags must be given as a list.")
    seen: set[str] = set()
    result: list[tuple[str, str]] = []
    for tag in tags:
        cleaned = clean_tag(tag)
        key = unicodedata.normalize("NFC", cleaned.casefold())
        if key not in seen:
            seen.add(key)
            result.append((cleaned, key))
    return result


def preview(body: str, limit: int = PREVIEW_CHARS) -> str:
    """The start of ``body`` as one plain line of at most ``limit`` characters."""
    head = storable(body[: limit * 6])
    if "](" in head:
        head = _LINK.sub(r"\1", _IMAGE.sub(r"\1", head))
    if "<" in head:
        head = _HTML_TAG.sub(" ", head)
    head = _LINE_MARKER.sub("", head)
    if any(mark in head for mark in "*_~`"):  # skip the slow scan for plain prose
        head = _EMPHASIS.sub("", head)
    line = " ".join(head.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def snippet_line(snippet: str) -> str:
    """An FTS snippet as one plain line (the highlight markers are kept)."""
    text = _IMAGE.sub(r"\1", snippet)
    text = _LINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    text = _LINE_MARKER.sub("", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())
