#!/usr/bin/env bash
# Browser tests: `./radkg serve` on the seed data on a free local port, then the Playwright tests in
# e2e/tests/ in headless Debian Chromium (playwright-core from npm, no downloaded browser). Installs
# Chromium and the npm packages where missing; screenshots land in target/e2e/; always stops the server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
name="browser-tests"
# shellcheck source=ci/radkg-server.sh
. ci/radkg-server.sh

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium >&2
fi
(cd e2e && npm ci --no-audit --no-fund --loglevel=error >&2)

# The server watches a copy of the seed corpus, so a test can add a document while it runs.
cp -r data/corpus "$work/corpus"
radkg_server_start --input "$work/corpus" --watch
base="$base/"

mkdir -p target/e2e
if ! (cd e2e && RADKG_BASE="$base" RADKG_CORPUS="$work/corpus" RADKG_SHOTS="$(pwd)/../target/e2e" CHROMIUM="$(command -v chromium)" npm test); then
  echo "browser-tests: FAILED; server log:" >&2
  tail -50 "$work/server.log" >&2
  exit 1
fi

# Issue 17: the IRIs at w3id.org, the site where it is served. The same store, served again with
# --base-url https://w3id.org/radkg/: every page must load its scripts and styles from the site under
# its CSP, with no request to w3id.org.
radkg_server_stop
radkg_server_start --input "$work/corpus" --no-build --base-url https://w3id.org/radkg/
base="$base/"
if ! (cd e2e && RADKG_BASE="$base" RADKG_SHOTS="$(pwd)/../target/e2e" CHROMIUM="$(command -v chromium)" node --test --test-concurrency=1 tests/w3id.test.mjs); then
  echo "browser-tests: FAILED with --base-url https://w3id.org/radkg/; server log:" >&2
  tail -50 "$work/server.log" >&2
  exit 1
fi
echo "browser-tests: OK, also with --base-url https://w3id.org/radkg/ (screenshots in target/e2e/)"
