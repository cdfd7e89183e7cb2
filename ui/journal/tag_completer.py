"""Suggesting existing tags while typing a comma-separated list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class TagCompleter(QCompleter):
    """Completes the tag after the last comma, and keeps the tags before it."""

    def __init__(self, edit: QLineEdit) -> None:
        self._names = QStringListModel(edit)
        super().__init__(self._names, edit)
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self)

    def set_tags(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def clear(self) -> None:
        self._names.setStringList([])

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].lstrip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        before = self._edit.text().rsplit(",", 1)
        if len(before) == 1:
            return chosen
        return f"{before[0]}, {chosen}"
