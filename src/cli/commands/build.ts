/** `tolk build [--content DIR] [--out DIR] [--base PATH] [--no-search] [--no-qa] [--site-url URL] [--fail-on LEVEL]`: the static site. */
import { relative } from 'node:path';
import type { Diagnostic, Severity } from '../../model.js';
import { SiteUrlError } from '../../render/site/urls.js';
import { buildSite, type BuildResult } from '../../write/build-site.js';
import { parseFailOn, reaches, type FailOn } from '../fail-on.js';
import { cleanUpOnSignals } from '../signals.js';
import { contentPaths, shownDiagnostic, type ShownFile } from '../content-paths.js';
import { plural, severityParts } from '../../write/qa-shared.js';
import type { RemovedFiles } from '../../write/replaced-files.js';
import { formatDiagnostic, progress, status, stderrPaint, stdoutPaint, UsageError, visible, type Painter } from '../output.js';

export interface BuildCommandOptions {
  content: string;
  out: string;
  base: string;
  search: boolean;
  qa: boolean;
  siteUrl?: string;
  /** `tolk build` only: the severity of a printed diagnostic from which the build exits 1 (default never). */
  failOn?: string;
}

/**
 * In a terminal at most this many warnings are printed, the rest counted by code. To a file or a
 * pipe (a CI log, a problem matcher) all are printed: the rest are in no other listing (`tolk
 * align` shows reading problems, not a link or image a page lacks, nor a slug clash).
 */
const SHOWN_WARNINGS = 20;

const plain = (text: string) => text;
/** No colour: for counts inside a line that is already dimmed. */
const PLAIN: Painter = { red: plain, yellow: plain, dim: plain, bold: plain, cyan: plain };

/** "6 errors, 11 warnings, 2 info": each severity counted apart, empty ones left out. */
export function severityCounts(diagnostics: Diagnostic[], paint: Painter): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return severityParts(counts, paint).join(', ');
}

/** "12 link-not-found, 5 duplicate-id": how many of each code, most first. */
function codeCounts(diagnostics: Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => `${n} ${code}`).join(', ');
}

/**
 * The diagnostics on stderr: all of them, or in a terminal the first SHOWN_WARNINGS and the rest
 * counted; their files as they open from the current folder (`content/lv-LV/x.md:24:1`).
 */
export function printDiagnostics(diagnostics: Diagnostic[], contentDir: string): void {
  const shown = process.stderr.isTTY ? diagnostics.slice(0, SHOWN_WARNINGS) : diagnostics;
  const file = contentPaths(contentDir);
  for (const d of shown) process.stderr.write(`${formatDiagnostic(shownDiagnostic(d, file), stderrPaint)}\n`);
  const rest = diagnostics.slice(shown.length);
  if (rest.length) {
    process.stderr.write(stderrPaint.dim(`… and ${rest.length} more (${severityCounts(rest, PLAIN)}: ${codeCounts(rest)}); ` +
      'all are listed when stderr goes to a file (2> warnings.txt)\n'));
  }
}

/** The path as the user reads it: relative to here when inside it. */
export function shownPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel === '' ? '.' : rel.startsWith('..') ? absolute : rel;
}

/** "replaced _site/: removed 1 file this build does not make: CNAME" (files the user put there). */
export function replacedLine(where: string, removed: RemovedFiles): string {
  const more = removed.count > removed.examples.length ? ', …' : '';
  return `replaced ${where}/: removed ${plural(removed.count, 'file')} this build does not make: ${visible(removed.examples.join(', '))}${more}`;
}

/** Runs the build with the progress bar and the stage lines on stderr, as `tolk build` shows them. */
export async function buildShowingProgress(options: BuildCommandOptions): Promise<BuildResult> {
  // The progress bar or the status line on screen: the next line clears it.
  let bar: ReturnType<typeof progress> | null = null;
  let waiting: ReturnType<typeof status> | null = null;
  let stage = '';
  const clear = () => { bar?.done(); waiting?.done(); bar = null; waiting = null; };
  return buildSite({
    content: options.content, out: options.out, base: options.base, search: options.search, qa: options.qa, siteUrl: options.siteUrl ?? null,
    log: (line) => { clear(); process.stderr.write(`${stderrPaint.dim(line)}\n`); },
    onProgress: (name, done, total) => {
      if (name !== stage || !bar) { clear(); bar = progress(name); stage = name; }
      bar.update(done, total);
    },
    onWait: (what) => { clear(); waiting = status(what); },
  }).catch((error: unknown) => {
    clear();
    if (error instanceof SiteUrlError) throw new UsageError(error.message);
    throw error;
  });
}

/**
 * What the pages are: "advisories: lv-LV 15, nb-NO 15, en-US 15; 11 home, search and 404 pages;
 * the QA report". The parts add up to the total, and the stage line "wrote 56 pages with Eleventy"
 * reads as advisories and the others, without the report written after it: a bare "built 57
 * pages" beside "56 pages" read as a contradiction.
 */
export function pageKinds(result: Pick<BuildResult, 'counts' | 'files' | 'qaPages' | 'search'>): string {
  const advisories = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
  const others = result.files - advisories - result.qaPages;
  return [
    `advisories: ${Object.entries(result.counts).map(([l, n]) => `${l} ${n}`).join(', ')}`,
    others > 0 ? `${others} ${result.search ? 'home, search and 404' : 'home and 404'} pages` : '',
    result.qaPages === 1 ? 'the QA report' : result.qaPages > 1 ? `${result.qaPages} QA report pages` : '',
  ].filter(Boolean).join('; ');
}

/** Prints the diagnostics, the files the build removed and the summary line; returns the output folder as shown. */
export function printBuildSummary(result: BuildResult, contentDir: string): string {
  printDiagnostics(result.warnings, contentDir);
  const where = shownPath(result.out);
  if (result.replaced && result.replaced.count > 0) process.stderr.write(`${stderrPaint.yellow(replacedLine(where, result.replaced))}\n`);
  const counts = severityCounts(result.warnings, stdoutPaint);
  process.stdout.write(`${stdoutPaint.bold(`built ${result.files} pages (${pageKinds(result)})`)}` +
    `${counts ? `, ${counts}` : ''} in ${(result.ms / 1000).toFixed(1)} s\n`);
  return where;
}

/** A path as typed in a shell: quoted when it holds anything but plain characters. */
const shellWord = (text: string) => (/^[\w./@:+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/**
 * `npx tolk serve` with the options of this build that differ from the defaults. `--site-url` too:
 * serve rebuilds this very folder, and without it the site to deploy would lose its sitemap.
 */
function serveSuggestion(options: BuildCommandOptions): string {
  const flags = [
    options.content !== 'content' ? ` --content ${shellWord(options.content)}` : '',
    options.out !== '_site' ? ` --out ${shellWord(options.out)}` : '',
    options.base !== '/' ? ` --base ${shellWord(options.base)}` : '',
    options.siteUrl ? ` --site-url ${shellWord(options.siteUrl)}` : '',
    options.search ? '' : ' --no-search',
    options.qa ? '' : ' --no-qa',
  ];
  return `npx tolk serve${flags.join('')}`;
}

/** The base as the folder names on the web server read (`/dokumentācija/`, not `/dokument%C4%81cija/`). */
function baseAsFolders(base: string): string {
  try {
    return decodeURI(base);
  } catch {
    return base;
  }
}

/**
 * Where the site works, for a user who would double-click its index.html: every URL starts at the
 * root of the host (or at --base), so opened from disk (file://) the pages load no stylesheet or
 * script (the translation and its English then run together as one text) and every link leads to
 * a missing file. Said at the end of each build, where the user reads what to do next.
 */
export function hostingLine(where: string, base: string): string {
  const host = base === '/'
    ? 'the root of a web host (its links start at /; for a sub-path, build with --base /path/)'
    : `${baseAsFolders(base)} on a web host (its links start there)`;
  return `${where}/ is made for ${host}: opened from disk as a file, its pages show without styles or scripts ` +
    'and their links lead nowhere';
}

/**
 * `--fail-on`: a CI job that builds and deploys went on (exit 0) with a page left out for an
 * unreadable file, said only as "1 error" in the log. With the option it stops there (exit 1), and
 * the last line says why, naming the files; the site is built all the same, as a run always is.
 */
function failingLine(warnings: Diagnostic[], failOn: FailOn, where: string, shown: ShownFile): string | null {
  const failing = warnings.filter((d) => reaches(d.severity, failOn));
  if (failing.length === 0) return null;
  const files = [...new Set(failing.map((d) => visible(shown(d.file))))];
  const named = files.slice(0, 3).join(', ') + (files.length > 3 ? `, … (${files.length} files)` : '');
  return `${stderrPaint.red('tolk build:')} exit 1: ${severityCounts(failing, stderrPaint)} at or above --fail-on ${failOn}, in ${named}; ` +
    `the site was built all the same, in ${where}/\n`;
}

export async function buildCommand(options: BuildCommandOptions): Promise<number> {
  // Checked before the build, which takes a while, as every other usage error is.
  const failOn = parseFailOn(options.failOn ?? 'never');
  cleanUpOnSignals();
  const result = await buildShowingProgress(options);
  const where = printBuildSummary(result, options.content);
  process.stdout.write(`preview it with live reload: \`${serveSuggestion(options)}\` (or serve ${where}/ with any static web server` +
    `${result.base !== '/' ? `, under ${baseAsFolders(result.base)}` : ''})\n`);
  process.stdout.write(`${hostingLine(visible(where), result.base)}\n`);
  if (!options.siteUrl) {
    process.stdout.write(`${stdoutPaint.dim('no sitemap.xml: its URLs must be absolute; to publish, build with --site-url https://your.host')}\n`);
  }
  const failing = failingLine(result.warnings, failOn, where, contentPaths(options.content));
  if (failing) process.stderr.write(failing);
  return failing ? 1 : 0;
}
