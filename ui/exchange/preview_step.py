"""The wizard's second step: the whole packet as it will come out, where the person
leaves things out and blacks out words.

The view is a read-only text view over ``lay_out(packet, wording, choices,
preview=True)`` (ui/exchange/layout.py): what is left out shows dimmed and struck
through, blacked-out words black on black, and every piece of text keeps its place,
so a selection maps back to the packet with ``PlaceMap.place_at``. Every choice is a
toggle (asking again takes it back) and one step of an undo stack. "See the pages"
shows the pages exactly as they will be written: the packet with the choices applied
(:func:`ui.exchange.choices.written`), painted by ``printing.paint_pages``.

Keys (on the view, so they never reach another page): Delete leaves out (or brings
back) what the cursor or the selection is in; Ctrl+B blacks out the selected words
(or shows them again); Ctrl+Z and Ctrl+Shift+Z undo and redo.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QPalette,
    QTextCursor,
    QTextDocument,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.exchange.document import Choices, ItemKey, Packet
from app.exchange.sections import SUMMARY
from app.exchange.wording import Wording
from ui.common.design import SPACE
from ui.common.surfaces import Card, text_label
from ui.common.theme import set_role
from ui.exchange import choices as choosing
from ui.exchange.words import period_text, section_title, tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui.exchange.layout import Laid, PlaceMap

log = logging.getLogger(__name__)

LEAVE_OUT_KEY = "Delete"
BLACK_OUT_KEY = "Ctrl+B"
UNDO_KEY = "Ctrl+Z"
REDO_KEY = "Ctrl+Shift+Z"
# The paper the packet's print colours (ui/exchange/layout.py) are chosen for.
PAPER = QColor("#ffffff")


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def plural(n: int, one: str, many: str) -> str:
    if n == 1:
        return QCoreApplication.translate("PacketWizard", one)
    return QCoreApplication.translate("PacketWizard", many, None, n)


class _ChoiceCommand(QUndoCommand):
    """One change of the choices: undo puts back the ones before."""

    def __init__(self, step: PreviewStep, before: Choices, after: Choices, text: str) -> None:
        super().__init__(text)
        self._step, self._before, self._after = step, before, after

    def redo(self) -> None:
        self._step.show_choices(self._after)

    def undo(self) -> None:
        self._step.show_choices(self._before)


class PreviewStep(QWidget):
    """See the module docstring."""

    back_requested = Signal()
    next_requested = Signal()
    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packet-preview-step")
        self.packet: Packet | None = None
        self.wording: Wording | None = None
        self.choices = Choices()
        self.laid: Laid | None = None
        self.pages_dialog: QPrintPreviewDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.canUndoChanged.connect(lambda _can: self._update_buttons())
        self.undo_stack.canRedoChanged.connect(lambda _can: self._update_buttons())
        # Tests replace it; the real one opens Qt's print preview (see see_pages).
        self.paper: Callable[[], object] = _paper
        self._build()
        self._bind_keys()
        self._update_buttons()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.period_label = text_label(self, name="packet-preview-period")
        set_role(self.period_label, "section-title")
        self.counts = text_label(self, muted=True, name="packet-preview-counts")

        self.leave_out_button = QPushButton(tr("&Leave out"), self)
        self.leave_out_button.setObjectName("packet-leave-out")
        self.leave_out_button.clicked.connect(self.leave_out)
        self.section_button = QPushButton(tr("Leave out this &section"), self)
        self.section_button.setObjectName("packet-leave-out-section")
        self.section_button.clicked.connect(self.leave_out_section)
        self.black_out_button = QPushButton(tr("Blac&k out"), self)
        self.black_out_button.setObjectName("packet-black-out")
        self.black_out_button.setAccessibleName(tr("Black out the selected words"))
        self.black_out_button.setToolTip(
            tr("Black out the selected words: they will not be in the file ({key})").format(
                key=_native(BLACK_OUT_KEY)
            )
        )
        self.black_out_button.clicked.connect(self.black_out)
        self.undo_button = QPushButton(tr("&Undo"), self)
        self.undo_button.setObjectName("packet-undo")
        self.undo_button.setToolTip(
            tr("Undo the last choice ({key})").format(key=_native(UNDO_KEY))
        )
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(tr("&Redo"), self)
        self.redo_button.setObjectName("packet-redo")
        self.redo_button.setToolTip(tr("Redo it ({key})").format(key=_native(REDO_KEY)))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        tools = QHBoxLayout()
        tools.setSpacing(SPACE.s)
        for button in (
            self.leave_out_button,
            self.section_button,
            self.black_out_button,
            self.undo_button,
            self.redo_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)

        self.hint = text_label(self, muted=True, name="packet-preview-hint")
        self.hint.setText(
            tr(
                "Put the cursor in anything you'd rather keep to yourself and press "
                "{leave} to leave it out, or select words and press {black} to black them "
                "out. Blacked-out words are taken out of the file, not hidden under a box."
            ).format(leave=_native(LEAVE_OUT_KEY), black=_native(BLACK_OUT_KEY))
        )

        self.view = QTextEdit(self)
        self.view.setObjectName("packet-preview")
        self.view.setReadOnly(True)
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.view.setAccessibleName(tr("Your notes as they will come out"))
        self.view.setUndoRedoEnabled(False)
        self.view.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.view.setPalette(_paper_palette(self.view.palette()))
        # A little paper round the text (the margins are the view's, not the
        # document's: the layout's chart widths count on a margin of none).
        self.view.setViewportMargins(SPACE.l, SPACE.m, SPACE.l, SPACE.m)
        self.view.setBackgroundRole(QPalette.ColorRole.Base)
        self.view.setAutoFillBackground(True)
        self.view.cursorPositionChanged.connect(self._update_buttons)
        self.view.selectionChanged.connect(self._update_buttons)

        self.empty = Card(tr("Nothing to bring from these days"), "packet-empty", self)
        self.empty_words = text_label(self.empty, name="packet-empty-words")
        self.empty_back = QPushButton(tr("&Choose other days or sections"), self.empty)
        self.empty_back.setAccessibleName(tr("Choose other days or sections"))
        self.empty_back.clicked.connect(self.back_requested)
        set_role(self.empty_back, "primary")
        row = QHBoxLayout()
        row.addWidget(self.empty_back)
        row.addStretch(1)
        self.empty.body.addWidget(self.empty_words)
        self.empty.body.addSpacing(SPACE.s)
        self.empty.body.addLayout(row)
        empty_holder = QWidget(self)
        empty_layout = QVBoxLayout(empty_holder)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty)
        empty_layout.addStretch(1)

        self.pages_button = QPushButton(tr("See the &pages\u2026"), self)
        self.pages_button.setObjectName("packet-see-pages")
        self.pages_button.setAccessibleName(tr("See the pages exactly as they will come out"))
        self.pages_button.clicked.connect(self.see_pages)
        self.back_button = QPushButton(tr("&Back"), self)
        self.back_button.setObjectName("packet-preview-back")
        self.back_button.setAccessibleName(tr("Back to choosing the days and sections"))
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton(tr("&Next: save or print"), self)
        self.next_button.setObjectName("packet-next")
        self.next_button.setAccessibleName(tr("Next: save or print"))
        set_role(self.next_button, "primary")
        self.next_button.clicked.connect(self.next_requested)
        bottom = QHBoxLayout()
        bottom.setSpacing(SPACE.s)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.pages_button)
        bottom.addWidget(self.next_button)

        self.tools = QWidget(self)
        tools_layout = QVBoxLayout(self.tools)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        tools_layout.setSpacing(SPACE.s)
        tools_layout.addLayout(tools)
        tools_layout.addWidget(self.hint)

        self.body = QStackedWidget(self)
        self.body.addWidget(self.view)
        self.body.addWidget(empty_holder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.period_label)
        layout.addWidget(self.counts)
        layout.addWidget(self.tools)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)

    def _bind_keys(self) -> None:
        # On the view only (WidgetShortcut): Delete and Ctrl+Z mean other things elsewhere.
        def bind(key: str, name: str, slot: Callable[[], object]) -> QAction:
            action = QAction(name, self.view)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.view.addAction(action)
            return action

        self.leave_out_action = bind(LEAVE_OUT_KEY, tr("Leave out"), self.leave_out)
        self.black_out_action = bind(BLACK_OUT_KEY, tr("Black out"), self.black_out)
        self.undo_action = bind(UNDO_KEY, tr("Undo"), self.undo_stack.undo)
        self.redo_action = bind(REDO_KEY, tr("Redo"), self.undo_stack.redo)

    # ----- showing -----------------------------------------------------------------

    def show_packet(self, packet: Packet, wording: Wording) -> None:
        """A newly gathered packet, with no choices yet."""
        self.packet, self.wording = packet, wording
        self.undo_stack.clear()
        self.period_label.setText(period_text(packet.start, packet.end))
        if packet.is_empty():
            self.choices = Choices()
            self._drop_document()
            self.empty_words.setText(
                tr(
                    "Nothing was written, checked in or noted from {period} in what you "
                    "ticked. You could choose more weeks, or tick more things to include."
                ).format(period=period_text(packet.start, packet.end))
            )
            self.body.setCurrentIndex(1)
            self.tools.hide()
            self.counts.hide()
            self.next_button.setEnabled(False)
            self.pages_button.setEnabled(False)
            self.empty_back.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        from ui.exchange.layout import lay_out

        self.body.setCurrentIndex(0)
        self.tools.show()
        self.counts.show()
        self.next_button.setEnabled(True)
        self.pages_button.setEnabled(True)
        self.choices = Choices()
        laid = lay_out(packet, wording, self.choices, preview=True)
        # Lines wrap where they will on the paper (the view would wrap at its own width).
        self.view.setLineWrapColumnOrWidth(max(200, round(laid.document.pageSize().width())))
        self._drop_document()
        self.laid = laid
        self.view.setDocument(laid.document)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_counts()
        self._update_buttons()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_empty(self) -> bool:
        return self.packet is None or self.packet.is_empty()

    def show_choices(self, choices: Choices) -> None:
        """Show ``choices`` on the packet (restyled in place: the cursor and the scroll
        stay where they are)."""
        self.choices = choices
        if self.laid is not None:
            self.laid.show_choices(choices)
        self._update_counts()
        self._update_buttons()
        self.choices_changed.emit()

    def _update_counts(self) -> None:
        sections, items, passages = choosing.count(self.choices)
        if not (sections or items or passages):
            self.counts.setText(tr("Everything shown will be included."))
            return
        parts = []
        if sections:
            parts.append(plural(sections, "1 section left out", "%Ln sections left out"))
        if items:
            parts.append(plural(items, "1 part left out", "%Ln parts left out"))
        if passages:
            parts.append(plural(passages, "1 passage blacked out", "%Ln passages blacked out"))
        self.counts.setText(tr("{parts}.").format(parts=", ".join(parts)))

    # ----- what the cursor is in ---------------------------------------------------

    def _places(self) -> PlaceMap | None:
        return None if self.laid is None else self.laid.places

    def items_chosen(self) -> list[ItemKey]:
        """The items the cursor or the selection is in, in order, each once."""
        places = self._places()
        if places is None:
            return []
        cursor = self.view.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end:
            here = self._item_here()
            return [] if here is None else [here]
        found: dict[ItemKey, None] = {}  # in document order, each once
        for item_start, item_end, key in places.item_ranges():
            if item_start < end and item_end > start:
                found[key] = None
        return list(found)

    def section_chosen(self) -> str | None:
        """The section the cursor is in. Not the summary page: its lines belong to the
        other sections (they go with them), and "Summary" can be unticked on the first
        step instead."""
        places = self._places()
        if places is None:
            return None
        section = places.section_at(self.view.textCursor().selectionStart())
        return None if section == SUMMARY else section

    def pieces_chosen(self) -> list[choosing.Piece]:
        """The selected text, one piece per place it covers (a selection across a
        table's cells or several paragraphs becomes one span in each). Headings and
        other fixed words are not the person's text and are passed over."""
        from ui.exchange.layout import from_utf16

        places = self._places()
        if places is None:
            return []
        cursor = self.view.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        pieces: list[choosing.Piece] = []
        position = start
        while position < end:
            found = places.place_at(position)
            if found is None:
                position += 1
                continue
            place, offset = found
            place_start, place_end = places.range_of(place)
            stop = min(end, place_end)
            if stop <= position:  # the very end of a text
                position += 1
                continue
            last = from_utf16(places.text_of(place), stop - place_start)
            if last > offset:
                pieces.append((place, offset, last))
            position = stop
        return pieces

    # ----- choosing ----------------------------------------------------------------

    def _choose(self, after: Choices, text: str) -> None:
        if after != self.choices:
            self.undo_stack.push(_ChoiceCommand(self, self.choices, after, text))

    def leave_out(self) -> None:
        """Leave out what the cursor or selection is in (or bring it back); on a
        section's heading, the whole section."""
        if self.is_empty():
            return
        keys = self.items_chosen()
        if keys:
            self._choose(choosing.toggle_items(self.choices, keys), tr("Leave out"))
            return
        self.leave_out_section()

    def leave_out_section(self) -> None:
        section = self.section_chosen()
        if self.is_empty() or section is None:
            return
        self._choose(choosing.toggle_section(self.choices, section), tr("Leave out a section"))

    def black_out(self) -> None:
        if self.is_empty():
            return
        pieces = self.pieces_chosen()
        if pieces:
            self._choose(choosing.toggle_black_out(self.choices, pieces), tr("Black out"))

    def _item_here(self) -> ItemKey | None:
        """The item where the cursor (or the selection) starts: quick, for the buttons'
        words on every move (a whole year selected is looked through only on asking)."""
        places = self._places()
        if places is None:
            return None
        start = self.view.textCursor().selectionStart()
        for position in (start, start - 1):
            key = places.item_at(position) if position >= 0 else None
            if key is not None:
                return key
        return None

    def _update_buttons(self) -> None:
        usable = not self.is_empty()
        here = self._item_here() if usable else None
        section = self.section_chosen() if usable else None
        section_out = section is not None and section in self.choices.left_out_sections
        back = here in self.choices.left_out_items if here is not None else section_out
        selection = usable and self.view.textCursor().hasSelection()
        self.leave_out_button.setEnabled(here is not None or section is not None or selection)
        self.leave_out_button.setText(tr("Br&ing back") if back else tr("&Leave out"))
        self.leave_out_button.setAccessibleName(
            tr("Bring back what the cursor is in")
            if back
            else tr("Leave out what the cursor is in")
        )
        self.leave_out_button.setToolTip(
            tr("Leave it out of the file, or bring it back ({key})").format(
                key=_native(LEAVE_OUT_KEY)
            )
        )
        self.section_button.setEnabled(section is not None)
        if section is not None:
            title = self._section_title(section)
            self.section_button.setText(
                tr("Bring back this &section") if section_out else tr("Leave out this &section")
            )
            self.section_button.setAccessibleName(
                (
                    tr("Bring back the section {title}")
                    if section_out
                    else tr("Leave out the section {title}")
                ).format(title=title)
            )
        self.black_out_button.setEnabled(selection)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())

    def _section_title(self, section_id: str) -> str:
        from app.exchange.wording import SUMMARY_TITLE

        if section_id == SUMMARY:
            return section_title(SUMMARY_TITLE)
        section = None if self.packet is None else self.packet.section(section_id)
        return section_title(section.title) if section is not None else ""

    # ----- the pages ---------------------------------------------------------------

    def written(self) -> Packet | None:
        """The packet as it will come out (the choices applied)."""
        if self.packet is None:
            return None
        return choosing.written(self.packet, self.choices)

    def see_pages(self) -> None:
        """Qt's print preview of the pages exactly as they will be written."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        packet, wording = self.written(), self.wording
        if packet is None or wording is None or self.is_empty():
            return
        if self.pages_dialog is not None:
            self.pages_dialog.close()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(self.paper()))  # type: ignore[call-overload]
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(tr("The pages as they will come out"))
        dialog.setAccessibleName(tr("The pages as they will come out"))

        def paint(target: QPrinter) -> None:
            from ui.exchange.printing import paint_pages

            paint_pages(packet, wording, target)

        dialog.paintRequested.connect(paint)
        dialog.finished.connect(lambda _result: self._forget_pages(dialog))
        dialog._printer = printer  # type: ignore[attr-defined]  # kept alive with it
        self.pages_dialog = dialog
        dialog.resize(900, 760)
        dialog.open()

    def _forget_pages(self, dialog: QPrintPreviewDialog) -> None:
        if self.pages_dialog is dialog:
            self.pages_dialog = None
        dialog.deleteLater()

    # ----- forgetting --------------------------------------------------------------

    def _drop_document(self) -> None:
        old = self.laid
        self.laid = None
        self.view.setDocument(QTextDocument(self.view))
        if old is not None:
            # Emptied at once (the words leave memory now); the document goes with
            # ``old``, which also holds its paint device and chart painters.
            old.document.clear()

    def wipe(self) -> None:
        """Forget the packet, the choices, the undo steps and the documents."""
        if self.pages_dialog is not None:
            dialog, self.pages_dialog = self.pages_dialog, None
            dialog.close()
            dialog.deleteLater()
        self.undo_stack.clear()
        self.packet = None
        self.wording = None
        self.choices = Choices()
        self._drop_document()
        self.period_label.clear()
        self.counts.clear()
        self.empty_words.clear()
        self._update_buttons()


def _paper_palette(palette: QPalette) -> QPalette:
    """The view as the paper the packet is printed on, in every theme: the layout's
    ink on white (its colours are print colours), and the text cursor in that ink."""
    from ui.exchange.layout import INK

    paper = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        paper.setColor(group, QPalette.ColorRole.Base, PAPER)
        paper.setColor(group, QPalette.ColorRole.Text, INK)
    return paper


def _paper() -> object:
    from ui.exchange.pdf import paper_for_locale

    return paper_for_locale()
