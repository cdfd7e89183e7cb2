"""The packet wizard's last step on a real vault: the warning before a file, the save
dialog's suggested name, the file made in memory and written only where the person
chose (PDF, web page, Markdown) with what they left out or blacked out gone from it,
Cancel while it is being made (no file), a folder that is missing or read-only (one
sentence, nothing written), replacing only what the dialog confirmed, printing (no
file of Mooring's own), and the lock forgetting everything."""

from __future__ import annotations

import os
import subprocess
import unicodedata
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import (  # noqa: F401
    TODAY,
    find,
    gathered,
    packet_module,
    written_text,
)
from folders import read_only
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from app.exchange.document import REDACTED
from ui.exchange import jobs
from ui.exchange.page import CHOOSE, OUTPUT, PREVIEW

pytestmark = pytest.mark.usefixtures("existing_vault", "packet_module")

WARNING = (
    "The file will not be encrypted: anyone who can open it can read everything in it. "
    "Keep it somewhere private, and delete it when you no longer need it."
)


def _choose_and_go(qtbot: Any, page: Any, kind: str) -> None:
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    assert page.step() == OUTPUT
    page.output.choose(kind)
    qtbot.mouseClick(page.output.go_button, Qt.MouseButton.LeftButton)


def _dialog(page: Any, answer: str | Path) -> list[tuple[str, str]]:
    """The save dialog stands in for the person: it answers ``answer`` and notes what
    it was offered (the suggested name and the filter)."""
    asked: list[tuple[str, str]] = []

    def ask(_parent: Any, suggested: str, file_filter: str) -> str:
        asked.append((suggested, file_filter))
        return str(answer)

    page.save_dialog = ask
    return asked


def _choices(page: Any) -> None:
    """One entry left out, a sentence of another blacked out."""
    find(page, "I stayed calm", select=False)
    page.preview.leave_out()
    find(page, "My sister Wrenfold said she is proud of me.")
    page.preview.black_out()


def _pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext reads it, with every run of spaces and line breaks
    as one space (a table cell wraps its words over lines) and ligatures as their
    letters (the font draws "fi" as one glyph)."""
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_warning_comes_before_any_file_and_not_for_the_printer(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    output = page.output
    assert output.chosen() == "pdf"
    for kind in ("pdf", "html", "md"):
        output.choose(kind)
        assert output.warning.isVisible() and output.warning.text() == WARNING
        assert output.go_button.text() == "&Save\u2026"
    output.choose("print")
    assert output.warning.isHidden()
    assert output.go_button.text() == "Pr&int\u2026"
    assert output.summary.text().startswith("Your notes for ")


def test_every_key_on_the_output_step_reaches_one_control(qtbot: Any, make_shell: Any) -> None:
    # Alt+letter must press the button it names, not cycle between two controls.
    _shell, page = gathered(qtbot, make_shell)
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    output = page.output
    for kind in ("pdf", "print"):
        output.choose(kind)
        letters = [
            button.text().lower().split("&", 1)[1][0]
            for button in output.findChildren(QAbstractButton)
            if button.isVisible() and "&" in button.text()
        ]
        assert letters and len(letters) == len(set(letters)), (kind, letters)


def test_a_pdf_is_written_only_where_chosen_with_the_choices_applied(
    qtbot: Any, make_shell: Any, tmp_path: Path
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    _choices(page)
    target = tmp_path / "chosen" / "for-tuesday.pdf"
    target.parent.mkdir()
    asked = _dialog(page, target)
    with qtbot.waitSignal(page.settled, timeout=20_000):
        _choose_and_go(qtbot, page, "pdf")
    assert asked == [(f"notes-{TODAY.isoformat()}.pdf", "PDF files (*.pdf)")]
    assert sorted(tmp_path.rglob("*")) == [target.parent, target]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert os.stat(target).st_mode & 0o777 == 0o600
    text = _pdf_text(target)
    assert "kettle" not in text and "Marrowby" not in text  # the entry left out
    assert "Wrenfold" not in text and "proud of me" not in text  # the sentence blacked out
    assert "I told them about the drive home." in text  # the rest of that entry
    assert "Name the feeling first." in text
    assert "Quillhaven" not in text  # never flagged
    assert page.output.message.text() == (f"Saved as for-tuesday.pdf in {target.parent}.")
    assert page.saved_to == target
    assert not page.output.busy_bar.isVisible()


@pytest.mark.parametrize(("kind", "extension"), [("html", "html"), ("md", "md")])
def test_a_web_page_or_markdown_holds_the_same_choices(
    qtbot: Any, make_shell: Any, tmp_path: Path, kind: str, extension: str
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    _choices(page)
    asked = _dialog(page, tmp_path / "notes")  # typed without its extension
    with qtbot.waitSignal(page.settled, timeout=20_000):
        _choose_and_go(qtbot, page, kind)
    assert asked[0][0] == f"notes-{TODAY.isoformat()}.{extension}"
    target = tmp_path / f"notes.{extension}"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    text = target.read_text(encoding="utf-8")
    assert "kettle" not in text and "Wrenfold" not in text and "proud of me" not in text
    assert REDACTED in text
    assert "the drive home" in text


def test_cancel_while_the_file_is_being_made_leaves_no_file(
    qtbot: Any, make_shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = jobs.render_pdf

    def render_pdf(paper: object) -> Any:
        render = real(paper)

        def cancelled_meanwhile(packet: Any, wording: Any, cancelled: Any) -> bytes:
            page.output.cancel_button.click()  # the person presses Cancel meanwhile
            return render(packet, wording, cancelled)

        return cancelled_meanwhile

    monkeypatch.setattr(jobs, "render_pdf", render_pdf)
    _shell, page = gathered(qtbot, make_shell)
    _dialog(page, tmp_path / "notes.pdf")
    _choose_and_go(qtbot, page, "pdf")
    assert list(tmp_path.iterdir()) == []
    assert page.output.message.text() == "Cancelled; no file was written."
    assert page.output.go_button.isEnabled() and not page.output.cancel_button.isVisible()
    assert page.saved_to is None


@pytest.mark.parametrize("kind", ["html", "md"])
def test_cancel_after_a_quick_render_still_writes_nothing(
    qtbot: Any, make_shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    real_make = jobs.make_file

    def make_file(render: Any, *args: Any) -> Any:
        def cancelled_meanwhile(packet: Any, wording: Any, cancelled: Any) -> bytes:
            data = render(packet, wording, cancelled)
            page.cancel()  # after it was made, before it was written
            return data

        return real_make(cancelled_meanwhile, *args)

    monkeypatch.setattr(jobs, "make_file", make_file)
    _shell, page = gathered(qtbot, make_shell)
    _dialog(page, tmp_path / f"notes.{kind}")
    _choose_and_go(qtbot, page, kind)
    assert list(tmp_path.iterdir()) == []
    assert page.output.message.text() == "Cancelled; no file was written."


def test_a_missing_folder_is_one_sentence_and_nothing_is_made(
    qtbot: Any, make_shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[object] = []
    monkeypatch.setattr(jobs, "make_file", lambda *args: made.append(args))
    _shell, page = gathered(qtbot, make_shell)
    missing = tmp_path / "gone" / "notes.pdf"
    _dialog(page, missing)
    _choose_and_go(qtbot, page, "pdf")
    assert page.output.message.text() == f"The folder {missing.parent} does not exist."
    assert page.output.message.tone.value == "problem"
    assert made == []  # refused before anything was made
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_one_sentence_and_nothing_is_written(
    qtbot: Any, make_shell: Any, tmp_path: Path
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        _dialog(page, folder / "notes.md")
        _choose_and_go(qtbot, page, "md")
        assert page.output.message.text() == f"The folder {folder} cannot be written to."
        assert "\n" not in page.output.message.text()
        assert list(folder.iterdir()) == []


def test_a_full_disk_is_one_sentence_and_leaves_no_partial_file(
    qtbot: Any, make_shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from app.exchange import output

    real_write = os.write

    def full(descriptor: int, data: Any) -> int:
        if len(data) > 100:
            real_write(descriptor, bytes(data[:100]))  # some of it reached the disk
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(descriptor, data)

    monkeypatch.setattr(output.os, "write", full)
    _shell, page = gathered(qtbot, make_shell)
    _dialog(page, tmp_path / "notes.pdf")
    with qtbot.waitSignal(page.settled, timeout=20_000):
        _choose_and_go(qtbot, page, "pdf")
    assert page.output.message.text() == "The disk is full; notes.pdf was not written."
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_the_dialog_confirmed_it(
    qtbot: Any, make_shell: Any, tmp_path: Path
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    old = tmp_path / "notes.md"
    old.write_text("the old notes")
    # Typed as "notes": the dialog asked about "notes", never about "notes.md".
    _dialog(page, tmp_path / "notes")
    _choose_and_go(qtbot, page, "md")
    assert page.output.message.text() == (
        f"{old} already exists; choose another name or allow replacing it."
    )
    assert old.read_text() == "the old notes"
    # Chosen in the dialog as it is (it asked "replace?" and the person said yes).
    _dialog(page, old)
    with qtbot.waitSignal(page.settled, timeout=20_000):
        qtbot.mouseClick(page.output.go_button, Qt.MouseButton.LeftButton)
    assert "Notes for my therapist" in old.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_cancelling_the_save_dialog_does_nothing(
    qtbot: Any, make_shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[object] = []
    monkeypatch.setattr(jobs, "make_file", lambda *args: made.append(args))
    _shell, page = gathered(qtbot, make_shell)
    _dialog(page, "")
    _choose_and_go(qtbot, page, "pdf")
    assert made == [] and page.output.message.isHidden()


def test_print_sends_the_pages_to_the_printer_chosen(
    qtbot: Any, make_shell: Any, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    _shell, page = gathered(qtbot, make_shell)
    _choices(page)
    printed = tmp_path / "printer-output.pdf"
    chosen: list[QPrinter] = []

    def choose_printer(_parent: Any, printer: QPrinter) -> bool:
        # The person picks "print to file" in the print dialog.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        chosen.append(printer)
        return True

    page.print_dialog = choose_printer
    with qtbot.waitSignal(page.settled, timeout=20_000):
        _choose_and_go(qtbot, page, "print")
    assert len(chosen) == 1
    assert page.output.message.text() == "Sent to the printer."
    text = _pdf_text(printed)
    assert "the drive home" in text and "Wrenfold" not in text and "kettle" not in text
    assert [p.name for p in tmp_path.iterdir()] == [printed.name]


def test_print_cancelled_in_its_dialog_prints_nothing(qtbot: Any, make_shell: Any) -> None:
    _shell, page = gathered(qtbot, make_shell)
    page.print_dialog = lambda _parent, _printer: False
    _choose_and_go(qtbot, page, "print")
    assert page.output.message.isHidden()


def test_back_returns_to_the_preview_with_the_choices_kept(qtbot: Any, make_shell: Any) -> None:
    _shell, page = gathered(qtbot, make_shell)
    _choices(page)
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.output.back_button, Qt.MouseButton.LeftButton)
    assert page.step() == PREVIEW
    assert "Wrenfold" not in written_text(page)
    assert page.preview.undo_stack.canUndo()


def test_the_lock_forgets_the_packet_the_choices_and_the_documents(
    qtbot: Any, make_shell: Any
) -> None:
    _shell, page = gathered(qtbot, make_shell)
    _choices(page)
    document = page.preview.view.document()
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    page.before_lock()
    preview = page.preview
    assert page.step() == CHOOSE
    assert preview.packet is None and preview.laid is None and preview.wording is None
    assert preview.choices.left_out_items == frozenset() and dict(preview.choices.redactions) == {}
    assert preview.undo_stack.count() == 0
    assert preview.view.toPlainText() == ""
    assert document.isEmpty()  # the laid-out words are gone from memory, not only hidden
    assert page.output.summary.text() == "" and page.output.message.isHidden()


def test_locking_while_a_file_is_made_writes_nothing(
    qtbot: Any, make_shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = jobs.render_markdown

    def render(packet: Any, wording: Any, cancelled: Any) -> bytes:
        shell.window.lock()  # the idle timeout, say, while the file is made
        return real(packet, wording, cancelled)

    monkeypatch.setattr(jobs, "render_markdown", render)
    shell, page = gathered(qtbot, make_shell)
    _dialog(page, tmp_path / "notes.md")
    _choose_and_go(qtbot, page, "md")
    assert list(tmp_path.iterdir()) == []
    assert shell.window.current_screen() != "workspace"


def test_a_real_worker_cancel_leaves_no_file(
    qtbot: Any, make_shell: Any, tmp_path: Path, data_dir: Path
) -> None:
    """With the worker on its own thread, as in the window: Save, then Cancel at once
    (making a PDF of 200 days takes far longer than the click)."""
    from exchange_helpers import open_page, unlock
    from ui_fixtures import PASSPHRASE

    from app.checkins import ops as checkin_ops
    from app.checkins.model import CheckIn
    from app.vault.vault import Vault

    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        for back in range(200):
            day = TODAY - timedelta(days=back)
            note = f"Day {back}: a walk, a call, an early night."
            checkin = CheckIn(day, back % 11, 3, 2, False, True, False, True, 7.0, note)
            checkin_ops.save(vault.connection, checkin)
    finally:
        vault.close()
    shell = unlock(qtbot, make_shell, synchronous=False)
    page = open_page(qtbot, shell)
    page.choose.set_custom(TODAY - timedelta(days=199), TODAY)
    page.choose.gather_button.click()
    qtbot.waitUntil(lambda: page.step() == PREVIEW, timeout=20_000)
    _dialog(page, tmp_path / "notes.pdf")
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.settled, timeout=30_000):
        qtbot.mouseClick(page.output.go_button, Qt.MouseButton.LeftButton)
        assert page.output.cancel_button.isVisible() and page.output.busy_bar.isVisible()
        qtbot.mouseClick(page.output.cancel_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []
    assert page.output.message.text() == "Cancelled; no file was written."
    assert not shell.tasks.synchronous  # the work ran on the worker thread
