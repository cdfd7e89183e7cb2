"""Opening SQLCipher connections with the required settings, verified by reading back."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from app.platform.sentence import sentence
from app.vault.errors import EngineUnsupported, StorageError, VaultDamaged

# Set after the key, each read back; start-up refuses to continue on any mismatch.
# (pragma, value to set, accepted read-back values)
REQUIRED_PRAGMAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("cipher_memory_security", "ON", ("1",)),
    ("temp_store", "2", ("2",)),
    ("secure_delete", "ON", ("1",)),
    ("journal_mode", "WAL", ("wal",)),
    ("synchronous", "FULL", ("2",)),
    ("foreign_keys", "ON", ("1",)),
    # Mooring checkpoints itself, so that it knows where each log begins (wal_epoch.py).
    ("wal_autocheckpoint", "0", ("0",)),
)

Connection = Any  # sqlcipher3.dbapi2.Connection; the package ships no type hints


_quietened = False

# SQLite primary result codes that mean "the file is not a readable vault" rather than
# "the operating system refused".
_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def _sqlcipher() -> Any:
    global _quietened
    import sqlcipher3

    if not _quietened:
        # SQLCipher logs decryption failures to stderr; a person must only ever see our
        # one-line messages, and logs must never describe the vault.
        probe = sqlcipher3.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE").fetchall()
        finally:
            probe.close()
        _quietened = True
    return sqlcipher3


def classify(error: BaseException) -> VaultDamaged | StorageError:
    """Turn a SQLite error into the vault error a person should see."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) not in _DAMAGE_CODES:
        return StorageError(
            "Mooring can't use its data folder; check that it exists and is writable."
        )
    return VaultDamaged(
        "The journal database is damaged, was changed outside Mooring, or is not a Mooring vault."
    )


def database_errors() -> tuple[type[BaseException], ...]:
    module = _sqlcipher()
    return (module.DatabaseError,)


def key_pragma_value(data_key: bytes) -> str:
    """SQLCipher's raw-key syntax: the key is used as-is, with no SQLCipher KDF."""
    return f"x'{data_key.hex()}'"


def _read_pragma(connection: Connection, name: str) -> str:
    row = connection.execute(f"PRAGMA {name}").fetchone()
    return "" if row is None else str(row[0]).lower()


def require_sqlcipher_4(connection: Connection) -> str:
    version = _read_pragma(connection, "cipher_version")
    if not version.startswith("4."):
        raise EngineUnsupported(
            "Mooring needs SQLCipher 4 to protect your data, and it could not find it."
        )
    return version


# The settings of a connection that only reads: journal mode and checkpoints belong
# to the file and to the writer, and a read-only connection may not change them.
_READER_SKIPS = frozenset({"journal_mode", "wal_autocheckpoint"})


def apply_reader_pragmas(connection: Connection) -> None:
    """The required protections on a read-only connection, each read back; then
    ``query_only``, so not even a mistaken statement could write."""
    _apply(connection, [p for p in REQUIRED_PRAGMAS if p[0] not in _READER_SKIPS])
    connection.execute("PRAGMA query_only = ON")


def apply_required_pragmas(connection: Connection) -> None:
    _apply(connection, REQUIRED_PRAGMAS)


def _apply(connection: Connection, pragmas: Sequence[tuple[str, str, tuple[str, ...]]]) -> None:
    for name, value, accepted in pragmas:
        connection.execute(f"PRAGMA {name} = {value}").fetchall()
        actual = _read_pragma(connection, name)
        if actual not in accepted:
            raise EngineUnsupported(
                sentence(
                    "Mooring could not turn on a required protection ({name}); nothing was opened.",
                    name=name,
                )
            )


def connect(
    database: Path,
    data_key: bytes,
    *,
    create: bool = False,
    read_only: bool = False,
    in_use: bool = False,
) -> Connection:
    """Open ``database`` with ``data_key``, check it is a readable SQLCipher 4 database.

    Nothing is written until the schema has been read successfully, so a wrong key or
    a damaged file leaves every byte as it was. The caller applies the pragmas that
    may write (journal_mode) through ``apply_required_pragmas``.

    ``in_use`` (with ``read_only``): another connection may be writing to the database
    meanwhile, so it is read through SQLite's WAL locking (plain ``mode=ro``), never
    as "immutable", even when no -wal file exists at this moment.
    """
    if not create and not database.exists():
        raise VaultDamaged("The journal database is missing from the data folder.")
    if read_only and not in_use and not Path(str(database) + "-wal").exists():
        # A read-only WAL open would still create -wal and -shm files. With no WAL file
        # present everything is in the main file, so "immutable" reads it without
        # creating anything (and works in a folder we may not write to).
        return _open(database, data_key, "mode=ro&immutable=1")
    mode = "ro" if read_only else ("rwc" if create else "rw")
    return _open(database, data_key, f"mode={mode}")


def open_file_only(database: Path, data_key: bytes) -> Connection:
    """Read the database file alone, ignoring any write-ahead log beside it.

    "immutable" reads without locks and without looking at -wal or -shm, and creates
    no file, so it works in a folder nobody may write to.
    """
    return _open(database, data_key, "mode=ro&immutable=1")


@contextlib.contextmanager
def reader_beside_the_app(database: Path, data_key: bytes) -> Iterator[Connection]:
    """A read-only connection of its own for a long read (an export) while the app's
    worker goes on writing: plain ``mode=ro`` through SQLite's WAL locking, the same
    protections as every connection, ``query_only``; closed on leaving.

    docs/ARCHITECTURE.md ("Threads") gives the worker sole ownership of the app's
    connection; this one is private to the thread that opens it and never writes, so
    the worker's autosaves do not wait behind a read of minutes. A read transaction
    the caller holds keeps the app's checkpoints from emptying the log meanwhile;
    they try again after it ends.
    """
    connection = connect(database, data_key, read_only=True, in_use=True)
    try:
        apply_reader_pragmas(connection)
        yield connection
    finally:
        connection.close()


def open_with_log_read_only(database: Path, data_key: bytes) -> Connection:
    """Read the database as it is with its write-ahead log applied, changing no file.

    A read-only connection never checkpoints. The "-none" VFS takes no file locks and,
    in exclusive locking mode, keeps the log's index in memory instead of creating or
    rewriting -shm. Only for a folder no other connection is using: the caller holds
    the instance lock (or, for ``check``, tolerates a view that may be a moment old).
    """
    vfs = "win32-none" if sys.platform == "win32" else "unix-none"
    return _open(database, data_key, f"mode=ro&vfs={vfs}", exclusive=True)


def _open(database: Path, data_key: bytes, query: str, *, exclusive: bool = False) -> Connection:
    if "mode=rwc" not in query:
        # Said plainly rather than as SQLite's "unable to open" (read as a folder that
        # can't be written): a missing database, or a folder in its place, is damage.
        if not database.exists():
            raise VaultDamaged("The journal database is missing from the data folder.")
        if not database.is_file():
            raise VaultDamaged(
                "The journal database is not a file; it was changed outside Mooring."
            )
    sqlcipher3 = _sqlcipher()
    uri = f"{database.absolute().as_uri()}?{query}"
    try:
        connection = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    except sqlcipher3.OperationalError as error:
        raise StorageError(
            "Mooring can't open its data folder; check that it is writable."
        ) from error
    try:
        connection.execute(f'PRAGMA key = "{key_pragma_value(data_key)}"')
        require_sqlcipher_4(connection)
        if exclusive:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as error:
            raise classify(error) from error
    except BaseException:
        with contextlib.suppress(Exception):
            connection.close()
        raise
    return connection


def self_check() -> str:
    """Start-up check of the SQLCipher library on an in-memory database.

    Returns the cipher version; raises EngineUnsupported when anything is missing.
    """
    sqlcipher3 = _sqlcipher()
    connection = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        connection.execute(f'PRAGMA key = "{key_pragma_value(bytes(32))}"')
        version = require_sqlcipher_4(connection)
        for name, value, accepted in REQUIRED_PRAGMAS:
            if name == "journal_mode":
                continue  # in-memory databases cannot use WAL; checked on every real open
            connection.execute(f"PRAGMA {name} = {value}").fetchall()
            if _read_pragma(connection, name) not in accepted:
                raise EngineUnsupported(
                    sentence("SQLCipher refused the required setting {name}.", name=name)
                )
        try:
            connection.execute("CREATE VIRTUAL TABLE probe USING fts5(body)")
        except sqlcipher3.OperationalError as error:
            raise EngineUnsupported(
                "SQLCipher was built without full-text search (FTS5)."
            ) from error
    finally:
        connection.close()
    return version
