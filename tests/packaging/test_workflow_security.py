"""The release pipeline's supply-chain rules, checked on every workflow in .github/workflows/.

People install Mooring from the packaged builds, so a compromised build step would reach
every journal. Each workflow must therefore:

- pin every action to a full 40-hex commit SHA, with the version it stands for in a comment
  (`uses: actions/checkout@<sha> # v4.3.1`): a tag can be moved to other code, a commit cannot;
- check out with `persist-credentials: false`, so no token is left in `.git/config` for later
  steps (or an uploaded artifact) to read;
- give its token no more than it needs: a restrictive top-level `permissions:` (`{}` or only
  read/none scopes), or an explicit `permissions:` on every job; no job may write unless it
  is listed in WRITE_ALLOWED below (none is today: the workflow publishes nothing itself);
- and release.yml publishes a SHA256SUMS file computed over the release files it collects.

`./dev.sh lint` runs zizmor and the workflow schema on the same files; these tests say what
this project requires on top of (and independently of) that tool's defaults. Each check is
a function returning the problems it finds, so the tests at the end also prove that each one
fails on a workflow written the way release.yml was before these rules (`@v4` tags, no
persist-credentials, no checksums).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"

# Jobs (workflow file name, job id) allowed to hold a write scope, with the reason.
WRITE_ALLOWED: dict[tuple[str, str], str] = {}

USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<value>[^\s#]+)(?P<rest>.*)$")
PINNED = re.compile(r"^(?P<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+)@(?P<sha>[0-9a-f]{40})$")
VERSION_COMMENT = re.compile(r"^\s+#\s*(?P<version>v\d+(?:\.\d+){0,2})\b")
RESTRICTIVE_SCOPES = {"read", "none"}


def workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def load_yaml(text: str) -> Any:
    """ruamel.yaml (installed with check-jsonschema, a dev tool) or PyYAML, whichever exists."""
    try:
        from ruamel.yaml import YAML
    except ImportError:
        try:
            import yaml  # type: ignore[import-untyped]
        except ImportError:
            pytest.fail("no YAML parser: install the dev tools (./dev.sh installs .[test,dev])")
        return yaml.safe_load(text)
    return YAML(typ="safe", pure=True).load(text)


def jobs(workflow: Any) -> dict[str, Any]:
    found = workflow.get("jobs") if isinstance(workflow, dict) else None
    assert isinstance(found, dict) and found, "the workflow has no jobs"
    return found


def steps(job: Any) -> list[dict[str, Any]]:
    return [step for step in job.get("steps") or [] if isinstance(step, dict)]


def parsed_uses(workflow: Any) -> Iterator[str]:
    """Every `uses:` value: steps' actions and jobs' reusable workflows."""
    for job in jobs(workflow).values():
        if "uses" in job:
            yield str(job["uses"])
        for step in steps(job):
            if "uses" in step:
                yield str(step["uses"])


# --- the checks ---------------------------------------------------------------------------------


def unpinned_uses(text: str) -> list[str]:
    """`uses:` lines not pinned to a 40-hex SHA with a `# vX.Y.Z` comment, and inconsistencies."""
    problems = []
    pins: dict[str, set[str]] = {}
    versions: dict[str, set[str]] = {}
    seen = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = USES_LINE.match(line)
        if match is None:
            continue
        value = match["value"].strip("'\"")
        seen.append(value)
        if value.startswith("./"):
            continue  # an action in this repository: pinned by the checkout itself
        if value.startswith("docker://"):
            if not re.search(r"@sha256:[0-9a-f]{64}$", value):
                problems.append(f"line {number}: docker image not pinned to a digest: {value}")
            continue
        pinned = PINNED.match(value)
        if pinned is None:
            problems.append(f"line {number}: not pinned to a full commit SHA: {value}")
            continue
        comment = VERSION_COMMENT.match(match["rest"])
        if comment is None:
            problems.append(f"line {number}: no version comment (`# vX.Y.Z`) after {value}")
            continue
        pins.setdefault(pinned["action"], set()).add(pinned["sha"])
        versions.setdefault(pinned["sha"], set()).add(comment["version"])
    for action, shas in pins.items():
        if len(shas) > 1:
            problems.append(f"{action} is pinned to different commits: {sorted(shas)}")
    for sha, names in versions.items():
        if len(names) > 1:
            problems.append(f"{sha} carries different version comments: {sorted(names)}")
    # The line scan must have seen every `uses:` the parser sees (no flow-style mapping hides one).
    parsed = sorted(value.strip() for value in parsed_uses(load_yaml(text)))
    if parsed != sorted(seen):
        problems.append(f"`uses:` not on lines of their own: parsed {parsed}, scanned {seen}")
    return problems


def persisted_credentials(text: str) -> list[str]:
    """Checkout steps that do not set persist-credentials: false."""
    problems = []
    for job_id, job in jobs(load_yaml(text)).items():
        for step in steps(job):
            if not str(step.get("uses", "")).startswith("actions/checkout@"):
                continue
            setting = (step.get("with") or {}).get("persist-credentials")
            if setting is not False and str(setting).lower() != "false":
                problems.append(f"job {job_id}: checkout without persist-credentials: false")
    return problems


def restrictive(permissions: Any) -> bool:
    if permissions is None:
        return False
    # `read-all` and `write-all` (strings) are not least privilege; `{}` is an empty mapping.
    return isinstance(permissions, dict) and all(
        str(scope) in RESTRICTIVE_SCOPES for scope in permissions.values()
    )


def permission_problems(text: str, filename: str) -> list[str]:
    """No broad default token: a restrictive top level, or explicit permissions on every job."""
    workflow = load_yaml(text)
    problems = []
    top = workflow.get("permissions")
    if top is not None and not restrictive(top):
        problems.append(f"top-level permissions are not restrictive: {top!r}")
    for job_id, job in jobs(workflow).items():
        if "permissions" not in job:
            if top is None:
                problems.append(f"job {job_id}: no permissions, and none at the top level")
            continue
        granted = job["permissions"]
        if isinstance(granted, str):
            problems.append(f"job {job_id}: blanket permissions {granted!r}; name each scope")
            continue
        writes = sorted(scope for scope, level in (granted or {}).items() if level == "write")
        if writes and (filename, job_id) not in WRITE_ALLOWED:
            problems.append(f"job {job_id}: writes {writes} without an entry in WRITE_ALLOWED")
    return problems


def checksum_problems(text: str) -> list[str]:
    """A job after the builds collects their artifacts, computes SHA256SUMS and uploads it."""
    workflow = load_yaml(text)
    all_jobs = jobs(workflow)
    # The jobs whose artifacts the checksums must cover: every other job that uploads one.
    uploaders = {
        job_id
        for job_id, job in all_jobs.items()
        for step in steps(job)
        if str(step.get("uses", "")).startswith("actions/upload-artifact@")
        and not str((step.get("with") or {}).get("path", "")).endswith("SHA256SUMS")
    }
    for job_id, job in all_jobs.items():
        needs = job.get("needs") or []
        needs = {needs} if isinstance(needs, str) else set(needs)
        job_steps = steps(job)
        downloads = any(
            str(step.get("uses", "")).startswith("actions/download-artifact@") for step in job_steps
        )
        computes = any(
            "sha256sum" in str(step.get("run", "")) and "SHA256SUMS" in str(step.get("run", ""))
            for step in job_steps
        )
        uploads = any(
            str(step.get("uses", "")).startswith("actions/upload-artifact@")
            and str((step.get("with") or {}).get("path", "")).endswith("SHA256SUMS")
            for step in job_steps
        )
        if downloads and computes and uploads:
            missing = sorted(uploaders - needs - {job_id})
            if missing:
                return [f"job {job_id} computes SHA256SUMS before {missing} finish (needs:)"]
            return []
    return ["no job downloads the release artifacts, computes SHA256SUMS and uploads it"]


# --- the tests ----------------------------------------------------------------------------------


def test_there_are_workflows() -> None:
    assert [path.name for path in workflow_files()].count("release.yml") == 1


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path: Path) -> None:
    assert unpinned_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_checkouts_do_not_keep_credentials(path: Path) -> None:
    assert persisted_credentials(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", workflow_files(), ids=lambda path: path.name)
def test_token_permissions_are_least_privilege(path: Path) -> None:
    assert permission_problems(path.read_text(encoding="utf-8"), path.name) == []


def test_release_publishes_sha256sums() -> None:
    assert checksum_problems((WORKFLOWS / "release.yml").read_text(encoding="utf-8")) == []


# The shape release.yml had before these rules: tags instead of commits, a checkout that
# keeps its token, no checksums. Each check must find its problem in it.
OLD_STYLE = """\
name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python packaging/build.py --clean
      - uses: actions/upload-artifact@v4
        with:
          name: mooring-linux
          path: packaging/dist/release/*
"""


def test_the_checks_fail_on_the_old_style_workflow() -> None:
    unpinned = unpinned_uses(OLD_STYLE)
    assert len(unpinned) == 3 and all("not pinned" in problem for problem in unpinned)
    assert persisted_credentials(OLD_STYLE) == [
        "job build: checkout without persist-credentials: false"
    ]
    assert checksum_problems(OLD_STYLE) == [
        "no job downloads the release artifacts, computes SHA256SUMS and uploads it"
    ]


@pytest.mark.parametrize(
    ("uses", "expected"),
    [
        ("actions/checkout@v4.3.1", "not pinned to a full commit SHA"),
        ("actions/checkout@34e114876b0b11c390a56381ad16ebd1", "not pinned to a full commit SHA"),
        ("actions/checkout@main", "not pinned to a full commit SHA"),
        ("actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5", "no version comment"),
        (
            "actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5 # latest",
            "no version comment",
        ),
        ("docker://alpine:3.20", "docker image not pinned"),
    ],
)
def test_pin_check_rejects(uses: str, expected: str) -> None:
    text = f"on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: {uses}\n"
    problems = unpinned_uses(text)
    assert len(problems) == 1 and expected in problems[0], problems


def test_pin_check_rejects_one_action_at_two_commits_and_hidden_uses() -> None:
    sha_a, sha_b = "a" * 40, "b" * 40
    text = (
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n"
        f"      - uses: actions/checkout@{sha_a} # v4.3.1\n"
        f"      - uses: actions/checkout@{sha_b} # v4.3.1\n"
        "      - {uses: actions/setup-python@v5}\n"
    )
    problems = unpinned_uses(text)
    assert any("pinned to different commits" in problem for problem in problems), problems
    assert any("not on lines of their own" in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("permissions", "job_permissions", "expected"),
    [
        (None, None, "job a: no permissions, and none at the top level"),
        ("write-all", None, "top-level permissions are not restrictive"),
        ("read-all", None, "top-level permissions are not restrictive"),
        ("\n  contents: write", None, "top-level permissions are not restrictive"),
        ("{}", "\n      contents: write", "job a: writes ['contents'] without an entry"),
        ("{}", " write-all", "job a: blanket permissions"),
    ],
)
def test_permission_check_rejects(
    permissions: str | None, job_permissions: str | None, expected: str
) -> None:
    text = "on: push\n"
    if permissions is not None:
        text += f"permissions: {permissions}\n"
    text += "jobs:\n  a:\n    runs-on: ubuntu-22.04\n"
    if job_permissions is not None:
        text += f"    permissions:{job_permissions}\n"
    text += "    steps:\n      - run: true\n"
    problems = permission_problems(text, "example.yml")
    assert len(problems) == 1 and problems[0].startswith(expected), problems
