"""Small layout helpers shared by the sessions widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


def fit_list_height(view: QListWidget, max_rows: int) -> None:
    """Make ``view`` as tall as its first ``max_rows`` rows (it scrolls beyond them)."""
    rows = min(view.count(), max_rows)
    if rows == 0:
        height = view.fontMetrics().height() + 8
    else:
        height = sum(
            max(view.sizeHintForRow(n), view.fontMetrics().height() + 4) for n in range(rows)
        )
    view.setFixedHeight(height + 2 * view.frameWidth() + 2 * view.spacing() + 2)
