#!/usr/bin/env bash
# Mooring's developer entry point. From a fresh clone:
#   ./dev.sh run  [mooring args]   set everything up, then start Mooring
#   ./dev.sh test [pytest args]    set everything up, then run every test headless
# Extras: ./dev.sh lint (ruff, mypy --strict, zizmor and schema checks of the workflows),
# ./dev.sh format, ./dev.sh bench, ./dev.sh soak, ./dev.sh screenshots.
#
# "Set up" means: find Python >= 3.11, create .venv (again, if it is broken), install
# Mooring with its test and dev tools when pyproject.toml changed, and on Debian/Ubuntu
# install the system libraries Qt and Xvfb need (as root; otherwise it prints the line).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
VPY="$VENV/bin/python"
STAMP="$VENV/.mooring-installed"

# Qt 6's xcb platform plugin, the virtual X server for headless tests, and the tools
# the end-to-end tests use to drive and photograph the real window.
APT_PACKAGES=(
    xvfb xauth imagemagick xdotool dbus poppler-utils
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
    python3-pyatspi at-spi2-core
)

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
    cat >&2 <<'EOF'
Usage: ./dev.sh COMMAND [ARGS...]

  run   [mooring args]   set up .venv and start Mooring
  test  [pytest args]    set up .venv and run the test suite under a virtual screen
                         (no args: every test, in one worker per core)
  lint                   ruff check, ruff format --check, mypy --strict on app/,
                         zizmor and check-jsonschema on .github/workflows/
  format                 apply ruff format and ruff's safe fixes
  bench                  run the benchmarks in tests/bench/ (they print their figures)
  screenshots [DIR]      pictures of every page in light, dark and high contrast, from a
                         demo vault under a virtual screen (default: docs/screenshots/);
                         --themes light,dark and --language es choose
  soak  [N] [options]    kill -9 every kill-loop scenario N times (default 1000) under a
                         virtual screen and print the counts (tests/adversarial/soak.py)
EOF
}

# --- system packages (Debian/Ubuntu) -------------------------------------------------

# The name apt can install: the given one, or its t64 successor (Ubuntu 24.04) when
# only that exists.
apt_name() {
    if apt-cache show --no-all-versions "$1" >/dev/null 2>&1; then
        echo "$1"
    elif apt-cache show --no-all-versions "${1}t64" >/dev/null 2>&1; then
        echo "${1}t64"
    else
        echo "$1"
    fi
}

# Packages the given python needs to make a virtual environment (Debian strips venv).
venv_packages() {
    local py="$1" version
    if "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        return 0
    fi
    version="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    echo "python${version}-venv"
}

ensure_system_packages() {
    local extra=("$@")
    [[ "$(uname -s)" == Linux ]] || return 0
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        return 0  # not Debian-like: the developer installs the equivalents by hand
    fi
    local wanted=("${APT_PACKAGES[@]}" ${extra[@]+"${extra[@]}"}) missing=() pkg installed
    # One dpkg-query for all (fast on every run); t64 names cover Ubuntu 24.04.
    installed=" $({ dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' \
        "${wanted[@]}" "${wanted[@]/%/t64}" 2>/dev/null || true; } |
        awk '$2 == "ii" {print $1}' | tr '\n' ' ') "
    for pkg in "${wanted[@]}"; do
        [[ "$installed" == *" $pkg "* || "$installed" == *" ${pkg}t64 "* ]] || missing+=("$pkg")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi

    if [[ "$(id -u)" -ne 0 ]]; then
        say "these system packages are missing: ${missing[*]}"
        say "install them with:"
        printf '  sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n' \
            "${missing[*]}" >&2
        return 0
    fi
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || say "apt-get update failed; trying the install anyway"
    local names=()
    for pkg in "${missing[@]}"; do names+=("$(apt_name "$pkg")"); done
    apt-get install -y -qq --no-install-recommends "${names[@]}" >/dev/null
}

# --- python and the virtual environment ----------------------------------------------

find_python() {
    local candidate
    if [[ -n "${MOORING_PYTHON:-}" ]]; then
        echo "$MOORING_PYTHON"
        return 0
    fi
    local candidates=(python3.12 python3.13)
    # pyenv installs versions that are not on PATH unless selected; look there too.
    if command -v pyenv >/dev/null 2>&1; then
        candidates+=("$(pyenv root)"/versions/3.1[23]*/bin/python3)
    fi
    candidates+=(python3 python3.11 python)
    for candidate in "${candidates[@]}"; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
        then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

venv_works() {
    [[ -x "$VPY" ]] &&
        "$VPY" -c 'import sys, pip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

# What the install depends on: the project's metadata, where the checkout lives
# (an editable install points there) and which interpreter the venv runs.
install_fingerprint() {
    "$VPY" - "$ROOT" <<'EOF'
import hashlib, sys
root = sys.argv[1]
with open(root + "/pyproject.toml", "rb") as f:
    digest = hashlib.sha256(f.read()).hexdigest()
print(digest, root, sys.version.split()[0])
EOF
}

ensure_venv() {
    local python extra=()
    if ! venv_works; then
        python="$(find_python)" || die "Python 3.11 or newer is needed; install python3 first."
        # shellcheck disable=SC2207
        extra=($(venv_packages "$python"))
        ensure_system_packages ${extra[@]+"${extra[@]}"}
        if [[ -e "$VENV" ]]; then
            say "recreating .venv (the existing one does not work)"
            rm -rf "$VENV"
        else
            say "creating .venv with $("$python" --version 2>&1)"
        fi
        "$python" -m venv "$VENV" || die "could not create .venv with $python"
    else
        ensure_system_packages
    fi

    local want
    want="$(install_fingerprint)"
    if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]; then
        build_translations
        return 0
    fi
    say "installing Mooring and its test tools into .venv (this can take a minute)"
    rm -f "$STAMP"
    local log="$VENV/.pip-install.log"
    if ! "$VPY" -m pip install --disable-pip-version-check -e ".[test,dev]" >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        die "pip install failed (full log: $log)"
    fi
    printf '%s\n' "$want" >"$STAMP"
    build_translations
}

# The compiled catalogues (resources/translations/*.qm, never committed) from the .ts
# sources: a fraction of a second, so on every run; the window falls back to English
# without them.
build_translations() {
    "$VPY" "$ROOT/tools/translations.py" build >/dev/null ||
        die "could not build the translations (tools/translations.py build)"
}

# --- a virtual X server for headless runs ---------------------------------------------

XVFB_PID=""
XVFB_DIR=""

stop_xvfb() {
    if [[ -n "$XVFB_PID" ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=""
    fi
    if [[ -n "$XVFB_DIR" ]]; then
        rm -rf "$XVFB_DIR"
        XVFB_DIR=""
    fi
}

# Starts Xvfb on a display number it picks itself (-displayfd: no race with another
# server) and exports DISPLAY. Stopped by the EXIT trap, however the script ends.
start_xvfb() {
    command -v Xvfb >/dev/null 2>&1 ||
        die "Xvfb is missing; install it with: sudo apt-get install -y xvfb xauth"
    XVFB_DIR="$(mktemp -d "${TMPDIR:-/tmp}/mooring-xvfb.XXXXXX")"
    local number_file="$XVFB_DIR/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp \
        3>"$number_file" </dev/null >"$XVFB_DIR/log" 2>&1 &
    XVFB_PID=$!
    local waited=0
    until grep -q '^[0-9][0-9]*$' "$number_file" 2>/dev/null; do
        if ! kill -0 "$XVFB_PID" 2>/dev/null; then
            cat "$XVFB_DIR/log" >&2 || true
            XVFB_PID=""
            die "Xvfb could not start"
        fi
        ((waited += 1))
        ((waited <= 150)) || die "Xvfb did not become ready within 15 s"
        sleep 0.1
    done
    DISPLAY=":$(head -n 1 "$number_file")"
    export DISPLAY
    unset WAYLAND_DISPLAY
}

headless() {
    if [[ "$(uname -s)" == Linux ]]; then
        start_xvfb
    fi
    "$@"
}

# --- the release pipeline's workflows (part of `lint`) ------------------------------

# zizmor's offline audits with its default (regular) persona, every severity and every
# confidence: any finding exits 10-14 and fails the lint (pedantic is clean today too;
# the auditor persona's secrets-outside-env notes are not gated). --strict-collection
# fails on a workflow it cannot parse instead of skipping it. Then GitHub's workflow
# schema, which check-jsonschema ships (no network).
lint_workflows() {
    local workflows=() file
    for file in .github/workflows/*.yml .github/workflows/*.yaml; do
        if [[ -e "$file" ]]; then workflows+=("$file"); fi
    done
    [[ ${#workflows[@]} -gt 0 ]] || die "no workflow files in .github/workflows/"
    "$VENV/bin/zizmor" --offline --strict-collection --persona regular --no-progress \
        .github/workflows/
    "$VENV/bin/check-jsonschema" --builtin-schema vendor.github-workflows "${workflows[@]}"
}

# --- commands ----------------------------------------------------------------------

trap stop_xvfb EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command="${1:-}"
[[ $# -gt 0 ]] && shift

case "$command" in
run)
    ensure_venv
    if [[ "$(uname -s)" == Linux && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        say "no screen found (DISPLAY is not set); Mooring needs a desktop session"
    fi
    # exec: no Xvfb to clean up here, and signals (Ctrl+C, kill) reach Mooring itself.
    trap - EXIT INT TERM
    exec "$VENV/bin/mooring" "$@"
    ;;
test)
    ensure_venv
    # The whole suite runs in parallel workers, one per core, each with its own virtual
    # screen (tests/worker_display.py); work-stealing keeps the long end-to-end walks from
    # leaving one worker busy at the end. Named tests or options run in one process, as
    # given; add -n auto yourself to spread them.
    if [[ $# -eq 0 ]]; then
        set -- -n "${MOORING_TEST_WORKERS:-auto}" --dist worksteal
    fi
    headless "$VPY" -m pytest "$@"
    ;;
lint)
    ensure_venv
    "$VPY" -m ruff check .
    "$VPY" -m ruff format --check .
    "$VPY" -m mypy
    lint_workflows
    ;;
format)
    ensure_venv
    "$VPY" -m ruff format .
    "$VPY" -m ruff check --fix .
    ;;
bench)
    ensure_venv
    shopt -s nullglob
    benches=(tests/bench/*.py)
    if [[ ${#benches[@]} -eq 0 ]]; then
        say "no benchmarks in tests/bench/ yet"
        exit 0
    fi
    for bench in "${benches[@]}"; do
        [[ "$(basename "$bench")" == _* || "$(basename "$bench")" == conftest.py ]] && continue
        say "== $bench"
        headless "$VPY" "$bench"
        stop_xvfb
    done
    ;;
screenshots)
    ensure_venv
    headless "$VPY" tools/screenshots.py "$@"
    ;;
soak)
    ensure_venv
    iterations="${1:-1000}"
    [[ $# -gt 0 ]] && shift
    headless "$VPY" tests/adversarial/soak.py "$iterations" "$@"
    ;;
-h | --help | help)
    usage
    ;;
*)
    usage
    exit 2
    ;;
esac
