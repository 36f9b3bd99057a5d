/**
 * Opens a report page in headless Chromium the way the browser tests look at it: a fresh
 * context, every request refused and counted, every console error or warning and page error kept.
 */
import type { Browser, Page } from 'playwright-core';

export async function openPage(browser: Browser, html: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, errors };
}
