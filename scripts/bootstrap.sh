#!/usr/bin/env bash
# Idempotent set-up for CoopDesk on Debian 12 (or any machine with Python >= 3.11).
#
#   scripts/bootstrap.sh          system libraries for the app + .venv + pip install -e ".[test,build]"
#   scripts/bootstrap.sh --test   the same, plus what the test suite needs (postgresql, poppler-utils, binutils)
#
# Works from any cwd. Call it, or source it and then run `coop_bootstrap [--test]`; the body runs
# in a subshell, so it changes nothing in the caller's shell (cwd, options). Environment:
#   PYTHON   interpreter used to create .venv when it does not exist yet
#            (default: the first of python3, python3.14 ... python3.11 that is >= 3.11)
#
# Steps, each skipped when already done:
#   1. Debian packages (dpkg -s): installs only what is missing when root; otherwise prints the
#      sudo command and continues.
#   2. .venv in the project root.
#   3. pip install -e ".[test,build]" when the sha256 of pyproject.toml differs from .venv/.coop-desk-stamp.

coop_bootstrap() (
    set -euo pipefail

    want_test_pkgs=0
    for arg in "$@"; do
        case "$arg" in
            --test) want_test_pkgs=1 ;;
            *) echo "bootstrap: unknown argument: $arg" >&2; exit 2 ;;
        esac
    done

    say() { echo "bootstrap: $*" >&2; }

    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
    cd "$root"
    venv="$root/.venv"
    stamp="$venv/.coop-desk-stamp"

    py_ok() {  # py_ok CMD: CMD is a Python >= 3.11
        "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
    }

    # --- choose the interpreter and see whether .venv has to be created ------------------------
    need_venv=0
    if [[ -x "$venv/bin/python" ]] && py_ok "$venv/bin/python"; then
        :
    else
        need_venv=1
        python=""
        if [[ -n "${PYTHON:-}" ]]; then
            if ! py_ok "$PYTHON"; then
                say "PYTHON=$PYTHON is not a working Python >= 3.11"
                exit 1
            fi
            python="$PYTHON"
        else
            for cand in python3 python3.14 python3.13 python3.12 python3.11; do
                if command -v "$cand" >/dev/null 2>&1 && py_ok "$cand"; then
                    python="$(command -v "$cand")"
                    break
                fi
            done
        fi
        if [[ -z "$python" ]]; then
            say "no Python >= 3.11 found (tried python3, python3.14 ... python3.11); install one or set PYTHON=/path/to/python3.11+"
            exit 1
        fi
    fi

    # --- 1. system packages -------------------------------------------------------------------
    qt_pkgs=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
    test_pkgs=(postgresql poppler-utils libreoffice-calc-nogui binutils)  # binutils: PyInstaller (objdump)

    pkgs=("${qt_pkgs[@]}")
    if ((need_venv)) && ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        pkgs=(python3-venv "${pkgs[@]}")
    fi
    if ((want_test_pkgs)); then
        pkgs+=("${test_pkgs[@]}")
    fi

    if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        missing=()
        for p in "${pkgs[@]}"; do
            # dpkg -s also succeeds for removed packages whose config files remain: check Status.
            if ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
                missing+=("$p")
            fi
        done
        if ((${#missing[@]})); then
            if [[ "$(id -u)" == 0 ]]; then
                say "installing missing Debian packages: ${missing[*]}"
                export DEBIAN_FRONTEND=noninteractive
                apt_log="$(mktemp)"
                if { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
                        </dev/null >"$apt_log" 2>&1; then
                    say "installed: ${missing[*]}"
                else
                    tail -n 30 "$apt_log" >&2
                    say "WARNING: apt-get install failed (output above); continuing, some features or tests may not work"
                fi
                rm -f "$apt_log"
            else
                say "WARNING: missing Debian packages (not root, so not installing them):"
                say "    sudo apt-get install -y --no-install-recommends ${missing[*]}"
                for p in "${missing[@]}"; do
                    case "$p" in
                        postgresql) say "    without postgresql the PostgreSQL tests are skipped" ;;
                        poppler-utils) say "    without poppler-utils the tests needing pdftoppm are skipped" ;;
                        python3-venv) say "    without python3-venv the virtualenv cannot be created" ;;
                    esac
                done
                for p in "${qt_pkgs[@]}"; do
                    if [[ " ${missing[*]} " == *" $p "* ]]; then
                        say "    without the Qt libraries the app and the UI tests may fail to start"
                        break
                    fi
                done
            fi
        fi
    else
        say "note: not a Debian/apt system; make sure these (or your distribution's equivalents) are installed:"
        say "    ${pkgs[*]}"
    fi

    # --- 2. virtualenv ---------------------------------------------------------------------------
    if ((need_venv)); then
        if [[ -e "$venv" ]]; then
            # Never delete it ourselves: it may belong to another user or be in use.
            say "ERROR: $venv exists but $venv/bin/python does not run or is older than 3.11"
            say "    (e.g. its base interpreter was removed, or it is not accessible to user $(id -un))"
            say "    remove it (rm -rf $venv) and run this command again"
            exit 1
        fi
        say "creating $venv with $python ($("$python" -c 'import platform; print(platform.python_version())'))"
        if ! "$python" -m venv "$venv"; then
            rm -rf "$venv"  # a half-made venv would block the next attempt
            say "ERROR: '$python -m venv' failed (on Debian: apt-get install python3-venv)"
            exit 1
        fi
    fi

    # --- 3. pip install when pyproject.toml changed ------------------------------------------------
    want="$("$venv/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$root/pyproject.toml")"
    if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
        # Serialise concurrent bootstraps (e.g. scripts/run and scripts/test started together).
        if command -v flock >/dev/null 2>&1; then
            exec 9>"$venv/.coop-desk-lock"
            flock 9
        fi
        if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
            say "installing Python dependencies (pip install -e \".[test,build]\"); this takes a minute the first time"
            pip_log="$venv/.coop-desk-pip.log"
            if ! "$venv/bin/python" -m pip install --disable-pip-version-check --no-input -e "${root}[test,build]" \
                    </dev/null >"$pip_log" 2>&1; then
                tail -n 40 "$pip_log" >&2
                say "ERROR: pip install failed (last lines above, full output in $pip_log)"
                exit 1
            fi
            echo "$want" >"$stamp"
        fi
    fi
)

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    coop_bootstrap "$@"
fi
