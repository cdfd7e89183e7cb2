"""Small helpers shared by the journal repositories."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

Connection = Any  # sqlcipher3.dbapi2.Connection; the package ships no type hints


@contextlib.contextmanager
def transaction(connection: Connection) -> Iterator[None]:
    """All-or-nothing for a group of statements; nests inside a caller's transaction."""
    if connection.in_transaction:
        connection.execute("SAVEPOINT journal")
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK TO journal")
            connection.execute("RELEASE journal")
            raise
        connection.execute("RELEASE journal")
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
