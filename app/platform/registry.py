"""The feature modules, in order. Imported lazily: the CLI's quick commands skip it."""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the lock screen reads MODULE_PACKAGES; the modules come at unlock
    from app.platform.module import FeatureModule

# Each package has a ``module.py`` that defines ``MODULE``. Order is the order modules
# are asked for demo data and contributions (a module may rely on earlier ones).
MODULE_PACKAGES: tuple[str, ...] = (
    "app.journal",
    "app.checkins",
    "app.sessions",
    "app.exercises",
    "app.boundaries",
    "app.invitations",
    "app.reflection",
    "app.measures",
    "app.safety",
)


@cache
def feature_modules() -> tuple[FeatureModule, ...]:
    from app.platform.module import FeatureModule

    found: list[FeatureModule] = []
    for package in MODULE_PACKAGES:
        declared = importlib.import_module(f"{package}.module").MODULE
        if not isinstance(declared, FeatureModule):
            raise TypeError(f"{package}.module.MODULE is not a FeatureModule")
        found.append(declared)
    ids = [m.id for m in found]
    if len(set(ids)) != len(ids):
        raise ValueError("two feature modules share an id")
    return tuple(found)


def find(module_id: str) -> FeatureModule:
    for module in feature_modules():
        if module.id == module_id:
            return module
    raise KeyError(module_id)
