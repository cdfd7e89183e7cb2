"""The unlocked area: the navigation list on the left, the chosen module on the right.

Built after each unlock and destroyed on lock, so no page, model or editor outlives
the open vault.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.messages import MessageBanner, Tone
from ui.common.sensitive import wipe_text_widgets
from ui.shell import navigation
from ui.shell.context import ModuleContext

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


class Workspace(QWidget):
    """Navigation plus module pages for one unlocked session."""

    def __init__(self, context: ModuleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.context = context
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(tr("Sections"))
        self.nav.setMaximumWidth(180)
        self.nav.setMinimumWidth(140)
        self.nav.setSpacing(2)
        # Row height through size hints, not a style sheet: a style sheet would pin
        # the list to the palette it had when set, so it would not follow dark mode.
        row_height = self.nav.fontMetrics().height() + 16
        self.pages = QStackedWidget(self)
        self.banner = MessageBanner(self)
        self.module_ids: list[str] = []

        self._unbuilt: dict[int, navigation.Module] = {}

        navigation.load_module_packages()
        for module in navigation.modules():
            if module.build_when_shown and self.module_ids:
                self._unbuilt[len(self.module_ids)] = module
                page = QWidget(self)  # stands in until the page is first shown
            else:
                page = self._build(module)
            title = module.title()
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setSizeHint(QSize(0, row_height))
            self.nav.addItem(item)
            self.pages.addWidget(page)
            self.module_ids.append(module.id)
        self.nav.currentRowChanged.connect(self._show_row)
        if self.nav.count():
            self.nav.setCurrentRow(0)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

    def _build(self, module: navigation.Module) -> QWidget:
        try:
            return module.factory(self.context)
        except Exception as error:
            # One broken module must not keep the person out of the others. Only the
            # error's type is logged: its message could quote what was written.
            log.error("module %s could not be built (%s)", module.id, type(error).__name__)
            return self._unavailable_page()

    def _show_row(self, row: int) -> None:
        module = self._unbuilt.pop(row, None)
        if module is not None:
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, self._build(module))
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        self.pages.setCurrentIndex(row)

    def _unavailable_page(self) -> QWidget:
        label = QLabel(
            tr("This part of Mooring couldn't start. Everything else still works."), self
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def show_notice(self, text: str) -> None:
        if text:
            self.banner.show_message(text, Tone.SUCCESS)

    def show_module(self, module_id: str) -> bool:
        if module_id not in self.module_ids:
            return False
        self.nav.setCurrentRow(self.module_ids.index(module_id))
        return True

    def current_module(self) -> str | None:
        row = self.nav.currentRow()
        return self.module_ids[row] if 0 <= row < len(self.module_ids) else None

    def wipe(self) -> None:
        """Empty every editor and its undo history before the pages are destroyed."""
        wipe_text_widgets(self)
        self.banner.clear_message()
