/**
 * The QA report of content/ (or another content folder; the real checks) in a bare page with the
 * page's own scripts and style, served statically: the report as the site build loads it,
 * without building the site.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { QaReport } from '../../src/check/types.js';
import { qaAssets, renderQaBody } from '../../src/render/qa-page.js';
import { launchChromium } from '../helpers/browser.js';
import { CONTENT, ROOT } from '../helpers/corpus.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { checkContent } from '../helpers/qa-fixture.js';

const pageUrl = (locale: string, slug: string) => `/${locale.toLowerCase()}/${slug}/`;

export interface BareReport {
  report: QaReport;
  /**
   * Opens `qa/` at 1280×800 and waits for the list; `errors` collects uncaught exceptions.
   * `prepare` runs on the new page before it loads (an init script).
   */
  open: (prepare?: (page: Page) => Promise<void>) => Promise<{ page: Page; errors: string[]; close: () => Promise<void> }>;
  close: () => Promise<void>;
}

export async function serveBareReport(content = CONTENT): Promise<BareReport> {
  const { corpus, report } = checkContent(content);
  const tmp = mkdtempSync(join(tmpdir(), 'tolk-qa-bare-'));
  mkdirSync(join(tmp, 'assets'));
  for (const asset of [...qaAssets.scripts, ...qaAssets.styles]) copyFileSync(join(ROOT, 'templates/assets', asset), join(tmp, 'assets', asset));
  mkdirSync(join(tmp, 'qa'));
  writeFileSync(join(tmp, 'qa', 'index.html'), '<!doctype html>\n<html lang="en-US"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>QA</title><link rel="icon" href="data:,">' +
    '<link rel="stylesheet" href="/assets/qa.css">' +
    qaAssets.scripts.map((name) => `<script src="/assets/${name}" defer></script>`).join('') +
    `</head><body><main id="main">${renderQaBody(report, { base: '/', pageUrl, corpus })}</main></body></html>`);
  const server: RunningServer = await serveStatic(tmp, '/');
  const browser: Browser = await launchChromium();
  return {
    report,
    open: async (prepare) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      if (prepare) await prepare(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}qa/`);
      await page.locator('#qa-count:not(:empty)').waitFor();
      return { page, errors, close: () => context.close() };
    },
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
