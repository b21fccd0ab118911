// What an analyst does, in a real browser: the landing page, search as you type, an entity and the
// sentence behind one of its relations, a prebuilt query with a parameter, the network explorer
// filtered by year, the SPARQL editor (with and without scripts). Runs against a `./radkg serve` of
// the seed data (see ci/browser-tests.sh).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, close, open, shot } from './browser.mjs';

before(launch);
after(close);

const number = (s) => Number(String(s).replace(/[^0-9]/g, ''));

test('landing page: what the dataset is, counts, charts, most connected organizations', async () => {
  const page = await open();
  const response = await page.goto(BASE);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'] || '', /script-src 'self'/);
  const counts = page.locator('#counts');
  await counts.waitFor();
  for (const kind of ['organizations', 'initiatives', 'places', 'people', 'articles', 'facts']) {
    assert.ok(number(await counts.locator(`[data-kind="${kind}"] .number`).textContent()) > 0, `${kind} counted`);
  }
  assert.ok(await page.locator('figure.chart').count() >= 3, 'charts by society, topic and year');
  assert.ok(await page.locator('figure.chart svg').first().isVisible());
  assert.ok(await page.locator('main a[href*="/id/organization/radiological-society-of-north-america"]').count() > 0, 'RSNA among the most connected');
  for (const href of ['dumps/', 'void', 'sparql', 'queries', 'network']) {
    assert.ok(await page.locator(`main a[href$="/${href}"]`).count() > 0, `links to ${href}`);
  }
  await shot(page, 'landing');
  assert.deepEqual(page.problems, []);
});

test('search as you type: "GLC" suggests the RSNA Global Learning Centers and opens its page', async () => {
  const page = await open();
  await page.goto(BASE);
  const box = page.locator('#site-search-q');
  await box.click();
  await box.pressSequentially('GLC', { delay: 60 });
  const option = page.getByRole('option', { name: /Global Learning Center/i }).first();
  await option.waitFor();
  await shot(page, 'search-suggestions');
  await option.click();
  await page.waitForURL(/\/id\/initiative\//);
  assert.match(await page.locator('h1').textContent(), /Global Learning Center/i);
  assert.deepEqual(page.problems, []);
});

test('search page and JSON API answer the same query', async () => {
  const page = await open();
  await page.goto(`${BASE}search?q=Stellenbosch`);
  const first = page.locator('#search-results a').first();
  assert.match(await first.textContent(), /Stellenbosch/);
  const api = await page.request.get(`${BASE}search?q=health%20equity`, { headers: { Accept: 'application/json' } });
  assert.equal(api.status(), 200);
  const json = await api.json();
  assert.ok(json.results.some((r) => /Health Equity/i.test(r.label)), JSON.stringify(json).slice(0, 300));
});

test('where the Global Learning Centers are, and a relation back to the sentence that states it', async () => {
  const page = await open();
  await page.goto(`${BASE}search?q=GLC`);
  await page.locator('#search-results a').filter({ hasText: /Global Learning Center/i }).first().click();
  await page.waitForURL(/\/id\/initiative\//);
  // The hosts of the program are linked, and drawn in its neighbourhood graph.
  assert.ok(await page.locator('main a[href*="/id/organization/"]').count() > 1, 'the GLC page links its hosts');
  await page.locator('#neighbourhood canvas').first().waitFor();
  await shot(page, 'entity-glc');
  // Follow a relation to the sentence in its article.
  const evidence = page.locator('a[href*="/id/article/"][href*="#"]').first();
  const href = await evidence.getAttribute('href');
  await evidence.click();
  await page.waitForURL(/\/id\/article\//);
  const anchor = decodeURIComponent(href.split('#')[1]);
  const mark = page.locator(`[id="${anchor}"]`);
  assert.ok(await mark.isVisible(), 'the evidence sentence is on the article page');
  assert.ok((await mark.textContent()).length > 20);
  assert.ok(await page.locator('article a.entity, .article a.entity, .article a[href*="/id/"]').count() > 0, 'entities highlighted');
  await shot(page, 'article-evidence');
  assert.deepEqual(page.problems, []);
});

test('a prebuilt query with a parameter: partners of an organization, downloadable as CSV', async () => {
  const page = await open();
  await page.goto(`${BASE}queries`);
  await page.locator('a[href$="/queries/partners-of-organization"]').first().click();
  const input = page.locator('form.query-form input[name="organization"]');
  await input.fill('https://w3id.org/radkg/id/organization/radiological-society-of-north-america');
  await page.locator('form.query-form button[type="submit"]').click();
  await page.waitForURL(/organization=/);
  const rows = page.locator('table tbody tr, table tr:has(td)');
  assert.ok(await rows.count() > 0, 'the query returns rows');
  const csv = page.locator('a.download-csv');
  assert.match(await csv.getAttribute('href'), /organization=/);
  const body = await (await page.request.get(new URL(await csv.getAttribute('href'), page.url()).href)).text();
  assert.ok(body.split('\n').length > 2, 'the CSV has a header and rows');
  await shot(page, 'query-partners');
  assert.deepEqual(page.problems, []);
});

test('network explorer: drawn, filtered by year, with downloads', async () => {
  const page = await open();
  await page.goto(`${BASE}network`);
  const status = page.locator('#network-status');
  await page.waitForFunction(() => /\d+ organi[sz]ations?/.test(document.querySelector('#network-status')?.textContent || ''));
  const before = number((await status.textContent()).match(/(\d+) organi/)[1]);
  assert.ok(before > 5, `whole network: ${before}`);
  assert.ok(await page.locator('#network-graph canvas').count() > 0, 'cytoscape drew on a canvas');
  assert.ok(await page.locator('a.download[data-format="gexf"]').count() === 1);
  // The legend names each colour's community by its largest members, with a colour swatch.
  const communities = page.locator('#network-legend-communities li[data-community]');
  assert.ok(await communities.count() > 0, 'a community in the legend');
  assert.match(await communities.first().textContent(), /^Community \d+: \S/);
  const swatch = await communities.first().locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(swatch, 'rgba(0, 0, 0, 0)', 'the swatch has the community colour');
  // Nodes show acronyms or short names; the full name stays in the data (hover, panel, table).
  const shown = await page.evaluate(() => window.radkgNetwork.nodes().map((n) => n.style('label')));
  assert.ok(shown.every((l) => l.split(/\s+/).length <= 4), `short labels: ${shown.slice(0, 5)}`);
  await shot(page, 'network');
  const form = page.locator('#network-filters');
  await form.locator('[name="from"]').fill('2023');
  await form.locator('[name="to"]').fill('2023');
  await form.locator('button[type="submit"], input[type="submit"]').first().click();
  await page.waitForFunction((n) => {
    const m = (document.querySelector('#network-status')?.textContent || '').match(/(\d+) organi/);
    return m && Number(m[1]) !== n;
  }, before);
  const after = number((await status.textContent()).match(/(\d+) organi/)[1]);
  assert.ok(after < before, `2023 only: ${after} < ${before}`);
  assert.match(await page.locator('a.download[data-format="gexf"]').getAttribute('href'), /from=2023/);
  await shot(page, 'network-2023');
  assert.deepEqual(page.problems, []);
});

test('done when: from the landing page, without SPARQL, who works on AI with RSNA and where the GLCs are', async () => {
  const page = await open();
  await page.goto(BASE);
  await page.getByRole('link', { name: /artificial intelligence with RSNA/i }).click();
  await page.waitForURL(/\/queries\//);
  const partners = await page.locator('table.results tbody tr').allTextContents();
  assert.ok(partners.length > 0, 'organizations working on AI with RSNA');
  await shot(page, 'done-ai-with-rsna');
  await page.goto(BASE);
  await page.getByRole('link', { name: /Where are the RSNA Global Learning Centers/i }).click();
  await page.waitForURL(/\/queries\//);
  const rows = await page.locator('table.results tbody tr').allTextContents();
  assert.ok(rows.length >= 3, `GLC hosts listed: ${rows.length}`);
  assert.ok(rows.some((r) => /South Africa|Ecuador|Tanzania/.test(r)), rows.join(' | '));
  await shot(page, 'done-glc-places');
  assert.deepEqual(page.problems, []);
});

test('readable on a phone: no sideways scrolling, navigation and search reachable by keyboard', async () => {
  const page = await open({ width: 375, height: 812 });
  await page.goto(BASE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page wider than the phone by ${overflow}px`);
  let focusedSearch = false;
  for (let i = 0; i < 20 && !focusedSearch; i++) {
    await page.keyboard.press('Tab');
    focusedSearch = await page.evaluate(() => document.activeElement?.id === 'site-search-q');
  }
  assert.ok(focusedSearch, 'the search box is reachable with Tab');
  await shot(page, 'landing-phone');
});

test('a year page from the landing chart: what started in 2023 and what was published in 2025', async () => {
  const page = await open();
  await page.goto(BASE);
  const bar = page.locator('#chart-years a[href$="/year/2023"]').first();
  await bar.evaluate((a) => a.closest('details').setAttribute('open', ''));
  await bar.click();
  await page.waitForURL(/\/year\/2023$/);
  assert.match(await page.locator('h1').textContent(), /2023/);
  assert.ok(await page.locator('#started li a[href*="/id/"]').count() > 0, 'something started in 2023');
  await page.locator('p.years a[href$="/year/2025"]').click();
  await page.waitForURL(/\/year\/2025$/);
  assert.ok(await page.locator('#published li').count() > 0, 'the seed edition is dated 2025');
  await shot(page, 'year');
  assert.deepEqual(page.problems, []);
});

test('the places map: countries shaded by activity, a click opens the country', async () => {
  const page = await open();
  await page.goto(BASE + 'places');
  const map = page.locator('#world-map svg.world-map');
  assert.ok(await map.isVisible(), 'the map is drawn');
  assert.ok(await page.locator('#world-map path.country').count() > 150, 'every country has a shape');
  const active = page.locator('#world-map a path.country:not(.level-0)');
  assert.ok(await active.count() > 3, 'countries with activity are shaded');
  const ecuador = page.locator('#world-map a[href$="/id/place/ecuador"]');
  assert.match(await ecuador.locator('title').textContent(), /Ecuador: \d+ located there/);
  await shot(page, 'places-map');
  await ecuador.click();
  await page.waitForURL(/\/id\/place\/ecuador$/);
  assert.deepEqual(page.problems, []);
});

test('an organization\'s timeline: its initiatives and events by start date', async () => {
  const page = await open();
  await page.goto(BASE + 'id/organization/asian-oceanian-society-of-radiology');
  const rows = page.locator('#timeline svg.timeline a circle.event');
  assert.ok(await rows.count() >= 3, 'several dated initiatives');
  assert.ok(await page.locator('#timeline text.year').count() >= 2, 'an axis of years');
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await shot(page, 'timeline');
  assert.deepEqual(page.problems, []);
});

test('the SPARQL editor: YASGUI on /sparql with the ontology\'s completions, example queries, table, chart and share link, under the CSP', async () => {
  const page = await open();
  const elsewhere = [];
  page.on('request', (r) => { if (!r.url().startsWith(BASE) && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
  const response = await page.goto(`${BASE}editor`);
  assert.equal(response.status(), 200);
  const csp = response.headers()['content-security-policy'] || '';
  assert.match(csp, /script-src 'self';/);
  assert.match(csp, /connect-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes/);
  await page.locator('#yasgui.ready .CodeMirror').waitFor();
  assert.ok(await page.locator('#editor-plain').isHidden(), 'the plain form gives way to YASGUI');
  // An example query opens in a tab of its own and runs on this site's endpoint.
  await page.locator('#editor-examples a[data-query$="/countries-with-most-activity.rq"]').click();
  await page.locator('.tabPanel.active .CodeMirror').waitFor();
  await page.waitForFunction(() => /schema:Country/.test(window.radkgEditor.getTab().getQuery()));
  assert.equal(await page.evaluate(() => window.radkgEditor.getTab().getEndpoint()), `${BASE}sparql`);
  await page.locator('.tabPanel.active .yasqe_queryButton').click();
  const rows = page.locator('.tabPanel.active .yasr table.dataTable tbody tr');
  await rows.first().waitFor();
  assert.ok(await rows.count() > 3, 'countries in the result table');
  assert.match(await page.locator('.tabPanel.active .yasr table.dataTable tbody').textContent(), /Ecuador|South Africa|Tanzania/);
  await page.waitForTimeout(300);
  await shot(page, 'editor');
  // The chart view draws the first numeric column.
  await page.locator('.tabPanel.active .select_chart').click();
  const bars = page.locator('.tabPanel.active svg.editor-chart rect.bar');
  await bars.first().waitFor();
  assert.ok(await bars.count() > 3, 'a bar per country');
  await shot(page, 'editor-chart');
  // Typing a prefixed name adds its PREFIX line and completes classes from the ontology.
  await page.evaluate(() => { window.radkgEditor.getTab().setQuery('SELECT * WHERE {\n  ?s a '); });
  await page.locator('.tabPanel.active .CodeMirror textarea').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('rkg:Ini', { delay: 40 });
  await page.keyboard.press('Control+Space');
  await page.locator('.CodeMirror-hints li', { hasText: 'rkg:Initiative' }).waitFor();
  assert.match(await page.evaluate(() => window.radkgEditor.getTab().getQuery()), /PREFIX rkg: <https:\/\/w3id\.org\/radkg\/ontology#>/);
  await page.keyboard.press('Enter');
  await page.keyboard.type(' }');
  assert.match(await page.evaluate(() => window.radkgEditor.getTab().getQuery()), /\?s a rkg:Initiative }/);
  // The share button gives a link that opens the same query.
  await page.locator('.tabPanel.active .yasqe_share').click();
  const link = await page.locator('.yasqe_sharePopup input, .yasqe_sharePopup textarea').first().inputValue();
  assert.match(link, /^http.*\/editor#query=/);
  const shared = await open();
  await shared.goto(link);
  await shared.locator('#yasgui.ready .CodeMirror').waitFor();
  await shared.waitForFunction(() => /rkg:Initiative/.test(window.radkgEditor.getTab().getQuery()));
  assert.deepEqual(elsewhere, [], 'no request leaves the site');
  assert.deepEqual(page.problems, [], 'no script error or CSP violation');
  assert.deepEqual(shared.problems, [], 'no script error or CSP violation on the shared link');
});

test('the SPARQL editor without JavaScript: the plain form runs the query', async () => {
  const page = await open(undefined, { javaScriptEnabled: false });
  await page.goto(`${BASE}editor?name=countries-with-most-activity`);
  assert.ok(await page.locator('#editor-plain textarea').isVisible());
  assert.match(await page.locator('#editor-plain textarea').inputValue(), /schema:Country/);
  await page.locator('#editor-run').click();
  await page.waitForURL(/editor\?query=/);
  assert.ok(await page.locator('#editor-plain table tbody tr').count() > 3, 'result rows');
  assert.deepEqual(page.problems, []);
});
