// The w3id deployment (issue 17): the IRIs are https://w3id.org/radkg/…, the site is wherever it is
// served. ci/browser-tests.sh runs this file a second time against `./radkg serve --base-url
// https://w3id.org/radkg/`: every page must load its scripts and styles from the site
// itself, with no Content-Security-Policy violation and no request to w3id.org. (Against the plain
// server it checks the same, which must hold too.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, close, open, shot } from './browser.mjs';

before(launch);
after(close);

const PAGES = [
  // path, a selector that appears only once the page's own script has run (or null)
  ['', '#counts'],
  ['id/organization/radiological-society-of-north-america', '#timeline svg.timeline'],
  ['places', '#world-map svg.world-map'],
  ['network', '#network-graph canvas'],
  ['editor', '#yasgui.ready .CodeMirror'],
  ['queries', null],
  ['queries/rsna-global-learning-centers', null],
  ['search?q=GLC', '#search-results a'],
  ['ontology', null],
  ['dumps/', null],
];

for (const [path, ready] of PAGES) {
  test(`/${path}: scripts and styles from the site, no CSP violation, nothing from w3id.org`, async () => {
    const page = await open();
    const requests = [];
    const loaded = { script: [], stylesheet: [] };
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => {
      const type = r.request().resourceType();
      if (type in loaded) loaded[type].push(`${r.status()} ${r.url()}`);
    });
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy|violates/i.test(m.text())) violations.push(m.text()); });
    const response = await page.goto(BASE + path);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-security-policy'] || '', /script-src 'self'/);
    // The canonical link names the page on this site, not the w3id IRI (which only redirects here).
    const canonical = response.headers().link?.match(/<([^>]+)>; rel="canonical"/);
    if (canonical) assert.ok(canonical[1].startsWith(BASE), `canonical ${canonical[1]}`);
    if (ready) await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');

    const declared = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script[src]')].map((s) => s.src),
      styles: [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => l.href),
      applied: [...document.styleSheets].filter((s) => s.href).map((s) => s.href),
      forms: [...document.querySelectorAll('form[action]')].map((f) => f.action),
    }));
    assert.ok(declared.styles.length > 0, 'the page has a stylesheet');
    for (const url of [...declared.scripts, ...declared.styles, ...declared.forms]) {
      assert.ok(url.startsWith(BASE), `${url} is on the site`);
    }
    for (const href of declared.styles) {
      assert.ok(declared.applied.includes(href), `stylesheet ${href} applied`);
      assert.ok(loaded.stylesheet.includes(`200 ${href}`), `stylesheet ${href} loaded: ${loaded.stylesheet}`);
    }
    for (const src of declared.scripts) {
      assert.ok(loaded.script.includes(`200 ${src}`), `script ${src} loaded: ${loaded.script}`);
    }
    assert.deepEqual(requests.filter((u) => /w3id\.org/.test(u)), [], 'no request to w3id.org');
    assert.deepEqual(requests.filter((u) => !u.startsWith(BASE) && !u.startsWith('data:')), [], 'no request elsewhere');
    assert.deepEqual(violations, []);
    await shot(page, `w3id-${path.replace(/[^a-z0-9]+/gi, '-') || 'landing'}`);
    assert.deepEqual(page.problems, []);
  });
}
