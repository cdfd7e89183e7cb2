"""Which languages content carries, and the one it is shown in now.

Kept apart from the content readers (``app/content/words.py``, which re-exports all of
this): the window sets the language before its first widget, and that must not read
or parse anything. Adding a language is one edit here (first in KNOWN_LANGUAGES while
its translations come in, then in SHIPPED_LANGUAGES), then the translations in the
files.
"""

from __future__ import annotations

from typing import Final

# Languages every content text must carry.
SHIPPED_LANGUAGES: tuple[str, ...] = ("en", "es")
# Languages a content text may carry (a translation on its way in is no error).
KNOWN_LANGUAGES: tuple[str, ...] = ("en", "es")
# The language shown when a text lacks the one asked for.
DEFAULT_LANGUAGE: Final = "en"


_content_language = DEFAULT_LANGUAGE


def content_language() -> str:
    """The language content is shown in: the window's (``set_content_language``), or
    English, which the command line always speaks."""
    return _content_language


def set_content_language(language: str) -> None:
    """Show content in ``language`` from now on (the window sets it once, at start,
    before any content is read); a language content doesn't know means English, and a
    text without the language asked for is shown in English."""
    global _content_language
    known = (*SHIPPED_LANGUAGES, *KNOWN_LANGUAGES)
    _content_language = language if language in known else DEFAULT_LANGUAGE
