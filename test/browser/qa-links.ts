/**
 * Where the QA report's finding links go: every "open" link qa.js renders (all findings, waived
 * ones included), and which of them point at a page or an element id that the built site does
 * not have (a user would land at the top of a page with nothing highlighted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Opens `<site>qa/?waived=1`, shows every finding and returns their links' hrefs. */
export async function renderedFindingLinks(page: Page, siteUrl: string): Promise<string[]> {
  await page.goto(`${siteUrl}qa/?waived=1`);
  await page.locator('#qa-count:not(:empty)').waitFor();
  const more = page.locator('#qa-more');
  while (await more.isVisible()) await more.click();
  return page.locator('#qa-list a.qa-open').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The links (under base `/`) whose page is not in the site or has no element with the anchor's id. */
export function brokenLinks(siteDir: string, links: string[]): string[] {
  const idsByPage = new Map<string, Set<string> | null>();
  const idsOf = (path: string) => {
    if (!idsByPage.has(path)) {
      const file = join(siteDir, decodeURIComponent(path), 'index.html');
      const ids = existsSync(file) ? new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])) : null;
      idsByPage.set(path, ids);
    }
    return idsByPage.get(path);
  };
  return links.filter((link) => {
    const [path, anchor] = link.split('#');
    const ids = idsOf(path);
    return ids === null || ids === undefined || (anchor !== undefined && !ids.has(anchor));
  });
}
