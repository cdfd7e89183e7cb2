"""The "For my therapist" page: a three-step wizard that makes the therapist packet.

1. Which weeks and what to include (``choose_step.py``).
2. The whole packet as it will come out, where the person leaves things out and
   blacks out words (``preview_step.py``); it is gathered on the database worker
   (``jobs.gather``, app/exchange/packet.py) with a busy bar and a Stop button.
3. How it leaves (``output_step.py``): a PDF, a web page or Markdown, written only
   where the person chose in a save dialog that keeps no history
   (ui/common/file_dialogs.py), after a warning that the file is not encrypted; or
   straight to a printer. The file is made whole in memory on the worker (Cancel
   leaves no file) and written only by ``app.exchange.output.write_file``, which
   refuses to replace a file unless the person confirmed it in the save dialog.

The packet, the choices and the laid-out documents are content from the vault: they
live in this page only, and the lock forgets them (``before_lock``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.exchange.document import Packet
from app.exchange.packet import BuildCancelled
from ui.common.design import SPACE
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.surfaces import PageHeader
from ui.common.theme import scaled_font
from ui.exchange import jobs
from ui.exchange.choose_step import ChooseStep
from ui.exchange.output_step import OutputStep
from ui.exchange.preview_step import PreviewStep
from ui.exchange.words import FORMAT_WORDS, period_text, reason, tr, window_wording
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.platform.changes import Changes

log = logging.getLogger(__name__)

CHOOSE, PREVIEW, OUTPUT = 0, 1, 2
EXTENSIONS = {"pdf": "pdf", "html": "html", "md": "md"}

# (parent, suggested file name, file filter) -> the chosen path, or "" when cancelled.
SaveDialog = Callable[[QWidget, str, str], str]
# (parent, printer) -> True when the person chose a printer and pressed Print.
PrintDialog = Callable[[QWidget, "QPrinter"], bool]


def ask_save_path(parent: QWidget, suggested: str, file_filter: str) -> str:
    from ui.common.file_dialogs import ask_save_path as ask

    return ask(parent, tr("Save the notes"), suggested, file_filter)


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print the notes"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def chosen_target(chosen: str, extension: str) -> tuple[Path, bool]:
    """The path to write and whether replacing it was confirmed.

    The save dialog asks before choosing a file that exists, so a chosen path that
    exists was confirmed. A name typed without its extension gets one; that other
    name was never confirmed, so an existing file there is refused, not replaced.
    """
    path = Path(chosen)
    if path.suffix.lower() == f".{extension}":
        return path, path.exists()
    return path.with_name(f"{path.name}.{extension}"), False


class PacketPage(QWidget):
    """See the module docstring."""

    # A step finished its work (gathered, saved, failed): for tests and the e2e walk.
    settled = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exchange-page")
        self.setAccessibleName(tr("For my therapist"))
        self.context = context
        self.session = context.session
        self.today = today
        self.save_dialog: SaveDialog = ask_save_path
        self.print_dialog: PrintDialog = ask_printer
        self._closed = False
        self._sequence = 0
        self._cancel: threading.Event | None = None
        self.saved_to: Path | None = None
        self._build()
        self.load_last_session()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.header = PageHeader(tr("For my therapist"), self, name="exchange-header")
        self.header.set_subtitle(
            tr(
                "Notes to bring to a session: you choose what goes in, see all of it, "
                "and nothing leaves this computer until you save or print it."
            )
        )
        self.step_labels: list[QLabel] = []
        steps_row = QHBoxLayout()
        steps_row.setSpacing(SPACE.l)
        for number, words in enumerate(
            (tr("1. What to include"), tr("2. Look it over"), tr("3. Save or print"))
        ):
            label = QLabel(words, self)
            label.setObjectName(f"packet-step-{number + 1}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.step_labels.append(label)
            steps_row.addWidget(label)
        steps_row.addStretch(1)
        self.notice = Notice(self)

        self.choose = ChooseStep(self.today(), self)
        self.choose.gather_requested.connect(self.gather)
        self.choose.cancel_requested.connect(self.cancel)
        self.preview = PreviewStep(self)
        self.preview.back_requested.connect(lambda: self.go_to(CHOOSE))
        self.preview.next_requested.connect(lambda: self.go_to(OUTPUT))
        self.output = OutputStep(self)
        self.output.back_requested.connect(lambda: self.go_to(PREVIEW))
        self.output.save_requested.connect(self.save)
        self.output.print_requested.connect(self.print_packet)
        self.output.cancel_requested.connect(self.cancel)
        self.steps = QStackedWidget(self)
        for step in (self.choose, self.preview, self.output):
            self.steps.addWidget(step)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addLayout(steps_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.steps, 1)
        self.go_to(CHOOSE)

    def step(self) -> int:
        return self.steps.currentIndex()

    def go_to(self, step: int) -> None:
        if step != CHOOSE and self.preview.packet is None:
            step = CHOOSE
        if step == OUTPUT and self.preview.is_empty():
            step = PREVIEW
        self.steps.setCurrentIndex(step)
        for number, label in enumerate(self.step_labels):
            label.setFont(scaled_font(label, 1.0, bold=number == step))
            current = tr("(this step)") if number == step else ""
            label.setAccessibleName(f"{label.text()} {current}".strip())
        if step == OUTPUT:
            self._describe_output()
            self.output.message.clear_message()
            self.output.go_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step == PREVIEW and not self.preview.is_empty():
            self.preview.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step == CHOOSE:
            self.choose.gather_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- step 1 ------------------------------------------------------------------

    def load_last_session(self) -> None:
        if self._closed:
            return

        def done(last: date | None) -> None:
            if not self._closed:
                self.choose.set_last_session(last)

        self.session.submit(jobs.last_session(self.today()), done, self._quiet_error)

    def gather(self) -> None:
        """Gather the packet on the worker, then show it in the preview."""
        if self._closed or self.choose.problem():
            return
        self._sequence += 1
        sequence = self._sequence
        cancel = threading.Event()
        self._cancel = cancel
        start, end = self.choose.custom_days()
        job = jobs.gather(
            self.choose.kind(), self.today(), start, end, self.choose.wanted(), cancel.is_set
        )
        self.choose.set_busy(True)

        def done(gathered: jobs.Gathered) -> None:
            if sequence != self._sequence or self._closed:
                return
            self._cancel = None
            self.choose.set_busy(False)
            if cancel.is_set():
                self.settled.emit()
                return
            self.preview.show_packet(gathered.packet, window_wording())
            self.go_to(PREVIEW)
            self.settled.emit()

        def failed(error: BaseException) -> None:
            if sequence != self._sequence or self._closed:
                return
            self._cancel = None
            self.choose.set_busy(False)
            if not isinstance(error, BuildCancelled):
                self.choose.show_problem(
                    tr("Your notes couldn't be gathered: {reason}").format(reason=reason(error))
                )
            self.settled.emit()

        self.session.submit(job, done, failed)

    def cancel(self) -> None:
        """Stop gathering or making a file; nothing is written."""
        if self._cancel is not None:
            self._cancel.set()

    # ----- step 3 ------------------------------------------------------------------

    def _describe_output(self) -> None:
        packet = self.preview.written()
        if packet is None:
            return
        self.output.set_summary(
            tr("Your notes for {period}, with the choices you made in the preview.").format(
                period=period_text(packet.start, packet.end)
            )
        )

    def save(self, kind: str) -> None:
        """Ask where, then make the file on the worker and write it there."""
        from app.exchange.output import OutputError, check_target, default_file_name

        packet, wording = self.preview.written(), self.preview.wording
        if self._closed or packet is None or wording is None or self.output.is_busy():
            return
        extension = EXTENSIONS[kind]
        chosen = self.save_dialog(
            self, default_file_name(self.today(), extension), FORMAT_WORDS[kind][2]()
        )
        if not chosen or self._closed:
            return
        path, overwrite = chosen_target(chosen, extension)
        try:
            check_target(path, overwrite)  # a folder that can't take it: said at once
        except OutputError as error:
            self._output_problem(error)
            self.settled.emit()
            return
        render: jobs.Render
        if kind == "pdf":
            render = jobs.render_pdf(self.preview.paper())
        elif kind == "html":
            render = jobs.render_html
        else:
            render = jobs.render_markdown
        self._sequence += 1
        sequence = self._sequence
        cancel = threading.Event()
        self._cancel = cancel
        self.output.set_busy(True)

        def done(written: Path) -> None:
            if sequence != self._sequence or self._closed:
                return
            self._cancel = None
            self.output.set_busy(False)
            self.saved_to = written
            self.output.show_result(
                tr("Saved as {name} in {folder}.").format(
                    name=written.name, folder=str(written.parent)
                ),
                Tone.SUCCESS,
            )
            self.settled.emit()

        def failed(error: BaseException) -> None:
            if sequence != self._sequence or self._closed:
                return
            self._cancel = None
            self.output.set_busy(False)
            if isinstance(error, BuildCancelled):
                self.output.show_result(tr("Cancelled; no file was written."), Tone.INFO)
            else:
                self._output_problem(error)
            self.settled.emit()

        self.session.submit(
            jobs.make_file(render, packet, wording, path, overwrite, cancel.is_set), done, failed
        )

    def _output_problem(self, error: BaseException) -> None:
        self.output.show_result(reason(error), Tone.PROBLEM)

    def print_packet(self) -> None:
        """Qt's print dialog, then the pages to the printer; no file is made."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        packet, wording = self.preview.written(), self.preview.wording
        if self._closed or packet is None or wording is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(self.preview.paper()))  # type: ignore[call-overload]
        if not self.print_dialog(self, printer) or self._closed:
            return
        self.print_to(printer, packet)

    def print_to(self, printer: QPrinter, packet: Packet | None = None) -> None:
        from ui.exchange.printing import print_packet

        packet = packet or self.preview.written()
        wording = self.preview.wording
        if packet is None or wording is None:
            return
        try:
            print_packet(packet, wording, printer)
        except Exception as error:
            self._output_problem(error)
            self.settled.emit()
            return
        self.output.show_result(tr("Sent to the printer."), Tone.SUCCESS)
        self.settled.emit()

    # ----- changes and locking -----------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Something was written elsewhere: the last session's day may have moved, and
        a packet already gathered no longer shows it."""
        if self._closed or changes.is_empty():
            return
        self.load_last_session()
        if self.preview.packet is not None:
            self.notice.show_message(
                tr("Something changed since these notes were gathered."),
                Tone.INFO,
                action=(tr("Gather again"), self.gather_again),
                timeout_ms=0,
            )

    def gather_again(self) -> None:
        self.go_to(CHOOSE)
        self.gather()

    def before_lock(self) -> None:
        """The vault closes next: stop any work and forget the packet, the choices and
        the documents; the page is back at its first step."""
        if self._closed:
            return
        self._closed = True
        self.wipe()

    def wipe(self) -> None:
        self.cancel()
        self._cancel = None
        self._sequence += 1
        self.preview.wipe()
        self.output.reset()
        self.choose.reset()
        self.notice.dismiss()
        self.saved_to = None
        self.go_to(CHOOSE)

    def _quiet_error(self, error: BaseException) -> None:
        log.error("packet page job failed: %s", type(error).__name__)
