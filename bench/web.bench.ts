import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium, launchBrowser } from '../e2e/support/browser.js';
import { CLI_PATH, REPO_ROOT, startServer } from '../e2e/support/server.js';
import { median, timeToInteractive } from '../e2e/support/tti.js';
import { ensureWebBuilt } from '../e2e/support/webBuild.js';
import { initialChunks } from '../e2e/support/webSize.js';
import type { Benchmark, BenchResult } from './types.js';

const TTI_GOAL_MS = 1500;
const FIRST_PAGE_GOAL_KB = 350;
const RUNS = 5;
/** The dossier counts as rendered when its timeline chart is drawn: the last thing it loads (ECharts is lazy). */
const DOSSIER_READY = '#timeline canvas';

/** Takes in the reference readout through the API and accepts it, so the dossier has content. */
async function seedDossier(url: string): Promise<string> {
  const text = readFileSync(join(REPO_ROOT, 'fixtures', 'seed', 'putin-goita.txt'), 'utf8');
  const intake = await fetch(`${url}/api/intake`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, referenceDate: '2025-06-24' }),
  });
  if (!intake.ok) throw new Error(`intake failed: ${intake.status} ${await intake.text()}`);
  const { draft } = (await intake.json()) as { draft: { id: string; extraction: { countries: string[] } } };
  const accept = await fetch(`${url}/api/drafts/${draft.id}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!accept.ok) throw new Error(`accept failed: ${accept.status} ${await accept.text()}`);
  const [a = 'RU', b = 'ML'] = draft.extraction.countries;
  return `/dossier/${a}/${b}`;
}

function result(name: string, value: number, unit: string, goal: number, note?: string): BenchResult {
  return { name, value, unit, goal, ratio: value / goal, ...(note ? { note } : {}) };
}

/** First-page JavaScript (gzip) from web/dist. */
function firstPageSize(): BenchResult {
  const chunks = initialChunks(join(REPO_ROOT, 'web', 'dist'));
  const kb = chunks.reduce((sum, c) => sum + c.gzipBytes, 0) / 1024;
  return result('web: first-page JS, gzip', kb, 'KB', FIRST_PAGE_GOAL_KB, `${chunks.length} initial chunks`);
}

/** Dossier time to interactive, median of RUNS cold loads in headless Chromium against the real server. */
async function dossierTti(): Promise<BenchResult> {
  if (!existsSync(CLI_PATH) || !hasChromium()) {
    return { ...result('web: dossier time to interactive', Number.NaN, 'ms', TTI_GOAL_MS), note: 'not measured: needs bin/bilat.mjs and /usr/bin/chromium' };
  }
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const path = await seedDossier(server.url);
    await timeToInteractive(browser, server.url + path, DOSSIER_READY); // warms the server, not the browser
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeToInteractive(browser, server.url + path, DOSSIER_READY));
    return result('web: dossier time to interactive', median(times), 'ms', TTI_GOAL_MS, `median of ${RUNS} cold loads: ${times.map((t) => Math.round(t)).join(', ')} ms`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * The web bench (`npm run bench -- web`): the dossier page's time to interactive and the first
 * page's gzipped JavaScript, each against its goal (ratio below 1 meets it).
 */
const webBench: Benchmark = {
  name: 'web',
  async run(): Promise<BenchResult[]> {
    ensureWebBuilt();
    return [firstPageSize(), await dossierTti()];
  },
};
export default webBench;
