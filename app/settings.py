"""The typed schema of Mooring's settings: the only values ever written to QSettings.

Everything here is deliberately non-sensitive (design rule 8): no entry text, titles,
counts, dates, paths the user chose, or key material. The UI stores these values with
QSettings, which hands back strings from INI files, so :func:`coerce` accepts the string
forms too and turns anything unexpected into the default instead of failing.

Upgrades follow MusicBrainz Picard's pattern: stored settings carry ``settings_version``;
each entry in :data:`UPGRADES` moves a raw mapping from version N-1 to N, and
:func:`upgrade` runs the ones newer than the stored version, in order.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

SettingValue = int | bool | str

VERSION_KEY: Final = "settings_version"
SETTINGS_VERSION: Final = 1

_TRUE_STRINGS: Final = frozenset({"true", "1"})
_FALSE_STRINGS: Final = frozenset({"false", "0"})


@dataclass(frozen=True)
class Setting(ABC):
    """One allowed setting: its key, default and a one-line description."""

    key: str
    description: str

    @property
    @abstractmethod
    def default(self) -> SettingValue:
        """The value used when nothing valid is stored."""

    @abstractmethod
    def parse(self, raw: object) -> SettingValue | None:
        """The value ``raw`` stands for, or None when it is not an allowed value."""

    def coerce(self, raw: object) -> SettingValue:
        """``raw`` as an allowed value, or the default when it is not one."""
        value = self.parse(raw)
        return self.default if value is None else value


@dataclass(frozen=True)
class IntSetting(Setting):
    """A whole number within ``minimum..maximum`` (inclusive)."""

    int_default: int
    minimum: int
    maximum: int

    def __post_init__(self) -> None:
        if not self.minimum <= self.int_default <= self.maximum:
            raise ValueError(f"default of {self.key} is outside its range")

    @property
    def default(self) -> int:
        return self.int_default

    def parse(self, raw: object) -> int | None:
        # bool is an int subclass; True must not silently become 1 minute.
        if isinstance(raw, bool):
            return None
        if isinstance(raw, int):
            value = raw
        elif isinstance(raw, str):
            text = raw.strip()
            digits = text[1:] if text[:1] in "+-" else text
            # isdecimal() alone would accept non-ASCII digits such as U+0665.
            if not (digits.isascii() and digits.isdecimal()) or len(digits) > 9:
                return None
            value = int(text)
        else:
            return None
        return value if self.minimum <= value <= self.maximum else None


@dataclass(frozen=True)
class BoolSetting(Setting):
    """On or off."""

    bool_default: bool

    @property
    def default(self) -> bool:
        return self.bool_default

    def parse(self, raw: object) -> bool | None:
        if isinstance(raw, bool):
            return raw
        # The Windows registry backend of QSettings may hand back 0/1 as integers.
        if isinstance(raw, int):
            return {0: False, 1: True}.get(raw)
        if isinstance(raw, str):
            text = raw.strip().lower()
            if text in _TRUE_STRINGS:
                return True
            if text in _FALSE_STRINGS:
                return False
        return None


@dataclass(frozen=True)
class ChoiceSetting(Setting):
    """One of a fixed set of short names."""

    choices: tuple[str, ...]
    choice_default: str

    def __post_init__(self) -> None:
        if self.choice_default not in self.choices:
            raise ValueError(f"default of {self.key} is not one of its choices")

    @property
    def default(self) -> str:
        return self.choice_default

    def parse(self, raw: object) -> str | None:
        if not isinstance(raw, str):
            return None
        text = raw.strip().lower()
        return text if text in self.choices else None


IDLE_TIMEOUT_MINUTES: Final = "idle_timeout_minutes"
DISCREET_MODE: Final = "discreet_mode"
REMEMBER_ON_DEVICE: Final = "remember_on_device"
APPEARANCE: Final = "appearance"
SESSION_REMINDERS: Final = "session_reminders"
JOURNAL_FILTERS_OPEN: Final = "journal_filters_open"
HELP_REGION: Final = "help_region"
# The window's language: "system" follows the system's, else a language code.
LANGUAGE: Final = "language"
LANGUAGE_CHOICES: Final = ("system", "en", "es")
# Where "Get help now" and the safety panel look for lines: "system" follows the
# system locale's country; "other" is "somewhere else" (the international directory).
# Codes only (app.content.crisis_lines.REGIONS, lower case), never content.
HELP_REGIONS: Final = ("system", "us", "gb", "ie", "ca", "au", "nz", "mx", "es", "other")

_ALL: Final[tuple[Setting, ...]] = (
    IntSetting(
        key=IDLE_TIMEOUT_MINUTES,
        description="Lock after this many minutes without keyboard or mouse activity.",
        int_default=5,
        minimum=1,
        maximum=240,
    ),
    BoolSetting(
        key=DISCREET_MODE,
        description="Show a neutral name and icon instead of Mooring's.",
        bool_default=False,
    ),
    BoolSetting(
        key=REMEMBER_ON_DEVICE,
        description="Keep the unlock key in this computer's keyring.",
        bool_default=False,
    ),
    BoolSetting(
        key=SESSION_REMINDERS,
        description="While Mooring is open, a reminder that says only that it is one.",
        bool_default=False,
    ),
    BoolSetting(
        key=JOURNAL_FILTERS_OPEN,
        description="Show the journal's filter panel (tags, dates, calendar).",
        bool_default=False,
    ),
    ChoiceSetting(
        key=APPEARANCE,
        description="Follow the system's colours, or always light, dark or high contrast.",
        choices=("system", "light", "dark", "contrast"),
        choice_default="system",
    ),
    ChoiceSetting(
        key=LANGUAGE,
        description="The window's language: the system's, English or Spanish.",
        choices=LANGUAGE_CHOICES,
        choice_default="system",
    ),
    ChoiceSetting(
        key=HELP_REGION,
        description="Where you live, for the help lines shown first (a region code only).",
        choices=HELP_REGIONS,
        choice_default="system",
    ),
)

SETTINGS: Final[Mapping[str, Setting]] = MappingProxyType({s.key: s for s in _ALL})
KEYS: Final[tuple[str, ...]] = tuple(SETTINGS)


def default(key: str) -> SettingValue:
    """The default value of ``key``; KeyError for a key that is not a setting."""
    return SETTINGS[key].default


def coerce(key: str, raw: object) -> SettingValue:
    """``raw`` (as QSettings returned it) as a valid value of ``key``, else the default.

    Raises KeyError for a key that is not a setting: asking for one is a programming
    error, while a bad stored value is ordinary and is quietly replaced by the default.
    """
    return SETTINGS[key].coerce(raw)


def defaults() -> dict[str, SettingValue]:
    """Every setting at its default value."""
    return {key: setting.default for key, setting in SETTINGS.items()}


Upgrade = Callable[[MutableMapping[str, object]], None]

# Version N's function turns a raw mapping stored at version N-1 into version N, in
# place. Version 1 is the first stored format, so there is nothing to upgrade yet.
# When a setting is renamed or changes meaning: bump SETTINGS_VERSION and add the step.
UPGRADES: Final[Mapping[int, Upgrade]] = MappingProxyType({})


def stored_version(raw: Mapping[str, object]) -> int:
    """The ``settings_version`` in ``raw``; 0 when missing or unreadable."""
    value = raw.get(VERSION_KEY)
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdecimal():
        return int(value.strip())
    return 0


def upgrade(
    raw: Mapping[str, object],
    upgrades: Mapping[int, Upgrade] = UPGRADES,
    target: int = SETTINGS_VERSION,
) -> dict[str, object]:
    """A copy of ``raw`` with every upgrade newer than its stored version applied.

    Settings written by a newer Mooring (version above ``target``) are left as they are;
    :func:`load` still keeps only the values this version understands.
    """
    values: dict[str, object] = dict(raw)
    version = stored_version(values)
    for step in sorted(v for v in upgrades if version < v <= target):
        upgrades[step](values)
        version = step
    values[VERSION_KEY] = max(version, target)
    return values


def load(
    raw: Mapping[str, object],
    upgrades: Mapping[int, Upgrade] = UPGRADES,
    target: int = SETTINGS_VERSION,
) -> dict[str, SettingValue]:
    """Every setting, upgraded and validated, from whatever was stored.

    Unknown keys are dropped, so nothing outside this schema is ever carried forward.
    """
    values = upgrade(raw, upgrades, target)
    return {key: setting.coerce(values.get(key)) for key, setting in SETTINGS.items()}
