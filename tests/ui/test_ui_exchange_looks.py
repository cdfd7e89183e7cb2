"""How the packet wizard looks, in the light and the dark theme, at the window's usual
size: no button cut short, the preview drawn as paper (dark ink on white, its cursor
in that ink) in every theme, a real lock and unlock starting over at the first step.

Set MOORING_TEST_SHOTS=/some/folder to keep a screenshot of each step in each theme.
"""

from __future__ import annotations

from typing import Any

import pytest
from exchange_helpers import find, gathered, open_page, packet_module, unlock  # noqa: F401
from fit import cut_short
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from tests.ui.shots import keep_shot
from ui.common import theme
from ui.exchange.page import CHOOSE, OUTPUT, PREVIEW

pytestmark = pytest.mark.usefixtures("existing_vault", "packet_module")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_step_fits_and_the_preview_is_paper_in_each_theme(
    qtbot: Any, make_shell: Any, name: str
) -> None:
    try:
        shell, page = gathered(qtbot, make_shell)
        theme.apply_theme(name)  # after the window's own choice (the system's) is set
        assert theme.current_name() == name
        shell.window.resize(1280, 800)
        qtbot.wait(20)
        assert cut_short(page) == []
        find(page, "I stayed calm", select=False)
        page.preview.leave_out()
        find(page, "Wrenfold")
        page.preview.black_out()
        find(page, "the drive home")
        keep_shot(shell.window, f"exchange-preview-{name}")
        assert cut_short(page) == []
        palette = page.preview.view.palette()
        paper = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.Text)
        assert paper.name() == "#ffffff" and ink.lightness() < 60  # the cursor shows
        viewport = page.preview.view.viewport().grab().toImage()
        assert viewport.pixelColor(4, viewport.height() - 4).name() == "#ffffff"

        page.go_to(OUTPUT)
        qtbot.wait(20)
        keep_shot(shell.window, f"exchange-output-{name}")
        assert cut_short(page) == []
        page.go_to(CHOOSE)
        qtbot.wait(20)
        keep_shot(shell.window, f"exchange-choose-{name}")
        assert cut_short(page) == []
        # A narrow window: the first step still shows every section's name whole.
        shell.window.resize(900, 700)
        qtbot.wait(20)
        keep_shot(shell.window, f"exchange-choose-narrow-{name}")
        assert cut_short(page) == []
    finally:
        theme.apply_theme("light")


def test_an_empty_period_looks_kind_in_the_dark(qtbot: Any, make_shell: Any) -> None:
    from datetime import date

    try:
        shell = unlock(qtbot, make_shell)
        theme.apply_theme("dark")
        shell.window.resize(1280, 800)
        qtbot.wait(20)
        page = open_page(qtbot, shell)
        page.choose.set_custom(date(2001, 1, 1), date(2001, 1, 14))
        page.choose.gather_button.click()
        qtbot.wait(20)
        assert page.step() == PREVIEW and page.preview.empty.isVisible()
        keep_shot(shell.window, "exchange-empty-dark")
        assert cut_short(page) == []
    finally:
        theme.apply_theme("light")


def test_after_a_lock_the_page_starts_over_with_nothing_kept(qtbot: Any, make_shell: Any) -> None:
    from ui_fixtures import PASSPHRASE

    shell, page = gathered(qtbot, make_shell)
    find(page, "Wrenfold")
    page.preview.black_out()
    shell.window.lock()
    assert shell.window.current_screen() != "workspace"
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    again = open_page(qtbot, shell)
    assert again is not page
    assert again.step() == CHOOSE and again.preview.packet is None
    assert again.preview.view.toPlainText() == ""
