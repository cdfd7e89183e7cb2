"""jrnl's JSON export (``jrnl --export json``).

Its shape: ``{"tags": {"@work": 3, ...}, "entries": [{"title", "body", "date":
"2024-03-10", "time": "21:15", "tags": ["@work"], "starred": false}, ...]}``. jrnl
keeps no time zone: times are taken as this computer's local time (the plan says so).
Tags lose jrnl's ``@`` (Mooring's tags are plain words); "starred" becomes "bring to
therapy", the journal's one flag.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from app.exchange.importers import build
from app.exchange.importers.model import ImportedEntry, ImportProblem, Tally
from app.platform.sentence import sentence


def looks_like(document: Any) -> bool:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return False
    entries = [e for e in document["entries"][:20] if isinstance(e, dict)]
    if not entries:
        return "tags" in document and "metadata" not in document
    return any("date" in e and ("body" in e or "title" in e) for e in entries)


def read(document: Any, name: str, tally: Tally) -> list[ImportedEntry]:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportProblem(
            sentence(
                '{name} is JSON but not a jrnl export: it has no list of "entries".', name=name
            )
        )
    result: list[ImportedEntry] = []
    for number, raw in enumerate(document["entries"], start=1):
        where = sentence("entry {number:,}", number=number)
        if not isinstance(raw, dict):
            tally.skip("not_entry", where)
            continue
        created = _created(raw.get("date"), raw.get("time"))
        tags = raw.get("tags") or []
        if not isinstance(tags, list):
            tags = [tags]
        made = build.entry(
            tally,
            where,
            created,
            title=raw.get("title", "") if raw.get("title") is not None else "",
            body=raw.get("body", "") if raw.get("body") is not None else "",
            tags=tags,
            flagged=raw.get("starred") is True,
        )
        if made is not None:
            result.append(made)
    tally.note(
        sentence("jrnl keeps no time zone, so times were taken as this computer's local time.")
    )
    return result


def _created(day_text: Any, time_text: Any) -> datetime | None:
    if not isinstance(day_text, str):
        return None
    try:
        day = date.fromisoformat(day_text.strip()[:10])
    except ValueError:
        return None
    at = time(0, 0)
    if isinstance(time_text, str) and time_text.strip():
        try:
            at = time.fromisoformat(time_text.strip())
        except ValueError:
            return None
        at = at.replace(tzinfo=None)
    return build.day_at(day, at)
