"""The reflection content files: the bundled ones load, every item carries every shipped
language, and a broken file is refused with one line naming it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.content import ContentError
from app.reflection import content


def test_the_bundled_content_loads_with_every_language() -> None:
    found = content.load()
    assert [i.id for i in found.checkin][-1] == content.SAFETY_QUESTION
    assert len(found.reasons) == 6 and len(found.impacts) == 5 and len(found.options) == 4
    for kind in content.KINDS:
        for item in getattr(found, kind):
            for language in content.SHIPPED_LANGUAGES:
                assert item.title.by_language[language] and item.hint.by_language[language]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "reflection"
    shutil.copytree(content.path_of("reasons").parent, target)
    return target


def _break(folder: Path, kind: str, change: object) -> str:
    path = folder / f"{kind}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        content.load(folder)
    message = str(raised.value)
    assert "\n" not in message
    return message


def test_a_missing_translation_is_refused_naming_the_file(folder: Path) -> None:
    message = _break(folder, "impacts", lambda d: d["items"][2]["hint"].pop("en"))
    assert message.startswith("impacts.json: item 3") and "'en'" in message


def test_a_missing_id_is_refused_naming_the_file(folder: Path) -> None:
    message = _break(folder, "options", lambda d: d["items"][0].pop("id"))
    assert message.startswith("options.json: item 1") and "'id'" in message


def test_a_duplicate_id_and_a_missing_safety_question_are_refused(folder: Path) -> None:
    def dup(d: dict) -> None:  # type: ignore[type-arg]
        d["items"][1]["id"] = d["items"][0]["id"]

    assert _break(folder, "reasons", dup).startswith("reasons.json: item 2")
    (folder / "reasons.json").write_text(
        content.path_of("reasons").read_text(encoding="utf-8"), encoding="utf-8"
    )
    message = _break(folder, "checkin", lambda d: d["items"].pop())
    assert message.startswith("checkin.json") and "feeling-safe" in message
