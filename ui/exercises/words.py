"""How a run reads in a list (the page's lists and the trash): its title, then when it
was started or finished and how far it got."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from app.exercises.repository import RunSummary


def tr(text: str) -> str:
    return QCoreApplication.translate("ExerciseWords", text)


def day_text(moment: datetime) -> str:
    return QLocale().toString(moment.astimezone().date(), "ddd d MMM yyyy")


def run_lines(summary: RunSummary) -> tuple[str, str]:
    """The run's two lines: its title, then when and how far."""
    if summary.finished is not None:
        detail = tr("Finished {day}").format(day=day_text(summary.finished))
    else:
        detail = tr("Started {day} \u00b7 {answered} of {steps} answered").format(
            day=day_text(summary.started), answered=summary.answered, steps=summary.steps
        )
    return summary.title, detail
