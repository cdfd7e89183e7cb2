"""The "bring up next time" queue as a checklist: tick a topic off at a session, or add
one. Shown on the next planned session (Upcoming) and in every session's editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import MAX_TOPIC_CHARS, Topic
from ui.common.sensitive import wipe_line_edit
from ui.sessions.layout import fit_list_height
from ui.sessions.words import PLAIN, shown

TopicRole = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 5


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionTopics", text)


class TopicList(QWidget):
    """Open topics (and those ticked off at this session), with a field to add one."""

    toggled = Signal(int, bool)  # topic id, ticked off (True) or back in the queue
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_id: int | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Topics to bring up"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._item_changed)
        self.empty = QLabel(self)
        self.empty.setTextFormat(PLAIN)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(tr("About topics to bring up"))
        self.new_topic = QLineEdit(self)
        self.new_topic.setMaxLength(MAX_TOPIC_CHARS)
        self.new_topic.setPlaceholderText(tr("Something to bring up next time"))
        self.new_topic.setAccessibleName(tr("New topic to bring up"))
        self.new_topic.returnPressed.connect(self._add)
        self.add_button = QPushButton(tr("Add topic"), self)
        self.add_button.setAccessibleName(tr("Add this topic"))
        self.add_button.setToolTip(
            tr("Add it to the list ({key})").format(
                key=QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_topic, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.set_topics([], None)

    def set_topics(self, topics: list[Topic], session_id: int | None) -> None:
        """Show ``topics``; with a session they can be ticked off at it."""
        self._session_id = session_id
        # Keep the person's place: the topic that had the focus keeps it after a tick
        # (which moves it down the list) or a reload.
        current = self.list.currentItem()
        current_id = None if current is None else current.data(TopicRole)
        with QSignalBlocker(self.list):
            self.list.clear()
            for topic in topics:
                item = QListWidgetItem(shown(topic.text))
                item.setData(TopicRole, topic.id)
                if session_id is not None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    ticked = topic.done_at is not None and topic.done_session_id == session_id
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                self.list.addItem(item)
                if topic.id == current_id:
                    self.list.setCurrentItem(item)
        fit_list_height(self.list, VISIBLE_ROWS)
        self.list.setVisible(bool(topics))
        if topics:
            self.empty.setText(
                tr("Tick one off once you've brought it up.") if session_id is not None else ""
            )
        else:
            self.empty.setText(
                tr("Nothing waiting. Add something you'd like to talk about next time.")
            )
        self.empty.setVisible(bool(self.empty.text()))

    def topic_texts(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def item_for(self, text: str) -> QListWidgetItem | None:
        found = self.list.findItems(text, Qt.MatchFlag.MatchExactly)
        return found[0] if found else None

    def _item_changed(self, item: QListWidgetItem) -> None:
        topic_id = item.data(TopicRole)
        if topic_id is None or self._session_id is None:
            return
        self.toggled.emit(int(topic_id), item.checkState() == Qt.CheckState.Checked)

    def _add(self) -> None:
        text = self.new_topic.text().strip()
        if text:
            self.add_requested.emit(text)

    def topic_added(self) -> None:
        """The topic typed was stored: empty the field for the next one."""
        wipe_line_edit(self.new_topic)

    def clear(self) -> None:
        wipe_line_edit(self.new_topic)
        self.set_topics([], None)
