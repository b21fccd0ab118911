// Adding a document while the server runs (serve --watch, see ci/browser-tests.sh): the new page's
// organization becomes findable and gets its page, with no failed request meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BASE, launch, close, open, shot } from './browser.mjs';

before(launch);
after(close);

const CORPUS = process.env.RADKG_CORPUS;

test('a document added to the watched corpus is served without a restart', { skip: !CORPUS && 'RADKG_CORPUS not set' }, async () => {
  const page = await open();
  const name = 'Nordlys Imaging Society';
  const html = `<!doctype html><html><head><title>Nordlys Imaging Society opens a training centre</title></head>
<body><h1>Nordlys Imaging Society opens a training centre</h1>
<p>The Nordlys Imaging Society (NIS) opened the Arctic Ultrasound Training Centre in Tromsø, Norway, in 2024.
The centre is funded by the Northern Health Fund.</p></body></html>`;
  const before = await page.request.get(`${BASE}search?q=Nordlys`, { headers: { Accept: 'application/json' } });
  assert.equal(before.status(), 200);
  assert.ok(!(await before.json()).results.some((r) => r.label === name), 'not there before');
  fs.writeFileSync(path.join(CORPUS, 'nordlys-release.html'), html);
  let found = null;
  const failures = [];
  for (let i = 0; i < 240 && !found; i++) {
    const r = await page.request.get(`${BASE}search?q=Nordlys`, { headers: { Accept: 'application/json' } });
    if (r.status() !== 200) { failures.push(r.status()); } else {
      found = (await r.json()).results.find((x) => x.label === name) || null;
    }
    if (!found) { await new Promise((res) => setTimeout(res, 500)); }
  }
  assert.deepEqual(failures, [], 'no failed request while the server rebuilt');
  assert.ok(found, 'the new organization is found after the rebuild');
  await page.goto(new URL(found.href, BASE).toString());
  assert.match(await page.locator('h1').textContent(), /Nordlys Imaging Society/);
  await shot(page, 'added-document');
  assert.deepEqual(page.problems, []);
});
