"""The journal: entries, tags, trash, full-text search, daily check-ins, demo data.

Qt-free. Modules (import what you need; this package imports nothing at start-up):

- ``model``: the frozen values (Entry, EntrySummary, EntryFilter, SearchHit,
  SearchResult, CheckIn, Prompt, Theme) and the snippet markers HIGHLIGHT_START/END.
- ``entries``: ``EntryRepository(connection, clock)`` for one open vault; its module
  docstring lists where it sharpens the agreed contract.
- ``checkins``: ``CheckInRepository(connection, clock)``: ``save(checkin) -> CheckIn``
  (replaces that day; returns what was stored, note on one line), ``get(day)``,
  ``between(start, end)`` (oldest first, inclusive), ``delete(day) -> bool``.
- ``search_query``: ``to_fts_query(text)``, any user text to a safe FTS5 query.
- ``snippets``: the search snippet cut from an entry's text.
- ``demo``: ``generate(connection, entries, *, seed=7, force=False, today=None,
  progress=None) -> int``; JournalNotEmpty when entries exist and not ``force``.
- ``errors``: JournalError and its kinds EntryNotFound, InvalidEntry, InvalidTag,
  InvalidCheckIn, JournalNotEmpty; ``str(error)`` is one readable line.
- ``text`` / ``timestamps``: how text, tags and times are tidied and stored.

Prompts are content: ``app.content.prompts`` (load_prompts, prompt_of_the_day,
find_prompt). The schema is migration 2 in ``app.vault.migrations``.
"""
