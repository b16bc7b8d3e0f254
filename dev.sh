#!/usr/bin/env bash
# Set up C4S Desktop in ./.venv and run it.
#   ./dev.sh app [ARGS...]   set up, then launch the app on the bundled demo course
#   ./dev.sh test [ARGS...]  set up, then run the whole test suite (pytest ARGS)
# Debian packages that are missing are installed when run as root; otherwise the exact
# apt-get line is printed. Re-running is cheap: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  # Qt's runtime libraries (the PySide6 wheels bring Qt itself)
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6
  libnss3 libasound2 libpulse0 fonts-dejavu-core
  # libVLC, the preferred video engine, and a virtual screen for tests and screenshots
  libvlc5 vlc-plugin-base vlc-plugin-video-output xvfb xauth
)
# For the tests only: a session bus and the AT-SPI stack, with Debian's pyatspi for the system
# python3, through which tests/e2e/test_atspi_names.py reads what a screen reader receives
TEST_APT_PACKAGES=(dbus-daemon python3-pyatspi)

need_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Some system packages are missing. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

find_python() {
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "C4S Desktop needs Python 3.11 or newer (Debian 12: apt-get install python3)." >&2
  exit 1
}

setup() {
  local py extra=("$@")
  py=$(find_python)
  "$py" -c 'import ensurepip, venv' 2>/dev/null || extra+=(python3-venv)
  need_apt "${extra[@]}"
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  local stamp=.venv/.c4s-installed
  local want
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
    echo "$want" > "$stamp"
  fi
  build_translations
  build_icons
}

# The interface translations: resources/translations/c4s_LANG.ts -> .qm, when the .ts is newer.
build_translations() {
  local lrelease=.venv/bin/pyside6-lrelease ts qm
  if [ ! -x "$lrelease" ]; then
    echo "$lrelease is missing (it comes with PySide6); reinstall it with:" >&2
    echo "  .venv/bin/python -m pip install --force-reinstall -e '.[test]'" >&2
    exit 1
  fi
  for ts in resources/translations/c4s_*.ts; do
    qm=${ts%.ts}.qm
    if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$lrelease" -silent "$ts" -qm "$qm"
    fi
  done
}

# The icons: resources/icons/NAME.svg -> png/NAME-SIZE.png, when missing or older than the drawing
# (the app then starts without Qt's SVG library).
build_icons() {
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m c4s_desktop.ui.icon_raster
}

# A throwaway PostgreSQL cluster on 127.0.0.1 for the server tests, unless the caller already
# gives one in C4S_TEST_POSTGRES_URL; removed when the run ends.
PG_BIN=/usr/lib/postgresql/15/bin

# Run a command as the cluster's owner: initdb and postgres refuse to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "PostgreSQL 15 is not installed: the server tests on PostgreSQL will be skipped" >&2
      echo "  (install it with: sudo apt-get install -y postgresql-15)" >&2
      return 0
    fi
    need_apt postgresql-15
  fi
  PG_DIR=$(mktemp -d /tmp/c4s-ci-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  local password
  password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  printf '%s\n' "$password" > "$PG_DIR/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR/pw"
  as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A scram-sha-256 \
    --pwfile="$PG_DIR/pw" >/dev/null
  # Loopback only, and the socket in the throwaway folder, not in /run.
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off" >/dev/null
  trap stop_postgres EXIT
  PGPASSWORD=$password "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE c4s LOGIN PASSWORD '$password'" -c "CREATE DATABASE c4s_test OWNER c4s"
  export C4S_TEST_POSTGRES_URL="postgresql://c4s:$password@127.0.0.1:$port/c4s_test"
  echo "PostgreSQL for the server tests: 127.0.0.1:$port (removed when the run ends)"
}

stop_postgres() {
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

cmd=${1:-}
shift || true
case "$cmd" in
  app)
    setup
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      mkdir -p screenshots-tmp
      echo "No screen found (DISPLAY is not set): saving a picture of the app instead." >&2
      QT_QPA_PLATFORM=offscreen .venv/bin/c4s-desktop --screenshot screenshots-tmp/app.png "$@"
      echo "Saved screenshots-tmp/app.png; run ./dev.sh app from a desktop session to use the app." >&2
      exit 0
    fi
    exec .venv/bin/c4s-desktop "$@"
    ;;
  test)
    setup "${TEST_APT_PACKAGES[@]}"
    [ -n "${C4S_TEST_POSTGRES_URL:-}" ] || start_postgres
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: ./dev.sh app [ARGS...] | ./dev.sh test [PYTEST ARGS...]" >&2
    exit 2
    ;;
esac
