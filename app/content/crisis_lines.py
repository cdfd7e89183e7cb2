"""Crisis and support lines shown by "Get help now" (F1), by the safety panel and by
the measures' crisis screen, loaded from a JSON file.

Each line serves one region (a country code from :data:`REGIONS`) and helps with one
kind of trouble (:data:`KINDS`). One line, the international directory
(region :data:`DIRECTORY_REGION`, kind ``"directory"``), is shown after the lines of
every region, and alone to someone who lives somewhere else. Texts are per language
(``{"en": "...", "es": "..."}``); every item carries every language in
:data:`app.content.words.SHIPPED_LANGUAGES`, and a line holds its texts in the language
content is shown in (``content_language()``) when it is loaded. Nothing here caches.

Use :func:`lines_for` to get what to show for a region; it never opens the network
(the directory's address is shown as text).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.content import ContentError, content_dir
from app.content.records import fields_of, read_json, text_fields, versioned_records
from app.content.words import DEFAULT_LANGUAGE, words
from app.content.words import SHIPPED_LANGUAGES as SHIPPED_LANGUAGES  # older imports

FILE_NAME: Final = "crisis_lines.json"
FORMAT_VERSION: Final = 2
# The default language (kept for older imports; lines are shown in content_language()).
LANGUAGE: Final = DEFAULT_LANGUAGE

# The places Mooring has lines for, as ISO 3166 country codes (the United Kingdom is GB;
# ES is Spain, the country, not the Spanish language). app.settings.HELP_REGIONS lists
# the same codes in lower case, and ui/shell/help_dialog.py names each one.
REGIONS: Final = ("US", "GB", "IE", "CA", "AU", "NZ", "MX", "ES")
# The international directory's region: it serves anyone, anywhere.
DIRECTORY_REGION: Final = "INTL"
# The setting's word for "none of these places": only the directory is shown.
ELSEWHERE: Final = "other"

CRISIS: Final = "crisis"
SUBSTANCE_USE: Final = "substance-use"
RELATIONSHIP_SAFETY: Final = "relationship-safety"
DIRECTORY: Final = "directory"
KINDS: Final = (CRISIS, SUBSTANCE_USE, RELATIONSHIP_SAFETY, DIRECTORY)

_KEY: Final = "crisis_lines"  # the file's list of lines, and what one is called
_LABEL: Final = "crisis line"
_PLAIN_FIELDS: Final = ("id", "region", "kind")
_TEXT_FIELDS: Final = ("name", "contact", "description")
# Long enough for any real line's text; short enough to stay readable in the help panel.
_MAX_CHARS: Final = {"name": 80, "contact": 120, "description": 300}


@dataclass(frozen=True)
class CrisisLine:
    """One place to reach a person right now (texts in the shown language)."""

    id: str
    name: str
    contact: str  # how to reach it, e.g. "Call or text 988"
    description: str  # one warm sentence saying who answers and when to reach out
    region: str  # where it can be reached: a code from REGIONS, or DIRECTORY_REGION
    kind: str  # what it helps with: one of KINDS


def default_path() -> Path:
    return content_dir() / FILE_NAME


def load_crisis_lines(path: str | Path | None = None) -> list[CrisisLine]:
    """The crisis lines in ``path`` (default: the bundled file), in file order.

    Raises ContentError with a one-line message naming the file when it is missing
    or invalid (an unknown region or kind, a missing field or translation...).
    """
    source = Path(path) if path is not None else default_path()
    return parse_crisis_lines(read_json(source), source.name)


def parse_crisis_lines(data: object, origin: str = FILE_NAME) -> list[CrisisLine]:
    """Validate already-decoded JSON; ``origin`` names the file in error messages."""
    return versioned_records(
        data, origin, key=_KEY, version=FORMAT_VERSION, label=_LABEL, parse=_parse_entry
    )


def _parse_entry(entry: object, where: str) -> CrisisLine:
    record = fields_of(entry, where, ("id", *_TEXT_FIELDS, "region", "kind"))
    plain = text_fields(
        {name: record[name] for name in _PLAIN_FIELDS},
        _PLAIN_FIELDS,
        where,
        max_chars={"region": 8},
        slugs=("id", "kind"),
    )
    if plain["region"] not in (*REGIONS, DIRECTORY_REGION):
        raise ContentError(f"{where}: unknown region {plain['region']!r}")
    if plain["kind"] not in KINDS:
        raise ContentError(f"{where}: unknown kind {plain['kind']!r}")
    if (plain["region"] == DIRECTORY_REGION) != (plain["kind"] == DIRECTORY):
        raise ContentError(f"{where}: only the directory line has region {DIRECTORY_REGION!r}")
    texts = {
        name: words(record[name], where, name, max_chars=_MAX_CHARS[name]).shown()
        for name in _TEXT_FIELDS
    }
    return CrisisLine(
        id=plain["id"],
        name=texts["name"],
        contact=texts["contact"],
        description=texts["description"],
        region=plain["region"],
        kind=plain["kind"],
    )


def normal_region(region: str) -> str:
    """``region`` as a code from REGIONS (any case; "UK" is GB), or ELSEWHERE."""
    code = region.strip().upper()
    code = "GB" if code == "UK" else code
    return code if code in REGIONS else ELSEWHERE


def region_for_locale(locale_name: str) -> str:
    """The region a system locale such as ``en_GB`` or ``fr-CA.UTF-8`` points to, or
    ELSEWHERE when its country is not one Mooring has lines for (``C``, ``POSIX``)."""
    name = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    _language, _sep, country = name.partition("_")
    # A script may sit between language and country ("zh_Hant_TW").
    country = country.rpartition("_")[2]
    return normal_region(country) if len(country) == 2 else ELSEWHERE


def resolve_region(setting: str, locale_name: str) -> str:
    """The region to show lines for: the one chosen in Settings, or, while it is
    "system" (or anything unknown), the one the system locale points to."""
    chosen = setting.strip().lower()
    if chosen == ELSEWHERE:
        return ELSEWHERE
    region = normal_region(chosen)
    return region if region != ELSEWHERE else region_for_locale(locale_name)


def lines_for(
    region: str,
    kinds: Collection[str] | None = None,
    *,
    lines: Sequence[CrisisLine] | None = None,
    directory: bool = True,
) -> list[CrisisLine]:
    """The lines to show someone in ``region``: that region's lines of ``kinds`` (all
    kinds when None) in file order, so the US's 988 stays first; then the
    international directory line (unless ``directory`` is False).

    ``region`` is a code from REGIONS in any case; anything else (ELSEWHERE, an unknown
    code) gets the directory alone. ``lines`` defaults to the bundled file (loading it
    may raise ContentError).
    """
    every = load_crisis_lines() if lines is None else lines
    code = normal_region(region)
    wanted = None if kinds is None else set(kinds)
    chosen = [
        line
        for line in every
        if line.region == code
        and line.kind != DIRECTORY
        and (wanted is None or line.kind in wanted)
    ]
    if directory:
        chosen.extend(line for line in every if line.kind == DIRECTORY)
    return chosen


def coverage_problems(lines: Sequence[CrisisLine]) -> list[str]:
    """What the bundled list lacks, in words: a region without a crisis line; no
    directory line. (A region without a relationship-safety line of its own is fine:
    the directory line is always shown with it.)"""
    problems: list[str] = []
    by_region: Mapping[str, set[str]] = {
        region: {line.kind for line in lines if line.region == region} for region in REGIONS
    }
    for region, kinds in by_region.items():
        if CRISIS not in kinds:
            problems.append(f"{region} has no crisis line")
    if not any(line.kind == DIRECTORY for line in lines):
        problems.append("there is no directory line")
    return problems
