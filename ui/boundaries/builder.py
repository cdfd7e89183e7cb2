"""The boundary builder: the area, the need behind it, the boundary as "If …, I will …",
gentle checks on it as it is written, and a few words to rehearse. Also edits a
boundary.

The checks (``app.communication.boundary_draft.check_boundary``) run a moment after
typing pauses; each says "met" or "not yet", with why it helps and a tip. They are
suggestions: a boundary saves whatever they say. Saving runs on the worker; a value
the core refuses is shown here as its one line, and every field keeps what was typed.
Cancel (or Escape) lets the draft go. Ctrl+Return saves from any field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.boundaries.model import MAX_STATEMENT_CHARS, Boundary, BoundaryDraft
from ui.boundaries import jobs
from ui.boundaries.words import PLAIN, area_choices, area_description, area_title, reason
from ui.common.design import SPACE, TYPE
from ui.common.messages import MessageBanner
from ui.common.saving_dialog import SavingDialog, text_field
from ui.common.scrolling import keep_focus_in_view, scroll_area
from ui.common.surfaces import scaled_font, text_label

if TYPE_CHECKING:
    from app.communication.boundary_draft import BoundaryCheck
    from ui.shell.session import Session

CHECK_DELAY_MS = 400
MET_MARK = "\u2713"
NOT_YET_MARK = "\u25cb"


def tr(text: str) -> str:
    return QCoreApplication.translate("BoundaryBuilder", text)


class CheckRow(QWidget):
    """One gentle check: a mark with "Met" or "Not yet" and its title, then why or a tip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(PLAIN)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, TYPE.body, bold=True))
        self.detail = text_label(self, muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self.met = False

    def show_check(self, check: BoundaryCheck) -> None:
        self.met = check.met
        state = tr("Met") if check.met else tr("Not yet")
        mark = MET_MARK if check.met else NOT_YET_MARK
        self.title.setText(f"{mark} {state}: {check.title}")
        self.detail.setText(check.why if check.met else check.tip)
        self.setAccessibleName(f"{state}: {check.title}. {self.detail.text()}")


class BoundaryBuilder(SavingDialog):
    """See the module docstring. ``saved`` carries the boundary as stored."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        boundary: Boundary | None = None,
        origin: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._boundary = boundary
        self._origin = origin
        title = tr("Edit boundary") if boundary is not None else tr("New boundary")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("boundary-builder")
        self.setMinimumWidth(560)

        intro = text_label(self, muted=True)
        intro.setText(
            tr(
                "A boundary is about what you will do to look after yourself, not about "
                "what your partner must do. Take your time; you can change it later."
            )
        )
        self.banner = MessageBanner(self)

        self.area = QComboBox(self)
        self.area.setAccessibleName(tr("Area of life"))
        for area_id, name, description in area_choices():
            self.area.addItem(name, area_id)
            self.area.setItemData(self.area.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        if boundary is not None and self.area.findData(boundary.area) < 0:
            # An area that has since left the content stays what it was.
            self.area.addItem(area_title(boundary.area), boundary.area)
        self.area.setPlaceholderText(tr("Choose an area"))
        self.area.setCurrentIndex(-1)
        self.area_words = text_label(self, muted=True, name="boundary-area-description")
        self.area.currentIndexChanged.connect(self._area_changed)

        self.need = text_field(
            self,
            tr("The need behind it"),
            tr(
                "What do you need? For example: evenings where staying sober doesn't take all "
                "my strength."
            ),
            2,
        )
        self.statement = text_field(
            self,
            tr("Your boundary"),
            tr("If …, I will …"),
            3,
        )
        self.statement.setToolTip(
            tr(
                'Write what you will do: "If …, I will …". For example: "If there is drink in '
                "the house, I will spend the evening at my sister's.\""
            )
        )
        self.checks_title = QLabel(tr("Gentle checks"), self)
        self.checks_title.setFont(scaled_font(self.checks_title, TYPE.body, bold=True))
        self.checks_note = text_label(self, muted=True)
        self.checks_note.setText(tr("Suggestions only: your boundary saves whatever they say."))
        self.check_rows: list[CheckRow] = []
        self.checks_box = QVBoxLayout()
        self.checks_box.setSpacing(SPACE.s)
        self.rehearsal = text_field(
            self,
            tr("What you could say"),
            tr("A few words to practise, said the way you would on a calm day."),
            3,
        )

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks)
        self.statement.textChanged.connect(self._check_timer.start)

        self.save_on_ctrl_return(self.need, self.statement, self.rehearsal, self.area)
        self.buttons = self.add_buttons(
            tr("Save boundary"),
            tr("Close without saving: what you typed here is let go")
            if boundary is None
            else tr("Close without saving these changes"),
        )

        form = QVBoxLayout()
        form.setSpacing(SPACE.xs)
        fields: tuple[tuple[str, QWidget], ...] = (
            (tr("&Area"), self.area),
            (tr("The &need behind it"), self.need),
            (tr("&Boundary"), self.statement),
        )
        for label_text, widget in fields:
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            form.addSpacing(SPACE.s)
            form.addWidget(label)
            form.addWidget(widget)
            if widget is self.area:
                form.addWidget(self.area_words)
        form.addSpacing(SPACE.s)
        form.addWidget(self.checks_title)
        form.addWidget(self.checks_note)
        form.addLayout(self.checks_box)
        rehearsal_label = QLabel(tr("&Rehearse it"), self)
        rehearsal_label.setBuddy(self.rehearsal)
        form.addSpacing(SPACE.s)
        form.addWidget(rehearsal_label)
        form.addWidget(self.rehearsal)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, SPACE.s, 0)
        body_layout.addWidget(intro)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        scroll = scroll_area(body, self)
        keep_focus_in_view(scroll)  # the checks come in under the boundary after a pause

        bottom = QHBoxLayout()
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)

        if boundary is not None:
            self.area.setCurrentIndex(self.area.findData(boundary.area))
            self.need.setPlainText(boundary.need)
            self.statement.setPlainText(boundary.statement)
            self.rehearsal.setPlainText(boundary.rehearsal)
        self.run_checks()
        self.area.setFocus()
        self.resize(640, 720)

    # ----- the draft ---------------------------------------------------------------

    def _area_changed(self, _index: int) -> None:
        area_id = self.area.currentData()
        self.area_words.setText(area_description(area_id) if area_id else "")
        self.area_words.setVisible(bool(area_id))

    def draft(self) -> BoundaryDraft:
        area_id = self.area.currentData()
        current = self._boundary
        return BoundaryDraft(
            area=str(area_id) if area_id is not None else "",
            statement=self.statement.toPlainText(),
            need=self.need.toPlainText(),
            rehearsal=self.rehearsal.toPlainText(),
            bring_to_therapy=current.bring_to_therapy if current is not None else False,
            source_run_id=current.source_run_id if current is not None else None,
        )

    def run_checks(self) -> None:
        """Show the gentle checks for the boundary as written now."""
        from app.communication.boundary_draft import check_boundary

        self._check_timer.stop()
        # A boundary holds at most MAX_STATEMENT_CHARS; checking more only costs time.
        checks = check_boundary(self.statement.toPlainText()[: MAX_STATEMENT_CHARS + 1])
        while len(self.check_rows) < len(checks):
            row = CheckRow(self)
            self.checks_box.addWidget(row)
            self.check_rows.append(row)
        for row, check in zip(self.check_rows, checks, strict=False):
            row.show_check(check)
            row.show()
        for row in self.check_rows[len(checks) :]:
            row.hide()
        self.checks_title.setVisible(bool(checks))
        self.checks_note.setVisible(bool(checks))

    def checks_met(self) -> list[bool]:
        return [row.met for row in self.check_rows if not row.isHidden()]

    # ----- saving ------------------------------------------------------------------

    def refusal(self, error: BaseException) -> str:
        return reason(error)

    def save(self) -> None:
        """Save on the worker; a refused value shows here and nothing is lost."""
        if self._saving:
            return
        draft, current = self.draft(), self._boundary
        self._save_on_worker(
            jobs.create(draft) if current is None else jobs.update(current.id, draft)
        )

    def has_typed(self) -> bool:
        return any(f.toPlainText() for f in (self.need, self.statement, self.rehearsal))

    def wipe(self) -> None:
        """Forget every field (the vault is locking)."""
        self._check_timer.stop()
        for field in (self.need, self.statement, self.rehearsal):
            field.clear()
        self.banner.clear_message()
