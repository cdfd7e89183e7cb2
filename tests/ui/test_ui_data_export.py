"""The "Take everything with you" section of the "Your data" page, in a real unlocked
window over a real vault: a JSON file where chosen, a folder of Markdown files, Stop,
a place that can't be written to, and locking during an export. Only the file dialogs
are stand-ins (a true boundary)."""

from __future__ import annotations

import contextlib
import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from data_helpers import open_page
from exchange_helpers import add_entry, unlock
from fit import cut_short
from folders import read_only
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

from tests.ui.shots import keep_shot
from ui.common import theme

pytestmark = pytest.mark.usefixtures("existing_vault")


def open_section(shell: Any) -> Any:
    from ui.data.export_section import ExportSection

    page = open_page(shell)
    assert isinstance(page.export_card, ExportSection)
    return page.export_card


def choose_json(section: Any, path: Path) -> list[str]:
    asked: list[str] = []

    def dialog(_parent: Any, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(path)

    section.save_dialog = dialog
    section.json_choice.setChecked(True)
    return asked


def choose_folder(section: Any, path: Path) -> None:
    section.folder_dialog = lambda _parent, _title: str(path)
    section.markdown_choice.setChecked(True)


def click_export(qtbot: Any, section: Any) -> None:
    with qtbot.waitSignal(section.settled, timeout=30_000):
        qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)


def everything_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


def test_the_section_says_what_it_is_and_warns(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    shell = unlock(qtbot, make_shell)
    section = open_section(shell)
    page = shell.window.workspace.pages.currentWidget()
    assert section.title.text() == "Take everything with you"
    assert section.json_choice.isChecked() and section.chosen() == "json"
    assert "not be encrypted" in section.warning.text()
    assert section.warning.isVisible()
    assert not section.stop_button.isVisible() and not section.busy.isVisible()
    # The section sits below Backups and above Import.
    order = [page.sections.itemAt(i).widget() for i in range(page.sections.count())]
    assert order.index(page.backups_card) < order.index(section) < order.index(page.import_card)
    # Mnemonics are unique among the page's visible buttons; each has a name.
    keys = []
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and "&" in button.text():
            keys.append(button.text().split("&", 1)[1][0].lower())
            assert button.accessibleName()
    assert len(keys) == len(set(keys)), keys
    for choice in (section.json_choice, section.markdown_choice, section.export_button):
        assert "&" in choice.text()


def test_json_is_written_where_chosen_and_parses(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Kept words", "A body")
    section = open_section(shell)
    target = tmp_path / "mine"  # typed without ".json": it gets one
    asked = choose_json(section, target)
    click_export(qtbot, section)
    assert asked == [f"notes-{date.today().isoformat()}.json"]
    written = tmp_path / "mine.json"
    assert section.saved_to == written
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["format"] == "mooring-export"
    assert "Kept words" in written.read_text(encoding="utf-8")
    assert section.banner.text() == f"Saved everything in this file: {written}"
    assert section.banner.tone is not None and section.banner.tone.value == "success"
    assert everything_under(tmp_path) == [written]
    assert section.export_button.isEnabled() and not section.stop_button.isVisible()


def test_markdown_fills_an_empty_folder_or_makes_a_new_one(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "First night", "Slept well")
    add_entry(shell, "Second night", "Not so well")
    section = open_section(shell)
    empty = tmp_path / "empty"
    empty.mkdir()
    choose_folder(section, empty)
    click_export(qtbot, section)
    entries = sorted((empty / "journal").glob("*.md"))
    assert len(entries) == 2
    assert "Slept well" in "".join(p.read_text(encoding="utf-8") for p in entries)
    assert section.banner.text() == (f"Saved everything as Markdown files in this folder: {empty}")

    # A folder with things in it: a new folder with a neutral name inside it.
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "other.txt").write_text("not mine", encoding="utf-8")
    choose_folder(section, busy)
    click_export(qtbot, section)
    made = busy / f"notes-{date.today().isoformat()}"
    assert section.saved_to == made
    assert len(list((made / "journal").glob("*.md"))) == 2
    assert (busy / "other.txt").read_text(encoding="utf-8") == "not mine"


def hold_worker(shell: Any) -> threading.Event:
    gate = threading.Event()
    shell.session.submit(lambda _vault: gate.wait(10))
    return gate


@pytest.mark.parametrize("kind", ["json", "markdown"])
def test_stop_leaves_no_file(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path, kind: str
) -> None:
    shell = unlock(qtbot, make_shell, synchronous=False)
    add_entry_threaded(qtbot, shell, "Private")
    section = open_section(shell)
    gate = hold_worker(shell)
    if kind == "json":
        choose_json(section, tmp_path / "out.json")
    else:
        choose_folder(section, tmp_path / "new-folder")
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    assert section.is_busy() and section.stop_button.isVisible()
    assert section.busy.isVisible() and not section.export_button.isEnabled()
    with qtbot.waitSignal(section.settled, timeout=30_000):
        qtbot.mouseClick(section.stop_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert section.banner.text() == "Stopped. Nothing was saved."
    assert everything_under(tmp_path) == []
    assert section.export_button.isEnabled() and not section.stop_button.isVisible()


def add_entry_threaded(qtbot: Any, shell: Any, title: str) -> None:
    from app.journal import ops
    from app.journal.ops import EntryEdit

    done: list[object] = []
    edit = EntryEdit(title=title, body="words", bring_to_therapy=False)
    shell.session.run_op(lambda vault: ops.save_entry(vault.connection, None, edit), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


@pytest.mark.parametrize("kind", ["json", "markdown"])
@pytest.mark.parametrize("place", ["missing", "a-file", "read-only"])
def test_a_place_that_cannot_be_written_says_one_sentence(
    qtbot: Any,
    make_shell: Any,
    data_module: str,
    tmp_path: Path,
    kind: str,
    place: str,
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Private", "words")
    section = open_section(shell)
    if place == "missing":
        folder = tmp_path / "gone" / "deeper"
    elif place == "a-file":
        folder = tmp_path / "a-file"
        folder.write_text("x", encoding="utf-8")
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
    locked = read_only(folder) if place == "read-only" else contextlib.nullcontext()
    before = everything_under(tmp_path)
    if kind == "json":
        choose_json(section, folder / "out.json")
    else:
        choose_folder(section, folder / "sub" if place == "a-file" else folder)
    with locked:
        click_export(qtbot, section)
        text = section.banner.text()
        assert text and "\n" not in text and "Traceback" not in text
        assert text.endswith(".")
        assert section.banner.tone is not None and section.banner.tone.value == "problem"
        assert everything_under(tmp_path) == before
        assert section.saved_to is None and section.export_button.isEnabled()


@pytest.mark.parametrize("kind", ["json", "markdown"])
def test_locking_during_an_export_leaves_no_file(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path, kind: str
) -> None:
    shell = unlock(qtbot, make_shell, synchronous=False)
    add_entry_threaded(qtbot, shell, "Private")
    section = open_section(shell)
    gate = hold_worker(shell)
    if kind == "json":
        choose_json(section, tmp_path / "out.json")
    else:
        choose_folder(section, tmp_path / "new-folder")
    section.export()
    assert section.is_busy()
    shell.window.lock()
    gate.set()
    assert shell.tasks.wait_idle()
    qtbot.wait(50)
    assert shell.window.current_screen() == "unlock"
    assert everything_under(tmp_path) == []
    # The lock takes the page down; if it is still there, it holds nothing of this.
    if shiboken6.isValid(section.banner):
        assert not section.is_busy() and not section.banner.text()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_section_fits_and_reads_in_each_theme(
    qtbot: Any, make_shell: Any, data_module: str, name: str, tmp_path: Path
) -> None:
    """Set MOORING_TEST_SHOTS=/some/folder to keep a screenshot of each step."""
    try:
        shell = unlock(qtbot, make_shell, synchronous=False)
        add_entry_threaded(qtbot, shell, "Private")
        theme.apply_theme(name)
        shell.window.resize(1280, 800)
        section = open_section(shell)
        scroll = shell.window.workspace.pages.currentWidget().findChild(QScrollArea)

        def look(step: str) -> None:
            scroll.ensureWidgetVisible(section)
            qtbot.wait(20)
            keep_shot(shell.window, f"data-export-{step}-{name}")
            assert cut_short(section) == []

        look("idle")
        gate = hold_worker(shell)
        choose_json(section, tmp_path / "out.json")
        qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
        look("exporting")
        with qtbot.waitSignal(section.settled, timeout=30_000):
            gate.set()
        look("saved")
        choose_folder(section, tmp_path / "gone" / "deeper")
        qtbot.mouseClick(section.markdown_choice, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        click_export(qtbot, section)
        shell.window.resize(900, 640)
        look("problem-narrow")
        for child in [section, *section.findChildren(QWidget)]:
            assert child.styleSheet() == ""
    finally:
        theme.apply_theme("light")


def test_progress_shows_and_stop_midway_leaves_no_file(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    from app.journal import ops
    from app.journal.ops import EntryEdit

    shell = unlock(qtbot, make_shell)

    def many(vault: Any) -> Any:
        result = None
        for n in range(1100):
            edit = EntryEdit(title=f"Day {n}", body="words", bring_to_therapy=False)
            result = ops.save_entry(vault.connection, None, edit)
        return result

    done: list[object] = []
    shell.session.run_op(many, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    section = open_section(shell)
    seen: list[tuple[int, int]] = []

    def stop_after_first(count: int, total: int) -> None:
        seen.append((count, total))
        assert section.busy.maximum() == total and section.busy.value() == count
        section.stop()

    section.progressed.connect(stop_after_first)
    choose_json(section, tmp_path / "big.json")
    click_export(qtbot, section)
    assert seen and seen[0][0] == 500 and seen[0][1] >= 1100
    assert section.banner.text() == "Stopped. Nothing was saved."
    assert everything_under(tmp_path) == []

    # Without Stop it goes to the end, and the file holds every entry.
    section.progressed.disconnect(stop_after_first)
    click_export(qtbot, section)
    document = json.loads((tmp_path / "big.json").read_text(encoding="utf-8"))
    journal = next(m for m in document["modules"] if m["id"] == "journal")
    assert sum(1 for r in journal["records"] if r["kind"] == "entry") == 1100


def test_autosaves_go_on_while_an_export_reads(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    """The export reads through a connection of its own: held midway, it does not hold
    the worker, so an entry saved meanwhile is saved at once (and is not in the file,
    which is one moment's snapshot)."""
    from app.journal import ops
    from app.journal.ops import EntryEdit

    shell = unlock(qtbot, make_shell, synchronous=False)

    def many(vault: Any) -> Any:
        result = None
        for n in range(600):
            edit = EntryEdit(title=f"Day {n}", body="words", bring_to_therapy=False)
            result = ops.save_entry(vault.connection, None, edit)
        return result

    done: list[object] = []
    shell.session.run_op(many, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    section = open_section(shell)
    reached = threading.Event()
    go_on = threading.Event()

    def hold_the_export(_number: int, _done: int, _total: int) -> None:
        reached.set()
        go_on.wait(20)

    # On the export's own thread, at its first progress report.
    section._relay.progressed.connect(hold_the_export, Qt.ConnectionType.DirectConnection)
    choose_json(section, tmp_path / "everything.json")
    section.export()
    try:
        qtbot.waitUntil(reached.is_set, timeout=20_000)
        add_entry_threaded(qtbot, shell, "Written during the export")
        assert section.is_busy()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: not section.is_busy(), timeout=30_000)
    assert section.banner.tone is not None and section.banner.tone.value == "success"
    document = json.loads((tmp_path / "everything.json").read_text(encoding="utf-8"))
    journal = next(m for m in document["modules"] if m["id"] == "journal")
    titles = {r["data"]["title"] for r in journal["records"] if r["kind"] == "entry"}
    assert len(titles) == 600 and "Written during the export" not in titles
