"""Transactions for repositories: all or nothing, nesting inside a caller's."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

Connection = Any  # sqlcipher3.dbapi2.Connection; the package ships no type hints


@contextlib.contextmanager
def transaction(connection: Connection) -> Iterator[None]:
    """All-or-nothing for a group of statements; nests inside a caller's transaction."""
    if connection.in_transaction:
        connection.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK TO nested")
            connection.execute("RELEASE nested")
            raise
        connection.execute("RELEASE nested")
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
