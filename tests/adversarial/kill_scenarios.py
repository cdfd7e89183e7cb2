"""Kill loops: SIGKILL at random moments while Mooring writes, then check what survived.

One function per scenario (``SCENARIOS``). Each runs the real program in a child
process (the ``mooring`` command line, the window under X, or a small ``python -c``
that calls the vault API the way the app does), kills it with SIGKILL at a random
moment, and then opens the vault the way the next command would. After every kill:

- the whole file passes ``integrity_check`` and ``cipher_integrity_check``;
- every acknowledged write is there (a writer prints an id, flushed, only after the
  write committed; the window's acknowledgement is "typed more than 1.5 s ago");
- exactly one passphrase opens the vault (passwd, recover: the old one or the new one,
  never both, never neither) and the first open leaves no key-file leftovers;
- the write-ahead-log guard set nothing aside: the log a killed writer of this vault
  leaves is its own, so a stray-log notice here means a good log was thrown out.

When the kill lands is spread two ways: "anywhere" (uniform over the command's whole
measured duration: start-up, key derivation, opening, writing, closing) and "opened"
(the moment the vault's -wal file appears, then uniform over the rest), plus
"key-write" for passwd and recover (the moment a key temp file or mooring.key.prev
appears, then 0-15 ms: the few milliseconds in which the key files are replaced).

Each scenario returns ``Counts``; ``Counts.failures()`` must be 0. Used by
test_kill_loops.py (CI) and soak.py (``./dev.sh soak``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
for _folder in (REPO, TESTS, TESTS / "app", TESTS / "e2e"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from vault_fixtures import PASSPHRASE, SMALL_KDF  # noqa: E402

from app.vault import backup, engine, migrations, wal_guard  # noqa: E402
from app.vault.errors import VaultError, WrongPassphrase  # noqa: E402
from app.vault.kdf import PRODUCTION_KDF, KdfParams  # noqa: E402
from app.vault.keyfile import RECOVERY_SLOT, UnwrapFailed  # noqa: E402
from app.vault.layout import VaultPaths  # noqa: E402
from app.vault.vault import Access, Vault, unwrap_with_passphrase  # noqa: E402

# The window's promise (DESIGN.md "Durability"): a crash loses at most about a second.
WINDOW_MARGIN_S = 1.5
WINDOW_GAP_S = 0.25  # between typed words: someone typing steadily
DEMO_ENTRIES = 150
DEMO_FRESH_EVERY = 40  # iterations; the demo vault would grow by 150 entries each
ADD_MAX_DB_BYTES = 48 * 1024 * 1024  # then a fresh vault (keeps the checks quick)
KEY_WRITE_WINDOW_S = 0.015
_PYTHON = sys.executable


# ----- counts -----------------------------------------------------------------------------


@dataclass
class Counts:
    """What one scenario did and found. Every field after ``acknowledged`` is a failure."""

    scenario: str
    iterations: int = 0
    killed: int = 0  # the kill landed: the process was still running
    mid_write: int = 0  # ... and the vault was open for writing (see each scenario)
    acknowledged: int = 0  # writes the program had confirmed before the kill
    lost: int = 0  # acknowledged writes missing afterwards
    integrity: int = 0  # integrity_check / cipher_integrity_check / torn or partial data
    unopenable: int = 0  # neither passphrase opens the vault
    both_open: int = 0  # old and new passphrase both open it (passwd, recover)
    stray_notices: int = 0  # the guard set our own write-ahead log aside
    leftovers: int = 0  # mooring.key.prev / .mooring.key.*.tmp after the first open
    other: int = 0  # an unexpected exit code, a traceback, a hang
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    FAILURE_FIELDS = (
        "lost",
        "integrity",
        "unopenable",
        "both_open",
        "stray_notices",
        "leftovers",
        "other",
    )

    def failures(self) -> int:
        return sum(int(getattr(self, name)) for name in self.FAILURE_FIELDS)

    def fail(self, what: str, note: str) -> None:
        setattr(self, what, int(getattr(self, what)) + 1)
        if len(self.notes) < 20:
            self.notes.append(f"[{self.iterations}] {what}: {note}")

    def add(self, other: Counts) -> None:
        for name in (
            "iterations",
            "killed",
            "mid_write",
            "acknowledged",
            "lost",
            *self.FAILURE_FIELDS,
        ):
            setattr(self, name, int(getattr(self, name)) + int(getattr(other, name)))
        self.seconds += other.seconds
        self.notes.extend(other.notes[: max(0, 20 - len(self.notes))])

    def summary(self) -> str:
        return (
            f"{self.scenario}: {self.iterations} iterations, {self.killed} killed, "
            f"{self.mid_write} mid-write, {self.acknowledged} acknowledged, "
            + ", ".join(f"{getattr(self, n)} {n}" for n in self.FAILURE_FIELDS)
            + f" ({self.seconds:.0f} s)"
        )


Progress = Callable[[Counts], None]


# ----- running and killing a child -----------------------------------------------------


@dataclass
class Plan:
    """When to kill: ``delay`` seconds after the start ("anywhere") or after ``trigger``
    first holds; ``None`` delay: let it finish (a calibration run)."""

    mode: str
    delay: float | None


@dataclass
class Outcome:
    stdout: str
    stderr: str
    returncode: int
    elapsed: float  # start to exit
    triggered_after: float | None  # start to the trigger (when it was watched)
    timed_out: bool = False

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


def run_child(
    command: list[str],
    env: dict[str, str],
    stdin_text: str,
    plan: Plan,
    trigger: Callable[[], bool] | None = None,
    timeout: float = 300,
) -> Outcome:
    """Run ``command``; SIGKILL it as ``plan`` says (if it is still running then)."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    started = time.monotonic()
    assert process.stdin is not None
    with contextlib.suppress(BrokenPipeError):
        process.stdin.write(stdin_text.encode())
    with contextlib.suppress(BrokenPipeError):
        process.stdin.close()
    process.stdin = None  # communicate() must not touch it again
    triggered_at: float | None = None
    deadline = started + timeout
    watch = trigger is not None and (plan.mode != "anywhere" or plan.delay is None)
    if watch and trigger is not None:
        while process.poll() is None and time.monotonic() < deadline:
            if trigger():
                triggered_at = time.monotonic()
                break
            time.sleep(0.0005)
    if plan.delay is not None and process.poll() is None:
        base = started if plan.mode == "anywhere" else (triggered_at or time.monotonic())
        remaining = base + plan.delay - time.monotonic()
        if remaining > 0:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=remaining)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
    timed_out = False
    try:
        out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        timed_out = True  # a hang: killed, but counted as a failure, not as a kill
        process.kill()
        out, err = process.communicate()
    return Outcome(
        out.decode(errors="replace"),
        err.decode(errors="replace"),
        int(process.returncode),
        time.monotonic() - started,
        None if triggered_at is None else triggered_at - started,
        timed_out,
    )


class Timing:
    """Running estimates of a command's duration, and of the part after its trigger
    (from the runs that finished on their own; the first one sets them)."""

    def __init__(self) -> None:
        self.total = 1.0
        self.after_trigger = 0.5
        self.samples = 0

    def learn(self, outcome: Outcome) -> None:
        if outcome.returncode != 0:
            return
        weight = 1.0 if self.samples == 0 else 0.3
        self.samples += 1
        self.total += weight * (outcome.elapsed - self.total)
        if outcome.triggered_after is not None:
            rest = max(0.001, outcome.elapsed - outcome.triggered_after)
            self.after_trigger += weight * (rest - self.after_trigger)

    def plan(self, rng: random.Random, modes: tuple[str, ...]) -> Plan:
        mode = rng.choice(modes)
        if mode == "anywhere":
            return Plan(mode, rng.uniform(0.0, 1.1 * self.total))
        if mode == "key-write":
            return Plan(mode, rng.uniform(0.0, KEY_WRITE_WINDOW_S))
        if mode == "opened-early":  # the first half: opening, checking, writing
            return Plan(mode, rng.uniform(0.0, 0.5 * self.after_trigger))
        return Plan(mode, rng.uniform(0.0, 1.1 * self.after_trigger))


def child_env(work: Path) -> dict[str, str]:
    """An environment whose home, config and temp folders are under ``work``; no keyring."""
    folders = {"home": work / "home", "config": work / "config", "tmp": work / "tmp"}
    for path in folders.values():
        path.mkdir(parents=True, exist_ok=True)
    folders["tmp"].chmod(0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOORING_")}
    env.update(
        HOME=str(folders["home"]),
        TMPDIR=str(folders["tmp"]),
        XDG_CONFIG_HOME=str(folders["home"] / ".config"),
        XDG_DATA_HOME=str(folders["home"] / ".local" / "share"),
        XDG_CACHE_HOME=str(folders["home"] / ".cache"),
        XDG_RUNTIME_DIR=str(folders["tmp"]),
        MOORING_CONFIG_DIR=str(folders["config"]),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def mooring(*args: str) -> list[str]:
    script = Path(_PYTHON).with_name("mooring")
    if script.exists():
        return [str(script), *args]
    return [_PYTHON, "-c", "import sys; from ui.entry import main; sys.exit(main())", *args]


def python_script(source: str, *args: str) -> list[str]:
    return [_PYTHON, "-c", source, str(REPO), *args]


# ----- looking at a vault after a kill ------------------------------------------------


def wal_exists(root: Path) -> Callable[[], bool]:
    log = root / "mooring.db-wal"
    return log.exists


def key_leftovers(root: Path) -> list[str]:
    found = [p.name for p in root.glob(".mooring.key.*.tmp")]
    if (root / "mooring.key.prev").exists():
        found.append("mooring.key.prev")
    return sorted(found)


def key_write_started(root: Path) -> Callable[[], bool]:
    return lambda: bool(key_leftovers(root))


def opens_with(root: Path, secret: str) -> bytes | None:
    """The data key if ``secret`` unwraps it (reads the key files only), else None."""
    try:
        return unwrap_with_passphrase(VaultPaths.for_dir(root), secret)
    except (WrongPassphrase, VaultError):
        return None


@contextlib.contextmanager
def first_open(root: Path, secret: str, counts: Counts) -> Iterator[Vault | None]:
    """Open the vault as the next command would (its whole file checked first), check
    what opening reported and both integrity checks; yields None when it did not open."""
    try:
        vault = Vault.unlock(root, secret, access=Access.WRITE_CHECKED)
    except WrongPassphrase:
        counts.fail("unopenable", "the passphrase did not open the vault")
        yield None
        return
    except VaultError as error:
        counts.fail("integrity", f"opening refused: {type(error).__name__}: {error}")
        yield None
        return
    try:
        if wal_guard.STRAY_LOG_NOTICE in vault.notices:
            counts.fail("stray_notices", "our own write-ahead log was set aside")
        others = [n for n in vault.notices if n != wal_guard.STRAY_LOG_NOTICE]
        if others:
            counts.notes.append(f"[{counts.iterations}] notice: {others}")
        problems = vault.integrity_problems()
        if problems:
            counts.fail("integrity", f"{len(problems)} problems: {problems[:3]}")
        yield vault
    finally:
        vault.close()


def entries_by_id(vault: Vault) -> dict[int, tuple[str, str]]:
    rows = vault.connection.execute("SELECT id, title, body FROM entries").fetchall()
    return {int(r[0]): (str(r[1]), str(r[2])) for r in rows}


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def make_vault(root: Path, kdf: KdfParams = SMALL_KDF, secret: str = PASSPHRASE) -> str:
    """A new vault at ``root``; returns its recovery code."""
    vault, code = Vault.create(root, secret, kdf=kdf)
    vault.close()
    return code


def guarded(counts: Counts, one: Callable[..., None], *args: object) -> None:
    """One iteration; a harness failure (the window did not appear, a time-out) is
    counted under "other" and the loop goes on, so a long soak keeps its counts."""
    try:
        one(*args)
    except Exception as error:
        counts.fail("other", f"the iteration failed: {type(error).__name__}: {error}")
        if counts.other > 20:
            raise


def check_exit(counts: Counts, outcome: Outcome, allowed: tuple[int, ...] = (0,)) -> None:
    if outcome.timed_out:
        counts.fail("other", f"no exit within the time-out: {outcome.stderr.strip()[-300:]}")
        return
    if outcome.killed:
        counts.killed += 1
        return
    if outcome.returncode not in allowed:
        counts.fail("other", f"exit {outcome.returncode}: {outcome.stderr.strip()[-300:]}")
    elif "Traceback" in outcome.stderr:
        counts.fail("other", f"traceback: {outcome.stderr.strip()[-300:]}")


_WORDS = (
    "harbour",
    "tide",
    "rope",
    "lantern",
    "marram",
    "dune",
    "gull",
    "pier",
    "salt",
    "kelp",
    "shore",
    "anchor",
    "mist",
    "evening",
    "morning",
    "quiet",
    "steady",
    "walk",
    "talk",
    "sponsor",
    "breathe",
    "rain",
    "sun",
    "wind",
    "stone",
    "river",
)


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(count))


# ----- (a) mooring add ------------------------------------------------------------------


def scenario_add(
    work: Path, iterations: int, rng: random.Random, progress: Progress | None = None
) -> Counts:
    """``mooring add`` with a body of 1 KB..256 KB, killed anywhere or once the vault is
    open. One vault grows across iterations (a fresh one past 48 MB). Mid-write: the
    kill left the -wal file, so the vault was open (checking, writing or closing)."""
    counts = Counts("add")
    env = child_env(work)
    inputs = work / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    generation = 0
    root = work / f"vault-{generation}"
    make_vault(root)
    known: dict[int, tuple[str, str, bool]] = {}  # id -> title, body digest, acknowledged
    timing = Timing()

    def one(plan: Plan, label: str) -> None:
        nonlocal known
        title = f"kill-add {label}"
        body = words(rng, rng.randint(150, 40_000)) + "\n"
        body_file = inputs / "body.txt"
        body_file.write_text(body)
        command = mooring(
            "add", "--data-dir", str(root), "--passphrase-file", "-", "--title", title,
            "--body-file", str(body_file),
        )  # fmt: skip
        outcome = run_child(command, env, PASSPHRASE + "\n", plan, wal_exists(root))
        timing.learn(outcome)
        check_exit(counts, outcome)
        if outcome.killed and (root / "mooring.db-wal").exists():
            counts.mid_write += 1
        acked = [int(t) for t in outcome.stdout.split() if t.isdigit()]
        counts.acknowledged += len(acked)
        with first_open(root, PASSPHRASE, counts) as vault:
            if vault is None:
                return
            stored = entries_by_id(vault)
        for entry_id in acked:
            known[entry_id] = (title, digest(body.rstrip("\n")), True)
        for entry_id, (was_title, _was_digest, was_acked) in list(known.items()):
            if entry_id not in stored:
                counts.fail("lost" if was_acked else "integrity", f"entry {entry_id} is gone")
                del known[entry_id]  # counted once
            elif stored[entry_id][0] != was_title:
                counts.fail("integrity", f"entry {entry_id} changed title")
        for entry_id, (got_title, got_body) in stored.items():
            if entry_id in known:
                if digest(got_body.rstrip("\n")) != known[entry_id][1]:
                    counts.fail("lost", f"entry {entry_id}'s text changed")
                continue
            # Committed although the acknowledgement never came: whole or not at all.
            if got_title != title or digest(got_body.rstrip("\n")) != digest(body.rstrip("\n")):
                counts.fail("integrity", f"entry {entry_id} is torn ({got_title!r})")
            known[entry_id] = (got_title, digest(got_body.rstrip("\n")), False)

    started = time.monotonic()
    one(Plan("none", None), "calibration")
    for number in range(iterations):
        if (root / "mooring.db").stat().st_size > ADD_MAX_DB_BYTES:
            shutil.rmtree(root)
            generation += 1
            root = work / f"vault-{generation}"
            make_vault(root)
            known = {}
        counts.iterations += 1
        guarded(counts, one, timing.plan(rng, ("anywhere", "opened", "opened-early")), str(number))
        counts.seconds = time.monotonic() - started
        if progress:
            progress(counts)
    return counts


# ----- (c) mooring demo -----------------------------------------------------------------


def _shape(vault: Vault) -> tuple[int, int, list[str]]:
    entries = vault.connection.execute("SELECT count(*), coalesce(max(id), 0) FROM entries")
    count, top = entries.fetchone()
    triggers = vault.connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()
    return int(count), int(top), [str(t[0]) for t in triggers]


def scenario_demo(
    work: Path, iterations: int, rng: random.Random, progress: Progress | None = None
) -> Counts:
    """``mooring demo --entries 150 --force``: one transaction, so after a kill all 150
    or none are there (and the search triggers it drops inside that transaction are
    back). One vault for 40 iterations at a time. Mid-write: -wal left behind."""
    counts = Counts("demo")
    env = child_env(work)
    timing = Timing()
    template = work / "template"
    make_vault(template)
    root = work / "vault"
    shutil.copytree(template, root)
    with first_open(root, PASSPHRASE, counts) as vault:
        assert vault is not None
        reference_triggers = _shape(vault)[2]

    def one(plan: Plan) -> None:
        with first_open(root, PASSPHRASE, counts) as vault:
            if vault is None:
                return
            before, _top, _ = _shape(vault)
        command = mooring(
            "demo", "--entries", str(DEMO_ENTRIES), "--force", "--data-dir", str(root),
            "--passphrase-file", "-",
        )  # fmt: skip
        outcome = run_child(command, env, PASSPHRASE + "\n", plan, wal_exists(root))
        timing.learn(outcome)
        check_exit(counts, outcome)
        if outcome.killed and (root / "mooring.db-wal").exists():
            counts.mid_write += 1
        acked = f"ok: added {DEMO_ENTRIES}" in outcome.stdout
        counts.acknowledged += DEMO_ENTRIES if acked else 0
        with first_open(root, PASSPHRASE, counts) as vault:
            if vault is None:
                return
            after, _top, triggers = _shape(vault)
        added = after - before
        if added not in (0, DEMO_ENTRIES):
            counts.fail("integrity", f"the demo left {added} of {DEMO_ENTRIES} entries")
        if acked and added != DEMO_ENTRIES:
            counts.fail("lost", f"acknowledged demo, {added} entries added")
            counts.lost += DEMO_ENTRIES - max(0, added) - 1
        if triggers != reference_triggers:
            counts.fail("integrity", f"search triggers now {triggers}")

    started = time.monotonic()
    one(Plan("none", None))
    for number in range(iterations):
        if number and number % DEMO_FRESH_EVERY == 0:
            shutil.rmtree(root)
            shutil.copytree(template, root)
        counts.iterations += 1
        guarded(counts, one, timing.plan(rng, ("anywhere", "opened")))
        counts.seconds = time.monotonic() - started
        if progress:
            progress(counts)
    return counts


# ----- (d) mooring passwd and (e) mooring recover ---------------------------------------


def _keep_entries(root: Path, secret: str, count: int) -> dict[int, str]:
    from app.journal.entries import EntryRepository

    vault = Vault.unlock(root, secret)
    try:
        repo = EntryRepository(vault.connection)
        made = {}
        for number in range(count):
            entry = repo.create(title=f"kept {number}", body=f"kept words {number} " * 50)
            made[entry.id] = digest(entry.body)
        return made
    finally:
        vault.close()


def _passphrase_change(
    name: str,
    work: Path,
    iterations: int,
    rng: random.Random,
    progress: Progress | None,
    kdf: KdfParams,
) -> Counts:
    counts = Counts(name)
    env = child_env(work)
    root = work / "vault"
    code = make_vault(root, kdf=kdf)
    kept = _keep_entries(root, PASSPHRASE, 3)
    current = PASSPHRASE
    timing = Timing()

    def one(plan: Plan, label: str) -> None:
        nonlocal current
        new = f"{rng.choice(_WORDS)} lantern {rng.choice(_WORDS)} {label} harbour"
        if name == "passwd":
            command = mooring("passwd", "--data-dir", str(root), "--passphrase-file", "-")
            stdin = f"{current}\n{new}\n"
            trigger = key_write_started(root) if plan.mode == "key-write" else wal_exists(root)
        else:
            command = mooring("recover", "--data-dir", str(root), "--passphrase-file", "-")
            stdin = f"{code}\n{new}\n"
            trigger = key_write_started(root) if plan.mode == "key-write" else wal_exists(root)
        left_before = key_leftovers(root)  # an earlier kill's, not yet tidied
        outcome = run_child(command, env, stdin, plan, trigger)
        timing.learn(outcome)
        check_exit(counts, outcome)
        if outcome.killed and (
            key_leftovers(root) != left_before or (root / "mooring.db-wal").exists()
        ):
            counts.mid_write += 1
        acked = outcome.stdout.startswith("ok:")
        counts.acknowledged += int(acked)
        old_key, new_key = opens_with(root, current), opens_with(root, new)
        if old_key is not None and new_key is not None:
            counts.fail("both_open", f"old and new passphrase both open ({plan.mode})")
        if old_key is None and new_key is None:
            counts.fail("unopenable", f"neither passphrase opens ({plan.mode})")
            return
        if acked and new_key is None:
            counts.fail("lost", "the change was acknowledged but the old passphrase opens")
        opener = new if new_key is not None else current
        other = current if opener == new else new
        tidy = key_leftovers(root)
        with first_open(root, opener, counts) as vault:
            if vault is None:
                return
            stored = entries_by_id(vault)
        if tidy and (opens_with(root, opener) is None or opens_with(root, other) is not None):
            # Tidying the leftovers must not change which passphrase opens.
            counts.fail("both_open", f"the first open's tidying changed the passphrase: {tidy}")
        for entry_id, was in kept.items():
            if entry_id not in stored or digest(stored[entry_id][1]) != was:
                counts.fail("lost", f"entry {entry_id} is gone or changed")
        if key_leftovers(root):
            counts.fail("leftovers", f"after the first open: {key_leftovers(root)} ({plan.mode})")
        if name == "recover":
            try:
                from app.vault import keys

                keys.unwrap(VaultPaths.for_dir(root), RECOVERY_SLOT, _code_bytes(code))
            except (UnwrapFailed, VaultError) as error:
                counts.fail("unopenable", f"the recovery code stopped working: {error}")
        current = opener

    started = time.monotonic()
    one(Plan("none", None), "calibration")
    for number in range(iterations):
        counts.iterations += 1
        guarded(counts, one, timing.plan(rng, ("anywhere", "opened", "key-write")), str(number))
        counts.seconds = time.monotonic() - started
        if progress:
            progress(counts)
    return counts


def _code_bytes(code: str) -> bytes:
    from app.vault import recovery_code

    return recovery_code.normalize(code).encode("ascii")


def scenario_passwd(
    work: Path,
    iterations: int,
    rng: random.Random,
    progress: Progress | None = None,
    *,
    kdf: KdfParams = PRODUCTION_KDF,
) -> Counts:
    """``mooring passwd`` (old, new). With the production KDF (the default) the four
    key derivations spread "anywhere" kills over a few seconds; "key-write" kills land
    within 15 ms of the first temporary key file appearing. Mid-write: the kill left
    the vault open (-wal) or key-file leftovers."""
    return _passphrase_change("passwd", work, iterations, rng, progress, kdf)


def scenario_recover(
    work: Path,
    iterations: int,
    rng: random.Random,
    progress: Progress | None = None,
    *,
    kdf: KdfParams = SMALL_KDF,
) -> Counts:
    """``mooring recover`` (code, new passphrase); as passwd, and the recovery code
    must keep working."""
    return _passphrase_change("recover", work, iterations, rng, progress, kdf)


# ----- (f) backup -------------------------------------------------------------------------

_BACKUP_WRITER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from app.journal.entries import EntryRepository
from app.vault import backup
from app.vault.vault import Vault

vault = Vault.unlock(sys.argv[2], sys.argv[3])
vault.start_new_log()  # as the window does once the file is checked
entry = EntryRepository(vault.connection).create(title=sys.argv[5], body="backed up " * 300)
print("entry", entry.id, flush=True)
if sys.argv[4] == "own":
    made = backup.backup_in_own_connection(vault.paths, vault.data_key)
else:
    made = vault.backup()
print("backup", made.name, flush=True)
vault.close()
"""


def _partials(paths: VaultPaths) -> list[Path]:
    if not paths.backups_dir.is_dir():
        return []
    return sorted(p for p in paths.backups_dir.iterdir() if ".partial" in p.name)


def scenario_backup(
    work: Path, iterations: int, rng: random.Random, progress: Progress | None = None
) -> Counts:
    """A process that adds an entry, then backs up (``backup_in_own_connection`` or
    ``Vault.backup()``, alternately), killed anywhere or while a .partial exists.
    Afterwards every file with a backup's final name verifies, the acknowledged backup
    is listed, and the journal holds every acknowledged entry. Leftover .partial files
    are counted in the notes and removed (the app removes them after an hour).
    Mid-write: the kill left a .partial file or the -wal."""
    counts = Counts("backup")
    env = child_env(work)
    root = work / "vault"
    paths = VaultPaths.for_dir(root)
    make_vault(root)
    # Some weight, so an export takes a moment: a demo journal of 300 entries.
    filled = run_child(
        mooring("demo", "--entries", "300", "--data-dir", str(root), "--passphrase-file", "-"),
        env,
        PASSPHRASE + "\n",
        Plan("none", None),
    )
    assert filled.returncode == 0, filled.stderr
    key = opens_with(root, PASSPHRASE)
    assert key is not None
    acked_entries: set[int] = set()
    timing = Timing()
    partials_left = 0

    def partial_there() -> bool:
        return bool(_partials(paths))

    def one(plan: Plan, label: str) -> None:
        nonlocal partials_left
        how = rng.choice(("own", "vault"))
        command = python_script(_BACKUP_WRITER, str(root), PASSPHRASE, how, f"backup {label}")
        trigger = partial_there if plan.mode == "opened" else wal_exists(root)
        outcome = run_child(command, env, "", plan, trigger)
        timing.learn(outcome)
        check_exit(counts, outcome)
        lines = outcome.stdout.split("\n")
        made = [line.split()[1] for line in lines if line.startswith("backup ")]
        for line in lines:
            if line.startswith("entry "):
                acked_entries.add(int(line.split()[1]))
                counts.acknowledged += 1
        counts.acknowledged += len(made)
        leftover = _partials(paths)
        if outcome.killed and (leftover or (root / "mooring.db-wal").exists()):
            counts.mid_write += 1
        listed = backup.list_backups(paths)
        for path in listed:
            try:
                backup.verify_backup(path, key)
            except VaultError as error:
                counts.fail("integrity", f"{path.name} has a backup's name but {error}")
        for name in made:
            if name not in {p.name for p in listed}:
                counts.fail("lost", f"acknowledged backup {name} is not listed")
        if leftover:
            partials_left += 1
            for path in leftover:
                path.unlink()
        with first_open(root, PASSPHRASE, counts) as vault:
            if vault is None:
                return
            stored = entries_by_id(vault)
        for entry_id in acked_entries - set(stored):
            counts.fail("lost", f"entry {entry_id} is gone")
            acked_entries.discard(entry_id)  # counted once

    started = time.monotonic()
    one(Plan("none", None), "calibration")
    for number in range(iterations):
        counts.iterations += 1
        guarded(counts, one, timing.plan(rng, ("anywhere", "opened")), str(number))
        counts.seconds = time.monotonic() - started
        if progress:
            progress(counts)
    if partials_left:
        counts.notes.append(f"{partials_left} kills left a .partial file in backups/")
    return counts


# ----- (g) migration ----------------------------------------------------------------------

_OLD_VAULT = r"""
import sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[1] + "/tests/app")
from vault_fixtures import SMALL_KDF
from app.vault import migrations
from app.vault.vault import Vault

migrations.MIGRATIONS = migrations.MIGRATIONS[: int(sys.argv[4])]
Vault.create(sys.argv[2], sys.argv[3], kdf=SMALL_KDF)[0].close()
"""

_MIGRATOR = r"""
import sys
sys.path.insert(0, sys.argv[1])
from app.vault import migrations
from app.vault.vault import Vault

vault = Vault.unlock(sys.argv[2], sys.argv[3])  # the window's open: migrates
print("migrated", migrations.current_version(vault.connection), flush=True)
vault.close()
"""


def _schema(connection: object) -> list[tuple[str, str]]:
    rows = connection.execute(  # type: ignore[attr-defined]
        "SELECT type, name FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def _look_read_only(paths: VaultPaths, key: bytes) -> tuple[str, int, list[tuple[str, str]]]:
    """As ``mooring check`` reads: the guard's verdict, the version and the schema."""
    log = wal_guard.inspect(paths, key)
    if log.verdict is wal_guard.Verdict.STRAY:
        return "stray", -1, []
    if log.verdict is wal_guard.Verdict.OURS:
        connection = engine.open_with_log_read_only(paths.database, key)
    else:
        connection = engine.open_file_only(paths.database, key)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        return log.verdict.name.lower(), version, _schema(connection)
    finally:
        connection.close()


def scenario_migration(
    work: Path, iterations: int, rng: random.Random, progress: Progress | None = None
) -> Counts:
    """Open a version-1 vault (made with ``MIGRATIONS[:1]`` in a child) in a process
    that migrates it, killed anywhere or once the -wal appears. Afterwards, read-only:
    the version is 1, 2 or 3 (each migration commits on its own) and the schema is
    exactly that version's; then the first open migrates to the latest and integrity
    holds. An acknowledged migration must be at the latest. Mid-write: -wal or a
    .partial backup left behind. A fresh copy of the old vault every iteration."""
    counts = Counts("migration")
    env = child_env(work)
    schemas: dict[int, list[tuple[str, str]]] = {}
    for version in range(1, migrations.LATEST_VERSION + 1):
        reference = work / f"v{version}"
        made = subprocess.run(
            python_script(_OLD_VAULT, str(reference), PASSPHRASE, str(version)),
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert made.returncode == 0, made.stderr
        key = opens_with(reference, PASSPHRASE)
        assert key is not None
        schemas[version] = _look_read_only(VaultPaths.for_dir(reference), key)[2]
    template = work / "v1"
    timing = Timing()

    def one(plan: Plan, label: str) -> None:
        root = work / "migrating"
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(template, root)
        paths = VaultPaths.for_dir(root)
        outcome = run_child(python_script(_MIGRATOR, str(root), PASSPHRASE), env, "", plan,
                            wal_exists(root))  # fmt: skip
        timing.learn(outcome)
        check_exit(counts, outcome)
        if outcome.killed and ((root / "mooring.db-wal").exists() or _partials(paths)):
            counts.mid_write += 1
        acked = "migrated" in outcome.stdout
        counts.acknowledged += int(acked)
        key = opens_with(root, PASSPHRASE)
        if key is None:
            counts.fail("unopenable", "the passphrase no longer opens the vault")
            return
        verdict, version, schema = _look_read_only(paths, key)
        if verdict == "stray":
            counts.fail("stray_notices", "the guard calls the migration's own log stray")
        elif version not in schemas:
            counts.fail("integrity", f"version {version} after the kill")
        elif schema != schemas[version]:
            counts.fail("integrity", f"version {version} with another version's schema")
        if acked and version != migrations.LATEST_VERSION:
            counts.fail("lost", f"acknowledged migration, version {version}")
        for path in backup.list_backups(paths):
            try:
                backup.verify_backup(path, key)
            except VaultError as error:
                counts.fail("integrity", f"{path.name} has a backup's name but {error}")
        with first_open(root, PASSPHRASE, counts) as vault:
            if vault is None:
                return
            now = migrations.current_version(vault.connection)
            if now != migrations.LATEST_VERSION:
                counts.fail("integrity", f"the open after the kill left version {now}")

    started = time.monotonic()
    one(Plan("none", None), "calibration")
    for number in range(iterations):
        counts.iterations += 1
        guarded(counts, one, timing.plan(rng, ("anywhere", "opened")), str(number))
        counts.seconds = time.monotonic() - started
        if progress:
            progress(counts)
    return counts


# ----- (b) autosave in the window ---------------------------------------------------------

_WORD = re.compile(r"i\d{5}w\d{3}")


def scenario_window(
    work: Path, iterations: int, rng: random.Random, progress: Progress | None = None
) -> Counts:
    """The real window under X: unlock, a new entry, words typed one by one (a word
    every 0.25 s), SIGKILL at a random moment 0.3..4.5 s after typing began (from a
    timer, so it can land mid-word or mid-save). Acknowledged: every word typed more
    than 1.5 s before the kill; those must be in the entry, in order. One vault across
    iterations. Every kill is mid-write (typing into an open vault)."""
    from xdriver import App, isolated_env, wait_idle, wait_until, xdotool

    counts = Counts("window")
    env, folders = isolated_env(work / "window")
    data = folders["data"]
    make_vault(data)

    def one(number: int) -> None:
        app = App(data, env, folders["shots"] / "app-output.txt")
        try:
            wait_idle(app.pid, "the lock screen", quiet=0.3)
            app.window.key("ctrl+a")
            app.window.type(PASSPHRASE, delay_ms=5)
            app.window.key("Return")
            wait_until(wal_exists(data), "unlock to open the vault")
            wait_idle(app.pid, "the workspace", quiet=0.3)
            app.window.key("Down")  # the navigation has the focus: Journal
            wait_idle(app.pid, "the journal page", quiet=0.3)
            app.window.key("ctrl+n")
            typed: list[tuple[str, float]] = []
            kill_after = rng.uniform(0.3, 4.5)
            started = time.monotonic()
            killed_at: list[float] = []

            def kill() -> None:
                killed_at.append(time.monotonic())
                app.process.send_signal(signal.SIGKILL)

            timer = threading.Timer(kill_after, kill)
            timer.start()
            index = 0
            while app.process.poll() is None and time.monotonic() - started < 30:
                word = f"i{number:05d}w{index:03d}"
                xdotool("type", "--delay", "5", f"{word} ")
                if app.process.poll() is None and not killed_at:
                    typed.append((word, time.monotonic()))
                index += 1
                time.sleep(WINDOW_GAP_S)
            timer.cancel()
            app.process.wait(timeout=30)
        finally:
            app.kill()  # already dead: only reaps it and closes its output file
        if app.process.returncode == -signal.SIGKILL:
            counts.killed += 1
            counts.mid_write += 1
        else:
            counts.fail("other", f"the window ended with {app.process.returncode}")
        output = app.output()
        if "Traceback" in output:
            counts.fail("other", f"traceback: {output[-300:]}")
        moment = killed_at[0] if killed_at else time.monotonic()
        must_keep = [w for w, at in typed if at < moment - WINDOW_MARGIN_S]
        counts.acknowledged += len(must_keep)
        with first_open(data, PASSPHRASE, counts) as vault:
            if vault is None:
                return
            bodies = [
                str(r[0])
                for r in vault.connection.execute(
                    "SELECT body FROM entries WHERE body LIKE ?", (f"%i{number:05d}w%",)
                )
            ]
        if len(bodies) > 1:
            counts.fail("integrity", f"{len(bodies)} entries hold iteration {number}'s words")
        kept = _WORD.findall(bodies[0]) if bodies else []
        expected = [w for w, _at in typed]
        # The word being typed at the kill may be kept too (it was sent, maybe saved).
        sent = [*expected, f"i{number:05d}w{len(expected):03d}"]
        if kept != sent[: len(kept)]:
            counts.fail("integrity", f"kept words out of order or made up: {kept[-5:]}")
        missing = [w for w in must_keep if w not in kept]
        if missing:
            counts.lost += len(missing) - 1
            counts.fail(
                "lost",
                f"{len(missing)} of {len(must_keep)} words typed >{WINDOW_MARGIN_S} s before "
                f"the kill are missing (kill {kill_after:.2f} s into typing)",
            )

    import xdriver

    begun = time.monotonic()
    for number in range(iterations):
        counts.iterations += 1
        retries = len(xdriver.DISPLAY_RETRIES)
        guarded(counts, one, number)
        if len(xdriver.DISPLAY_RETRIES) > retries:
            counts.notes.append(f"[{number}] the X server refused the window once; started again")
        counts.seconds = time.monotonic() - begun
        if progress:
            progress(counts)
    return counts


Scenario = Callable[[Path, int, random.Random, Progress | None], Counts]

# In the order the soak runs them (quick ones first).
SCENARIOS: dict[str, Scenario] = {
    "add": scenario_add,
    "demo": scenario_demo,
    "backup": scenario_backup,
    "migration": scenario_migration,
    "recover": scenario_recover,
    "passwd": scenario_passwd,
    "window": scenario_window,
}
