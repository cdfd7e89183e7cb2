"""One change, every open page: an operation's Changes reach each built page once,
a page that fails does not stop the others, and nothing arrives after locking."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from journal_helpers import unlock_window

from app.checkins.model import CheckIn
from app.platform.changes import Changes

pytestmark = pytest.mark.usefixtures("existing_vault")

DAY = date(2026, 11, 20)


def _checkin() -> CheckIn:
    return CheckIn(DAY, 5, 4, 1, False, False, False, True, 7.5, "")


def _record_calls(workspace: Any) -> dict[str, list[Changes]]:
    """Wrap every built page's apply_changes so each call is recorded, then passed on."""
    received: dict[str, list[Changes]] = {}
    for module_id, page in zip(workspace.module_ids, workspace.built_pages(), strict=True):
        original = getattr(page, "apply_changes", None)
        if original is None:
            continue
        calls: list[Changes] = []
        received[module_id] = calls

        def recording(
            changes: Changes, calls: list[Changes] = calls, inner: Any = original
        ) -> None:
            calls.append(changes)
            inner(changes)

        page.apply_changes = recording
    return received


def _build_every_page(workspace: Any) -> None:
    for module_id in workspace.module_ids:
        assert workspace.show_module(module_id)
    assert len(workspace.built_pages()) == len(workspace.module_ids)


def test_a_change_reaches_every_open_page_once(qtbot: Any, make_shell: Any) -> None:
    from app.checkins import ops

    shell = make_shell()
    unlock_window(qtbot, shell)
    workspace = shell.window.workspace
    _build_every_page(workspace)
    received = _record_calls(workspace)
    assert {"journal", "checkins"} <= set(received)

    done: list[CheckIn] = []
    shell.session.run_op(lambda vault: ops.save(vault.connection, _checkin()), done.append)
    qtbot.waitUntil(lambda: bool(done))
    for module_id, calls in received.items():
        assert len(calls) == 1, module_id
        assert calls[0].touches(ops.CHECKINS) and calls[0].origin is None


def test_the_page_that_asked_is_named_as_the_origin(qtbot: Any, make_shell: Any) -> None:
    from app.checkins import ops

    shell = make_shell()
    unlock_window(qtbot, shell)
    workspace = shell.window.workspace
    _build_every_page(workspace)
    received = _record_calls(workspace)
    asker = object()
    shell.session.run_op(lambda vault: ops.save(vault.connection, _checkin()), origin=asker)
    qtbot.waitUntil(lambda: all(received.values()))
    assert all(calls[0].origin is asker for calls in received.values())


def test_one_failing_page_does_not_stop_the_others(qtbot: Any, make_shell: Any) -> None:
    from app.checkins import ops

    shell = make_shell()
    unlock_window(qtbot, shell)
    workspace = shell.window.workspace
    _build_every_page(workspace)
    first = workspace.built_pages()[0]

    def broken(_changes: Changes) -> None:
        raise RuntimeError("a bug in one page")

    first.apply_changes = broken
    received = _record_calls(workspace)
    shell.session.run_op(lambda vault: ops.save(vault.connection, _checkin()))
    others = [
        calls for module_id, calls in received.items() if module_id != workspace.module_ids[0]
    ]
    assert others and all(len(calls) == 1 for calls in others)


def test_no_change_is_delivered_to_pages_after_locking(qtbot: Any, make_shell: Any) -> None:
    from app.checkins import ops

    shell = make_shell()
    unlock_window(qtbot, shell)
    workspace = shell.window.workspace
    _build_every_page(workspace)
    received = _record_calls(workspace)
    shell.window.lock()
    qtbot.waitUntil(lambda: shell.window.current_screen() == "unlock")
    # The signal still fires for whoever listens, but no page of the old workspace hears it.
    shell.session.changed.emit(Changes.of(ops.CHECKINS))
    assert all(calls == [] for calls in received.values())


def test_an_operation_that_changes_nothing_announces_nothing(qtbot: Any, make_shell: Any) -> None:
    from app.checkins import ops

    shell = make_shell()
    unlock_window(qtbot, shell)
    heard: list[Changes] = []
    shell.session.changed.connect(heard.append)
    shell.session.run_op(lambda vault: ops.delete(vault.connection, DAY))  # nothing there
    assert heard == []
