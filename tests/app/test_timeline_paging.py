"""The timeline across modules, a page at a time (app/timeline/paging.py), over real
vaults: every item exactly once, newest first, ties on one day, filters, an empty and a
sparse vault, and a cursor that holds while the vault changes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.journal.entries import EntryRepository
from app.platform import demo, timestamps
from app.platform.contributions import DemoPlan, TimelineItem
from app.platform.errors import InvalidValue
from app.platform.module import FeatureModule
from app.platform.registry import feature_modules
from app.platform.sql import Connection
from app.safety.model import Answer, CheckDraft
from app.safety.ops import save_check
from app.timeline import ALL_KINDS, Cursor, Kind, TimelineFilter, read_page
from app.timeline.kinds import CHECKIN, ENTRY, FLAGGABLE, SESSION
from app.timeline.paging import MAX_SIZE, sort_key
from app.vault.vault import Vault

TODAY = date(2026, 12, 2)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A year of every module's demo data, and one saved safety check (no demo has one)."""
    root = tmp_path_factory.mktemp("timeline") / "vault"
    opened, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    demo.fill(opened.connection, DemoPlan(today=TODAY, entries=400, years=1))
    november = datetime(2026, 11, 12, 20, 30).astimezone()
    save_check(
        opened.connection, CheckDraft({"afraid-of-partner": Answer.NO}), clock=lambda: november
    )
    yield opened
    opened.close()


def everything(connection: Connection, wanted: TimelineFilter | None = None) -> list[TimelineItem]:
    """What the timeline must show: every hook over all time, filtered, sorted by hand."""
    wanted = wanted or TimelineFilter()
    items = [
        item
        for module in feature_modules()
        if module.timeline is not None
        for item in module.timeline(connection, timestamps.EARLIEST, timestamps.LATEST)
        if wanted.admits(item)
        and (wanted.start is None or item.day >= wanted.start)
        and (wanted.end is None or item.day <= wanted.end)
    ]
    return sorted(items, key=sort_key, reverse=True)


def walk(
    connection: Connection,
    wanted: TimelineFilter | None = None,
    size: int = 50,
    modules: Iterable[FeatureModule] | None = None,
) -> list[list[TimelineItem]]:
    """Every page, following the cursors to the end."""
    pages: list[list[TimelineItem]] = []
    cursor: Cursor | None = None
    chosen = None if modules is None else tuple(modules)
    while True:
        page = read_page(connection, wanted, cursor, size, modules=chosen)
        pages.append(list(page.items))
        assert len(page.items) <= size
        if page.cursor is None:
            return pages
        assert len(page.items) == size  # only a full page says more follow
        assert len(pages) < 100_000
        cursor = page.cursor


def identity(item: TimelineItem) -> tuple[str, str, str]:
    return (item.module, item.kind, item.ref)


# ----- the whole timeline --------------------------------------------------------------


@pytest.mark.parametrize("size", [5, 50, 333])
def test_pages_hold_every_item_exactly_once_newest_first(demo_vault: Vault, size: int) -> None:
    connection = demo_vault.connection
    expected = everything(connection)
    pages = walk(connection, size=size)
    got = [item for page in pages for item in page]
    assert len(expected) > 1000  # every module gave something
    assert {i.module for i in got} == {m.id for m in feature_modules() if m.timeline}
    assert got == expected
    assert len({identity(i) for i in got}) == len(got)
    keys = [sort_key(i) for i in got]
    assert keys == sorted(keys, reverse=True)
    days = [i.day for i in got]
    assert days == sorted(days, reverse=True)


def test_the_first_page_is_the_newest_items(demo_vault: Vault) -> None:
    page = read_page(demo_vault.connection, size=20)
    assert list(page.items) == everything(demo_vault.connection)[:20]
    assert page.cursor is not None
    assert page.cursor.after == sort_key(page.items[-1])


def test_every_kind_the_hooks_give_is_known(demo_vault: Vault) -> None:
    items = everything(demo_vault.connection)
    kinds = {Kind.of(item) for item in items}
    assert kinds <= set(ALL_KINDS)
    assert kinds == set(ALL_KINDS)  # the demo vault has one of each
    assert all(Kind.of(item) in FLAGGABLE for item in items if item.flagged)
    assert any(item.flagged for item in items)


# ----- ties on one day -----------------------------------------------------------------


def test_items_sharing_a_day_and_a_moment_are_neither_repeated_nor_skipped(vault: Vault) -> None:
    connection = vault.connection
    entries = EntryRepository(connection)
    day = date(2026, 3, 10)
    same = datetime.combine(day, time(9, 0), tzinfo=UTC)
    ids = [entries.create(title=f"same {n}", created=same).id for n in range(7)]
    for hour in (7, 12, 23):
        entries.create(title=f"at {hour}", created=datetime.combine(day, time(hour), tzinfo=UTC))
    entries.create(title="day before", created=datetime(2026, 3, 9, 22, 0, tzinfo=UTC))
    CheckInRepository(connection).save(CheckIn(day, 5, 5, 1, False, False, False, False, 7.0, ""))
    expected = everything(connection)
    assert len(expected) == 12
    for size in (1, 2, 3, 4, 5):
        got = [item for page in walk(connection, size=size) for item in page]
        assert got == expected, size
    # The check-in (a day, no moment) opens its day; then 23:00, 12:00, the seven at
    # 09:00 (in the order of their refs), 07:00, and the day before.
    assert got[0].kind == "checkin"
    assert [i.title for i in got[1:3]] == ["at 23", "at 12"]
    assert sorted(int(i.ref) for i in got[3:10]) == ids
    assert [i.title for i in got[10:]] == ["at 7", "day before"]


def test_a_day_is_the_local_day_whatever_the_offset(vault: Vault) -> None:
    """An entry written at 23:30 at UTC-11 belongs to its local day, a day before its
    UTC date; one at 00:30 at UTC+14 to its local day, a day after it."""
    connection = vault.connection
    entries = EntryRepository(connection)
    late = datetime(2026, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=-11)))
    early = datetime(2026, 5, 3, 0, 30, tzinfo=timezone(timedelta(hours=14)))
    entries.create(title="late", created=late)
    entries.create(title="early", created=early)
    entries.create(title="noon", created=datetime(2026, 5, 2, 12, 0, tzinfo=UTC))
    got = [item for page in walk(connection, size=1) for item in page]
    assert [(i.title, i.day) for i in got] == [
        ("early", date(2026, 5, 3)),
        ("noon", date(2026, 5, 2)),
        ("late", date(2026, 5, 1)),
    ]
    for day, title in ((date(2026, 5, 1), "late"), (date(2026, 5, 3), "early")):
        one_day = TimelineFilter(start=day, end=day)
        assert [i.title for i in read_page(connection, one_day).items] == [title]


# ----- filters -------------------------------------------------------------------------


def _filter_id(wanted: TimelineFilter) -> str:
    kinds = "all" if wanted.kinds is None else "+".join(sorted(k.kind for k in wanted.kinds))
    return f"{kinds}-{wanted.start}-{wanted.end}-{'flagged' if wanted.flagged_only else 'any'}"


@pytest.mark.parametrize(
    "wanted",
    [
        TimelineFilter(kinds=frozenset({CHECKIN})),
        TimelineFilter(kinds=frozenset({ENTRY, SESSION})),
        TimelineFilter(start=date(2026, 6, 1), end=date(2026, 6, 30)),
        TimelineFilter(start=date(2026, 11, 20)),
        TimelineFilter(end=date(2026, 1, 15)),
        TimelineFilter(flagged_only=True),
        TimelineFilter(kinds=frozenset({ENTRY}), flagged_only=True, start=date(2026, 4, 1)),
        TimelineFilter(kinds=frozenset({CHECKIN}), flagged_only=True),
    ],
    ids=_filter_id,
)
def test_filters_show_exactly_what_they_say(demo_vault: Vault, wanted: TimelineFilter) -> None:
    connection = demo_vault.connection
    expected = everything(connection, wanted)
    got = [item for page in walk(connection, wanted, size=13) for item in page]
    assert got == expected
    for item in got:
        assert wanted.kinds is None or Kind.of(item) in wanted.kinds
        assert not wanted.flagged_only or item.flagged
        assert wanted.start is None or item.day >= wanted.start
        assert wanted.end is None or item.day <= wanted.end


def test_the_filters_narrow_to_something(demo_vault: Vault) -> None:
    """The cases above are not trivially empty (nor trivially everything)."""
    connection = demo_vault.connection
    total = len(everything(connection))
    for wanted in (
        TimelineFilter(kinds=frozenset({CHECKIN})),
        TimelineFilter(start=date(2026, 6, 1), end=date(2026, 6, 30)),
        TimelineFilter(flagged_only=True),
    ):
        assert 0 < len(everything(connection, wanted)) < total
    assert (
        everything(connection, TimelineFilter(kinds=frozenset({CHECKIN}), flagged_only=True)) == []
    )


def test_modules_that_cannot_match_are_not_asked(vault: Vault) -> None:
    asked: list[str] = []
    modules = [_spy(module, asked) for module in feature_modules() if module.timeline]
    EntryRepository(vault.connection).create(title="flagged", bring_to_therapy=True)
    read_page(vault.connection, TimelineFilter(flagged_only=True), modules=modules)
    assert asked and set(asked) <= {k.module for k in FLAGGABLE}
    asked.clear()
    read_page(vault.connection, TimelineFilter(kinds=frozenset({CHECKIN})), modules=modules)
    assert set(asked) <= {"checkins"}


def _spy(module: FeatureModule, asked: list[str]) -> FeatureModule:
    hook = module.timeline
    assert hook is not None

    def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
        asked.append(module.id)
        yield from hook(connection, start, end)

    return FeatureModule(id=module.id, title=module.title, timeline=timeline)


# ----- empty and sparse vaults ---------------------------------------------------------


def test_an_empty_vault_has_an_empty_timeline(vault: Vault) -> None:
    page = read_page(vault.connection)
    assert page.items == ()
    assert page.cursor is None
    filtered = read_page(vault.connection, TimelineFilter(flagged_only=True, start=TODAY))
    assert filtered.items == () and filtered.cursor is None


def test_a_sparse_vault_with_years_between_items_is_walked_in_few_windows(vault: Vault) -> None:
    connection = vault.connection
    entries = EntryRepository(connection)
    for year in (1931, 1990, 2005):
        entries.create(title=f"in {year}", created=datetime(year, 7, 1, 12, 0, tzinfo=UTC))
    CheckInRepository(connection).save(
        CheckIn(date(2099, 12, 31), 5, 5, 1, False, False, False, False, None, "")
    )
    entries.create(
        title="flagged", created=datetime(1950, 1, 1, 8, tzinfo=UTC), bring_to_therapy=True
    )
    got = [item for page in walk(connection, size=1) for item in page]
    assert [i.day.year for i in got] == [2099, 2005, 1990, 1950, 1931]
    page = read_page(connection, size=10)
    assert len(page.items) == 5 and page.cursor is None
    # Empty years are stepped over (one indexed query each), not read a window at a time.
    assert page.windows <= 10
    flagged = read_page(connection, TimelineFilter(flagged_only=True))
    assert [i.title for i in flagged.items] == ["flagged"]
    assert flagged.windows <= 4  # at most one a day that has entries, whatever lies between


# ----- a cursor while the vault changes ------------------------------------------------


def test_a_cursor_holds_when_items_are_added_and_removed(vault: Vault) -> None:
    connection = vault.connection
    entries = EntryRepository(connection)
    made = [
        entries.create(
            title=f"entry {n}", created=datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(hours=7 * n)
        )
        for n in range(30)
    ]
    first = read_page(connection, size=10)
    assert first.cursor is not None
    # Something new (newer than the page) and something older than it, then a removal.
    entries.create(title="newer", created=datetime(2026, 6, 1, 9, tzinfo=UTC))
    entries.create(title="older", created=datetime(2025, 6, 1, 9, tzinfo=UTC))
    entries.delete(made[0].id)
    rest: list[TimelineItem] = []
    cursor: Cursor | None = first.cursor
    while cursor is not None:
        page = read_page(connection, cursor=cursor, size=10)
        rest.extend(page.items)
        cursor = page.cursor
    titles = [i.title for i in first.items] + [i.title for i in rest]
    assert "newer" not in titles  # newer than the cursor: on a fresh first page
    assert titles[-1] == "older"
    assert len(titles) == len(set(titles)) == 30  # 30 made, one gone, one older added
    assert "entry 0" not in titles


# ----- bad input and other modules -----------------------------------------------------


def test_bad_sizes_and_ranges_are_one_sentence(vault: Vault) -> None:
    for size in (0, -1, MAX_SIZE + 1):
        with pytest.raises(InvalidValue) as raised:
            read_page(vault.connection, size=size)
        assert "\n" not in str(raised.value)
    with pytest.raises(InvalidValue, match="on or after the first day"):
        TimelineFilter(start=date(2026, 2, 2), end=date(2026, 2, 1))
    with pytest.raises(InvalidValue):
        TimelineFilter(start=date(1800, 1, 1))


def test_a_module_the_walk_does_not_know_is_read_through_its_hook(vault: Vault) -> None:
    """A module added later with no day query in app/timeline/days.py still shows, in
    order, with items outside the days asked for ignored."""
    days = [date(2001, 1, 1) + timedelta(days=37 * n) for n in range(40)]

    def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
        for n, day in enumerate(days):
            if start <= day <= end:
                yield TimelineItem("later", "note", str(n), day, f"note {n}")
        yield TimelineItem("later", "note", "stray", end + timedelta(days=1), "outside")

    later = FeatureModule(id="later", title="Later", timeline=timeline)
    entry = EntryRepository(vault.connection).create(
        title="an entry", created=datetime(2002, 6, 1, 12, tzinfo=UTC)
    )
    modules = [*feature_modules(), later]
    got = [item for page in walk(vault.connection, size=6, modules=modules) for item in page]
    assert [i.title for i in got if i.module == "later"] == [f"note {n}" for n in range(39, -1, -1)]
    assert [i.ref for i in got if i.module == "journal"] == [str(entry.id)]
    assert [sort_key(i) for i in got] == sorted((sort_key(i) for i in got), reverse=True)
    only_later = TimelineFilter(kinds=frozenset({Kind("later", "note")}))
    assert len(read_page(vault.connection, only_later, size=100, modules=modules).items) == 40
