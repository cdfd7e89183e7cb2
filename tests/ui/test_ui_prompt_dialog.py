"""The prompt picker shows every prompt whole: wrapped to the list's width, never cut."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QListWidget, QStyle

from app.content.prompts import load_prompts
from ui.journal.prompt_dialog import PromptDialog


def _cut_rows(view: QListWidget) -> list[str]:
    """Prompts whose row is shorter than their text wrapped at the row's width."""
    metrics = view.fontMetrics()
    # Qt's item views keep this margin either side of the text.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for i in range(view.count()):
        item = view.item(i)
        shown = view.visualItemRect(item)
        needed = metrics.boundingRect(
            QRect(0, 0, shown.width() - 2 * margin, 100_000),
            int(Qt.TextFlag.TextWordWrap),
            item.text(),
        )
        # Every row is measured at the same width: the list's, less its spacing.
        full_width = view.viewport().width() - 2 * view.spacing()
        if shown.height() < needed.height() or shown.width() != full_width:
            cut.append(item.text())
    return cut


def test_every_prompt_row_is_tall_enough_for_its_wrapped_text(qtbot: Any) -> None:
    themes, prompts = load_prompts()
    dialog = PromptDialog(themes, prompts)
    qtbot.addWidget(dialog)
    view = dialog.prompt_list
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    dialog.show()
    qtbot.waitExposed(dialog)
    for width in (dialog.width(), dialog.width() - 150, dialog.width() + 200):
        dialog.resize(width, dialog.height())
        for row in range(len(themes)):
            dialog.theme_list.setCurrentRow(row)  # as a person picks a theme
            qtbot.wait(10)
            assert _cut_rows(view) == [], f"theme {row} at width {width}"
