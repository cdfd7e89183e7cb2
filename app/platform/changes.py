"""What an operation changed, as a value the window can hand to every page.

An operation that writes returns ``OpResult(value, changes)``. The window's session
emits one ``changed`` signal with the ``Changes``; each page asks
``changes.touches(SOME_TOPIC)`` and reloads what it shows from it. Nothing is wired
page to page, so a module added later refreshes the same way (the model is Anki's
``OpChanges``; see docs/ARCHITECTURE.md, "Change notifications").

A ``Topic`` names one kind of data (entries, tags, check-ins, sessions...). Each module
declares its topics next to its repository; a topic carries no content, only a name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from app.platform.sql import Connection, transaction

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Topic:
    """A kind of data that can change, named ``module.kind`` (e.g. ``journal.entries``)."""

    name: str

    def __post_init__(self) -> None:
        module, _dot, kind = self.name.partition(".")
        if not module or not kind:
            raise ValueError("a topic is named 'module.kind'")


@dataclass(frozen=True)
class Changes:
    """The topics an operation changed; ``origin`` is the object that asked for it.

    A page that made a change itself (the editor that saved an entry) can recognise
    its own ``origin`` and skip reloading what it already shows.
    """

    topics: frozenset[Topic] = field(default_factory=frozenset)
    origin: object | None = field(default=None, compare=False)

    @classmethod
    def of(cls, *topics: Topic, origin: object | None = None) -> Changes:
        return cls(frozenset(topics), origin)

    def touches(self, *topics: Topic) -> bool:
        """True when any of ``topics`` changed."""
        return not self.topics.isdisjoint(topics)

    def is_empty(self) -> bool:
        return not self.topics

    def merged(self, others: Iterable[Changes]) -> Changes:
        """These changes and ``others`` together (the origin of these is kept)."""
        topics = set(self.topics)
        for other in others:
            topics |= other.topics
        return Changes(frozenset(topics), self.origin)

    def from_origin(self, origin: object) -> Changes:
        return Changes(self.topics, origin)

    def __repr__(self) -> str:  # names only: a change never carries content
        names = ", ".join(sorted(t.name for t in self.topics))
        return f"Changes({names})"


NOTHING = Changes()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What a writing operation returns: its value and what it changed."""

    value: T
    changes: Changes


def in_transaction(connection: Connection, work: Callable[[], T], *topics: Topic) -> OpResult[T]:
    """Run ``work`` in one transaction; its value, and ``topics`` as what changed."""
    with transaction(connection):
        value = work()
    return OpResult(value, Changes.of(*topics))
