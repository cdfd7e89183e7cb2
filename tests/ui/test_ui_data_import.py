"""The "Import from another journal" section of the "Your data" page, in a real unlocked
window over a real vault: the plan's summary, importing (the journal then lists the
entries), importing again, a broken file, Cancel, Stop, and locking."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from data_helpers import open_page
from exchange_helpers import add_entry, unlock, worker
from fit import cut_short
from journal_helpers import titles as list_titles
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from ui_fixtures import PASSPHRASE

from tests.ui.shots import keep_shot
from ui.common import theme

pytestmark = pytest.mark.usefixtures("existing_vault")

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
JRNL_TITLES = ["First meeting in a while.", "Long walk after the argument.", "Quick note."]


def open_section(shell: Any) -> Any:
    from ui.data.import_section import ImportSection

    page = open_page(shell)
    assert isinstance(page.import_card, ImportSection)
    return page.import_card


def titles(shell: Any) -> list[str]:
    def read(vault: Any) -> list[str]:
        rows = vault.connection.execute(
            "SELECT title FROM entries WHERE deleted_at IS NULL ORDER BY created_utc"
        ).fetchall()
        return [str(row[0]) for row in rows]

    return list(worker(shell, read))


def choose(qtbot: Any, section: Any, path: Path, *, folder: bool = False) -> None:
    """Choose ``path`` in the (stand-in) dialog by clicking the button; wait for the plan."""
    if folder:
        section.folder_dialog = lambda _parent, _title: str(path)
        button = section.folder_button
    else:
        section.file_dialog = lambda _parent, _title: str(path)
        button = section.file_button
    with qtbot.waitSignal(section.settled, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_import(qtbot: Any, section: Any) -> None:
    with qtbot.waitSignal(section.settled, timeout=30_000):
        qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)


def jrnl_export(path: Path, count: int) -> Path:
    entries = [
        {
            "title": f"Day {n}.",
            "body": f"Body {n}",
            "date": f"2023-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}",
            "time": f"{n // 60 % 24:02d}:{n % 60:02d}",
            "tags": [],
            "starred": False,
        }
        for n in range(count)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_choosing_a_file_shows_the_plan_and_changes_nothing(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    shell = unlock(qtbot, make_shell)
    section = open_section(shell)
    assert section.title.text() == "Import from another journal"
    for button in (section.file_button, section.folder_button):
        assert button.isVisible() and button.isEnabled()
        assert "&" in button.text() and button.accessibleName()
    assert not section.summary.isVisible() and not section.import_button.isVisible()

    choose(qtbot, section, SAMPLES / "dayone.json")
    lines = section.summary.text().splitlines()
    assert lines[0] == "From a Day One export: dayone.json."
    assert lines[1] == "2 entries to add, 4 November 2023 to 6 November 2023."  # locale days
    assert "Tags: sleep, sponsor." in lines
    assert "3 photos and other attachments left out." in lines
    assert section.summary.isVisible()
    assert section.import_button.isVisible() and section.import_button.isEnabled()
    assert section.import_button.text() == "&Import 2 entries"
    assert section.import_button.accessibleName() == "Import 2 entries"
    assert section.cancel_button.isVisible() and section.cancel_button.text() == "Cance&l"
    assert section.import_button.hasFocus()
    assert not section.busy.isVisible() and not section.stop_button.isVisible()
    assert titles(shell) == []


def test_import_adds_the_entries_and_the_journal_lists_them(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Mine already", "words")
    workspace = shell.window.workspace
    assert workspace.show_module("journal")
    journal = workspace.pages.currentWidget()
    assert list_titles(journal.model) == ["Mine already"]

    section = open_section(shell)
    choose(qtbot, section, SAMPLES / "jrnl.json")
    seen: list[tuple[int, int]] = []
    section.progressed.connect(lambda done, total: seen.append((done, total)))
    click_import(qtbot, section)

    assert section.banner.text() == "Added 3 entries; they are in your journal."
    assert section.banner.tone is not None and section.banner.tone.value == "success"
    assert section.added == 3 and section.plan is None
    assert not section.summary.isVisible() and not section.import_button.isVisible()
    assert seen and seen[-1] == (3, 3)
    assert sorted(titles(shell)) == sorted(["Mine already", *JRNL_TITLES])
    # The journal heard of the change and lists them, without being asked to reload.
    assert sorted(list_titles(journal.model)) == sorted(["Mine already", *JRNL_TITLES])


def test_importing_again_adds_nothing_and_says_so(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    shell = unlock(qtbot, make_shell)
    section = open_section(shell)
    choose(qtbot, section, SAMPLES / "rednotebook", folder=True)
    click_import(qtbot, section)
    assert section.added == 4
    before = titles(shell)

    choose(qtbot, section, SAMPLES / "rednotebook", folder=True)
    lines = section.summary.text().splitlines()
    assert "No new entries to add." in lines
    assert "4 entries are already in your journal and will not be added again." in lines
    assert not section.import_button.isVisible()
    assert section.cancel_button.text() == "C&lose" and section.cancel_button.hasFocus()
    assert section.banner.text() == (
        "There is nothing new to add: it is all in your journal already."
    )
    # A plan made before the entries were added adds nothing either, and says so.
    from app.exchange.importers import plan_import

    stale = plan_import(SAMPLES / "rednotebook")
    section.plan = stale
    section.state = "planned"
    with qtbot.waitSignal(section.settled, timeout=30_000):
        section.start_import()
    assert section.added == 0
    assert section.banner.text() == "Nothing was added: those entries are already in your journal."
    assert titles(shell) == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("cut-short.json", '{"tags": {}, "entries": [{"title": "Half', "cut-short.json"),
        ("wrong-shape.json", '{"pages": []}', "wrong-shape.json is JSON but not a journal"),
        ("missing.json", None, "missing.json does not exist."),
    ],
)
def test_a_file_that_cannot_be_read_says_one_sentence_and_changes_nothing(
    qtbot: Any,
    make_shell: Any,
    data_module: str,
    tmp_path: Path,
    name: str,
    content: str | None,
    expected: str,
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Untouched", "")
    section = open_section(shell)
    source = tmp_path / name
    if content is not None:
        source.write_text(content, encoding="utf-8")
    choose(qtbot, section, source)
    text = section.banner.text()
    assert expected in text
    assert "\n" not in text and "Traceback" not in text
    assert section.banner.tone is not None and section.banner.tone.value == "problem"
    assert section.plan is None and not section.summary.isVisible()
    assert not section.import_button.isVisible()
    assert section.file_button.isEnabled() and not section.busy.isVisible()
    assert titles(shell) == ["Untouched"]


def test_a_broken_month_is_named_and_the_rest_can_still_come_in(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    shell = unlock(qtbot, make_shell)
    section = open_section(shell)
    choose(qtbot, section, SAMPLES / "rednotebook-broken", folder=True)
    assert "2024-02.txt has a YAML syntax error at line 7" in section.summary.text()
    assert section.import_button.text() == "&Import 3 entries"
    assert titles(shell) == []


def test_cancel_forgets_the_plan_and_keeps_nothing(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    shell = unlock(qtbot, make_shell)
    section = open_section(shell)
    choose(qtbot, section, SAMPLES / "markdown", folder=True)
    assert section.import_button.text() == "&Import 4 entries"
    qtbot.mouseClick(section.cancel_button, Qt.MouseButton.LeftButton)
    assert section.plan is None and section.summary.text() == ""
    assert not section.summary.isVisible() and not section.cancel_button.isVisible()
    assert not section.banner.isVisible()
    assert titles(shell) == []


def test_stop_while_importing_keeps_nothing(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Mine", "")
    section = open_section(shell)
    choose(qtbot, section, jrnl_export(tmp_path / "big.json", 700))
    assert section.import_button.text() == "&Import 700 entries"

    def stop_after_first_batch(done: int, _total: int) -> None:
        if done > 0:
            assert section.stop_button.isVisible() and section.stop_button.isEnabled()
            section.stop()

    section.progressed.connect(stop_after_first_batch)
    click_import(qtbot, section)
    assert section.banner.text() == "Stopped. Nothing was imported."
    assert titles(shell) == ["Mine"]
    # Nothing was kept, so the same plan can still be imported.
    assert section.import_button.isVisible() and section.import_button.isEnabled()
    section.progressed.disconnect(stop_after_first_batch)
    click_import(qtbot, section)
    assert section.added == 700 and len(titles(shell)) == 701


def mooring_export(folder: Path) -> Path:
    """A Mooring JSON export of another vault with a year of demo data in it."""
    from ui_fixtures import SMALL_KDF

    from app.exchange.export_json import export_json
    from app.platform import demo
    from app.platform.contributions import DemoPlan
    from app.vault.vault import Vault

    vault, _code = Vault.create(folder / "other", "another long passphrase 77", kdf=SMALL_KDF)
    try:
        demo.fill(vault.connection, DemoPlan(today=date(2026, 1, 10), entries=30, years=1))
        path = folder / "everything.json"
        export_json(vault.connection, path)
        counts = {
            table: int(vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("entries", "sessions", "checkins")
        }
    finally:
        vault.close()
    assert all(counts.values()), counts
    return path


def test_a_mooring_export_comes_back_whole_and_every_page_hears_of_it(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    export = mooring_export(tmp_path)
    section = open_section(shell)
    choose(qtbot, section, export)
    lines = section.summary.text().splitlines()
    assert " items in everything.json, from " in lines[0] and " 2025 to " in lines[0]
    assert lines[0].endswith(".")
    assert any(line.startswith("Journal: ") and "to add" in line for line in lines), lines
    # Nothing is written by the summary, though it was found by importing and rolling back.
    assert titles(shell) == []
    count = section.plan.added
    assert count > 30
    assert section.import_button.text() == f"&Import {count} items"

    heard: list[Any] = []
    shell.session.changed.connect(heard.append)
    click_import(qtbot, section)
    assert section.added == count
    assert section.banner.text() == f"Added {count} items; each is in its place in Mooring."
    assert len(titles(shell)) == 30
    sessions = worker(
        shell, lambda vault: vault.connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
    )
    assert sessions > 0
    from app.journal.ops import ENTRIES
    from app.sessions.ops import SESSIONS

    assert len(heard) == 1 and heard[0].touches(ENTRIES) and heard[0].touches(SESSIONS)

    # Again: the journal and check-ins have it all; the other parts are not empty any more.
    choose(qtbot, section, export)
    assert section.plan.added == 0 and not section.import_button.isVisible()
    assert section.cancel_button.text() == "C&lose"


def test_a_damaged_mooring_export_says_one_sentence_and_changes_nothing(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Untouched", "")
    export = mooring_export(tmp_path)
    text = export.read_text(encoding="utf-8")
    export.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    section = open_section(shell)
    choose(qtbot, section, export)
    message = section.banner.text()
    assert message.startswith("everything.json"), message
    assert "\n" not in message and "Traceback" not in message
    assert section.plan is None and not section.import_button.isVisible()
    assert titles(shell) == ["Untouched"]


def test_locking_forgets_the_plan(qtbot: Any, make_shell: Any, data_module: str) -> None:
    shell = unlock(qtbot, make_shell)
    section = open_section(shell)
    choose(qtbot, section, SAMPLES / "jrnl.json")
    assert section.plan is not None
    shell.window.lock()
    assert shell.window.current_screen() == "unlock"
    assert section.plan is None and section.summary.text() == ""
    assert not section.banner.text()

    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window.current_screen() == "workspace")
    section = open_section(shell)
    assert section.plan is None and not section.summary.isVisible()
    assert titles(shell) == []


def test_locking_while_importing_keeps_nothing(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell, synchronous=False)
    section = open_section(shell)
    choose(qtbot, section, jrnl_export(tmp_path / "big.json", 600))
    reached = threading.Event()
    go_on = threading.Event()

    def hold_the_worker(_number: int, _done: int, _total: int) -> None:
        reached.set()
        go_on.wait(10)

    # On the worker thread, at the first progress report: the import is under way.
    section._relay.progressed.connect(hold_the_worker, Qt.ConnectionType.DirectConnection)
    section.start_import()
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert section.is_busy()
    shell.window.lock()
    go_on.set()
    assert shell.tasks.wait_idle()
    assert section.plan is None and not section.banner.text()

    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window.current_screen() == "workspace", timeout=20_000)
    assert titles_threaded(qtbot, shell) == []


def titles_threaded(qtbot: Any, shell: Any) -> list[str]:
    box: list[list[str]] = []

    def read(vault: Any) -> list[str]:
        rows = vault.connection.execute("SELECT title FROM entries").fetchall()
        return [str(row[0]) for row in rows]

    shell.session.submit(read, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_section_fits_and_reads_in_each_theme(
    qtbot: Any, make_shell: Any, data_module: str, name: str, tmp_path: Path
) -> None:
    """Set MOORING_TEST_SHOTS=/some/folder to keep a screenshot of each step."""
    try:
        shell = unlock(qtbot, make_shell)
        theme.apply_theme(name)
        shell.window.resize(1280, 800)
        section = open_section(shell)
        scroll = shell.window.workspace.pages.currentWidget().findChild(QScrollArea)

        def look(step: str) -> None:
            scroll.ensureWidgetVisible(section)
            qtbot.wait(20)
            keep_shot(shell.window, f"data-import-{step}-{name}")
            assert cut_short(section) == []

        look("idle")
        choose(qtbot, section, SAMPLES / "dayone.json")
        look("plan")
        click_import(qtbot, section)
        look("added")
        choose(qtbot, section, jrnl_export(tmp_path / "many.json", 700))

        def mid_way(done: int, _total: int) -> None:
            if 0 < done < 700:
                section.progressed.disconnect(mid_way)
                assert section.busy.isVisible() and section.stop_button.isVisible()
                assert section.status.text() == "Adding entries…"
                look("importing")

        section.progressed.connect(mid_way)
        click_import(qtbot, section)
        broken = tmp_path / "broken.json"
        broken.write_text('{"entries": [{"text": "Half', encoding="utf-8")
        choose(qtbot, section, broken)
        assert section.banner.tone is not None and section.banner.tone.value == "problem"
        shell.window.resize(900, 640)
        look("problem-narrow")
        choose(qtbot, section, SAMPLES / "rednotebook-broken", folder=True)
        look("plan-narrow")
        for child in [section, *section.findChildren(QWidget)]:
            assert child.styleSheet() == ""
    finally:
        theme.apply_theme("light")


def test_stop_or_lock_while_planning_forgets_what_planning_finds(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    shell = unlock(qtbot, make_shell, synchronous=False)
    section = open_section(shell)
    gate = threading.Event()
    # Hold the worker, so the plan is still being made when Stop is pressed.
    shell.session.submit(lambda _vault: gate.wait(10))
    section.plan_from(SAMPLES / "jrnl.json")
    assert section.is_busy() and section.busy.isVisible() and section.stop_button.isVisible()
    assert section.status.text() == "Reading jrnl.json…"
    assert not section.file_button.isEnabled()
    qtbot.mouseClick(section.stop_button, Qt.MouseButton.LeftButton)
    assert not section.is_busy() and section.file_button.isEnabled()
    assert section.banner.text() == "Stopped. Nothing was changed."
    gate.set()
    assert shell.tasks.wait_idle()
    qtbot.wait(50)
    assert section.plan is None and not section.summary.isVisible()

    gate.clear()
    shell.session.submit(lambda _vault: gate.wait(10))
    section.plan_from(SAMPLES / "jrnl.json")
    shell.window.lock()
    gate.set()
    assert shell.tasks.wait_idle()
    qtbot.wait(50)
    # (The page itself may be gone by now: only what the section held is asked.)
    assert section.plan is None and section.state == "idle"


def test_the_summary_and_its_button_are_scrolled_into_view(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    """Focus goes to Import once the file is read; the page scrolls so that the summary
    and the button are on screen (a keyboard user could otherwise press Enter on a
    button, past a summary, they have not seen)."""
    from ui.common.reveal import scroll_area_of

    shell = unlock(qtbot, make_shell)
    shell.window.resize(1000, 520)
    section = open_section(shell)
    area = scroll_area_of(section)
    assert area is not None
    area.verticalScrollBar().setValue(0)
    qtbot.wait(20)
    choose(qtbot, section, SAMPLES / "dayone.json")
    viewport = area.viewport()

    def in_view(widget: QWidget) -> bool:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    qtbot.waitUntil(lambda: in_view(section.import_button), timeout=2_000)
    assert section.import_button.hasFocus()
    assert in_view(section.summary)
    assert area.verticalScrollBar().value() > 0


def test_the_plan_reads_in_spanish_with_its_days_and_what_was_left_out(qapp: Any) -> None:
    from app.exchange.importers import plan_import
    from ui.data.import_words import plan_lines
    from ui.shell import language

    plan = plan_import(SAMPLES / "dayone.json", "dayone")  # no journal: nothing is already here
    english = plan_lines(plan)
    assert english[:2] == [
        "From a Day One export: dayone.json.",
        "2 entries to add, 4 November 2023 to 6 November 2023.",
    ]
    try:
        assert language.install("es") == "es"
        spanish = plan_lines(plan)
    finally:
        language.install("en")
    assert spanish[0] == "De una exportación de Day One: dayone.json."
    assert (
        spanish[1]
        == "2 entradas para agregar, del 4 de noviembre de 2023 al 6 de noviembre de 2023."
    )
    assert "3 fotos y otros adjuntos quedaron fuera." in spanish
    assert "Etiquetas: sleep, sponsor." in spanish  # the person's own tags stay theirs
    assert not any(line in english for line in spanish[:2])
