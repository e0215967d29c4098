# Shared set-up for scripts/test, scripts/demo and scripts/package (sourced, not run).
# Installs what is missing, and only that: apt packages (Debian 12, as root), the virtual environment
# .venv (from /usr/bin/python3 with system site packages, so QGIS's Python bindings and Debian's geo
# stack are used), and pinned pip packages. A second run finds everything in place and returns fast.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
VENV_LATEST="$ROOT/.venv-latest"
VENV_PY39="$ROOT/.venv-py39"
VENV_PYQT6="$ROOT/.venv-pyqt6"

APT_PACKAGES=(
  qgis python3-qgis qgis-providers python3-pyqt5 xvfb xauth
  python3-venv python3-pip
  python3-geopandas python3-pandas python3-openpyxl python3-yaml python3-scipy python3-rtree proj-bin
  qttools5-dev-tools
)
APT_PACKAGES_TEST=(libreoffice-calc-nogui poppler-utils zip unzip)

log() { printf '\033[1m[almaty_planner]\033[0m %s\n' "$*" >&2; }

apt_missing() {
  local pkg missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  printf '%s\n' "${missing[@]}"
}

ensure_apt() {
  local missing
  mapfile -t missing < <(apt_missing "$@" | sed '/^$/d')
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: ${missing[*]}"
    log "run as root, or: sudo apt-get install ${missing[*]}"
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# pip_sync VENV REQUIREMENTS [CONSTRAINTS]: install pinned packages once per content of the files.
pip_sync() {
  local venv="$1" req="$2" cons="${3:-}" stamp want
  stamp="$venv/.almaty_planner-$(basename "$req").sha256"
  want="$(cat "$req" ${cons:+"$cons"} | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  log "installing pip packages from ${req#"$ROOT"/} into ${venv#"$ROOT"/}"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$req" ${cons:+-c "$cons"} 2> >(grep -v "is ignored: it is neither" >&2)
  echo "$want" >"$stamp"
}

ensure_venv() {
  ensure_apt "${APT_PACKAGES[@]}"
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import qgis.core" 2>/dev/null; then
    log "creating $VENV (system site packages, for QGIS)"
    rm -rf "$VENV"
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
  fi
  pip_sync "$VENV" "$ROOT/requirements/debian-dev.txt" "$ROOT/requirements/debian-constraints.txt"
}

ensure_venv_latest() {
  if [ ! -x "$VENV_LATEST/bin/python" ]; then
    log "creating $VENV_LATEST (newest pip geo stack, no QGIS)"
    /usr/bin/python3 -m venv "$VENV_LATEST"
  fi
  pip_sync "$VENV_LATEST" "$ROOT/requirements/latest.txt"
}

# Python 3.9 (QGIS 3.22 on Windows), where this machine has one: prints its path, or nothing.
python39() {
  local candidate
  for candidate in "$(command -v python3.9 2>/dev/null)" "${PYENV_ROOT:-${HOME:-}/.pyenv}"/versions/3.9*/bin/python3.9 /usr/bin/python3.9; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 9)' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 0
}

ensure_venv_py39() {
  local py
  py="$(python39)"
  if [ ! -x "$VENV_PY39/bin/python" ]; then
    log "creating $VENV_PY39 (Python 3.9, as QGIS 3.22 on Windows)"
    "$py" -m venv "$VENV_PY39"
  fi
  pip_sync "$VENV_PY39" "$ROOT/requirements/py39.txt"
}

# PyQt6 alone (no QGIS), whose enum tables tests/qgis/test_qt6_enums.py reads.
ensure_venv_pyqt6() {
  if [ ! -x "$VENV_PYQT6/bin/python" ]; then
    log "creating $VENV_PYQT6 (PyQt6 only, for the Qt 6 enum check)"
    /usr/bin/python3 -m venv "$VENV_PYQT6"
  fi
  pip_sync "$VENV_PYQT6" "$ROOT/requirements/pyqt6.txt"
}

# QGIS 3.44 LTR in a Debian root file system: ensure_qgis344, pytest_qgis344.
source "$ROOT/scripts/_qgis344.sh"

# Headless Qt and a private QGIS profile/config, so runs never touch a user's settings.
headless_env() {
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  export PYTHONPATH="$ROOT:/usr/share/qgis/python/plugins${PYTHONPATH:+:$PYTHONPATH}"
  export PYTHONDONTWRITEBYTECODE=1
}
