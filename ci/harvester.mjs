// A harvester's check of the served dataset, with parsers this project did not write: reads /void
// (Turtle, with N3.js), follows every distribution's dcat:downloadURL, checks the file's byte size
// (dcat:byteSize) and SHA-256 (spdx:checksum), and parses each RDF dump: N-Quads, TriG and Turtle
// with N3.js, JSON-LD with jsonld.js, RDF/XML with rdfxml-streaming-parser. The HDT file has no
// JavaScript reader; its size and checksum are checked here and its content by HdtDumpTest.
// Usage: node ci/harvester.mjs BASE_URL TOOLS_NODE_MODULES
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

const [base, modules] = process.argv.slice(2);
const require = createRequire(modules + '/');
const N3 = require('n3');
const jsonld = require('jsonld');
const { RdfXmlParser } = require('rdfxml-streaming-parser');

const DCAT = 'http://www.w3.org/ns/dcat#';
const SPDX = 'http://spdx.org/rdf/terms#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

async function fetchOk(url, accept) {
  const r = await fetch(url, { headers: accept ? { Accept: accept } : {} });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
}

function rdfXmlCount(text) {
  return new Promise((resolve, reject) => {
    let n = 0;
    const p = new RdfXmlParser();
    p.on('data', () => { n += 1; }).on('error', reject).on('end', () => resolve(n));
    p.write(text);
    p.end();
  });
}

async function parse(name, bytes) {
  const text = name.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : null;
  if (name.endsWith('.nq.gz')) return new N3.Parser({ format: 'N-Quads' }).parse(text).length;
  if (name.endsWith('.trig.gz')) return new N3.Parser({ format: 'TriG' }).parse(text).length;
  if (name.endsWith('.ttl.gz')) return new N3.Parser({ format: 'Turtle' }).parse(text).length;
  if (name.endsWith('.jsonld.gz')) return (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })).split('\n').filter(Boolean).length;
  if (name.endsWith('.rdf.gz')) return rdfXmlCount(text);
  return null; // HDT: size and checksum only
}

const voidText = await (await fetchOk(base + 'void', 'text/turtle')).text();
const quads = new N3.Parser({ format: 'Turtle', baseIRI: base + 'void' }).parse(voidText);
const store = new N3.Store(quads);
const distributions = store.getQuads(null, RDF_TYPE, DCAT + 'Distribution', null).map((q) => q.subject);
if (distributions.length === 0) throw new Error('/void lists no dcat:Distribution');
let failures = 0;
for (const d of distributions) {
  const one = (p) => store.getObjects(d, p, null)[0];
  const url = one(DCAT + 'downloadURL')?.value;
  const size = Number(one(DCAT + 'byteSize')?.value);
  const checksum = one(SPDX + 'checksum');
  const sha = checksum ? store.getObjects(checksum, SPDX + 'checksumValue', null)[0]?.value : undefined;
  try {
    if (!url || !Number.isFinite(size) || !sha) throw new Error(`${d.value}: downloadURL, byteSize or checksum missing`);
    const bytes = Buffer.from(await (await fetchOk(url)).arrayBuffer());
    if (bytes.length !== size) throw new Error(`${url}: ${bytes.length} bytes, /void says ${size}`);
    const got = createHash('sha256').update(bytes).digest('hex');
    if (got !== sha) throw new Error(`${url}: SHA-256 ${got}, /void says ${sha}`);
    const n = await parse(url, bytes);
    if (n !== null && n === 0) throw new Error(`${url}: parsed, but holds no triples`);
    console.log(`harvester: ${url.split('/').pop()}: ${size} bytes, checksum OK${n === null ? ' (HDT: see HdtDumpTest)' : `, ${n} statements parsed`}`);
  } catch (e) {
    failures += 1;
    console.log(`harvester: FAILED: ${e.message}`);
  }
}
console.log(`harvester: ${distributions.length} distributions, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
