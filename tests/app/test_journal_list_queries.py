"""The journal's list and search queries: every id in order, summaries by id, search
pages with a total, two sort orders, and the one rule that names an untitled entry."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.journal import entries
from app.journal.entries import BEST_MATCH, NEWEST_FIRST, EntryRepository
from app.journal.model import EntryFilter
from app.journal.naming import UNTITLED, after_name, entry_name
from app.vault.vault import Vault

OFFSET = timezone(timedelta(hours=-5))
START = datetime(2024, 3, 1, 8, 0, tzinfo=OFFSET)


@pytest.fixture
def repo(vault: Vault) -> EntryRepository:
    return EntryRepository(vault.connection)


def _days_ago(n: int) -> datetime:
    return START - timedelta(days=n)


# ----- the list -------------------------------------------------------------------------


def test_ids_are_every_live_entry_newest_first_like_the_pages(repo: EntryRepository) -> None:
    # Written out of date order: the list goes by the date, not by the id.
    made = [repo.create(title=f"e{n}", created=_days_ago(n % 7 * 3 + n)) for n in range(30)]
    repo.delete(made[4].id)
    ids = repo.ids(EntryFilter())
    paged = [s.id for s in repo.page(EntryFilter(), after=None, limit=1000)]
    assert list(ids) == paged
    assert made[4].id not in ids
    assert len(ids) == repo.count() == 29

    repo.set_therapy_flag(made[7].id, True)
    repo.set_tags(made[9].id, ["Sleep"])
    assert list(repo.ids(EntryFilter(therapy_only=True))) == [made[7].id]
    assert list(repo.ids(EntryFilter(tag="sleep"))) == [made[9].id]
    day = made[2].created.date()
    assert list(repo.ids(EntryFilter(start=day, end=day))) == [made[2].id]
    assert list(repo.ids(EntryFilter(start=date(1990, 1, 1), end=date(1990, 1, 2)))) == []


def test_summaries_come_in_the_order_asked_without_the_trash(repo: EntryRepository) -> None:
    a = repo.create(title="A", body="# First\n\nSome **bold** words", tags=["x"])
    b = repo.create(title="", body="an untitled one")
    c = repo.create(title="C")
    repo.delete(c.id)
    found = repo.summaries([b.id, 999_999, c.id, a.id])
    assert [s.id for s in found] == [b.id, a.id]
    assert found[1].tags == ("x",)
    # The preview is the plain start of the text, read with the row (never the body).
    assert found[1].preview == "First Some bold words"
    assert repo.summaries([]) == []


# ----- search pages ---------------------------------------------------------------------


def _matches(repo: EntryRepository, count: int, word: str = "harbour") -> list[int]:
    ids = []
    for n in range(count):
        # Some titles hold the word too (they rank first), dates out of id order.
        title = f"{word} {n}" if n % 9 == 0 else f"day {n}"
        entry = repo.create(title=title, body=f"by the {word} again", created=_days_ago(n * 5 % 41))
        ids.append(entry.id)
    repo.create(title="unrelated", body="nothing to see")
    return ids


@pytest.mark.parametrize("order", [BEST_MATCH, NEWEST_FIRST])
def test_search_pages_cover_every_match_once_with_the_total(
    repo: EntryRepository, order: str
) -> None:
    ids = _matches(repo, 23)
    seen: list[int] = []
    for offset in range(0, 30, 5):
        result = repo.search_page("harbour", order=order, offset=offset, limit=5, first_page=5)
        assert result.total == 23
        assert result.message is None
        seen += [hit.id for hit in result.hits]
    assert sorted(seen) == sorted(ids), "every match once, none twice"


def test_newest_first_goes_by_the_date_written(repo: EntryRepository) -> None:
    _matches(repo, 12)
    result = repo.search_page("harbour", order=NEWEST_FIRST, limit=50)
    created = [hit.created for hit in result.hits]
    assert created == sorted(created, reverse=True)
    best = repo.search_page("harbour", order=BEST_MATCH, limit=50)
    assert best.hits[0].title.startswith("harbour"), "a title match is the best match"
    assert [h.id for h in best.hits] != [h.id for h in result.hits]


def test_best_match_pages_stay_put_across_rank_windows(
    repo: EntryRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small windows, so the matches span three of them.
    monkeypatch.setattr(entries, "RANK_TIERS", (6, 20, None))
    ids = _matches(repo, 40)
    first = repo.search_page("harbour", limit=8, first_page=8)
    assert [h.id for h in first.hits] == [h.id for h in repo.search("harbour", limit=8).hits]
    pages = [
        [h.id for h in repo.search_page("harbour", offset=o, limit=8, first_page=8).hits]
        for o in range(0, 40, 8)
    ]
    whole = [h.id for h in repo.search_page("harbour", limit=40, first_page=8).hits]
    assert [i for page in pages for i in page] == whole, "a later page never reshuffles"
    assert sorted(whole) == sorted(ids)
    assert pages[0] == [h.id for h in first.hits]


def test_search_page_counts_within_filters_and_names_untitled_hits(repo: EntryRepository) -> None:
    a = repo.create(title="", body="walked along the harbour wall after group tonight, calm")
    b = repo.create(title="Harbour", body="x", tags=["walks"])
    repo.create(title="harbour too", body="y")
    result = repo.search_page("harbour", EntryFilter(tag="walks"))
    assert result.total == 1 and [h.id for h in result.hits] == [b.id]
    hits = {h.id: h for h in repo.search_page("harbour", limit=10).hits}
    assert entry_name(hits[a.id].title, hits[a.id].preview) == (
        "walked along the harbour wall after group tonight,…"
    )
    assert repo.search_page("   ").message is not None
    assert repo.search_page("   ").total is None
    with pytest.raises(ValueError):
        repo.search_page("harbour", order="alphabetical")


# ----- names ----------------------------------------------------------------------------


def test_one_rule_names_every_entry() -> None:
    assert entry_name("  Sunday\n walk ", "text") == "Sunday walk"
    assert entry_name("", "## A **slow** morning") == "A slow morning"
    assert entry_name("", "one two three four five six seven eight nine ten") == (
        "one two three four five six seven eight…"
    )
    assert entry_name("", "") == UNTITLED == "Untitled entry"
    assert entry_name("", "", "Sans titre") == "Sans titre"
    # What a row shows under the name never repeats the words naming it.
    assert after_name("", "one two three four five six seven eight nine ten") == "nine ten"
    assert after_name("", "short one") == ""
    assert after_name("Title", "  the   text ") == "the text"
