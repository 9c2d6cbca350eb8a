/**
 * Renders the advisory pages of a build in a worker thread, so that a second core renders
 * while the main thread runs Eleventy and writes. The worker reads and plans the content
 * folder on its own (planSiteOf, the same plan as the main thread's) and posts each page's
 * bytes, in page order, with the summary the home lists and the sitemap need. Whatever the
 * worker does not deliver (it failed, or planned another page under that id) the main thread
 * renders itself, so the output never depends on the worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model.js';
import type { ArticleSummary } from '../render/site/advisory.js';
import type { SitePlan } from '../render/site/plan.js';
import type { SitePage } from '../render/site/types.js';
import type { MediaCopy } from './media.js';
import type { SitePlanOptions } from './site-plan.js';

export type ArticleJob = Pick<SitePlanOptions, 'content' | 'base' | 'siteUrl' | 'search'>;

export interface WorkerPage {
  id: number;
  file: string;
  bytes: Uint8Array;
  summary: ArticleSummary;
}

export type WorkerMessage =
  | { type: 'pages'; pages: WorkerPage[] }
  | { type: 'done'; warnings: Diagnostic[]; loose: [string, MediaCopy][] };

/** What the worker found while rendering: warnings and images to copy. */
export interface WorkerFindings {
  warnings: Diagnostic[];
  loose: [string, MediaCopy][];
}

const WORKER = new URL('./article-worker-thread.js', import.meta.url);

/** Below this many advisory pages, starting a worker that reads everything again costs more than it saves. */
export const MIN_WORKER_PAGES = 400;

export class ArticleWorker {
  private readonly worker: Worker;
  private readonly received = new Map<number, WorkerPage>();
  private readonly waiting = new Map<number, (page: WorkerPage | null) => void>();
  private ended = false;
  /** Settles when the worker has posted everything (or failed: then with nothing). */
  readonly findings: Promise<WorkerFindings>;

  constructor(job: ArticleJob) {
    this.worker = new Worker(WORKER, { workerData: job });
    this.findings = new Promise((resolve) => {
      const fail = () => { this.end(); resolve({ warnings: [], loose: [] }); };
      this.worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'pages') {
          for (const page of message.pages) this.deliver(page);
        } else {
          this.end();
          resolve({ warnings: message.warnings, loose: message.loose });
        }
      });
      this.worker.once('error', fail);
      this.worker.once('exit', fail);
    });
  }

  private deliver(page: WorkerPage): void {
    const waiter = this.waiting.get(page.id);
    if (waiter) {
      this.waiting.delete(page.id);
      waiter(page);
    } else {
      this.received.set(page.id, page);
    }
  }

  /** No more pages will come: whoever still waits renders on the main thread. */
  private end(): void {
    this.ended = true;
    for (const waiter of this.waiting.values()) waiter(null);
    this.waiting.clear();
  }

  /** Page `id` as the worker rendered it, or null when the main thread must render it. */
  take(id: number): WorkerPage | null | Promise<WorkerPage | null> {
    const page = this.received.get(id);
    if (page) {
      this.received.delete(id);
      return page;
    }
    if (this.ended) return null;
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  /**
   * The plan's pages with the advisory pages taken from the worker. A page the worker planned
   * under another file name is not used: the main thread renders that one.
   */
  pagesOf(plan: SitePlan): SitePage[] {
    return plan.pages.map((page, id) => {
      const article = plan.articles[id];
      if (!article) return page;
      const use = (got: WorkerPage | null) => {
        if (got === null || got.file !== page.file) return page.render();
        article.advisory.setSummary(article.locale, got.summary);
        return got.bytes;
      };
      return {
        file: page.file,
        render: () => {
          const got = this.take(id);
          return got instanceof Promise ? got.then(use) : use(got);
        },
      };
    });
  }

  stop(): void {
    void this.worker.terminate();
  }
}

/**
 * Starts the article worker when it can help: a compiled worker exists (not when tolk runs from
 * its TypeScript sources) and `renderWorker` is not false. The caller drops it for small sites.
 */
export function startArticleWorker(job: ArticleJob, renderWorker: boolean | undefined): ArticleWorker | null {
  if (renderWorker === false || !existsSync(fileURLToPath(WORKER))) return null;
  const { content, base, siteUrl, search } = job;
  return new ArticleWorker({ content, base, siteUrl, search });
}
