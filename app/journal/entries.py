"""Journal entries in the vault: create, autosave, list, tag, trash, search.

Every method runs on the thread that owns the connection (the UI's worker thread)
and returns plain values from ``app.journal.model``. Errors a person can act on are
``JournalError`` subclasses (``app.journal.errors``) with a one-line message; any
other exception is a bug or a storage failure (sqlcipher3.DatabaseError).

The API is the agreed contract, with these additions and sharpened edges:

- ``purge(id)`` only removes an entry that is already in the trash (else
  EntryNotFound), so a slip in the UI can never skip the 30-day safety net.
- ``delete`` of an entry already in the trash and ``restore`` of a live entry change
  nothing (safe to repeat); both raise EntryNotFound for an unknown id. ``save`` also
  works on an entry in the trash (a late autosave is never lost); it stays there.
- ``set_tags`` and ``set_therapy_flag`` update ``edited`` too.
- Text is tidied before it is stored, and the returned Entry holds what was stored:
  control characters other than tab and line breaks, and lone surrogates, are removed
  (so the snippet markers never occur in stored text); a title is one line of at
  most 300 characters; a body may be up to 20 million characters (InvalidEntry past
  that). Tags: see ``app.journal.text.clean_tag`` (InvalidTag when empty or > 64).
- ``created`` must lie in 1900..2100 (InvalidEntry); a naive datetime is taken as
  this computer's local time. Times come back with a fixed-offset tzinfo.
- ``page(limit=...)`` is capped at MAX_PAGE (1000); ``search(limit=...)`` at 500.
- ``search``: trashed entries are never found. The last word is matched as a prefix
  unless the text ends with a space or the word is under three letters (see
  ``search_query``). Ranking is bm25 (title x10) among the newest entries that hold
  enough matches (RANK_TIERS): a very common word is ranked among recent entries.
  Snippets are cut from the entry text (``snippets``), not by FTS5.
- ``tidy_search_index()``: one short step of merging the index, dropping words edited
  away; repeated at a quiet moment until it returns False (``compact_search_index``
  does all steps at once).
"""

from __future__ import annotations

import contextlib
from array import array
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, Final

import sqlcipher3

from app.journal.errors import EntryNotFound, InvalidEntry, InvalidTag
from app.journal.model import (
    TRASH_DAYS,
    Entry,
    EntryFilter,
    EntrySummary,
    SearchHit,
    SearchResult,
)
from app.journal.search_query import to_fts_query
from app.journal.snippets import Matcher
from app.journal.snippets import snippet as make_snippet
from app.journal.text import (
    clean_body,
    clean_prompt_id,
    clean_tags,
    clean_title,
    preview,
    tag_key,
    tag_text,
)
from app.platform import timestamps
from app.platform.sentence import sentence
from app.platform.sql import Connection, transaction

MAX_PAGE: Final = 1000
MAX_SEARCH_HITS: Final = 500
TITLE_WEIGHT: Final = 10.0  # a match in the title counts ten times one in the body
TAG_WEIGHT: Final = 5.0  # and one in a tag five times
TIDY_PAGES: Final = 200  # index pages one tidy step merges (tens of milliseconds)
# Search scores matches among the newest this-many entries, widening while that gives
# too few hits (see EntryRepository._best_ids).
RANK_TIERS: Final = (500, 5_000, 50_000, None)

# Orders of search_page: best match first, or newest first.
BEST_MATCH: Final = "best"
NEWEST_FIRST: Final = "newest"
SEARCH_ORDERS: Final = (BEST_MATCH, NEWEST_FIRST)
SEARCH_PAGE: Final = 50  # results in a page of search_page (the first decides the window)

MESSAGE_EMPTY_SEARCH: Final = "Type a word or two to search your journal."
MESSAGE_NOTHING_SEARCHABLE: Final = (
    "There's nothing to search for in that; try a word rather than symbols or emoji."
)
MESSAGE_SEARCH_FAILED: Final = "That search didn't work; please try other words."

_NOT_FOUND: Final = "That entry no longer exists."

_ENTRY_COLUMNS: Final = "id, title, body, created, edited, bring_to_therapy, prompt_id, deleted_at"
_SUMMARY_COLUMNS: Final = "e.id, e.title, e.preview, e.created, e.edited, e.bring_to_therapy"

# Lists, counts and the calendar walk the live-entries index, which holds everything
# they filter on. Named outright: the planner cannot tell that a table row (with its
# body) is hundreds of times larger than an index row, and would scan the table.
_LIVE: Final = "entries e INDEXED BY entries_live"

Cursor = tuple[str, int]
ALL_ENTRIES: Final = EntryFilter()  # every live entry


def _opt_time(text: str | None) -> datetime | None:
    return None if text is None else timestamps.from_text(text)


class EntryRepository:
    """The entries of one open vault."""

    def __init__(
        self, connection: Connection, clock: Callable[[], datetime] = timestamps.local_now
    ) -> None:
        self._db = connection
        self._clock = clock

    # ----- writing ---------------------------------------------------------------------

    def _now(self) -> datetime:
        return timestamps.require_aware(self._clock(), "current time")

    def create(
        self,
        *,
        title: str = "",
        body: str = "",
        tags: Sequence[str] = (),
        bring_to_therapy: bool = False,
        prompt_id: str | None = None,
        created: datetime | None = None,
        within_open_transaction: bool = False,
    ) -> Entry:
        """A new live entry; ``created`` defaults to now (a naive value is local time).

        ``within_open_transaction``: the caller's transaction is open and rolls back as
        a whole on any failure (an import of thousands of entries), so this entry needs
        no savepoint of its own; that savepoint was a third of a large import's time.
        """
        title = clean_title(title)
        body = clean_body(body)
        pairs = clean_tags(tags)
        prompt = clean_prompt_id(prompt_id)
        now = self._now()
        when = now if created is None else timestamps.require_aware(created, "entry's date")
        if within_open_transaction and not self._db.in_transaction:
            raise RuntimeError("within_open_transaction needs the caller's transaction open")
        own = contextlib.nullcontext() if within_open_transaction else transaction(self._db)
        with own:
            cursor = self._db.execute(
                "INSERT INTO entries (created, created_utc, created_day, edited,"
                " bring_to_therapy, prompt_id, title, preview, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    timestamps.to_text(when),
                    timestamps.utc_key(when),
                    timestamps.day_key(when.date()),
                    timestamps.to_text(now),
                    int(bool(bring_to_therapy)),
                    prompt,
                    title,
                    preview(body),
                    body,
                ),
            )
            entry_id = int(cursor.lastrowid)
            self._write_tags(entry_id, pairs)
        return Entry(
            id=entry_id,
            title=title,
            body=body,
            created=timestamps.from_text(timestamps.to_text(when)),
            edited=timestamps.from_text(timestamps.to_text(now)),
            tags=tuple(tag for tag, _ in pairs),
            bring_to_therapy=bool(bring_to_therapy),
            prompt_id=prompt,
            deleted_at=None,
        )

    def save(self, entry_id: int, *, title: str, body: str) -> Entry:
        """The autosave path: one UPDATE (its trigger keeps the search index in step)."""
        title = clean_title(title)
        body = clean_body(body)
        now = self._now()
        rows = self._db.execute(
            "UPDATE entries SET title = ?, body = ?, preview = ?, edited = ? WHERE id = ?"
            " RETURNING created, bring_to_therapy, prompt_id, deleted_at",
            (title, body, preview(body), timestamps.to_text(now), entry_id),
        ).fetchall()
        if not rows:
            raise EntryNotFound(_NOT_FOUND)
        created, flag, prompt, deleted = rows[0]
        return Entry(
            id=entry_id,
            title=title,
            body=body,
            created=timestamps.from_text(created),
            edited=timestamps.from_text(timestamps.to_text(now)),
            tags=self._tags_of(entry_id),
            bring_to_therapy=bool(flag),
            prompt_id=prompt,
            deleted_at=_opt_time(deleted),
        )

    def update(
        self,
        entry_id: int,
        *,
        title: str | None = None,
        body: str | None = None,
        tags: Sequence[str] | None = None,
        bring_to_therapy: bool | None = None,
    ) -> Entry:
        """Change any of title, body, tags and flag (None: unchanged) in one transaction.

        Everything is checked before anything is written, so a bad tag leaves the
        title and body as they were too.
        """
        clean_t = None if title is None else clean_title(title)
        clean_b = None if body is None else clean_body(body)
        pairs = None if tags is None else clean_tags(tags)
        now = timestamps.to_text(self._now())
        assignments = ["edited = ?"]
        params: list[Any] = [now]
        if clean_t is not None:
            assignments.append("title = ?")
            params.append(clean_t)
        if clean_b is not None:
            assignments += ["body = ?", "preview = ?"]
            params += [clean_b, preview(clean_b)]
        if bring_to_therapy is not None:
            assignments.append("bring_to_therapy = ?")
            params.append(int(bool(bring_to_therapy)))
        with transaction(self._db):
            cursor = self._db.execute(
                f"UPDATE entries SET {', '.join(assignments)} WHERE id = ?", (*params, entry_id)
            )
            if cursor.rowcount == 0:
                raise EntryNotFound(_NOT_FOUND)
            if pairs is not None:
                self._db.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
                self._write_tags(entry_id, pairs)
        return self.get(entry_id)

    def set_tags(self, entry_id: int, tags: Sequence[str]) -> Entry:
        """Replace the entry's tags (tidied; duplicates ignoring case dropped)."""
        pairs = clean_tags(tags)
        with transaction(self._db):
            self._touch(entry_id)
            self._db.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
            self._write_tags(entry_id, pairs)
        return self.get(entry_id)

    def set_therapy_flag(self, entry_id: int, flag: bool) -> Entry:
        with transaction(self._db):
            self._touch(entry_id, "bring_to_therapy = ?", (int(bool(flag)),))
        return self.get(entry_id)

    def _touch(self, entry_id: int, extra: str = "", params: tuple[Any, ...] = ()) -> None:
        assignments = "edited = ?" + (", " + extra if extra else "")
        cursor = self._db.execute(
            f"UPDATE entries SET {assignments} WHERE id = ?",
            (timestamps.to_text(self._now()), *params, entry_id),
        )
        if cursor.rowcount == 0:
            raise EntryNotFound(_NOT_FOUND)

    def _write_tags(self, entry_id: int, pairs: list[tuple[str, str]]) -> None:
        self._db.executemany(
            "INSERT INTO entry_tags (entry_id, tag_key, tag, position) VALUES (?, ?, ?, ?)",
            [(entry_id, key, tag, position) for position, (tag, key) in enumerate(pairs)],
        )
        # The words search finds the tags by; their triggers update the index once.
        if pairs:
            self._db.execute(
                "INSERT INTO entry_tag_text (entry_id, tag_text) VALUES (?, ?)"
                " ON CONFLICT (entry_id) DO UPDATE SET tag_text = excluded.tag_text",
                (entry_id, tag_text(tag for tag, _ in pairs)),
            )
        else:
            self._db.execute("DELETE FROM entry_tag_text WHERE entry_id = ?", (entry_id,))

    # ----- trash -------------------------------------------------------------------------

    def delete(self, entry_id: int) -> None:
        """Move to the trash (kept TRASH_DAYS days). Already in the trash: nothing changes.

        The entry leaves the search index in FTS5's secure-delete mode, so none of its
        words stay behind in the index pages.
        """
        now = self._now()
        with transaction(self._db):
            _set_secure_delete(self._db, True)
            cursor = self._db.execute(
                "UPDATE entries SET deleted_at = ?, deleted_utc = ?"
                " WHERE id = ? AND deleted_at IS NULL",
                (timestamps.to_text(now), timestamps.utc_key(now), entry_id),
            )
            _set_secure_delete(self._db, False)
        if cursor.rowcount == 0:
            self._require_exists(entry_id)

    def restore(self, entry_id: int) -> None:
        """Bring back from the trash. Not in the trash: nothing changes."""
        cursor = self._db.execute(
            "UPDATE entries SET deleted_at = NULL, deleted_utc = NULL"
            " WHERE id = ? AND deleted_at IS NOT NULL",
            (entry_id,),
        )
        if cursor.rowcount == 0:
            self._require_exists(entry_id)

    def trash(self) -> list[EntrySummary]:
        """Entries in the trash, the most recently deleted first."""
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NOT NULL"
            " ORDER BY e.deleted_utc DESC, e.id DESC"
        ).fetchall()
        return self._summaries(rows)

    def purge(self, entry_id: int) -> None:
        """Remove an entry in the trash for good (the connection's secure_delete zeroes it)."""
        cursor = self._db.execute(
            "DELETE FROM entries WHERE id = ? AND deleted_at IS NOT NULL", (entry_id,)
        )
        if cursor.rowcount == 0:
            self._require_exists(entry_id)
            raise EntryNotFound("That entry isn't in the trash.")
        self._checkpoint()

    def purge_expired(self, now: datetime | None = None, days: int = TRASH_DAYS) -> int:
        """Purge entries deleted at least ``days`` days before ``now``; returns how many."""
        moment = self._now() if now is None else timestamps.require_aware(now, "current time")
        cutoff = timestamps.utc_key(moment - timedelta(days=days))
        cursor = self._db.execute(
            "DELETE FROM entries WHERE deleted_at IS NOT NULL AND deleted_utc <= ?", (cutoff,)
        )
        purged = int(cursor.rowcount)
        if purged:
            self._checkpoint()
        return purged

    def tidy_search_index(self, pages: int = TIDY_PAGES) -> bool:
        """One short step of merging the search index; True while there is more to do.

        Deleting an entry scrubs its words from the index at once (FTS5 secure-delete),
        but that costs far too much for every autosave, so words edited away stay in
        older index pages until those pages are merged. Each step writes about
        ``pages`` pages (tens of milliseconds), so an autosave queued behind it waits
        little; steps until this returns False leave one merged index with no trace of
        them. The last step moves the old page images out of the WAL.
        """
        before = self._db.total_changes
        # Negative: merge across levels too, which is 'optimize' done in steps.
        self._db.execute(
            "INSERT INTO entries_fts (entries_fts, rank) VALUES ('merge', ?)", (-abs(pages),)
        )
        more = bool(self._db.total_changes - before >= 2)  # FTS5's own test for "nothing merged"
        if not more:
            self._checkpoint()
        return more

    def compact_search_index(self) -> None:
        """Every step of ``tidy_search_index`` at once (seconds at 100,000 entries)."""
        while self.tidy_search_index():
            pass

    def _checkpoint(self) -> None:
        # Old page images of purged text stay in the WAL until a checkpoint; move them
        # into the main file now (where secure_delete has zeroed the freed space).
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def _require_exists(self, entry_id: int) -> None:
        row = self._db.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise EntryNotFound(_NOT_FOUND)

    # ----- reading -------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        row = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise EntryNotFound(_NOT_FOUND)
        entry_id, title, body, created, edited, flag, prompt, deleted = row
        return Entry(
            id=entry_id,
            title=title,
            body=body,
            created=timestamps.from_text(created),
            edited=timestamps.from_text(edited),
            tags=self._tags_of(entry_id),
            bring_to_therapy=bool(flag),
            prompt_id=prompt,
            deleted_at=_opt_time(deleted),
        )

    def count(self, filter: EntryFilter = ALL_ENTRIES) -> int:
        """How many live entries match ``filter``."""
        where, params = _where(filter)
        row = self._db.execute(f"SELECT count(*) FROM {_LIVE} WHERE {where}", params).fetchone()
        return int(row[0])

    def page(self, filter: EntryFilter, *, after: Cursor | None, limit: int) -> list[EntrySummary]:
        """Up to ``limit`` live entries, newest first, after the row ``after`` points at.

        ``after`` is ``cursor_of`` the last row of the previous page (None for the first
        page). Keyset paging: every page costs the same, however deep.
        """
        limit = max(0, min(int(limit), MAX_PAGE))
        if limit == 0:
            return []
        where, params = _where(filter)
        if after is not None:
            key, last_id = after
            where += " AND (e.created_utc, e.id) < (?, ?)"
            params = [*params, str(key), int(last_id)]
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM {_LIVE} WHERE {where}"
            " ORDER BY e.created_utc DESC, e.id DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return self._summaries(rows)

    def ids(self, filter: EntryFilter = ALL_ENTRIES) -> array[int]:
        """The ids of every live entry matching ``filter``, newest first (as ``page``).

        Read from the live-entries index alone (about 7 ms for 20,000 entries, 30 ms for
        100,000), and small (8 bytes an entry): a list knows its length and which entry
        is in which row without reading any entry.
        """
        where, params = _where(filter)
        cursor = self._db.execute(
            f"SELECT e.id FROM {_LIVE} WHERE {where} ORDER BY e.created_utc DESC, e.id DESC",
            params,
        )
        return array("q", (int(entry_id) for (entry_id,) in cursor))

    def summaries(self, ids: Sequence[int]) -> list[EntrySummary]:
        """Summaries of the live entries among ``ids``, in the order given (an id that is
        not a live entry is left out). At most MAX_PAGE ids are read."""
        wanted = [int(entry_id) for entry_id in ids[:MAX_PAGE]]
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM entries e"
            f" WHERE e.id IN ({marks}) AND e.deleted_at IS NULL",
            wanted,
        ).fetchall()
        by_id = {summary.id: summary for summary in self._summaries(rows)}
        return [by_id[entry_id] for entry_id in wanted if entry_id in by_id]

    @staticmethod
    def cursor_of(summary: EntrySummary) -> Cursor:
        """The paging cursor for the row ``summary`` came from."""
        return timestamps.utc_key(summary.created), summary.id

    def days_with_entries(self, year: int, month: int) -> set[date]:
        """Local dates in that month with at least one live entry (for the calendar)."""
        try:
            first = timestamps.require_day(date(year, month, 1))
        except ValueError:
            raise InvalidEntry(
                sentence("There is no month {month} in {year}.", month=month, year=year)
            ) from None
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        where, params = _where(EntryFilter(start=first, end=last))
        rows = self._db.execute(
            f"SELECT DISTINCT e.created_day FROM {_LIVE} WHERE {where}", params
        ).fetchall()
        return {date.fromisoformat(day) for (day,) in rows}

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag on a live entry with how many entries carry it, most used first."""
        rows = self._db.execute(
            "SELECT min(t.tag), count(*) FROM entry_tags t"
            " WHERE t.entry_id NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL)"
            " GROUP BY t.tag_key ORDER BY count(*) DESC, t.tag_key"
        ).fetchall()
        return [(str(tag), int(n)) for tag, n in rows]

    def search(
        self, text: str, filter: EntryFilter = ALL_ENTRIES, *, limit: int = 50
    ) -> SearchResult:
        """Live entries matching ``text``, best first (bm25; title matches weigh more).

        A very common word is ranked among recent entries, a rarer one across the whole
        journal (see RANK_TIERS), which keeps the first results fast at any size. Never
        raises for anything a person types: text with nothing searchable gives no hits
        and a gentle ``message``. (``search_page`` also counts every match.)
        """
        result = self.search_page(text, filter, limit=limit, first_page=limit)
        return SearchResult(result.hits, result.message)

    def search_page(
        self,
        text: str,
        filter: EntryFilter = ALL_ENTRIES,
        *,
        order: str = BEST_MATCH,
        offset: int = 0,
        limit: int = SEARCH_PAGE,
        first_page: int = SEARCH_PAGE,
    ) -> SearchResult:
        """One page of the live entries matching ``text``, and how many match in all.

        ``order`` NEWEST_FIRST: by the date written, newest first. BEST_MATCH: as
        ``search`` ranks them, in pages that stay put: the newest entries that hold at
        least ``first_page`` matches (a RANK_TIERS window) come first, best first, then
        the further matches of each wider window, best first. So the first page is
        ``search(limit=first_page)``'s, and a later page never reshuffles an earlier one.
        Never raises for anything a person types (as ``search``).
        """
        if order not in SEARCH_ORDERS:
            raise ValueError(f"unknown search order: {order!r}")
        query = to_fts_query(text) if isinstance(text, str) else None
        if query is None:
            blank = not isinstance(text, str) or not text.strip()
            return SearchResult([], MESSAGE_EMPTY_SEARCH if blank else MESSAGE_NOTHING_SEARCHABLE)
        limit = max(0, min(int(limit), MAX_SEARCH_HITS))
        offset = max(0, int(offset))
        if limit == 0:
            return SearchResult([], None)
        try:
            if order == NEWEST_FIRST:
                total = self._match_count(query, filter)
                ids = self._newest_ids(query, filter, offset, limit)
            else:
                total, ids = self._best_ids(query, filter, offset, limit, max(1, int(first_page)))
            hits = self._hits(text, query, ids)
        except sqlcipher3.OperationalError:
            # Only reachable through an FTS5 quirk to_fts_query did not foresee.
            return SearchResult([], MESSAGE_SEARCH_FAILED)
        return SearchResult(hits, None, total)

    def _fts_from(self, filter: EntryFilter, *, join: bool = False) -> tuple[str, str, list[Any]]:
        """FROM clause (on ``entries_fts f``), extra condition and its parameters."""
        if filter == ALL_ENTRIES and not join:
            return "entries_fts f", "", []
        where, params = _where(filter)
        return "entries_fts f JOIN entries e ON e.id = f.rowid", f" AND {where}", params

    @staticmethod
    def _window(low: int | None, high: int | None) -> tuple[str, list[int]]:
        """Rowids in [low, high) (None: unbounded)."""
        sql, params = "", []
        if low is not None:
            sql += " AND f.rowid >= ?"
            params.append(low)
        if high is not None:
            sql += " AND f.rowid < ?"
            params.append(high)
        return sql, params

    def _match_count(
        self, query: str, filter: EntryFilter, low: int | None = None, high: int | None = None
    ) -> int:
        source, condition, params = self._fts_from(filter)
        window, bounds = self._window(low, high)
        row = self._db.execute(
            f"SELECT count(*) FROM {source} WHERE entries_fts MATCH ?{window}{condition}",
            [query, *bounds, *params],
        ).fetchone()
        return int(row[0])

    def _newest_ids(self, query: str, filter: EntryFilter, offset: int, limit: int) -> list[int]:
        source, condition, params = self._fts_from(filter, join=True)
        rows = self._db.execute(
            f"SELECT e.id FROM {source} WHERE entries_fts MATCH ?{condition}"
            " ORDER BY e.created_utc DESC, e.id DESC LIMIT ? OFFSET ?",
            [query, *params, limit, offset],
        ).fetchall()
        return [int(r[0]) for r in rows]

    def _best_ids(
        self, query: str, filter: EntryFilter, offset: int, limit: int, first_page: int
    ) -> tuple[int, list[int]]:
        """How many match, and the ids of ranks ``offset`` .. ``offset + limit``.

        Scoring a match costs far more than finding it (cipher_memory_security makes
        every allocation a system call), so matches are scored within windows of the
        newest entries (RANK_TIERS): the first window holding ``first_page`` matches (or
        everything) is ranked first, then each wider window's further matches. A common
        word is ranked among recent entries; a rarer one across everything.
        """
        bounds: list[int | None] = []
        for tier in RANK_TIERS:
            bounds.append(self._id_of_newest(tier))
            if bounds[-1] is None:
                break
        counts = [self._match_count(query, filter, low) for low in bounds]
        chosen = next(
            n
            for n, (low, count) in enumerate(zip(bounds, counts, strict=True))
            if count >= first_page or low is None
        )
        # (lowest rowid, rowid past the highest, how many match in between)
        segments: list[tuple[int | None, int | None, int]] = [
            (bounds[chosen], None, counts[chosen])
        ]
        segments += [
            (bounds[n], bounds[n - 1], counts[n] - counts[n - 1])
            for n in range(chosen + 1, len(bounds))
        ]
        ids: list[int] = []
        skip = offset
        for low, high, size in segments:
            if len(ids) >= limit:
                break
            if skip >= size:
                skip -= size
                continue
            ids += self._ranked(query, filter, low, high, skip, limit - len(ids))
            skip = 0
        return counts[-1], ids

    def _ranked(
        self,
        query: str,
        filter: EntryFilter,
        low: int | None,
        high: int | None,
        offset: int,
        limit: int,
    ) -> list[int]:
        """Ids of the matches with rowids in [low, high), best first."""
        source, condition, params = self._fts_from(filter)
        window, bounds = self._window(low, high)
        rows = self._db.execute(
            f"SELECT f.rowid FROM {source} WHERE entries_fts MATCH ?{window}{condition}"
            f" ORDER BY bm25(entries_fts, {TITLE_WEIGHT}, 1.0, {TAG_WEIGHT}), f.rowid DESC"
            " LIMIT ? OFFSET ?",
            [query, *bounds, *params, limit, offset],
        ).fetchall()
        return [int(r[0]) for r in rows]

    def _id_of_newest(self, count: int | None) -> int | None:
        """An id below which lie all but about the newest ``count`` entries (None: all).

        Ids only grow, with gaps only where entries were purged, so the newest id minus
        ``count`` is close enough, and costs one index lookup instead of a scan.
        """
        if count is None:
            return None
        row = self._db.execute("SELECT max(id) FROM entries").fetchone()
        newest = int(row[0] or 0)
        return None if newest <= count else newest - count + 1

    def _hits(self, text: str, query: str, ids: list[int]) -> list[SearchHit]:
        """Title, date and snippet for ``ids`` (already ranked)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT id, title, created, preview, body FROM entries WHERE id IN ({marks})", ids
        ).fetchall()
        matcher = Matcher(text, prefix=query.endswith("*"))
        tags = self._tags_by_entry(ids)
        found = {
            int(entry_id): SearchHit(
                id=int(entry_id),
                title=str(title),
                created=timestamps.from_text(created),
                snippet=make_snippet(str(body), matcher),
                tags=tags.get(int(entry_id), ()),
                preview=str(preview_text),
            )
            for entry_id, title, created, preview_text, body in rows
        }
        return [found[i] for i in ids if i in found]

    # ----- helpers -------------------------------------------------------------------

    def _tags_of(self, entry_id: int) -> tuple[str, ...]:
        rows = self._db.execute(
            "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY position", (entry_id,)
        ).fetchall()
        return tuple(str(tag) for (tag,) in rows)

    def _tags_by_entry(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        """The tags of each of ``ids`` (in their order), in one query."""
        tags: dict[int, list[str]] = {}
        marks = ", ".join("?" * len(ids))
        for entry_id, tag in self._db.execute(
            f"SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({marks})"
            " ORDER BY entry_id, position",
            ids,
        ):
            tags.setdefault(int(entry_id), []).append(str(tag))
        return {entry_id: tuple(names) for entry_id, names in tags.items()}

    def _summaries(self, rows: list[Any]) -> list[EntrySummary]:
        if not rows:
            return []
        tags = self._tags_by_entry([int(row[0]) for row in rows])
        return [
            EntrySummary(
                id=int(entry_id),
                title=str(title),
                preview=str(preview_text),
                created=timestamps.from_text(created),
                edited=timestamps.from_text(edited),
                tags=tags.get(int(entry_id), ()),
                bring_to_therapy=bool(flag),
            )
            for entry_id, title, preview_text, created, edited, flag in rows
        ]


def _set_secure_delete(connection: Connection, on: bool) -> None:
    """FTS5 secure-delete: removing a row also scrubs its terms from the index pages.

    It makes a removal cost tens of milliseconds at 100,000 entries, so it is on only
    while an entry goes to the trash, never on the autosave path.
    """
    connection.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', ?)", (int(on),)
    )


def _where(filter: EntryFilter) -> tuple[str, list[Any]]:
    """The SQL condition (on ``entries e``) and parameters for live entries in ``filter``."""
    clauses = ["e.deleted_at IS NULL"]
    params: list[Any] = []
    if filter.therapy_only:
        clauses.append("e.bring_to_therapy = 1")
    if filter.start is not None or filter.end is not None:
        low, high = timestamps.utc_bounds(filter.start, filter.end)
        if low is not None and filter.start is not None:
            clauses.append("e.created_utc >= ? AND e.created_day >= ?")
            params += [low, timestamps.day_key(filter.start)]
        if high is not None and filter.end is not None:
            clauses.append("e.created_utc < ? AND e.created_day <= ?")
            params += [high, timestamps.day_key(filter.end)]
    if filter.tag is not None:
        try:
            key = tag_key(filter.tag)
        except InvalidTag:
            # No entry can carry such a tag. (A constant "0" would leave INDEXED BY
            # without a loop to use the index in, which SQLite reports as an error.)
            clauses.append("e.id < 0")
        else:
            clauses.append("e.id IN (SELECT entry_id FROM entry_tags WHERE tag_key = ?)")
            params.append(key)
    return " AND ".join(clauses), params
