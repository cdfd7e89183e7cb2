"""The open (or locked) vault as the UI sees it.

The ``Vault`` object and its connection live on the worker thread: the UI never calls
them directly. Every operation is a job for :class:`ui.tasks.TaskManager`, and results
come back as callbacks on the UI thread.

A lock can happen while an unlock is still deriving its key (the person pressed the
quick-hide shortcut, say). Each lock starts a new "generation"; a result that belongs
to an older generation closes the vault it opened and is otherwise ignored.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.platform.sentence import carried_sentence
from app.vault.layout import VaultPaths
from ui.tasks import OnError, TaskManager

if TYPE_CHECKING:
    from app.platform.changes import OpResult
    from app.vault.kdf import KdfParams
    from app.vault.vault import Vault

T = TypeVar("T")
log = logging.getLogger(__name__)

# After unlocking, the whole database file is checked on the worker (about 1 s per
# 300 MB); the first screen's queries are queued before it, so they come first.
VERIFY_DELAY_MS = 300


def _run_then_keep_log_small(fn: Callable[[Vault], T], vault: Vault) -> T:
    """Run ``fn`` on the worker, then checkpoint if the write-ahead log grew large."""
    result = fn(vault)
    try:
        vault.keep_log_small()
    except Exception as error:  # a checkpoint can wait for the next job
        log.warning("checkpoint failed: %s", type(error).__name__)
    return result


def _is_damage(error: BaseException) -> bool:
    """True for errors that mean the database file itself is damaged."""
    from app.vault import engine
    from app.vault.errors import VaultDamaged

    if isinstance(error, VaultDamaged):
        return True
    if isinstance(error, engine.database_errors()):
        return isinstance(engine.classify(error), VaultDamaged)
    return False


class _Relay(QObject):
    """Carries the file check's outcome from its thread to the UI thread."""

    file_checked = Signal(int, bool)  # generation, damaged


class Session(QObject):
    """Owns the vault through the worker thread; emits ``unlocked`` and ``locked``."""

    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()
    # Damage was found in the open journal: it is read-only from now on (the message).
    damaged = Signal(str)
    # An operation changed data (app.platform.changes.Changes): every page that shows
    # any of its topics reloads from it (docs/ARCHITECTURE.md, "Change notifications").
    changed = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskManager,
        *,
        kdf: KdfParams | None = None,
        keyring_backend: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = VaultPaths.for_dir(data_dir)
        self.tasks = tasks
        self._kdf = kdf
        self._keyring_backend = keyring_backend
        self._vault: Vault | None = None
        self._generation = 0
        # What opening found and did (a stray log set aside...), for the person.
        self.notices: list[str] = []
        # Set when damage is found; kept after locking, so the lock screen offers a
        # restore, and cleared when a backup is restored.
        self.damage: str | None = None
        self.verify_delay_ms = VERIFY_DELAY_MS
        self._damage_told = -1  # the generation whose damage was announced
        self._relay = _Relay(self)
        self._relay.file_checked.connect(self._file_checked)

    # ----- state -------------------------------------------------------------------

    def is_unlocked(self) -> bool:
        return self._vault is not None

    def vault_exists(self) -> bool:
        return self.paths.exists()

    # ----- opening -----------------------------------------------------------------

    def _open_job(
        self,
        job: Callable[[], tuple[Vault, T]],
        on_done: Callable[[T], None],
        on_error: OnError,
    ) -> None:
        """Run a job that opens the vault; adopt it only if no lock happened meanwhile."""
        generation = self._generation

        def done(result: tuple[Vault, T]) -> None:
            vault, extra = result
            if generation != self._generation or self._vault is not None:
                self.tasks.run(vault.close)
                return
            self._vault = vault
            self.notices = list(vault.notices)
            on_done(extra)
            self.unlocked.emit()
            QTimer.singleShot(self.verify_delay_ms, lambda: self._verify(generation))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                on_error(error)

        self.tasks.run(job, done, failed)

    def create(self, passphrase: str, on_done: Callable[[str], None], on_error: OnError) -> None:
        """Create the vault; ``on_done`` receives the recovery code (show it once)."""
        root, kdf = self.paths.root, self._kdf

        def job() -> tuple[Vault, str]:
            from app.vault.vault import Vault

            if kdf is None:
                return Vault.create(root, passphrase)
            return Vault.create(root, passphrase, kdf=kdf)

        self._open_job(job, on_done, on_error)

    def unlock(self, passphrase: str, on_done: Callable[[None], None], on_error: OnError) -> None:
        root = self.paths.root

        def job() -> tuple[Vault, None]:
            from app.vault.vault import Vault

            return Vault.unlock(root, passphrase), None

        self._open_job(job, on_done, on_error)

    def unlock_remembered(self, on_done: Callable[[bool], None]) -> None:
        """Try the key remembered on this device; ``on_done(False)`` means ask instead.

        Any failure (nothing remembered, keyring locked, a stale key) is a quiet
        fallback to the passphrase screen.
        """
        paths, backend = self.paths, self._keyring_backend

        def job() -> tuple[Vault, bool]:
            from app.vault.remember import DeviceMemory
            from app.vault.vault import Vault

            key = DeviceMemory(paths, backend).recall()
            if key is None:
                raise LookupError("nothing remembered")
            return Vault.unlock_with_data_key(paths.root, key), True

        self._open_job(job, on_done, lambda _error: on_done(False))

    def reset_with_recovery_code(
        self, code: str, new_passphrase: str, on_done: Callable[[None], None], on_error: OnError
    ) -> None:
        root = self.paths.root

        def job() -> tuple[Vault, None]:
            from app.vault.vault import Vault

            return Vault.reset_with_recovery_code(root, code, new_passphrase), None

        self._open_job(job, on_done, on_error)

    def restore_newest_backup(
        self, passphrase: str, on_done: Callable[[None], None], on_error: OnError
    ) -> None:
        root = self.paths.root

        def job() -> tuple[Vault, None]:
            from app.vault.vault import Vault

            return Vault.restore_newest_backup(root, passphrase), None

        def restored(extra: None) -> None:
            self.damage = None
            on_done(extra)

        self._open_job(job, restored, on_error)

    # ----- while open --------------------------------------------------------------

    def submit(
        self,
        fn: Callable[[Vault], T],
        on_done: Callable[[T], None] | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Run ``fn(vault)`` on the worker thread. Results of a locked-away vault are dropped."""
        vault = self._vault
        if vault is None:
            raise RuntimeError("the vault is locked")
        generation = self._generation

        def done(result: T) -> None:
            if generation == self._generation and on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation and _is_damage(error):
                self._found_damage()
            if on_error is None:
                log.error(
                    "vault job failed: %s",
                    type(error).__name__,
                )
            elif generation == self._generation:
                on_error(error)

        self.tasks.run(lambda: _run_then_keep_log_small(fn, vault), done, failed)

    def run_op(
        self,
        op: Callable[[Vault], OpResult[T]],
        on_done: Callable[[T], None] | None = None,
        on_error: OnError | None = None,
        *,
        origin: object | None = None,
    ) -> None:
        """Run an operation that changes data; then announce what it changed.

        ``on_done`` gets the operation's value first (so the page that asked can update
        itself), then ``changed`` is emitted once with the changes, marked with
        ``origin`` so that page can tell its own change from others'.
        """

        def done(result: OpResult[T]) -> None:
            if on_done is not None:
                on_done(result.value)
            if not result.changes.is_empty():
                self.changed.emit(result.changes.from_origin(origin))

        self.submit(op, done, on_error)

    # ----- damage ------------------------------------------------------------------

    def _verify(self, generation: int) -> None:
        """Check every page of the database file once per unlock; on damage, read-only.

        The check (about 1.5 s at 100,000 entries) runs on a thread of its own with a
        connection of its own that reads the file alone, so autosave never waits for
        it; the vault holds its checkpoints meanwhile, so the file does not change under
        the check. A good file then begins a new write-ahead log generation
        (app/vault/wal_epoch.py), held back until now so that a damaged file is never
        written to by it.
        """
        if generation != self._generation or self._vault is None:
            return

        def hold_checkpoints(vault: Vault) -> bytes:
            vault.file_check_running.set()
            return vault.data_key

        self.submit(hold_checkpoints, lambda key: self._check_file(generation, key))

    def _check_file(self, generation: int, data_key: bytes) -> None:
        database, relay = self.paths.database, self._relay

        def work() -> None:
            from app.vault.errors import VaultDamaged
            from app.vault.vault import check_file_in_own_connection

            try:
                damaged = bool(check_file_in_own_connection(database, data_key))
            except VaultDamaged:
                damaged = True
            except Exception as error:  # not damage: say nothing, try next unlock
                log.warning("file check failed: %s", type(error).__name__)
                damaged = False
            relay.file_checked.emit(generation, damaged)

        threading.Thread(target=work, name="mooring-file-check", daemon=True).start()

    def _file_checked(self, generation: int, damaged: bool) -> None:
        if generation != self._generation or self._vault is None:
            return

        def job(vault: Vault) -> str | None:
            vault.file_check_running.clear()
            if damaged:
                vault.mark_damaged()
            else:
                vault.start_new_log()
            return vault.damage

        def checked(damage: str | None) -> None:
            if damage is not None:
                self._announce_damage(damage)

        self.submit(job, checked)

    def _found_damage(self) -> None:
        """A job met damage: make the session read-only, then tell the person once."""
        if self._vault is None or self._damage_told == self._generation:
            return

        def job(vault: Vault) -> str:
            vault.mark_damaged()
            return vault.damage or ""

        self.submit(job, self._announce_damage)

    def _announce_damage(self, message: str) -> None:
        if self._damage_told != self._generation:
            self._damage_told = self._generation
            self.damage = message
            self.damaged.emit(message)

    def remember_on_device(self, on_done: Callable[[str | None], None]) -> None:
        """Store the data key in the keyring; ``on_done`` gets None or the reason it failed."""
        paths, backend = self.paths, self._keyring_backend

        def job(vault: Vault) -> str | None:
            from app.vault.remember import DeviceMemory

            return DeviceMemory(paths, backend).remember(vault.data_key)

        # The reason as raised (a sentence keeps its template for the window to translate).
        self.submit(job, on_done, lambda error: on_done(carried_sentence(error) or str(error)))

    def forget_on_device(self) -> None:
        """Remove the remembered key (best effort; works while locked too)."""
        paths, backend = self.paths, self._keyring_backend

        def job() -> None:
            from app.vault.remember import DeviceMemory

            DeviceMemory(paths, backend).forget()

        self.tasks.run(job)

    def change_passphrase(
        self, old: str, new: str, on_done: Callable[[None], None], on_error: OnError
    ) -> None:
        self.submit(lambda vault: vault.change_passphrase(old, new), on_done, on_error)

    # ----- locking -----------------------------------------------------------------

    def lock(self) -> None:
        """Close the vault on the worker (after any queued saves) and forget it here."""
        self._generation += 1
        vault = self._vault
        if vault is None:
            return
        # Modules queue their last saves now; they run before the close below.
        self.about_to_lock.emit()
        self._vault = None
        self.tasks.run(vault.close)
        self.locked.emit()

    def preload(self, modules: tuple[str, ...] = ()) -> None:
        """Import the database engine (and ``modules``) on the worker while the person
        types, so the first unlock does not wait for them."""
        if self.tasks.is_closed() or self._vault is not None:
            return

        def job() -> None:
            import app.vault.vault  # noqa: F401

            for name in modules:
                importlib.import_module(name)

        self.tasks.run(job, None, lambda _error: None)
