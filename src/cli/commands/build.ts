/** `tolk build [--content DIR] [--out DIR] [--base PATH] [--no-search] [--no-qa] [--site-url URL]`: the static site. */
import { relative } from 'node:path';
import type { Diagnostic } from '../../model.js';
import { SiteUrlError } from '../../render/site/urls.js';
import { buildSite } from '../../write/build-site.js';
import { bold, dim, formatDiagnostic, progress, UsageError, yellow } from '../output.js';

export interface BuildCommandOptions {
  content: string;
  out: string;
  base: string;
  search: boolean;
  qa: boolean;
  siteUrl?: string;
}

/** At most this many warnings are printed; the rest are counted (`tolk align` lists them all). */
const SHOWN_WARNINGS = 20;

function printWarnings(warnings: Diagnostic[]): void {
  for (const d of warnings.slice(0, SHOWN_WARNINGS)) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (warnings.length > SHOWN_WARNINGS) {
    process.stderr.write(dim(`… and ${warnings.length - SHOWN_WARNINGS} more warnings (run \`tolk align\` to see reading problems)\n`));
  }
}

export async function buildCommand(options: BuildCommandOptions): Promise<number> {
  let bar: ReturnType<typeof progress> | null = null;
  let stage = '';
  const result = await buildSite({
    content: options.content, out: options.out, base: options.base, search: options.search, qa: options.qa, siteUrl: options.siteUrl ?? null,
    log: (line) => { bar?.done(); process.stderr.write(`${dim(line)}\n`); },
    onProgress: (name, done, total) => {
      if (name !== stage) { bar?.done(); bar = progress(name); stage = name; }
      bar?.update(done, total);
    },
  }).catch((error: unknown) => {
    if (error instanceof SiteUrlError) throw new UsageError(error.message);
    throw error;
  });
  printWarnings(result.warnings);
  const perLocale = Object.entries(result.counts).map(([l, n]) => `${l} ${n}`).join(', ');
  const rel = relative(process.cwd(), result.out);
  const where = rel === '' ? '.' : rel.startsWith('..') ? result.out : rel;
  process.stdout.write(`${bold(`built ${result.files} pages (advisories: ${perLocale})`)}` +
    `${result.warnings.length ? yellow(`, ${result.warnings.length} warnings`) : ''} in ${(result.ms / 1000).toFixed(1)} s\n`);
  process.stdout.write(`open ${where}/index.html through a web server, e.g. \`npx @11ty/eleventy-dev-server --dir=${where}\`` +
    `${result.base !== '/' ? ` (served under ${result.base})` : ''}\n`);
  return 0;
}
