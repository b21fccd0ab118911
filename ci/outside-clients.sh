#!/usr/bin/env bash
# Checks `./radkg serve` from outside, with clients this project did not write: curl (content
# negotiation), Comunica and fetch-sparql-endpoint (SPARQL protocol), jsonld-cli and n3 (parsing what
# the server returns), Jena's arq.rsparql and a harvester (ci/harvester.mjs). Starts the server on a free local port with a fresh
# store, talks to 127.0.0.1 only, and always stops the server. Exit 0 only if every client succeeds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
tools="$root/target/ci-tools"
work="$(mktemp -d)"
name="outside-clients"
# shellcheck source=ci/radkg-server.sh
. ci/radkg-server.sh

# --- tools (installed once into target/ci-tools) ---------------------------------------------
if [ ! -x "$tools/node_modules/.bin/comunica-sparql" ] || [ ! -x "$tools/node_modules/.bin/jsonld" ] \
    || [ ! -x "$tools/node_modules/.bin/fetch-sparql-endpoint" ] || [ ! -d "$tools/node_modules/n3" ] \
    || [ ! -d "$tools/node_modules/jsonld" ] || [ ! -d "$tools/node_modules/rdfxml-streaming-parser" ]; then
  mkdir -p "$tools"
  # Comunica 4: version 5 needs Node 22.
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    @comunica/query-sparql@4 fetch-sparql-endpoint jsonld-cli jsonld n3 rdfxml-streaming-parser >&2
fi
bin="$tools/node_modules/.bin"
jena_version="$(sed -n 's:.*<jena.version>\(.*\)</jena.version>.*:\1:p' pom.xml)"
cmds_jar="$HOME/.m2/repository/org/apache/jena/jena-cmds/$jena_version/jena-cmds-$jena_version.jar"
if [ ! -f "$cmds_jar" ]; then
  mvn -B -q dependency:get -Dartifact="org.apache.jena:jena-cmds:$jena_version" -Dtransitive=false >&2
fi

# --- server ----------------------------------------------------------------------------------
radkg_server_start

failures=0
report() { # name, status(0 ok), detail
  if [ "$2" -eq 0 ]; then echo "outside-clients: $1: OK ($3)"; else echo "outside-clients: $1: FAILED ($3)"; failures=$((failures + 1)); fi
}
entity="$base/id/organization/radiological-society-of-north-america"
select='PREFIX rkg: <https://w3id.org/radkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?org ?initiative WHERE { ?o rkg:leads ?i . ?o rdfs:label ?org . ?i rdfs:label ?initiative } LIMIT 10'

# 1. curl: content negotiation on an entity IRI, explicit variants, 404.
detail=""; ok=0
for accept in text/html text/turtle application/ld+json application/n-triples application/rdf+xml; do
  got="$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H "Accept: $accept" "$entity")"
  case "$got" in "200 $accept"*) detail="$detail $accept";; *) ok=1; detail="$detail $accept->$got";; esac
done
vary="$(curl -s -D - -o /dev/null -H 'Accept: text/turtle' "$entity" | tr -d '\r' | sed -n 's/^Vary: //Ip')"
[ "$vary" = "Accept, Accept-Encoding" ] || { ok=1; detail="$detail Vary=$vary"; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$entity.ttl")" = 200 ] || { ok=1; detail="$detail .ttl"; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/id/organization/no-such-thing")" = 404 ] || { ok=1; detail="$detail no-404"; }
report "curl conneg" "$ok" "200 for${detail}; Vary: $vary; .ttl 200; unknown IRI 404"

# 2. Comunica (SPARQL endpoint source).
if out="$("$bin/comunica-sparql" "sparql@$base/sparql" "$select" 2>"$work/comunica.err")"; then
  rows="$(printf '%s' "$out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).length))')"
  [ "$rows" -gt 0 ] && report "comunica-sparql@4" 0 "$rows rows" || report "comunica-sparql@4" 1 "no rows"
else report "comunica-sparql@4" 1 "$(tail -3 "$work/comunica.err")"; fi

# 3. fetch-sparql-endpoint.
if out="$("$bin/fetch-sparql-endpoint" --endpoint "$base/sparql" --query "$select" 2>"$work/fetch.err")"; then
  rows="$(printf '%s\n' "$out" | grep -c '"org"' || true)"
  [ "$rows" -gt 0 ] && report "fetch-sparql-endpoint" 0 "$rows bindings" || report "fetch-sparql-endpoint" 1 "no bindings: $out"
else report "fetch-sparql-endpoint" 1 "$(tail -3 "$work/fetch.err")"; fi

# 4. jsonld-cli: the entity's JSON-LD to RDF (N-Quads).
if out="$("$bin/jsonld" toRdf -q "$entity.jsonld" 2>"$work/jsonld.err")"; then
  n="$(printf '%s\n' "$out" | grep -c ' \.$' || true)"
  [ "$n" -gt 0 ] && report "jsonld-cli" 0 "$n quads from $entity.jsonld" || report "jsonld-cli" 1 "no quads"
else report "jsonld-cli" 1 "$(tail -3 "$work/jsonld.err")"; fi

# 5. n3: parses the entity's Turtle, the VoID description and a CONSTRUCT answer.
n3count() { node -e 'const N3=require(process.argv[1]);let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{console.log(new N3.Parser().parse(s).length)})' "$tools/node_modules/n3"; }
ok=0; detail=""
for target in "$entity.ttl" "$base/void" "$base/sparql"; do
  args=(-sf -H 'Accept: text/turtle' "$target")
  [ "$target" = "$base/sparql" ] && args+=(-G --data-urlencode 'query=CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50')
  if n="$(curl "${args[@]}" | n3count 2>"$work/n3.err")" && [ "$n" -gt 0 ]; then
    detail="$detail ${target#"$base"}=$n"
  else ok=1; detail="$detail ${target#"$base"}=error:$(tail -1 "$work/n3.err")"; fi
done
report "n3 (Turtle parser)" "$ok" "triples:$detail (CONSTRUCT LIMIT 50)"

# 6. Jena's own arq.rsparql.
if out="$(java -cp "$root/target/radkg.jar:$cmds_jar" arq.rsparql --service "$base/sparql" --results csv "$select" 2>"$work/rsparql.err")"; then
  rows="$(( $(printf '%s\n' "$out" | wc -l) - 1 ))"
  [ "$rows" -gt 0 ] && report "arq.rsparql" 0 "$rows rows" || report "arq.rsparql" 1 "no rows"
else report "arq.rsparql" 1 "$(tail -3 "$work/rsparql.err")"; fi

# Dumps harvestable: SHA256SUMS matches the downloaded files.
mkdir -p "$work/dl" && ok=0
curl -sf "$base/dumps/SHA256SUMS" -o "$work/dl/SHA256SUMS" || ok=1
while read -r _ name; do curl -sf "$base/dumps/$name" -o "$work/dl/$name" || ok=1; done < "$work/dl/SHA256SUMS"
(cd "$work/dl" && sha256sum -c --quiet SHA256SUMS) >/dev/null 2>&1 || ok=1
report "dumps (curl + sha256sum -c)" "$ok" "$(wc -l < "$work/dl/SHA256SUMS") files"

# 7. A harvester: /void's distributions downloaded, byte size and checksum checked, each dump parsed.
if out="$(node ci/harvester.mjs "$base/" "$tools/node_modules" 2>&1)"; then
  report "harvester (/void, sizes, checksums, N3.js, jsonld.js, rdfxml-streaming-parser)" 0 "$(printf '%s\n' "$out" | tail -1)"
else report "harvester" 1 "$(printf '%s\n' "$out" | grep -E 'FAILED|Error' | head -3)"; fi
printf '%s\n' "$out" | sed 's/^/  /'

if [ "$failures" -gt 0 ]; then echo "outside-clients: $failures client(s) failed; server log:" >&2; tail -20 "$work/server.log" >&2; exit 1; fi
echo "outside-clients: all OK"
