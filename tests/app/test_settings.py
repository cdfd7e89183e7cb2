"""The settings schema: what may be stored, and what a stored value turns into."""

from __future__ import annotations

from collections.abc import MutableMapping

import pytest

from app import settings


def test_only_the_eight_non_sensitive_settings_exist() -> None:
    assert set(settings.KEYS) == {
        "idle_timeout_minutes",
        "discreet_mode",
        "remember_on_device",
        "session_reminders",
        "journal_filters_open",
        "appearance",
        "help_region",
        "language",
    }
    assert settings.VERSION_KEY not in settings.KEYS


def test_defaults_are_the_privacy_preserving_ones() -> None:
    assert settings.defaults() == {
        "idle_timeout_minutes": 5,
        "discreet_mode": False,
        "remember_on_device": False,
        "session_reminders": False,
        "journal_filters_open": False,
        "appearance": "system",
        "help_region": "system",
        "language": "system",
    }
    for key in settings.KEYS:
        assert settings.default(key) == settings.defaults()[key]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (15, 15),
        ("15", 15),
        (" 30 ", 30),
        ("+2", 2),
        (1, 1),
        (240, 240),
        (0, 5),
        (241, 5),
        ("-3", 5),
        ("", 5),
        ("ten", 5),
        ("1.5", 5),
        (1.0, 5),
        (True, 5),
        (None, 5),
        ("\u0665", 5),  # a non-ASCII digit is not a number QSettings would write
        ("9" * 50, 5),
        ([5], 5),
    ],
)
def test_idle_timeout_accepts_whole_minutes_in_range_else_default(
    raw: object, expected: int
) -> None:
    value = settings.coerce("idle_timeout_minutes", raw)
    assert value == expected
    assert type(value) is int


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        ("true", True),
        ("false", False),
        ("True", True),
        (" FALSE ", False),
        ("1", True),
        ("0", False),
        (1, True),
        (0, False),
        (2, False),
        ("yes please", False),
        ("", False),
        (None, False),
    ],
)
def test_switches_accept_qsettings_strings_else_default(raw: object, expected: bool) -> None:
    for key in ("discreet_mode", "remember_on_device"):
        value = settings.coerce(key, raw)
        assert value is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("system", "system"),
        ("light", "light"),
        ("dark", "dark"),
        ("Dark", "dark"),
        ("sepia", "system"),
        ("", "system"),
        (1, "system"),
        (None, "system"),
    ],
)
def test_appearance_is_one_of_three_else_system(raw: object, expected: str) -> None:
    assert settings.coerce("appearance", raw) == expected


def test_unknown_key_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        settings.coerce("last_entry_title", "anything")
    with pytest.raises(KeyError):
        settings.default("last_entry_title")


def test_load_fills_defaults_and_drops_anything_outside_the_schema() -> None:
    stored = {
        "settings_version": "1",
        "idle_timeout_minutes": "12",
        "discreet_mode": "true",
        "appearance": "nonsense",
        "last_opened_entry": "Tuesday, after the call",
    }
    assert settings.load(stored) == {
        "idle_timeout_minutes": 12,
        "discreet_mode": True,
        "remember_on_device": False,
        "session_reminders": False,
        "journal_filters_open": False,
        "appearance": "system",
        "help_region": "system",
        "language": "system",
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("gb", "gb"),
        ("NZ", "nz"),
        (" ie ", "ie"),
        ("other", "other"),
        ("system", "system"),
        ("uk", "system"),  # not a stored code: the default, never a crash
        ("atlantis", "system"),
        ("Tuesday, after the call", "system"),
        ("", "system"),
        (3, "system"),
        (None, "system"),
    ],
)
def test_help_region_is_a_known_code_else_the_default(raw: object, expected: str) -> None:
    assert settings.coerce("help_region", raw) == expected


def test_upgrade_stamps_the_current_version_on_unversioned_settings() -> None:
    upgraded = settings.upgrade({"discreet_mode": "true"})
    assert upgraded[settings.VERSION_KEY] == settings.SETTINGS_VERSION
    assert upgraded["discreet_mode"] == "true"


def test_upgrades_run_in_order_and_only_those_newer_than_the_stored_version() -> None:
    ran: list[int] = []

    def to_v2(values: MutableMapping[str, object]) -> None:
        ran.append(2)
        values["idle_timeout_minutes"] = values.pop("lock_after", 5)

    def to_v3(values: MutableMapping[str, object]) -> None:
        ran.append(3)
        values["appearance"] = {"night": "dark"}.get(str(values.get("appearance")), "system")

    upgrades = {3: to_v3, 2: to_v2}

    old = settings.load(
        {"settings_version": 1, "lock_after": "20", "appearance": "night"},
        upgrades=upgrades,
        target=3,
    )
    assert ran == [2, 3]
    assert old["idle_timeout_minutes"] == 20
    assert old["appearance"] == "dark"

    ran.clear()
    settings.upgrade({"settings_version": 2, "appearance": "night"}, upgrades, target=3)
    assert ran == [3]

    ran.clear()
    current = settings.upgrade({"settings_version": 3}, upgrades, target=3)
    assert ran == []
    assert current[settings.VERSION_KEY] == 3


def test_settings_from_a_newer_version_are_not_downgraded() -> None:
    upgraded = settings.upgrade({"settings_version": 99, "appearance": "dark"})
    assert upgraded[settings.VERSION_KEY] == 99
    assert settings.load({"settings_version": 99, "appearance": "dark"})["appearance"] == "dark"


@pytest.mark.parametrize("raw", [None, "x", True, -4, [1]])
def test_unreadable_stored_version_counts_as_unversioned(raw: object) -> None:
    assert settings.stored_version({settings.VERSION_KEY: raw}) == 0


def test_upgrade_does_not_change_the_caller_mapping() -> None:
    stored: dict[str, object] = {"discreet_mode": "true"}
    settings.upgrade(stored)
    assert stored == {"discreet_mode": "true"}
