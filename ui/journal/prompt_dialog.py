"""Choosing a writing prompt: themes on the left, their prompts on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.theme import set_role
from ui.common.wrapping_delegate import WrappingDelegate

if TYPE_CHECKING:
    from app.journal.model import Prompt, Theme


def tr(text: str) -> str:
    return QCoreApplication.translate("PromptDialog", text)


class PromptDialog(QDialog):
    """Lists themes and prompts; :meth:`chosen` is the prompt picked (after accept)."""

    def __init__(
        self, themes: list[Theme], prompts: list[Prompt], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journal-prompt-dialog")
        self.setWindowTitle(tr("Write from a prompt"))
        self.setAccessibleName(tr("Write from a prompt"))
        self.resize(640, 420)
        self._themes = themes
        self._prompts = prompts

        intro = QLabel(
            tr(
                "Pick a question to start from. There are no right answers; write as much or as little as you like."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.theme_list = QListWidget(self)
        self.theme_list.setObjectName("journal-prompt-themes")
        self.theme_list.setAccessibleName(tr("Themes"))
        self.theme_list.setMaximumWidth(220)
        set_role(self.theme_list, "roomy")
        for theme in themes:
            item = QListWidgetItem(theme.title)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setToolTip(theme.description)
            self.theme_list.addItem(item)

        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setAccessibleName(tr("About this theme"))

        self.prompt_list = QListWidget(self)
        self.prompt_list.setObjectName("journal-prompt-list")
        self.prompt_list.setAccessibleName(tr("Prompts"))
        self.prompt_list.setWordWrap(True)
        # Long prompts wrap to the list's width instead of scrolling sideways; the
        # vertical bar is always there so that width never changes after the wrap.
        self.prompt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompt_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.prompt_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Spacing, not style-sheet padding (which the wrapped height would not include).
        self.prompt_list.setSpacing(4)
        self.prompt_list.setItemDelegate(WrappingDelegate(self.prompt_list))
        self.prompt_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.prompt_list.currentRowChanged.connect(self._update_buttons)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Start writing"))
        ok.setAccessibleName(tr("Start writing from this prompt"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addWidget(self.prompt_list, 1)
        lists = QHBoxLayout()
        lists.addWidget(self.theme_list)
        lists.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)

        self.theme_list.currentRowChanged.connect(self._show_theme)
        if themes:
            self.theme_list.setCurrentRow(0)
        self._update_buttons()

    def _show_theme(self, row: int) -> None:
        self.prompt_list.clear()
        if not 0 <= row < len(self._themes):
            self.description.clear()
            return
        theme = self._themes[row]
        self.description.setText(theme.description)
        for prompt in self._prompts:
            if prompt.theme == theme.id:
                item = QListWidgetItem(prompt.text)
                item.setData(Qt.ItemDataRole.UserRole, prompt.id)
                self.prompt_list.addItem(item)
        if self.prompt_list.count():
            self.prompt_list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.prompt_list.currentItem() is not None)

    def select_prompt(self, prompt_id: str) -> bool:
        """Show ``prompt_id`` selected (used for "write from today's prompt")."""
        for prompt in self._prompts:
            if prompt.id != prompt_id:
                continue
            for row, theme in enumerate(self._themes):
                if theme.id == prompt.theme:
                    self.theme_list.setCurrentRow(row)
            for row in range(self.prompt_list.count()):
                if self.prompt_list.item(row).data(Qt.ItemDataRole.UserRole) == prompt_id:
                    self.prompt_list.setCurrentRow(row)
                    return True
        return False

    def chosen(self) -> Prompt | None:
        item = self.prompt_list.currentItem()
        if item is None:
            return None
        prompt_id = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self._prompts if p.id == prompt_id), None)
