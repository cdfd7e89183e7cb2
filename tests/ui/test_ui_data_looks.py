"""How the "Your data" page looks in the light and the dark theme at the window's usual
size and a narrow one: nothing cut short, no style sheet, the list and the messages
readable. Set MOORING_TEST_SHOTS=/some/folder to keep a screenshot of each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import unlock
from fit import cut_short
from PySide6.QtWidgets import QWidget

from tests.ui.shots import keep_shot
from ui.common import theme

pytestmark = pytest.mark.usefixtures("existing_vault")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_page_fits_and_reads_in_each_theme(
    qtbot: Any, make_shell: Any, data_module: str, name: str, tmp_path: Path
) -> None:
    from ui.data.page import DataPage

    try:
        shell = unlock(qtbot, make_shell)
        theme.apply_theme(name)
        assert theme.current_name() == name
        shell.window.resize(1280, 800)
        workspace = shell.window.workspace
        assert workspace.show_module("data")
        page = workspace.pages.currentWidget()
        assert isinstance(page, DataPage)
        qtbot.wait(20)
        keep_shot(shell.window, f"data-empty-{name}")
        assert cut_short(page) == []
        for _ in range(3):
            with qtbot.waitSignal(page.settled, timeout=30_000):
                page.back_up_now()
            page.wait()
        qtbot.wait(20)
        keep_shot(shell.window, f"data-backups-{name}")
        assert cut_short(page) == []
        assert page.table.topLevelItemCount() == 3
        page.folder_dialog = lambda _parent, _title: str(tmp_path / "nowhere" / "at-all")
        with qtbot.waitSignal(page.settled, timeout=30_000):
            page.save_copy()
        assert page.banner.tone is not None and page.banner.tone.value == "problem"
        shell.window.resize(900, 640)
        qtbot.wait(20)
        keep_shot(shell.window, f"data-problem-narrow-{name}")
        assert cut_short(page) == []
        for child in [page, *page.findChildren(QWidget)]:
            assert child.styleSheet() == ""
    finally:
        theme.apply_theme("light")
