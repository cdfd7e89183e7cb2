"""The self-test's keyring round trip, against fake backends that misbehave."""

from __future__ import annotations

from typing import Any

import keyring.backends.fail
import keyring.backends.null
import keyring.errors

from app.vault.remember import SERVICE, keyring_round_trip


def test_a_working_keyring_stores_reads_back_and_leaves_nothing(fake_keyring: Any) -> None:
    fake_keyring.store[(SERVICE, "vault-abc")] = "the real vault's key"
    result = keyring_round_trip()
    assert result.available and result.stored
    assert result.problem is None and result.refused is None
    assert result.backend.endswith("FakeKeyring")
    # The vault's own entry is untouched, and the test secret is gone.
    assert fake_keyring.store == {(SERVICE, "vault-abc"): "the real vault's key"}


def test_a_keyring_that_drops_writes_is_a_problem(fake_keyring: Any) -> None:
    fake_keyring.drop_writes = True
    result = keyring_round_trip()
    assert not result.stored
    assert result.problem == "accepted a test secret but gave back nothing"


def test_a_keyring_that_gives_back_something_else_is_a_problem(fake_keyring: Any) -> None:
    class Garbling(type(fake_keyring)):  # type: ignore[misc]
        def get_password(self, service: str, username: str) -> str | None:
            value = super().get_password(service, username)
            return None if value is None else value[::-1]

    result = keyring_round_trip(Garbling())
    assert result.problem == "accepted a test secret but gave back something else"


def test_a_keyring_that_raises_on_read_is_a_problem_and_is_cleaned_up(
    fake_keyring: Any,
) -> None:
    class RaisesOnRead(type(fake_keyring)):  # type: ignore[misc]
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringError("read failed")

    backend = RaisesOnRead()
    result = keyring_round_trip(backend)
    assert result.problem is not None and "failed reading it back" in result.problem
    assert backend.store == {}  # the test secret was still removed


def test_a_keyring_that_keeps_a_deleted_secret_is_a_problem(fake_keyring: Any) -> None:
    class KeepsDeleted(type(fake_keyring)):  # type: ignore[misc]
        def delete_password(self, service: str, username: str) -> None:
            return None

    result = keyring_round_trip(KeepsDeleted())
    assert result.problem == "still held the test secret after removing it"


def test_a_keyring_that_refuses_the_write_is_unavailable_not_a_failure(
    fake_keyring: Any,
) -> None:
    fake_keyring.fail_with = keyring.errors.KeyringLocked("locked")
    result = keyring_round_trip()
    assert result.available and not result.stored
    assert result.problem is None and result.refused == "KeyringLocked"


def test_no_keyring_is_a_supported_setup(fake_keyring: Any) -> None:
    for backend in (keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()):
        result = keyring_round_trip(backend)
        assert result.backend == "none" and not result.available
        assert result.problem is None
    fake_keyring.fail_with = keyring.errors.NoKeyringError("none")
    assert keyring_round_trip().backend == "none"
