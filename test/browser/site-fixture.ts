/**
 * One built, served default site and one Chromium per browser test file: the real CLI builds
 * content/ (with Pagefind; or another content folder) into a temp dir, a plain static server hosts it under `base`, and
 * every test opens pages in a fresh browser context (empty localStorage) that records what a
 * user would notice going wrong: console errors, uncaught exceptions and failed requests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/corpus.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';

/** Screenshots are test artifacts (gitignored). */
export const RESULTS = join(ROOT, 'test-results');

export interface ServedSite {
  /** The built site on disk. */
  dir: string;
  /** Absolute URL of the site root, ending in the base path (e.g. `http://127.0.0.1:4000/docs/`). */
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** What to build instead of content/ as it is, and how to serve it. */
export interface SiteSource {
  /** The content folder (default content/). */
  content?: string;
  /** More `tolk build` options, e.g. `--no-search`. */
  args?: string[];
  /** The Content-Type of a file type the server does not know; null sends none, as Apache does. */
  unknownType?: string | null;
  /** Milliseconds after which the build is killed (content written to make it hang). */
  timeout?: number;
}

/** Runs `tolk build` (on content/ unless told) exactly as a user would; throws with the CLI's output on failure. */
export function buildSite(out: string, base = '/', { content = 'content', args = [], timeout }: SiteSource = {}): void {
  const cli = ['bin/tolk.js', 'build', '--content', content, '--out', out, '--base', base, ...args];
  const r = spawnSync(process.execPath, cli, {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(timeout ? { timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  if (r.status !== 0) throw new Error(`tolk build exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
}

export async function serveBuiltSite(base = '/', source: SiteSource = {}): Promise<ServedSite> {
  const tmp = mkdtempSync(join(tmpdir(), 'tolk-browser-'));
  const dir = join(tmp, 'site');
  buildSite(dir, base, source);
  const server: RunningServer = await serveStatic(dir, base, source.unknownType);
  const browser = await launchChromium();
  return {
    dir, url: server.url, browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** What went wrong while a page was open. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** `404 http://…/missing.css` — every response with status >= 400. */
  failedResponses: string[];
}

export interface OpenedPage { context: BrowserContext; page: Page; problems: PageProblems }

export async function openPage(site: ServedSite, options: { width?: number; height?: number; touch?: boolean } = {}): Promise<OpenedPage> {
  const context = await site.browser.newContext({
    // Fixed reader preferences, so the root page's language choice is predictable.
    locale: 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    // A phone: touch screen, no hover.
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedResponses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => { problems.pageErrors.push(String(error)); });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, problems };
}

/** Absolute URL of a site path (no leading slash: relative to the base). */
export function at(site: ServedSite, path: string): string {
  return new URL(path, site.url).href;
}

export function ensureResultsDir(): string {
  mkdirSync(RESULTS, { recursive: true });
  return RESULTS;
}
