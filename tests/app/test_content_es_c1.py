"""Spanish beside English in the writing prompts, the encouragement lines, the kinds of
session and the areas of a boundary (issue 15): every text carries both languages, a
text without its Spanish is refused by file, item and field, and the loaders hand out
the texts in the content language (each language cached on its own)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import app.content.words as content_words
from app.boundaries import areas
from app.content import ContentError, content_dir, encouragement, prompts
from app.journal.model import Prompt
from app.sessions import kinds as session_kinds

REPO_ROOT = Path(__file__).resolve().parents[2]


# (file, list key, the item's name in messages, its texts by language, loader of a path)
LISTS: list[tuple[str, str, str, tuple[str, ...], Callable[[Path], object]]] = [
    ("prompts.json", "themes", "theme", ("title", "description"), prompts.load_prompts),
    ("prompts.json", "prompts", "prompt", ("text",), prompts.load_prompts),
    ("encouragement.json", "lines", "line", ("text",), encouragement.load_encouragement),
    (
        "session_kinds.json",
        "session_kinds",
        "session kind",
        ("name", "description"),
        session_kinds.load_session_kinds,
    ),
    (
        "boundary_areas.json",
        "boundary_areas",
        "boundary area",
        ("title", "description"),
        areas.load_areas,
    ),
]
FILES = sorted({name for name, *_ in LISTS})

# Spanish words a prompt must not use: labels that diagnose or blame the partner, and
# clinical jargon (the English test's list, in Spanish).
UNKIND_ES = re.compile(
    r"\b(negaci[oó]n|narcisis\w*|t[oó]xic\w*|codependen\w*|facilitador\w*|trastorno\w*|"
    r"ego[ií]sta|manipula\w*|abusiv\w*|adict[oa]s?|alcoh[oó]lic[oa]s?|drogadict\w*|"
    r"resistente|terc[oa]|perezos[oa]|d[eé]bil|patol[oó]gic\w*|diagn[oó]stic\w*|"
    r"comorbil\w*|distorsi[oó]n\w* cognitiv\w*)\b",
    re.IGNORECASE,
)
# Words the encouragement lines must not use: promises, blame, clinical terms.
AVOID_ES = re.compile(
    r"\b(promet\w*|promesa|garantiz\w*|cur[ao]s?|curad[oa]|culpa\w*|deber[ií]as?|debes|"
    r"reca[ií]da|adict\w*|trastorno|sobriedad|limpi[oa]|diagn[oó]stic\w*|paciente|"
    r"s[ií]ntoma\w*|fracas\w*|d[eé]bil)\b",
    re.IGNORECASE,
)


def _raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((content_dir() / name).read_text(encoding="utf-8"))
    return data


def _spanish(name: str, key: str, field: str) -> list[str]:
    """The field's Spanish texts in file order, read straight from the file."""
    return [item[field]["es"] for item in _raw(name)[key]]


@pytest.fixture
def both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Content ships English and Spanish (as issue 15 sets it)."""
    monkeypatch.setattr(content_words, "SHIPPED_LANGUAGES", ("en", "es"))
    monkeypatch.setattr(content_words, "KNOWN_LANGUAGES", ("en", "es"))


@pytest.fixture
def in_spanish(both_languages: None) -> Iterator[None]:
    """Content shown in Spanish for one test, English again after it."""
    content_words.set_content_language("es")
    assert content_words.content_language() == "es"
    try:
        yield
    finally:
        content_words.set_content_language("en")


# ----- every text in both languages -----------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_every_text_in_the_file_carries_english_and_spanish(name: str) -> None:
    data = _raw(name)
    count = 0
    for file_name, key, _label, fields, _load in LISTS:
        if file_name != name:
            continue
        for item in data[key]:
            for field in fields:
                text = item[field]
                assert isinstance(text, dict) and set(text) == {"en", "es"}, (item["id"], field)
                assert text["es"].strip() and text["es"] != text["en"], (item["id"], field)
                count += 1
    assert count >= 8


@pytest.mark.parametrize(
    ("name", "key", "label", "fields", "load"), LISTS, ids=[f"{n}:{k}" for n, k, *_ in LISTS]
)
def test_a_text_without_its_spanish_is_refused_by_file_item_and_field(
    both_languages: None,
    tmp_path: Path,
    name: str,
    key: str,
    label: str,
    fields: tuple[str, ...],
    load: Callable[[Path], object],
) -> None:
    good = _raw(name)
    path = tmp_path / name
    path.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    load(path)  # the whole bundled file loads with Spanish shipped
    for number, _item in enumerate(good[key], start=1):
        for field in fields:
            broken = copy.deepcopy(good)
            del broken[key][number - 1][field]["es"]
            path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
            with pytest.raises(ContentError) as caught:
                load(path)
            assert str(caught.value) == (
                f"{name}: {label} {number}: {field!r} is missing its 'es' text"
            )


def test_a_spanish_text_keeps_to_the_fields_limit(both_languages: None, tmp_path: Path) -> None:
    data = _raw("session_kinds.json")
    data["session_kinds"][0]["name"]["es"] = "n" * 61
    path = tmp_path / "session_kinds.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        session_kinds.load_session_kinds(path)
    assert str(caught.value) == (
        "session_kinds.json: session kind 1: 'name' is longer than 60 characters in 'es'"
    )


# ----- the loaders in Spanish ---------------------------------------------------------


def test_the_prompts_come_in_spanish(in_spanish: None) -> None:
    themes, found = prompts.load_prompts()
    assert [t.title for t in themes] == _spanish("prompts.json", "themes", "title")
    assert [t.description for t in themes] == _spanish("prompts.json", "themes", "description")
    assert [p.text for p in found] == _spanish("prompts.json", "prompts", "text")
    assert {t.id: t.title for t in themes}["boundaries"] == "Límites"
    assert prompts.find_prompt("gratitude-01") == Prompt(
        "gratitude-01", "gratitude", "Nombra tres cosas pequeñas que salieron bien hoy."
    )
    day = date(2026, 3, 2)
    spanish_texts = {p.text for p in found}
    for offset in range(14):
        assert prompts.prompt_of_the_day(day + timedelta(days=offset)).text in spanish_texts
    # A file given by path is read in the content language too.
    assert prompts.load_prompts(prompts.default_path())[1][0].text == found[0].text


def test_the_encouragement_comes_in_spanish(in_spanish: None) -> None:
    lines = encouragement.load_encouragement()
    assert [line.text for line in lines] == _spanish("encouragement.json", "lines", "text")
    first = next(line for line in lines if line.id == "one-small-step")
    assert first.text == "Un paso pequeño sigue siendo un paso."
    day = date(2026, 3, 2)
    assert encouragement.line_of_the_day(day).text in {line.text for line in lines}
    assert encouragement.load_encouragement(encouragement.default_path()) == lines


def test_the_session_kinds_come_in_spanish(in_spanish: None) -> None:
    kinds = session_kinds.bundled_kinds()
    assert [k.name for k in kinds] == _spanish("session_kinds.json", "session_kinds", "name")
    assert [k.description for k in kinds] == _spanish(
        "session_kinds.json", "session_kinds", "description"
    )
    assert session_kinds.resolve("iop-group").name == "Grupo del programa intensivo"
    assert session_kinds.resolve("a-kind-since-removed").name == "Otro"
    own = [session_kinds.SessionKind("art", "Arte", "A.")]
    assert session_kinds.resolve("x", own).name == "Otro"
    assert list(kinds) == session_kinds.load_session_kinds()


def test_the_boundary_areas_come_in_spanish(in_spanish: None) -> None:
    found = areas.bundled_areas()
    assert [a.title for a in found] == _spanish("boundary_areas.json", "boundary_areas", "title")
    assert [a.description for a in found] == _spanish(
        "boundary_areas.json", "boundary_areas", "description"
    )
    assert areas.resolve("money").title == "Dinero"
    gone = areas.resolve("a-retired-area")
    assert (gone.id, gone.title) == ("a-retired-area", "Otra área")
    assert list(found) == areas.load_areas()


def _everything() -> dict[str, list[tuple[str, ...]]]:
    """What each bundled loader hands out now, as plain tuples."""
    themes, found = prompts.load_prompts()
    return {
        "themes": [(t.id, t.title, t.description) for t in themes],
        "prompts": [(p.id, p.theme, p.text) for p in found],
        "lines": [(line.id, line.text) for line in encouragement.load_encouragement()],
        "kinds": [(k.id, k.name, k.description) for k in session_kinds.bundled_kinds()],
        "areas": [(a.id, a.title, a.description) for a in areas.bundled_areas()],
    }


def test_each_language_is_read_and_cached_on_its_own(both_languages: None) -> None:
    english = _everything()
    content_words.set_content_language("es")
    try:
        spanish = _everything()
        assert _everything() == spanish
    finally:
        content_words.set_content_language("en")
    assert _everything() == english
    assert english["kinds"][0][1] == "IOP group" and spanish["kinds"][0][1] != "IOP group"
    for part, records in english.items():
        # The same ids (and themes) in the same order; every text differs.
        assert [r[0] for r in records] == [r[0] for r in spanish[part]], part
        for mine, theirs in zip(records, spanish[part], strict=True):
            if part == "prompts":
                assert mine[1] == theirs[1]
                assert mine[2] != theirs[2]
            else:
                assert all(a != b for a, b in zip(mine[1:], theirs[1:], strict=True)), mine[0]


# ----- the Spanish reads right ----------------------------------------------------------


def test_the_spanish_texts_keep_the_english_rules(in_spanish: None) -> None:
    themes, found = prompts.load_prompts()
    for theme in themes:
        assert theme.description.endswith("."), theme.id
        assert not UNKIND_ES.search(theme.description), theme.id
    assert len({p.text for p in found}) == len(found)
    for prompt in found:
        assert prompt.text[-1] in ".?", prompt.id
        assert len(prompt.text) <= 200, prompt.id
        assert not UNKIND_ES.search(prompt.text), prompt.id
        if prompt.theme == "partner-hesitation":
            assert prompt.text.endswith("?"), prompt.id
    lines = encouragement.load_encouragement()
    assert len({line.text.casefold() for line in lines}) == len(lines)
    for line in lines:
        assert line.text[0].isupper() or line.text[0] == "¿", line.id
        assert line.text.endswith((".", "?", "!")), line.id
        assert not AVOID_ES.search(line.text), line.text
    for kind in session_kinds.bundled_kinds():
        assert kind.description.endswith("."), kind.id
    for area in areas.bundled_areas():
        assert area.description.endswith("."), area.id
    everything = [
        *(t.title for t in themes),
        *(t.description for t in themes),
        *(p.text for p in found),
        *(line.text for line in lines),
        *(k.name for k in session_kinds.bundled_kinds()),
        *(a.title for a in areas.bundled_areas()),
    ]
    for text in everything:
        # Spanish opens what it asks and exclaims.
        assert text.count("¿") == text.count("?"), text
        assert text.count("¡") == text.count("!"), text
        assert "vosotros" not in text.lower() and "ordenador" not in text.lower(), text
