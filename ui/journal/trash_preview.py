"""An entry in the trash, shown read-only so a person can decide to restore it or not.

It is rendered by the inert Markdown view (nothing in it can fetch or run anything)
and cannot be edited: editing would quietly change something the person chose to
throw away. Restoring it puts it back in the journal, where it can be edited again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.theme import set_tone
from ui.journal.formatting import day_text, display_title, local, shown_tags, when_text
from ui.journal.markdown_view import InertMarkdownView

if TYPE_CHECKING:
    from app.journal.model import Entry


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalTrashPreview", text)


class TrashPreview(QWidget):
    """The selected trash entry: when it goes for good, its words, and a Restore button."""

    restore_requested = Signal(int)

    def __init__(self, trash_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-trash-preview")
        self._trash_days = trash_days
        self._entry_id: int | None = None

        self.banner = QLabel(self)
        self.banner.setObjectName("journal-trash-banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.banner, "info")
        self.restore = QPushButton(tr("Restore"), self)
        self.restore.setObjectName("journal-preview-restore")
        self.restore.setAccessibleName(tr("Restore this entry"))
        self.restore.setToolTip(tr("Put this entry back in the journal, where you can edit it"))
        self.restore.clicked.connect(self._restore)

        self.title = QLabel(self)
        self.title.setObjectName("journal-trash-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(tr("Title of the entry in the trash"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.meta.setAccessibleName(tr("When it was written, and its tags"))

        self.view = InertMarkdownView(self)
        self.view.setObjectName("journal-trash-body")
        self.view.setAccessibleName(tr("The entry in the trash (read only)"))

        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.view, 1)

    def entry_id(self) -> int | None:
        return self._entry_id

    def show_entry(self, entry: Entry) -> None:
        self._entry_id = entry.id
        if entry.deleted_at is not None:
            gone = local(entry.deleted_at) + timedelta(days=self._trash_days)
            self.banner.setText(
                tr(
                    "This entry is in the trash. It will be deleted for good on {day}."
                    " Restore it to read it in your journal and edit it again."
                ).format(day=day_text(gone.date()))
            )
        else:  # restored elsewhere in the meantime
            self.banner.setText(tr("This entry is back in your journal."))
        self.restore.setEnabled(entry.deleted_at is not None)
        self.title.setText(display_title(entry.title, entry.body[:200]))
        meta = tr("Written {when}").format(when=when_text(entry.created))
        if entry.tags:
            meta += "  ·  " + shown_tags(entry.tags)
        self.meta.setText(meta)
        self.view.show_markdown(entry.body)

    def wipe(self) -> None:
        """Forget the words (on lock, and when the trash view closes)."""
        self._entry_id = None
        self.banner.clear()
        self.title.clear()
        self.meta.clear()
        self.view.clear()
        self.view.document().clearUndoRedoStacks()

    def _restore(self) -> None:
        if self._entry_id is not None:
            self.restore_requested.emit(self._entry_id)
