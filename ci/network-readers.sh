#!/usr/bin/env bash
# Exports the seed's collaboration network in every format of `./radkg network` and reads each file
# back with software this project did not write: graphology-gexf and graphology-graphml (npm),
# Graphviz (dot -Tsvg), xmllint against the published GEXF 1.3 and GraphML schemas, Python's csv and
# json modules. Local files only; the only network traffic is the npm registry on first use.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
tools="$root/target/ci-tools"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in dot xmllint python3 node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "network-readers: $tool is needed (see .ci/run)" >&2; exit 1; }
done
if [ ! -d "$tools/node_modules/graphology-gexf" ] || [ ! -d "$tools/node_modules/graphology-graphml" ] \
    || [ ! -d "$tools/node_modules/graphology" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error graphology graphology-gexf graphology-graphml >&2
fi

./radkg build --store "$work/out" >&2
net() { ./radkg network --store "$work/out" "$@"; }
for f in graphml gexf dot svg json pajek; do net --format "$f" --out "$work/seed.$f"; done
net --format csv --out "$work/csv"
net --format vosviewer --out "$work/vos"
net --format gexf --from 2090 --out "$work/empty.gexf" 2>/dev/null
net --format graphml --from 2090 --out "$work/empty.graphml" 2>/dev/null

failures=0
check() { # name, command...
  local name="$1"; shift
  if out="$("$@" 2>&1)"; then echo "network-readers: $name: OK ${out:+($(printf '%s' "$out" | tail -1))}"
  else echo "network-readers: $name: FAILED: $(printf '%s' "$out" | tail -3)"; failures=$((failures + 1)); fi
}
schemas="$root/src/test/resources/network"
check "xmllint GEXF 1.3" xmllint --noout --schema "$schemas/gexf-1.3/gexf.xsd" "$work/seed.gexf" "$work/empty.gexf"
check "xmllint GraphML" xmllint --noout --schema "$schemas/graphml/graphml.xsd" "$work/seed.graphml" "$work/empty.graphml"
check "xmllint SVG well-formed" xmllint --noout --nonet "$work/seed.svg"
check "dot -Tsvg" dot -Tsvg -o "$work/dot.svg" "$work/seed.dot"

# graphology's own parsers, with the counts they see.
graphology() { # module, file
  NODE_PATH="$tools/node_modules" node -e '
    const Graph = require("graphology"); const fmt = require(process.argv[1]);
    const g = fmt.parse(Graph, require("fs").readFileSync(process.argv[2], "utf8"));
    if (g.order === 0 && !process.argv[2].includes("empty")) throw new Error("no nodes");
    let w = 0; g.forEachEdge((e, a) => { w = Math.max(w, Number(a.weight || 0)); });
    console.log(g.order + " nodes, " + g.size + " edges, max weight " + w);' "$1" "$2"
}
check "graphology-gexf" graphology graphology-gexf "$work/seed.gexf"
check "graphology-gexf (empty)" graphology graphology-gexf "$work/empty.gexf"
check "graphology-graphml" graphology graphology-graphml "$work/seed.graphml"
check "graphology-graphml (empty)" graphology graphology-graphml "$work/empty.graphml"

check "python csv (Gephi tables)" python3 -c '
import csv, sys
n = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
e = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
ids = {r["Id"] for r in n}
assert n and all(r["Source"] in ids and r["Target"] in ids and float(r["Weight"]) >= 1 for r in e)
print(len(n), "nodes,", len(e), "edges")' "$work/csv/nodes.csv" "$work/csv/edges.csv"
check "python json (Cytoscape.js)" python3 -c '
import json, sys
el = json.load(open(sys.argv[1], encoding="utf-8"))["elements"]
ids = {x["data"]["id"] for x in el["nodes"]}
assert ids and all(x["data"]["source"] in ids and x["data"]["target"] in ids for x in el["edges"])
print(len(ids), "nodes,", len(el["edges"]), "edges")' "$work/seed.json"
check "python VOSviewer tables" python3 -c '
import csv, sys
m = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline=""), delimiter="\t"))
ids = {int(r["id"]) for r in m}
e = [l.split("\t") for l in open(sys.argv[2], encoding="utf-8").read().splitlines()]
assert m and all(int(a) in ids and int(b) in ids and int(w) >= 1 for a, b, w in e)
print(len(m), "items,", len(e), "links")' "$work/vos/map.txt" "$work/vos/network.txt"
if python3 -c 'import networkx' 2>/dev/null; then
  check "networkx read_pajek" python3 -c '
import networkx as nx, sys
g = nx.read_pajek(sys.argv[1]); assert g.number_of_nodes() > 0
print(g.number_of_nodes(), "nodes,", g.number_of_edges(), "edges")' "$work/seed.pajek"
  # An independent computation of the measures radkg writes: networkx betweenness on 1/weight distances.
  check "networkx betweenness = radkg's" python3 -c '
import networkx as nx, sys
g = nx.read_graphml(sys.argv[1])
for _, _, d in g.edges(data=True): d["distance"] = 1.0 / float(d["weight"])
b = nx.betweenness_centrality(g, weight="distance", normalized=True)
bad = [v for v in g if abs(b[v] - float(g.nodes[v]["betweenness"])) > 1e-5]
assert not bad, bad
print(len(b), "nodes agree; top", max(b, key=b.get))' "$work/seed.graphml"
fi

if [ "$failures" -gt 0 ]; then echo "network-readers: $failures reader(s) failed" >&2; exit 1; fi
echo "network-readers: all OK"
