# QGIS 3.44 LTR in a Debian root file system inside the repository (sourced by _env.sh, not run).
#
# Debian's unstable distribution packages QGIS 3.44 with its own geo stack (Python 3.14, shapely 2,
# numpy 2, pandas 2, geopandas 1.x). ensure_qgis344 builds a minimal root file system of it with
# debootstrap in $QGIS344_DIR (ignored by git), installs QGIS, its Python bindings and that stack
# there, and the pinned test tools (requirements/debian-dev.txt) into a virtual environment inside it.
# A second run finds the stamps and returns at once. run_in_qgis344 runs a command in it, the
# repository bind-mounted at /repo, in a private mount namespace (nothing is left mounted after).
#
# ALMATY_QGIS344_SUITE=trixie builds Debian 13 (QGIS 3.40) instead, in .qgis-3.40/.

QGIS344_SUITE="${ALMATY_QGIS344_SUITE:-sid}"
if [ "$QGIS344_SUITE" = "sid" ]; then
  QGIS344_DIR="${ALMATY_QGIS344_DIR:-$ROOT/.qgis-3.44}"
else
  QGIS344_DIR="${ALMATY_QGIS344_DIR:-$ROOT/.qgis-3.40}"
fi
QGIS344_MIRROR="${ALMATY_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
QGIS344_PACKAGES=(
  qgis python3-qgis qgis-providers python3-pyqt5 python3-pyqt6 xvfb xauth qttools5-dev-tools
  python3-geopandas python3-pandas python3-openpyxl python3-scipy python3-yaml python3-rtree proj-bin
  python3-pytest python3-venv python3-pip
  libreoffice-calc-nogui poppler-utils zip unzip
)
# The archive's Release file of a frozen mirror may be past its validity date.
QGIS344_APT=(apt-get -o Acquire::Check-Valid-Until=false -o APT::Install-Recommends=false -o Dpkg::Use-Pty=0)

# Run "$@" inside the root file system (as root), with /proc, /sys, /dev and the repository mounted.
run_in_qgis344() {
  local dir="$QGIS344_DIR"
  unshare --mount --propagation private -- /bin/sh -ec '
    dir="$1"; root="$2"; shift 2
    mount -t proc proc "$dir/proc"
    mount --rbind /sys "$dir/sys"
    mount --rbind /dev "$dir/dev"
    mkdir -p "$dir/repo"
    mount --bind "$root" "$dir/repo"
    exec chroot "$dir" /usr/bin/env -i PATH=/opt/venv/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
      LANG=C.UTF-8 LC_ALL=C.UTF-8 TMPDIR=/tmp DEBIAN_FRONTEND=noninteractive CI="${CI:-}" "$@"
  ' sh "$dir" "$ROOT" "$@"
}

ensure_qgis344() {
  local dir="$QGIS344_DIR" want stamp start
  want="$(printf '%s\n' "$QGIS344_SUITE" "${QGIS344_PACKAGES[@]}" | sha256sum | cut -d' ' -f1)"
  stamp="$dir/.almaty_planner-packages.sha256"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      log "building the QGIS 3.44 root file system needs root (debootstrap, chroot)"
      exit 1
    fi
    ensure_apt debootstrap
    start=$SECONDS
    if [ ! -x "$dir/usr/bin/apt-get" ] || [ ! -f "$dir/.almaty_planner-debootstrap" ]; then
      log "debootstrap: Debian $QGIS344_SUITE (minbase) into ${dir#"$ROOT"/}"
      rm -rf "$dir"
      mkdir -p "$dir"
      debootstrap --variant=minbase "$QGIS344_SUITE" "$dir" "$QGIS344_MIRROR" >"$dir.debootstrap.log" 2>&1 || {
        tail -20 "$dir.debootstrap.log" >&2
        exit 1
      }
      rm -f "$dir.debootstrap.log"
      touch "$dir/.almaty_planner-debootstrap"
    fi
    printf 'deb %s %s main\n' "$QGIS344_MIRROR" "$QGIS344_SUITE" >"$dir/etc/apt/sources.list"
    cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
    log "installing QGIS and the geo stack of Debian $QGIS344_SUITE into ${dir#"$ROOT"/}"
    run_in_qgis344 "${QGIS344_APT[@]}" -qq update
    run_in_qgis344 "${QGIS344_APT[@]}" -y -qq install "${QGIS344_PACKAGES[@]}" >/dev/null
    run_in_qgis344 "${QGIS344_APT[@]}" clean
    echo "$want" >"$stamp"
    log "root file system ready in $((SECONDS - start)) s"
  fi
  if [ ! -x "$dir/opt/venv/bin/python" ]; then
    run_in_qgis344 /usr/bin/python3 -m venv --system-site-packages /opt/venv
  fi
  # The pinned test tools (pytest, pytest-qgis, ...); the geo stack stays Debian's.
  want="$(sha256sum <"$ROOT/requirements/debian-dev.txt" | cut -d' ' -f1)"
  stamp="$dir/opt/venv/.almaty_planner-debian-dev.txt.sha256"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "installing pip packages from requirements/debian-dev.txt into ${dir#"$ROOT"/}/opt/venv"
    # pip inside trusts the certificate authorities this machine trusts (its own pip does too).
    cp -L "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$dir/etc/ssl/host-ca-certificates.crt"
    run_in_qgis344 /opt/venv/bin/python -m pip install -q --disable-pip-version-check \
      --cert /etc/ssl/host-ca-certificates.crt -r /repo/requirements/debian-dev.txt
    echo "$want" >"$stamp"
  fi
}

# The QGIS test suite (or pytest "$@") inside the root file system, headless.
pytest_qgis344() {
  run_in_qgis344 /bin/sh -ec '
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-root PYTHONDONTWRITEBYTECODE=1
    export PYTHONPATH=/repo:/usr/share/qgis/python/plugins
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    cd /repo
    exec /opt/venv/bin/python -m pytest "$@"
  ' sh "$@"
}

# "QGIS 3.44.15, Python 3.14.10, geopandas 1.2.0, pandas 2.3.3, numpy 2.4.6, shapely 2.1.2-1"
qgis344_stack() {
  local versions shapely
  versions="$(run_in_qgis344 /usr/bin/env QT_QPA_PLATFORM=offscreen /opt/venv/bin/python -c '
import platform, geopandas, numpy, pandas
from qgis.core import Qgis
print("QGIS", Qgis.version().split("-")[0] + ", Python", platform.python_version() + ", geopandas",
      geopandas.__version__ + ", pandas", pandas.__version__ + ", numpy", numpy.__version__)
' 2>/dev/null)"
  # Debian's shapely 2 reports its version as 0+unknown: the package says it.
  shapely="$(run_in_qgis344 dpkg-query -W -f='${Version}' python3-shapely 2>/dev/null)"
  echo "$versions, shapely $shapely"
}
