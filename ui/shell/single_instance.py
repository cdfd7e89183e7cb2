"""One Mooring window per data folder.

The first launch holds the folder's lock file and listens on a local socket. A second
launch for the same folder finds the lock taken, asks the first one to come to the
front and exits. The socket name is a hash of the folder path, so it does not reveal
where the journal lives (socket names are visible to other programs).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from ui.shell.instance_lock import QtInstanceLock

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QDeadlineTimer
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
# How long a second launch tries to reach the first one, all waits included.
HANDOVER_TIMEOUT_MS = 2000
_RETRY_INTERVAL_MS = 100


# Unix socket paths are limited to 104 bytes on macOS (108 on Linux).
_MAX_SOCKET_PATH = 100


def server_name(data_dir: Path) -> str:
    """A stable, opaque local-socket name for one data folder (per OS user).

    On Unix Qt puts a bare name in the temp folder; when that folder's path is so long
    the socket path would not fit, both launches use the same short absolute path.
    """
    folder = os.path.normcase(str(Path(data_dir).expanduser().absolute()))
    digest = hashlib.sha256(folder.encode("utf-8")).hexdigest()[:24]
    name = f"mooring-{digest}"
    if sys.platform == "win32":
        return name
    from PySide6.QtCore import QDir

    if len(QDir.tempPath().encode("utf-8")) + 1 + len(name) <= _MAX_SOCKET_PATH:
        return name
    return f"/tmp/{name}"


class SingleInstance(QObject):
    """Holds the instance lock and the local server for one data folder."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = QtInstanceLock(lock_file)
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        return self._name

    def acquire(self, *, listen: bool = True) -> bool:
        """Become the primary instance; False when another one already is.

        With ``listen=False`` only the lock is taken; call :meth:`listen` later. Until
        then a second launch keeps trying for ``HANDOVER_TIMEOUT_MS``, then gives up.
        """
        if not self._lock.acquire():
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Start answering later launches for this folder."""
        if self._server is not None or not self._lock.is_held():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            # We hold the lock, so a socket with this name is left over from a crash.
            QLocalServer.removeServer(self._name)
            if not server.listen(self._name):
                # Raising from a second launch will not work; everything else does.
                log.warning("could not listen for other launches")
                return
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    @Slot()
    def _on_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE_MESSAGE.strip() in data:
            self.raise_requested.emit()

    def release(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            from PySide6.QtNetwork import QLocalSocket

            for socket in server.findChildren(QLocalSocket):
                socket.readyRead.disconnect(self._on_ready_read)
                socket.abort()
            server.close()
            server.deleteLater()
        self._lock.release()


def ask_running_instance_to_raise(data_dir: Path, timeout_ms: int = HANDOVER_TIMEOUT_MS) -> bool:
    """Tell the instance that holds ``data_dir`` to show its window. True if it was told.

    Returns within about ``timeout_ms`` whatever the other side does: every wait is
    bounded by one deadline. The message is left in the socket for the other instance
    to read when its event loop gets to it; this side never waits for a reply.
    """
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtNetwork import QLocalSocket

    name = server_name(data_dir)
    deadline = QDeadlineTimer(timeout_ms)

    def remaining_ms() -> int:
        return max(1, int(deadline.remainingTime()))

    while True:
        socket = QLocalSocket()
        try:
            socket.connectToServer(name)
            if socket.waitForConnected(remaining_ms()):
                return _send(socket, deadline, remaining_ms)
        finally:
            socket.abort()
        # Nobody listening yet (the lock holder is starting up, or is a command-line
        # run that never listens): try again until the deadline.
        if deadline.hasExpired():
            return False
        QThread.msleep(min(_RETRY_INTERVAL_MS, remaining_ms()))


def _send(socket: QLocalSocket, deadline: QDeadlineTimer, remaining_ms: Callable[[], int]) -> bool:
    socket.write(RAISE_MESSAGE)
    while socket.bytesToWrite() > 0 and not deadline.hasExpired():
        if not socket.waitForBytesWritten(remaining_ms()):
            break
    sent = socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != socket.LocalSocketState.UnconnectedState and not deadline.hasExpired():
        socket.waitForDisconnected(remaining_ms())
    return sent
