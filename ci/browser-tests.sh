#!/usr/bin/env bash
# Browser tests: `./radkg serve` on the seed data on a free local port, then the Playwright tests in
# e2e/tests/ in headless Debian Chromium (playwright-core from npm, no downloaded browser). Installs
# Chromium and the npm packages where missing; screenshots land in target/e2e/; always stops the server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
server_pid=""

cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium >&2
fi
(cd e2e && npm ci --no-audit --no-fund --loglevel=error >&2)

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))"
base="http://127.0.0.1:$port/"
./radkg serve --store "$work/out" --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 240); do
  if curl -sf -o /dev/null "${base}sparql?query=ASK%7B%7D"; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; echo "browser-tests: the server died" >&2; exit 1; fi
  sleep 1
done
curl -sf -o /dev/null "${base}sparql?query=ASK%7B%7D" || { cat "$work/server.log" >&2; echo "browser-tests: no answer on $base" >&2; exit 1; }

mkdir -p target/e2e
if ! (cd e2e && RADKG_BASE="$base" RADKG_SHOTS="$(pwd)/../target/e2e" CHROMIUM="$(command -v chromium)" npm test); then
  echo "browser-tests: FAILED; server log:" >&2
  tail -50 "$work/server.log" >&2
  exit 1
fi
echo "browser-tests: OK (screenshots in target/e2e/)"
