"""Full-text search: safe queries from any text, ranking, snippets, filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal.entries import (
    MESSAGE_EMPTY_SEARCH,
    MESSAGE_NOTHING_SEARCHABLE,
    EntryRepository,
)
from app.journal.model import HIGHLIGHT_END, HIGHLIGHT_START, EntryFilter, SearchResult
from app.journal.search_query import search_terms, to_fts_query
from app.vault.vault import Vault

NASTY = [
    "",
    " ",
    '"',
    '""',
    '"""',
    "'",
    "*",
    "**",
    "a*",
    "*a",
    "^a",
    "(",
    ")",
    "()",
    "((a)",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "NEAR(a b, 2)",
    "a AND",
    "AND a",
    "a OR b NOT c",
    "title:fear",
    "body:",
    "-a",
    "+",
    "a + b",
    "{title body}: a",
    "🙂",
    "🙂🙂 🙂",
    "👩‍❤️‍👨",
    "שלום",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "\x00",
    "a\x00b",
    "\ud800",
    "x" * 5000,
    "a " * 500,
    '"unbalanced quote',
    'two "phrases" and "another',
    "“smart quotes”",
    "«guillemets»",
    "col:umn:s",
    "\\",
    "%_",
    "a' OR '1'='1",
    "'; DROP TABLE entries; --",
]


@pytest.fixture
def repo(vault: Vault) -> EntryRepository:
    return EntryRepository(vault.connection)


@pytest.fixture(scope="module")
def fts_table() -> Iterator[object]:
    connection = sqlcipher3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    connection.execute("INSERT INTO t VALUES ('near and or', 'not title body a b c')")
    yield connection
    connection.close()


# ----- the query translation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("   ", None),
        ("AND", None),
        ("AND OR NOT NEAR", None),
        ("NEAR(", None),
        ("🙂", None),
        ("*** ((( )))", None),
        ('""', None),
        ("cat", '"cat"*'),
        ("cat ", '"cat"'),
        ("cat dog", '"cat" "dog"*'),
        ("cat AND dog", '"cat" "dog"*'),
        ("and not", '"and" "not"*'),  # lowercase words are just words
        ('"quiet morning"', '"quiet morning"'),
        ('"quiet   morning" walk', '"quiet morning" "walk"*'),
        ('"unbalanced quote', '"unbalanced" "quote"*'),
        ("“smart quotes”", '"smart quotes"'),
        ("NEAR(a b, 2)", '"a" "b," "2"'),
        ("w", '"w"'),  # one or two letters: whole words until a third is typed
        ("wa", '"wa"'),
        ("wal", '"wal"*'),
        ("a-b", '"a-b"'),  # the "*" would apply to "b" alone
        ("e-mail", '"e-mail"*'),
        ("你好", '"你好"*'),  # no spaces in the script: a prefix from the first character
        ("title:fear", '"title:fear"*'),
        ("don't", '"don\'t"'),  # the "*" would apply to "t" alone
        ("don't wor", '"don\'t" "wor"*'),
        ("שלום", '"שלום"*'),
        ("a\x00b", '"a" "b"'),
        ("🙂 calm", '"calm"*'),
    ],
)
def test_user_text_becomes_a_quoted_query(text: str, expected: str | None) -> None:
    assert to_fts_query(text) == expected


def test_search_terms_are_capped() -> None:
    assert len(search_terms("word " * 200)) == 32


@pytest.mark.parametrize("text", NASTY)
def test_every_translated_query_is_valid_fts5(fts_table, text: str) -> None:
    query = to_fts_query(text)
    if query is not None:
        fts_table.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchall()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_translation_never_gives_an_fts5_syntax_error(fts_table, text: str) -> None:
    query = to_fts_query(text)
    if query is not None:
        fts_table.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchall()


# ----- search on a real vault ------------------------------------------------------------


@pytest.mark.parametrize("text", NASTY)
def test_search_never_raises_for_nasty_text(repo: EntryRepository, text: str) -> None:
    repo.create(title="near and or", body="not (title) body: a b c 🙂 שלום")
    result = repo.search(text)
    assert isinstance(result, SearchResult)
    assert result.hits or result.message is not None or to_fts_query(text) is not None


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(),
        st.text(alphabet=st.characters(codec=None, exclude_categories=())),
        st.lists(st.sampled_from([*NASTY, "walk", "Walk*", "(walk"])).map(" ".join),
    ),
    therapy=st.booleans(),
    tag=st.one_of(st.none(), st.text(max_size=70)),
)
def test_search_never_raises_for_any_text(
    repo: EntryRepository, text: str, therapy: bool, tag: str | None
) -> None:
    if repo.count() == 0:
        repo.create(title="Walk", body="a walk by the water", tags=["calm"])
    result = repo.search(text, EntryFilter(tag=tag, therapy_only=therapy), limit=5)
    assert isinstance(result, SearchResult)
    assert isinstance(result.hits, list)
    assert len(result.hits) <= 5
    if to_fts_query(text) is None:
        assert result.hits == [] and result.message


def test_messages_for_blank_and_unsearchable_text(repo: EntryRepository) -> None:
    repo.create(body="anything")
    assert repo.search("   ") == SearchResult([], MESSAGE_EMPTY_SEARCH)
    assert repo.search("🙂 ***") == SearchResult([], MESSAGE_NOTHING_SEARCHABLE)
    assert repo.search("zzz") == SearchResult([], None)  # no hits is not an error


def test_title_matches_rank_above_body_matches(repo: EntryRepository) -> None:
    in_body = repo.create(title="Tuesday", body="we talked about boundaries at length today")
    in_title = repo.create(title="Boundaries", body="we talked at length today")
    repo.create(title="Other", body="nothing related")
    assert [h.id for h in repo.search("boundaries").hits] == [in_title.id, in_body.id]


def test_snippet_is_one_plain_line_with_markers(repo: EntryRepository) -> None:
    repo.create(
        title="Evening",
        body="# Heading\n\nThe **harbour** was calm.\nI sat by the [harbour](http://x) wall.",
    )
    [hit] = repo.search("harbour").hits
    assert "\n" not in hit.snippet
    assert f"{HIGHLIGHT_START}harbour{HIGHLIGHT_END}" in hit.snippet
    assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END) == 2
    assert "**" not in hit.snippet and "http" not in hit.snippet
    assert hit.title == "Evening"


def test_prefix_phrase_diacritics_and_rtl(repo: EntryRepository) -> None:
    canary = repo.create(body="The canary sang at the café. שלום עליכם")
    phrase = repo.create(body="quiet morning walk")
    apart = repo.create(body="morning was quiet")
    assert [h.id for h in repo.search("cana").hits] == [canary.id]
    assert [h.id for h in repo.search("cafe").hits] == [canary.id]
    assert [h.id for h in repo.search("CAFÉ").hits] == [canary.id]
    assert [h.id for h in repo.search("שלום").hits] == [canary.id]
    assert {h.id for h in repo.search("quiet morning").hits} == {phrase.id, apart.id}
    assert [h.id for h in repo.search('"quiet morning"').hits] == [phrase.id]
    assert repo.search("cana ").hits == []  # a finished word is matched whole


def test_search_skips_the_trash_and_honours_filters(repo: EntryRepository) -> None:
    base = datetime(2024, 2, 1, 12, 0, tzinfo=UTC)
    a = repo.create(body="river walk", tags=["calm"], created=base)
    b = repo.create(body="river swim", bring_to_therapy=True, created=base + timedelta(days=5))
    c = repo.create(body="river again", created=base + timedelta(days=10))
    repo.delete(c.id)
    assert {h.id for h in repo.search("river").hits} == {a.id, b.id}
    assert [h.id for h in repo.search("river", EntryFilter(tag="CALM")).hits] == [a.id]
    assert [h.id for h in repo.search("river", EntryFilter(therapy_only=True)).hits] == [b.id]
    window = EntryFilter(start=date(2024, 2, 3), end=date(2024, 2, 28))
    assert [h.id for h in repo.search("river", window).hits] == [b.id]
    assert len(repo.search("river", limit=1).hits) == 1
    assert repo.search("river", limit=0).hits == []


# ----- snippets ------------------------------------------------------------------------


def _marked(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")


def test_snippet_marks_whole_words_prefixes_and_phrases(repo: EntryRepository) -> None:
    body = (
        "Morning pages. " * 10
        + "Then the Cravings came back, and I took the long way home past the harbour.\n\n"
        + "Later: craving again, but I took the bus."
    )
    repo.create(title="Evening", body=body)
    [hit] = repo.search("crav").hits
    assert "[Cravings]" in _marked(hit.snippet)
    assert _marked(hit.snippet).startswith("…")  # it starts mid-entry, near the match
    [hit] = repo.search('"took the long way"').hits
    marked = _marked(hit.snippet)
    assert "[took the long way]" in marked
    assert "[took] the bus" not in marked and "[the]" not in marked
    [hit] = repo.search("harbour ").hits
    assert "[harbour]" in _marked(hit.snippet)
    assert len(hit.snippet.split()) <= 26


def test_snippet_ignores_accents_and_case_like_the_index(repo: EntryRepository) -> None:
    repo.create(body="Un café crème au soleil, puis une longue CAFÉ-conversation.")
    [hit] = repo.search("cafe").hits
    assert "[café]" in _marked(hit.snippet)
    assert "[CAFÉ]" in _marked(hit.snippet)


def test_snippet_for_a_title_only_match_shows_the_beginning(repo: EntryRepository) -> None:
    repo.create(title="Lighthouse", body="It was a long day. Nothing else to say about it.")
    [hit] = repo.search("lighthouse").hits
    assert hit.snippet == "It was a long day. Nothing else to say about it."


def test_snippet_of_a_huge_entry_stays_short(repo: EntryRepository) -> None:
    body = "filler words here. " * 300_000 + "the marigold at the very end"
    repo.create(title="Marigold", body=body)  # a title match; the body match is far away
    [hit] = repo.search("marigold").hits
    assert HIGHLIGHT_START not in hit.snippet  # too far in to look for
    assert hit.snippet.startswith("filler words here.") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 200


@settings(max_examples=200, deadline=None)
@given(body=st.text(), text=st.text())
def test_snippets_never_raise_and_markers_pair_up(body: str, text: str) -> None:
    from app.journal.snippets import Matcher, snippet

    line = snippet(body, Matcher(text, prefix=True))
    assert "\n" not in line
    assert line.count(HIGHLIGHT_START) == line.count(HIGHLIGHT_END)
