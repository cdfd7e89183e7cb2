"""A feature module, declared in one place: ``app/<module>/module.py`` defines ``MODULE``.

The window side of a module is its twin package ``ui/<module>/``, which registers the
module's pages with the navigation (``ui/shell/navigation.py``). See
docs/ARCHITECTURE.md, "Feature modules", for how one is built, with check-ins as the
worked example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.platform.changes import Topic
from app.platform.contributions import (
    CountSource,
    DemoSource,
    ExportSource,
    PacketSource,
    RestoreSource,
    TimelineSource,
)
from app.platform.schema import SchemaStep

_MODULE_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class FeatureModule:
    """Everything the rest of Mooring needs to know about one module.

    ``schema``: the module's steps, in order; ``app/vault/migrations.py`` lists every
    module's steps in the one order vaults migrate in.
    ``topics``: what its operations report as changed (app/platform/changes.py).
    ``demo``: fills demo data for ``mooring demo`` (inside the demo's transaction);
    returns how many records it added.
    ``timeline`` / ``packet`` / ``export``: its contributions to the shared views.
    ``export_count``: how many records ``export`` gives (asked first, for progress).
    ``restore``: puts records of its ``export`` back (the Mooring-JSON import), inside
    the import's transaction; says what it added and what it left out and why.
    """

    id: str
    title: str  # English, for the CLI and logs of structure (never content)
    schema: tuple[SchemaStep, ...] = ()
    topics: tuple[Topic, ...] = ()
    demo: DemoSource | None = None
    timeline: TimelineSource | None = None
    packet: PacketSource | None = None
    export: ExportSource | None = None
    export_count: CountSource | None = None
    restore: RestoreSource | None = None

    def __post_init__(self) -> None:
        if not _MODULE_ID.fullmatch(self.id):
            raise ValueError(f"module id {self.id!r} must be lowercase letters, digits, _")
        for topic in self.topics:
            if not topic.name.startswith(self.id + "."):
                raise ValueError(f"topic {topic.name!r} must start with {self.id!r}.")
