"""Planned sessions to a calendar file (.ics): a warning first, then where to save it.

Calendar programs keep what they hold unencrypted and often copy it to other devices,
so only times go in, with a neutral title unless the person asks for the kind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from ui.common import file_dialogs

SUGGESTED_NAME = "calendar.ics"


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionExport", text)


def ask_export_options(parent: QWidget) -> bool | None:
    """The warning; returns whether to title events with the kind, or None to stop."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Add to another calendar"))
    box.setText(
        tr(
            "Calendar programs don't encrypt what they keep, and many copy it to your other "
            "devices or an online account."
        )
    )
    box.setInformativeText(
        tr(
            "Only the times of your planned sessions go into the file, each called "
            "“Appointment”. No notes, homework, providers or anything about your partner."
        )
    )
    with_kind = QCheckBox(tr("Use the kind of session as the title"), box)
    with_kind.setAccessibleName(tr("Use the kind of session as the title"))
    with_kind.setChecked(False)
    box.setCheckBox(with_kind)
    go = box.addButton(tr("Choose where to save…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go)
    box.exec()
    if box.clickedButton() is not go:
        return None
    return with_kind.isChecked()


def ask_calendar_path(parent: QWidget) -> str:
    """Where to save the file ("" when cancelled), ending in .ics."""
    path = file_dialogs.ask_save_path(
        parent, tr("Save calendar file"), SUGGESTED_NAME, tr("Calendar files (*.ics)")
    )
    if path and not Path(path).suffix:
        path += ".ics"
    return path
