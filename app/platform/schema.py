"""One numbered schema step (a migration) owned by a feature module.

Steps are numbered on ``PRAGMA user_version`` across all modules, in the order
``app/vault/migrations.py`` lists them. A step, once released, never changes: a vault
made at any version must reach the latest by running the steps after its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Connection = Any  # sqlcipher3.dbapi2.Connection; the package ships no type hints


@dataclass(frozen=True)
class SchemaStep:
    """Run inside the migration's transaction; ``apply`` must not commit."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def run_statements(statements: Sequence[str]) -> Callable[[Connection], None]:
    """A step's ``apply`` that runs ``statements`` in order."""

    def apply(connection: Connection) -> None:
        for statement in statements:
            connection.execute(statement)

    return apply
