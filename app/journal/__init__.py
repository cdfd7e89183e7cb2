"""The journal: entries, tags, trash, full-text search, daily check-ins, demo data.

Qt-free. Modules (import what you need; this package imports nothing at start-up):

- ``model``: the frozen values (Entry, EntrySummary, EntryFilter, SearchHit,
  SearchResult, CheckIn, Prompt, Theme) and the snippet markers HIGHLIGHT_START/END.
- ``entries``: ``EntryRepository(connection, clock)`` for one open vault.
- ``checkins``: ``CheckInRepository(connection)``.
- ``search_query``: ``to_fts_query(text)``, user text to a safe FTS5 query.
- ``demo``: ``generate(connection, entries, seed=7, force=False)``.
- ``errors``: ``JournalError`` and its kinds; ``str(error)`` is one readable line.
- ``text`` / ``timestamps``: how text, tags and times are tidied and stored.

Prompts are content: ``app.content.prompts`` (load_prompts, prompt_of_the_day).
The schema is migration 2 in ``app.vault.migrations``.
"""
