"""The unlocked area: the navigation list on the left, the chosen module on the right.

Built after each unlock and destroyed on lock, so no page, model or editor outlives
the open vault. It is also where every page is wired to the session, once for all
modules: each built page gets the changes of every operation (``apply_changes``) and
is told when the vault is about to lock (``before_lock``); see
``ui/shell/navigation.py`` for the page protocol.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common import theme
from ui.common.design import SPACE
from ui.common.focus_ring import keyboard_moved_focus
from ui.common.icons import section_icon
from ui.common.messages import MessageBanner, Tone
from ui.common.sensitive import wipe_text_widgets
from ui.common.surfaces import text_width
from ui.shell import navigation, shortcuts
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from app.platform.changes import Changes

log = logging.getLogger(__name__)


NAV_ICON_SIZE = 20


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


class Workspace(QWidget):
    """Navigation plus module pages for one unlocked session."""

    def __init__(self, context: ModuleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        # Pages reach each other only through ``navigate`` (ui/shell/context.py).
        context = dataclasses.replace(context, navigate=self.navigate)
        self.context = context
        self.nav = QListWidget(self)
        self.nav.setObjectName("workspace-nav")  # styled by the theme (ui/common/theme.py)
        self.nav.setAccessibleName(tr("Sections"))
        self.nav.setSpacing(2)
        self.nav.setIconSize(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        theme.set_role(self.nav, "nav")
        row_height = max(self.nav.fontMetrics().height(), NAV_ICON_SIZE) + 18
        self.pages = QStackedWidget(self)
        self.banner = MessageBanner(self)
        self.module_ids: list[str] = []

        self._unbuilt: dict[int, navigation.Module] = {}

        navigation.load_module_packages()
        for module in navigation.modules():
            lazy = module.build_when_shown
            if callable(lazy):
                lazy = lazy(context)
            if lazy and self.module_ids:
                self._unbuilt[len(self.module_ids)] = module
                page = QWidget(self)  # stands in until the page is first shown
            else:
                page = self._build(module)
            title = module.title()
            item = QListWidgetItem(title)
            item.setIcon(self._icon(module.id))
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setSizeHint(QSize(0, row_height))
            self.nav.addItem(item)
            self.pages.addWidget(page)
            self.module_ids.append(module.id)
        self._fit_nav()
        self.nav.currentRowChanged.connect(self._show_row)
        context.session.changed.connect(self._apply_changes)
        context.session.about_to_lock.connect(self._before_lock)
        if self.nav.count():
            self.nav.setCurrentRow(0)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE.s, SPACE.s, SPACE.s, SPACE.s)
        layout.setSpacing(SPACE.l)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self._bind_keys()

    def _fit_nav(self) -> None:
        """As wide as its longest section name (large text and longer languages are
        wider), within a sixth to a quarter of a 1280-pixel screen's text."""
        metrics = self.nav.fontMetrics()
        names = [self.nav.item(row).text() for row in range(self.nav.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        frame = NAV_ICON_SIZE + 2 * SPACE.l + SPACE.s  # icon, padding and the gap
        self.nav.setFixedWidth(min(max(widest + frame, 150), text_width(self.nav, 34)))

    def _bind_keys(self) -> None:
        # Inside the workspace only: not on the lock screen, not while a dialog is open.
        def bind(key: str, name: str, slot: Callable[[], object]) -> None:
            action = QAction(name, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.addAction(action)

        for row, key in enumerate(shortcuts.SECTION_KEYS):
            bind(
                key,
                tr("Go to section {number}").format(number=row + 1),
                lambda r=row: self.go_to_row(r),
            )
        bind(shortcuts.SWITCH_PANE, tr("Move between the sections and the page"), self.switch_pane)

    def go_to_row(self, row: int) -> None:
        """Show the section in ``row`` and put the keyboard in its page."""
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)
            self.focus_page()

    def switch_pane(self) -> None:
        """F6: from the page to the sections list, and back."""
        if self.nav.hasFocus():
            self.focus_page()
        else:
            keyboard_moved_focus(self.window())
            self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_page(self) -> None:
        """The keyboard to the first control of the page shown (or the page itself)."""
        page = self.pages.currentWidget()
        if page is None:
            return
        keyboard_moved_focus(self.window())
        widget = page.nextInFocusChain()
        for _ in range(5000):  # the whole window's chain, at most once round
            if widget is page:
                break
            if (
                page.isAncestorOf(widget)
                and not isinstance(widget, QScrollArea)  # a control, not what holds them
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @staticmethod
    def _icon(module_id: str) -> QIcon:
        colours = theme.current()
        return section_icon(module_id, colours.text_secondary, colours.accent_text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # A theme switch: the icons are drawn in the new theme's colours.
            for row, module_id in enumerate(self.module_ids):
                item = self.nav.item(row)
                if item is not None:
                    item.setIcon(self._icon(module_id))

    def _build(self, module: navigation.Module) -> QWidget:
        try:
            return module.factory(self.context)
        except Exception as error:
            # One broken module must not keep the person out of the others. Only the
            # error's type is logged: its message could quote what was written.
            log.error("module %s could not be built (%s)", module.id, type(error).__name__)
            return self._unavailable_page()

    def _show_row(self, row: int) -> None:
        module = self._unbuilt.pop(row, None)
        if module is not None:
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, self._build(module))
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        self.pages.setCurrentIndex(row)

    def built_pages(self) -> list[QWidget]:
        """The module pages built so far (a page built when first shown may not be)."""
        return [
            self.pages.widget(row) for row in range(self.pages.count()) if row not in self._unbuilt
        ]

    def _apply_changes(self, changes: Changes) -> None:
        for page in self.built_pages():
            apply = getattr(page, "apply_changes", None)
            if apply is None:
                continue
            try:
                apply(changes)
            except Exception as error:  # one page's bug must not stop the others
                log.error("a page failed to refresh (%s)", type(error).__name__)

    def _before_lock(self) -> None:
        """The vault closes next: each page queues its last save, then forgets."""
        session = self.context.session
        with contextlib.suppress(RuntimeError, TypeError):
            session.changed.disconnect(self._apply_changes)
            session.about_to_lock.disconnect(self._before_lock)
        for page in self.built_pages():
            before_lock = getattr(page, "before_lock", None)
            if before_lock is None:
                continue
            try:
                before_lock()
            except Exception as error:
                log.error("a page failed to prepare for locking (%s)", type(error).__name__)

    def _unavailable_page(self) -> QWidget:
        label = QLabel(
            tr("This part of Mooring couldn't start. Everything else still works."), self
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def show_notice(self, text: str) -> None:
        if text:
            self.banner.show_message(text, Tone.SUCCESS)

    def show_module(self, module_id: str) -> bool:
        if module_id not in self.module_ids:
            return False
        self.nav.setCurrentRow(self.module_ids.index(module_id))
        return True

    def navigate(self, module_id: str, ref: str | None = None) -> bool:
        """Show ``module_id``'s page and, given ``ref``, that item on it."""
        if not self.show_module(module_id):
            return False
        if ref is not None:
            page = self.pages.currentWidget()
            show_item = getattr(page, "show_item", None)
            if show_item is not None:
                try:
                    show_item(ref)
                except Exception as error:
                    log.error("a page failed to show an item (%s)", type(error).__name__)
        return True

    def current_module(self) -> str | None:
        row = self.nav.currentRow()
        return self.module_ids[row] if 0 <= row < len(self.module_ids) else None

    def wipe(self) -> None:
        """Empty every editor and its undo history before the pages are destroyed."""
        wipe_text_widgets(self)
        self.banner.clear_message()
