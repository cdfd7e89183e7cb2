"""Providers: the small list of people and groups a session can name (a therapist, a
counsellor, the IOP group), each with a name, a role and notes.

Add, change and remove run as operations (``app.sessions.ops``); a refused value shows
the core's one sentence here and nothing is written. Removing asks first: sessions
keep the provider's name as text. The page and the editor redraw from
``apply_changes`` (the PROVIDERS topic). Closing empties every field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import Provider
from ui.common.messages import MessageBanner, Tone
from ui.common.sensitive import wipe_line_edit
from ui.sessions import jobs
from ui.sessions.words import DOT, PLAIN, plural, reason, shown

if TYPE_CHECKING:
    from ui.shell.session import Session as VaultSession

ProviderRole = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionProviders", text)


def provider_label(provider: Provider) -> str:
    """ "Dr. Rivera  ·  Therapist" (the name alone when there is no role)."""
    name = shown(provider.name)
    return f"{name}{DOT}{shown(provider.role)}" if provider.role else name


def confirm_remove(parent: QWidget, provider: Provider) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Remove this provider?"))
    box.setText(tr("Remove {name} from your providers?").format(name=shown(provider.name)))
    box.setInformativeText(
        tr("Sessions with them keep the name as text, so nothing you wrote is lost.")
    )
    remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is remove


def removed_words(name: str, kept: int) -> str:
    text = tr("{name} is no longer in your providers.").format(name=shown(name))
    if kept:
        text += " " + plural(
            kept,
            "1 session keeps the name.",
            "%Ln sessions keep the name.",
            "SessionProviders",
        )
    return text


class ProvidersDialog(QDialog):
    """The list on the left; the chosen provider (or a new one) on the right."""

    def __init__(
        self,
        session: VaultSession,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Providers"))
        self.setAccessibleName(tr("Providers"))
        self.session = session
        self._clock = clock
        self._providers: dict[int, Provider] = {}
        self._editing: int | None = None  # the provider in the form; None: a new one
        self._sequence = 0
        self._busy = False
        self._closed = False
        # The question before removing, replaceable in tests.
        self.confirm_remove: Callable[[Provider], bool] = lambda p: confirm_remove(self, p)

        intro = QLabel(
            tr(
                "The people and groups you see: a therapist, a counsellor, your IOP group. "
                "Choose them in a session instead of typing the name each time."
            ),
            self,
        )
        intro.setTextFormat(PLAIN)
        intro.setWordWrap(True)
        self.banner = MessageBanner(self)

        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Your providers"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(lambda *_args: self._selection_changed())
        self.empty = QLabel(tr("No providers yet. Add the first one on the right."), self)
        self.empty.setTextFormat(PLAIN)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.new_button = QPushButton(tr("&New provider"), self)
        self.new_button.setAccessibleName(tr("Add a new provider"))
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = QPushButton(tr("&Remove…"), self)
        self.remove_button.setAccessibleName(tr("Remove the chosen provider"))
        self.remove_button.clicked.connect(self.remove)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        left.addLayout(list_buttons)

        self.form_box = QGroupBox(self)
        self.name = QLineEdit(self.form_box)
        self.name.setAccessibleName(tr("Provider's name"))
        self.name.setPlaceholderText(tr("A person's name, or the group's"))
        self.name.returnPressed.connect(self.save)
        self.role = QLineEdit(self.form_box)
        self.role.setAccessibleName(tr("Provider's role"))
        self.role.setPlaceholderText(tr("Therapist, counsellor, group… (if you like)"))
        self.role.returnPressed.connect(self.save)
        self.notes = QPlainTextEdit(self.form_box)
        self.notes.setAccessibleName(tr("Notes about this provider"))
        self.notes.setPlaceholderText(tr("A phone number, where to go, anything to remember"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.save_button = QPushButton(self.form_box)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(tr("Na&me"), self.name), self.name)
        form.addRow(self._label(tr("R&ole"), self.role), self.role)
        form.addRow(self._label(tr("No&tes"), self.notes), self.notes)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form, 1)
        box_layout.addLayout(save_row)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.form_box, 3)

        self.buttons = QDialogButtonBox(self)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close providers"))
        self.buttons.rejected.connect(self.reject)
        # Return in a field saves it (returnPressed); no button is pressed by it as well.
        for button in (self.new_button, self.remove_button, self.save_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _result: self.wipe())
        self.resize(680, 420)
        self.start_new()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ----- the list ----------------------------------------------------------------

    def load(self, select: int | None = None) -> None:
        """Read the providers (then choose ``select``, or keep the current choice)."""
        if self._closed:
            return
        self._sequence += 1
        sequence = self._sequence

        def done(providers: list[Provider]) -> None:
            if sequence == self._sequence and not self._closed:
                self.show_providers(providers, select)

        def failed(error: BaseException) -> None:
            if sequence == self._sequence and not self._closed:
                self.banner.show_message(
                    tr("Your providers couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    ),
                    Tone.PROBLEM,
                )

        self.session.submit(jobs.providers(), done, failed)

    def show_providers(self, providers: list[Provider], select: int | None = None) -> None:
        chosen = self._editing if select is None else select
        self._providers = {p.id: p for p in providers}
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for provider in providers:
                item = QListWidgetItem(provider_label(provider))
                item.setToolTip(item.text())  # all of it, where the list cuts it short
                item.setData(ProviderRole, provider.id)
                self.list.addItem(item)
                if provider.id == chosen:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self.list.setVisible(bool(providers))
        self.empty.setVisible(not providers)
        if chosen is not None and chosen in self._providers:
            self._fill(self._providers[chosen])
        elif self._editing is not None:
            self.start_new()  # the one in the form is gone
        self._buttons_shown()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ProviderRole))

    def item_for(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if self._providers[int(item.data(ProviderRole))].name == name:
                return item
        return None

    def _selection_changed(self) -> None:
        provider_id = self.current_id()
        if provider_id is not None and provider_id in self._providers:
            self._fill(self._providers[provider_id])
        self._buttons_shown()

    def _buttons_shown(self) -> None:
        self.remove_button.setEnabled(self.current_id() is not None and not self._busy)
        self.save_button.setEnabled(not self._busy)
        if self._editing is None:
            self.form_box.setTitle(tr("New provider"))
            self.save_button.setText(tr("&Add provider"))
            self.save_button.setAccessibleName(tr("Add this provider"))
        else:
            self.form_box.setTitle(tr("Details"))
            self.save_button.setText(tr("&Save changes"))
            self.save_button.setAccessibleName(tr("Save the changes to this provider"))

    # ----- the form ----------------------------------------------------------------

    def _fill(self, provider: Provider) -> None:
        self._editing = provider.id
        self.name.setText(provider.name)
        self.role.setText(provider.role)
        self.notes.setPlainText(provider.notes)
        self.notes.document().clearUndoRedoStacks()
        self._buttons_shown()

    def start_new(self) -> None:
        """An empty form for a new provider."""
        self._editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._clear_form()
        self._buttons_shown()
        self.name.setFocus()

    def _clear_form(self) -> None:
        wipe_line_edit(self.name)
        wipe_line_edit(self.role)
        self.notes.clear()
        self.notes.document().clearUndoRedoStacks()

    # ----- changes -----------------------------------------------------------------

    def _run(self, op: jobs.OnVault[Any], done: Callable[[Any], None]) -> None:
        """Run ``op``; a refused value shows its sentence and the form stays as it is."""
        self._busy = True
        self._buttons_shown()

        def finished(value: Any) -> None:
            if self._closed:
                return
            self._busy = False
            done(value)

        def failed(error: BaseException) -> None:
            if self._closed:
                return
            self._busy = False
            self._buttons_shown()
            self.banner.show_message(reason(error), Tone.PROBLEM)

        self.session.run_op(op, finished, failed, origin=self)

    def save(self) -> None:
        """Add the provider in the form, or save the changes to it."""
        if self._closed or self._busy:
            return
        name, role, notes = self.name.text(), self.role.text(), self.notes.toPlainText()
        editing = self._editing

        def done(value: Provider) -> None:
            self.banner.show_message(
                tr("{name} is in your providers.").format(name=shown(value.name))
                if editing is None
                else tr("Your changes are saved."),
                Tone.SUCCESS,
            )
            self.load(select=value.id)

        if editing is None:
            op = jobs.add_provider(name, role, notes, self._clock)
        else:
            op = jobs.save_provider(editing, name, role, notes, self._clock)
        self._run(op, done)

    def remove(self) -> None:
        """Remove the chosen provider, after asking (sessions keep the name as text)."""
        provider_id = self.current_id()
        if self._closed or self._busy or provider_id is None:
            return
        provider = self._providers[provider_id]
        if not self.confirm_remove(provider) or self._closed:
            return

        def done(kept: int) -> None:
            self.banner.show_message(removed_words(provider.name, kept), Tone.SUCCESS)
            self.start_new()
            self.load()

        self._run(jobs.delete_provider(provider_id), done)

    # ----- closing -----------------------------------------------------------------

    def wipe(self) -> None:
        """Closed (or locked): no answer may reach the dialog, and it shows nothing."""
        self._closed = True
        self._sequence += 1
        self._providers = {}
        self._editing = None
        self.list.clear()
        self._clear_form()
        self.banner.clear_message()
