"""Large text: with the application's font at 150% and the window at 1280x800, no
label or button on any screen or page is cut off and no page scrolls sideways.
Screenshots of each stop are saved in the test's folder (and kept in
``MOORING_TEST_SHOTS`` when it is set)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from page_walk import cut_off, visible_children, walk
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from shots import keep_shot

SIZE = (1280, 800)


@pytest.fixture
def large_font(qapp: Any) -> Iterator[None]:
    font = QApplication.font()
    bigger = QApplication.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(bigger)
    yield
    QApplication.setFont(font)


def sideways(top: QWidget) -> list[str]:
    """Scrolling parts under ``top`` (scroll areas, lists, tables, text) that scroll
    horizontally."""
    found = []
    for area in visible_children(top, QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(f"{type(area).__name__} {area.objectName()!r} by {bar.maximum()} px")
    return found


def test_at_150_percent_nothing_is_cut_off_and_no_page_scrolls_sideways(
    qtbot: Any, make_shell: Any, large_font: None, tmp_path: Path
) -> None:
    shell = make_shell()
    shell.window.resize(*SIZE)
    problems: list[str] = []
    shots = 0
    for name, top in walk(shell, qtbot, demo=True, dialogs=False):
        stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        top.grab().save(str(tmp_path / f"{stem}.png"))
        keep_shot(top, f"large-{stem}")
        shots += 1
        problems += [f"{name}: cut off: {found}" for found in cut_off(top)]
        problems += [f"{name}: scrolls sideways: {found}" for found in sideways(top)]
    assert shots > 30, f"the walk saw only {shots} screens"
    assert not problems, "\n".join(problems)
