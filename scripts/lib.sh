# Shared by scripts/demo and scripts/test: install what is missing, quickly
# skip what is there. Debian/Ubuntu only (apt).

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_packages PKG... : apt-get install the missing ones (one update first).
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

BUILD_PACKAGES=(build-essential pkg-config libwebkit2gtk-4.1-dev libdbus-1-dev libssl-dev curl ca-certificates)
RUN_PACKAGES=(xvfb xauth dbus-x11 gnome-keyring keyutils psmisc)
E2E_PACKAGES=(webkit2gtk-driver)
TEST_PACKAGES=(postgresql)

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
      export PATH="$HOME/.cargo/bin:$PATH"
    else
      say "installing Rust (rustup)"
      curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
      export PATH="$HOME/.cargo/bin:$PATH"
    fi
  fi
  if command -v rustup >/dev/null 2>&1; then
    for c in rustfmt clippy; do
      rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c" >/dev/null
    done
  fi
}

ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    ensure_packages nodejs npm
  fi
}

# build_ui: install the UI's npm packages when package-lock.json changed,
# then build ui/dist (which the desktop binary embeds at compile time).
build_ui() {
  ensure_node
  if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    say "installing the UI's npm packages"
    (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  fi
  say "building the UI"
  (cd ui && npm run --silent build)
}
