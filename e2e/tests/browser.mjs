// Shared set-up of the browser tests: one headless Chromium for the run, a fresh page per test that
// records script errors and Content-Security-Policy violations, and screenshots under target/e2e/.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const BASE = (process.env.RADKG_BASE || 'http://127.0.0.1:3030/').replace(/\/?$/, '/');
const SHOTS = process.env.RADKG_SHOTS || path.resolve('..', 'target', 'e2e');
mkdirSync(SHOTS, { recursive: true });

let browser;

export async function launch() {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  return browser;
}

export async function close() {
  if (browser) await browser.close();
}

/**
 * A new page (laptop size unless told; `options` go to the browser context, e.g. javaScriptEnabled)
 * whose `problems` array collects script errors and CSP violations.
 */
export async function open(viewport = { width: 1280, height: 900 }, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) {
      page.problems.push(`console error: ${m.text()}`);
    }
  });
  page.setDefaultTimeout(20000);
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}
