"""The "Your data" page in the tests of its sections: the page in the navigation for a
test, and the page opened in an unlocked window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ui.shell import navigation


@pytest.fixture
def data_module() -> Iterator[str]:
    """The page in the navigation for this test (the lead lists ``ui.data`` for good)."""
    import ui.data

    before = {module.id for module in navigation.modules()}
    ui.data.register()
    yield "data"
    if "data" not in before and "ui.data" not in navigation.MODULE_PACKAGES:
        navigation.unregister("data")


def open_page(shell: Any) -> Any:
    """Show "Your data" in ``shell``'s window; the DataPage."""
    from ui.data.page import DataPage

    workspace = shell.window.workspace
    assert workspace.show_module("data")
    page = workspace.pages.currentWidget()
    assert isinstance(page, DataPage)
    return page
