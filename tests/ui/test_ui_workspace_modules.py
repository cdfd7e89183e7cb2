"""Module pages: which are built at unlock, which on first show, what is preloaded."""

from __future__ import annotations

from typing import Any

import pytest
from journal_helpers import unlock

from ui.checkins.page import CheckinPage
from ui.journal.page import JournalPage
from ui.shell import navigation

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_the_check_in_page_is_built_when_first_shown(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)  # shows the journal
    workspace = shell.window.workspace
    row = workspace.module_ids.index("checkins")
    assert not isinstance(workspace.pages.widget(row), CheckinPage)
    assert isinstance(workspace.pages.widget(workspace.module_ids.index("journal")), JournalPage)

    assert workspace.show_module("checkins")
    page = workspace.pages.currentWidget()
    assert isinstance(page, CheckinPage) and workspace.pages.widget(row) is page
    assert workspace.pages.count() == len(workspace.module_ids)
    assert workspace.show_module("journal") and workspace.show_module("checkins")
    assert workspace.pages.currentWidget() is page, "built once"


def test_the_journal_names_what_to_import_before_the_first_unlock() -> None:
    navigation.load_module_packages()
    names = navigation.preload_names()
    assert {"ui.journal.page", "app.journal.entries", "ui.checkins.page"} <= set(names)
