"""Kill loops in CI: every scenario of kill_scenarios.py, SIGKILL at random moments.

MOORING_SOAK_ITERATIONS (default 20) iterations per command-line scenario; the window
scenario runs a fifth of that (at least 1): one iteration starts the real window,
unlocks and types for up to 4.5 s, about 6 s in all, so 30 would take three minutes
on its own (20 keep the whole suite near ten minutes on two cores; the soak does the
thousands). passwd runs with the small test KDF here (the soak uses the production
one). MOORING_SOAK_SEED repeats a run; the seed is printed with every failure.
``./dev.sh soak`` runs the same scenarios 1,000 times each.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from pathlib import Path

import kill_scenarios
import pytest

ITERATIONS = int(os.environ.get("MOORING_SOAK_ITERATIONS", "20"))
WINDOW_ITERATIONS = max(1, ITERATIONS // 5)
SEED = int(os.environ.get("MOORING_SOAK_SEED", str(random.SystemRandom().randrange(2**32))))


def _run(name: str, tmp_path: Path, iterations: int, **options: object) -> None:
    rng = random.Random(f"{SEED}-{name}")
    scenario = getattr(kill_scenarios, f"scenario_{name}")
    counts = scenario(tmp_path, iterations, rng, None, **options)
    print(counts.summary())
    assert counts.iterations == iterations
    assert counts.killed > 0, "no kill landed: the timing no longer fits the command"
    assert counts.failures() == 0, f"MOORING_SOAK_SEED={SEED}: {counts.summary()}\n" + "\n".join(
        counts.notes
    )


@pytest.mark.parametrize("name", ["add", "demo", "backup", "migration", "recover"])
def test_a_kill_loses_no_acknowledged_write(name: str, tmp_path: Path) -> None:
    _run(name, tmp_path, ITERATIONS)


def test_a_killed_passphrase_change_leaves_exactly_one_passphrase(tmp_path: Path) -> None:
    from vault_fixtures import SMALL_KDF

    _run("passwd", tmp_path, ITERATIONS, kdf=SMALL_KDF)


@pytest.mark.e2e
@pytest.mark.skipif(
    not os.environ.get("DISPLAY") or shutil.which("xdotool") is None,
    reason="needs an X server and xdotool: run it with ./dev.sh test",
)
def test_a_killed_window_keeps_what_was_typed_over_a_second_ago(tmp_path: Path) -> None:
    _run("window", tmp_path, WINDOW_ITERATIONS)


def test_the_checks_catch_a_stray_log_a_wrong_passphrase_and_a_hang(tmp_path: Path) -> None:
    """The loops above count 0 failures; these prove each check can count one."""
    from stray_logs import killed_writer, place_log, wal_of
    from vault_fixtures import PASSPHRASE

    root, other = tmp_path / "vault", tmp_path / "other"
    kill_scenarios.make_vault(root)
    kill_scenarios.make_vault(other)
    killed_writer(other, PASSPHRASE, 2)
    place_log(root, wal_of(other).read_bytes())
    counts = kill_scenarios.Counts("self-check")
    with kill_scenarios.first_open(root, PASSPHRASE, counts) as vault:
        assert vault is not None
    assert counts.stray_notices == 1
    with kill_scenarios.first_open(root, "not this vault's passphrase", counts) as vault:
        assert vault is None
    assert counts.unopenable == 1
    hang = kill_scenarios.run_child(
        [sys.executable, "-c", "import time; time.sleep(30)"],
        dict(os.environ),
        "",
        kill_scenarios.Plan("none", None),
        timeout=1,
    )
    kill_scenarios.check_exit(counts, hang)
    assert (counts.other, counts.killed, counts.failures()) == (1, 0, 3)
