"""The PHQ-9 and GAD-7 content files: standard wording and scoring, and every broken
file refused with one line that names it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.content import ContentError
from app.measures import content
from app.measures.content import SHIPPED_LANGUAGES, load_measure, load_measures

FOLDER = content.default_folder()
ANSWERS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]


def raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FOLDER / name).read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_bundled_questionnaires_load_in_order() -> None:
    catalogue = load_measures()
    assert [m.id for m in catalogue.measures] == ["phq9", "gad7"]
    phq9, gad7 = catalogue.measures
    assert len(phq9.items) == 9 and len(gad7.items) == 7
    assert phq9.max_score == 27 and gad7.max_score == 21


def test_standard_wording_and_answers() -> None:
    phq9, gad7 = load_measures().measures
    for measure in (phq9, gad7):
        assert [o.label.get() for o in measure.options] == ANSWERS
        assert [o.value for o in measure.options] == [0, 1, 2, 3]
        assert measure.lead_in.get().startswith("Over the last 2 weeks, how often have you")
    assert phq9.lead_in.get() == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert phq9.items[0].text.get() == "Little interest or pleasure in doing things"
    assert phq9.items[8].text.get() == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert phq9.crisis_item == phq9.items[8].id and gad7.crisis_item is None
    assert gad7.items[0].text.get() == "Feeling nervous, anxious, or on edge"
    assert phq9.follow_up is not None and gad7.follow_up is None
    assert next(o.label.get() for o in phq9.follow_up.options) == "Not difficult at all"
    assert "not a diagnosis" in phq9.screening_note.get()
    assert "clinician" in phq9.share_note.get().lower()


@pytest.mark.parametrize(
    ("measure_id", "bands"),
    [
        ("phq9", [(0, 4), (5, 9), (10, 14), (15, 19), (20, 27)]),
        ("gad7", [(0, 4), (5, 9), (10, 14), (15, 21)]),
    ],
)
def test_severity_bands_are_the_standard_ones(
    measure_id: str, bands: list[tuple[int, int]]
) -> None:
    measure = load_measures().get(measure_id)
    assert measure is not None
    assert [(b.low, b.high) for b in measure.bands] == bands
    assert measure.band_for(0).id == "minimal"
    assert measure.band_for(10).id == "moderate"
    assert measure.band_for(measure.max_score).id == "severe"
    with pytest.raises(ValueError):
        measure.band_for(measure.max_score + 1)


def test_every_text_has_every_shipped_language() -> None:
    for path in sorted(FOLDER.glob("*.json")):
        measure = load_measure(path)
        texts = [
            measure.name,
            measure.title,
            measure.about,
            measure.source,
            measure.screening_note,
            measure.share_note,
            measure.lead_in,
            *(o.label for o in measure.options),
            *(i.text for i in measure.items),
            *(b.label for b in measure.bands),
            *(b.explanation for b in measure.bands),
        ]
        if measure.follow_up is not None:
            texts += [measure.follow_up.text, *(o.label for o in measure.follow_up.options)]
        for words in texts:
            assert set(SHIPPED_LANGUAGES) <= set(words.by_language), path.name


def test_scoring_sums_the_answers_once_every_item_has_one() -> None:
    phq9 = load_measures().measures[0]
    answers = {item.id: 1 for item in phq9.items}
    assert phq9.score(answers) == 9
    del answers["sleep"]
    assert phq9.score(answers) is None
    assert not phq9.needs_crisis_screen({"self-harm": 0})
    assert phq9.needs_crisis_screen({"self-harm": 1})


def broken_missing_item(data: dict[str, Any]) -> None:
    del data["items"][2]["text"]


def broken_missing_translation(data: dict[str, Any]) -> None:
    data["items"][4]["text"] = {"es": "Poco apetito"}


def broken_duplicate_id(data: dict[str, Any]) -> None:
    data["items"][3]["id"] = data["items"][1]["id"]


def broken_gap_in_bands(data: dict[str, Any]) -> None:
    data["bands"][2]["min"] = 11


def broken_bands_short(data: dict[str, Any]) -> None:
    data["bands"][-1]["max"] = 25


def broken_no_items(data: dict[str, Any]) -> None:
    data["items"] = []


def broken_duplicate_band(data: dict[str, Any]) -> None:
    data["bands"][1]["id"] = "minimal"


def broken_crisis_item(data: dict[str, Any]) -> None:
    data["crisis_item"] = "not-an-item"


def broken_answer_value(data: dict[str, Any]) -> None:
    data["options"][3]["value"] = 11


@pytest.mark.parametrize(
    ("breaks", "says"),
    [
        (broken_missing_item, "item 3: missing 'text'"),
        (broken_missing_translation, "item 5: 'text' is missing its 'en' text"),
        (broken_duplicate_id, "item 4: duplicate id"),
        (broken_gap_in_bands, "bands do not cover the scores 0 to 27"),
        (broken_bands_short, "bands do not cover the scores 0 to 27"),
        (broken_no_items, "'items' must be a non-empty list"),
        (broken_duplicate_band, "band 2: duplicate id"),
        (broken_crisis_item, "'crisis_item'"),
        (broken_answer_value, "answer option 4"),
    ],
)
def test_a_broken_file_is_refused_naming_it(tmp_path: Path, breaks: Any, says: str) -> None:
    data = copy.deepcopy(raw("phq9.json"))
    breaks(data)
    path = write(tmp_path, "phq9-broken.json", data)
    with pytest.raises(ContentError) as caught:
        load_measure(path)
    message = str(caught.value)
    assert message.startswith("phq9-broken.json: ")
    assert says in message
    assert "\n" not in message


def test_two_files_with_one_id_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.json", raw("gad7.json"))
    write(tmp_path, "b.json", raw("gad7.json"))
    with pytest.raises(ContentError, match=r"^b\.json: duplicate id 'gad7'"):
        load_measures(tmp_path)


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gad7.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ContentError, match=r"^gad7\.json: not valid JSON"):
        load_measure(path)
