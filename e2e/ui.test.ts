import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from './support/browser.js';
import { CLI_PATH, REPO_ROOT, startServer, type RunningServer } from './support/server.js';
import { ensureWebBuilt } from './support/webBuild.js';

const SEED_TEXT = readFileSync(join(REPO_ROOT, 'fixtures', 'seed', 'putin-goita.txt'), 'utf8');
const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const canRun = existsSync(CLI_PATH) && hasChromium();

// CI sets BILAT_REQUIRE_BROWSER=1: there a missing browser fails the run instead of skipping it.
if (process.env.BILAT_REQUIRE_BROWSER === '1' && !canRun) {
  describe('web UI, end to end', () => {
    it('needs /usr/bin/chromium and bin/bilat.mjs (BILAT_REQUIRE_BROWSER=1)', () => {
      throw new Error(`cannot run the browser tests: ${existsSync(CLI_PATH) ? '/usr/bin/chromium is missing' : `${CLI_PATH} is missing`}`);
    });
  });
}

/**
 * The reference case end to end, in a real browser against the real server: empty state, intake of
 * the seed readout, review with evidence highlighting, accept, the Russia–Mali dossier, an edit with
 * its history, and search. The steps share one page and run in order, as a desk officer would.
 */
describe.skipIf(!canRun)('web UI, end to end (skipped when bin/bilat.mjs or /usr/bin/chromium is missing)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows what to do on an empty database', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Nothing on record yet' }).isVisible()).toBe(true);
    expect(await page.getByRole('main').getByRole('link', { name: 'Take in a readout' }).isVisible()).toBe(true);
  });

  it('takes in the seed readout and lands on its review', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Take in a readout' }).click();
    await page.getByLabel('Text of the readout').fill(SEED_TEXT);
    await page.getByLabel('Reference date').fill('2025-06-24');
    await page.getByRole('button', { name: 'Read it' }).click();
    await page.waitForURL(/\/drafts\/[^/]+$/, { timeout: 30_000 });
    await page.locator('.item-card').first().waitFor();
    expect(await page.locator('.source-text').innerText()).toContain('Assimi');
  });

  it('highlights the span a participant was read from when its value is hovered', async () => {
    const putin = page.locator('.item-card').filter({ hasText: 'Putin' }).filter({ has: page.locator('button.value[data-field="name"]') }).first();
    await putin.locator('button.value[data-field="name"]').hover();
    const lit = page.locator('.source-text mark.is-lit');
    await expect.poll(() => lit.count()).toBeGreaterThan(0);
    expect((await lit.allInnerTexts()).join(' ')).toContain('Putin');
    await page.screenshot({ path: join(SCREENSHOTS, 'review.png') });
  });

  it('selecting a highlighted span marks the items read from it', async () => {
    await page.locator('.source-text mark').filter({ hasText: 'Assimi' }).first().click();
    const linked = page.locator('.item-card.is-linked');
    await expect.poll(() => linked.count()).toBeGreaterThan(0);
    expect((await linked.allInnerTexts()).join(' ')).toMatch(/Go[iï]ta/);
  });

  it('moves between items and decides with the keyboard', async () => {
    const cards = page.locator('.item-card');
    await cards.first().focus();
    await page.keyboard.press('j');
    await expect.poll(() => cards.nth(1).getAttribute('class')).toContain('is-cursor');
    await page.keyboard.press('r');
    expect(await cards.nth(1).locator('.badge-rejected').count()).toBe(1);
    await page.keyboard.press('r'); // pressing again takes the decision back
    await page.keyboard.press('a');
    expect(await cards.nth(1).locator('.badge-accepted').count()).toBe(1);
  });

  it('accepts the draft and shows the Russia–Mali dossier', async () => {
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForURL(/\/dossier\/(RU\/ML|ML\/RU)$/, { timeout: 20_000 });
    await page.getByRole('heading', { name: 'Legal framework' }).waitFor();

    const timeline = page.locator('.timeline-list');
    expect(await timeline.innerText()).toMatch(/official visit/i);

    const rows = page.locator('table.legal-framework tbody tr:not(.lifecycle-row)');
    expect(await rows.count()).toBe(3);
    for (const row of await rows.all()) expect((await row.innerText()).toLowerCase()).toContain('signed');

    const bodies = page.locator('#bodies');
    expect(await bodies.innerText()).toMatch(/Commission/);
    expect(await bodies.innerText()).toMatch(/No session yet/);

    const people = await page.locator('#people').innerText();
    expect(people).toMatch(/Putin/);
    expect(people).toMatch(/Go[iï]ta/);
    await page.screenshot({ path: join(SCREENSHOTS, 'dossier.png'), fullPage: true });
  });

  it('opens a value\'s evidence from the dossier', async () => {
    await page.locator('#people button.evidenced').first().click();
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('edits an instrument\'s title and shows the change in its history', async () => {
    await page.locator('table.legal-framework tbody tr:not(.lifecycle-row) a').first().click();
    await page.waitForURL(/\/instruments\/[^/]+$/);
    const title = page.getByLabel('title', { exact: true });
    const newTitle = `${await title.inputValue()} (as amended in review)`;
    await title.fill(newTitle);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const history = page.locator('ol.history');
    await expect.poll(() => history.innerText()).toContain('(as amended in review)');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('(as amended in review)');
  });

  it('refuses an invalid edit beside the field, before sending it', async () => {
    const title = page.getByLabel('title', { exact: true });
    await title.fill('   ');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.locator('.field.has-error .field-error').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Discard changes' }).click();
  });

  it('finds the nuclear energy agreement by searching "nuclear"', async () => {
    await page.getByLabel('Search records and sources').fill('nuclear');
    await page.getByLabel('Search records and sources').press('Enter');
    await page.waitForURL(/\/search\?q=nuclear/);
    const hits = page.locator('ol.hits');
    await hits.waitFor();
    expect(await hits.innerText()).toMatch(/peaceful use of nuclear energy/i);
  });
});
