import type { Browser } from 'playwright-core';

/** How long an idle period must be before the main thread counts as idle (Lighthouse's quiet window is longer; this is per frame). */
const IDLE_BUDGET_MS = 45;

/** Resolves with performance.now() (ms since navigation start) at the first idle period of a full budget. */
const IDLE_SCRIPT = `new Promise((resolve) => {
  const check = (deadline) => {
    if (deadline.timeRemaining() >= ${IDLE_BUDGET_MS} || deadline.didTimeout) resolve(performance.now());
    else requestIdleCallback(check, { timeout: 5000 });
  };
  requestIdleCallback(check, { timeout: 5000 });
})`;

/**
 * Loads a page in a fresh context (cold cache) and returns the time from navigation start until the
 * content is rendered and the main thread is idle: `readySelector` is in the DOM, then a
 * requestIdleCallback gets a full idle budget.
 * @param browser a launched browser
 * @param url the page to load
 * @param readySelector what must be rendered for the page to count as usable
 * @returns milliseconds since navigation start
 */
export async function timeToInteractive(browser: Browser, url: string, readySelector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(readySelector).first().waitFor({ state: 'attached', timeout: 30_000 });
    // Passed as source text: tsx would wrap a function literal with its __name helper, unknown in the page.
    return (await page.evaluate(IDLE_SCRIPT)) as number;
  } finally {
    await context.close();
  }
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
