"""Day One's JSON export: the ``.zip`` it makes (its ``.json`` journals are read in
memory, never extracted; photos and other media stay in the zip) or one ``.json``.

An entry: ``{"uuid", "creationDate": "2024-03-10T20:15:00Z", "timeZone":
"Europe/Berlin", "text": "# A title\\n\\nThe words", "tags": [...], "starred": true,
"photos": [...], "videos": [...], ...}``. The time is shown in the entry's own zone
(its offset kept, as the journal stores every time). A first line that is a heading
becomes the title. Media are left out with a count, and their placeholders
(``![](dayone-moment://...)``) are taken out of the text. Day One escapes Markdown
punctuation (``\\.``, ``\\!``); the backslashes are removed. Entries without text
are skipped (Mooring keeps no empty entries); the plan says how many.
"""

from __future__ import annotations

import re
from typing import Any, Final

from app.exchange.importers import build
from app.exchange.importers.model import ImportedEntry, ImportProblem, Tally
from app.platform.sentence import sentence

MEDIA_KEYS: Final = ("photos", "videos", "audios", "pdfAttachments")
# A photo or other media in the text (left out), with the blank lines around it: a
# paragraph break where it stood on a line of its own, a space where it was inline.
_MOMENT: Final = re.compile(r"[ \t]*\n*[ \t]*!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)[ \t]*\n*")
_ESCAPED: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~=])")
_HEADING: Final = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$")


def looks_like(document: Any) -> bool:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return False
    entries = [e for e in document["entries"][:20] if isinstance(e, dict)]
    if not entries:
        return "metadata" in document
    return any("creationDate" in e for e in entries)


def read(document: Any, name: str, tally: Tally) -> list[ImportedEntry]:
    if not looks_like(document):
        raise ImportProblem(
            sentence(
                '{name} is JSON but not a Day One export: it has no list of "entries" '
                'with a "creationDate".',
                name=name,
            )
        )
    result: list[ImportedEntry] = []
    unknown_zone = 0
    for number, raw in enumerate(document["entries"], start=1):
        where = sentence("{name}, entry {number:,}", name=name, number=number)
        if not isinstance(raw, dict):
            tally.skip("not_entry", where)
            continue
        for key in MEDIA_KEYS:
            media = raw.get(key)
            if isinstance(media, list):
                tally.skip("photo", count=len(media))
        created = build.parse_iso(raw.get("creationDate"))
        if created is not None and build.in_range(created):
            if created.tzinfo is None:
                created = build.local(created)
                unknown_zone += 1
            else:
                zoned = build.in_zone(created, raw.get("timeZone"))
                if zoned is None:
                    unknown_zone += 1
                    created = build.local(created)
                else:
                    created = zoned
        text = raw.get("text", "")
        if text is None:
            text = ""
        title, body = split_title(text) if isinstance(text, str) else ("", text)
        tags = raw.get("tags") or []
        if not isinstance(tags, list):
            tags = [tags]
        made = build.entry(
            tally,
            where,
            created,
            title=title,
            body=body,
            tags=tags,
            flagged=raw.get("starred") is True,
        )
        if made is not None:
            result.append(made)
    if unknown_zone:
        tally.note(
            sentence(
                "1 entry has no time zone this computer knows, so its time is shown in this "
                "computer's local time."
            )
            if unknown_zone == 1
            else sentence(
                "{count:,} entries have no time zone this computer knows, so their times are "
                "shown in this computer's local time.",
                count=unknown_zone,
            )
        )
    return result


def _instead_of_moment(found: re.Match[str]) -> str:
    return "\n\n" if "\n" in found.group() else " "


def split_title(text: str) -> tuple[str, str]:
    """(title, body): a first line that is a Markdown heading is the title."""
    text = _MOMENT.sub(_instead_of_moment, text.replace("\r\n", "\n")).strip("\n")
    first, _newline, rest = text.partition("\n")
    heading = _HEADING.match(first.strip())
    if heading:
        return _ESCAPED.sub(r"\1", heading.group(1).strip()), _ESCAPED.sub(r"\1", rest.strip("\n"))
    return "", _ESCAPED.sub(r"\1", text)
