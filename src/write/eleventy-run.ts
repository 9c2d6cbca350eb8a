/**
 * Runs Eleventy 3 programmatically over the planned pages: one JavaScript template
 * (templates/site.11ty.js) paginates over page ids, and a transform asks tolk for each page's
 * bytes as Eleventy writes it; the site assets are a passthrough copy (tolk copies the content's
 * images itself, see media.ts: a passthrough path is a glob pattern when it has `*` or `[`). No other
 * template engine or data file is read. Eleventy's default synchronous writes are kept: with the
 * pages rendered in a worker, both cores are busy, and async writes only added the cost of
 * handing every file to the thread pool (measured: 0.5 s more on the shared corpus).
 */
import Eleventy from '@11ty/eleventy';
import { join } from 'node:path';
import { ASSETS_DIR, TEMPLATES_DIR } from '../render/site/paths.js';
import type { SitePage } from '../render/site/types.js';

/** What the template sees as `tolk`: ids to paginate over, and each id's file and bytes. */
class PageSource {
  readonly ids: number[];
  constructor(private readonly pages: SitePage[]) {
    this.ids = pages.map((_, i) => i);
  }
  file(id: number): string {
    return this.pages[id].file;
  }
  /** Bytes, not a string: Eleventy keeps every written page until the build ends, and a
   * Buffer's bytes live outside the JS heap, so the garbage collector need not walk them. */
  render(id: number): Buffer | Promise<Buffer> {
    const page = this.pages[id].render();
    return page instanceof Promise ? page.then(toBuffer) : toBuffer(page);
  }
}

const toBuffer = (page: string | Uint8Array): Buffer =>
  typeof page === 'string' ? Buffer.from(page, 'utf8') : Buffer.from(page.buffer, page.byteOffset, page.byteLength);

export interface EleventyRun {
  pages: SitePage[];
  outputDir: string;
  /** Eleventy's own warnings and errors (its normal log is dropped: tolk prints a summary). */
  onLog: (message: string) => void;
}

/**
 * Eleventy prints a benchmark line when one step takes most of the build; for tolk that step is
 * the `tolk-page` transform (all of tolk's rendering), so the line says nothing. Benchmark groups
 * made while the config runs miss quiet mode; silence them.
 */
function silenceBenchmarks(eleventy: Eleventy): void {
  type Group = { setIsVerbose?: (verbose: boolean) => void };
  const bench = (eleventy as unknown as { bench?: { getAll?: () => Record<string, Group> } }).bench;
  for (const group of Object.values(bench?.getAll?.() ?? {})) group.setIsVerbose?.(false);
}

export async function runEleventy(run: EleventyRun): Promise<void> {
  const source = new PageSource(run.pages);
  const eleventy = new Eleventy(TEMPLATES_DIR, run.outputDir, {
    quietMode: true,
    configPath: false,
    loader: 'esm',
    config(config) {
      config.setTemplateFormats(['11ty.js']);
      config.setUseGitIgnore(false);
      config.setDataDeepMerge(false);
      config.addGlobalData('tolk', source);
      config.addTransform('tolk-page', (content: string) => source.render(Number(content)));
      config.addPassthroughCopy({ [ASSETS_DIR]: 'assets' });
    },
  });
  eleventy.logger.overrideLogger({ log() {}, info() {}, warn: run.onLog, error: run.onLog });
  await eleventy.init();
  silenceBenchmarks(eleventy);
  await eleventy.write();
}

export const outputPathOf = (outputDir: string, file: string): string => join(outputDir, ...file.split('/'));
