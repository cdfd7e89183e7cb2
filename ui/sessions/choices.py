"""The choice boxes the session editor and the Repeat dialog share: kind of session,
how it happens, and provider (a name typed, or one chosen from the list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.sessions.model import Format
from ui.sessions.words import format_name, kind_choices


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionChoices", text)


def kind_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(tr("Kind of session"))
    for kind_id, name in kind_choices():
        box.addItem(name, kind_id)
    return box


def format_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(tr("How it happens"))
    for value in Format:
        box.addItem(format_name(value), value)
    return box


def provider_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setAccessibleName(tr("Provider or group"))
    return box
