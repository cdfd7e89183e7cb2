"""Journal entries on a real SQLCipher vault: storage, tags, dates, paging, trash."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.journal import text as journal_text
from app.journal.entries import EntryRepository
from app.journal.errors import EntryNotFound, InvalidEntry, InvalidTag
from app.journal.model import EntryFilter, EntrySummary
from app.platform.errors import InvalidValue
from app.vault import backup, migrations
from app.vault.vault import Vault

START = datetime(2024, 5, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
ALL = EntryFilter()


class Clock:
    """An injectable clock that only moves when told to."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(vault: Vault, clock: Clock) -> EntryRepository:
    return EntryRepository(vault.connection, clock=clock)


def _all_pages(
    repo: EntryRepository, filter: EntryFilter = ALL, size: int = 7
) -> list[EntrySummary]:
    rows: list[EntrySummary] = []
    after = None
    while True:
        page = repo.page(filter, after=after, limit=size)
        rows += page
        if len(page) < size:
            return rows
        after = repo.cursor_of(page[-1])


def _fts_ids(vault: Vault, word: str) -> set[int]:
    rows = vault.connection.execute(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", (f'"{word}"',)
    ).fetchall()
    return {r[0] for r in rows}


def _in_index_pages(vault: Vault, word: str) -> bool:
    """True when ``word`` is still written in the search index's own pages."""
    blocks = vault.connection.execute("SELECT block FROM entries_fts_data").fetchall()
    return any(word.encode() in bytes(block) for (block,) in blocks if block)


# ----- create, read, autosave ---------------------------------------------------------


def test_create_then_get_round_trips_every_field(repo: EntryRepository, clock: Clock) -> None:
    made = repo.create(
        title="Morning",
        body="Slept *well*.\n\nWent for a walk.",
        tags=["sleep", "walks"],
        bring_to_therapy=True,
        prompt_id="recovery-today-01",
    )
    assert made == repo.get(made.id)
    assert made.title == "Morning"
    assert made.body == "Slept *well*.\n\nWent for a walk."
    assert made.tags == ("sleep", "walks")
    assert made.bring_to_therapy is True
    assert made.prompt_id == "recovery-today-01"
    assert made.deleted_at is None
    assert made.created == clock.now and made.edited == clock.now
    assert made.created.utcoffset() == timedelta(hours=2)  # Berlin summer time


def test_create_inside_a_callers_transaction_rolls_back_with_it(
    repo: EntryRepository, vault: Vault
) -> None:
    from app.platform.sql import transaction

    with pytest.raises(RuntimeError):
        repo.create(title="alone", within_open_transaction=True)
    with pytest.raises(ZeroDivisionError), transaction(vault.connection):
        repo.create(title="first", tags=["walk"], within_open_transaction=True)
        repo.create(title="second", within_open_transaction=True)
        1 / 0  # noqa: B018 - the caller fails after both were written
    assert vault.connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    assert vault.connection.execute("SELECT count(*) FROM entry_tags").fetchone()[0] == 0
    with transaction(vault.connection):
        kept = repo.create(title="kept", tags=["walk"], within_open_transaction=True)
    assert repo.get(kept.id).tags == ("walk",)
    assert kept.id in _fts_ids(vault, "kept")


def test_save_is_the_autosave_path_and_keeps_created(repo: EntryRepository, clock: Clock) -> None:
    made = repo.create(title="Draft", body="first words", tags=["a"])
    clock.advance(seconds=5)
    saved = repo.save(made.id, title="Draft two", body="first words and more")
    assert saved == repo.get(made.id)
    assert saved.body == "first words and more"
    assert saved.title == "Draft two"
    assert saved.created == made.created
    assert saved.edited == made.edited + timedelta(seconds=5)
    assert saved.tags == ("a",)
    with pytest.raises(EntryNotFound):
        repo.save(made.id + 100, title="", body="lost?")
    with pytest.raises(EntryNotFound):
        repo.get(made.id + 100)


def test_five_megabyte_entry_is_stored_searched_and_previewed(
    repo: EntryRepository, vault: Vault
) -> None:
    paragraph = "I kept writing because it helped. " * 30 + "\n\n"
    body = (paragraph * (5 * 1024 * 1024 // len(paragraph) + 1)) + "lighthousekeeper"
    assert len(body.encode()) > 5 * 1024 * 1024
    made = repo.create(title="Long night", body=body)
    assert repo.get(made.id).body == body
    [summary] = repo.page(EntryFilter(), after=None, limit=10)
    assert len(summary.preview) <= journal_text.PREVIEW_CHARS
    assert "\n" not in summary.preview
    assert [h.id for h in repo.search("lighthousekeeper").hits] == [made.id]
    saved = repo.save(made.id, title="Long night", body=body + " postscript")
    assert repo.get(made.id).body == saved.body
    assert _fts_ids(vault, "postscript") == {made.id}


def test_markdown_with_html_and_links_is_stored_verbatim(repo: EntryRepository) -> None:
    body = (
        "# Tonight\n\n<script>alert('boo')</script>\n\n"
        '<img src="http://example.invalid/track.png">\n\n'
        "[click](javascript:alert(1)) and <a href='javascript:void(0)'>x</a>\n"
        "<iframe src=//example.invalid></iframe>\n"
    )
    made = repo.create(title="<b>bold</b> title", body=body)
    again = repo.get(made.id)
    assert again.body == body
    assert again.title == "<b>bold</b> title"
    [summary] = repo.page(EntryFilter(), after=None, limit=1)
    assert "<script" not in summary.preview and "<img" not in summary.preview
    [hit] = repo.search("alert").hits
    assert "<script" not in hit.snippet


def test_control_characters_and_lone_surrogates_are_removed(repo: EntryRepository) -> None:
    made = repo.create(title="a\x00b\nc", body="x\x00y\x02z\x03\x1b[31m\ud800 end\ttab\r\n")
    assert made.title == "ab c"
    assert made.body == "xyz[31m end\ttab\r\n"
    assert repo.get(made.id) == made


def test_titles_are_one_line_and_limited(repo: EntryRepository) -> None:
    assert repo.create(title="  two\nlines\there  ").title == "two lines here"
    with pytest.raises(InvalidEntry):
        repo.create(title="x" * (journal_text.MAX_TITLE_CHARS + 1))
    assert repo.count() == 1


# ----- tags ----------------------------------------------------------------------------


def test_ten_thousand_tags_on_one_entry(repo: EntryRepository) -> None:
    tags = [f"tag number {i}" for i in range(10_000)]
    made = repo.create(title="many", body="tagged")
    updated = repo.set_tags(made.id, tags)
    assert updated.tags == tuple(tags)
    assert repo.get(made.id).tags == tuple(tags)
    assert len(repo.all_tags()) == 10_000
    assert [s.id for s in repo.page(EntryFilter(tag="TAG NUMBER 9999"), after=None, limit=5)] == [
        made.id
    ]
    [summary] = repo.page(EntryFilter(), after=None, limit=5)
    assert len(summary.tags) == 10_000


def test_tag_names_with_emoji_rtl_and_newlines(repo: EntryRepository) -> None:
    given = ["🌊 calm", "שלום", "سلام عليكم", "late\nnight\r\nthoughts", "  spaced   out  "]
    made = repo.create(body="tags", tags=given)
    assert made.tags == ("🌊 calm", "שלום", "سلام عليكم", "late night thoughts", "spaced out")
    assert repo.get(made.id).tags == made.tags
    for tag in ("🌊 CALM", "שלום", "late night thoughts", "SPACED OUT"):
        assert repo.count(EntryFilter(tag=tag)) == 1, tag


def test_tags_are_unique_ignoring_case_and_keep_the_first_spelling(repo: EntryRepository) -> None:
    made = repo.create(body="x", tags=["Anger", "anger", "ANGER", "Straße", "STRASSE", "e\u0301"])
    assert made.tags == ("Anger", "Straße", "\u00e9")  # composed form kept
    other = repo.create(body="y", tags=["anger"])
    assert repo.all_tags()[0] == ("Anger", 2)
    repo.delete(other.id)
    assert dict(repo.all_tags())["Anger"] == 1  # the trash is not counted


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", "x" * 65, "sleep, work", ","])
def test_bad_tags_are_refused_and_nothing_is_written(repo: EntryRepository, bad: str) -> None:
    made = repo.create(body="x", tags=["keep"])
    with pytest.raises(InvalidTag):
        repo.set_tags(made.id, ["fine", bad])
    with pytest.raises(InvalidTag):
        repo.create(body="new", tags=[bad])
    assert repo.get(made.id).tags == ("keep",)
    assert repo.count() == 1


def test_a_line_of_tags_splits_at_commas_and_round_trips(repo: EntryRepository) -> None:
    from app.journal.text import TAG_SEPARATOR, split_tags

    assert split_tags(" sleep ,, work,\u05e9\u05dc\u05d5\u05dd ,") == [
        " sleep ",
        " work",
        "\u05e9\u05dc\u05d5\u05dd ",
    ]
    made = repo.create(body="x", tags=split_tags("sleep, work 🌙"))
    assert made.tags == ("sleep", "work 🌙")
    line = (TAG_SEPARATOR + " ").join(made.tags)  # as the tag field shows them
    assert repo.set_tags(made.id, split_tags(line)).tags == made.tags


def test_tags_given_as_one_string_are_refused(repo: EntryRepository) -> None:
    with pytest.raises(InvalidTag):
        repo.create(body="x", tags="calm")


def test_sixty_four_character_tag_is_fine(repo: EntryRepository) -> None:
    assert repo.create(body="x", tags=["é" * 64]).tags == ("é" * 64,)


def test_therapy_flag(repo: EntryRepository, clock: Clock) -> None:
    made = repo.create(body="x")
    clock.advance(minutes=1)
    flagged = repo.set_therapy_flag(made.id, True)
    assert flagged.bring_to_therapy and flagged.edited == clock.now
    assert repo.count(EntryFilter(therapy_only=True)) == 1
    repo.set_therapy_flag(made.id, False)
    assert repo.count(EntryFilter(therapy_only=True)) == 0
    with pytest.raises(EntryNotFound):
        repo.set_therapy_flag(999, True)


# ----- dates and time zones --------------------------------------------------------------


def test_entries_dated_1900_and_2100_round_trip_and_sort(repo: EntryRepository) -> None:
    early = datetime(1900, 1, 1, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    late = datetime(2100, 12, 31, 23, 59, 59, 999999, tzinfo=ZoneInfo("Pacific/Kiritimati"))
    ny = datetime(1900, 6, 1, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    ids = {repo.create(body=str(moment), created=moment).id: moment for moment in (early, late, ny)}
    for entry_id, moment in ids.items():
        got = repo.get(entry_id).created
        assert got == moment
        assert got.utcoffset() == moment.utcoffset()
        assert got.replace(tzinfo=None) == moment.replace(tzinfo=None)  # same wall time
    assert late.utcoffset() == timedelta(hours=14)
    order = [s.created for s in _all_pages(repo)]
    assert order == [late, ny, early]
    assert repo.days_with_entries(1900, 1) == {date(1900, 1, 1)}
    assert repo.days_with_entries(2100, 12) == {date(2100, 12, 31)}
    for outside in (datetime(1899, 12, 31, 23, 0, tzinfo=UTC), datetime(2101, 1, 1, tzinfo=UTC)):
        with pytest.raises(InvalidValue):
            repo.create(body="x", created=outside)
    assert repo.count() == 3


@pytest.mark.parametrize(
    ("zone", "before", "after", "offsets"),
    [
        # Spring forward: 01:30 EST and 03:30 EDT are one real hour apart.
        ("America/New_York", datetime(2024, 3, 10, 1, 30), datetime(2024, 3, 10, 3, 30), (-5, -4)),
        ("Europe/Berlin", datetime(2024, 3, 31, 1, 30), datetime(2024, 3, 31, 3, 30), (1, 2)),
    ],
)
def test_entries_across_a_daylight_saving_change(
    repo: EntryRepository,
    zone: str,
    before: datetime,
    after: datetime,
    offsets: tuple[int, int],
) -> None:
    tz = ZoneInfo(zone)
    first = repo.create(body="before", created=before.replace(tzinfo=tz))
    second = repo.create(body="after", created=after.replace(tzinfo=tz))
    assert second.created - first.created == timedelta(hours=1)
    got = [repo.get(first.id).created, repo.get(second.id).created]
    assert [g.utcoffset() for g in got] == [timedelta(hours=h) for h in offsets]
    assert [g.hour for g in got] == [before.hour, after.hour]
    assert [s.id for s in _all_pages(repo)] == [second.id, first.id]


@pytest.mark.parametrize("zone", ["America/New_York", "Europe/Berlin"])
def test_the_repeated_hour_when_clocks_go_back(repo: EntryRepository, zone: str) -> None:
    tz = ZoneInfo(zone)
    day = (
        datetime(2024, 11, 3, 1, 30)
        if zone == "America/New_York"
        else datetime(2024, 10, 27, 2, 30)
    )
    first = repo.create(body="first pass", created=day.replace(tzinfo=tz, fold=0))
    second = repo.create(body="second pass", created=day.replace(tzinfo=tz, fold=1))
    a, b = repo.get(first.id).created, repo.get(second.id).created
    assert a.replace(tzinfo=None) == b.replace(tzinfo=None)  # the same wall-clock time
    assert b - a == timedelta(hours=1)  # an hour apart in fact
    assert a.utcoffset() - b.utcoffset() == timedelta(hours=1)
    assert [s.id for s in _all_pages(repo)] == [second.id, first.id]


def test_date_filters_use_the_local_date_written(repo: EntryRepository) -> None:
    ny = ZoneInfo("America/New_York")
    late_evening = repo.create(body="x", created=datetime(2024, 3, 9, 23, 30, tzinfo=ny))
    next_day = repo.create(body="y", created=datetime(2024, 3, 10, 0, 30, tzinfo=UTC))
    tokyo = repo.create(
        body="z", created=datetime(2024, 3, 10, 8, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    )
    # In UTC the first two are on the same day and the third on the day before.
    on_ninth = {
        s.id
        for s in repo.page(
            EntryFilter(start=date(2024, 3, 9), end=date(2024, 3, 9)), after=None, limit=10
        )
    }
    on_tenth = {
        s.id
        for s in repo.page(
            EntryFilter(start=date(2024, 3, 10), end=date(2024, 3, 10)), after=None, limit=10
        )
    }
    assert on_ninth == {late_evening.id}
    assert on_tenth == {next_day.id, tokyo.id}
    assert repo.count(EntryFilter(start=date(2024, 3, 10))) == 2
    assert repo.count(EntryFilter(end=date(2024, 3, 9))) == 1
    assert repo.count(EntryFilter(start=date(2024, 3, 11), end=date(2024, 3, 1))) == 0
    assert repo.days_with_entries(2024, 3) == {date(2024, 3, 9), date(2024, 3, 10)}


def test_a_naive_created_time_is_local_time(repo: EntryRepository) -> None:
    made = repo.create(body="x", created=datetime(2024, 7, 1, 12, 0))
    assert made.created.tzinfo is not None
    assert made.created.replace(tzinfo=None) == datetime(2024, 7, 1, 12, 0)


# ----- listing -------------------------------------------------------------------------


def test_keyset_paging_returns_every_entry_once_newest_first(
    repo: EntryRepository, clock: Clock
) -> None:
    base = datetime(2023, 1, 1, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    for i in range(260):
        # Many entries share a timestamp: the id breaks ties, so paging stays exact.
        repo.create(body=f"entry {i}", created=base + timedelta(hours=i // 5))
    for size in (1, 7, 50, 259, 260, 1000):
        rows = _all_pages(repo, size=size)
        assert len(rows) == 260
        assert len({r.id for r in rows}) == 260
        keys = [(r.created, r.id) for r in rows]
        assert keys == sorted(keys, reverse=True)


def test_paging_stays_exact_while_entries_are_deleted_and_added(repo: EntryRepository) -> None:
    base = datetime(2023, 1, 1, tzinfo=UTC)
    made = [repo.create(body=str(i), created=base + timedelta(minutes=i)).id for i in range(30)]
    first = repo.page(EntryFilter(), after=None, limit=10)
    repo.delete(first[-1].id)  # the cursor's own row goes to the trash
    repo.create(body="newest", created=base + timedelta(days=1))  # lands before the cursor
    rest = _all_pages_after(repo, repo.cursor_of(first[-1]))
    assert [s.id for s in first + rest] == sorted(made, reverse=True)


def _all_pages_after(repo: EntryRepository, after: tuple[str, int]) -> list[EntrySummary]:
    rows: list[EntrySummary] = []
    cursor: tuple[str, int] | None = after
    while True:
        page = repo.page(EntryFilter(), after=cursor, limit=6)
        rows += page
        if len(page) < 6:
            return rows
        cursor = repo.cursor_of(page[-1])


def test_filters_combine_with_paging(repo: EntryRepository) -> None:
    base = datetime(2024, 1, 1, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    expected = set()
    for i in range(120):
        tags = ["work"] if i % 3 == 0 else ["home"]
        made = repo.create(
            body=str(i), tags=tags, bring_to_therapy=i % 4 == 0, created=base + timedelta(days=i)
        )
        if i % 3 == 0 and i % 4 == 0 and 10 <= i <= 100:
            expected.add(made.id)
    wanted = EntryFilter(
        tag="WORK", therapy_only=True, start=date(2024, 1, 11), end=date(2024, 4, 10)
    )
    rows = _all_pages(repo, wanted, size=3)
    assert {r.id for r in rows} == expected
    assert repo.count(wanted) == len(expected)
    assert repo.count(EntryFilter(tag="nothing")) == 0
    assert repo.count(EntryFilter(tag="")) == 0  # an impossible tag matches nothing
    assert repo.page(EntryFilter(), after=None, limit=0) == []


def test_all_tags_most_used_first(repo: EntryRepository) -> None:
    repo.create(body="a", tags=["sleep", "work"])
    repo.create(body="b", tags=["Sleep"])
    repo.create(body="c", tags=["sleep", "hope"])
    assert repo.all_tags()[0] == ("Sleep", 3)
    assert sorted(repo.all_tags()[1:]) == [("hope", 1), ("work", 1)]


# ----- trash -----------------------------------------------------------------------------


def test_delete_restore_and_the_trash(repo: EntryRepository, clock: Clock) -> None:
    a = repo.create(title="a", body="apple")
    b = repo.create(title="b", body="banana")
    repo.delete(a.id)
    clock.advance(minutes=1)
    repo.delete(b.id)
    repo.delete(b.id)  # again: nothing changes
    assert [s.id for s in repo.trash()] == [b.id, a.id]  # newest deletion first
    assert repo.count() == 0
    assert repo.page(EntryFilter(), after=None, limit=10) == []
    assert repo.get(a.id).deleted_at == START
    repo.restore(a.id)
    repo.restore(a.id)  # again: nothing changes
    assert repo.get(a.id).deleted_at is None
    assert [s.id for s in repo.page(EntryFilter(), after=None, limit=10)] == [a.id]
    for action in (repo.delete, repo.restore, repo.purge):
        with pytest.raises(EntryNotFound):
            action(12345)


def test_purge_only_takes_entries_from_the_trash(repo: EntryRepository) -> None:
    live = repo.create(body="still here")
    with pytest.raises(EntryNotFound):
        repo.purge(live.id)
    assert repo.get(live.id).body == "still here"
    repo.delete(live.id)
    repo.purge(live.id)
    with pytest.raises(EntryNotFound):
        repo.get(live.id)
    assert repo.trash() == []


def test_trash_expires_after_thirty_days(repo: EntryRepository, clock: Clock, vault: Vault) -> None:
    old = repo.create(body="old", tags=["x"])
    repo.delete(old.id)
    clock.advance(days=10)
    newer = repo.create(body="newer")
    repo.delete(newer.id)
    deleted_at = START
    assert repo.purge_expired(now=deleted_at + timedelta(days=30) - timedelta(seconds=1)) == 0
    assert repo.purge_expired(now=deleted_at + timedelta(days=30)) == 1
    assert [s.id for s in repo.trash()] == [newer.id]
    tag_rows = vault.connection.execute("SELECT count(*) FROM entry_tags").fetchone()[0]
    assert tag_rows == 0  # purging takes the entry's tags too
    clock.advance(days=30)
    assert repo.purge_expired() == 1  # default: now, 30 days
    assert repo.trash() == []
    assert repo.purge_expired(now=clock.now + timedelta(days=400), days=1) == 0


# ----- search index stays in step ----------------------------------------------------------


def test_search_index_follows_save_delete_restore_and_purge(
    repo: EntryRepository, vault: Vault
) -> None:
    made = repo.create(title="Harbour", body="a zanzibarian evening")
    other = repo.create(body="nothing to see")
    assert _fts_ids(vault, "zanzibarian") == {made.id}
    repo.save(made.id, title="Harbour", body="a quiet evening")
    assert _fts_ids(vault, "zanzibarian") == set()
    assert _fts_ids(vault, "quiet") == {made.id}
    repo.delete(made.id)
    assert _fts_ids(vault, "quiet") == set()
    assert _fts_ids(vault, "harbour") == set()
    repo.save(made.id, title="Harbour", body="a quiet evening, edited in the trash")
    assert _fts_ids(vault, "edited") == set()
    repo.restore(made.id)
    assert _fts_ids(vault, "edited") == {made.id}
    repo.set_tags(made.id, ["x"])
    repo.set_therapy_flag(made.id, True)
    assert _fts_ids(vault, "edited") == {made.id}
    repo.delete(made.id)
    repo.purge(made.id)
    assert _fts_ids(vault, "edited") == set()
    assert _fts_ids(vault, "nothing") == {other.id}
    assert vault.integrity_problems() == []


def test_deleting_scrubs_the_words_from_the_index_pages(
    repo: EntryRepository, vault: Vault
) -> None:
    made = repo.create(title="Xylophonic", body="a xylophonic morning, quixotical too")
    for i in range(20):
        repo.create(body=f"ordinary words, number {i}")
    assert _in_index_pages(vault, "xylophonic")
    repo.delete(made.id)  # secure-delete: gone from the pages, not just hidden
    assert not _in_index_pages(vault, "xylophonic")
    assert not _in_index_pages(vault, "quixotical")
    repo.restore(made.id)
    assert _fts_ids(vault, "xylophonic") == {made.id}


def test_compacting_drops_words_edited_away(repo: EntryRepository, vault: Vault) -> None:
    made = repo.create(body="a zanzibarian evening")
    for i in range(20):
        repo.create(body=f"ordinary words, number {i}")
    repo.save(made.id, title="", body="a quiet evening")
    repo.compact_search_index()
    assert not _in_index_pages(vault, "zanzibarian")
    assert _fts_ids(vault, "quiet") == {made.id}
    assert vault.integrity_problems() == []


def test_tidying_in_small_steps_drops_words_edited_away(
    repo: EntryRepository, vault: Vault
) -> None:
    made = repo.create(body="a zanzibarian evening")
    for i in range(200):
        repo.create(body=f"ordinary words, number {i}, " + "filler " * i)
    repo.compact_search_index()
    repo.save(made.id, title="", body="a quiet evening")
    assert _in_index_pages(vault, "zanzibarian"), "an autosave leaves the old words behind"
    steps = 0
    while repo.tidy_search_index(pages=4):
        steps += 1
        assert steps < 1000
    assert steps > 1, "small steps, not one big merge"
    assert not _in_index_pages(vault, "zanzibarian")
    assert not repo.tidy_search_index(), "nothing left to do"
    assert _fts_ids(vault, "quiet") == {made.id}
    assert vault.integrity_problems() == []


def test_backup_and_restore_keep_the_journal_searchable(
    repo: EntryRepository, vault: Vault, vault_dir: Path
) -> None:
    made = repo.create(title="Kept", body="a lantern in the window", tags=["hope"])
    made_backup = vault.backup()
    info = backup.verify_backup(made_backup, vault.data_key)
    assert info.schema_version == migrations.LATEST_VERSION
    vault.connection.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    vault.close()
    (vault_dir / "mooring.db").write_bytes(b"\0" * 8192)
    restored = Vault.restore_newest_backup(vault_dir, PASSPHRASE)
    try:
        again = EntryRepository(restored.connection)
        assert [h.id for h in again.search("lantern").hits] == [made.id]
        assert again.get(made.id).tags == ("hope",)
        again.save(made.id, title="Kept", body="a candle in the window")  # triggers came along
        assert [h.id for h in again.search("candle").hits] == [made.id]
    finally:
        restored.close()


def test_a_version_1_vault_gains_the_journal_after_a_backup(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    Vault.create(vault_dir, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    monkeypatch.undo()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert migrations.current_version(vault.connection) == migrations.LATEST_VERSION
        repo = EntryRepository(vault.connection)
        assert repo.search(repo.create(body="first entry").body).hits
    finally:
        vault.close()
    backups = list((vault_dir / "backups").glob("*.db"))
    assert len(backups) == 1 and "-v1" in backups[0].name


def test_clock_must_give_a_supported_time(vault: Vault) -> None:
    repo = EntryRepository(vault.connection, clock=lambda: datetime(1800, 1, 1, tzinfo=UTC))
    with pytest.raises(InvalidValue):
        repo.create(body="x")
