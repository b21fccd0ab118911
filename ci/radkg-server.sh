# Sourced by the CI scripts that test `./radkg serve` from outside. Before sourcing, set `work` (a
# fresh temporary folder) and `name` (for messages). Defines radkg_server_start, which builds a store
# in $work/out, serves it on a free local port and waits for an answer, setting `server_pid` and `base`
# (http://127.0.0.1:PORT, no trailing slash); and installs an EXIT trap that always stops the server
# and removes $work. Arguments to radkg_server_start are passed on to `./radkg serve`;
# radkg_server_stop stops the server (to start another on the same store).
server_pid=""

radkg_server_stop() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

radkg_server_cleanup() {
  radkg_server_stop
  rm -rf "$work"
}
trap radkg_server_cleanup EXIT

radkg_server_start() {
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000)))"
  base="http://127.0.0.1:$port"
  ./radkg serve --store "$work/out" --port "$port" "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null "$base/sparql?query=ASK%7B%7D"; then return 0; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; echo "$name: the server died" >&2; exit 1; fi
    sleep 1
  done
  cat "$work/server.log" >&2
  echo "$name: no answer on $base" >&2
  exit 1
}
