"""Spanish content (issue 15, part C3): the invitation planner, reflection, the safety
check, the questionnaires (PHQ-9 and GAD-7 in their standard Spanish, US, versions)
and the crisis lines, with Mexico and Spain as regions of their own.

Spanish is made a shipped language here (as app/content/words.py will), so a text
without "es" is refused; every loader reads these files from the bundled folder or a
copy of it, never through a cache."""

from __future__ import annotations

import ast
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app import settings
from app.content import ContentError, content_dir, crisis_lines
from app.content import words as shared
from app.invitations import content as invitations
from app.measures import content as measures
from app.measures.crisis import screen_lines
from app.reflection import content as reflection
from app.safety import content as safety

SPANISH = ("en", "es")

# Each file of this part, and how to load it from a content folder.
LOADERS: dict[str, Callable[[Path], object]] = {
    "crisis_lines.json": lambda root: crisis_lines.load_crisis_lines(root / "crisis_lines.json"),
    "safety/questions.json": lambda root: safety.load_questions(root / "safety/questions.json"),
    "safety/planning.json": lambda root: safety.load_planning(root / "safety/planning.json"),
    **{
        f"invitations/{name}": lambda root: invitations.load_guide(root / "invitations")
        for name in ("reasons.json", "offers.json", "timing.json", "keep_doing.json")
    },
    **{
        f"reflection/{kind}.json": lambda root: reflection.load(root / "reflection")
        for kind in reflection.KINDS
    },
    "measures/phq9.json": lambda root: measures.load_measures(root / "measures"),
    "measures/gad7.json": lambda root: measures.load_measures(root / "measures"),
}
FILES = sorted(LOADERS)
# Texts that are the same in both languages: names of organisations and instruments.
SAME_IN_BOTH = {"PHQ-9", "GAD-7"}
SAME_FIELDS_IN_LINES = ("name",)

PHQ9_LEAD_IN = (
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los "
    "siguientes problemas?"
)
PHQ9_ITEMS = [
    "Poco interés o placer en hacer cosas",
    "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    "Se ha sentido cansado(a) o con poca energía",
    "Sin apetito o ha comido en exceso",
    "Se ha sentido mal con usted mismo(a) \u2013 o que es un fracaso o que ha quedado mal con "
    "usted mismo(a) o con su familia",
    "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el "
    "periódico o ver la televisión",
    "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo "
    "contrario \u2013 muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo "
    "normal",
    "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
]
PHQ9_DIFFICULTY = (
    "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos "
    "problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien "
    "con otras personas?"
)
PHQ9_DIFFICULTY_ANSWERS = [
    "No ha sido difícil",
    "Un poco difícil",
    "Muy difícil",
    "Extremadamente difícil",
]
GAD7_LEAD_IN = (
    "Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?"
)
GAD7_ITEMS = [
    "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
    "No ha sido capaz de parar o controlar su preocupación",
    "Se ha preocupado demasiado por motivos diferentes",
    "Ha tenido dificultad para relajarse",
    "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
    "Se ha molestado o irritado fácilmente",
    "Ha tenido miedo de que algo terrible fuera a pasar",
]
ANSWERS = ["Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días"]


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Spanish shipped alongside English; content shown in English again afterwards."""
    monkeypatch.setattr(shared, "SHIPPED_LANGUAGES", SPANISH)
    monkeypatch.setattr(shared, "KNOWN_LANGUAGES", SPANISH, raising=False)
    yield
    shared.set_content_language(shared.DEFAULT_LANGUAGE)


def _texts(value: Any) -> Iterator[dict[str, Any]]:
    """Every per-language text object in decoded JSON, in file order."""
    if isinstance(value, dict):
        if "en" in value:
            yield value
            return
        for inner in value.values():
            yield from _texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _texts(inner)


def _data(name: str, root: Path | None = None) -> Any:
    return json.loads(((root or content_dir()) / name).read_text(encoding="utf-8"))


# ----- every text has Spanish ---------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_every_text_has_spanish_and_the_file_loads(spanish: None, name: str) -> None:
    data = _data(name)
    texts = list(_texts(data))
    assert texts, name
    for text in texts:
        assert set(text) == {"en", "es"}, (name, text)
        assert isinstance(text["es"], str) and text["es"].strip(), (name, text)
    # Spanish, not English copied over (names of organisations and instruments aside).
    if name == "crisis_lines.json":
        translated = [
            line[field] for line in data["crisis_lines"] for field in ("contact", "description")
        ]
    else:
        translated = [text for text in texts if text["en"] not in SAME_IN_BOTH]
    for text in translated:
        assert text["es"] != text["en"], (name, text["en"])
    LOADERS[name](content_dir())


@pytest.mark.parametrize("name", FILES)
def test_a_missing_spanish_text_is_refused_naming_the_file(
    spanish: None, tmp_path: Path, name: str
) -> None:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    data = _data(name, root)
    *_, last = _texts(data)
    del last["es"]
    (root / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        LOADERS[name](root)
    message = str(raised.value)
    assert message.startswith(f"{Path(name).name}: ") and "\n" not in message
    assert "is missing its 'es' text" in message


# ----- the questionnaires: the standard Spanish wording --------------------------------


def test_phq9_and_gad7_carry_their_standard_spanish_versions(spanish: None) -> None:
    catalogue = measures.load_measures(content_dir() / "measures")
    phq9, gad7 = catalogue.get("phq9"), catalogue.get("gad7")
    assert phq9 is not None and gad7 is not None
    assert [item.text.text("es") for item in phq9.items] == PHQ9_ITEMS
    assert [item.text.text("es") for item in gad7.items] == GAD7_ITEMS
    for measure in (phq9, gad7):
        assert [option.label.text("es") for option in measure.options] == ANSWERS
        # The validated instruments keep their "usted"; the file says so.
        assert "usted" in measure.source.text("es")
    assert phq9.lead_in.text("es") == PHQ9_LEAD_IN
    assert gad7.lead_in.text("es") == GAD7_LEAD_IN
    assert phq9.follow_up is not None
    assert phq9.follow_up.text.text("es") == PHQ9_DIFFICULTY
    assert [o.label.text("es") for o in phq9.follow_up.options] == PHQ9_DIFFICULTY_ANSWERS
    # The crisis screen still follows item 9, whatever the language.
    crisis = phq9.item(phq9.crisis_item or "")
    assert crisis is not None and crisis.number == 9 and crisis.text.text("es") == PHQ9_ITEMS[8]
    # Every band says something of its own in Spanish.
    for measure in (phq9, gad7):
        labels = [band.label.text("es") for band in measure.bands]
        explanations = [band.explanation.text("es") for band in measure.bands]
        assert len(set(labels)) == len(labels) and len(set(explanations)) == len(explanations)


def test_the_questionnaires_are_shown_in_the_content_language(spanish: None) -> None:
    shared.set_content_language("es")
    phq9 = measures.load_measures(content_dir() / "measures").get("phq9")
    assert phq9 is not None
    assert phq9.items[0].text.shown() == PHQ9_ITEMS[0]
    assert phq9.options[3].label.shown() == "Casi todos los días"
    shared.set_content_language("en")
    assert phq9.items[0].text.shown() == "Little interest or pleasure in doing things"


# ----- crisis lines: Mexico and Spain --------------------------------------------------


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [
        ("es_MX", "MX"),
        ("es_MX.UTF-8", "MX"),
        ("es-MX", "MX"),
        ("es_ES", "ES"),
        ("es_ES.UTF-8", "ES"),
        ("es_ES@euro", "ES"),
        ("ca_ES", "ES"),
        ("es_US", "US"),
        ("es", crisis_lines.ELSEWHERE),
        ("es_AR", crisis_lines.ELSEWHERE),
    ],
)
def test_spanish_locales_point_to_their_regions(locale_name: str, region: str) -> None:
    assert crisis_lines.region_for_locale(locale_name) == region
    assert crisis_lines.resolve_region("system", locale_name) == region


def test_the_settings_know_every_region_and_only_those() -> None:
    regions = tuple(region.lower() for region in crisis_lines.REGIONS)
    expected = ("system", *regions, crisis_lines.ELSEWHERE)
    help_regions = settings.HELP_REGIONS
    assert help_regions == expected
    assert settings.coerce("help_region", "mx") == "mx"
    assert settings.coerce("help_region", " ES ") == "es"
    assert crisis_lines.resolve_region("mx", "en_GB") == "MX"
    assert crisis_lines.resolve_region("es", "en_GB") == "ES"


def test_the_help_dialog_names_every_region() -> None:
    """The dialog offers every setting's region, by name (read from its source: no Qt
    in these tests)."""
    source = Path(__file__).parents[2] / "ui" / "shell" / "help_dialog.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    functions = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}

    def constants(node: ast.AST) -> list[str]:
        return [
            n.value
            for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]

    offered = [
        element.elts[0].value
        for element in ast.walk(functions["region_choices"])
        if isinstance(element, ast.Tuple) and isinstance(element.elts[0], ast.Constant)
    ]
    assert offered == list(settings.HELP_REGIONS[1:-1])
    named = constants(functions["region_name"])
    for region in crisis_lines.REGIONS:
        assert region in named, region
    assert {"Mexico", "Spain"} <= set(constants(functions["region_choices"])) & set(named)


def test_mexico_and_spain_have_their_national_lines(spanish: None) -> None:
    lines = crisis_lines.load_crisis_lines()
    assert crisis_lines.coverage_problems(lines) == []
    mexico = crisis_lines.lines_for("MX", lines=lines)
    assert [line.id for line in mexico] == [
        "mx-linea-de-la-vida",
        "mx-911",
        "intl-find-a-helpline",
    ]
    assert "800 911 2000" in mexico[0].contact and mexico[1].contact == "Call 911"
    spain = crisis_lines.lines_for("ES", lines=lines)
    assert [(line.id, line.kind) for line in spain] == [
        ("es-024", crisis_lines.CRISIS),
        ("es-016", crisis_lines.RELATIONSHIP_SAFETY),
        ("intl-find-a-helpline", crisis_lines.DIRECTORY),
    ]
    assert "024" in spain[0].contact and "016" in spain[1].contact
    # The questionnaires' crisis screen and the system locale reach them too.
    assert [line.id for line in screen_lines("MX", lines)] == [line.id for line in mexico]
    assert screen_lines("ES", lines)[0].id == "es-024"
    for locale_name, first in (("es_MX", "mx-linea-de-la-vida"), ("es_ES", "es-024")):
        region = crisis_lines.resolve_region("system", locale_name)
        assert crisis_lines.lines_for(region, lines=lines)[0].id == first


def test_the_lines_are_read_in_the_content_language(spanish: None) -> None:
    shared.set_content_language("es")
    lines = {line.id: line for line in crisis_lines.load_crisis_lines()}
    lifeline = lines["us-988-lifeline"]
    assert lifeline.name == "988 Suicide & Crisis Lifeline"  # a name stays a name
    assert lifeline.contact == (
        "Llama o envía un mensaje de texto al 988; para español, marca 2 o escribe AYUDA"
    )
    assert lines["mx-linea-de-la-vida"].contact == (
        "Llama al 800 911 2000, gratis, de día o de noche"
    )
    assert lines["es-016"].description.startswith("Para mujeres")
    assert lines["intl-find-a-helpline"].contact.startswith("Busca en findahelpline.com")
    shared.set_content_language("en")
    assert crisis_lines.load_crisis_lines()[0].contact == "Call or text 988"
