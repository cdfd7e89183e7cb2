"""A deterministic synthetic journal for demos, screenshots and benchmarks.

``generate(connection, 1000)`` writes 1,000 entries of about 250 words, with tags,
prompt links and a few "bring to therapy" flags. With the
same ``seed`` and ``today`` the journal is the same, entry for entry; the entries end
on ``today`` (default: the local date), spread over up to ten years.

Everything is written in one transaction (nested in the caller's, when there is one):
a failure leaves the vault as it was. Other modules fill their own demo data
(``app/platform/demo.py`` asks each one in turn).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from app.journal import demo_text
from app.journal.errors import InvalidEntry, JournalNotEmpty
from app.journal.text import preview, tag_text
from app.platform import timestamps
from app.platform.sentence import sentence
from app.platform.sql import Connection, transaction
from app.vault import search_index

MAX_ENTRIES: Final = 1_000_000
MAX_SPAN_DAYS: Final = 3650
_SENTENCES_PER_PARAGRAPH: Final = 5
_PARAGRAPHS_PER_ENTRY: Final = 4  # about 250 words
_PARAGRAPHS: Final = 5000
_FILLS_PER_TEMPLATE: Final = 40
_LIST_VARIANTS: Final = 200
_BATCH: Final = 2000

Progress = Callable[[int, int], None]


def generate(
    connection: Connection,
    entries: int,
    *,
    seed: int = 7,
    force: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add ``entries`` demo entries; returns how many entries were added.

    Raises JournalNotEmpty when the journal already has entries (including the trash)
    unless ``force``; then the demo entries are added to what is there.
    """
    if isinstance(entries, bool) or not isinstance(entries, int) or not 1 <= entries <= MAX_ENTRIES:
        raise InvalidEntry(
            sentence(
                "The demo journal can have from 1 to {max_entries:,} entries.",
                max_entries=MAX_ENTRIES,
            )
        )
    end = timestamps.require_day(today if today is not None else date.today())
    existing = connection.execute("SELECT count(*), max(id) FROM entries").fetchone()
    if existing[0] and not force:
        raise JournalNotEmpty("This journal already has entries; the demo only fills an empty one.")
    first_id = int(existing[1] or 0) + 1
    rng = random.Random(seed)
    writer = _Writer(rng, end, entries)
    prompt_ids = _prompt_ids()
    # Inside this transaction only, the new rows are indexed in bulk at the end.
    with transaction(connection), search_index.indexed_in_bulk(connection):
        _insert(connection, writer, entries, first_id, prompt_ids, progress)
    return entries


def _insert(
    connection: Connection,
    writer: _Writer,
    entries: int,
    first_id: int,
    prompt_ids: list[str],
    progress: Callable[[int, int], None] | None,
) -> None:
    for done, count, (rows, tag_rows, text_rows) in _prepared(
        writer, entries, first_id, prompt_ids
    ):
        connection.executemany(
            "INSERT INTO entries (id, created, created_utc, created_day, edited,"
            " bring_to_therapy, prompt_id, title, preview, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.executemany(
            "INSERT INTO entry_tags (entry_id, tag_key, tag, position) VALUES (?, ?, ?, ?)",
            tag_rows,
        )
        connection.executemany(
            "INSERT INTO entry_tag_text (entry_id, tag_text) VALUES (?, ?)", text_rows
        )
        if progress is not None:
            progress(done + count, entries)


Batch = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _prepared(
    writer: _Writer, entries: int, first_id: int, prompt_ids: list[str]
) -> Iterator[tuple[int, int, Batch]]:
    """(entries done so far, count, rows) per batch, in order."""
    for start in range(0, entries, _BATCH):
        count = min(_BATCH, entries - start)
        yield start, count, writer.batch(start, count, first_id + start, prompt_ids)


def _prompt_ids() -> list[str]:
    from app.content import ContentError
    from app.content.prompts import load_prompts

    try:
        return [p.id for p in load_prompts()[1]]
    except ContentError:
        return []  # the demo does not need prompts to be useful


class _Writer:
    """Makes the rows; all randomness comes from one seeded generator, in order."""

    def __init__(self, rng: random.Random, end: date, entries: int) -> None:
        self.rng = rng
        self.end = end
        self.entries = entries
        self.span_days = max(1, min(MAX_SPAN_DAYS, entries))
        # Entries end yesterday, so none of them is dated later than now.
        last_entry_day = end - timedelta(days=1)
        self.start = last_entry_day - timedelta(days=self.span_days - 1)
        self._paragraphs: list[str] | None = None
        self._previews: list[str] | None = None
        self._lists: list[str] | None = None
        if self.start < timestamps.EARLIEST:
            self.start = timestamps.EARLIEST
            self.span_days = (last_entry_day - self.start).days + 1

    def _fill(self, template: str) -> str:
        rng = self.rng
        if "{" not in template:
            return template
        filled = template.format(
            person=rng.choice(demo_text.PEOPLE),
            place=rng.choice(demo_text.PLACES),
            feeling=rng.choice(demo_text.FEELINGS),
            activity=rng.choice(demo_text.ACTIVITIES),
            time=rng.choice(demo_text.TIMES),
            weekday=rng.choice(demo_text.WEEKDAYS),
        )
        return filled[0].upper() + filled[1:]

    def _pools(self) -> tuple[list[str], list[str], list[str]]:
        """Paragraphs (with their previews) and lists, made once and then combined.

        Writing 100,000 entries sentence by sentence takes longer than storing them; a
        few thousand ready paragraphs, four to an entry, keep the variety at a fraction
        of the cost.
        """
        if self._paragraphs is None:
            rng = self.rng
            sentences = [
                self._fill(t) for t in demo_text.SENTENCES for _ in range(_FILLS_PER_TEMPLATE)
            ]
            self._paragraphs = [
                " ".join(rng.choices(sentences, k=_SENTENCES_PER_PARAGRAPH))
                for _ in range(_PARAGRAPHS)
            ]
            # Previews come from the first paragraph, which is always long enough.
            self._previews = [preview(p) for p in self._paragraphs]
            self._lists = [
                "Tomorrow:\n\n"
                + "\n".join(f"- {self._fill(t)}" for t in rng.sample(demo_text.LIST_ITEMS, 3))
                for _ in range(_LIST_VARIANTS)
            ]
        assert self._previews is not None and self._lists is not None
        return self._paragraphs, self._previews, self._lists

    def _created(self, index: int) -> datetime:
        day = self.start + timedelta(days=index * self.span_days // self.entries)
        moment = time(self.rng.randrange(6, 24), self.rng.randrange(60), self.rng.randrange(60))
        # Local wall time on that day, with the offset this computer had then (DST-aware).
        return datetime.combine(day, moment).astimezone()

    def batch(self, done: int, count: int, first_id: int, prompt_ids: list[str]) -> Batch:
        rng = self.rng
        random_ = rng.random
        paragraphs, previews, lists = self._pools()
        picks = range(len(paragraphs))
        titles = demo_text.TITLES
        tags = demo_text.TAGS
        rows: list[tuple[Any, ...]] = []
        tag_rows: list[tuple[Any, ...]] = []
        text_rows: list[tuple[Any, ...]] = []
        for offset in range(count):
            entry_id = first_id + offset
            created = self._created(done + offset)
            edited = created + timedelta(minutes=rng.randrange(2, 90))
            title = rng.choice(titles) if random_() < 0.8 else ""
            chosen = rng.choices(picks, k=_PARAGRAPHS_PER_ENTRY)
            parts = [paragraphs[i] for i in chosen]
            if random_() < 0.15:
                parts.insert(rng.randrange(1, len(parts) + 1), rng.choice(lists))
            prompt = rng.choice(prompt_ids) if prompt_ids and random_() < 0.25 else None
            flag = int(random_() < 0.06)
            # The demo's tags are already tidy (lowercase, one word): tag == key.
            chosen_tags = rng.sample(tags, rng.choice((0, 1, 1, 2, 2, 3)))
            rows.append(
                (
                    entry_id,
                    created.isoformat(),
                    timestamps.utc_key(created),
                    created.date().isoformat(),
                    edited.isoformat(),
                    flag,
                    prompt,
                    title,
                    previews[chosen[0]],
                    "\n\n".join(parts),
                )
            )
            for position, tag in enumerate(chosen_tags):
                tag_rows.append((entry_id, tag, tag, position))
            if chosen_tags:
                text_rows.append((entry_id, tag_text(chosen_tags)))
        return rows, tag_rows, text_rows
