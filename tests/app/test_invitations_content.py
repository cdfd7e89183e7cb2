"""The planner's content files: the bundled ones load, cover every reason and timing
question in every shipped language, and a broken file is refused with a message naming
it (and the item)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.content import ContentError
from app.invitations import content
from app.sessions.model import DeclineReason


def test_the_bundled_content_loads_and_covers_every_reason() -> None:
    guide = content.load_guide()
    assert [r.id for r in guide.reasons] == [r.value for r in DeclineReason]
    assert set(guide.questions) == set(content.TIMING_IDS)
    assert {"one-session", "family-session", "own-therapist", "read-together"} <= guide.offer_ids
    assert guide.ideas
    privacy = guide.reason("privacy")
    assert privacy is not None
    eases = " ".join(w.text() for w in privacy.might_ease)
    assert "virtual" in eases and "confidential" in eases
    hurt = guide.reason("hurt")
    assert hurt is not None and "not a trial" in " ".join(w.text() for w in hurt.might_ease)


def test_every_item_has_every_shipped_language() -> None:
    assert content.SHIPPED_LANGUAGES == ("en", "es")
    for name in (
        content.REASONS_FILE,
        content.OFFERS_FILE,
        content.TIMING_FILE,
        content.KEEP_DOING_FILE,
    ):
        data = json.loads((content.folder() / name).read_text(encoding="utf-8"))
        items = next(v for k, v in data.items() if k != "version")

        def texts(value: Any) -> list[dict[str, str]]:
            if isinstance(value, dict) and "id" not in value:
                return [value]
            if isinstance(value, list):
                return [t for v in value for t in texts(v)]
            if isinstance(value, dict):
                return [t for k, v in value.items() if k != "id" for t in texts(v)]
            return []

        for found in texts(items):
            assert set(found) == set(content.SHIPPED_LANGUAGES), name


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "invitations"
    shutil.copytree(content.folder(), target)
    return target


def _edit(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        (content.REASONS_FILE, lambda d: d["reasons"][0].pop("might_be"), "missing 'might_be'"),
        (content.REASONS_FILE, lambda d: d["reasons"].pop(3), "no reason with id 'privacy'"),
        (content.REASONS_FILE, lambda d: d["reasons"][0].update(id="denial"), "unknown reason id"),
        (
            content.REASONS_FILE,
            lambda d: d["reasons"][1]["title"].pop("en"),
            "missing its 'en' text",
        ),
        (content.OFFERS_FILE, lambda d: d["offers"][1].pop("id"), "offer 2: missing 'id'"),
        (content.OFFERS_FILE, lambda d: d["offers"][1].update(id="one-session"), "duplicate id"),
        (content.OFFERS_FILE, lambda d: d["offers"][0].update(extra=1), "unknown key 'extra'"),
        (content.TIMING_FILE, lambda d: d["questions"].pop(), "no question with id 'unsafe'"),
        (content.TIMING_FILE, lambda d: d["questions"][0]["help"].update(en=""), "non-empty"),
        (content.KEEP_DOING_FILE, lambda d: d.update(version=2), "'version' must be 1"),
        (
            content.KEEP_DOING_FILE,
            lambda d: d["ideas"][0]["text"].update(fr="Oui"),
            "unknown language",
        ),
    ],
)
def test_a_broken_file_is_named(tmp_path: Path, name: str, change: Any, expected: str) -> None:
    folder = _copy(tmp_path)
    _edit(folder, name, change)
    with pytest.raises(ContentError) as raised:
        content.load_guide(folder)
    message = str(raised.value)
    assert message.startswith(name) and expected in message and "\n" not in message


def test_a_file_that_is_not_json_is_named(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / content.OFFERS_FILE).write_text("{nope", encoding="utf-8")
    with pytest.raises(ContentError, match=r"^offers\.json: not valid JSON"):
        content.load_guide(folder)
