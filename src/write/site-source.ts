/**
 * Where the pages of a build come from. For a big site, a worker thread reads and plans the
 * content folder and renders every page, posting the bytes in page order, while the main thread
 * only runs Eleventy, which writes them: reading, rendering and Eleventy's own work share the
 * two cores. For a small site, or when the worker fails, the main thread plans and renders
 * itself (planSiteOf is deterministic, so both ways give the same pages, byte for byte).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model.js';
import type { SiteContext } from '../render/site/types.js';
import type { MediaCopy } from './media.js';
import { planSiteOf, type PlannedSite, type SitePlanOptions } from './site-plan.js';

/** What the main thread needs to know of the plan: the files, and figures for the summary. */
export interface PlanOutline {
  ctx: SiteContext;
  files: string[];
  counts: Record<string, number>;
  documents: number;
  locales: string[];
  copies: MediaCopy[];
  /** Problems found while reading and planning. */
  warnings: Diagnostic[];
}

/** Found while rendering: warnings, and images outside the media folders to copy. */
export interface RenderFindings {
  warnings: Diagnostic[];
  loose: MediaCopy[];
}

export type PageBytes = string | Uint8Array;

export interface SiteSource {
  outline(): Promise<PlanOutline>;
  render(id: number): PageBytes | Promise<PageBytes>;
  /** After every page is rendered. */
  findings(): Promise<RenderFindings>;
  stop(): void;
}

export type WorkerJob = Pick<SitePlanOptions, 'content' | 'base' | 'siteUrl' | 'search' | 'extraPages'>;

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'outline'; outline: PlanOutline }
  | { type: 'pages'; first: number; pages: Uint8Array[] }
  | { type: 'done'; findings: RenderFindings };

export function outlineOf(planned: PlannedSite, warnings: Diagnostic[]): PlanOutline {
  return {
    ctx: planned.ctx, files: planned.plan.pages.map((p) => p.file), counts: planned.plan.counts,
    documents: planned.corpus.documents.length, locales: planned.corpus.locales, copies: planned.media.copies, warnings,
  };
}

/** Plans and renders on the calling thread. */
export class LocalSource implements SiteSource {
  private planned: PlannedSite | null = null;
  private readonly warnings: Diagnostic[] = [];
  private rendering = false;

  constructor(private readonly options: SitePlanOptions) {}

  site(): PlannedSite {
    return (this.planned ??= planSiteOf(this.options, (d) => { this.warnings.push(d); }));
  }

  async outline(): Promise<PlanOutline> {
    const planned = this.site();
    return outlineOf(planned, this.warnings.splice(0));
  }

  render(id: number): PageBytes | Promise<PageBytes> {
    this.rendering = true;
    return this.site().plan.pages[id].render();
  }

  async findings(): Promise<RenderFindings> {
    const loose = this.rendering ? [...this.site().links.loose.values()] : [];
    return { warnings: this.warnings.splice(0), loose };
  }

  stop(): void {}
}

const WORKER = new URL('./site-worker-thread.js', import.meta.url);

/** Renders in a worker; whatever the worker does not deliver, a LocalSource renders. */
export class WorkerSource implements SiteSource {
  private readonly worker: Worker;
  private readonly received = new Map<number, Uint8Array>();
  private readonly waiting = new Map<number, (page: Uint8Array | null) => void>();
  private ended = false;
  private local: LocalSource | null = null;
  private readonly outlined: Promise<PlanOutline | null>;
  private readonly finished: Promise<RenderFindings | null>;

  constructor(private readonly options: SitePlanOptions) {
    const { content, base, siteUrl, search, extraPages } = options;
    const job: WorkerJob = { content, base, siteUrl, search, extraPages };
    this.worker = new Worker(WORKER, { workerData: job });
    let outlined: (o: PlanOutline | null) => void = () => {};
    this.outlined = new Promise((resolve) => { outlined = resolve; });
    this.finished = new Promise((resolve) => {
      const fail = () => { this.end(); outlined(null); resolve(null); };
      this.worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') options.onProgress?.('reading', message.done, message.total);
        else if (message.type === 'outline') outlined(message.outline);
        else if (message.type === 'pages') message.pages.forEach((page, i) => this.deliver(message.first + i, page));
        else { this.end(); resolve(message.findings); }
      });
      this.worker.once('error', fail);
      this.worker.once('exit', fail);
    });
  }

  private deliver(id: number, page: Uint8Array): void {
    const waiter = this.waiting.get(id);
    if (waiter) {
      this.waiting.delete(id);
      waiter(page);
    } else {
      this.received.set(id, page);
    }
  }

  /** No more pages will come: whoever still waits gets the page from the main thread. */
  private end(): void {
    this.ended = true;
    for (const waiter of this.waiting.values()) waiter(null);
    this.waiting.clear();
  }

  private fallback(): LocalSource {
    return (this.local ??= new LocalSource(this.options));
  }

  async outline(): Promise<PlanOutline> {
    return (await this.outlined) ?? this.fallback().outline();
  }

  render(id: number): PageBytes | Promise<PageBytes> {
    const page = this.received.get(id);
    if (page) {
      this.received.delete(id);
      return page;
    }
    if (this.ended) return this.fallback().render(id);
    return new Promise<Uint8Array | null>((resolve) => this.waiting.set(id, resolve))
      .then((got) => got ?? this.fallback().render(id));
  }

  async findings(): Promise<RenderFindings> {
    const fromWorker = (await this.finished) ?? { warnings: [], loose: [] };
    if (!this.local) return fromWorker;
    const local = await this.local.findings();
    return { warnings: [...fromWorker.warnings, ...local.warnings], loose: [...fromWorker.loose, ...local.loose] };
  }

  stop(): void {
    void this.worker.terminate();
  }
}

/** Below this many markdown files a worker (its start, its own module loading) costs more than it saves. */
export const MIN_WORKER_FILES = 200;

function countMarkdown(dir: string, limit: number): number {
  let n = 0;
  try {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (name.endsWith('.md') && ++n >= limit) break;
  } catch {
    return 0;
  }
  return n;
}

/**
 * A worker source when a compiled worker exists (not when tolk runs from its TypeScript sources)
 * and `worker` says so, or, left undefined, when the site is big enough.
 */
export function siteSource(options: SitePlanOptions, worker: boolean | undefined): SiteSource {
  const wanted = worker ?? countMarkdown(options.content, MIN_WORKER_FILES) >= MIN_WORKER_FILES;
  if (wanted && existsSync(fileURLToPath(WORKER))) return new WorkerSource(options);
  return new LocalSource(options);
}
