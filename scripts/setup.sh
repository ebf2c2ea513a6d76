#!/usr/bin/env bash
# The project's two set-up commands, for a fresh Debian 12 machine (run as root):
#   bash scripts/setup.sh app [--demo N]   install everything and start the app on a local SQLite store
#   bash scripts/setup.sh test             install everything and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
shift || true

APP_PACKAGES=(python3 python3-venv python3-pip
  fonts-arphic-uming fonts-wqy-zenhei
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libnss3 libxcomposite1 libxrandr2 libxdamage1 libxtst6
  libasound2 libcups2)
TEST_PACKAGES=(postgresql libreoffice-writer-nogui poppler-utils)

apt_install() {
  if command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    echo "apt-get not found: install these packages by hand: $*" >&2
  fi
}

python_env() {
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
}

start_postgres() {
  local ver
  ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$ver main"; then
    pg_createcluster "$ver" main >/dev/null
  fi
  pg_ctlcluster "$ver" main start 2>/dev/null || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 && break
    sleep 1
  done
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='md'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE md LOGIN SUPERUSER PASSWORD 'md'\""
  export MEDIATION_DESK_TEST_PG="postgresql://md:md@127.0.0.1:5432/postgres"
}

case "$mode" in
  app)
    apt_install "${APP_PACKAGES[@]}"
    python_env
    .venv/bin/python -m mediation_desk init
    if [ "${1:-}" = "--demo" ]; then
      .venv/bin/python -m mediation_desk demo --cases "${2:-500}"
    fi
    exec .venv/bin/python -m ui
    ;;
  test)
    apt_install "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    python_env
    start_postgres
    export QT_QPA_PLATFORM=offscreen
    echo "== ruff"; .venv/bin/ruff check .
    echo "== mypy"; .venv/bin/mypy
    echo "== pytest (SQLite and PostgreSQL)"
    .venv/bin/pytest -q -p no:cacheprovider tests
    ;;
  *)
    echo "usage: bash scripts/setup.sh app [--demo N] | test" >&2
    exit 64
    ;;
esac
