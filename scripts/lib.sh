# Shared by scripts/run and scripts/test: installs what is missing, then configures and builds.
# Sourced, not run.

SAMSPILL_SOURCE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building and running Samspill needs (Debian 12 package names).
SAMSPILL_BUILD_PACKAGES="cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libxkbcommon-dev fonts-dejavu-core"
# What the test suite needs besides: a PostgreSQL server for the storage tests, the sqlite3
# program (the floor the benchmarks compare against), and pdftotext and unzip, with which the
# report tests read the PDF's text and the ODT's content.xml.
SAMSPILL_TEST_PACKAGES="postgresql sqlite3 poppler-utils unzip"

# Installs the given Debian packages that are not installed yet; a fast no-op when all are.
samspill_install_packages() {
  local missing
  # shellcheck disable=SC2086
  missing=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "$@" 2>&1 |
            awk '$1 != "ii" { print $NF }') || true
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Samspill needs these Debian packages; install them as root: $missing" >&2
      return 1
    fi
  fi
  echo "Installing: $(echo $missing)" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
  # shellcheck disable=SC2086
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
}

# Configures (once) and builds the CMake preset $1 into build/$1, using ccache when present:
# every target, or only the target $2 and what it needs (the program alone is a fraction of
# the tests and benchmarks).
samspill_build() {
  local preset=$1 target=() launcher=()
  if [ -n "${2:-}" ]; then target=(--target "$2"); fi
  if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR=$SAMSPILL_SOURCE
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cd "$SAMSPILL_SOURCE"
  if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" "${launcher[@]}" >/dev/null
  fi
  cmake --build --preset "$preset" "${target[@]}" -j "$(nproc)"
}
